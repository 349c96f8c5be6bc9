// Generated from `openapi/jtl-erp.yaml` by `cargo xtask generate`: one arm per operation, calling the
// generated builder with the arguments the sandbox makes from the spec. Do not edit.

#[allow(unused_imports)]
use apifleet::jtl::generated::{Client, types};
use apifleet_sandbox::engine::Arguments;
/// Calls `operation` with `args`; the status of its typed success, or what went wrong.
#[allow(deprecated)]
pub(crate) async fn call(
    client: &Client,
    operation: &str,
    args: &Arguments,
) -> Result<u16, String> {
    match operation {
        "updateForeignAppByAppIdV1" => {
            let mut call = client.update_foreign_app_by_app_id_v1();
            if let Some(v) = args
                .param::<types::UpdateForeignAppByAppIdV1AppId>("appId")?
            {
                call = call.app_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-companyid")? {
                call = call.x_companyid(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateAppRegistrationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "updateForeignAppByRegistrationIdV1" => {
            let mut call = client.update_foreign_app_by_registration_id_v1();
            if let Some(v) = args.param::<::uuid::Uuid>("registrationId")? {
                call = call.registration_id(v);
            }
            if let Some(v) = args.param::<::uuid::Uuid>("X-SessionId")? {
                call = call.x_session_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateAppRegistrationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "registerAppV1" => {
            let mut call = client.register_app_v1();
            if let Some(v) = args.body::<types::CreateAppRegistrationRequest>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "removeForeignAppByRegistrationIdV1" => {
            let mut call = client.remove_foreign_app_by_registration_id_v1();
            if let Some(v) = args.param::<::uuid::Uuid>("registrationId")? {
                call = call.registration_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-companyid")? {
                call = call.x_companyid(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "fetchRegistrationStatusV1" => {
            let mut call = client.fetch_registration_status_v1();
            if let Some(v) = args
                .param::<
                    types::FetchRegistrationStatusV1RegistrationId,
                >("registrationId")?
            {
                call = call.registration_id(v);
            }
            crate::outcome(call.send().await)
        }
        "registerMultiInstanceAppV1" => {
            let mut call = client.register_multi_instance_app_v1();
            if let Some(v) = args
                .param::<
                    types::RegisterMultiInstanceAppV1RegistrationId,
                >("registrationId")?
            {
                call = call.registration_id(v);
            }
            crate::outcome(call.send().await)
        }
        "queryCustomers" => {
            let mut call = client.query_customers();
            if let Some(v) = args.param::<i32>("categoryId")? {
                call = call.category_id(v);
            }
            if let Some(v) = args.param::<i32>("groupId")? {
                call = call.group_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("number")? {
                call = call.number(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageNumber")? {
                call = call.page_number(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageSize")? {
                call = call.page_size(v);
            }
            if let Some(v) = args.param::<::std::string::String>("searchKeyWord")? {
                call = call.search_key_word(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createCustomer" => {
            let mut call = client.create_customer();
            if let Some(v) = args.param::<bool>("disableAutomaticWorkflows")? {
                call = call.disable_automatic_workflows(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateCustomer>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getCustomer" => {
            let mut call = client.get_customer();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "getInfo" => {
            let mut call = client.get_info();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryItems" => {
            let mut call = client.query_items();
            if let Some(v) = args.param::<i32>("categoryId")? {
                call = call.category_id(v);
            }
            if let Some(v) = args
                .param::<::chrono::DateTime<::chrono::offset::Utc>>("changedSince")?
            {
                call = call.changed_since(v);
            }
            if let Some(v) = args
                .param::<::std::string::String>("isActiveOnSalesChannelId")?
            {
                call = call.is_active_on_sales_channel_id(v);
            }
            if let Some(v) = args.param::<i32>("manufacturerId")? {
                call = call.manufacturer_id(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageNumber")? {
                call = call.page_number(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageSize")? {
                call = call.page_size(v);
            }
            if let Some(v) = args.param::<i32>("parentItemId")? {
                call = call.parent_item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("searchKeyWord")? {
                call = call.search_key_word(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "getItem" => {
            let mut call = client.get_item();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "querySalesOrders" => {
            let mut call = client.query_sales_orders();
            if let Some(v) = args
                .param::<::chrono::DateTime<::chrono::offset::Utc>>("createdSince")?
            {
                call = call.created_since(v);
            }
            if let Some(v) = args
                .param::<::chrono::DateTime<::chrono::offset::Utc>>("createdUntil")?
            {
                call = call.created_until(v);
            }
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("externalOrderNumber")?
            {
                call = call.external_order_number(v);
            }
            if let Some(v) = args.param::<bool>("isCancelled")? {
                call = call.is_cancelled(v);
            }
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageNumber")? {
                call = call.page_number(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageSize")? {
                call = call.page_size(v);
            }
            if let Some(v) = args.param::<::std::string::String>("salesOrderNumber")? {
                call = call.sales_order_number(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "registerAppV2" => {
            let mut call = client.register_app_v2();
            if let Some(v) = args.body::<types::CreateAppRegistrationRequestV2>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "registerForeignAppV2" => {
            let mut call = client.register_foreign_app_v2();
            if let Some(v) = args.param::<::uuid::Uuid>("X-SessionId")? {
                call = call.x_session_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-companyid")? {
                call = call.x_companyid(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::RegisterForeignAppRequestV2>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "removeForeignAppByRegistrationIdV2" => {
            let mut call = client.remove_foreign_app_by_registration_id_v2();
            if let Some(v) = args.param::<::uuid::Uuid>("registrationId")? {
                call = call.registration_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-companyid")? {
                call = call.x_companyid(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateForeignAppByRegistrationIdV2" => {
            let mut call = client.update_foreign_app_by_registration_id_v2();
            if let Some(v) = args.param::<::uuid::Uuid>("registrationId")? {
                call = call.registration_id(v);
            }
            if let Some(v) = args.param::<::uuid::Uuid>("X-SessionId")? {
                call = call.x_session_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-companyid")? {
                call = call.x_companyid(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateAppRegistrationRequestV2>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "fetchRegistrationStatusV2" => {
            let mut call = client.fetch_registration_status_v2();
            if let Some(v) = args
                .param::<
                    types::FetchRegistrationStatusV2RegistrationId,
                >("registrationId")?
            {
                call = call.registration_id(v);
            }
            crate::outcome(call.send().await)
        }
        "registerMultiInstanceAppV2" => {
            let mut call = client.register_multi_instance_app_v2();
            if let Some(v) = args
                .param::<
                    types::RegisterMultiInstanceAppV2RegistrationId,
                >("registrationId")?
            {
                call = call.registration_id(v);
            }
            crate::outcome(call.send().await)
        }
        other => Err(format!("{other}: no such operation")),
    }
}
