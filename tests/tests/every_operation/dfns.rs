// Generated from `openapi/dfns.yaml` by `cargo xtask generate`: one arm per operation, calling the
// generated builder with the arguments the sandbox makes from the spec. Do not edit.

#[allow(unused_imports)]
use apifleet::dfns::generated::{Client, types};
use apifleet_sandbox::engine::Arguments;
/// Calls `operation` with `args`; the status of its typed success, or what went wrong.
#[allow(deprecated)]
pub(crate) async fn call(
    client: &Client,
    operation: &str,
    args: &Arguments,
) -> Result<u16, String> {
    match operation {
        "listAddressWatches" => {
            let mut call = client.list_address_watches();
            if let Some(v) = args.param::<i64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "createAddressWatch" => {
            let mut call = client.create_address_watch();
            if let Some(v) = args.body::<types::CreateAddressWatchBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getAddressWatch" => {
            let mut call = client.get_address_watch();
            if let Some(v) = args.param::<::std::string::String>("addressWatchId")? {
                call = call.address_watch_id(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteAddressWatch" => {
            let mut call = client.delete_address_watch();
            if let Some(v) = args.param::<::std::string::String>("addressWatchId")? {
                call = call.address_watch_id(v);
            }
            crate::outcome(call.send().await)
        }
        "getAddressWatchAssets" => {
            let mut call = client.get_address_watch_assets();
            if let Some(v) = args.param::<::std::string::String>("addressWatchId")? {
                call = call.address_watch_id(v);
            }
            if let Some(v) = args.param::<types::TrueNetWorth>("netWorth")? {
                call = call.net_worth(v);
            }
            crate::outcome(call.send().await)
        }
        "getAddressWatchBlockchainEvents" => {
            let mut call = client.get_address_watch_blockchain_events();
            if let Some(v) = args.param::<::std::string::String>("addressWatchId")? {
                call = call.address_watch_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("contract")? {
                call = call.contract(v);
            }
            if let Some(v) = args.param::<i64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<::std::string::String>("name")? {
                call = call.name(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            if let Some(v) = args.param::<::std::string::String>("txHash")? {
                call = call.tx_hash(v);
            }
            crate::outcome(call.send().await)
        }
        "getAddressWatchHistory" => {
            let mut call = client.get_address_watch_history();
            if let Some(v) = args.param::<::std::string::String>("addressWatchId")? {
                call = call.address_watch_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("contract")? {
                call = call.contract(v);
            }
            if let Some(v) = args.param::<types::Direction>("direction")? {
                call = call.direction(v);
            }
            if let Some(v) = args.param::<types::GetAddressWatchHistoryKind>("kind")? {
                call = call.kind(v);
            }
            if let Some(v) = args.param::<i64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "getLatestUnacceptedAgreement" => {
            let mut call = client.get_latest_unaccepted_agreement();
            if let Some(v) = args.param::<types::AgreementType>("agreementType")? {
                call = call.agreement_type(v);
            }
            crate::outcome(call.send().await)
        }
        "recordAgreementAcceptance" => {
            let mut call = client.record_agreement_acceptance();
            if let Some(v) = args.param::<types::NonEmptyString>("agreementId")? {
                call = call.agreement_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listAllocations" => {
            let mut call = client.list_allocations();
            if let Some(v) = args.param::<i64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "createAllocation" => {
            let mut call = client.create_allocation();
            if let Some(v) = args
                .body::<::serde_json::Map<::std::string::String, ::serde_json::Value>>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "cancelAnUnfilled0fnsOrderPlacement" => {
            let mut call = client.cancel_an_unfilled0fns_order_placement();
            if let Some(v) = args
                .body::<types::CancelAnUnfilled0fnsOrderPlacementBody>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "request0fnsAllocationQuote" => {
            let mut call = client.request0fns_allocation_quote();
            if let Some(v) = args.body::<types::Request0fnsAllocationQuoteBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getAllocationsInfo" => {
            let call = client.get_allocations_info();
            crate::outcome(call.send().await)
        }
        "getAllocation" => {
            let mut call = client.get_allocation();
            if let Some(v) = args.param::<::std::string::String>("allocationId")? {
                call = call.allocation_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listAllocationActions" => {
            let mut call = client.list_allocation_actions();
            if let Some(v) = args.param::<::std::string::String>("allocationId")? {
                call = call.allocation_id(v);
            }
            if let Some(v) = args.param::<i64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "createAllocationAction" => {
            let mut call = client.create_allocation_action();
            if let Some(v) = args.param::<::std::string::String>("allocationId")? {
                call = call.allocation_id(v);
            }
            if let Some(v) = args
                .body::<::serde_json::Map<::std::string::String, ::serde_json::Value>>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "signUserAction" => {
            let mut call = client.sign_user_action();
            if let Some(v) = args.body::<types::UserActionRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createUserActionChallenge" => {
            let mut call = client.create_user_action_challenge();
            if let Some(v) = args.body::<types::UserActionInitRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listAuditLogs" => {
            let mut call = client.list_audit_logs();
            if let Some(v) = args
                .param::<::chrono::DateTime<::chrono::offset::Utc>>("endTime")?
            {
                call = call.end_time(v);
            }
            if let Some(v) = args
                .param::<::chrono::DateTime<::chrono::offset::Utc>>("startTime")?
            {
                call = call.start_time(v);
            }
            if let Some(v) = args.param::<::std::string::String>("userId")? {
                call = call.user_id(v);
            }
            crate::outcome(call.send().await)
        }
        "getAuditLog" => {
            let mut call = client.get_audit_log();
            if let Some(v) = args.param::<::std::string::String>("id")? {
                call = call.id(v);
            }
            crate::outcome(call.send().await)
        }
        "listApplications" => {
            let call = client.list_applications();
            crate::outcome(call.send().await)
        }
        "createApplication" => {
            let mut call = client.create_application();
            if let Some(v) = args.body::<types::CreateApplicationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getApplication" => {
            let mut call = client.get_application();
            if let Some(v) = args.param::<types::NonEmptyString>("appId")? {
                call = call.app_id(v);
            }
            crate::outcome(call.send().await)
        }
        "updateApplication" => {
            let mut call = client.update_application();
            if let Some(v) = args.param::<types::UpdateApplicationAppId>("appId")? {
                call = call.app_id(v);
            }
            if let Some(v) = args.body::<types::UpdateApplicationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "archiveApplication" => {
            let mut call = client.archive_application();
            if let Some(v) = args.param::<types::ArchiveApplicationAppId>("appId")? {
                call = call.app_id(v);
            }
            crate::outcome(call.send().await)
        }
        "activateApplication" => {
            let mut call = client.activate_application();
            if let Some(v) = args.param::<types::ActivateApplicationAppId>("appId")? {
                call = call.app_id(v);
            }
            crate::outcome(call.send().await)
        }
        "deactivateApplication" => {
            let mut call = client.deactivate_application();
            if let Some(v) = args.param::<types::DeactivateApplicationAppId>("appId")? {
                call = call.app_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listCredentials" => {
            let call = client.list_credentials();
            crate::outcome(call.send().await)
        }
        "createCredential" => {
            let mut call = client.create_credential();
            if let Some(v) = args.body::<types::CreateCredentialRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "activateCredential" => {
            let mut call = client.activate_credential();
            if let Some(v) = args.body::<types::ActivateCredentialRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createCredentialCode" => {
            let mut call = client.create_credential_code();
            if let Some(v) = args.body::<types::CreateCredentialCodeBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createCredentialChallengeWithCode" => {
            let mut call = client.create_credential_challenge_with_code();
            if let Some(v) = args.body::<types::CreateCredentialChallengeWithCodeBody>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createCredentialWithCode" => {
            let mut call = client.create_credential_with_code();
            if let Some(v) = args.body::<types::CreateCredentialRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deactivateCredential" => {
            let mut call = client.deactivate_credential();
            if let Some(v) = args.body::<types::ActivateCredentialRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createCredentialChallenge" => {
            let mut call = client.create_credential_challenge();
            if let Some(v) = args.body::<types::CreateCredentialChallengeBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteCredential" => {
            let mut call = client.delete_credential();
            if let Some(v) = args.param::<::std::string::String>("credentialUuid")? {
                call = call.credential_uuid(v);
            }
            crate::outcome(call.send().await)
        }
        "completeUserLogin" => {
            let mut call = client.complete_user_login();
            if let Some(v) = args.body::<types::UserActionRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "sendLoginCode" => {
            let mut call = client.send_login_code();
            if let Some(v) = args.body::<types::SendLoginCodeBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "delegatedLogin" => {
            let mut call = client.delegated_login();
            if let Some(v) = args.body::<types::DelegatedLoginBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createLoginChallenge" => {
            let mut call = client.create_login_challenge();
            if let Some(v) = args.body::<types::CreateLoginChallengeBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "completeOidcLogin" => {
            let mut call = client.complete_oidc_login();
            if let Some(v) = args.body::<types::CompleteOidcLoginBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "oidcLoginCredentials" => {
            let mut call = client.oidc_login_credentials();
            if let Some(v) = args
                .body::<::serde_json::Map<::std::string::String, ::serde_json::Value>>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "initiateOidcLogin" => {
            let mut call = client.initiate_oidc_login();
            if let Some(v) = args.body::<types::InitiateOidcLoginBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "socialLogin" => {
            let mut call = client.social_login();
            if let Some(v) = args.body::<types::SocialLoginRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "completeSsoLogin" => {
            let mut call = client.complete_sso_login();
            if let Some(v) = args.body::<types::CompleteSsoLoginBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "initiateSsoLogin" => {
            let mut call = client.initiate_sso_login();
            if let Some(v) = args.body::<types::InitiateSsoLoginBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "logout" => {
            let mut call = client.logout();
            if let Some(v) = args.body::<types::LogoutBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listPersonalAccessTokens" => {
            let call = client.list_personal_access_tokens();
            crate::outcome(call.send().await)
        }
        "createPersonalAccessToken" => {
            let mut call = client.create_personal_access_token();
            if let Some(v) = args.body::<types::CreatePersonalAccessTokenRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getPersonalAccessToken" => {
            let mut call = client.get_personal_access_token();
            if let Some(v) = args.param::<types::NonEmptyString>("tokenId")? {
                call = call.token_id(v);
            }
            crate::outcome(call.send().await)
        }
        "updatePersonalAccessToken" => {
            let mut call = client.update_personal_access_token();
            if let Some(v) = args.param::<types::NonEmptyString>("tokenId")? {
                call = call.token_id(v);
            }
            if let Some(v) = args.body::<types::UpdateServiceAccountRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "archivePersonalAccessToken" => {
            let mut call = client.archive_personal_access_token();
            if let Some(v) = args.param::<types::NonEmptyString>("tokenId")? {
                call = call.token_id(v);
            }
            crate::outcome(call.send().await)
        }
        "activatePersonalAccessToken" => {
            let mut call = client.activate_personal_access_token();
            if let Some(v) = args.param::<types::NonEmptyString>("tokenId")? {
                call = call.token_id(v);
            }
            crate::outcome(call.send().await)
        }
        "deactivatePersonalAccessToken" => {
            let mut call = client.deactivate_personal_access_token();
            if let Some(v) = args.param::<types::NonEmptyString>("tokenId")? {
                call = call.token_id(v);
            }
            crate::outcome(call.send().await)
        }
        "recoverUser" => {
            let mut call = client.recover_user();
            if let Some(v) = args.body::<types::RecoverUserBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "sendRecoveryCodeEmail" => {
            let mut call = client.send_recovery_code_email();
            if let Some(v) = args.body::<types::SendRecoveryCodeEmailRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createDelegatedRecoveryChallenge" => {
            let mut call = client.create_delegated_recovery_challenge();
            if let Some(v) = args.body::<types::CreateDelegatedRecoveryChallengeBody>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createRecoveryChallenge" => {
            let mut call = client.create_recovery_challenge();
            if let Some(v) = args.body::<types::CreateRecoveryChallengeBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "completeUserRegistration" => {
            let mut call = client.complete_user_registration();
            if let Some(v) = args.body::<types::NewCredentials>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "resendRegistrationCode" => {
            let mut call = client.resend_registration_code();
            if let Some(v) = args.body::<types::SendRecoveryCodeEmailRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createDelegatedRegistrationChallenge" => {
            let mut call = client.create_delegated_registration_challenge();
            if let Some(v) = args
                .body::<types::CreateDelegatedRegistrationChallengeBody>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "completeEndUserRegistrationWithWallets" => {
            let mut call = client.complete_end_user_registration_with_wallets();
            if let Some(v) = args
                .body::<types::CompleteEndUserRegistrationWithWalletsBody>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createRegistrationChallenge" => {
            let mut call = client.create_registration_challenge();
            if let Some(v) = args.body::<types::CreateRegistrationChallengeBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createSocialRegistrationChallenge" => {
            let mut call = client.create_social_registration_challenge();
            if let Some(v) = args.body::<types::SocialLoginRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listServiceAccounts" => {
            let call = client.list_service_accounts();
            crate::outcome(call.send().await)
        }
        "createServiceAccount" => {
            let mut call = client.create_service_account();
            if let Some(v) = args.body::<types::CreateServiceAccountRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createServiceAccountCredential" => {
            let mut call = client.create_service_account_credential();
            if let Some(v) = args.body::<types::CreateServiceAccountCredentialBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteServiceAccountCredential" => {
            let mut call = client.delete_service_account_credential();
            if let Some(v) = args.param::<::std::string::String>("credentialUuid")? {
                call = call.credential_uuid(v);
            }
            crate::outcome(call.send().await)
        }
        "getServiceAccount" => {
            let mut call = client.get_service_account();
            if let Some(v) = args.param::<types::NonEmptyString>("serviceAccountId")? {
                call = call.service_account_id(v);
            }
            crate::outcome(call.send().await)
        }
        "updateServiceAccount" => {
            let mut call = client.update_service_account();
            if let Some(v) = args.param::<types::NonEmptyString>("serviceAccountId")? {
                call = call.service_account_id(v);
            }
            if let Some(v) = args.body::<types::UpdateServiceAccountRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "archiveServiceAccount" => {
            let mut call = client.archive_service_account();
            if let Some(v) = args.param::<types::NonEmptyString>("serviceAccountId")? {
                call = call.service_account_id(v);
            }
            crate::outcome(call.send().await)
        }
        "activateServiceAccount" => {
            let mut call = client.activate_service_account();
            if let Some(v) = args.param::<types::NonEmptyString>("serviceAccountId")? {
                call = call.service_account_id(v);
            }
            crate::outcome(call.send().await)
        }
        "deactivateServiceAccount" => {
            let mut call = client.deactivate_service_account();
            if let Some(v) = args.param::<types::NonEmptyString>("serviceAccountId")? {
                call = call.service_account_id(v);
            }
            crate::outcome(call.send().await)
        }
        "exchangeAccessToken" => {
            let mut call = client.exchange_access_token();
            if let Some(v) = args.body::<types::ExchangeAccessTokenBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listUserGroups" => {
            let mut call = client.list_user_groups();
            if let Some(v) = args.param::<i64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "createUserGroup" => {
            let mut call = client.create_user_group();
            if let Some(v) = args.body::<types::CreateUserGroupRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getUserGroup" => {
            let mut call = client.get_user_group();
            if let Some(v) = args.param::<::std::string::String>("userGroupId")? {
                call = call.user_group_id(v);
            }
            crate::outcome(call.send().await)
        }
        "updateUserGroup" => {
            let mut call = client.update_user_group();
            if let Some(v) = args.param::<::std::string::String>("userGroupId")? {
                call = call.user_group_id(v);
            }
            if let Some(v) = args.body::<types::UpdateUserGroupRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteUserGroup" => {
            let mut call = client.delete_user_group();
            if let Some(v) = args.param::<::std::string::String>("userGroupId")? {
                call = call.user_group_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listUserGroupMembers" => {
            let mut call = client.list_user_group_members();
            if let Some(v) = args.param::<::std::string::String>("userGroupId")? {
                call = call.user_group_id(v);
            }
            if let Some(v) = args.param::<i64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "addUserGroupMembers" => {
            let mut call = client.add_user_group_members();
            if let Some(v) = args.param::<::std::string::String>("userGroupId")? {
                call = call.user_group_id(v);
            }
            if let Some(v) = args.body::<types::RemoveUserGroupMembersRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "removeUserGroupMembers" => {
            let mut call = client.remove_user_group_members();
            if let Some(v) = args.param::<::std::string::String>("userGroupId")? {
                call = call.user_group_id(v);
            }
            if let Some(v) = args.body::<types::RemoveUserGroupMembersRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listUsers" => {
            let mut call = client.list_users();
            if let Some(v) = args.param::<apifleet::dfns::UserKind>("kind")? {
                call = call.kind(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "createUser" => {
            let mut call = client.create_user();
            if let Some(v) = args.body::<types::CreateUserBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "inviteTenantUser" => {
            let mut call = client.invite_tenant_user();
            if let Some(v) = args.body::<types::InviteTenantUserBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getUser" => {
            let mut call = client.get_user();
            if let Some(v) = args.param::<types::NonEmptyString>("userId")? {
                call = call.user_id(v);
            }
            crate::outcome(call.send().await)
        }
        "updateUser" => {
            let mut call = client.update_user();
            if let Some(v) = args.param::<types::NonEmptyString>("userId")? {
                call = call.user_id(v);
            }
            if let Some(v) = args.body::<types::UpdateUserBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteUser" => {
            let mut call = client.delete_user();
            if let Some(v) = args.param::<types::NonEmptyString>("userId")? {
                call = call.user_id(v);
            }
            crate::outcome(call.send().await)
        }
        "activateUser" => {
            let mut call = client.activate_user();
            if let Some(v) = args.param::<types::NonEmptyString>("userId")? {
                call = call.user_id(v);
            }
            crate::outcome(call.send().await)
        }
        "deactivateUser" => {
            let mut call = client.deactivate_user();
            if let Some(v) = args.param::<types::NonEmptyString>("userId")? {
                call = call.user_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listExchanges" => {
            let mut call = client.list_exchanges();
            if let Some(v) = args.param::<::std::num::NonZeroU64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "createExchange" => {
            let mut call = client.create_exchange();
            if let Some(v) = args.body::<types::CreateExchangeBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getExchange" => {
            let mut call = client.get_exchange();
            if let Some(v) = args.param::<types::NonEmptyString>("exchangeId")? {
                call = call.exchange_id(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteExchange" => {
            let mut call = client.delete_exchange();
            if let Some(v) = args.param::<types::NonEmptyString>("exchangeId")? {
                call = call.exchange_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listAccounts" => {
            let mut call = client.list_accounts();
            if let Some(v) = args.param::<types::NonEmptyString>("exchangeId")? {
                call = call.exchange_id(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "listAccountAssets" => {
            let mut call = client.list_account_assets();
            if let Some(v) = args.param::<types::NonEmptyString>("exchangeId")? {
                call = call.exchange_id(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("accountId")? {
                call = call.account_id(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "listAssetWithdrawalNetworks" => {
            let mut call = client.list_asset_withdrawal_networks();
            if let Some(v) = args.param::<types::NonEmptyString>("exchangeId")? {
                call = call.exchange_id(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("accountId")? {
                call = call.account_id(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("asset")? {
                call = call.asset(v);
            }
            crate::outcome(call.send().await)
        }
        "createExchangeDeposit" => {
            let mut call = client.create_exchange_deposit();
            if let Some(v) = args.param::<types::NonEmptyString>("exchangeId")? {
                call = call.exchange_id(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("accountId")? {
                call = call.account_id(v);
            }
            if let Some(v) = args.body::<types::CreateExchangeDepositRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createExchangeWithdrawal" => {
            let mut call = client.create_exchange_withdrawal();
            if let Some(v) = args.param::<types::NonEmptyString>("exchangeId")? {
                call = call.exchange_id(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("accountId")? {
                call = call.account_id(v);
            }
            if let Some(v) = args.body::<types::CreateExchangeDepositRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listFeeSponsors" => {
            let mut call = client.list_fee_sponsors();
            if let Some(v) = args.param::<types::DecimalString>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "createFeeSponsor" => {
            let mut call = client.create_fee_sponsor();
            if let Some(v) = args.body::<types::CreateFeeSponsorBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getFeeSponsor" => {
            let mut call = client.get_fee_sponsor();
            if let Some(v) = args.param::<types::FeeSponsorId>("feeSponsorId")? {
                call = call.fee_sponsor_id(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteFeeSponsor" => {
            let mut call = client.delete_fee_sponsor();
            if let Some(v) = args.param::<types::FeeSponsorId>("feeSponsorId")? {
                call = call.fee_sponsor_id(v);
            }
            crate::outcome(call.send().await)
        }
        "activateFeeSponsor" => {
            let mut call = client.activate_fee_sponsor();
            if let Some(v) = args.param::<types::FeeSponsorId>("feeSponsorId")? {
                call = call.fee_sponsor_id(v);
            }
            crate::outcome(call.send().await)
        }
        "deactivateFeeSponsor" => {
            let mut call = client.deactivate_fee_sponsor();
            if let Some(v) = args.param::<types::FeeSponsorId>("feeSponsorId")? {
                call = call.fee_sponsor_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listSponsoredFees" => {
            let mut call = client.list_sponsored_fees();
            if let Some(v) = args.param::<types::FeeSponsorId>("feeSponsorId")? {
                call = call.fee_sponsor_id(v);
            }
            if let Some(v) = args.param::<types::DecimalString>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "listKeyStores" => {
            let call = client.list_key_stores();
            crate::outcome(call.send().await)
        }
        "createAddMacUserInput" => {
            let mut call = client.create_add_mac_user_input();
            if let Some(v) = args.param::<::std::string::String>("storeId")? {
                call = call.store_id(v);
            }
            if let Some(v) = args.body::<types::CreateAddMacUserInputBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "submitAddMacUserOutput" => {
            let mut call = client.submit_add_mac_user_output();
            if let Some(v) = args.param::<::std::string::String>("storeId")? {
                call = call.store_id(v);
            }
            if let Some(v) = args.body::<types::SubmitAddMacUserOutputRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createAddProvisionerInput" => {
            let mut call = client.create_add_provisioner_input();
            if let Some(v) = args.param::<::std::string::String>("storeId")? {
                call = call.store_id(v);
            }
            if let Some(v) = args.body::<types::CreateAddProvisionerInputBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "submitAddProvisionerOutput" => {
            let mut call = client.submit_add_provisioner_output();
            if let Some(v) = args.param::<::std::string::String>("storeId")? {
                call = call.store_id(v);
            }
            if let Some(v) = args.body::<types::SubmitAddMacUserOutputRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createCloneInput" => {
            let mut call = client.create_clone_input();
            if let Some(v) = args.param::<::std::string::String>("storeId")? {
                call = call.store_id(v);
            }
            if let Some(v) = args.body::<types::CreateCloneInputBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "submitCloneOutput" => {
            let mut call = client.submit_clone_output();
            if let Some(v) = args.param::<::std::string::String>("storeId")? {
                call = call.store_id(v);
            }
            if let Some(v) = args.body::<types::SubmitAddMacUserOutputRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "cancelFleetOperation" => {
            let mut call = client.cancel_fleet_operation();
            if let Some(v) = args.param::<::std::string::String>("storeId")? {
                call = call.store_id(v);
            }
            if let Some(v) = args.body::<types::CancelFleetOperationBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createGenesisInput" => {
            let mut call = client.create_genesis_input();
            if let Some(v) = args.param::<::std::string::String>("storeId")? {
                call = call.store_id(v);
            }
            if let Some(v) = args.body::<types::CreateGenesisInputBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "submitGenesisOutput" => {
            let mut call = client.submit_genesis_output();
            if let Some(v) = args.param::<::std::string::String>("storeId")? {
                call = call.store_id(v);
            }
            if let Some(v) = args.body::<types::SubmitAddMacUserOutputRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createKeyHarvestInput" => {
            let mut call = client.create_key_harvest_input();
            if let Some(v) = args.param::<::std::string::String>("storeId")? {
                call = call.store_id(v);
            }
            if let Some(v) = args.body::<types::CreateKeyHarvestInputBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "submitKeyHarvestOutput" => {
            let mut call = client.submit_key_harvest_output();
            if let Some(v) = args.param::<::std::string::String>("storeId")? {
                call = call.store_id(v);
            }
            if let Some(v) = args.body::<types::SubmitAddMacUserOutputRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createOnchainSignInput" => {
            let mut call = client.create_onchain_sign_input();
            if let Some(v) = args.param::<::std::string::String>("storeId")? {
                call = call.store_id(v);
            }
            if let Some(v) = args
                .body::<::serde_json::Map<::std::string::String, ::serde_json::Value>>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "submitOnchainSignOutput" => {
            let mut call = client.submit_onchain_sign_output();
            if let Some(v) = args.param::<::std::string::String>("storeId")? {
                call = call.store_id(v);
            }
            if let Some(v) = args.body::<types::SubmitAddMacUserOutputRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createProofOfControlInput" => {
            let mut call = client.create_proof_of_control_input();
            if let Some(v) = args.param::<::std::string::String>("storeId")? {
                call = call.store_id(v);
            }
            if let Some(v) = args.body::<types::CreateProofOfControlInputBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "submitProofOfControlOutput" => {
            let mut call = client.submit_proof_of_control_output();
            if let Some(v) = args.param::<::std::string::String>("storeId")? {
                call = call.store_id(v);
            }
            if let Some(v) = args.body::<types::SubmitAddMacUserOutputRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listKeys" => {
            let mut call = client.list_keys();
            if let Some(v) = args.param::<types::DecimalString>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("owner")? {
                call = call.owner(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "createKey" => {
            let mut call = client.create_key();
            if let Some(v) = args.body::<types::CreateKeyBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "importKey" => {
            let mut call = client.import_key();
            if let Some(v) = args.body::<types::ImportKeyBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getKey" => {
            let mut call = client.get_key();
            if let Some(v) = args.param::<types::NonEmptyString>("keyId")? {
                call = call.key_id(v);
            }
            crate::outcome(call.send().await)
        }
        "updateKey" => {
            let mut call = client.update_key();
            if let Some(v) = args.param::<types::NonEmptyString>("keyId")? {
                call = call.key_id(v);
            }
            if let Some(v) = args.body::<types::UpdateKeyBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteKey" => {
            let mut call = client.delete_key();
            if let Some(v) = args.param::<types::NonEmptyString>("keyId")? {
                call = call.key_id(v);
            }
            crate::outcome(call.send().await)
        }
        "delegateKey" => {
            let mut call = client.delegate_key();
            if let Some(v) = args.param::<types::NonEmptyString>("keyId")? {
                call = call.key_id(v);
            }
            if let Some(v) = args.body::<types::DelegateKeyBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deriveKey" => {
            let mut call = client.derive_key();
            if let Some(v) = args.param::<types::NonEmptyString>("keyId")? {
                call = call.key_id(v);
            }
            if let Some(v) = args.body::<types::DeriveKeyBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "exportKey" => {
            let mut call = client.export_key();
            if let Some(v) = args.param::<types::NonEmptyString>("keyId")? {
                call = call.key_id(v);
            }
            if let Some(v) = args.body::<types::ExportKeyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listKeySignatures" => {
            let mut call = client.list_key_signatures();
            if let Some(v) = args.param::<types::NonEmptyString>("keyId")? {
                call = call.key_id(v);
            }
            if let Some(v) = args.param::<types::DecimalString>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "generateKeySignature" => {
            let mut call = client.generate_key_signature();
            if let Some(v) = args.param::<types::NonEmptyString>("keyId")? {
                call = call.key_id(v);
            }
            if let Some(v) = args.body::<types::GenerateKeySignatureRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getKeySignature" => {
            let mut call = client.get_key_signature();
            if let Some(v) = args.param::<types::NonEmptyString>("keyId")? {
                call = call.key_id(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("signatureId")? {
                call = call.signature_id(v);
            }
            crate::outcome(call.send().await)
        }
        "estimateFees" => {
            let mut call = client.estimate_fees();
            if let Some(v) = args.param::<types::EstimateFeesNetwork>("network")? {
                call = call.network(v);
            }
            crate::outcome(call.send().await)
        }
        "readContract" => {
            let mut call = client.read_contract();
            if let Some(v) = args.body::<types::Evm>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "callFunction" => {
            let mut call = client.call_function();
            if let Some(v) = args.param::<::std::string::String>("network")? {
                call = call.network(v);
            }
            if let Some(v) = args.body::<types::CallFunctionBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "reindexTransaction" => {
            let mut call = client.reindex_transaction();
            if let Some(v) = args.param::<::std::string::String>("network")? {
                call = call.network(v);
            }
            if let Some(v) = args.body::<types::ReindexTransactionBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listCantonValidators" => {
            let mut call = client.list_canton_validators();
            if let Some(v) = args.param::<types::ListCantonValidatorsNetwork>("network")?
            {
                call = call.network(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "createCantonValidator" => {
            let mut call = client.create_canton_validator();
            if let Some(v) = args.param::<types::ListCantonValidatorsNetwork>("network")?
            {
                call = call.network(v);
            }
            if let Some(v) = args.body::<types::CreateCantonValidatorBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getCantonValidator" => {
            let mut call = client.get_canton_validator();
            if let Some(v) = args.param::<types::ListCantonValidatorsNetwork>("network")?
            {
                call = call.network(v);
            }
            if let Some(v) = args.param::<types::ValidatorId>("validatorId")? {
                call = call.validator_id(v);
            }
            crate::outcome(call.send().await)
        }
        "updateCantonValidator" => {
            let mut call = client.update_canton_validator();
            if let Some(v) = args.param::<types::ListCantonValidatorsNetwork>("network")?
            {
                call = call.network(v);
            }
            if let Some(v) = args.param::<types::ValidatorId>("validatorId")? {
                call = call.validator_id(v);
            }
            if let Some(v) = args.body::<types::UpdateCantonValidatorBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteCantonValidator" => {
            let mut call = client.delete_canton_validator();
            if let Some(v) = args.param::<types::ListCantonValidatorsNetwork>("network")?
            {
                call = call.network(v);
            }
            if let Some(v) = args.param::<types::ValidatorId>("validatorId")? {
                call = call.validator_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listPayins" => {
            let mut call = client.list_payins();
            if let Some(v) = args.param::<i64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            if let Some(v) = args
                .param::<::std::vec::Vec<types::ListPayinAccountsProvider>>("provider")?
            {
                call = call.provider(v);
            }
            if let Some(v) = args
                .param::<::std::vec::Vec<types::ListPayinsStatusItem>>("status")?
            {
                call = call.status(v);
            }
            if let Some(v) = args.param::<::std::string::String>("walletId")? {
                call = call.wallet_id(v);
            }
            crate::outcome(call.send().await)
        }
        "createPayin" => {
            let mut call = client.create_payin();
            if let Some(v) = args
                .body::<::serde_json::Map<::std::string::String, ::serde_json::Value>>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listPayinAccounts" => {
            let mut call = client.list_payin_accounts();
            if let Some(v) = args.param::<types::ListPayinAccountsProvider>("provider")?
            {
                call = call.provider(v);
            }
            crate::outcome(call.send().await)
        }
        "registerPayinAccountAsset" => {
            let mut call = client.register_payin_account_asset();
            if let Some(v) = args
                .body::<::serde_json::Map<::std::string::String, ::serde_json::Value>>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listPayinBalances" => {
            let mut call = client.list_payin_balances();
            if let Some(v) = args.param::<types::ListPayinAccountsProvider>("provider")?
            {
                call = call.provider(v);
            }
            crate::outcome(call.send().await)
        }
        "listPayinOptions" => {
            let mut call = client.list_payin_options();
            if let Some(v) = args.param::<types::ListPayinAccountsProvider>("provider")?
            {
                call = call.provider(v);
            }
            crate::outcome(call.send().await)
        }
        "requestPayinQuote" => {
            let mut call = client.request_payin_quote();
            if let Some(v) = args
                .body::<::serde_json::Map<::std::string::String, ::serde_json::Value>>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getPayinRecipient" => {
            let mut call = client.get_payin_recipient();
            if let Some(v) = args.param::<types::Currency>("currency")? {
                call = call.currency(v);
            }
            if let Some(v) = args.param::<types::ListPayinAccountsProvider>("provider")?
            {
                call = call.provider(v);
            }
            if let Some(v) = args.param::<::std::string::String>("walletId")? {
                call = call.wallet_id(v);
            }
            crate::outcome(call.send().await)
        }
        "registerPayinRecipient" => {
            let mut call = client.register_payin_recipient();
            if let Some(v) = args
                .body::<::serde_json::Map<::std::string::String, ::serde_json::Value>>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getPayinStatus" => {
            let mut call = client.get_payin_status();
            if let Some(v) = args.param::<::std::string::String>("payinId")? {
                call = call.payin_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listPayouts" => {
            let mut call = client.list_payouts();
            if let Some(v) = args.param::<i64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            if let Some(v) = args
                .param::<::std::vec::Vec<types::ProviderItem>>("provider")?
            {
                call = call.provider(v);
            }
            if let Some(v) = args
                .param::<::std::vec::Vec<types::ListPayoutsStatusItem>>("status")?
            {
                call = call.status(v);
            }
            if let Some(v) = args.param::<::std::string::String>("walletId")? {
                call = call.wallet_id(v);
            }
            crate::outcome(call.send().await)
        }
        "createPayout" => {
            let mut call = client.create_payout();
            if let Some(v) = args
                .body::<::serde_json::Map<::std::string::String, ::serde_json::Value>>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "requestPayoutQuote" => {
            let mut call = client.request_payout_quote();
            if let Some(v) = args
                .body::<::serde_json::Map<::std::string::String, ::serde_json::Value>>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getPayoutStatus" => {
            let mut call = client.get_payout_status();
            if let Some(v) = args.param::<::std::string::String>("payoutId")? {
                call = call.payout_id(v);
            }
            crate::outcome(call.send().await)
        }
        "createPayoutAction" => {
            let mut call = client.create_payout_action();
            if let Some(v) = args.param::<::std::string::String>("payoutId")? {
                call = call.payout_id(v);
            }
            if let Some(v) = args
                .body::<::serde_json::Map<::std::string::String, ::serde_json::Value>>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listPermissions" => {
            let mut call = client.list_permissions();
            if let Some(v) = args.param::<types::DecimalString>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "createPermission" => {
            let mut call = client.create_permission();
            if let Some(v) = args.body::<types::CreatePermissionBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getPermission" => {
            let mut call = client.get_permission();
            if let Some(v) = args.param::<types::NonEmptyString>("permissionId")? {
                call = call.permission_id(v);
            }
            crate::outcome(call.send().await)
        }
        "updatePermission" => {
            let mut call = client.update_permission();
            if let Some(v) = args.param::<types::NonEmptyString>("permissionId")? {
                call = call.permission_id(v);
            }
            if let Some(v) = args.body::<types::UpdatePermissionBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deletePermission" => {
            let mut call = client.delete_permission();
            if let Some(v) = args.param::<::std::string::String>("permissionId")? {
                call = call.permission_id(v);
            }
            crate::outcome(call.send().await)
        }
        "archivePermission" => {
            let mut call = client.archive_permission();
            if let Some(v) = args.param::<types::NonEmptyString>("permissionId")? {
                call = call.permission_id(v);
            }
            if let Some(v) = args.body::<types::ArchivePermissionBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listPermissionAssignments" => {
            let mut call = client.list_permission_assignments();
            if let Some(v) = args.param::<types::NonEmptyString>("permissionId")? {
                call = call.permission_id(v);
            }
            crate::outcome(call.send().await)
        }
        "assignPermission" => {
            let mut call = client.assign_permission();
            if let Some(v) = args.param::<types::NonEmptyString>("permissionId")? {
                call = call.permission_id(v);
            }
            if let Some(v) = args.body::<types::AssignPermissionBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "revokePermission" => {
            let mut call = client.revoke_permission();
            if let Some(v) = args.param::<types::NonEmptyString>("permissionId")? {
                call = call.permission_id(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("assignmentId")? {
                call = call.assignment_id(v);
            }
            if let Some(v) = args.param::<bool>("force")? {
                call = call.force(v);
            }
            crate::outcome(call.send().await)
        }
        "listSigners" => {
            let call = client.list_signers();
            crate::outcome(call.send().await)
        }
        "listStakes" => {
            let mut call = client.list_stakes();
            if let Some(v) = args.param::<::std::num::NonZeroU64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "createStake" => {
            let mut call = client.create_stake();
            if let Some(v) = args.body::<types::CreateStakeBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getStakes" => {
            let mut call = client.get_stakes();
            if let Some(v) = args.param::<types::NonEmptyString>("stakeId")? {
                call = call.stake_id(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "listStakeActions" => {
            let mut call = client.list_stake_actions();
            if let Some(v) = args.param::<types::NonEmptyString>("stakeId")? {
                call = call.stake_id(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "createStakeAction" => {
            let mut call = client.create_stake_action();
            if let Some(v) = args.param::<types::NonEmptyString>("stakeId")? {
                call = call.stake_id(v);
            }
            if let Some(v) = args.body::<types::CreateStakeActionBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getStakeRewards" => {
            let mut call = client.get_stake_rewards();
            if let Some(v) = args.param::<types::NonEmptyString>("stakeId")? {
                call = call.stake_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listSwaps" => {
            let mut call = client.list_swaps();
            if let Some(v) = args.param::<::std::num::NonZeroU64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "createSwap" => {
            let mut call = client.create_swap();
            if let Some(v) = args.body::<types::CreateSwapBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "requestSwapQuote" => {
            let mut call = client.request_swap_quote();
            if let Some(v) = args.body::<types::RequestSwapQuoteBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getSwapQuote" => {
            let mut call = client.get_swap_quote();
            if let Some(v) = args.param::<types::GetSwapQuoteWalletId>("quoteId")? {
                call = call.quote_id(v);
            }
            crate::outcome(call.send().await)
        }
        "getSwap" => {
            let mut call = client.get_swap();
            if let Some(v) = args.param::<types::GetSwapQuoteWalletId>("swapId")? {
                call = call.swap_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listOrgs" => {
            let mut call = client.list_orgs();
            if let Some(v) = args.param::<i64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            if let Some(v) = args.param::<types::ListOrgsStatus>("status")? {
                call = call.status(v);
            }
            crate::outcome(call.send().await)
        }
        "createOrg" => {
            let mut call = client.create_org();
            if let Some(v) = args.body::<types::CreateOrgBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getOrg" => {
            let mut call = client.get_org();
            if let Some(v) = args.param::<::std::string::String>("orgId")? {
                call = call.org_id(v);
            }
            crate::outcome(call.send().await)
        }
        "updateOrg" => {
            let mut call = client.update_org();
            if let Some(v) = args.param::<::std::string::String>("orgId")? {
                call = call.org_id(v);
            }
            if let Some(v) = args.body::<types::UpdateOrgBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "updateOrgStatus" => {
            let mut call = client.update_org_status();
            if let Some(v) = args.param::<::std::string::String>("orgId")? {
                call = call.org_id(v);
            }
            if let Some(v) = args.body::<types::UpdateOrgStatusBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listTenantPermissions" => {
            let mut call = client.list_tenant_permissions();
            if let Some(v) = args.param::<i64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "getTenantPermission" => {
            let mut call = client.get_tenant_permission();
            if let Some(v) = args.param::<::std::string::String>("permissionId")? {
                call = call.permission_id(v);
            }
            crate::outcome(call.send().await)
        }
        "assignTenantPermission" => {
            let mut call = client.assign_tenant_permission();
            if let Some(v) = args.param::<::std::string::String>("permissionId")? {
                call = call.permission_id(v);
            }
            if let Some(v) = args.body::<types::AssignTenantPermissionRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "revokeTenantPermission" => {
            let mut call = client.revoke_tenant_permission();
            if let Some(v) = args.param::<::std::string::String>("permissionId")? {
                call = call.permission_id(v);
            }
            if let Some(v) = args.body::<types::AssignTenantPermissionRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listTenantUserGroups" => {
            let mut call = client.list_tenant_user_groups();
            if let Some(v) = args.param::<i64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "createTenantUserGroup" => {
            let mut call = client.create_tenant_user_group();
            if let Some(v) = args.body::<types::CreateUserGroupRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getTenantUserGroup" => {
            let mut call = client.get_tenant_user_group();
            if let Some(v) = args.param::<::std::string::String>("userGroupId")? {
                call = call.user_group_id(v);
            }
            crate::outcome(call.send().await)
        }
        "updateTenantUserGroup" => {
            let mut call = client.update_tenant_user_group();
            if let Some(v) = args.param::<::std::string::String>("userGroupId")? {
                call = call.user_group_id(v);
            }
            if let Some(v) = args.body::<types::UpdateUserGroupRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteTenantUserGroup" => {
            let mut call = client.delete_tenant_user_group();
            if let Some(v) = args.param::<::std::string::String>("userGroupId")? {
                call = call.user_group_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listTenantUserGroupMembers" => {
            let mut call = client.list_tenant_user_group_members();
            if let Some(v) = args.param::<::std::string::String>("userGroupId")? {
                call = call.user_group_id(v);
            }
            if let Some(v) = args.param::<i64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "addTenantUserGroupMembers" => {
            let mut call = client.add_tenant_user_group_members();
            if let Some(v) = args.param::<::std::string::String>("userGroupId")? {
                call = call.user_group_id(v);
            }
            if let Some(v) = args.body::<types::RemoveUserGroupMembersRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "removeTenantUserGroupMembers" => {
            let mut call = client.remove_tenant_user_group_members();
            if let Some(v) = args.param::<::std::string::String>("userGroupId")? {
                call = call.user_group_id(v);
            }
            if let Some(v) = args.body::<types::RemoveUserGroupMembersRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listTenantUsers" => {
            let mut call = client.list_tenant_users();
            if let Some(v) = args.param::<i64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "createTenantUser" => {
            let mut call = client.create_tenant_user();
            if let Some(v) = args.body::<types::CreateTenantUserBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getTenantUser" => {
            let mut call = client.get_tenant_user();
            if let Some(v) = args.param::<::std::string::String>("userId")? {
                call = call.user_id(v);
            }
            crate::outcome(call.send().await)
        }
        "updateTenantUser" => {
            let mut call = client.update_tenant_user();
            if let Some(v) = args.param::<::std::string::String>("userId")? {
                call = call.user_id(v);
            }
            if let Some(v) = args.body::<types::UpdateTenantUserBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteTenantUser" => {
            let mut call = client.delete_tenant_user();
            if let Some(v) = args.param::<::std::string::String>("userId")? {
                call = call.user_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listPolicies" => {
            let mut call = client.list_policies();
            if let Some(v) = args.param::<types::DecimalString>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            if let Some(v) = args.param::<types::WalletStatus>("status")? {
                call = call.status(v);
            }
            crate::outcome(call.send().await)
        }
        "createPolicy" => {
            let mut call = client.create_policy();
            if let Some(v) = args.body::<types::CreatePolicyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getSumsubTravelRulePublicKey" => {
            let call = client.get_sumsub_travel_rule_public_key();
            crate::outcome(call.send().await)
        }
        "getPolicy" => {
            let mut call = client.get_policy();
            if let Some(v) = args.param::<types::NonEmptyString>("policyId")? {
                call = call.policy_id(v);
            }
            crate::outcome(call.send().await)
        }
        "updatePolicy" => {
            let mut call = client.update_policy();
            if let Some(v) = args.param::<types::NonEmptyString>("policyId")? {
                call = call.policy_id(v);
            }
            if let Some(v) = args.body::<types::CreatePolicyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deletePolicy" => {
            let mut call = client.delete_policy();
            if let Some(v) = args.param::<types::NonEmptyString>("policyId")? {
                call = call.policy_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listApprovals" => {
            let mut call = client.list_approvals();
            if let Some(v) = args.param::<::std::string::String>("approverId")? {
                call = call.approver_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("initiatorId")? {
                call = call.initiator_id(v);
            }
            if let Some(v) = args.param::<types::DecimalString>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            if let Some(v) = args.param::<types::ListApprovalsStatus>("status")? {
                call = call.status(v);
            }
            crate::outcome(call.send().await)
        }
        "getApproval" => {
            let mut call = client.get_approval();
            if let Some(v) = args.param::<::std::string::String>("approvalId")? {
                call = call.approval_id(v);
            }
            crate::outcome(call.send().await)
        }
        "createApprovalDecision" => {
            let mut call = client.create_approval_decision();
            if let Some(v) = args.param::<types::NonEmptyString>("approvalId")? {
                call = call.approval_id(v);
            }
            if let Some(v) = args.body::<types::CreateApprovalDecisionBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listVaults" => {
            let mut call = client.list_vaults();
            if let Some(v) = args.param::<i64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "createVault" => {
            let mut call = client.create_vault();
            if let Some(v) = args.body::<types::CreateVaultBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getVault" => {
            let mut call = client.get_vault();
            if let Some(v) = args.param::<::std::string::String>("vaultId")? {
                call = call.vault_id(v);
            }
            crate::outcome(call.send().await)
        }
        "updateVault" => {
            let mut call = client.update_vault();
            if let Some(v) = args.param::<::std::string::String>("vaultId")? {
                call = call.vault_id(v);
            }
            if let Some(v) = args.body::<types::UpdateVaultBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createVaultAddress" => {
            let mut call = client.create_vault_address();
            if let Some(v) = args.param::<::std::string::String>("vaultId")? {
                call = call.vault_id(v);
            }
            if let Some(v) = args.body::<types::CreateVaultAddressBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listVaultAssets" => {
            let mut call = client.list_vault_assets();
            if let Some(v) = args.param::<::std::string::String>("vaultId")? {
                call = call.vault_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("network")? {
                call = call.network(v);
            }
            if let Some(v) = args.param::<::serde_json::Value>("showUnverified")? {
                call = call.show_unverified(v);
            }
            crate::outcome(call.send().await)
        }
        "listVaultBalances" => {
            let mut call = client.list_vault_balances();
            if let Some(v) = args.param::<::std::string::String>("vaultId")? {
                call = call.vault_id(v);
            }
            if let Some(v) = args.param::<types::ListVaultBalancesKind>("kind")? {
                call = call.kind(v);
            }
            if let Some(v) = args.param::<i64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<::std::string::String>("network")? {
                call = call.network(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            if let Some(v) = args.param::<::std::string::String>("tid")? {
                call = call.tid(v);
            }
            crate::outcome(call.send().await)
        }
        "listVaultHistory" => {
            let mut call = client.list_vault_history();
            if let Some(v) = args.param::<::std::string::String>("vaultId")? {
                call = call.vault_id(v);
            }
            if let Some(v) = args.param::<types::ListVaultHistoryKind>("kind")? {
                call = call.kind(v);
            }
            if let Some(v) = args.param::<i64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::ListVaultHistoryNetwork>("network")? {
                call = call.network(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            if let Some(v) = args.param::<types::ListVaultHistoryTid>("tid")? {
                call = call.tid(v);
            }
            crate::outcome(call.send().await)
        }
        "listVaultLocks" => {
            let mut call = client.list_vault_locks();
            if let Some(v) = args.param::<::std::string::String>("vaultId")? {
                call = call.vault_id(v);
            }
            if let Some(v) = args.param::<i64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<::std::string::String>("network")? {
                call = call.network(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            if let Some(v) = args.param::<::std::string::String>("tid")? {
                call = call.tid(v);
            }
            crate::outcome(call.send().await)
        }
        "createVaultLock" => {
            let mut call = client.create_vault_lock();
            if let Some(v) = args.param::<::std::string::String>("vaultId")? {
                call = call.vault_id(v);
            }
            if let Some(v) = args.body::<types::CreateVaultLockBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getVaultLock" => {
            let mut call = client.get_vault_lock();
            if let Some(v) = args.param::<::std::string::String>("vaultId")? {
                call = call.vault_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("lockId")? {
                call = call.lock_id(v);
            }
            crate::outcome(call.send().await)
        }
        "releaseVaultLock" => {
            let mut call = client.release_vault_lock();
            if let Some(v) = args.param::<::std::string::String>("vaultId")? {
                call = call.vault_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("lockId")? {
                call = call.lock_id(v);
            }
            crate::outcome(call.send().await)
        }
        "replaceVaultLock" => {
            let mut call = client.replace_vault_lock();
            if let Some(v) = args.param::<::std::string::String>("vaultId")? {
                call = call.vault_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("lockId")? {
                call = call.lock_id(v);
            }
            if let Some(v) = args.body::<types::ReplaceVaultLockBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "transferVaultLock" => {
            let mut call = client.transfer_vault_lock();
            if let Some(v) = args.param::<::std::string::String>("vaultId")? {
                call = call.vault_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("lockId")? {
                call = call.lock_id(v);
            }
            if let Some(v) = args.body::<types::TransferVaultLockBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listVaultQuarantines" => {
            let mut call = client.list_vault_quarantines();
            if let Some(v) = args.param::<::std::string::String>("vaultId")? {
                call = call.vault_id(v);
            }
            if let Some(v) = args.param::<i64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<::std::string::String>("network")? {
                call = call.network(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "getVaultQuarantine" => {
            let mut call = client.get_vault_quarantine();
            if let Some(v) = args.param::<::std::string::String>("vaultId")? {
                call = call.vault_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("quarantineId")? {
                call = call.quarantine_id(v);
            }
            crate::outcome(call.send().await)
        }
        "releaseQuarantine" => {
            let mut call = client.release_quarantine();
            if let Some(v) = args.param::<::std::string::String>("vaultId")? {
                call = call.vault_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("quarantineId")? {
                call = call.quarantine_id(v);
            }
            if let Some(v) = args.body::<types::ReleaseQuarantineBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "tagVault" => {
            let mut call = client.tag_vault();
            if let Some(v) = args.param::<::std::string::String>("vaultId")? {
                call = call.vault_id(v);
            }
            if let Some(v) = args.body::<types::UntagVaultRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "untagVault" => {
            let mut call = client.untag_vault();
            if let Some(v) = args.param::<::std::string::String>("vaultId")? {
                call = call.vault_id(v);
            }
            if let Some(v) = args.body::<types::UntagVaultRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createVaultTransfer" => {
            let mut call = client.create_vault_transfer();
            if let Some(v) = args.param::<::std::string::String>("vaultId")? {
                call = call.vault_id(v);
            }
            if let Some(v) = args.body::<types::CreateVaultTransferBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listWallets" => {
            let mut call = client.list_wallets();
            if let Some(v) = args.param::<types::DecimalString>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("owner")? {
                call = call.owner(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("ownerId")? {
                call = call.owner_id(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("ownerUsername")? {
                call = call.owner_username(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "createWallet" => {
            let mut call = client.create_wallet();
            if let Some(v) = args.body::<types::CreateWalletBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listOrgWalletHistory" => {
            let mut call = client.list_org_wallet_history();
            if let Some(v) = args.param::<::std::string::String>("endTime")? {
                call = call.end_time(v);
            }
            if let Some(v) = args.param::<types::DecimalString>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            if let Some(v) = args.param::<::std::string::String>("startTime")? {
                call = call.start_time(v);
            }
            crate::outcome(call.send().await)
        }
        "listBulkWalletJobs" => {
            let mut call = client.list_bulk_wallet_jobs();
            if let Some(v) = args.param::<i64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            if let Some(v) = args.param::<types::ListBulkWalletJobsStatus>("status")? {
                call = call.status(v);
            }
            crate::outcome(call.send().await)
        }
        "bulkCreateWallets" => {
            let mut call = client.bulk_create_wallets();
            if let Some(v) = args.body::<types::BulkCreateWalletsBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getBulkWalletJob" => {
            let mut call = client.get_bulk_wallet_job();
            if let Some(v) = args.param::<::std::string::String>("jobId")? {
                call = call.job_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listBulkWalletJobWallets" => {
            let mut call = client.list_bulk_wallet_job_wallets();
            if let Some(v) = args.param::<::std::string::String>("jobId")? {
                call = call.job_id(v);
            }
            if let Some(v) = args.param::<i64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<::std::string::String>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "importWallet" => {
            let mut call = client.import_wallet();
            if let Some(v) = args.body::<types::ImportWalletBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getWallet" => {
            let mut call = client.get_wallet();
            if let Some(v) = args.param::<types::NonEmptyString>("walletId")? {
                call = call.wallet_id(v);
            }
            crate::outcome(call.send().await)
        }
        "updateWallet" => {
            let mut call = client.update_wallet();
            if let Some(v) = args.param::<types::NonEmptyString>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.body::<types::UpdateWalletBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "activateWallet" => {
            let mut call = client.activate_wallet();
            if let Some(v) = args.param::<::std::string::String>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args
                .body::<::serde_json::Map<::std::string::String, ::serde_json::Value>>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getWalletAssets" => {
            let mut call = client.get_wallet_assets();
            if let Some(v) = args.param::<types::NonEmptyString>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.param::<types::TrueNetWorth>("netWorth")? {
                call = call.net_worth(v);
            }
            crate::outcome(call.send().await)
        }
        "proxyARequestToTheCantonLedgerApi" => {
            let mut call = client.proxy_a_request_to_the_canton_ledger_api();
            if let Some(v) = args.param::<::std::string::String>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.body::<types::ProxyARequestToTheCantonLedgerApiBody>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "delegateWallet" => {
            let mut call = client.delegate_wallet();
            if let Some(v) = args.param::<types::NonEmptyString>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.body::<types::DelegateWalletBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "exportWallet" => {
            let mut call = client.export_wallet();
            if let Some(v) = args.param::<types::NonEmptyString>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.body::<types::ExportKeyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getWalletHistory" => {
            let mut call = client.get_wallet_history();
            if let Some(v) = args.param::<types::NonEmptyString>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("contract")? {
                call = call.contract(v);
            }
            if let Some(v) = args.param::<types::Direction>("direction")? {
                call = call.direction(v);
            }
            if let Some(v) = args.param::<types::GetWalletHistoryKind>("kind")? {
                call = call.kind(v);
            }
            if let Some(v) = args.param::<types::DecimalString>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "getWalletNfts" => {
            let mut call = client.get_wallet_nfts();
            if let Some(v) = args.param::<types::NonEmptyString>("walletId")? {
                call = call.wallet_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listOffers" => {
            let mut call = client.list_offers();
            if let Some(v) = args.param::<types::GetSwapQuoteWalletId>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "getOffer" => {
            let mut call = client.get_offer();
            if let Some(v) = args.param::<types::GetSwapQuoteWalletId>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.param::<types::OfferId>("offerId")? {
                call = call.offer_id(v);
            }
            crate::outcome(call.send().await)
        }
        "acceptOffer" => {
            let mut call = client.accept_offer();
            if let Some(v) = args.param::<types::GetSwapQuoteWalletId>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.param::<types::OfferId>("offerId")? {
                call = call.offer_id(v);
            }
            crate::outcome(call.send().await)
        }
        "rejectOffer" => {
            let mut call = client.reject_offer();
            if let Some(v) = args.param::<types::GetSwapQuoteWalletId>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.param::<types::OfferId>("offerId")? {
                call = call.offer_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listWalletSignatures" => {
            let mut call = client.list_wallet_signatures();
            if let Some(v) = args.param::<types::NonEmptyString>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.param::<types::DecimalString>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "generateWalletSignature" => {
            let mut call = client.generate_wallet_signature();
            if let Some(v) = args.param::<types::NonEmptyString>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.body::<types::GenerateKeySignatureRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getWalletSignature" => {
            let mut call = client.get_wallet_signature();
            if let Some(v) = args.param::<types::NonEmptyString>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("signatureId")? {
                call = call.signature_id(v);
            }
            crate::outcome(call.send().await)
        }
        "tagWallet" => {
            let mut call = client.tag_wallet();
            if let Some(v) = args.param::<types::NonEmptyString>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.body::<types::TagWalletBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "untagWallet" => {
            let mut call = client.untag_wallet();
            if let Some(v) = args.param::<types::NonEmptyString>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.body::<types::UntagWalletBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listTransactions" => {
            let mut call = client.list_transactions();
            if let Some(v) = args.param::<types::NonEmptyString>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.param::<types::DecimalString>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "signAndBroadcastTransaction" => {
            let mut call = client.sign_and_broadcast_transaction();
            if let Some(v) = args.param::<types::NonEmptyString>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.body::<types::SignAndBroadcastTransactionBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getTransaction" => {
            let mut call = client.get_transaction();
            if let Some(v) = args.param::<types::NonEmptyString>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("transactionId")? {
                call = call.transaction_id(v);
            }
            crate::outcome(call.send().await)
        }
        "abortTransaction" => {
            let mut call = client.abort_transaction();
            if let Some(v) = args.param::<::std::string::String>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("transactionId")? {
                call = call.transaction_id(v);
            }
            crate::outcome(call.send().await)
        }
        "cancelTransaction" => {
            let mut call = client.cancel_transaction();
            if let Some(v) = args.param::<::std::string::String>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("transactionId")? {
                call = call.transaction_id(v);
            }
            crate::outcome(call.send().await)
        }
        "speedUpTransaction" => {
            let mut call = client.speed_up_transaction();
            if let Some(v) = args.param::<::std::string::String>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("transactionId")? {
                call = call.transaction_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listTransfers" => {
            let mut call = client.list_transfers();
            if let Some(v) = args.param::<types::NonEmptyString>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.param::<types::DecimalString>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "transferAsset" => {
            let mut call = client.transfer_asset();
            if let Some(v) = args.param::<types::NonEmptyString>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.body::<types::TransferAssetBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getTransfer" => {
            let mut call = client.get_transfer();
            if let Some(v) = args.param::<types::NonEmptyString>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("transferId")? {
                call = call.transfer_id(v);
            }
            crate::outcome(call.send().await)
        }
        "abortTransfer" => {
            let mut call = client.abort_transfer();
            if let Some(v) = args.param::<::std::string::String>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("transferId")? {
                call = call.transfer_id(v);
            }
            crate::outcome(call.send().await)
        }
        "cancelTransfer" => {
            let mut call = client.cancel_transfer();
            if let Some(v) = args.param::<::std::string::String>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("transferId")? {
                call = call.transfer_id(v);
            }
            crate::outcome(call.send().await)
        }
        "speedUpTransfer" => {
            let mut call = client.speed_up_transfer();
            if let Some(v) = args.param::<::std::string::String>("walletId")? {
                call = call.wallet_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("transferId")? {
                call = call.transfer_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listWebhooks" => {
            let mut call = client.list_webhooks();
            if let Some(v) = args.param::<::std::num::NonZeroU64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "createWebhook" => {
            let mut call = client.create_webhook();
            if let Some(v) = args.body::<types::CreateWebhookBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getWebhook" => {
            let mut call = client.get_webhook();
            if let Some(v) = args.param::<types::NonEmptyString>("webhookId")? {
                call = call.webhook_id(v);
            }
            crate::outcome(call.send().await)
        }
        "updateWebhook" => {
            let mut call = client.update_webhook();
            if let Some(v) = args.param::<types::NonEmptyString>("webhookId")? {
                call = call.webhook_id(v);
            }
            if let Some(v) = args.body::<types::UpdateWebhookBody>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteWebhook" => {
            let mut call = client.delete_webhook();
            if let Some(v) = args.param::<types::NonEmptyString>("webhookId")? {
                call = call.webhook_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listWebhookEvents" => {
            let mut call = client.list_webhook_events();
            if let Some(v) = args.param::<types::NonEmptyString>("webhookId")? {
                call = call.webhook_id(v);
            }
            if let Some(v) = args
                .param::<types::ListWebhookEventsDeliveryFailed>("deliveryFailed")?
            {
                call = call.delivery_failed(v);
            }
            if let Some(v) = args.param::<types::WebhookEventKind>("kind")? {
                call = call.kind(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "getWebhookEvent" => {
            let mut call = client.get_webhook_event();
            if let Some(v) = args.param::<types::NonEmptyString>("webhookId")? {
                call = call.webhook_id(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("webhookEventId")? {
                call = call.webhook_event_id(v);
            }
            crate::outcome(call.send().await)
        }
        "pingWebhook" => {
            let mut call = client.ping_webhook();
            if let Some(v) = args.param::<types::NonEmptyString>("webhookId")? {
                call = call.webhook_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listYields" => {
            let mut call = client.list_yields();
            if let Some(v) = args.param::<::std::num::NonZeroU64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "createYield" => {
            let mut call = client.create_yield();
            if let Some(v) = args.body::<types::X0fnsYieldRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getYield" => {
            let mut call = client.get_yield();
            if let Some(v) = args.param::<types::YieldId>("yieldId")? {
                call = call.yield_id(v);
            }
            crate::outcome(call.send().await)
        }
        "listYieldActions" => {
            let mut call = client.list_yield_actions();
            if let Some(v) = args.param::<types::YieldId>("yieldId")? {
                call = call.yield_id(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU64>("limit")? {
                call = call.limit(v);
            }
            if let Some(v) = args.param::<types::NonEmptyString>("paginationToken")? {
                call = call.pagination_token(v);
            }
            crate::outcome(call.send().await)
        }
        "createYieldAction" => {
            let mut call = client.create_yield_action();
            if let Some(v) = args.param::<types::YieldId>("yieldId")? {
                call = call.yield_id(v);
            }
            if let Some(v) = args.body::<types::X0fnsYieldActionRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        other => Err(format!("{other}: no such operation")),
    }
}
