// Generated from `openapi/zitadel.yaml` by `cargo xtask generate`: one arm per operation, calling the
// generated builder with the arguments the sandbox makes from the spec. Do not edit.

#[allow(unused_imports)]
use apifleet::zitadel::generated::{Client, types};
use apifleet_sandbox::engine::Arguments;
/// Calls `operation` with `args`; the status of its typed success, or what went wrong.
#[allow(deprecated)]
pub(crate) async fn call(
    client: &Client,
    operation: &str,
    args: &Arguments,
) -> Result<u16, String> {
    match operation {
        "adminListIdps" => {
            let mut call = client.admin_list_idps();
            if let Some(v) = args.body::<types::ListIdpsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "adminAddJwtProvider" => {
            let mut call = client.admin_add_jwt_provider();
            if let Some(v) = args.body::<types::AddJwtProviderRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "adminUpdateJwtProvider" => {
            let mut call = client.admin_update_jwt_provider();
            if let Some(v) = args.param::<types::AdminUpdateJwtProviderId>("id")? {
                call = call.id(v);
            }
            if let Some(v) = args.body::<types::UpdateJwtProviderRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "adminAddJwtIdp" => {
            let mut call = client.admin_add_jwt_idp();
            if let Some(v) = args.body::<types::AddJwtIdpRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "adminAddOidcIdp" => {
            let mut call = client.admin_add_oidc_idp();
            if let Some(v) = args.body::<types::AddOidcIdpRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "adminListProviders" => {
            let mut call = client.admin_list_providers();
            if let Some(v) = args.body::<types::ListProvidersRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "adminGetProviderById" => {
            let mut call = client.admin_get_provider_by_id();
            if let Some(v) = args.param::<types::AdminGetProviderByIdId>("id")? {
                call = call.id(v);
            }
            crate::outcome(call.send().await)
        }
        "adminDeleteProvider" => {
            let mut call = client.admin_delete_provider();
            if let Some(v) = args.param::<types::AdminDeleteProviderId>("id")? {
                call = call.id(v);
            }
            crate::outcome(call.send().await)
        }
        "adminGetIdpById" => {
            let mut call = client.admin_get_idp_by_id();
            if let Some(v) = args.param::<types::AdminGetIdpByIdIdpId>("idpId")? {
                call = call.idp_id(v);
            }
            crate::outcome(call.send().await)
        }
        "adminUpdateIdp" => {
            let mut call = client.admin_update_idp();
            if let Some(v) = args.param::<types::AdminUpdateIdpIdpId>("idpId")? {
                call = call.idp_id(v);
            }
            if let Some(v) = args.body::<types::UpdateIdpRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "adminRemoveIdp" => {
            let mut call = client.admin_remove_idp();
            if let Some(v) = args.param::<types::AdminRemoveIdpIdpId>("idpId")? {
                call = call.idp_id(v);
            }
            crate::outcome(call.send().await)
        }
        "adminDeactivateIdp" => {
            let mut call = client.admin_deactivate_idp();
            if let Some(v) = args.param::<types::AdminDeactivateIdpIdpId>("idpId")? {
                call = call.idp_id(v);
            }
            crate::outcome(call.send().await)
        }
        "adminReactivateIdp" => {
            let mut call = client.admin_reactivate_idp();
            if let Some(v) = args.param::<types::AdminReactivateIdpIdpId>("idpId")? {
                call = call.idp_id(v);
            }
            crate::outcome(call.send().await)
        }
        "adminUpdateIdpJwtConfig" => {
            let mut call = client.admin_update_idp_jwt_config();
            if let Some(v) = args.param::<types::AdminUpdateIdpJwtConfigIdpId>("idpId")?
            {
                call = call.idp_id(v);
            }
            if let Some(v) = args.body::<types::UpdateJwtConfigRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "adminUpdateIdpOidcConfig" => {
            let mut call = client.admin_update_idp_oidc_config();
            if let Some(v) = args.param::<types::AdminUpdateIdpOidcConfigIdpId>("idpId")?
            {
                call = call.idp_id(v);
            }
            if let Some(v) = args.body::<types::UpdateOidcConfigRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "mgmtListOrgIdps" => {
            let mut call = client.mgmt_list_org_idps();
            if let Some(v) = args.body::<types::ListIdpsRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "mgmtAddJwtProvider" => {
            let mut call = client.mgmt_add_jwt_provider();
            if let Some(v) = args.body::<types::AddJwtProviderRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "mgmtUpdateJwtProvider" => {
            let mut call = client.mgmt_update_jwt_provider();
            if let Some(v) = args.param::<types::MgmtUpdateJwtProviderId>("id")? {
                call = call.id(v);
            }
            if let Some(v) = args.body::<types::UpdateJwtProviderRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "mgmtAddOrgJwtIdp" => {
            let mut call = client.mgmt_add_org_jwt_idp();
            if let Some(v) = args.body::<types::AddJwtIdpRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "mgmtAddOrgOidcIdp" => {
            let mut call = client.mgmt_add_org_oidc_idp();
            if let Some(v) = args.body::<types::AddOidcIdpRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "mgmtListProviders" => {
            let mut call = client.mgmt_list_providers();
            if let Some(v) = args.body::<types::ListProvidersRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "mgmtGetProviderById" => {
            let mut call = client.mgmt_get_provider_by_id();
            if let Some(v) = args.param::<types::MgmtGetProviderByIdId>("id")? {
                call = call.id(v);
            }
            crate::outcome(call.send().await)
        }
        "mgmtDeleteProvider" => {
            let mut call = client.mgmt_delete_provider();
            if let Some(v) = args.param::<types::MgmtDeleteProviderId>("id")? {
                call = call.id(v);
            }
            crate::outcome(call.send().await)
        }
        "mgmtGetOrgIdpById" => {
            let mut call = client.mgmt_get_org_idp_by_id();
            if let Some(v) = args.param::<types::MgmtGetOrgIdpByIdIdpId>("idpId")? {
                call = call.idp_id(v);
            }
            crate::outcome(call.send().await)
        }
        "mgmtUpdateOrgIdp" => {
            let mut call = client.mgmt_update_org_idp();
            if let Some(v) = args.param::<types::MgmtUpdateOrgIdpIdpId>("idpId")? {
                call = call.idp_id(v);
            }
            if let Some(v) = args.body::<types::UpdateIdpRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "mgmtRemoveOrgIdp" => {
            let mut call = client.mgmt_remove_org_idp();
            if let Some(v) = args.param::<types::MgmtRemoveOrgIdpIdpId>("idpId")? {
                call = call.idp_id(v);
            }
            crate::outcome(call.send().await)
        }
        "mgmtDeactivateOrgIdp" => {
            let mut call = client.mgmt_deactivate_org_idp();
            if let Some(v) = args.param::<types::MgmtDeactivateOrgIdpIdpId>("idpId")? {
                call = call.idp_id(v);
            }
            if let Some(v) = args.body::<types::EmptyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "mgmtReactivateOrgIdp" => {
            let mut call = client.mgmt_reactivate_org_idp();
            if let Some(v) = args.param::<types::MgmtReactivateOrgIdpIdpId>("idpId")? {
                call = call.idp_id(v);
            }
            if let Some(v) = args.body::<types::EmptyRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "mgmtUpdateOrgIdpJwtConfig" => {
            let mut call = client.mgmt_update_org_idp_jwt_config();
            if let Some(v) = args
                .param::<types::MgmtUpdateOrgIdpJwtConfigIdpId>("idpId")?
            {
                call = call.idp_id(v);
            }
            if let Some(v) = args.body::<types::UpdateJwtConfigRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "mgmtUpdateOrgIdpOidcConfig" => {
            let mut call = client.mgmt_update_org_idp_oidc_config();
            if let Some(v) = args
                .param::<types::MgmtUpdateOrgIdpOidcConfigIdpId>("idpId")?
            {
                call = call.idp_id(v);
            }
            if let Some(v) = args.body::<types::UpdateOidcConfigRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getIdpByIdV2" => {
            let mut call = client.get_idp_by_id_v2();
            if let Some(v) = args.param::<types::GetIdpByIdV2Id>("id")? {
                call = call.id(v);
            }
            crate::outcome(call.send().await)
        }
        other => Err(format!("{other}: no such operation")),
    }
}
