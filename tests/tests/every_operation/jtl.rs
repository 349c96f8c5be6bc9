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
        "queryAccountingData" => {
            let mut call = client.query_accounting_data();
            if let Some(v) = args.param::<i32>("companyId")? {
                call = call.company_id(v);
            }
            if let Some(v) = args.param::<bool>("exportCurrencyInDepartureCountry")? {
                call = call.export_currency_in_departure_country(v);
            }
            if let Some(v) = args
                .param::<::chrono::DateTime<::chrono::offset::Utc>>("from")?
            {
                call = call.from(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageNumber")? {
                call = call.page_number(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageSize")? {
                call = call.page_size(v);
            }
            if let Some(v) = args
                .param::<::chrono::DateTime<::chrono::offset::Utc>>("to")?
            {
                call = call.to(v);
            }
            if let Some(v) = args
                .param::<apifleet::jtl::types::AccountingDataTypeFilter>("type")?
            {
                call = call.type_(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
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
        "queryAvailabilities" => {
            let mut call = client.query_availabilities();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryCancellationReasons" => {
            let mut call = client.query_cancellation_reasons();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryCategories" => {
            let mut call = client.query_categories();
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageNumber")? {
                call = call.page_number(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageSize")? {
                call = call.page_size(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createCategory" => {
            let mut call = client.create_category();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateCategory>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getCategory" => {
            let mut call = client.get_category();
            if let Some(v) = args.param::<i32>("categoryId")? {
                call = call.category_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateCategory" => {
            let mut call = client.update_category();
            if let Some(v) = args.param::<i32>("categoryId")? {
                call = call.category_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateCategory>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryCategoryDescriptions" => {
            let mut call = client.query_category_descriptions();
            if let Some(v) = args.param::<i32>("categoryId")? {
                call = call.category_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createCategoryDescription" => {
            let mut call = client.create_category_description();
            if let Some(v) = args.param::<i32>("categoryId")? {
                call = call.category_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateCategoryDescription>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteCategoryDescription" => {
            let mut call = client.delete_category_description();
            if let Some(v) = args.param::<i32>("categoryId")? {
                call = call.category_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("salesChannelId")? {
                call = call.sales_channel_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("languageIso")? {
                call = call.language_iso(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateCategoryDescription" => {
            let mut call = client.update_category_description();
            if let Some(v) = args.param::<i32>("categoryId")? {
                call = call.category_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("salesChannelId")? {
                call = call.sales_channel_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("languageIso")? {
                call = call.language_iso(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateCategoryDescription>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "addCategoryItems" => {
            let mut call = client.add_category_items();
            if let Some(v) = args.param::<i32>("categoryId")? {
                call = call.category_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<::std::vec::Vec<i32>>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryColorCodes" => {
            let mut call = client.query_color_codes();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryCompanies" => {
            let mut call = client.query_companies();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryConditions" => {
            let mut call = client.query_conditions();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "mailCreditNote" => {
            let mut call = client.mail_credit_note();
            if let Some(v) = args.param::<i32>("creditNoteId")? {
                call = call.credit_note_id(v);
            }
            if let Some(v) = args.param::<i32>("formId")? {
                call = call.form_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "creditNotePdf" => {
            let mut call = client.credit_note_pdf();
            if let Some(v) = args.param::<i32>("creditNoteId")? {
                call = call.credit_note_id(v);
            }
            if let Some(v) = args.param::<i32>("formId")? {
                call = call.form_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "printCreditNote" => {
            let mut call = client.print_credit_note();
            if let Some(v) = args.param::<i32>("creditNoteId")? {
                call = call.credit_note_id(v);
            }
            if let Some(v) = args.param::<i32>("formId")? {
                call = call.form_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("printer")? {
                call = call.printer(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryCustomerCategories" => {
            let mut call = client.query_customer_categories();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createCustomerCategory" => {
            let mut call = client.create_customer_category();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateCustomerCategory>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getCustomerCategory" => {
            let mut call = client.get_customer_category();
            if let Some(v) = args.param::<i32>("customercategoryId")? {
                call = call.customercategory_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteCustomerCategory" => {
            let mut call = client.delete_customer_category();
            if let Some(v) = args.param::<i32>("customercategoryId")? {
                call = call.customercategory_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateCustomerCategory" => {
            let mut call = client.update_customer_category();
            if let Some(v) = args.param::<i32>("customercategoryId")? {
                call = call.customercategory_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateCustomerCategory>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryCustomerGroups" => {
            let mut call = client.query_customer_groups();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createCustomerGroup" => {
            let mut call = client.create_customer_group();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateCustomerGroup>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getCustomerGroup" => {
            let mut call = client.get_customer_group();
            if let Some(v) = args.param::<i32>("customergroupId")? {
                call = call.customergroup_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteCustomerGroup" => {
            let mut call = client.delete_customer_group();
            if let Some(v) = args.param::<i32>("customergroupId")? {
                call = call.customergroup_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateCustomerGroup" => {
            let mut call = client.update_customer_group();
            if let Some(v) = args.param::<i32>("customergroupId")? {
                call = call.customergroup_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateCustomerGroup>()? {
                call = call.body(v);
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
        "queryCustomerCustomFields" => {
            let mut call = client.query_customer_custom_fields();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryCustomerWorkflowEvents" => {
            let mut call = client.query_customer_workflow_events();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
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
        "deleteCustomer" => {
            let mut call = client.delete_customer();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateCustomer" => {
            let mut call = client.update_customer();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<bool>("disableAutomaticWorkflows")? {
                call = call.disable_automatic_workflows(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateCustomer>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryCustomerBankAccounts" => {
            let mut call = client.query_customer_bank_accounts();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createCustomerBankAccount" => {
            let mut call = client.create_customer_bank_account();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateCustomerBankAccount>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getCustomerBankAccount" => {
            let mut call = client.get_customer_bank_account();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<i32>("customerBankAccountId")? {
                call = call.customer_bank_account_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteCustomerBankAccount" => {
            let mut call = client.delete_customer_bank_account();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<i32>("customerBankAccountId")? {
                call = call.customer_bank_account_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateCustomerBankAccount" => {
            let mut call = client.update_customer_bank_account();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<i32>("customerBankAccountId")? {
                call = call.customer_bank_account_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateCustomerBankAccount>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryCustomerContacts" => {
            let mut call = client.query_customer_contacts();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createCustomerContact" => {
            let mut call = client.create_customer_contact();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateCustomerContact>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getCustomerContact" => {
            let mut call = client.get_customer_contact();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<i32>("customerContactId")? {
                call = call.customer_contact_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteCustomerContact" => {
            let mut call = client.delete_customer_contact();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<i32>("customerContactId")? {
                call = call.customer_contact_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateCustomerContact" => {
            let mut call = client.update_customer_contact();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<i32>("customerContactId")? {
                call = call.customer_contact_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateCustomerContact>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryCustomerCustomFieldValues" => {
            let mut call = client.query_customer_custom_field_values();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteCustomerCustomField" => {
            let mut call = client.delete_customer_custom_field();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<i32>("customfieldId")? {
                call = call.customfield_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateCustomerCustomField" => {
            let mut call = client.update_customer_custom_field();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<i32>("customfieldId")? {
                call = call.customfield_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateCustomFieldValue>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryCustomerNotes" => {
            let mut call = client.query_customer_notes();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createCustomerNote" => {
            let mut call = client.create_customer_note();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateNote>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getCustomerNote" => {
            let mut call = client.get_customer_note();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<i32>("noteId")? {
                call = call.note_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteCustomerNote" => {
            let mut call = client.delete_customer_note();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<i32>("noteId")? {
                call = call.note_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateCustomerNote" => {
            let mut call = client.update_customer_note();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<i32>("noteId")? {
                call = call.note_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateNote>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "triggerCustomerWorkflow" => {
            let mut call = client.trigger_customer_workflow();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args
                .param::<apifleet::jtl::types::CustomerWorkflowEvent>("workflowEventId")?
            {
                call = call.workflow_event_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "triggerCustomerWorkflowEvent" => {
            let mut call = client.trigger_customer_workflow_event();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateWorkflowEvent>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryDeliveryNotes" => {
            let mut call = client.query_delivery_notes();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
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
            if let Some(v) = args.param::<i32>("salesOrderNumberId")? {
                call = call.sales_order_number_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateDeliveryNotePackage" => {
            let mut call = client.update_delivery_note_package();
            if let Some(v) = args.param::<i32>("packageId")? {
                call = call.package_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateDeliveryNotePackagePosting>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getDeliveryNote" => {
            let mut call = client.get_delivery_note();
            if let Some(v) = args.param::<i32>("deliveryNoteId")? {
                call = call.delivery_note_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "mailDeliveryNote" => {
            let mut call = client.mail_delivery_note();
            if let Some(v) = args.param::<i32>("deliveryNoteId")? {
                call = call.delivery_note_id(v);
            }
            if let Some(v) = args.param::<i32>("formId")? {
                call = call.form_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "deliveryNotePdf" => {
            let mut call = client.delivery_note_pdf();
            if let Some(v) = args.param::<i32>("deliveryNoteId")? {
                call = call.delivery_note_id(v);
            }
            if let Some(v) = args.param::<i32>("formId")? {
                call = call.form_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "printDeliveryNote" => {
            let mut call = client.print_delivery_note();
            if let Some(v) = args.param::<i32>("deliveryNoteId")? {
                call = call.delivery_note_id(v);
            }
            if let Some(v) = args.param::<i32>("formId")? {
                call = call.form_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("printer")? {
                call = call.printer(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "getDeliveryNotePackages" => {
            let mut call = client.get_delivery_note_packages();
            if let Some(v) = args.param::<i32>("deliveryNoteId")? {
                call = call.delivery_note_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createDeliveryNotePackages" => {
            let mut call = client.create_delivery_note_packages();
            if let Some(v) = args.param::<i32>("deliveryNoteId")? {
                call = call.delivery_note_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args
                .body::<::std::vec::Vec<types::CreateDeliveryNotePackagePosting>>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "triggerDeliveryNoteWorkflow" => {
            let mut call = client.trigger_delivery_note_workflow();
            if let Some(v) = args.param::<i32>("deliveryNoteId")? {
                call = call.delivery_note_id(v);
            }
            if let Some(v) = args
                .param::<
                    apifleet::jtl::types::DeliveryNoteWorkflowEvent,
                >("workflowEventId")?
            {
                call = call.workflow_event_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "getFeatures" => {
            let call = client.get_features();
            crate::outcome(call.send().await)
        }
        "getInfo" => {
            let mut call = client.get_info();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryInvoices" => {
            let mut call = client.query_invoices();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("externalOrderNumber")?
            {
                call = call.external_order_number(v);
            }
            if let Some(v) = args.param::<::std::string::String>("invoiceNumber")? {
                call = call.invoice_number(v);
            }
            if let Some(v) = args.param::<bool>("isExternalInvoice")? {
                call = call.is_external_invoice(v);
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
            if let Some(v) = args
                .param::<apifleet::jtl::types::PaymentStatus>("paymentStatus")?
            {
                call = call.payment_status(v);
            }
            if let Some(v) = args.param::<::std::string::String>("salesOrderNumber")? {
                call = call.sales_order_number(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryInvoiceCancellationReasons" => {
            let mut call = client.query_invoice_cancellation_reasons();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryInvoiceWorkflowEvents" => {
            let mut call = client.query_invoice_workflow_events();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "getInvoice" => {
            let mut call = client.get_invoice();
            if let Some(v) = args.param::<i32>("invoiceId")? {
                call = call.invoice_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryInvoiceLineItems" => {
            let mut call = client.query_invoice_line_items();
            if let Some(v) = args.param::<i32>("invoiceId")? {
                call = call.invoice_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "mailInvoice" => {
            let mut call = client.mail_invoice();
            if let Some(v) = args.param::<i32>("invoiceId")? {
                call = call.invoice_id(v);
            }
            if let Some(v) = args.param::<i32>("formId")? {
                call = call.form_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "invoicePdf" => {
            let mut call = client.invoice_pdf();
            if let Some(v) = args.param::<i32>("invoiceId")? {
                call = call.invoice_id(v);
            }
            if let Some(v) = args.param::<i32>("formId")? {
                call = call.form_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "printInvoice" => {
            let mut call = client.print_invoice();
            if let Some(v) = args.param::<i32>("invoiceId")? {
                call = call.invoice_id(v);
            }
            if let Some(v) = args.param::<i32>("formId")? {
                call = call.form_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("printer")? {
                call = call.printer(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "triggerInvoiceWorkflow" => {
            let mut call = client.trigger_invoice_workflow();
            if let Some(v) = args.param::<i32>("invoiceId")? {
                call = call.invoice_id(v);
            }
            if let Some(v) = args
                .param::<apifleet::jtl::types::InvoiceWorkflowEvent>("workflowEventId")?
            {
                call = call.workflow_event_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "triggerInvoiceWorkflowEvent" => {
            let mut call = client.trigger_invoice_workflow_event();
            if let Some(v) = args.param::<i32>("invoiceId")? {
                call = call.invoice_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateWorkflowEvent>()? {
                call = call.body(v);
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
        "createItem" => {
            let mut call = client.create_item();
            if let Some(v) = args.param::<bool>("disableAutomaticWorkflows")? {
                call = call.disable_automatic_workflows(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateItem>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryItemCustomFields" => {
            let mut call = client.query_item_custom_fields();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryItemImageData" => {
            let mut call = client.query_item_image_data();
            if let Some(v) = args.param::<i32>("imageId")? {
                call = call.image_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryItemWorkflowEvents" => {
            let mut call = client.query_item_workflow_events();
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
        "updateItem" => {
            let mut call = client.update_item();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<bool>("disableAutomaticWorkflows")? {
                call = call.disable_automatic_workflows(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateItem>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "assignChildItemToParent" => {
            let mut call = client.assign_child_item_to_parent();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<i32>("childItemId")? {
                call = call.child_item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<::std::vec::Vec<i32>>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryItemCustomerPrices" => {
            let mut call = client.query_item_customer_prices();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createItemCustomerPrice" => {
            let mut call = client.create_item_customer_price();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateItemCustomerPrice>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteItemCustomerPrice" => {
            let mut call = client.delete_item_customer_price();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<i32>("fromQuantity")? {
                call = call.from_quantity(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateItemCustomerPrice" => {
            let mut call = client.update_item_customer_price();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<i32>("fromQuantity")? {
                call = call.from_quantity(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateItemCustomerPrice>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryItemCustomFieldValues" => {
            let mut call = client.query_item_custom_field_values();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteItemCustomField" => {
            let mut call = client.delete_item_custom_field();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<i32>("customfieldId")? {
                call = call.customfield_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateItemCustomField" => {
            let mut call = client.update_item_custom_field();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<i32>("customfieldId")? {
                call = call.customfield_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateCustomFieldValue>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryItemDescriptions" => {
            let mut call = client.query_item_descriptions();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createItemDescription" => {
            let mut call = client.create_item_description();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateItemDescription>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteItemDescription" => {
            let mut call = client.delete_item_description();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("salesChannelId")? {
                call = call.sales_channel_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("languageIso")? {
                call = call.language_iso(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateItemDescription" => {
            let mut call = client.update_item_description();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("salesChannelId")? {
                call = call.sales_channel_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("languageIso")? {
                call = call.language_iso(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateItemDescription>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryItemImages" => {
            let mut call = client.query_item_images();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createItemImage" => {
            let mut call = client.create_item_image();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateItemImage>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteItemImage" => {
            let mut call = client.delete_item_image();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<i32>("imageId")? {
                call = call.image_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateItemImage" => {
            let mut call = client.update_item_image();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<i32>("imageId")? {
                call = call.image_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateItemImage>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryItemProperties" => {
            let mut call = client.query_item_properties();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createItemProperty" => {
            let mut call = client.create_item_property();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateItemPropertyValue>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteItemProperty" => {
            let mut call = client.delete_item_property();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<i32>("propertyValueId")? {
                call = call.property_value_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryItemSalesChannelPrice" => {
            let mut call = client.query_item_sales_channel_price();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createItemSalesChannelPrice" => {
            let mut call = client.create_item_sales_channel_price();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateItemSalesChannelPrice>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteItemSalesChannelPrice" => {
            let mut call = client.delete_item_sales_channel_price();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("salesChannelId")? {
                call = call.sales_channel_id(v);
            }
            if let Some(v) = args.param::<i32>("customerGroupId")? {
                call = call.customer_group_id(v);
            }
            if let Some(v) = args.param::<i32>("fromQuantity")? {
                call = call.from_quantity(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateItemSalesChannelPrice" => {
            let mut call = client.update_item_sales_channel_price();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("salesChannelId")? {
                call = call.sales_channel_id(v);
            }
            if let Some(v) = args.param::<i32>("customerGroupId")? {
                call = call.customer_group_id(v);
            }
            if let Some(v) = args.param::<i32>("fromQuantity")? {
                call = call.from_quantity(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateItemSalesChannelPrice>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryItemSpecialPrice" => {
            let mut call = client.query_item_special_price();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateItemSpecialPrice" => {
            let mut call = client.update_item_special_price();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateItemSpecialPrice>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryItemSuppliers" => {
            let mut call = client.query_item_suppliers();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createItemSupplier" => {
            let mut call = client.create_item_supplier();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateItemSupplier>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteItemSupplier" => {
            let mut call = client.delete_item_supplier();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<i32>("supplierId")? {
                call = call.supplier_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateItemSupplier" => {
            let mut call = client.update_item_supplier();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<i32>("supplierId")? {
                call = call.supplier_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateItemSupplier>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryItemVariations" => {
            let mut call = client.query_item_variations();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createItemVariation" => {
            let mut call = client.create_item_variation();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateItemVariation>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteItemVariation" => {
            let mut call = client.delete_item_variation();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<i32>("variationId")? {
                call = call.variation_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateItemVariation" => {
            let mut call = client.update_item_variation();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<i32>("variationId")? {
                call = call.variation_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateItemVariation>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryItemVariationValues" => {
            let mut call = client.query_item_variation_values();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<i32>("variationId")? {
                call = call.variation_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createItemVariationValue" => {
            let mut call = client.create_item_variation_value();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<i32>("variationId")? {
                call = call.variation_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateItemVariationValue>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteItemVariationValue" => {
            let mut call = client.delete_item_variation_value();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<i32>("variationId")? {
                call = call.variation_id(v);
            }
            if let Some(v) = args.param::<i32>("variationValueId")? {
                call = call.variation_value_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateItemVariationValue" => {
            let mut call = client.update_item_variation_value();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<i32>("variationId")? {
                call = call.variation_id(v);
            }
            if let Some(v) = args.param::<i32>("variationValueId")? {
                call = call.variation_value_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateItemVariationValue>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "triggerItemWorkflow" => {
            let mut call = client.trigger_item_workflow();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args
                .param::<apifleet::jtl::types::ItemWorkflowEvent>("workflowEventId")?
            {
                call = call.workflow_event_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "triggerItemWorkflowEvent" => {
            let mut call = client.trigger_item_workflow_event();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateWorkflowEvent>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryManufacturers" => {
            let mut call = client.query_manufacturers();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "getODataMetadata" => {
            let call = client.get_o_data_metadata();
            crate::outcome(call.send().await)
        }
        "mailOffer" => {
            let mut call = client.mail_offer();
            if let Some(v) = args.param::<i32>("offerId")? {
                call = call.offer_id(v);
            }
            if let Some(v) = args.param::<i32>("formId")? {
                call = call.form_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "offerPdf" => {
            let mut call = client.offer_pdf();
            if let Some(v) = args.param::<i32>("offerId")? {
                call = call.offer_id(v);
            }
            if let Some(v) = args.param::<i32>("formId")? {
                call = call.form_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "printOffer" => {
            let mut call = client.print_offer();
            if let Some(v) = args.param::<i32>("offerId")? {
                call = call.offer_id(v);
            }
            if let Some(v) = args.param::<i32>("formId")? {
                call = call.form_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("printer")? {
                call = call.printer(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryOnHoldReasons" => {
            let mut call = client.query_on_hold_reasons();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryPaymentMethods" => {
            let mut call = client.query_payment_methods();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryInstalledPrinters" => {
            let mut call = client.query_installed_printers();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryProductGroups" => {
            let mut call = client.query_product_groups();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryProperties" => {
            let mut call = client.query_properties();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createProperty" => {
            let mut call = client.create_property();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateProperty>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryPropertyGroups" => {
            let mut call = client.query_property_groups();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createPropertyGroup" => {
            let mut call = client.create_property_group();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreatePropertyGroup>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryPropertyValues" => {
            let mut call = client.query_property_values();
            if let Some(v) = args.param::<i32>("propertyId")? {
                call = call.property_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createPropertyValue" => {
            let mut call = client.create_property_value();
            if let Some(v) = args.param::<i32>("propertyId")? {
                call = call.property_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreatePropertyValue>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deletePropertyValue" => {
            let mut call = client.delete_property_value();
            if let Some(v) = args.param::<i32>("propertyId")? {
                call = call.property_id(v);
            }
            if let Some(v) = args.param::<i32>("propertyValueId")? {
                call = call.property_value_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updatePropertyValue" => {
            let mut call = client.update_property_value();
            if let Some(v) = args.param::<i32>("propertyId")? {
                call = call.property_id(v);
            }
            if let Some(v) = args.param::<i32>("propertyValueId")? {
                call = call.property_value_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdatePropertyValue>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryPropertyValueDescriptions" => {
            let mut call = client.query_property_value_descriptions();
            if let Some(v) = args.param::<i32>("propertyId")? {
                call = call.property_id(v);
            }
            if let Some(v) = args.param::<i32>("propertyValueId")? {
                call = call.property_value_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createPropertyValueDescription" => {
            let mut call = client.create_property_value_description();
            if let Some(v) = args.param::<i32>("propertyId")? {
                call = call.property_id(v);
            }
            if let Some(v) = args.param::<i32>("propertyValueId")? {
                call = call.property_value_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreatePropertyValueDescription>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deletePropertyValueDescription" => {
            let mut call = client.delete_property_value_description();
            if let Some(v) = args.param::<i32>("propertyId")? {
                call = call.property_id(v);
            }
            if let Some(v) = args.param::<i32>("propertyValueId")? {
                call = call.property_value_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("languageIso")? {
                call = call.language_iso(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updatePropertyValueDescription" => {
            let mut call = client.update_property_value_description();
            if let Some(v) = args.param::<i32>("propertyId")? {
                call = call.property_id(v);
            }
            if let Some(v) = args.param::<i32>("propertyValueId")? {
                call = call.property_value_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("languageIso")? {
                call = call.language_iso(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdatePropertyValueDescription>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryRefundCancellationReasons" => {
            let mut call = client.query_refund_cancellation_reasons();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryResponsiblePersons" => {
            let mut call = client.query_responsible_persons();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryReturnReasons" => {
            let mut call = client.query_return_reasons();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryReturnStates" => {
            let mut call = client.query_return_states();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryReturns" => {
            let mut call = client.query_returns();
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageNumber")? {
                call = call.page_number(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageSize")? {
                call = call.page_size(v);
            }
            if let Some(v) = args.param::<::std::string::String>("returnNumber")? {
                call = call.return_number(v);
            }
            if let Some(v) = args.param::<i32>("returnStateId")? {
                call = call.return_state_id(v);
            }
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createReturn" => {
            let mut call = client.create_return();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateReturn>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "getReturn" => {
            let mut call = client.get_return();
            if let Some(v) = args.param::<i32>("returnId")? {
                call = call.return_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryReturnLineItems" => {
            let mut call = client.query_return_line_items();
            if let Some(v) = args.param::<i32>("returnId")? {
                call = call.return_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryReturnPackages" => {
            let mut call = client.query_return_packages();
            if let Some(v) = args.param::<i32>("returnId")? {
                call = call.return_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "getSalesChannels" => {
            let mut call = client.get_sales_channels();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "querySalesOrders" => {
            let mut call = client.query_sales_orders();
            if let Some(v) = args.param::<::std::string::String>("billingNumber")? {
                call = call.billing_number(v);
            }
            if let Some(v) = args.param::<i32>("colorId")? {
                call = call.color_id(v);
            }
            if let Some(v) = args.param::<i32>("companyId")? {
                call = call.company_id(v);
            }
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
            if let Some(v) = args.param::<i32>("createdUserId")? {
                call = call.created_user_id(v);
            }
            if let Some(v) = args.param::<i32>("customerId")? {
                call = call.customer_id(v);
            }
            if let Some(v) = args
                .param::<::chrono::DateTime<::chrono::offset::Utc>>("deliveredDate")?
            {
                call = call.delivered_date(v);
            }
            if let Some(v) = args
                .param::<
                    apifleet::jtl::types::DeliveryCompleteStatus,
                >("deliveryCompleteStatus")?
            {
                call = call.delivery_complete_status(v);
            }
            if let Some(v) = args.param::<::std::string::String>("ebayUsername")? {
                call = call.ebay_username(v);
            }
            if let Some(v) = args.param::<::std::string::String>("externalOrderNumber")?
            {
                call = call.external_order_number(v);
            }
            if let Some(v) = args.param::<bool>("isCancelled")? {
                call = call.is_cancelled(v);
            }
            if let Some(v) = args.param::<bool>("isExternalInvoice")? {
                call = call.is_external_invoice(v);
            }
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<i32>("onHoldReasonId")? {
                call = call.on_hold_reason_id(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageNumber")? {
                call = call.page_number(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageSize")? {
                call = call.page_size(v);
            }
            if let Some(v) = args.param::<i32>("paymentMethodId")? {
                call = call.payment_method_id(v);
            }
            if let Some(v) = args
                .param::<apifleet::jtl::types::PaymentStatus>("paymentStatus")?
            {
                call = call.payment_status(v);
            }
            if let Some(v) = args.param::<::std::string::String>("salesChannelId")? {
                call = call.sales_channel_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("salesOrderNumber")? {
                call = call.sales_order_number(v);
            }
            if let Some(v) = args.param::<i32>("shippingMethodId")? {
                call = call.shipping_method_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createSalesOrder" => {
            let mut call = client.create_sales_order();
            if let Some(v) = args.param::<bool>("disableAutomaticWorkflows")? {
                call = call.disable_automatic_workflows(v);
            }
            if let Some(v) = args
                .param::<bool>("renameSalesOrderNumberWhenAlreadyExists")?
            {
                call = call.rename_sales_order_number_when_already_exists(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateSalesOrder>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "querySalesOrderCancellationReasons" => {
            let mut call = client.query_sales_order_cancellation_reasons();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "querySalesOrderCustomFields" => {
            let mut call = client.query_sales_order_custom_fields();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "querySalesOrderWorkflowEvents" => {
            let mut call = client.query_sales_order_workflow_events();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "getSalesOrder" => {
            let mut call = client.get_sales_order();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateSalesOrder" => {
            let mut call = client.update_sales_order();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<bool>("disableAutomaticWorkflows")? {
                call = call.disable_automatic_workflows(v);
            }
            if let Some(v) = args
                .param::<apifleet::jtl::types::TaxRecalculation>("recalculateTax")?
            {
                call = call.recalculate_tax(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateSalesOrder>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "cancelSalesOrder" => {
            let mut call = client.cancel_sales_order();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateSalesOrderCancellationDetails>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "querySalesOrderCustomFieldValues" => {
            let mut call = client.query_sales_order_custom_field_values();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteSalesOrderCustomField" => {
            let mut call = client.delete_sales_order_custom_field();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<i32>("customfieldId")? {
                call = call.customfield_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateSalesOrderCustomField" => {
            let mut call = client.update_sales_order_custom_field();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<i32>("customfieldId")? {
                call = call.customfield_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateCustomFieldValue>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "querySalesOrderFiles" => {
            let mut call = client.query_sales_order_files();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createSalesOrderFile" => {
            let mut call = client.create_sales_order_file();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateFile>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "querySalesOrderFileData" => {
            let mut call = client.query_sales_order_file_data();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<i32>("salesOrderFileId")? {
                call = call.sales_order_file_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteSalesOrderFile" => {
            let mut call = client.delete_sales_order_file();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<i32>("salesOrderFileId")? {
                call = call.sales_order_file_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateSalesOrderFile" => {
            let mut call = client.update_sales_order_file();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<i32>("salesOrderFileId")? {
                call = call.sales_order_file_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateFile>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "querySalesOrderLineItems" => {
            let mut call = client.query_sales_order_line_items();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createSalesOrderLineItems" => {
            let mut call = client.create_sales_order_line_items();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args
                .body::<::std::vec::Vec<types::CreateSalesOrderLineItem>>()?
            {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteSalesOrderLineItem" => {
            let mut call = client.delete_sales_order_line_item();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<i32>("salesOrderLineItemId")? {
                call = call.sales_order_line_item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateSalesOrderLineItem" => {
            let mut call = client.update_sales_order_line_item();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<i32>("salesOrderLineItemId")? {
                call = call.sales_order_line_item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateSalesOrderLineItem>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "querySalesOrderLineItemFiles" => {
            let mut call = client.query_sales_order_line_item_files();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<i32>("salesOrderLineItemId")? {
                call = call.sales_order_line_item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createSalesOrderLineItemFile" => {
            let mut call = client.create_sales_order_line_item_file();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<i32>("salesOrderLineItemId")? {
                call = call.sales_order_line_item_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateFile>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "querySalesOrderLineItemFileData" => {
            let mut call = client.query_sales_order_line_item_file_data();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<i32>("salesOrderLineItemId")? {
                call = call.sales_order_line_item_id(v);
            }
            if let Some(v) = args.param::<i32>("salesOrderLineItemFileId")? {
                call = call.sales_order_line_item_file_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteSalesOrderLineItemFile" => {
            let mut call = client.delete_sales_order_line_item_file();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<i32>("salesOrderLineItemId")? {
                call = call.sales_order_line_item_id(v);
            }
            if let Some(v) = args.param::<i32>("salesOrderLineItemFileId")? {
                call = call.sales_order_line_item_file_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateSalesOrderLineItemFile" => {
            let mut call = client.update_sales_order_line_item_file();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<i32>("salesOrderLineItemId")? {
                call = call.sales_order_line_item_id(v);
            }
            if let Some(v) = args.param::<i32>("salesOrderLineItemFileId")? {
                call = call.sales_order_line_item_file_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateSalesOrderLineItemFile>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "querySalesOrderNotes" => {
            let mut call = client.query_sales_order_notes();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createSalesOrderNote" => {
            let mut call = client.create_sales_order_note();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateNote>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "deleteSalesOrderNote" => {
            let mut call = client.delete_sales_order_note();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<i32>("noteId")? {
                call = call.note_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "updateSalesOrderNote" => {
            let mut call = client.update_sales_order_note();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<i32>("noteId")? {
                call = call.note_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::UpdateNote>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "mailSalesOrder" => {
            let mut call = client.mail_sales_order();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<i32>("formId")? {
                call = call.form_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "salesOrderPdf" => {
            let mut call = client.sales_order_pdf();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<i32>("formId")? {
                call = call.form_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "printSalesOrder" => {
            let mut call = client.print_sales_order();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<i32>("formId")? {
                call = call.form_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("printer")? {
                call = call.printer(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "triggerSalesOrderWorkflow" => {
            let mut call = client.trigger_sales_order_workflow();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args
                .param::<
                    apifleet::jtl::types::SalesOrderWorkflowEvent,
                >("workflowEventId")?
            {
                call = call.workflow_event_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "triggerSalesOrderWorkflowEvent" => {
            let mut call = client.trigger_sales_order_workflow_event();
            if let Some(v) = args.param::<i32>("salesOrderId")? {
                call = call.sales_order_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateWorkflowEvent>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryShippingClasses" => {
            let mut call = client.query_shipping_classes();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryShippingMethods" => {
            let mut call = client.query_shipping_methods();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryStocksPerItem" => {
            let mut call = client.query_stocks_per_item();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageNumber")? {
                call = call.page_number(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageSize")? {
                call = call.page_size(v);
            }
            if let Some(v) = args.param::<i32>("storageLocationId")? {
                call = call.storage_location_id(v);
            }
            if let Some(v) = args.param::<i32>("warehouseId")? {
                call = call.warehouse_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "adjustStock" => {
            let mut call = client.adjust_stock();
            if let Some(v) = args.param::<bool>("disableAutomaticWorkflows")? {
                call = call.disable_automatic_workflows(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreateStock>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryStockChanges" => {
            let mut call = client.query_stock_changes();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageNumber")? {
                call = call.page_number(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageSize")? {
                call = call.page_size(v);
            }
            if let Some(v) = args
                .param::<::chrono::DateTime<::chrono::offset::Utc>>("startDate")?
            {
                call = call.start_date(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "querySerialNumberPerWarehouse" => {
            let mut call = client.query_serial_number_per_warehouse();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageNumber")? {
                call = call.page_number(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageSize")? {
                call = call.page_size(v);
            }
            if let Some(v) = args.param::<i32>("warehouseId")? {
                call = call.warehouse_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "querySuppliers" => {
            let mut call = client.query_suppliers();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "getTaxForItem" => {
            let mut call = client.get_tax_for_item();
            if let Some(v) = args.param::<i32>("itemId")? {
                call = call.item_id(v);
            }
            if let Some(v) = args.param::<i32>("companyId")? {
                call = call.company_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("departureCountryISO")?
            {
                call = call.departure_country_iso(v);
            }
            if let Some(v) = args.param::<::std::string::String>("shipmentCountryISO")? {
                call = call.shipment_country_iso(v);
            }
            if let Some(v) = args.param::<::std::string::String>("invoiceCountryISO")? {
                call = call.invoice_country_iso(v);
            }
            if let Some(v) = args
                .param::<::std::string::String>("invoiceCountryStateISO")?
            {
                call = call.invoice_country_state_iso(v);
            }
            if let Some(v) = args
                .param::<::std::string::String>("shipmentCountryStateISO")?
            {
                call = call.shipment_country_state_iso(v);
            }
            if let Some(v) = args.param::<::std::string::String>("taxNumber")? {
                call = call.tax_number(v);
            }
            crate::outcome(call.send().await)
        }
        "getTaxForTaxClass" => {
            let mut call = client.get_tax_for_tax_class();
            if let Some(v) = args.param::<i32>("taxClassId")? {
                call = call.tax_class_id(v);
            }
            if let Some(v) = args.param::<i32>("companyId")? {
                call = call.company_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("departureCountryISO")?
            {
                call = call.departure_country_iso(v);
            }
            if let Some(v) = args.param::<::std::string::String>("shipmentCountryISO")? {
                call = call.shipment_country_iso(v);
            }
            if let Some(v) = args.param::<::std::string::String>("invoiceCountryISO")? {
                call = call.invoice_country_iso(v);
            }
            if let Some(v) = args
                .param::<::std::string::String>("invoiceCountryStateISO")?
            {
                call = call.invoice_country_state_iso(v);
            }
            if let Some(v) = args
                .param::<::std::string::String>("shipmentCountryStateISO")?
            {
                call = call.shipment_country_state_iso(v);
            }
            if let Some(v) = args.param::<::std::string::String>("taxNumber")? {
                call = call.tax_number(v);
            }
            crate::outcome(call.send().await)
        }
        "queryTaxClasses" => {
            let mut call = client.query_tax_classes();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryTransactionStatus" => {
            let mut call = client.query_transaction_status();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryWarehouses" => {
            let mut call = client.query_warehouses();
            if let Some(v) = args.param::<bool>("isActive")? {
                call = call.is_active(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageNumber")? {
                call = call.page_number(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageSize")? {
                call = call.page_size(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryStorageLocationType" => {
            let mut call = client.query_storage_location_type();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryWarehouseTypes" => {
            let mut call = client.query_warehouse_types();
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryStorageLocations" => {
            let mut call = client.query_storage_locations();
            if let Some(v) = args.param::<i32>("warehouseId")? {
                call = call.warehouse_id(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageNumber")? {
                call = call.page_number(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageSize")? {
                call = call.page_size(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryPickListTemplate" => {
            let mut call = client.query_pick_list_template();
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageNumber")? {
                call = call.page_number(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageSize")? {
                call = call.page_size(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "queryPickList" => {
            let mut call = client.query_pick_list();
            if let Some(v) = args.param::<i32>("warehouseId")? {
                call = call.warehouse_id(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageNumber")? {
                call = call.page_number(v);
            }
            if let Some(v) = args.param::<::std::num::NonZeroU32>("pageSize")? {
                call = call.page_size(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            crate::outcome(call.send().await)
        }
        "createPickList" => {
            let mut call = client.create_pick_list();
            if let Some(v) = args.param::<i32>("warehouseId")? {
                call = call.warehouse_id(v);
            }
            if let Some(v) = args.param::<::std::string::String>("x-runas")? {
                call = call.x_runas(v);
            }
            if let Some(v) = args.body::<types::CreatePickList>()? {
                call = call.body(v);
            }
            crate::outcome(call.send().await)
        }
        "queryPickListPosition" => {
            let mut call = client.query_pick_list_position();
            if let Some(v) = args.param::<i32>("warehouseId")? {
                call = call.warehouse_id(v);
            }
            if let Some(v) = args.param::<i32>("picklistId")? {
                call = call.picklist_id(v);
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
