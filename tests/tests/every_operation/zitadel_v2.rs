// Generated from `openapi/zitadel-v2.yaml` by `cargo xtask generate`: one arm per operation, calling the
// generated builder with the arguments the sandbox makes from the spec. Do not edit.

#[allow(unused_imports)]
use apifleet::zitadel::v2::generated::{Client, types};
use apifleet_sandbox::engine::Arguments;
/// Calls `operation` with `args`; the status of its typed success, or what went wrong.
pub(crate) async fn call(
    client: &Client,
    operation: &str,
    args: &Arguments,
) -> Result<u16, String> {
    match operation {
        "activatePublicKey" => {
            let mut call = client.activate_public_key();
            if let Some(v) = args.body::<types::ActivatePublicKeyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "addPublicKey" => {
            let mut call = client.add_public_key();
            if let Some(v) = args.body::<types::AddPublicKeyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createTarget" => {
            let mut call = client.create_target();
            if let Some(v) = args.body::<types::CreateTargetRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deactivatePublicKey" => {
            let mut call = client.deactivate_public_key();
            if let Some(v) = args.body::<types::DeactivatePublicKeyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteTarget" => {
            let mut call = client.delete_target();
            if let Some(v) = args.body::<types::DeleteTargetRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getTarget" => {
            let mut call = client.get_target();
            if let Some(v) = args.body::<types::GetTargetRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listExecutionFunctions" => {
            let mut call = client.list_execution_functions();
            if let Some(v) = args.body::<types::EmptyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listExecutionMethods" => {
            let mut call = client.list_execution_methods();
            if let Some(v) = args.body::<types::EmptyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listExecutionServices" => {
            let mut call = client.list_execution_services();
            if let Some(v) = args.body::<types::EmptyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listExecutions" => {
            let mut call = client.list_executions();
            if let Some(v) = args.body::<types::ListExecutionsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listPublicKeys" => {
            let mut call = client.list_public_keys();
            if let Some(v) = args.body::<types::ListPublicKeysRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listTargets" => {
            let mut call = client.list_targets();
            if let Some(v) = args.body::<types::ListTargetsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "removePublicKey" => {
            let mut call = client.remove_public_key();
            if let Some(v) = args.body::<types::RemovePublicKeyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "setExecution" => {
            let mut call = client.set_execution();
            if let Some(v) = args.body::<types::SetExecutionRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "updateTarget" => {
            let mut call = client.update_target();
            if let Some(v) = args.body::<types::UpdateTargetRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createApplication" => {
            let mut call = client.create_application();
            if let Some(v) = args.body::<types::CreateApplicationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createApplicationKey" => {
            let mut call = client.create_application_key();
            if let Some(v) = args.body::<types::CreateApplicationKeyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deactivateApplication" => {
            let mut call = client.deactivate_application();
            if let Some(v) = args.body::<types::DeactivateApplicationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteApplication" => {
            let mut call = client.delete_application();
            if let Some(v) = args.body::<types::DeleteApplicationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteApplicationKey" => {
            let mut call = client.delete_application_key();
            if let Some(v) = args.body::<types::DeleteApplicationKeyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "generateClientSecret" => {
            let mut call = client.generate_client_secret();
            if let Some(v) = args.body::<types::GenerateClientSecretRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getApplication" => {
            let mut call = client.get_application();
            if let Some(v) = args.body::<types::GetApplicationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getApplicationKey" => {
            let mut call = client.get_application_key();
            if let Some(v) = args.body::<types::GetApplicationKeyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listApplicationKeys" => {
            let mut call = client.list_application_keys();
            if let Some(v) = args.body::<types::ListApplicationKeysRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listApplications" => {
            let mut call = client.list_applications();
            if let Some(v) = args.body::<types::ListApplicationsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "reactivateApplication" => {
            let mut call = client.reactivate_application();
            if let Some(v) = args.body::<types::ReactivateApplicationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "updateApplication" => {
            let mut call = client.update_application();
            if let Some(v) = args.body::<types::UpdateApplicationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "activateAuthorization" => {
            let mut call = client.activate_authorization();
            if let Some(v) = args.body::<types::ActivateAuthorizationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createAuthorization" => {
            let mut call = client.create_authorization();
            if let Some(v) = args.body::<types::CreateAuthorizationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deactivateAuthorization" => {
            let mut call = client.deactivate_authorization();
            if let Some(v) = args.body::<types::DeactivateAuthorizationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteAuthorization" => {
            let mut call = client.delete_authorization();
            if let Some(v) = args.body::<types::DeleteAuthorizationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listAuthorizations" => {
            let mut call = client.list_authorizations();
            if let Some(v) = args.body::<types::ListAuthorizationsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "updateAuthorization" => {
            let mut call = client.update_authorization();
            if let Some(v) = args.body::<types::UpdateAuthorizationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getInstanceFeatures" => {
            let mut call = client.get_instance_features();
            if let Some(v) = args.body::<types::GetInstanceFeaturesRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getOrganizationFeatures" => {
            let mut call = client.get_organization_features();
            if let Some(v) = args.body::<types::GetOrganizationFeaturesRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getSystemFeatures" => {
            let mut call = client.get_system_features();
            if let Some(v) = args.body::<types::EmptyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getUserFeatures" => {
            let mut call = client.get_user_features();
            if let Some(v) = args.body::<types::GetUserFeaturesRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "resetInstanceFeatures" => {
            let mut call = client.reset_instance_features();
            if let Some(v) = args.body::<types::EmptyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "resetOrganizationFeatures" => {
            let mut call = client.reset_organization_features();
            if let Some(v) = args.body::<types::ResetOrganizationFeaturesRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "resetSystemFeatures" => {
            let mut call = client.reset_system_features();
            if let Some(v) = args.body::<types::EmptyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "resetUserFeatures" => {
            let mut call = client.reset_user_features();
            if let Some(v) = args.body::<types::ResetUserFeaturesRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "setInstanceFeatures" => {
            let mut call = client.set_instance_features();
            if let Some(v) = args.body::<types::SetInstanceFeaturesRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "setOrganizationFeatures" => {
            let mut call = client.set_organization_features();
            if let Some(v) = args.body::<types::SetOrganizationFeaturesRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "setSystemFeatures" => {
            let mut call = client.set_system_features();
            if let Some(v) = args.body::<types::SetSystemFeaturesRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "setUserFeatures" => {
            let mut call = client.set_user_features();
            if let Some(v) = args.body::<types::SetUserFeatureRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getIDPByID" => {
            let mut call = client.get_idp_by_id();
            if let Some(v) = args.body::<types::GetIdpByIdRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "addCustomDomain" => {
            let mut call = client.add_custom_domain();
            if let Some(v) = args.body::<types::AddCustomDomainRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "addTrustedDomain" => {
            let mut call = client.add_trusted_domain();
            if let Some(v) = args.body::<types::AddTrustedDomainRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteInstance" => {
            let mut call = client.delete_instance();
            if let Some(v) = args.body::<types::DeleteInstanceRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getInstance" => {
            let mut call = client.get_instance();
            if let Some(v) = args.body::<types::GetInstanceRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listCustomDomains" => {
            let mut call = client.list_custom_domains();
            if let Some(v) = args.body::<types::ListCustomDomainsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listInstances" => {
            let mut call = client.list_instances();
            if let Some(v) = args.body::<types::ListInstancesRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listTrustedDomains" => {
            let mut call = client.list_trusted_domains();
            if let Some(v) = args.body::<types::ListTrustedDomainsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "removeCustomDomain" => {
            let mut call = client.remove_custom_domain();
            if let Some(v) = args.body::<types::RemoveCustomDomainRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "removeTrustedDomain" => {
            let mut call = client.remove_trusted_domain();
            if let Some(v) = args.body::<types::RemoveTrustedDomainRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "updateInstance" => {
            let mut call = client.update_instance();
            if let Some(v) = args.body::<types::UpdateInstanceRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createAdministrator" => {
            let mut call = client.create_administrator();
            if let Some(v) = args.body::<types::CreateAdministratorRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteAdministrator" => {
            let mut call = client.delete_administrator();
            if let Some(v) = args.body::<types::DeleteAdministratorRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listAdministrators" => {
            let mut call = client.list_administrators();
            if let Some(v) = args.body::<types::ListAdministratorsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "updateAdministrator" => {
            let mut call = client.update_administrator();
            if let Some(v) = args.body::<types::UpdateAdministratorRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "authorizeOrDenyDeviceAuthorization" => {
            let mut call = client.authorize_or_deny_device_authorization();
            if let Some(v) = args
                .body::<types::AuthorizeOrDenyDeviceAuthorizationRequest>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createCallback" => {
            let mut call = client.create_callback();
            if let Some(v) = args.body::<types::CreateCallbackRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getAuthRequest" => {
            let mut call = client.get_auth_request();
            if let Some(v) = args.body::<types::GetAuthRequestRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getDeviceAuthorizationRequest" => {
            let mut call = client.get_device_authorization_request();
            if let Some(v) = args.body::<types::GetDeviceAuthorizationRequestRequest>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "activateOrganization" => {
            let mut call = client.activate_organization();
            if let Some(v) = args.body::<types::ActivateOrganizationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "addOrganization" => {
            let mut call = client.add_organization();
            if let Some(v) = args.body::<types::AddOrganizationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "addOrganizationDomain" => {
            let mut call = client.add_organization_domain();
            if let Some(v) = args.body::<types::AddOrganizationDomainRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deactivateOrganization" => {
            let mut call = client.deactivate_organization();
            if let Some(v) = args.body::<types::DeactivateOrganizationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteOrganization" => {
            let mut call = client.delete_organization();
            if let Some(v) = args.body::<types::DeleteOrganizationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteOrganizationDomain" => {
            let mut call = client.delete_organization_domain();
            if let Some(v) = args.body::<types::DeleteOrganizationDomainRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteOrganizationMetadata" => {
            let mut call = client.delete_organization_metadata();
            if let Some(v) = args.body::<types::DeleteOrganizationMetadataRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "generateOrganizationDomainValidation" => {
            let mut call = client.generate_organization_domain_validation();
            if let Some(v) = args
                .body::<types::GenerateOrganizationDomainValidationRequest>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listOrganizationDomains" => {
            let mut call = client.list_organization_domains();
            if let Some(v) = args.body::<types::ListOrganizationDomainsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listOrganizationMetadata" => {
            let mut call = client.list_organization_metadata();
            if let Some(v) = args.body::<types::ListOrganizationMetadataRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listOrganizations" => {
            let mut call = client.list_organizations();
            if let Some(v) = args.body::<types::ListOrganizationsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "setOrganizationMetadata" => {
            let mut call = client.set_organization_metadata();
            if let Some(v) = args.body::<types::SetOrganizationMetadataRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "updateOrganization" => {
            let mut call = client.update_organization();
            if let Some(v) = args.body::<types::UpdateOrganizationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "verifyOrganizationDomain" => {
            let mut call = client.verify_organization_domain();
            if let Some(v) = args.body::<types::VerifyOrganizationDomainRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "activateProject" => {
            let mut call = client.activate_project();
            if let Some(v) = args.body::<types::ActivateProjectRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "activateProjectGrant" => {
            let mut call = client.activate_project_grant();
            if let Some(v) = args.body::<types::ActivateProjectGrantRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "addProjectRole" => {
            let mut call = client.add_project_role();
            if let Some(v) = args.body::<types::AddProjectRoleRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createProject" => {
            let mut call = client.create_project();
            if let Some(v) = args.body::<types::CreateProjectRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createProjectGrant" => {
            let mut call = client.create_project_grant();
            if let Some(v) = args.body::<types::CreateProjectGrantRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deactivateProject" => {
            let mut call = client.deactivate_project();
            if let Some(v) = args.body::<types::DeactivateProjectRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deactivateProjectGrant" => {
            let mut call = client.deactivate_project_grant();
            if let Some(v) = args.body::<types::DeactivateProjectGrantRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteProject" => {
            let mut call = client.delete_project();
            if let Some(v) = args.body::<types::DeleteProjectRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteProjectGrant" => {
            let mut call = client.delete_project_grant();
            if let Some(v) = args.body::<types::DeleteProjectGrantRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getProject" => {
            let mut call = client.get_project();
            if let Some(v) = args.body::<types::GetProjectRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listProjectGrants" => {
            let mut call = client.list_project_grants();
            if let Some(v) = args.body::<types::ListProjectGrantsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listProjectRoles" => {
            let mut call = client.list_project_roles();
            if let Some(v) = args.body::<types::ListProjectRolesRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listProjects" => {
            let mut call = client.list_projects();
            if let Some(v) = args.body::<types::ListProjectsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "removeProjectRole" => {
            let mut call = client.remove_project_role();
            if let Some(v) = args.body::<types::RemoveProjectRoleRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "updateProject" => {
            let mut call = client.update_project();
            if let Some(v) = args.body::<types::UpdateProjectRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "updateProjectGrant" => {
            let mut call = client.update_project_grant();
            if let Some(v) = args.body::<types::UpdateProjectGrantRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "updateProjectRole" => {
            let mut call = client.update_project_role();
            if let Some(v) = args.body::<types::UpdateProjectRoleRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createResponse" => {
            let mut call = client.create_response();
            if let Some(v) = args.body::<types::CreateResponseRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getSAMLRequest" => {
            let mut call = client.get_saml_request();
            if let Some(v) = args.body::<types::GetSamlRequestRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createSession" => {
            let mut call = client.create_session();
            if let Some(v) = args.body::<types::CreateSessionRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteSession" => {
            let mut call = client.delete_session();
            if let Some(v) = args.body::<types::DeleteSessionRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getSession" => {
            let mut call = client.get_session();
            if let Some(v) = args.body::<types::GetSessionRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listSessions" => {
            let mut call = client.list_sessions();
            if let Some(v) = args.body::<types::ListSessionsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "setSession" => {
            let mut call = client.set_session();
            if let Some(v) = args.body::<types::SetSessionRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getActiveIdentityProviders" => {
            let mut call = client.get_active_identity_providers();
            if let Some(v) = args.body::<types::GetActiveIdentityProvidersRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getBrandingSettings" => {
            let mut call = client.get_branding_settings();
            if let Some(v) = args.body::<types::GetBrandingSettingsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getDomainSettings" => {
            let mut call = client.get_domain_settings();
            if let Some(v) = args.body::<types::GetDomainSettingsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getGeneralSettings" => {
            let mut call = client.get_general_settings();
            if let Some(v) = args.body::<types::EmptyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getHostedLoginTranslation" => {
            let mut call = client.get_hosted_login_translation();
            if let Some(v) = args.body::<types::GetHostedLoginTranslationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getLegalAndSupportSettings" => {
            let mut call = client.get_legal_and_support_settings();
            if let Some(v) = args.body::<types::GetLegalAndSupportSettingsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getLockoutSettings" => {
            let mut call = client.get_lockout_settings();
            if let Some(v) = args.body::<types::GetLockoutSettingsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getLoginSettings" => {
            let mut call = client.get_login_settings();
            if let Some(v) = args.body::<types::GetLoginSettingsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getPasswordComplexitySettings" => {
            let mut call = client.get_password_complexity_settings();
            if let Some(v) = args.body::<types::GetPasswordComplexitySettingsRequest>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getPasswordExpirySettings" => {
            let mut call = client.get_password_expiry_settings();
            if let Some(v) = args.body::<types::GetPasswordExpirySettingsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getSecuritySettings" => {
            let mut call = client.get_security_settings();
            if let Some(v) = args.body::<types::EmptyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "setHostedLoginTranslation" => {
            let mut call = client.set_hosted_login_translation();
            if let Some(v) = args.body::<types::SetHostedLoginTranslationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "setSecuritySettings" => {
            let mut call = client.set_security_settings();
            if let Some(v) = args.body::<types::SetSecuritySettingsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "addHumanUser" => {
            let mut call = client.add_human_user();
            if let Some(v) = args.body::<types::AddHumanUserRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "addIDPLink" => {
            let mut call = client.add_idp_link();
            if let Some(v) = args.body::<types::AddIdpLinkRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "addKey" => {
            let mut call = client.add_key();
            if let Some(v) = args.body::<types::AddKeyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "addOTPEmail" => {
            let mut call = client.add_otp_email();
            if let Some(v) = args.body::<types::AddOtpEmailRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "addOtpSms" => {
            let mut call = client.add_otp_sms();
            if let Some(v) = args.body::<types::AddOtpsmsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "addPersonalAccessToken" => {
            let mut call = client.add_personal_access_token();
            if let Some(v) = args.body::<types::AddPersonalAccessTokenRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "addSecret" => {
            let mut call = client.add_secret();
            if let Some(v) = args.body::<types::AddSecretRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createInviteCode" => {
            let mut call = client.create_invite_code();
            if let Some(v) = args.body::<types::CreateInviteCodeRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createPasskeyRegistrationLink" => {
            let mut call = client.create_passkey_registration_link();
            if let Some(v) = args.body::<types::CreatePasskeyRegistrationLinkRequest>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createUser" => {
            let mut call = client.create_user();
            if let Some(v) = args.body::<types::CreateUserRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deactivateUser" => {
            let mut call = client.deactivate_user();
            if let Some(v) = args.body::<types::DeactivateUserRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteUser" => {
            let mut call = client.delete_user();
            if let Some(v) = args.body::<types::DeleteUserRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteUserMetadata" => {
            let mut call = client.delete_user_metadata();
            if let Some(v) = args.body::<types::DeleteUserMetadataRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "generateRecoveryCodes" => {
            let mut call = client.generate_recovery_codes();
            if let Some(v) = args.body::<types::GenerateRecoveryCodesRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getUserByID" => {
            let mut call = client.get_user_by_id();
            if let Some(v) = args.body::<types::GetUserByIdRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "humanMFAInitSkipped" => {
            let mut call = client.human_mfa_init_skipped();
            if let Some(v) = args.body::<types::HumanMfaInitSkippedRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listAuthenticationFactors" => {
            let mut call = client.list_authentication_factors();
            if let Some(v) = args.body::<types::ListAuthenticationFactorsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listAuthenticationMethodTypes" => {
            let mut call = client.list_authentication_method_types();
            if let Some(v) = args.body::<types::ListAuthenticationMethodTypesRequest>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listIDPLinks" => {
            let mut call = client.list_idp_links();
            if let Some(v) = args.body::<types::ListIdpLinksRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listKeys" => {
            let mut call = client.list_keys();
            if let Some(v) = args.body::<types::ListKeysRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listPasskeys" => {
            let mut call = client.list_passkeys();
            if let Some(v) = args.body::<types::ListPasskeysRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listPersonalAccessTokens" => {
            let mut call = client.list_personal_access_tokens();
            if let Some(v) = args.body::<types::ListPersonalAccessTokensRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listUserMetadata" => {
            let mut call = client.list_user_metadata();
            if let Some(v) = args.body::<types::ListUserMetadataRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listUsers" => {
            let mut call = client.list_users();
            if let Some(v) = args.body::<types::ListUsersRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "lockUser" => {
            let mut call = client.lock_user();
            if let Some(v) = args.body::<types::LockUserRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "passwordReset" => {
            let mut call = client.password_reset();
            if let Some(v) = args.body::<types::PasswordResetRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "reactivateUser" => {
            let mut call = client.reactivate_user();
            if let Some(v) = args.body::<types::ReactivateUserRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "registerPasskey" => {
            let mut call = client.register_passkey();
            if let Some(v) = args.body::<types::RegisterPasskeyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "registerTOTP" => {
            let mut call = client.register_totp();
            if let Some(v) = args.body::<types::RegisterTotpRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "registerU2F" => {
            let mut call = client.register_u2f();
            if let Some(v) = args.body::<types::RegisterU2fRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "removeIDPLink" => {
            let mut call = client.remove_idp_link();
            if let Some(v) = args.body::<types::RemoveIdpLinkRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "removeKey" => {
            let mut call = client.remove_key();
            if let Some(v) = args.body::<types::RemoveKeyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "removeOTPEmail" => {
            let mut call = client.remove_otp_email();
            if let Some(v) = args.body::<types::RemoveOtpEmailRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "removeOtpSms" => {
            let mut call = client.remove_otp_sms();
            if let Some(v) = args.body::<types::RemoveOtpsmsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "removePasskey" => {
            let mut call = client.remove_passkey();
            if let Some(v) = args.body::<types::RemovePasskeyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "removePersonalAccessToken" => {
            let mut call = client.remove_personal_access_token();
            if let Some(v) = args.body::<types::RemovePersonalAccessTokenRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "removePhone" => {
            let mut call = client.remove_phone();
            if let Some(v) = args.body::<types::RemovePhoneRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "removeRecoveryCodes" => {
            let mut call = client.remove_recovery_codes();
            if let Some(v) = args.body::<types::RemoveRecoveryCodesRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "removeSecret" => {
            let mut call = client.remove_secret();
            if let Some(v) = args.body::<types::RemoveSecretRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "removeTOTP" => {
            let mut call = client.remove_totp();
            if let Some(v) = args.body::<types::RemoveTotpRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "removeU2F" => {
            let mut call = client.remove_u2f();
            if let Some(v) = args.body::<types::RemoveU2fRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "resendEmailCode" => {
            let mut call = client.resend_email_code();
            if let Some(v) = args.body::<types::ResendEmailCodeRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "resendInviteCode" => {
            let mut call = client.resend_invite_code();
            if let Some(v) = args.body::<types::ResendInviteCodeRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "resendPhoneCode" => {
            let mut call = client.resend_phone_code();
            if let Some(v) = args.body::<types::ResendPhoneCodeRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "retrieveIdentityProviderIntent" => {
            let mut call = client.retrieve_identity_provider_intent();
            if let Some(v) = args.body::<types::RetrieveIdentityProviderIntentRequest>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "sendEmailCode" => {
            let mut call = client.send_email_code();
            if let Some(v) = args.body::<types::SendEmailCodeRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "setEmail" => {
            let mut call = client.set_email();
            if let Some(v) = args.body::<types::SetEmailRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "setPassword" => {
            let mut call = client.set_password();
            if let Some(v) = args.body::<types::SetPasswordRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "setPhone" => {
            let mut call = client.set_phone();
            if let Some(v) = args.body::<types::SetPhoneRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "setUserMetadata" => {
            let mut call = client.set_user_metadata();
            if let Some(v) = args.body::<types::SetUserMetadataRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "startIdentityProviderIntent" => {
            let mut call = client.start_identity_provider_intent();
            if let Some(v) = args.body::<types::StartIdentityProviderIntentRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "unlockUser" => {
            let mut call = client.unlock_user();
            if let Some(v) = args.body::<types::UnlockUserRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "updateHumanUser" => {
            let mut call = client.update_human_user();
            if let Some(v) = args.body::<types::UpdateHumanUserRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "updateUser" => {
            let mut call = client.update_user();
            if let Some(v) = args.body::<types::UpdateUserRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "verifyEmail" => {
            let mut call = client.verify_email();
            if let Some(v) = args.body::<types::VerifyEmailRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "verifyInviteCode" => {
            let mut call = client.verify_invite_code();
            if let Some(v) = args.body::<types::VerifyInviteCodeRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "verifyPasskeyRegistration" => {
            let mut call = client.verify_passkey_registration();
            if let Some(v) = args.body::<types::VerifyPasskeyRegistrationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "verifyPhone" => {
            let mut call = client.verify_phone();
            if let Some(v) = args.body::<types::VerifyPhoneRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "verifyTOTPRegistration" => {
            let mut call = client.verify_totp_registration();
            if let Some(v) = args.body::<types::VerifyTotpRegistrationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "verifyU2FRegistration" => {
            let mut call = client.verify_u2f_registration();
            if let Some(v) = args.body::<types::VerifyU2fRegistrationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "activateWebKey" => {
            let mut call = client.activate_web_key();
            if let Some(v) = args.body::<types::ActivateWebKeyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "createWebKey" => {
            let mut call = client.create_web_key();
            if let Some(v) = args.body::<types::CreateWebKeyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteWebKey" => {
            let mut call = client.delete_web_key();
            if let Some(v) = args.body::<types::DeleteWebKeyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "listWebKeys" => {
            let mut call = client.list_web_keys();
            if let Some(v) = args.body::<types::EmptyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        other => Err(format!("{other}: no such operation")),
    }
}
