// Generated from `openapi/jtl-erp.yaml` by `cargo xtask generate` (progenitor 0.15.1).
// Do not edit: change the spec or xtask/src/providers.rs, then run `cargo xtask generate`.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Address`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Address {
        #[serde(
            rename = "Address2",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub address2: ::std::option::Option<::std::string::String>,
        #[serde(rename = "City", skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Company",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub company: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Company2",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub company2: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "CountryIso",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub country_iso: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "EmailAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub email_address: ::std::option::Option<::std::string::String>,
        #[serde(rename = "Fax", skip_serializing_if = "::std::option::Option::is_none")]
        pub fax: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "FirstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub first_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "FormOfAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub form_of_address: ::std::option::Option<::std::string::String>,
        #[serde(rename = "Id", skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i32>,
        #[serde(
            rename = "LastName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "MobilePhoneNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mobile_phone_number: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "PhoneNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub phone_number: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "PostalCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub postal_code: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "State",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub state: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Street",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub street: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Title",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "VatID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vat_id: ::std::option::Option<::std::string::String>,
    }
    impl Address {
        pub fn builder() -> builder::Address {
            Default::default()
        }
    }
    ///JTL names this schema `Status`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ApiStatus {
        #[serde(
            rename = "Tenant",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tenant: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Timestamp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub timestamp: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(rename = "Type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Version",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub version: ::std::option::Option<::std::string::String>,
    }
    impl ApiStatus {
        pub fn builder() -> builder::ApiStatus {
            Default::default()
        }
    }
    ///`AppToken`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct AppToken {
        ///The API key; shown once.
        #[serde(rename = "ApiKey")]
        pub api_key: ::std::string::String,
    }
    impl AppToken {
        pub fn builder() -> builder::AppToken {
            Default::default()
        }
    }
    ///`AppTokenV2`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct AppTokenV2 {
        #[serde(rename = "apiKey")]
        pub api_key: ::std::string::String,
    }
    impl AppTokenV2 {
        pub fn builder() -> builder::AppTokenV2 {
            Default::default()
        }
    }
    ///`CreateAddress`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateAddress {
        #[serde(
            rename = "Address2",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub address2: ::std::option::Option<::std::string::String>,
        #[serde(rename = "City")]
        pub city: CreateAddressCity,
        #[serde(
            rename = "Company",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub company: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Company2",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub company2: ::std::option::Option<::std::string::String>,
        #[serde(rename = "CountryIso")]
        pub country_iso: CreateAddressCountryIso,
        #[serde(
            rename = "EmailAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub email_address: ::std::option::Option<::std::string::String>,
        #[serde(rename = "Fax", skip_serializing_if = "::std::option::Option::is_none")]
        pub fax: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "FirstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub first_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "FormOfAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub form_of_address: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "LastName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "MobilePhoneNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mobile_phone_number: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "PhoneNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub phone_number: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "PostalCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub postal_code: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "State",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub state: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Street",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub street: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Title",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "VatID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vat_id: ::std::option::Option<::std::string::String>,
    }
    impl CreateAddress {
        pub fn builder() -> builder::CreateAddress {
            Default::default()
        }
    }
    ///`CreateAddressCity`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct CreateAddressCity(::std::string::String);
    impl ::std::ops::Deref for CreateAddressCity {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateAddressCity> for ::std::string::String {
        fn from(value: CreateAddressCity) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateAddressCity {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateAddressCity {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateAddressCity {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateAddressCity {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CreateAddressCountryIso`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct CreateAddressCountryIso(::std::string::String);
    impl ::std::ops::Deref for CreateAddressCountryIso {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateAddressCountryIso> for ::std::string::String {
        fn from(value: CreateAddressCountryIso) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateAddressCountryIso {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 5usize {
                return Err("longer than 5 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateAddressCountryIso {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateAddressCountryIso {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateAddressCountryIso {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The registration request's data.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateAppRegistrationRequest {
        #[serde(rename = "AppIcon")]
        pub app_icon: apifleet_runtime::Base64Bytes,
        ///Unique identifier of the application, e.g. "myApp/v1".
        #[serde(rename = "AppId")]
        pub app_id: CreateAppRegistrationRequestAppId,
        ///Default description of the application.
        #[serde(rename = "Description")]
        pub description: ::std::string::String,
        ///Default display name of the application.
        #[serde(rename = "DisplayName")]
        pub display_name: ::std::string::String,
        #[serde(
            rename = "LocalizedDescriptions",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub localized_descriptions: ::std::vec::Vec<CreateTranslation>,
        #[serde(
            rename = "LocalizedDisplayNames",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub localized_display_names: ::std::vec::Vec<CreateTranslation>,
        ///API scopes the application needs to work.
        #[serde(rename = "MandatoryApiScopes")]
        pub mandatory_api_scopes: ::std::vec::Vec<::std::string::String>,
        ///Optional (recommended) API scopes.
        #[serde(
            rename = "OptionalApiScopes",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub optional_api_scopes: ::std::vec::Vec<::std::string::String>,
        ///Name of the application's provider.
        #[serde(rename = "ProviderName")]
        pub provider_name: ::std::string::String,
        ///Website of the application's provider.
        #[serde(rename = "ProviderWebsite")]
        pub provider_website: ::std::string::String,
        #[serde(
            rename = "RegistrationType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub registration_type: ::std::option::Option<crate::enums::RegistrationType>,
        #[serde(
            rename = "Signature",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub signature: ::std::option::Option<apifleet_runtime::Base64Bytes>,
        ///UTC time the signature covers; must be within 10 minutes of the server's time.
        #[serde(
            rename = "SignatureData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub signature_data: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Version of the application to be registered.
        #[serde(rename = "Version")]
        pub version: ::std::string::String,
    }
    impl CreateAppRegistrationRequest {
        pub fn builder() -> builder::CreateAppRegistrationRequest {
            Default::default()
        }
    }
    ///Unique identifier of the application, e.g. "myApp/v1".
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct CreateAppRegistrationRequestAppId(::std::string::String);
    impl ::std::ops::Deref for CreateAppRegistrationRequestAppId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateAppRegistrationRequestAppId>
    for ::std::string::String {
        fn from(value: CreateAppRegistrationRequestAppId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateAppRegistrationRequestAppId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateAppRegistrationRequestAppId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateAppRegistrationRequestAppId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateAppRegistrationRequestAppId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CreateAppRegistrationRequestV2`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateAppRegistrationRequestV2 {
        #[serde(rename = "appIcon")]
        pub app_icon: apifleet_runtime::Base64Bytes,
        #[serde(rename = "appId")]
        pub app_id: CreateAppRegistrationRequestV2AppId,
        pub description: ::std::string::String,
        #[serde(rename = "displayName")]
        pub display_name: ::std::string::String,
        #[serde(
            rename = "localizedDescriptions",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub localized_descriptions: ::std::vec::Vec<CreateTranslationV2>,
        #[serde(
            rename = "localizedDisplayNames",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub localized_display_names: ::std::vec::Vec<CreateTranslationV2>,
        #[serde(rename = "mandatoryApiScopes")]
        pub mandatory_api_scopes: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "optionalApiScopes",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub optional_api_scopes: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "providerName")]
        pub provider_name: ::std::string::String,
        #[serde(rename = "providerWebsite")]
        pub provider_website: ::std::string::String,
        #[serde(
            rename = "registrationType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub registration_type: ::std::option::Option<crate::enums::RegistrationType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub signature: ::std::option::Option<apifleet_runtime::Base64Bytes>,
        #[serde(
            rename = "signatureData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub signature_data: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        pub version: ::std::string::String,
    }
    impl CreateAppRegistrationRequestV2 {
        pub fn builder() -> builder::CreateAppRegistrationRequestV2 {
            Default::default()
        }
    }
    ///`CreateAppRegistrationRequestV2AppId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct CreateAppRegistrationRequestV2AppId(::std::string::String);
    impl ::std::ops::Deref for CreateAppRegistrationRequestV2AppId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateAppRegistrationRequestV2AppId>
    for ::std::string::String {
        fn from(value: CreateAppRegistrationRequestV2AppId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateAppRegistrationRequestV2AppId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateAppRegistrationRequestV2AppId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateAppRegistrationRequestV2AppId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateAppRegistrationRequestV2AppId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CreateCustomer`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateCustomer {
        #[serde(
            rename = "AccountsReceivableNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub accounts_receivable_number: ::std::option::Option<i32>,
        #[serde(rename = "BillingAddress")]
        pub billing_address: CreateAddress,
        #[serde(
            rename = "Birthday",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub birthday: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(
            rename = "CommercialRegisterNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub commercial_register_number: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "CustomAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_address: ::std::option::Option<CreateAddress>,
        #[serde(
            rename = "CustomerCategoryId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub customer_category_id: ::std::option::Option<i32>,
        #[serde(rename = "CustomerGroupId")]
        pub customer_group_id: i32,
        #[serde(
            rename = "CustomerSince",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub customer_since: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(
            rename = "EbayUsername",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ebay_username: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "InitialContact",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub initial_contact: ::std::option::Option<::std::string::String>,
        #[serde(rename = "InternalCompanyId")]
        pub internal_company_id: i32,
        #[serde(
            rename = "IsCashRegisterBased",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_cash_register_based: ::std::option::Option<bool>,
        #[serde(
            rename = "IsLocked",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_locked: ::std::option::Option<bool>,
        ///e.g. "DE"
        #[serde(rename = "LanguageIso")]
        pub language_iso: CreateCustomerLanguageIso,
        #[serde(
            rename = "Number",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub number: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Shipmentaddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub shipmentaddress: ::std::option::Option<CreateAddress>,
        #[serde(
            rename = "TaxIdentificationNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tax_identification_number: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Website",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub website: ::std::option::Option<::std::string::String>,
    }
    impl CreateCustomer {
        pub fn builder() -> builder::CreateCustomer {
            Default::default()
        }
    }
    ///e.g. "DE"
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct CreateCustomerLanguageIso(::std::string::String);
    impl ::std::ops::Deref for CreateCustomerLanguageIso {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateCustomerLanguageIso> for ::std::string::String {
        fn from(value: CreateCustomerLanguageIso) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateCustomerLanguageIso {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateCustomerLanguageIso {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateCustomerLanguageIso {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateCustomerLanguageIso {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CreateTranslation`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateTranslation {
        ///ISO language code, e.g. "DE".
        #[serde(rename = "LanguageIso")]
        pub language_iso: ::std::string::String,
        #[serde(rename = "Name")]
        pub name: ::std::string::String,
    }
    impl CreateTranslation {
        pub fn builder() -> builder::CreateTranslation {
            Default::default()
        }
    }
    ///`CreateTranslationV2`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateTranslationV2 {
        #[serde(rename = "languageIso")]
        pub language_iso: ::std::string::String,
        pub name: ::std::string::String,
    }
    impl CreateTranslationV2 {
        pub fn builder() -> builder::CreateTranslationV2 {
            Default::default()
        }
    }
    ///A customer. Other addresses and payment settings are not modelled yet and are ignored when decoding.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Customer {
        #[serde(
            rename = "AccountsReceivableNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub accounts_receivable_number: ::std::option::Option<i32>,
        #[serde(
            rename = "BillingAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub billing_address: ::std::option::Option<Address>,
        #[serde(
            rename = "Birthday",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub birthday: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(
            rename = "CommercialRegisterNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub commercial_register_number: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "CustomAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_address: ::std::option::Option<Address>,
        #[serde(
            rename = "CustomerCategoryId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub customer_category_id: ::std::option::Option<i32>,
        #[serde(
            rename = "CustomerGroupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub customer_group_id: ::std::option::Option<i32>,
        #[serde(
            rename = "CustomerSince",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub customer_since: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(
            rename = "EbayUsername",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ebay_username: ::std::option::Option<::std::string::String>,
        #[serde(rename = "Id")]
        pub id: i32,
        #[serde(
            rename = "InitialContact",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub initial_contact: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "InternalCompanyId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub internal_company_id: ::std::option::Option<i32>,
        #[serde(
            rename = "IsCashRegisterBased",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_cash_register_based: ::std::option::Option<bool>,
        #[serde(
            rename = "IsLocked",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_locked: ::std::option::Option<bool>,
        #[serde(
            rename = "LanguageIso",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub language_iso: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Number",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub number: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Shipmentaddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub shipmentaddress: ::std::option::Option<Address>,
        #[serde(
            rename = "TaxIdentificationNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tax_identification_number: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Website",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub website: ::std::option::Option<::std::string::String>,
    }
    impl Customer {
        pub fn builder() -> builder::Customer {
            Default::default()
        }
    }
    ///JTL's error body (v1 names). Not RFC 7807.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ErrorResponse {
        #[serde(
            rename = "ErrorCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_code: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "ErrorMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_message: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Stacktrace",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stacktrace: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "ValidationErrors",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub validation_errors: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    }
    impl ErrorResponse {
        pub fn builder() -> builder::ErrorResponse {
            Default::default()
        }
    }
    ///JTL's error body (v2 names); `errors` is usually `{}`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ErrorResponseV2 {
        ///e.g. VALIDATION_ERROR, NOT_FOUND
        #[serde(
            rename = "errorCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_code: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "errorMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stacktrace: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "validationErrors",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub validation_errors: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    }
    impl ErrorResponseV2 {
        pub fn builder() -> builder::ErrorResponseV2 {
            Default::default()
        }
    }
    ///`FetchRegistrationStatusV1RegistrationId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct FetchRegistrationStatusV1RegistrationId(::std::string::String);
    impl ::std::ops::Deref for FetchRegistrationStatusV1RegistrationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<FetchRegistrationStatusV1RegistrationId>
    for ::std::string::String {
        fn from(value: FetchRegistrationStatusV1RegistrationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for FetchRegistrationStatusV1RegistrationId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for FetchRegistrationStatusV1RegistrationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for FetchRegistrationStatusV1RegistrationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FetchRegistrationStatusV1RegistrationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`FetchRegistrationStatusV2RegistrationId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct FetchRegistrationStatusV2RegistrationId(::std::string::String);
    impl ::std::ops::Deref for FetchRegistrationStatusV2RegistrationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<FetchRegistrationStatusV2RegistrationId>
    for ::std::string::String {
        fn from(value: FetchRegistrationStatusV2RegistrationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for FetchRegistrationStatusV2RegistrationId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for FetchRegistrationStatusV2RegistrationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for FetchRegistrationStatusV2RegistrationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FetchRegistrationStatusV2RegistrationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///An item (article). The properties most apps need; JTL sends more (storage, dimensions, weights, quantities, ...), which are ignored when decoding.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Item {
        #[serde(
            rename = "Added",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub added: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(
            rename = "Categories",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub categories: ::std::option::Option<::std::vec::Vec<ItemCategory>>,
        #[serde(
            rename = "Changed",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub changed: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(
            rename = "ChildItems",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub child_items: ::std::option::Option<::std::vec::Vec<i32>>,
        #[serde(
            rename = "Description",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(rename = "Id")]
        pub id: i32,
        #[serde(
            rename = "Identifiers",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub identifiers: ::std::option::Option<ItemIdentifiers>,
        #[serde(
            rename = "IsActive",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_active: ::std::option::Option<bool>,
        #[serde(
            rename = "ItemPriceData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub item_price_data: ::std::option::Option<ItemPriceData>,
        #[serde(
            rename = "ManufacturerId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub manufacturer_id: ::std::option::Option<i32>,
        #[serde(rename = "Name", skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "ParentItemId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parent_item_id: ::std::option::Option<i32>,
        #[serde(
            rename = "ReleasedOnDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub released_on_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(
            rename = "ShortDescription",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub short_description: ::std::option::Option<::std::string::String>,
        #[serde(rename = "SKU", skip_serializing_if = "::std::option::Option::is_none")]
        pub sku: ::std::option::Option<::std::string::String>,
    }
    impl Item {
        pub fn builder() -> builder::Item {
            Default::default()
        }
    }
    ///`ItemCategory`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ItemCategory {
        #[serde(
            rename = "CategoryId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub category_id: ::std::option::Option<i32>,
        #[serde(rename = "Name", skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl ItemCategory {
        pub fn builder() -> builder::ItemCategory {
            Default::default()
        }
    }
    ///`ItemIdentifiers`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ItemIdentifiers {
        #[serde(
            rename = "AmazonFnsku",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub amazon_fnsku: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Asins",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub asins: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(rename = "Gtin", skip_serializing_if = "::std::option::Option::is_none")]
        pub gtin: ::std::option::Option<::std::string::String>,
        #[serde(rename = "ISBN", skip_serializing_if = "::std::option::Option::is_none")]
        pub isbn: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "ManufacturerNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub manufacturer_number: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "OwnIdentifier",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub own_identifier: ::std::option::Option<::std::string::String>,
        #[serde(rename = "UPC", skip_serializing_if = "::std::option::Option::is_none")]
        pub upc: ::std::option::Option<::std::string::String>,
    }
    impl ItemIdentifiers {
        pub fn builder() -> builder::ItemIdentifiers {
            Default::default()
        }
    }
    ///`ItemPriceData`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ItemPriceData {
        #[serde(
            rename = "AmazonPrice",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub amazon_price: ::std::option::Option<f64>,
        #[serde(
            rename = "EbayPrice",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ebay_price: ::std::option::Option<f64>,
        #[serde(
            rename = "PurchasePriceNet",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub purchase_price_net: ::std::option::Option<f64>,
        #[serde(
            rename = "SalesPriceNet",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sales_price_net: ::std::option::Option<f64>,
        #[serde(
            rename = "SuggestedRetailPrice",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub suggested_retail_price: ::std::option::Option<f64>,
    }
    impl ItemPriceData {
        pub fn builder() -> builder::ItemPriceData {
            Default::default()
        }
    }
    ///`PagedListOfCustomer`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct PagedListOfCustomer {
        #[serde(
            rename = "HasNextPage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_next_page: ::std::option::Option<bool>,
        #[serde(
            rename = "HasPreviousPage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_previous_page: ::std::option::Option<bool>,
        #[serde(rename = "Items")]
        pub items: ::std::vec::Vec<Customer>,
        #[serde(
            rename = "NextPageNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_page_number: ::std::option::Option<i32>,
        #[serde(
            rename = "PageNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_number: ::std::option::Option<i32>,
        #[serde(
            rename = "PageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_size: ::std::option::Option<i32>,
        #[serde(
            rename = "PreviousPageNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub previous_page_number: ::std::option::Option<i32>,
        #[serde(
            rename = "TotalItems",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_items: ::std::option::Option<i32>,
        #[serde(
            rename = "TotalPages",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_pages: ::std::option::Option<i32>,
    }
    impl PagedListOfCustomer {
        pub fn builder() -> builder::PagedListOfCustomer {
            Default::default()
        }
    }
    ///`PagedListOfItem`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct PagedListOfItem {
        #[serde(
            rename = "HasNextPage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_next_page: ::std::option::Option<bool>,
        #[serde(
            rename = "HasPreviousPage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_previous_page: ::std::option::Option<bool>,
        #[serde(rename = "Items")]
        pub items: ::std::vec::Vec<Item>,
        #[serde(
            rename = "NextPageNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_page_number: ::std::option::Option<i32>,
        #[serde(
            rename = "PageNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_number: ::std::option::Option<i32>,
        #[serde(
            rename = "PageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_size: ::std::option::Option<i32>,
        #[serde(
            rename = "PreviousPageNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub previous_page_number: ::std::option::Option<i32>,
        #[serde(
            rename = "TotalItems",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_items: ::std::option::Option<i32>,
        #[serde(
            rename = "TotalPages",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_pages: ::std::option::Option<i32>,
    }
    impl PagedListOfItem {
        pub fn builder() -> builder::PagedListOfItem {
            Default::default()
        }
    }
    ///`PagedListOfSalesOrder`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct PagedListOfSalesOrder {
        #[serde(
            rename = "HasNextPage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_next_page: ::std::option::Option<bool>,
        #[serde(
            rename = "HasPreviousPage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_previous_page: ::std::option::Option<bool>,
        #[serde(rename = "Items")]
        pub items: ::std::vec::Vec<SalesOrder>,
        #[serde(
            rename = "NextPageNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_page_number: ::std::option::Option<i32>,
        #[serde(
            rename = "PageNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_number: ::std::option::Option<i32>,
        #[serde(
            rename = "PageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_size: ::std::option::Option<i32>,
        #[serde(
            rename = "PreviousPageNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub previous_page_number: ::std::option::Option<i32>,
        #[serde(
            rename = "TotalItems",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_items: ::std::option::Option<i32>,
        #[serde(
            rename = "TotalPages",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_pages: ::std::option::Option<i32>,
    }
    impl PagedListOfSalesOrder {
        pub fn builder() -> builder::PagedListOfSalesOrder {
            Default::default()
        }
    }
    ///As CreateAppRegistrationRequestV2, without `registrationType`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct RegisterForeignAppRequestV2 {
        #[serde(rename = "appIcon")]
        pub app_icon: apifleet_runtime::Base64Bytes,
        #[serde(rename = "appId")]
        pub app_id: RegisterForeignAppRequestV2AppId,
        pub description: ::std::string::String,
        #[serde(rename = "displayName")]
        pub display_name: ::std::string::String,
        #[serde(
            rename = "localizedDescriptions",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub localized_descriptions: ::std::vec::Vec<CreateTranslationV2>,
        #[serde(
            rename = "localizedDisplayNames",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub localized_display_names: ::std::vec::Vec<CreateTranslationV2>,
        #[serde(rename = "mandatoryApiScopes")]
        pub mandatory_api_scopes: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "optionalApiScopes",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub optional_api_scopes: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "providerName")]
        pub provider_name: ::std::string::String,
        #[serde(rename = "providerWebsite")]
        pub provider_website: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub signature: ::std::option::Option<apifleet_runtime::Base64Bytes>,
        #[serde(
            rename = "signatureData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub signature_data: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        pub version: ::std::string::String,
    }
    impl RegisterForeignAppRequestV2 {
        pub fn builder() -> builder::RegisterForeignAppRequestV2 {
            Default::default()
        }
    }
    ///`RegisterForeignAppRequestV2AppId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct RegisterForeignAppRequestV2AppId(::std::string::String);
    impl ::std::ops::Deref for RegisterForeignAppRequestV2AppId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<RegisterForeignAppRequestV2AppId>
    for ::std::string::String {
        fn from(value: RegisterForeignAppRequestV2AppId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for RegisterForeignAppRequestV2AppId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for RegisterForeignAppRequestV2AppId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for RegisterForeignAppRequestV2AppId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RegisterForeignAppRequestV2AppId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`RegisterMultiInstanceAppV1RegistrationId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct RegisterMultiInstanceAppV1RegistrationId(::std::string::String);
    impl ::std::ops::Deref for RegisterMultiInstanceAppV1RegistrationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<RegisterMultiInstanceAppV1RegistrationId>
    for ::std::string::String {
        fn from(value: RegisterMultiInstanceAppV1RegistrationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for RegisterMultiInstanceAppV1RegistrationId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for RegisterMultiInstanceAppV1RegistrationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for RegisterMultiInstanceAppV1RegistrationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RegisterMultiInstanceAppV1RegistrationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`RegisterMultiInstanceAppV2RegistrationId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct RegisterMultiInstanceAppV2RegistrationId(::std::string::String);
    impl ::std::ops::Deref for RegisterMultiInstanceAppV2RegistrationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<RegisterMultiInstanceAppV2RegistrationId>
    for ::std::string::String {
        fn from(value: RegisterMultiInstanceAppV2RegistrationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for RegisterMultiInstanceAppV2RegistrationId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for RegisterMultiInstanceAppV2RegistrationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for RegisterMultiInstanceAppV2RegistrationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RegisterMultiInstanceAppV2RegistrationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`RegistrationInformation`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct RegistrationInformation {
        #[serde(
            rename = "GrantedScopes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub granted_scopes: ::std::option::Option<crate::enums::GrantedScopes>,
        #[serde(rename = "RequestStatusInfo")]
        pub request_status_info: RegistrationRequestStatusInfo,
        #[serde(
            rename = "Token",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub token: ::std::option::Option<AppToken>,
    }
    impl RegistrationInformation {
        pub fn builder() -> builder::RegistrationInformation {
            Default::default()
        }
    }
    ///`RegistrationInformationV2`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct RegistrationInformationV2 {
        #[serde(
            rename = "grantedScopes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub granted_scopes: ::std::option::Option<crate::enums::GrantedScopes>,
        #[serde(rename = "requestStatusInfo")]
        pub request_status_info: RegistrationRequestStatusInfoV2,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<AppTokenV2>,
    }
    impl RegistrationInformationV2 {
        pub fn builder() -> builder::RegistrationInformationV2 {
            Default::default()
        }
    }
    ///`RegistrationRequestStatusInfo`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct RegistrationRequestStatusInfo {
        ///Unique identifier of the application.
        #[serde(rename = "AppId")]
        pub app_id: ::std::string::String,
        ///Unique identifier of the registration request.
        #[serde(rename = "RegistrationRequestId")]
        pub registration_request_id: ::std::string::String,
        #[serde(
            rename = "Status",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status: ::std::option::Option<crate::enums::RegistrationStatus>,
    }
    impl RegistrationRequestStatusInfo {
        pub fn builder() -> builder::RegistrationRequestStatusInfo {
            Default::default()
        }
    }
    ///`RegistrationRequestStatusInfoV2`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct RegistrationRequestStatusInfoV2 {
        #[serde(rename = "appId")]
        pub app_id: ::std::string::String,
        #[serde(rename = "registrationRequestId")]
        pub registration_request_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::enums::RegistrationStatus>,
    }
    impl RegistrationRequestStatusInfoV2 {
        pub fn builder() -> builder::RegistrationRequestStatusInfoV2 {
            Default::default()
        }
    }
    ///A sales order. Payment, shipping and cancellation details are not modelled yet and are ignored when decoding.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct SalesOrder {
        #[serde(
            rename = "BillingAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub billing_address: ::std::option::Option<Address>,
        #[serde(
            rename = "BillingNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub billing_number: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "ColorcodeId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub colorcode_id: ::std::option::Option<i32>,
        #[serde(
            rename = "Comment",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub comment: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "CompanyId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub company_id: ::std::option::Option<i32>,
        #[serde(
            rename = "CustomerComment",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub customer_comment: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "CustomerId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub customer_id: ::std::option::Option<i32>,
        #[serde(
            rename = "CustomerVatID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub customer_vat_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "ExternalNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_number: ::std::option::Option<::std::string::String>,
        #[serde(rename = "Id")]
        pub id: i32,
        #[serde(
            rename = "IsCancelled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_cancelled: ::std::option::Option<bool>,
        #[serde(
            rename = "IsExternalInvoice",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_external_invoice: ::std::option::Option<bool>,
        #[serde(
            rename = "LanguageIso",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub language_iso: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "MerchantVatID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub merchant_vat_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Number",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub number: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "SalesChannelId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sales_channel_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "SalesOrderDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sales_order_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(
            rename = "Shipmentaddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub shipmentaddress: ::std::option::Option<Address>,
        #[serde(
            rename = "UserCreatedId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_created_id: ::std::option::Option<i32>,
        #[serde(
            rename = "UserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_id: ::std::option::Option<i32>,
    }
    impl SalesOrder {
        pub fn builder() -> builder::SalesOrder {
            Default::default()
        }
    }
    ///The registration data to update; every field is optional.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UpdateAppRegistrationRequest {
        #[serde(
            rename = "AppIcon",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub app_icon: ::std::option::Option<apifleet_runtime::Base64Bytes>,
        #[serde(
            rename = "AppId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub app_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Description",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "DisplayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "LocalizedDescriptions",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub localized_descriptions: ::std::vec::Vec<CreateTranslation>,
        #[serde(
            rename = "LocalizedDisplayNames",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub localized_display_names: ::std::vec::Vec<CreateTranslation>,
        #[serde(
            rename = "MandatoryApiScopes",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub mandatory_api_scopes: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "OptionalApiScopes",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub optional_api_scopes: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "ProviderName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub provider_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "ProviderWebsite",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub provider_website: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "RegistrationType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub registration_type: ::std::option::Option<crate::enums::RegistrationType>,
        #[serde(
            rename = "Signature",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub signature: ::std::option::Option<apifleet_runtime::Base64Bytes>,
        #[serde(
            rename = "SignatureData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub signature_data: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(
            rename = "Version",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub version: ::std::option::Option<::std::string::String>,
    }
    impl UpdateAppRegistrationRequest {
        pub fn builder() -> builder::UpdateAppRegistrationRequest {
            Default::default()
        }
    }
    ///`UpdateAppRegistrationRequestV2`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UpdateAppRegistrationRequestV2 {
        #[serde(
            rename = "appIcon",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub app_icon: ::std::option::Option<apifleet_runtime::Base64Bytes>,
        #[serde(
            rename = "appId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub app_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "displayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "localizedDescriptions",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub localized_descriptions: ::std::vec::Vec<CreateTranslationV2>,
        #[serde(
            rename = "localizedDisplayNames",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub localized_display_names: ::std::vec::Vec<CreateTranslationV2>,
        #[serde(
            rename = "mandatoryApiScopes",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub mandatory_api_scopes: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "optionalApiScopes",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub optional_api_scopes: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "providerName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub provider_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "providerWebsite",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub provider_website: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "registrationType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub registration_type: ::std::option::Option<crate::enums::RegistrationType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub signature: ::std::option::Option<apifleet_runtime::Base64Bytes>,
        #[serde(
            rename = "signatureData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub signature_data: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<::std::string::String>,
    }
    impl UpdateAppRegistrationRequestV2 {
        pub fn builder() -> builder::UpdateAppRegistrationRequestV2 {
            Default::default()
        }
    }
    ///`UpdateForeignAppByAppIdV1AppId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct UpdateForeignAppByAppIdV1AppId(::std::string::String);
    impl ::std::ops::Deref for UpdateForeignAppByAppIdV1AppId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateForeignAppByAppIdV1AppId> for ::std::string::String {
        fn from(value: UpdateForeignAppByAppIdV1AppId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateForeignAppByAppIdV1AppId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateForeignAppByAppIdV1AppId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateForeignAppByAppIdV1AppId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateForeignAppByAppIdV1AppId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Address {
            address2: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            city: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            company: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            company2: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            country_iso: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fax: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            form_of_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
            last_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            mobile_phone_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            postal_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            street: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vat_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Address {
            fn default() -> Self {
                Self {
                    address2: Ok(Default::default()),
                    city: Ok(Default::default()),
                    company: Ok(Default::default()),
                    company2: Ok(Default::default()),
                    country_iso: Ok(Default::default()),
                    email_address: Ok(Default::default()),
                    fax: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    form_of_address: Ok(Default::default()),
                    id: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                    mobile_phone_number: Ok(Default::default()),
                    phone_number: Ok(Default::default()),
                    postal_code: Ok(Default::default()),
                    state: Ok(Default::default()),
                    street: Ok(Default::default()),
                    title: Ok(Default::default()),
                    vat_id: Ok(Default::default()),
                }
            }
        }
        impl Address {
            pub fn address2<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.address2 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address2: {e}")
                    });
                self
            }
            pub fn city<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.city = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for city: {e}")
                    });
                self
            }
            pub fn company<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.company = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for company: {e}")
                    });
                self
            }
            pub fn company2<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.company2 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for company2: {e}")
                    });
                self
            }
            pub fn country_iso<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.country_iso = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country_iso: {e}")
                    });
                self
            }
            pub fn email_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email_address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email_address: {e}")
                    });
                self
            }
            pub fn fax<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fax = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fax: {e}")
                    });
                self
            }
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            pub fn form_of_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.form_of_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for form_of_address: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
            pub fn mobile_phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mobile_phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for mobile_phone_number: {e}"
                        )
                    });
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            pub fn postal_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.postal_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for postal_code: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn street<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.street = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for street: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn vat_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.vat_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vat_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Address> for super::Address {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Address,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address2: value.address2?,
                    city: value.city?,
                    company: value.company?,
                    company2: value.company2?,
                    country_iso: value.country_iso?,
                    email_address: value.email_address?,
                    fax: value.fax?,
                    first_name: value.first_name?,
                    form_of_address: value.form_of_address?,
                    id: value.id?,
                    last_name: value.last_name?,
                    mobile_phone_number: value.mobile_phone_number?,
                    phone_number: value.phone_number?,
                    postal_code: value.postal_code?,
                    state: value.state?,
                    street: value.street?,
                    title: value.title?,
                    vat_id: value.vat_id?,
                })
            }
        }
        impl ::std::convert::From<super::Address> for Address {
            fn from(value: super::Address) -> Self {
                Self {
                    address2: Ok(value.address2),
                    city: Ok(value.city),
                    company: Ok(value.company),
                    company2: Ok(value.company2),
                    country_iso: Ok(value.country_iso),
                    email_address: Ok(value.email_address),
                    fax: Ok(value.fax),
                    first_name: Ok(value.first_name),
                    form_of_address: Ok(value.form_of_address),
                    id: Ok(value.id),
                    last_name: Ok(value.last_name),
                    mobile_phone_number: Ok(value.mobile_phone_number),
                    phone_number: Ok(value.phone_number),
                    postal_code: Ok(value.postal_code),
                    state: Ok(value.state),
                    street: Ok(value.street),
                    title: Ok(value.title),
                    vat_id: Ok(value.vat_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiStatus {
            tenant: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timestamp: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiStatus {
            fn default() -> Self {
                Self {
                    tenant: Ok(Default::default()),
                    timestamp: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    version: Ok(Default::default()),
                }
            }
        }
        impl ApiStatus {
            pub fn tenant<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tenant: {e}")
                    });
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiStatus> for super::ApiStatus {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiStatus,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    tenant: value.tenant?,
                    timestamp: value.timestamp?,
                    type_: value.type_?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::ApiStatus> for ApiStatus {
            fn from(value: super::ApiStatus) -> Self {
                Self {
                    tenant: Ok(value.tenant),
                    timestamp: Ok(value.timestamp),
                    type_: Ok(value.type_),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AppToken {
            api_key: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AppToken {
            fn default() -> Self {
                Self {
                    api_key: Err("no value supplied for api_key".to_string()),
                }
            }
        }
        impl AppToken {
            pub fn api_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.api_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_key: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AppToken> for super::AppToken {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AppToken,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { api_key: value.api_key? })
            }
        }
        impl ::std::convert::From<super::AppToken> for AppToken {
            fn from(value: super::AppToken) -> Self {
                Self { api_key: Ok(value.api_key) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AppTokenV2 {
            api_key: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AppTokenV2 {
            fn default() -> Self {
                Self {
                    api_key: Err("no value supplied for api_key".to_string()),
                }
            }
        }
        impl AppTokenV2 {
            pub fn api_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.api_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_key: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AppTokenV2> for super::AppTokenV2 {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AppTokenV2,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { api_key: value.api_key? })
            }
        }
        impl ::std::convert::From<super::AppTokenV2> for AppTokenV2 {
            fn from(value: super::AppTokenV2) -> Self {
                Self { api_key: Ok(value.api_key) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateAddress {
            address2: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            city: ::std::result::Result<super::CreateAddressCity, ::std::string::String>,
            company: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            company2: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            country_iso: ::std::result::Result<
                super::CreateAddressCountryIso,
                ::std::string::String,
            >,
            email_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fax: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            form_of_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            mobile_phone_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            postal_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            street: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vat_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateAddress {
            fn default() -> Self {
                Self {
                    address2: Ok(Default::default()),
                    city: Err("no value supplied for city".to_string()),
                    company: Ok(Default::default()),
                    company2: Ok(Default::default()),
                    country_iso: Err("no value supplied for country_iso".to_string()),
                    email_address: Ok(Default::default()),
                    fax: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    form_of_address: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                    mobile_phone_number: Ok(Default::default()),
                    phone_number: Ok(Default::default()),
                    postal_code: Ok(Default::default()),
                    state: Ok(Default::default()),
                    street: Ok(Default::default()),
                    title: Ok(Default::default()),
                    vat_id: Ok(Default::default()),
                }
            }
        }
        impl CreateAddress {
            pub fn address2<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.address2 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address2: {e}")
                    });
                self
            }
            pub fn city<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateAddressCity>,
                T::Error: ::std::fmt::Display,
            {
                self.city = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for city: {e}")
                    });
                self
            }
            pub fn company<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.company = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for company: {e}")
                    });
                self
            }
            pub fn company2<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.company2 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for company2: {e}")
                    });
                self
            }
            pub fn country_iso<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateAddressCountryIso>,
                T::Error: ::std::fmt::Display,
            {
                self.country_iso = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country_iso: {e}")
                    });
                self
            }
            pub fn email_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email_address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email_address: {e}")
                    });
                self
            }
            pub fn fax<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fax = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fax: {e}")
                    });
                self
            }
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            pub fn form_of_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.form_of_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for form_of_address: {e}"
                        )
                    });
                self
            }
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
            pub fn mobile_phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mobile_phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for mobile_phone_number: {e}"
                        )
                    });
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            pub fn postal_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.postal_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for postal_code: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn street<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.street = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for street: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn vat_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.vat_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vat_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateAddress> for super::CreateAddress {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateAddress,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address2: value.address2?,
                    city: value.city?,
                    company: value.company?,
                    company2: value.company2?,
                    country_iso: value.country_iso?,
                    email_address: value.email_address?,
                    fax: value.fax?,
                    first_name: value.first_name?,
                    form_of_address: value.form_of_address?,
                    last_name: value.last_name?,
                    mobile_phone_number: value.mobile_phone_number?,
                    phone_number: value.phone_number?,
                    postal_code: value.postal_code?,
                    state: value.state?,
                    street: value.street?,
                    title: value.title?,
                    vat_id: value.vat_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateAddress> for CreateAddress {
            fn from(value: super::CreateAddress) -> Self {
                Self {
                    address2: Ok(value.address2),
                    city: Ok(value.city),
                    company: Ok(value.company),
                    company2: Ok(value.company2),
                    country_iso: Ok(value.country_iso),
                    email_address: Ok(value.email_address),
                    fax: Ok(value.fax),
                    first_name: Ok(value.first_name),
                    form_of_address: Ok(value.form_of_address),
                    last_name: Ok(value.last_name),
                    mobile_phone_number: Ok(value.mobile_phone_number),
                    phone_number: Ok(value.phone_number),
                    postal_code: Ok(value.postal_code),
                    state: Ok(value.state),
                    street: Ok(value.street),
                    title: Ok(value.title),
                    vat_id: Ok(value.vat_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateAppRegistrationRequest {
            app_icon: ::std::result::Result<
                apifleet_runtime::Base64Bytes,
                ::std::string::String,
            >,
            app_id: ::std::result::Result<
                super::CreateAppRegistrationRequestAppId,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            display_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            localized_descriptions: ::std::result::Result<
                ::std::vec::Vec<super::CreateTranslation>,
                ::std::string::String,
            >,
            localized_display_names: ::std::result::Result<
                ::std::vec::Vec<super::CreateTranslation>,
                ::std::string::String,
            >,
            mandatory_api_scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            optional_api_scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            provider_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            provider_website: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            registration_type: ::std::result::Result<
                ::std::option::Option<crate::enums::RegistrationType>,
                ::std::string::String,
            >,
            signature: ::std::result::Result<
                ::std::option::Option<apifleet_runtime::Base64Bytes>,
                ::std::string::String,
            >,
            signature_data: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            version: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateAppRegistrationRequest {
            fn default() -> Self {
                Self {
                    app_icon: Err("no value supplied for app_icon".to_string()),
                    app_id: Err("no value supplied for app_id".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    display_name: Err("no value supplied for display_name".to_string()),
                    localized_descriptions: Ok(Default::default()),
                    localized_display_names: Ok(Default::default()),
                    mandatory_api_scopes: Err(
                        "no value supplied for mandatory_api_scopes".to_string(),
                    ),
                    optional_api_scopes: Ok(Default::default()),
                    provider_name: Err(
                        "no value supplied for provider_name".to_string(),
                    ),
                    provider_website: Err(
                        "no value supplied for provider_website".to_string(),
                    ),
                    registration_type: Ok(Default::default()),
                    signature: Ok(Default::default()),
                    signature_data: Ok(Default::default()),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }
        impl CreateAppRegistrationRequest {
            pub fn app_icon<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<apifleet_runtime::Base64Bytes>,
                T::Error: ::std::fmt::Display,
            {
                self.app_icon = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_icon: {e}")
                    });
                self
            }
            pub fn app_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateAppRegistrationRequestAppId>,
                T::Error: ::std::fmt::Display,
            {
                self.app_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_id: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn localized_descriptions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CreateTranslation>>,
                T::Error: ::std::fmt::Display,
            {
                self.localized_descriptions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for localized_descriptions: {e}"
                        )
                    });
                self
            }
            pub fn localized_display_names<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CreateTranslation>>,
                T::Error: ::std::fmt::Display,
            {
                self.localized_display_names = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for localized_display_names: {e}"
                        )
                    });
                self
            }
            pub fn mandatory_api_scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mandatory_api_scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for mandatory_api_scopes: {e}"
                        )
                    });
                self
            }
            pub fn optional_api_scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.optional_api_scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for optional_api_scopes: {e}"
                        )
                    });
                self
            }
            pub fn provider_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider_name: {e}")
                    });
                self
            }
            pub fn provider_website<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_website = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for provider_website: {e}"
                        )
                    });
                self
            }
            pub fn registration_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::RegistrationType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.registration_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for registration_type: {e}"
                        )
                    });
                self
            }
            pub fn signature<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<apifleet_runtime::Base64Bytes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.signature = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for signature: {e}")
                    });
                self
            }
            pub fn signature_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.signature_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for signature_data: {e}"
                        )
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateAppRegistrationRequest>
        for super::CreateAppRegistrationRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateAppRegistrationRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    app_icon: value.app_icon?,
                    app_id: value.app_id?,
                    description: value.description?,
                    display_name: value.display_name?,
                    localized_descriptions: value.localized_descriptions?,
                    localized_display_names: value.localized_display_names?,
                    mandatory_api_scopes: value.mandatory_api_scopes?,
                    optional_api_scopes: value.optional_api_scopes?,
                    provider_name: value.provider_name?,
                    provider_website: value.provider_website?,
                    registration_type: value.registration_type?,
                    signature: value.signature?,
                    signature_data: value.signature_data?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::CreateAppRegistrationRequest>
        for CreateAppRegistrationRequest {
            fn from(value: super::CreateAppRegistrationRequest) -> Self {
                Self {
                    app_icon: Ok(value.app_icon),
                    app_id: Ok(value.app_id),
                    description: Ok(value.description),
                    display_name: Ok(value.display_name),
                    localized_descriptions: Ok(value.localized_descriptions),
                    localized_display_names: Ok(value.localized_display_names),
                    mandatory_api_scopes: Ok(value.mandatory_api_scopes),
                    optional_api_scopes: Ok(value.optional_api_scopes),
                    provider_name: Ok(value.provider_name),
                    provider_website: Ok(value.provider_website),
                    registration_type: Ok(value.registration_type),
                    signature: Ok(value.signature),
                    signature_data: Ok(value.signature_data),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateAppRegistrationRequestV2 {
            app_icon: ::std::result::Result<
                apifleet_runtime::Base64Bytes,
                ::std::string::String,
            >,
            app_id: ::std::result::Result<
                super::CreateAppRegistrationRequestV2AppId,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            display_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            localized_descriptions: ::std::result::Result<
                ::std::vec::Vec<super::CreateTranslationV2>,
                ::std::string::String,
            >,
            localized_display_names: ::std::result::Result<
                ::std::vec::Vec<super::CreateTranslationV2>,
                ::std::string::String,
            >,
            mandatory_api_scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            optional_api_scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            provider_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            provider_website: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            registration_type: ::std::result::Result<
                ::std::option::Option<crate::enums::RegistrationType>,
                ::std::string::String,
            >,
            signature: ::std::result::Result<
                ::std::option::Option<apifleet_runtime::Base64Bytes>,
                ::std::string::String,
            >,
            signature_data: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            version: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateAppRegistrationRequestV2 {
            fn default() -> Self {
                Self {
                    app_icon: Err("no value supplied for app_icon".to_string()),
                    app_id: Err("no value supplied for app_id".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    display_name: Err("no value supplied for display_name".to_string()),
                    localized_descriptions: Ok(Default::default()),
                    localized_display_names: Ok(Default::default()),
                    mandatory_api_scopes: Err(
                        "no value supplied for mandatory_api_scopes".to_string(),
                    ),
                    optional_api_scopes: Ok(Default::default()),
                    provider_name: Err(
                        "no value supplied for provider_name".to_string(),
                    ),
                    provider_website: Err(
                        "no value supplied for provider_website".to_string(),
                    ),
                    registration_type: Ok(Default::default()),
                    signature: Ok(Default::default()),
                    signature_data: Ok(Default::default()),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }
        impl CreateAppRegistrationRequestV2 {
            pub fn app_icon<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<apifleet_runtime::Base64Bytes>,
                T::Error: ::std::fmt::Display,
            {
                self.app_icon = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_icon: {e}")
                    });
                self
            }
            pub fn app_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateAppRegistrationRequestV2AppId>,
                T::Error: ::std::fmt::Display,
            {
                self.app_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_id: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn localized_descriptions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CreateTranslationV2>>,
                T::Error: ::std::fmt::Display,
            {
                self.localized_descriptions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for localized_descriptions: {e}"
                        )
                    });
                self
            }
            pub fn localized_display_names<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CreateTranslationV2>>,
                T::Error: ::std::fmt::Display,
            {
                self.localized_display_names = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for localized_display_names: {e}"
                        )
                    });
                self
            }
            pub fn mandatory_api_scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mandatory_api_scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for mandatory_api_scopes: {e}"
                        )
                    });
                self
            }
            pub fn optional_api_scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.optional_api_scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for optional_api_scopes: {e}"
                        )
                    });
                self
            }
            pub fn provider_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider_name: {e}")
                    });
                self
            }
            pub fn provider_website<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_website = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for provider_website: {e}"
                        )
                    });
                self
            }
            pub fn registration_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::RegistrationType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.registration_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for registration_type: {e}"
                        )
                    });
                self
            }
            pub fn signature<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<apifleet_runtime::Base64Bytes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.signature = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for signature: {e}")
                    });
                self
            }
            pub fn signature_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.signature_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for signature_data: {e}"
                        )
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateAppRegistrationRequestV2>
        for super::CreateAppRegistrationRequestV2 {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateAppRegistrationRequestV2,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    app_icon: value.app_icon?,
                    app_id: value.app_id?,
                    description: value.description?,
                    display_name: value.display_name?,
                    localized_descriptions: value.localized_descriptions?,
                    localized_display_names: value.localized_display_names?,
                    mandatory_api_scopes: value.mandatory_api_scopes?,
                    optional_api_scopes: value.optional_api_scopes?,
                    provider_name: value.provider_name?,
                    provider_website: value.provider_website?,
                    registration_type: value.registration_type?,
                    signature: value.signature?,
                    signature_data: value.signature_data?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::CreateAppRegistrationRequestV2>
        for CreateAppRegistrationRequestV2 {
            fn from(value: super::CreateAppRegistrationRequestV2) -> Self {
                Self {
                    app_icon: Ok(value.app_icon),
                    app_id: Ok(value.app_id),
                    description: Ok(value.description),
                    display_name: Ok(value.display_name),
                    localized_descriptions: Ok(value.localized_descriptions),
                    localized_display_names: Ok(value.localized_display_names),
                    mandatory_api_scopes: Ok(value.mandatory_api_scopes),
                    optional_api_scopes: Ok(value.optional_api_scopes),
                    provider_name: Ok(value.provider_name),
                    provider_website: Ok(value.provider_website),
                    registration_type: Ok(value.registration_type),
                    signature: Ok(value.signature),
                    signature_data: Ok(value.signature_data),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateCustomer {
            accounts_receivable_number: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            billing_address: ::std::result::Result<
                super::CreateAddress,
                ::std::string::String,
            >,
            birthday: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            commercial_register_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            custom_address: ::std::result::Result<
                ::std::option::Option<super::CreateAddress>,
                ::std::string::String,
            >,
            customer_category_id: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            customer_group_id: ::std::result::Result<i32, ::std::string::String>,
            customer_since: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            ebay_username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            initial_contact: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            internal_company_id: ::std::result::Result<i32, ::std::string::String>,
            is_cash_register_based: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_locked: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            language_iso: ::std::result::Result<
                super::CreateCustomerLanguageIso,
                ::std::string::String,
            >,
            number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            shipmentaddress: ::std::result::Result<
                ::std::option::Option<super::CreateAddress>,
                ::std::string::String,
            >,
            tax_identification_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            website: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateCustomer {
            fn default() -> Self {
                Self {
                    accounts_receivable_number: Ok(Default::default()),
                    billing_address: Err(
                        "no value supplied for billing_address".to_string(),
                    ),
                    birthday: Ok(Default::default()),
                    commercial_register_number: Ok(Default::default()),
                    custom_address: Ok(Default::default()),
                    customer_category_id: Ok(Default::default()),
                    customer_group_id: Err(
                        "no value supplied for customer_group_id".to_string(),
                    ),
                    customer_since: Ok(Default::default()),
                    ebay_username: Ok(Default::default()),
                    initial_contact: Ok(Default::default()),
                    internal_company_id: Err(
                        "no value supplied for internal_company_id".to_string(),
                    ),
                    is_cash_register_based: Ok(Default::default()),
                    is_locked: Ok(Default::default()),
                    language_iso: Err("no value supplied for language_iso".to_string()),
                    number: Ok(Default::default()),
                    shipmentaddress: Ok(Default::default()),
                    tax_identification_number: Ok(Default::default()),
                    website: Ok(Default::default()),
                }
            }
        }
        impl CreateCustomer {
            pub fn accounts_receivable_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.accounts_receivable_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for accounts_receivable_number: {e}"
                        )
                    });
                self
            }
            pub fn billing_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateAddress>,
                T::Error: ::std::fmt::Display,
            {
                self.billing_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for billing_address: {e}"
                        )
                    });
                self
            }
            pub fn birthday<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.birthday = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for birthday: {e}")
                    });
                self
            }
            pub fn commercial_register_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.commercial_register_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for commercial_register_number: {e}"
                        )
                    });
                self
            }
            pub fn custom_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CreateAddress>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_address: {e}"
                        )
                    });
                self
            }
            pub fn customer_category_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_category_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_category_id: {e}"
                        )
                    });
                self
            }
            pub fn customer_group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_group_id: {e}"
                        )
                    });
                self
            }
            pub fn customer_since<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_since = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_since: {e}"
                        )
                    });
                self
            }
            pub fn ebay_username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ebay_username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ebay_username: {e}")
                    });
                self
            }
            pub fn initial_contact<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.initial_contact = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for initial_contact: {e}"
                        )
                    });
                self
            }
            pub fn internal_company_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.internal_company_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for internal_company_id: {e}"
                        )
                    });
                self
            }
            pub fn is_cash_register_based<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_cash_register_based = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_cash_register_based: {e}"
                        )
                    });
                self
            }
            pub fn is_locked<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_locked = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_locked: {e}")
                    });
                self
            }
            pub fn language_iso<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateCustomerLanguageIso>,
                T::Error: ::std::fmt::Display,
            {
                self.language_iso = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for language_iso: {e}")
                    });
                self
            }
            pub fn number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for number: {e}")
                    });
                self
            }
            pub fn shipmentaddress<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CreateAddress>>,
                T::Error: ::std::fmt::Display,
            {
                self.shipmentaddress = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for shipmentaddress: {e}"
                        )
                    });
                self
            }
            pub fn tax_identification_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_identification_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for tax_identification_number: {e}"
                        )
                    });
                self
            }
            pub fn website<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.website = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for website: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateCustomer> for super::CreateCustomer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateCustomer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    accounts_receivable_number: value.accounts_receivable_number?,
                    billing_address: value.billing_address?,
                    birthday: value.birthday?,
                    commercial_register_number: value.commercial_register_number?,
                    custom_address: value.custom_address?,
                    customer_category_id: value.customer_category_id?,
                    customer_group_id: value.customer_group_id?,
                    customer_since: value.customer_since?,
                    ebay_username: value.ebay_username?,
                    initial_contact: value.initial_contact?,
                    internal_company_id: value.internal_company_id?,
                    is_cash_register_based: value.is_cash_register_based?,
                    is_locked: value.is_locked?,
                    language_iso: value.language_iso?,
                    number: value.number?,
                    shipmentaddress: value.shipmentaddress?,
                    tax_identification_number: value.tax_identification_number?,
                    website: value.website?,
                })
            }
        }
        impl ::std::convert::From<super::CreateCustomer> for CreateCustomer {
            fn from(value: super::CreateCustomer) -> Self {
                Self {
                    accounts_receivable_number: Ok(value.accounts_receivable_number),
                    billing_address: Ok(value.billing_address),
                    birthday: Ok(value.birthday),
                    commercial_register_number: Ok(value.commercial_register_number),
                    custom_address: Ok(value.custom_address),
                    customer_category_id: Ok(value.customer_category_id),
                    customer_group_id: Ok(value.customer_group_id),
                    customer_since: Ok(value.customer_since),
                    ebay_username: Ok(value.ebay_username),
                    initial_contact: Ok(value.initial_contact),
                    internal_company_id: Ok(value.internal_company_id),
                    is_cash_register_based: Ok(value.is_cash_register_based),
                    is_locked: Ok(value.is_locked),
                    language_iso: Ok(value.language_iso),
                    number: Ok(value.number),
                    shipmentaddress: Ok(value.shipmentaddress),
                    tax_identification_number: Ok(value.tax_identification_number),
                    website: Ok(value.website),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateTranslation {
            language_iso: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateTranslation {
            fn default() -> Self {
                Self {
                    language_iso: Err("no value supplied for language_iso".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl CreateTranslation {
            pub fn language_iso<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.language_iso = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for language_iso: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateTranslation> for super::CreateTranslation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateTranslation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    language_iso: value.language_iso?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::CreateTranslation> for CreateTranslation {
            fn from(value: super::CreateTranslation) -> Self {
                Self {
                    language_iso: Ok(value.language_iso),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateTranslationV2 {
            language_iso: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateTranslationV2 {
            fn default() -> Self {
                Self {
                    language_iso: Err("no value supplied for language_iso".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl CreateTranslationV2 {
            pub fn language_iso<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.language_iso = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for language_iso: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateTranslationV2>
        for super::CreateTranslationV2 {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateTranslationV2,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    language_iso: value.language_iso?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::CreateTranslationV2> for CreateTranslationV2 {
            fn from(value: super::CreateTranslationV2) -> Self {
                Self {
                    language_iso: Ok(value.language_iso),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Customer {
            accounts_receivable_number: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            billing_address: ::std::result::Result<
                ::std::option::Option<super::Address>,
                ::std::string::String,
            >,
            birthday: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            commercial_register_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            custom_address: ::std::result::Result<
                ::std::option::Option<super::Address>,
                ::std::string::String,
            >,
            customer_category_id: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            customer_group_id: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            customer_since: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            ebay_username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i32, ::std::string::String>,
            initial_contact: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            internal_company_id: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            is_cash_register_based: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_locked: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            language_iso: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            shipmentaddress: ::std::result::Result<
                ::std::option::Option<super::Address>,
                ::std::string::String,
            >,
            tax_identification_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            website: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Customer {
            fn default() -> Self {
                Self {
                    accounts_receivable_number: Ok(Default::default()),
                    billing_address: Ok(Default::default()),
                    birthday: Ok(Default::default()),
                    commercial_register_number: Ok(Default::default()),
                    custom_address: Ok(Default::default()),
                    customer_category_id: Ok(Default::default()),
                    customer_group_id: Ok(Default::default()),
                    customer_since: Ok(Default::default()),
                    ebay_username: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    initial_contact: Ok(Default::default()),
                    internal_company_id: Ok(Default::default()),
                    is_cash_register_based: Ok(Default::default()),
                    is_locked: Ok(Default::default()),
                    language_iso: Ok(Default::default()),
                    number: Ok(Default::default()),
                    shipmentaddress: Ok(Default::default()),
                    tax_identification_number: Ok(Default::default()),
                    website: Ok(Default::default()),
                }
            }
        }
        impl Customer {
            pub fn accounts_receivable_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.accounts_receivable_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for accounts_receivable_number: {e}"
                        )
                    });
                self
            }
            pub fn billing_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Address>>,
                T::Error: ::std::fmt::Display,
            {
                self.billing_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for billing_address: {e}"
                        )
                    });
                self
            }
            pub fn birthday<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.birthday = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for birthday: {e}")
                    });
                self
            }
            pub fn commercial_register_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.commercial_register_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for commercial_register_number: {e}"
                        )
                    });
                self
            }
            pub fn custom_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Address>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_address: {e}"
                        )
                    });
                self
            }
            pub fn customer_category_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_category_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_category_id: {e}"
                        )
                    });
                self
            }
            pub fn customer_group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_group_id: {e}"
                        )
                    });
                self
            }
            pub fn customer_since<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_since = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_since: {e}"
                        )
                    });
                self
            }
            pub fn ebay_username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ebay_username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ebay_username: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn initial_contact<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.initial_contact = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for initial_contact: {e}"
                        )
                    });
                self
            }
            pub fn internal_company_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.internal_company_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for internal_company_id: {e}"
                        )
                    });
                self
            }
            pub fn is_cash_register_based<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_cash_register_based = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_cash_register_based: {e}"
                        )
                    });
                self
            }
            pub fn is_locked<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_locked = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_locked: {e}")
                    });
                self
            }
            pub fn language_iso<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.language_iso = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for language_iso: {e}")
                    });
                self
            }
            pub fn number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for number: {e}")
                    });
                self
            }
            pub fn shipmentaddress<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Address>>,
                T::Error: ::std::fmt::Display,
            {
                self.shipmentaddress = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for shipmentaddress: {e}"
                        )
                    });
                self
            }
            pub fn tax_identification_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_identification_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for tax_identification_number: {e}"
                        )
                    });
                self
            }
            pub fn website<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.website = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for website: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Customer> for super::Customer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Customer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    accounts_receivable_number: value.accounts_receivable_number?,
                    billing_address: value.billing_address?,
                    birthday: value.birthday?,
                    commercial_register_number: value.commercial_register_number?,
                    custom_address: value.custom_address?,
                    customer_category_id: value.customer_category_id?,
                    customer_group_id: value.customer_group_id?,
                    customer_since: value.customer_since?,
                    ebay_username: value.ebay_username?,
                    id: value.id?,
                    initial_contact: value.initial_contact?,
                    internal_company_id: value.internal_company_id?,
                    is_cash_register_based: value.is_cash_register_based?,
                    is_locked: value.is_locked?,
                    language_iso: value.language_iso?,
                    number: value.number?,
                    shipmentaddress: value.shipmentaddress?,
                    tax_identification_number: value.tax_identification_number?,
                    website: value.website?,
                })
            }
        }
        impl ::std::convert::From<super::Customer> for Customer {
            fn from(value: super::Customer) -> Self {
                Self {
                    accounts_receivable_number: Ok(value.accounts_receivable_number),
                    billing_address: Ok(value.billing_address),
                    birthday: Ok(value.birthday),
                    commercial_register_number: Ok(value.commercial_register_number),
                    custom_address: Ok(value.custom_address),
                    customer_category_id: Ok(value.customer_category_id),
                    customer_group_id: Ok(value.customer_group_id),
                    customer_since: Ok(value.customer_since),
                    ebay_username: Ok(value.ebay_username),
                    id: Ok(value.id),
                    initial_contact: Ok(value.initial_contact),
                    internal_company_id: Ok(value.internal_company_id),
                    is_cash_register_based: Ok(value.is_cash_register_based),
                    is_locked: Ok(value.is_locked),
                    language_iso: Ok(value.language_iso),
                    number: Ok(value.number),
                    shipmentaddress: Ok(value.shipmentaddress),
                    tax_identification_number: Ok(value.tax_identification_number),
                    website: Ok(value.website),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorResponse {
            error_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            stacktrace: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            validation_errors: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorResponse {
            fn default() -> Self {
                Self {
                    error_code: Ok(Default::default()),
                    error_message: Ok(Default::default()),
                    stacktrace: Ok(Default::default()),
                    validation_errors: Ok(Default::default()),
                }
            }
        }
        impl ErrorResponse {
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_code: {e}")
                    });
                self
            }
            pub fn error_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_message: {e}")
                    });
                self
            }
            pub fn stacktrace<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.stacktrace = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stacktrace: {e}")
                    });
                self
            }
            pub fn validation_errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.validation_errors = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for validation_errors: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorResponse> for super::ErrorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error_code: value.error_code?,
                    error_message: value.error_message?,
                    stacktrace: value.stacktrace?,
                    validation_errors: value.validation_errors?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorResponse> for ErrorResponse {
            fn from(value: super::ErrorResponse) -> Self {
                Self {
                    error_code: Ok(value.error_code),
                    error_message: Ok(value.error_message),
                    stacktrace: Ok(value.stacktrace),
                    validation_errors: Ok(value.validation_errors),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorResponseV2 {
            error_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            stacktrace: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            validation_errors: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorResponseV2 {
            fn default() -> Self {
                Self {
                    error_code: Ok(Default::default()),
                    error_message: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    stacktrace: Ok(Default::default()),
                    validation_errors: Ok(Default::default()),
                }
            }
        }
        impl ErrorResponseV2 {
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_code: {e}")
                    });
                self
            }
            pub fn error_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_message: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn stacktrace<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.stacktrace = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stacktrace: {e}")
                    });
                self
            }
            pub fn validation_errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.validation_errors = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for validation_errors: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorResponseV2> for super::ErrorResponseV2 {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorResponseV2,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error_code: value.error_code?,
                    error_message: value.error_message?,
                    errors: value.errors?,
                    stacktrace: value.stacktrace?,
                    validation_errors: value.validation_errors?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorResponseV2> for ErrorResponseV2 {
            fn from(value: super::ErrorResponseV2) -> Self {
                Self {
                    error_code: Ok(value.error_code),
                    error_message: Ok(value.error_message),
                    errors: Ok(value.errors),
                    stacktrace: Ok(value.stacktrace),
                    validation_errors: Ok(value.validation_errors),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Item {
            added: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            categories: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::ItemCategory>>,
                ::std::string::String,
            >,
            changed: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            child_items: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<i32>>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i32, ::std::string::String>,
            identifiers: ::std::result::Result<
                ::std::option::Option<super::ItemIdentifiers>,
                ::std::string::String,
            >,
            is_active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            item_price_data: ::std::result::Result<
                ::std::option::Option<super::ItemPriceData>,
                ::std::string::String,
            >,
            manufacturer_id: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parent_item_id: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            released_on_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            short_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sku: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Item {
            fn default() -> Self {
                Self {
                    added: Ok(Default::default()),
                    categories: Ok(Default::default()),
                    changed: Ok(Default::default()),
                    child_items: Ok(Default::default()),
                    description: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    identifiers: Ok(Default::default()),
                    is_active: Ok(Default::default()),
                    item_price_data: Ok(Default::default()),
                    manufacturer_id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    parent_item_id: Ok(Default::default()),
                    released_on_date: Ok(Default::default()),
                    short_description: Ok(Default::default()),
                    sku: Ok(Default::default()),
                }
            }
        }
        impl Item {
            pub fn added<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.added = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for added: {e}")
                    });
                self
            }
            pub fn categories<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::ItemCategory>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.categories = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for categories: {e}")
                    });
                self
            }
            pub fn changed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.changed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for changed: {e}")
                    });
                self
            }
            pub fn child_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::vec::Vec<i32>>>,
                T::Error: ::std::fmt::Display,
            {
                self.child_items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for child_items: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn identifiers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ItemIdentifiers>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.identifiers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for identifiers: {e}")
                    });
                self
            }
            pub fn is_active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_active: {e}")
                    });
                self
            }
            pub fn item_price_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ItemPriceData>>,
                T::Error: ::std::fmt::Display,
            {
                self.item_price_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for item_price_data: {e}"
                        )
                    });
                self
            }
            pub fn manufacturer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.manufacturer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for manufacturer_id: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn parent_item_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_item_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parent_item_id: {e}"
                        )
                    });
                self
            }
            pub fn released_on_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.released_on_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for released_on_date: {e}"
                        )
                    });
                self
            }
            pub fn short_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.short_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for short_description: {e}"
                        )
                    });
                self
            }
            pub fn sku<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sku = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sku: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Item> for super::Item {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Item,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    added: value.added?,
                    categories: value.categories?,
                    changed: value.changed?,
                    child_items: value.child_items?,
                    description: value.description?,
                    id: value.id?,
                    identifiers: value.identifiers?,
                    is_active: value.is_active?,
                    item_price_data: value.item_price_data?,
                    manufacturer_id: value.manufacturer_id?,
                    name: value.name?,
                    parent_item_id: value.parent_item_id?,
                    released_on_date: value.released_on_date?,
                    short_description: value.short_description?,
                    sku: value.sku?,
                })
            }
        }
        impl ::std::convert::From<super::Item> for Item {
            fn from(value: super::Item) -> Self {
                Self {
                    added: Ok(value.added),
                    categories: Ok(value.categories),
                    changed: Ok(value.changed),
                    child_items: Ok(value.child_items),
                    description: Ok(value.description),
                    id: Ok(value.id),
                    identifiers: Ok(value.identifiers),
                    is_active: Ok(value.is_active),
                    item_price_data: Ok(value.item_price_data),
                    manufacturer_id: Ok(value.manufacturer_id),
                    name: Ok(value.name),
                    parent_item_id: Ok(value.parent_item_id),
                    released_on_date: Ok(value.released_on_date),
                    short_description: Ok(value.short_description),
                    sku: Ok(value.sku),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ItemCategory {
            category_id: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ItemCategory {
            fn default() -> Self {
                Self {
                    category_id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl ItemCategory {
            pub fn category_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.category_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for category_id: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ItemCategory> for super::ItemCategory {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ItemCategory,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    category_id: value.category_id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::ItemCategory> for ItemCategory {
            fn from(value: super::ItemCategory) -> Self {
                Self {
                    category_id: Ok(value.category_id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ItemIdentifiers {
            amazon_fnsku: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            asins: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            gtin: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            isbn: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            manufacturer_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            own_identifier: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            upc: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ItemIdentifiers {
            fn default() -> Self {
                Self {
                    amazon_fnsku: Ok(Default::default()),
                    asins: Ok(Default::default()),
                    gtin: Ok(Default::default()),
                    isbn: Ok(Default::default()),
                    manufacturer_number: Ok(Default::default()),
                    own_identifier: Ok(Default::default()),
                    upc: Ok(Default::default()),
                }
            }
        }
        impl ItemIdentifiers {
            pub fn amazon_fnsku<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.amazon_fnsku = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amazon_fnsku: {e}")
                    });
                self
            }
            pub fn asins<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.asins = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for asins: {e}")
                    });
                self
            }
            pub fn gtin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.gtin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gtin: {e}")
                    });
                self
            }
            pub fn isbn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.isbn = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for isbn: {e}")
                    });
                self
            }
            pub fn manufacturer_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.manufacturer_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for manufacturer_number: {e}"
                        )
                    });
                self
            }
            pub fn own_identifier<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.own_identifier = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for own_identifier: {e}"
                        )
                    });
                self
            }
            pub fn upc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.upc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for upc: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ItemIdentifiers> for super::ItemIdentifiers {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ItemIdentifiers,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amazon_fnsku: value.amazon_fnsku?,
                    asins: value.asins?,
                    gtin: value.gtin?,
                    isbn: value.isbn?,
                    manufacturer_number: value.manufacturer_number?,
                    own_identifier: value.own_identifier?,
                    upc: value.upc?,
                })
            }
        }
        impl ::std::convert::From<super::ItemIdentifiers> for ItemIdentifiers {
            fn from(value: super::ItemIdentifiers) -> Self {
                Self {
                    amazon_fnsku: Ok(value.amazon_fnsku),
                    asins: Ok(value.asins),
                    gtin: Ok(value.gtin),
                    isbn: Ok(value.isbn),
                    manufacturer_number: Ok(value.manufacturer_number),
                    own_identifier: Ok(value.own_identifier),
                    upc: Ok(value.upc),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ItemPriceData {
            amazon_price: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            ebay_price: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            purchase_price_net: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            sales_price_net: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            suggested_retail_price: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ItemPriceData {
            fn default() -> Self {
                Self {
                    amazon_price: Ok(Default::default()),
                    ebay_price: Ok(Default::default()),
                    purchase_price_net: Ok(Default::default()),
                    sales_price_net: Ok(Default::default()),
                    suggested_retail_price: Ok(Default::default()),
                }
            }
        }
        impl ItemPriceData {
            pub fn amazon_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.amazon_price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amazon_price: {e}")
                    });
                self
            }
            pub fn ebay_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.ebay_price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ebay_price: {e}")
                    });
                self
            }
            pub fn purchase_price_net<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.purchase_price_net = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for purchase_price_net: {e}"
                        )
                    });
                self
            }
            pub fn sales_price_net<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.sales_price_net = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sales_price_net: {e}"
                        )
                    });
                self
            }
            pub fn suggested_retail_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.suggested_retail_price = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for suggested_retail_price: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ItemPriceData> for super::ItemPriceData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ItemPriceData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amazon_price: value.amazon_price?,
                    ebay_price: value.ebay_price?,
                    purchase_price_net: value.purchase_price_net?,
                    sales_price_net: value.sales_price_net?,
                    suggested_retail_price: value.suggested_retail_price?,
                })
            }
        }
        impl ::std::convert::From<super::ItemPriceData> for ItemPriceData {
            fn from(value: super::ItemPriceData) -> Self {
                Self {
                    amazon_price: Ok(value.amazon_price),
                    ebay_price: Ok(value.ebay_price),
                    purchase_price_net: Ok(value.purchase_price_net),
                    sales_price_net: Ok(value.sales_price_net),
                    suggested_retail_price: Ok(value.suggested_retail_price),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PagedListOfCustomer {
            has_next_page: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            has_previous_page: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::vec::Vec<super::Customer>,
                ::std::string::String,
            >,
            next_page_number: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            page_number: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            previous_page_number: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            total_items: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            total_pages: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PagedListOfCustomer {
            fn default() -> Self {
                Self {
                    has_next_page: Ok(Default::default()),
                    has_previous_page: Ok(Default::default()),
                    items: Err("no value supplied for items".to_string()),
                    next_page_number: Ok(Default::default()),
                    page_number: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    previous_page_number: Ok(Default::default()),
                    total_items: Ok(Default::default()),
                    total_pages: Ok(Default::default()),
                }
            }
        }
        impl PagedListOfCustomer {
            pub fn has_next_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_next_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_next_page: {e}")
                    });
                self
            }
            pub fn has_previous_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_previous_page = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_previous_page: {e}"
                        )
                    });
                self
            }
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Customer>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn next_page_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_page_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for next_page_number: {e}"
                        )
                    });
                self
            }
            pub fn page_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_number: {e}")
                    });
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            pub fn previous_page_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous_page_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for previous_page_number: {e}"
                        )
                    });
                self
            }
            pub fn total_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_items: {e}")
                    });
                self
            }
            pub fn total_pages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_pages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_pages: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PagedListOfCustomer>
        for super::PagedListOfCustomer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PagedListOfCustomer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    has_next_page: value.has_next_page?,
                    has_previous_page: value.has_previous_page?,
                    items: value.items?,
                    next_page_number: value.next_page_number?,
                    page_number: value.page_number?,
                    page_size: value.page_size?,
                    previous_page_number: value.previous_page_number?,
                    total_items: value.total_items?,
                    total_pages: value.total_pages?,
                })
            }
        }
        impl ::std::convert::From<super::PagedListOfCustomer> for PagedListOfCustomer {
            fn from(value: super::PagedListOfCustomer) -> Self {
                Self {
                    has_next_page: Ok(value.has_next_page),
                    has_previous_page: Ok(value.has_previous_page),
                    items: Ok(value.items),
                    next_page_number: Ok(value.next_page_number),
                    page_number: Ok(value.page_number),
                    page_size: Ok(value.page_size),
                    previous_page_number: Ok(value.previous_page_number),
                    total_items: Ok(value.total_items),
                    total_pages: Ok(value.total_pages),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PagedListOfItem {
            has_next_page: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            has_previous_page: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::vec::Vec<super::Item>,
                ::std::string::String,
            >,
            next_page_number: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            page_number: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            previous_page_number: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            total_items: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            total_pages: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PagedListOfItem {
            fn default() -> Self {
                Self {
                    has_next_page: Ok(Default::default()),
                    has_previous_page: Ok(Default::default()),
                    items: Err("no value supplied for items".to_string()),
                    next_page_number: Ok(Default::default()),
                    page_number: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    previous_page_number: Ok(Default::default()),
                    total_items: Ok(Default::default()),
                    total_pages: Ok(Default::default()),
                }
            }
        }
        impl PagedListOfItem {
            pub fn has_next_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_next_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_next_page: {e}")
                    });
                self
            }
            pub fn has_previous_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_previous_page = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_previous_page: {e}"
                        )
                    });
                self
            }
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Item>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn next_page_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_page_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for next_page_number: {e}"
                        )
                    });
                self
            }
            pub fn page_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_number: {e}")
                    });
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            pub fn previous_page_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous_page_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for previous_page_number: {e}"
                        )
                    });
                self
            }
            pub fn total_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_items: {e}")
                    });
                self
            }
            pub fn total_pages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_pages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_pages: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PagedListOfItem> for super::PagedListOfItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PagedListOfItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    has_next_page: value.has_next_page?,
                    has_previous_page: value.has_previous_page?,
                    items: value.items?,
                    next_page_number: value.next_page_number?,
                    page_number: value.page_number?,
                    page_size: value.page_size?,
                    previous_page_number: value.previous_page_number?,
                    total_items: value.total_items?,
                    total_pages: value.total_pages?,
                })
            }
        }
        impl ::std::convert::From<super::PagedListOfItem> for PagedListOfItem {
            fn from(value: super::PagedListOfItem) -> Self {
                Self {
                    has_next_page: Ok(value.has_next_page),
                    has_previous_page: Ok(value.has_previous_page),
                    items: Ok(value.items),
                    next_page_number: Ok(value.next_page_number),
                    page_number: Ok(value.page_number),
                    page_size: Ok(value.page_size),
                    previous_page_number: Ok(value.previous_page_number),
                    total_items: Ok(value.total_items),
                    total_pages: Ok(value.total_pages),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PagedListOfSalesOrder {
            has_next_page: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            has_previous_page: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::vec::Vec<super::SalesOrder>,
                ::std::string::String,
            >,
            next_page_number: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            page_number: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            previous_page_number: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            total_items: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            total_pages: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PagedListOfSalesOrder {
            fn default() -> Self {
                Self {
                    has_next_page: Ok(Default::default()),
                    has_previous_page: Ok(Default::default()),
                    items: Err("no value supplied for items".to_string()),
                    next_page_number: Ok(Default::default()),
                    page_number: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    previous_page_number: Ok(Default::default()),
                    total_items: Ok(Default::default()),
                    total_pages: Ok(Default::default()),
                }
            }
        }
        impl PagedListOfSalesOrder {
            pub fn has_next_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_next_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_next_page: {e}")
                    });
                self
            }
            pub fn has_previous_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_previous_page = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_previous_page: {e}"
                        )
                    });
                self
            }
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SalesOrder>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn next_page_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_page_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for next_page_number: {e}"
                        )
                    });
                self
            }
            pub fn page_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_number: {e}")
                    });
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            pub fn previous_page_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous_page_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for previous_page_number: {e}"
                        )
                    });
                self
            }
            pub fn total_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_items: {e}")
                    });
                self
            }
            pub fn total_pages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_pages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_pages: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PagedListOfSalesOrder>
        for super::PagedListOfSalesOrder {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PagedListOfSalesOrder,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    has_next_page: value.has_next_page?,
                    has_previous_page: value.has_previous_page?,
                    items: value.items?,
                    next_page_number: value.next_page_number?,
                    page_number: value.page_number?,
                    page_size: value.page_size?,
                    previous_page_number: value.previous_page_number?,
                    total_items: value.total_items?,
                    total_pages: value.total_pages?,
                })
            }
        }
        impl ::std::convert::From<super::PagedListOfSalesOrder>
        for PagedListOfSalesOrder {
            fn from(value: super::PagedListOfSalesOrder) -> Self {
                Self {
                    has_next_page: Ok(value.has_next_page),
                    has_previous_page: Ok(value.has_previous_page),
                    items: Ok(value.items),
                    next_page_number: Ok(value.next_page_number),
                    page_number: Ok(value.page_number),
                    page_size: Ok(value.page_size),
                    previous_page_number: Ok(value.previous_page_number),
                    total_items: Ok(value.total_items),
                    total_pages: Ok(value.total_pages),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RegisterForeignAppRequestV2 {
            app_icon: ::std::result::Result<
                apifleet_runtime::Base64Bytes,
                ::std::string::String,
            >,
            app_id: ::std::result::Result<
                super::RegisterForeignAppRequestV2AppId,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            display_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            localized_descriptions: ::std::result::Result<
                ::std::vec::Vec<super::CreateTranslationV2>,
                ::std::string::String,
            >,
            localized_display_names: ::std::result::Result<
                ::std::vec::Vec<super::CreateTranslationV2>,
                ::std::string::String,
            >,
            mandatory_api_scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            optional_api_scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            provider_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            provider_website: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            signature: ::std::result::Result<
                ::std::option::Option<apifleet_runtime::Base64Bytes>,
                ::std::string::String,
            >,
            signature_data: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            version: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for RegisterForeignAppRequestV2 {
            fn default() -> Self {
                Self {
                    app_icon: Err("no value supplied for app_icon".to_string()),
                    app_id: Err("no value supplied for app_id".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    display_name: Err("no value supplied for display_name".to_string()),
                    localized_descriptions: Ok(Default::default()),
                    localized_display_names: Ok(Default::default()),
                    mandatory_api_scopes: Err(
                        "no value supplied for mandatory_api_scopes".to_string(),
                    ),
                    optional_api_scopes: Ok(Default::default()),
                    provider_name: Err(
                        "no value supplied for provider_name".to_string(),
                    ),
                    provider_website: Err(
                        "no value supplied for provider_website".to_string(),
                    ),
                    signature: Ok(Default::default()),
                    signature_data: Ok(Default::default()),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }
        impl RegisterForeignAppRequestV2 {
            pub fn app_icon<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<apifleet_runtime::Base64Bytes>,
                T::Error: ::std::fmt::Display,
            {
                self.app_icon = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_icon: {e}")
                    });
                self
            }
            pub fn app_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RegisterForeignAppRequestV2AppId>,
                T::Error: ::std::fmt::Display,
            {
                self.app_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_id: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn localized_descriptions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CreateTranslationV2>>,
                T::Error: ::std::fmt::Display,
            {
                self.localized_descriptions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for localized_descriptions: {e}"
                        )
                    });
                self
            }
            pub fn localized_display_names<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CreateTranslationV2>>,
                T::Error: ::std::fmt::Display,
            {
                self.localized_display_names = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for localized_display_names: {e}"
                        )
                    });
                self
            }
            pub fn mandatory_api_scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mandatory_api_scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for mandatory_api_scopes: {e}"
                        )
                    });
                self
            }
            pub fn optional_api_scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.optional_api_scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for optional_api_scopes: {e}"
                        )
                    });
                self
            }
            pub fn provider_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider_name: {e}")
                    });
                self
            }
            pub fn provider_website<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_website = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for provider_website: {e}"
                        )
                    });
                self
            }
            pub fn signature<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<apifleet_runtime::Base64Bytes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.signature = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for signature: {e}")
                    });
                self
            }
            pub fn signature_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.signature_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for signature_data: {e}"
                        )
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RegisterForeignAppRequestV2>
        for super::RegisterForeignAppRequestV2 {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RegisterForeignAppRequestV2,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    app_icon: value.app_icon?,
                    app_id: value.app_id?,
                    description: value.description?,
                    display_name: value.display_name?,
                    localized_descriptions: value.localized_descriptions?,
                    localized_display_names: value.localized_display_names?,
                    mandatory_api_scopes: value.mandatory_api_scopes?,
                    optional_api_scopes: value.optional_api_scopes?,
                    provider_name: value.provider_name?,
                    provider_website: value.provider_website?,
                    signature: value.signature?,
                    signature_data: value.signature_data?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::RegisterForeignAppRequestV2>
        for RegisterForeignAppRequestV2 {
            fn from(value: super::RegisterForeignAppRequestV2) -> Self {
                Self {
                    app_icon: Ok(value.app_icon),
                    app_id: Ok(value.app_id),
                    description: Ok(value.description),
                    display_name: Ok(value.display_name),
                    localized_descriptions: Ok(value.localized_descriptions),
                    localized_display_names: Ok(value.localized_display_names),
                    mandatory_api_scopes: Ok(value.mandatory_api_scopes),
                    optional_api_scopes: Ok(value.optional_api_scopes),
                    provider_name: Ok(value.provider_name),
                    provider_website: Ok(value.provider_website),
                    signature: Ok(value.signature),
                    signature_data: Ok(value.signature_data),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RegistrationInformation {
            granted_scopes: ::std::result::Result<
                ::std::option::Option<crate::enums::GrantedScopes>,
                ::std::string::String,
            >,
            request_status_info: ::std::result::Result<
                super::RegistrationRequestStatusInfo,
                ::std::string::String,
            >,
            token: ::std::result::Result<
                ::std::option::Option<super::AppToken>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RegistrationInformation {
            fn default() -> Self {
                Self {
                    granted_scopes: Ok(Default::default()),
                    request_status_info: Err(
                        "no value supplied for request_status_info".to_string(),
                    ),
                    token: Ok(Default::default()),
                }
            }
        }
        impl RegistrationInformation {
            pub fn granted_scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::GrantedScopes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.granted_scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for granted_scopes: {e}"
                        )
                    });
                self
            }
            pub fn request_status_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RegistrationRequestStatusInfo>,
                T::Error: ::std::fmt::Display,
            {
                self.request_status_info = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for request_status_info: {e}"
                        )
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AppToken>>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RegistrationInformation>
        for super::RegistrationInformation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RegistrationInformation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    granted_scopes: value.granted_scopes?,
                    request_status_info: value.request_status_info?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::RegistrationInformation>
        for RegistrationInformation {
            fn from(value: super::RegistrationInformation) -> Self {
                Self {
                    granted_scopes: Ok(value.granted_scopes),
                    request_status_info: Ok(value.request_status_info),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RegistrationInformationV2 {
            granted_scopes: ::std::result::Result<
                ::std::option::Option<crate::enums::GrantedScopes>,
                ::std::string::String,
            >,
            request_status_info: ::std::result::Result<
                super::RegistrationRequestStatusInfoV2,
                ::std::string::String,
            >,
            token: ::std::result::Result<
                ::std::option::Option<super::AppTokenV2>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RegistrationInformationV2 {
            fn default() -> Self {
                Self {
                    granted_scopes: Ok(Default::default()),
                    request_status_info: Err(
                        "no value supplied for request_status_info".to_string(),
                    ),
                    token: Ok(Default::default()),
                }
            }
        }
        impl RegistrationInformationV2 {
            pub fn granted_scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::GrantedScopes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.granted_scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for granted_scopes: {e}"
                        )
                    });
                self
            }
            pub fn request_status_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RegistrationRequestStatusInfoV2>,
                T::Error: ::std::fmt::Display,
            {
                self.request_status_info = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for request_status_info: {e}"
                        )
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AppTokenV2>>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RegistrationInformationV2>
        for super::RegistrationInformationV2 {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RegistrationInformationV2,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    granted_scopes: value.granted_scopes?,
                    request_status_info: value.request_status_info?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::RegistrationInformationV2>
        for RegistrationInformationV2 {
            fn from(value: super::RegistrationInformationV2) -> Self {
                Self {
                    granted_scopes: Ok(value.granted_scopes),
                    request_status_info: Ok(value.request_status_info),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RegistrationRequestStatusInfo {
            app_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            registration_request_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::enums::RegistrationStatus>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RegistrationRequestStatusInfo {
            fn default() -> Self {
                Self {
                    app_id: Err("no value supplied for app_id".to_string()),
                    registration_request_id: Err(
                        "no value supplied for registration_request_id".to_string(),
                    ),
                    status: Ok(Default::default()),
                }
            }
        }
        impl RegistrationRequestStatusInfo {
            pub fn app_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.app_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_id: {e}")
                    });
                self
            }
            pub fn registration_request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.registration_request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for registration_request_id: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::RegistrationStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RegistrationRequestStatusInfo>
        for super::RegistrationRequestStatusInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RegistrationRequestStatusInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    app_id: value.app_id?,
                    registration_request_id: value.registration_request_id?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::RegistrationRequestStatusInfo>
        for RegistrationRequestStatusInfo {
            fn from(value: super::RegistrationRequestStatusInfo) -> Self {
                Self {
                    app_id: Ok(value.app_id),
                    registration_request_id: Ok(value.registration_request_id),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RegistrationRequestStatusInfoV2 {
            app_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            registration_request_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::enums::RegistrationStatus>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RegistrationRequestStatusInfoV2 {
            fn default() -> Self {
                Self {
                    app_id: Err("no value supplied for app_id".to_string()),
                    registration_request_id: Err(
                        "no value supplied for registration_request_id".to_string(),
                    ),
                    status: Ok(Default::default()),
                }
            }
        }
        impl RegistrationRequestStatusInfoV2 {
            pub fn app_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.app_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_id: {e}")
                    });
                self
            }
            pub fn registration_request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.registration_request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for registration_request_id: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::RegistrationStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RegistrationRequestStatusInfoV2>
        for super::RegistrationRequestStatusInfoV2 {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RegistrationRequestStatusInfoV2,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    app_id: value.app_id?,
                    registration_request_id: value.registration_request_id?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::RegistrationRequestStatusInfoV2>
        for RegistrationRequestStatusInfoV2 {
            fn from(value: super::RegistrationRequestStatusInfoV2) -> Self {
                Self {
                    app_id: Ok(value.app_id),
                    registration_request_id: Ok(value.registration_request_id),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SalesOrder {
            billing_address: ::std::result::Result<
                ::std::option::Option<super::Address>,
                ::std::string::String,
            >,
            billing_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            colorcode_id: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            comment: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            company_id: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            customer_comment: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            customer_vat_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            external_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i32, ::std::string::String>,
            is_cancelled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_external_invoice: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            language_iso: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant_vat_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sales_channel_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sales_order_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            shipmentaddress: ::std::result::Result<
                ::std::option::Option<super::Address>,
                ::std::string::String,
            >,
            user_created_id: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SalesOrder {
            fn default() -> Self {
                Self {
                    billing_address: Ok(Default::default()),
                    billing_number: Ok(Default::default()),
                    colorcode_id: Ok(Default::default()),
                    comment: Ok(Default::default()),
                    company_id: Ok(Default::default()),
                    customer_comment: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    customer_vat_id: Ok(Default::default()),
                    external_number: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    is_cancelled: Ok(Default::default()),
                    is_external_invoice: Ok(Default::default()),
                    language_iso: Ok(Default::default()),
                    merchant_vat_id: Ok(Default::default()),
                    number: Ok(Default::default()),
                    sales_channel_id: Ok(Default::default()),
                    sales_order_date: Ok(Default::default()),
                    shipmentaddress: Ok(Default::default()),
                    user_created_id: Ok(Default::default()),
                    user_id: Ok(Default::default()),
                }
            }
        }
        impl SalesOrder {
            pub fn billing_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Address>>,
                T::Error: ::std::fmt::Display,
            {
                self.billing_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for billing_address: {e}"
                        )
                    });
                self
            }
            pub fn billing_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.billing_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for billing_number: {e}"
                        )
                    });
                self
            }
            pub fn colorcode_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.colorcode_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for colorcode_id: {e}")
                    });
                self
            }
            pub fn comment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.comment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for comment: {e}")
                    });
                self
            }
            pub fn company_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.company_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for company_id: {e}")
                    });
                self
            }
            pub fn customer_comment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_comment = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_comment: {e}"
                        )
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn customer_vat_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_vat_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_vat_id: {e}"
                        )
                    });
                self
            }
            pub fn external_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for external_number: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_cancelled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_cancelled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_cancelled: {e}")
                    });
                self
            }
            pub fn is_external_invoice<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_external_invoice = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_external_invoice: {e}"
                        )
                    });
                self
            }
            pub fn language_iso<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.language_iso = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for language_iso: {e}")
                    });
                self
            }
            pub fn merchant_vat_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_vat_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merchant_vat_id: {e}"
                        )
                    });
                self
            }
            pub fn number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for number: {e}")
                    });
                self
            }
            pub fn sales_channel_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sales_channel_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sales_channel_id: {e}"
                        )
                    });
                self
            }
            pub fn sales_order_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.sales_order_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sales_order_date: {e}"
                        )
                    });
                self
            }
            pub fn shipmentaddress<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Address>>,
                T::Error: ::std::fmt::Display,
            {
                self.shipmentaddress = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for shipmentaddress: {e}"
                        )
                    });
                self
            }
            pub fn user_created_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_created_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for user_created_id: {e}"
                        )
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SalesOrder> for super::SalesOrder {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SalesOrder,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    billing_address: value.billing_address?,
                    billing_number: value.billing_number?,
                    colorcode_id: value.colorcode_id?,
                    comment: value.comment?,
                    company_id: value.company_id?,
                    customer_comment: value.customer_comment?,
                    customer_id: value.customer_id?,
                    customer_vat_id: value.customer_vat_id?,
                    external_number: value.external_number?,
                    id: value.id?,
                    is_cancelled: value.is_cancelled?,
                    is_external_invoice: value.is_external_invoice?,
                    language_iso: value.language_iso?,
                    merchant_vat_id: value.merchant_vat_id?,
                    number: value.number?,
                    sales_channel_id: value.sales_channel_id?,
                    sales_order_date: value.sales_order_date?,
                    shipmentaddress: value.shipmentaddress?,
                    user_created_id: value.user_created_id?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::SalesOrder> for SalesOrder {
            fn from(value: super::SalesOrder) -> Self {
                Self {
                    billing_address: Ok(value.billing_address),
                    billing_number: Ok(value.billing_number),
                    colorcode_id: Ok(value.colorcode_id),
                    comment: Ok(value.comment),
                    company_id: Ok(value.company_id),
                    customer_comment: Ok(value.customer_comment),
                    customer_id: Ok(value.customer_id),
                    customer_vat_id: Ok(value.customer_vat_id),
                    external_number: Ok(value.external_number),
                    id: Ok(value.id),
                    is_cancelled: Ok(value.is_cancelled),
                    is_external_invoice: Ok(value.is_external_invoice),
                    language_iso: Ok(value.language_iso),
                    merchant_vat_id: Ok(value.merchant_vat_id),
                    number: Ok(value.number),
                    sales_channel_id: Ok(value.sales_channel_id),
                    sales_order_date: Ok(value.sales_order_date),
                    shipmentaddress: Ok(value.shipmentaddress),
                    user_created_id: Ok(value.user_created_id),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateAppRegistrationRequest {
            app_icon: ::std::result::Result<
                ::std::option::Option<apifleet_runtime::Base64Bytes>,
                ::std::string::String,
            >,
            app_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            localized_descriptions: ::std::result::Result<
                ::std::vec::Vec<super::CreateTranslation>,
                ::std::string::String,
            >,
            localized_display_names: ::std::result::Result<
                ::std::vec::Vec<super::CreateTranslation>,
                ::std::string::String,
            >,
            mandatory_api_scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            optional_api_scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            provider_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            provider_website: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            registration_type: ::std::result::Result<
                ::std::option::Option<crate::enums::RegistrationType>,
                ::std::string::String,
            >,
            signature: ::std::result::Result<
                ::std::option::Option<apifleet_runtime::Base64Bytes>,
                ::std::string::String,
            >,
            signature_data: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateAppRegistrationRequest {
            fn default() -> Self {
                Self {
                    app_icon: Ok(Default::default()),
                    app_id: Ok(Default::default()),
                    description: Ok(Default::default()),
                    display_name: Ok(Default::default()),
                    localized_descriptions: Ok(Default::default()),
                    localized_display_names: Ok(Default::default()),
                    mandatory_api_scopes: Ok(Default::default()),
                    optional_api_scopes: Ok(Default::default()),
                    provider_name: Ok(Default::default()),
                    provider_website: Ok(Default::default()),
                    registration_type: Ok(Default::default()),
                    signature: Ok(Default::default()),
                    signature_data: Ok(Default::default()),
                    version: Ok(Default::default()),
                }
            }
        }
        impl UpdateAppRegistrationRequest {
            pub fn app_icon<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<apifleet_runtime::Base64Bytes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.app_icon = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_icon: {e}")
                    });
                self
            }
            pub fn app_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.app_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_id: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn localized_descriptions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CreateTranslation>>,
                T::Error: ::std::fmt::Display,
            {
                self.localized_descriptions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for localized_descriptions: {e}"
                        )
                    });
                self
            }
            pub fn localized_display_names<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CreateTranslation>>,
                T::Error: ::std::fmt::Display,
            {
                self.localized_display_names = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for localized_display_names: {e}"
                        )
                    });
                self
            }
            pub fn mandatory_api_scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mandatory_api_scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for mandatory_api_scopes: {e}"
                        )
                    });
                self
            }
            pub fn optional_api_scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.optional_api_scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for optional_api_scopes: {e}"
                        )
                    });
                self
            }
            pub fn provider_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider_name: {e}")
                    });
                self
            }
            pub fn provider_website<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_website = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for provider_website: {e}"
                        )
                    });
                self
            }
            pub fn registration_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::RegistrationType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.registration_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for registration_type: {e}"
                        )
                    });
                self
            }
            pub fn signature<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<apifleet_runtime::Base64Bytes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.signature = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for signature: {e}")
                    });
                self
            }
            pub fn signature_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.signature_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for signature_data: {e}"
                        )
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateAppRegistrationRequest>
        for super::UpdateAppRegistrationRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateAppRegistrationRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    app_icon: value.app_icon?,
                    app_id: value.app_id?,
                    description: value.description?,
                    display_name: value.display_name?,
                    localized_descriptions: value.localized_descriptions?,
                    localized_display_names: value.localized_display_names?,
                    mandatory_api_scopes: value.mandatory_api_scopes?,
                    optional_api_scopes: value.optional_api_scopes?,
                    provider_name: value.provider_name?,
                    provider_website: value.provider_website?,
                    registration_type: value.registration_type?,
                    signature: value.signature?,
                    signature_data: value.signature_data?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateAppRegistrationRequest>
        for UpdateAppRegistrationRequest {
            fn from(value: super::UpdateAppRegistrationRequest) -> Self {
                Self {
                    app_icon: Ok(value.app_icon),
                    app_id: Ok(value.app_id),
                    description: Ok(value.description),
                    display_name: Ok(value.display_name),
                    localized_descriptions: Ok(value.localized_descriptions),
                    localized_display_names: Ok(value.localized_display_names),
                    mandatory_api_scopes: Ok(value.mandatory_api_scopes),
                    optional_api_scopes: Ok(value.optional_api_scopes),
                    provider_name: Ok(value.provider_name),
                    provider_website: Ok(value.provider_website),
                    registration_type: Ok(value.registration_type),
                    signature: Ok(value.signature),
                    signature_data: Ok(value.signature_data),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateAppRegistrationRequestV2 {
            app_icon: ::std::result::Result<
                ::std::option::Option<apifleet_runtime::Base64Bytes>,
                ::std::string::String,
            >,
            app_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            localized_descriptions: ::std::result::Result<
                ::std::vec::Vec<super::CreateTranslationV2>,
                ::std::string::String,
            >,
            localized_display_names: ::std::result::Result<
                ::std::vec::Vec<super::CreateTranslationV2>,
                ::std::string::String,
            >,
            mandatory_api_scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            optional_api_scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            provider_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            provider_website: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            registration_type: ::std::result::Result<
                ::std::option::Option<crate::enums::RegistrationType>,
                ::std::string::String,
            >,
            signature: ::std::result::Result<
                ::std::option::Option<apifleet_runtime::Base64Bytes>,
                ::std::string::String,
            >,
            signature_data: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateAppRegistrationRequestV2 {
            fn default() -> Self {
                Self {
                    app_icon: Ok(Default::default()),
                    app_id: Ok(Default::default()),
                    description: Ok(Default::default()),
                    display_name: Ok(Default::default()),
                    localized_descriptions: Ok(Default::default()),
                    localized_display_names: Ok(Default::default()),
                    mandatory_api_scopes: Ok(Default::default()),
                    optional_api_scopes: Ok(Default::default()),
                    provider_name: Ok(Default::default()),
                    provider_website: Ok(Default::default()),
                    registration_type: Ok(Default::default()),
                    signature: Ok(Default::default()),
                    signature_data: Ok(Default::default()),
                    version: Ok(Default::default()),
                }
            }
        }
        impl UpdateAppRegistrationRequestV2 {
            pub fn app_icon<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<apifleet_runtime::Base64Bytes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.app_icon = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_icon: {e}")
                    });
                self
            }
            pub fn app_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.app_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_id: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn localized_descriptions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CreateTranslationV2>>,
                T::Error: ::std::fmt::Display,
            {
                self.localized_descriptions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for localized_descriptions: {e}"
                        )
                    });
                self
            }
            pub fn localized_display_names<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CreateTranslationV2>>,
                T::Error: ::std::fmt::Display,
            {
                self.localized_display_names = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for localized_display_names: {e}"
                        )
                    });
                self
            }
            pub fn mandatory_api_scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mandatory_api_scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for mandatory_api_scopes: {e}"
                        )
                    });
                self
            }
            pub fn optional_api_scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.optional_api_scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for optional_api_scopes: {e}"
                        )
                    });
                self
            }
            pub fn provider_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider_name: {e}")
                    });
                self
            }
            pub fn provider_website<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_website = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for provider_website: {e}"
                        )
                    });
                self
            }
            pub fn registration_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::RegistrationType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.registration_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for registration_type: {e}"
                        )
                    });
                self
            }
            pub fn signature<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<apifleet_runtime::Base64Bytes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.signature = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for signature: {e}")
                    });
                self
            }
            pub fn signature_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.signature_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for signature_data: {e}"
                        )
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateAppRegistrationRequestV2>
        for super::UpdateAppRegistrationRequestV2 {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateAppRegistrationRequestV2,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    app_icon: value.app_icon?,
                    app_id: value.app_id?,
                    description: value.description?,
                    display_name: value.display_name?,
                    localized_descriptions: value.localized_descriptions?,
                    localized_display_names: value.localized_display_names?,
                    mandatory_api_scopes: value.mandatory_api_scopes?,
                    optional_api_scopes: value.optional_api_scopes?,
                    provider_name: value.provider_name?,
                    provider_website: value.provider_website?,
                    registration_type: value.registration_type?,
                    signature: value.signature?,
                    signature_data: value.signature_data?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateAppRegistrationRequestV2>
        for UpdateAppRegistrationRequestV2 {
            fn from(value: super::UpdateAppRegistrationRequestV2) -> Self {
                Self {
                    app_icon: Ok(value.app_icon),
                    app_id: Ok(value.app_id),
                    description: Ok(value.description),
                    display_name: Ok(value.display_name),
                    localized_descriptions: Ok(value.localized_descriptions),
                    localized_display_names: Ok(value.localized_display_names),
                    mandatory_api_scopes: Ok(value.mandatory_api_scopes),
                    optional_api_scopes: Ok(value.optional_api_scopes),
                    provider_name: Ok(value.provider_name),
                    provider_website: Ok(value.provider_website),
                    registration_type: Ok(value.registration_type),
                    signature: Ok(value.signature),
                    signature_data: Ok(value.signature_data),
                    version: Ok(value.version),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for JTL-Cloud ERP API (apifleet subset)

App registration (both wire generations) and the ERP essentials a registered app uses next.
Written by the apifleet team from JTL's reference pages and JTL's published "JTL-WAWI API (Cloud)" 1.0
document; every place where we depart from JTL's published material carries an `x-deviation` note.

Wire generations: the v1 family uses PascalCase bodies and int32 ids, the v2 family camelCase.
Cloud selects the generation by path prefix (`/v1/...`, `/v2/...`); on premise the `api-version` header
selects it, which the client sets from its configuration.


Version: 2.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: std::sync::Arc<crate::client::Inner>,
}
impl Client {
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: std::sync::Arc<crate::client::Inner>,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<std::sync::Arc<crate::client::Inner>> for Client {
    fn api_version() -> &'static str {
        "2.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &std::sync::Arc<crate::client::Inner> {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<std::sync::Arc<crate::client::Inner>>,
    {}
};
impl Client {
    /**Update Foreign App By App Id (v1)

Sends a `PATCH` request to `/authentication/foreign/{appId}/app`

Arguments:
- `app_id`: Unique identifier of the application (percent-encoded, e.g. `myApp%2Fv1`).
- `x_companyid`: The company id (int or uuid) to act for.
- `x_runas`: The user id (int or uuid) on whose behalf the request runs. Requires scope `Application.RunAs`.
- `body`
```ignore
let response = client.update_foreign_app_by_app_id_v1()
    .app_id(app_id)
    .x_companyid(x_companyid)
    .x_runas(x_runas)
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(
        note = "Foreign-app registration is a no-op since JTL-Wawi 2.2.0; register the app itself instead. Use `register_app_v2` instead."
    )]
    pub fn update_foreign_app_by_app_id_v1(
        &self,
    ) -> builder::UpdateForeignAppByAppIdV1<'_> {
        builder::UpdateForeignAppByAppIdV1::new(self)
    }
    /**Update Foreign App By Registration Id (v1)

Updates the registration data of a foreign app, addressed by its registration id.

Sends a `PATCH` request to `/authentication/foreign/{registrationId}/registration`

Arguments:
- `registration_id`: Unique identifier of the registration request.
- `x_session_id`: The id of a session in which the call runs.
- `x_runas`: The user id (int or uuid) on whose behalf the request runs. Requires scope `Application.RunAs`.
- `body`: Contains the registration request's data.
```ignore
let response = client.update_foreign_app_by_registration_id_v1()
    .registration_id(registration_id)
    .x_session_id(x_session_id)
    .x_runas(x_runas)
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(
        note = "Foreign-app registration is a no-op since JTL-Wawi 2.2.0 (since 2.1.0 the Wawi registers itself); register the app itself instead. Use `register_app_v2` instead."
    )]
    pub fn update_foreign_app_by_registration_id_v1(
        &self,
    ) -> builder::UpdateForeignAppByRegistrationIdV1<'_> {
        builder::UpdateForeignAppByRegistrationIdV1::new(self)
    }
    /**Register App (v1)

Sends a registration request while the merchant has the registration dialog open in JTL-Wawi (Admin → App registration). Poll `fetchRegistrationStatusV1` with the same challenge code until the merchant accepts or rejects it.

Sends a `POST` request to `/v1/authentication`

Arguments:
- `body`: Contains the registration request's data.
```ignore
let response = client.register_app_v1()
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(
        note = "The v1 (PascalCase) API generation is superseded by v2. Use `register_app_v2` instead."
    )]
    pub fn register_app_v1(&self) -> builder::RegisterAppV1<'_> {
        builder::RegisterAppV1::new(self)
    }
    /**Remove Foreign App By Registration Id (v1)

Answers 204; since JTL-Wawi 2.2.0 nothing is executed.

Sends a `DELETE` request to `/v1/authentication/foreign/{registrationId}/registration`

Arguments:
- `registration_id`: Unique identifier of the registration request.
- `x_companyid`: The company id (int or uuid) to act for.
- `x_runas`: The user id (int or uuid) on whose behalf the request runs. Requires scope `Application.RunAs`.
```ignore
let response = client.remove_foreign_app_by_registration_id_v1()
    .registration_id(registration_id)
    .x_companyid(x_companyid)
    .x_runas(x_runas)
    .send()
    .await;
```*/
    #[deprecated(
        note = "Foreign-app registration is a no-op since JTL-Wawi 2.2.0. Use `register_app_v2` instead."
    )]
    pub fn remove_foreign_app_by_registration_id_v1(
        &self,
    ) -> builder::RemoveForeignAppByRegistrationIdV1<'_> {
        builder::RemoveForeignAppByRegistrationIdV1::new(self)
    }
    /**Fetch Registration Status (v1)

Returns the registration's status; once accepted, `Token.ApiKey` carries the API key. The key is delivered once: later calls answer 410.

Sends a `GET` request to `/v1/authentication/{registrationId}`

Arguments:
- `registration_id`: Unique identifier of the registration request, as returned by Register App.
```ignore
let response = client.fetch_registration_status_v1()
    .registration_id(registration_id)
    .send()
    .await;
```*/
    #[deprecated(
        note = "The v1 (PascalCase) API generation is superseded by v2. Use `fetch_registration_status_v2` instead."
    )]
    pub fn fetch_registration_status_v1(
        &self,
    ) -> builder::FetchRegistrationStatusV1<'_> {
        builder::FetchRegistrationStatusV1::new(self)
    }
    /**Register Multi Instance App (v1)

Registers a further instance of an app that was registered with `RegistrationType` MultiInstance.

Sends a `POST` request to `/v1/authentication/{registrationId}`

Arguments:
- `registration_id`: Unique identifier of the registration request, as returned by Register App.
```ignore
let response = client.register_multi_instance_app_v1()
    .registration_id(registration_id)
    .send()
    .await;
```*/
    #[deprecated(
        note = "The v1 (PascalCase) API generation is superseded by v2. Use `register_multi_instance_app_v2` instead."
    )]
    pub fn register_multi_instance_app_v1(
        &self,
    ) -> builder::RegisterMultiInstanceAppV1<'_> {
        builder::RegisterMultiInstanceAppV1::new(self)
    }
    /**Query Customers

Sends a `GET` request to `/v1/customers`

Arguments:
- `category_id`
- `group_id`
- `number`
- `page_number`: The page to return, from 1.
- `page_size`: Items per page.
- `search_key_word`
- `x_runas`: The user id (int or uuid) on whose behalf the request runs. Requires scope `Application.RunAs`.
```ignore
let response = client.query_customers()
    .category_id(category_id)
    .group_id(group_id)
    .number(number)
    .page_number(page_number)
    .page_size(page_size)
    .search_key_word(search_key_word)
    .x_runas(x_runas)
    .send()
    .await;
```*/
    pub fn query_customers(&self) -> builder::QueryCustomers<'_> {
        builder::QueryCustomers::new(self)
    }
    /**Create Customer

Sends a `POST` request to `/v1/customers`

Arguments:
- `disable_automatic_workflows`: true suppresses automatic workflows.
- `x_runas`: The user id (int or uuid) on whose behalf the request runs. Requires scope `Application.RunAs`.
- `body`
```ignore
let response = client.create_customer()
    .disable_automatic_workflows(disable_automatic_workflows)
    .x_runas(x_runas)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_customer(&self) -> builder::CreateCustomer<'_> {
        builder::CreateCustomer::new(self)
    }
    /**Get Customer

Sends a `GET` request to `/v1/customers/{customerId}`

Arguments:
- `customer_id`
- `x_runas`: The user id (int or uuid) on whose behalf the request runs. Requires scope `Application.RunAs`.
```ignore
let response = client.get_customer()
    .customer_id(customer_id)
    .x_runas(x_runas)
    .send()
    .await;
```*/
    pub fn get_customer(&self) -> builder::GetCustomer<'_> {
        builder::GetCustomer::new(self)
    }
    /**Get Status

Version and tenant of the API; a cheap call to check credentials.

Sends a `GET` request to `/v1/info`

Arguments:
- `x_runas`: The user id (int or uuid) on whose behalf the request runs. Requires scope `Application.RunAs`.
```ignore
let response = client.get_info()
    .x_runas(x_runas)
    .send()
    .await;
```*/
    pub fn get_info(&self) -> builder::GetInfo<'_> {
        builder::GetInfo::new(self)
    }
    /**Query Items

Sends a `GET` request to `/v1/items`

Arguments:
- `category_id`
- `changed_since`
- `is_active_on_sales_channel_id`
- `manufacturer_id`
- `page_number`: The page to return, from 1.
- `page_size`: Items per page.
- `parent_item_id`
- `search_key_word`
- `x_runas`: The user id (int or uuid) on whose behalf the request runs. Requires scope `Application.RunAs`.
```ignore
let response = client.query_items()
    .category_id(category_id)
    .changed_since(changed_since)
    .is_active_on_sales_channel_id(is_active_on_sales_channel_id)
    .manufacturer_id(manufacturer_id)
    .page_number(page_number)
    .page_size(page_size)
    .parent_item_id(parent_item_id)
    .search_key_word(search_key_word)
    .x_runas(x_runas)
    .send()
    .await;
```*/
    pub fn query_items(&self) -> builder::QueryItems<'_> {
        builder::QueryItems::new(self)
    }
    /**Get Item

Sends a `GET` request to `/v1/items/{itemId}`

Arguments:
- `item_id`
- `x_runas`: The user id (int or uuid) on whose behalf the request runs. Requires scope `Application.RunAs`.
```ignore
let response = client.get_item()
    .item_id(item_id)
    .x_runas(x_runas)
    .send()
    .await;
```*/
    pub fn get_item(&self) -> builder::GetItem<'_> {
        builder::GetItem::new(self)
    }
    /**Query Sales Orders

All non-pending sales orders matching the filters.

Sends a `GET` request to `/v1/salesOrders`

Arguments:
- `created_since`
- `created_until`
- `customer_id`
- `external_order_number`
- `is_cancelled`
- `item_id`
- `page_number`: The page to return, from 1.
- `page_size`: Items per page.
- `sales_order_number`
- `x_runas`: The user id (int or uuid) on whose behalf the request runs. Requires scope `Application.RunAs`.
```ignore
let response = client.query_sales_orders()
    .created_since(created_since)
    .created_until(created_until)
    .customer_id(customer_id)
    .external_order_number(external_order_number)
    .is_cancelled(is_cancelled)
    .item_id(item_id)
    .page_number(page_number)
    .page_size(page_size)
    .sales_order_number(sales_order_number)
    .x_runas(x_runas)
    .send()
    .await;
```*/
    pub fn query_sales_orders(&self) -> builder::QuerySalesOrders<'_> {
        builder::QuerySalesOrders::new(self)
    }
    /**Register App

Sends a registration request while the merchant has the registration dialog open in JTL-Wawi. Poll `fetchRegistrationStatusV2` with the same challenge code until it is accepted or rejected.

Sends a `POST` request to `/v2/authentication`

Arguments:
- `body`: Contains the registration request's data.
```ignore
let response = client.register_app_v2()
    .body(body)
    .send()
    .await;
```*/
    pub fn register_app_v2(&self) -> builder::RegisterAppV2<'_> {
        builder::RegisterAppV2::new(self)
    }
    /**Register Foreign App

Sends a `POST` request to `/v2/authentication/foreign`

Arguments:
- `x_session_id`: The id of a session in which the call runs.
- `x_companyid`: The company id (int or uuid) to act for.
- `x_runas`: The user id (int or uuid) on whose behalf the request runs. Requires scope `Application.RunAs`.
- `body`
```ignore
let response = client.register_foreign_app_v2()
    .x_session_id(x_session_id)
    .x_companyid(x_companyid)
    .x_runas(x_runas)
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(
        note = "Foreign-app registration is a no-op since JTL-Wawi 2.2.0; register the app itself instead. Use `register_app_v2` instead."
    )]
    pub fn register_foreign_app_v2(&self) -> builder::RegisterForeignAppV2<'_> {
        builder::RegisterForeignAppV2::new(self)
    }
    /**Remove Foreign App By Registration Id

Answers 204; nothing is executed.

Sends a `DELETE` request to `/v2/authentication/foreign/{registrationId}/registration`

Arguments:
- `registration_id`: Unique identifier of the registration request.
- `x_companyid`: The company id (int or uuid) to act for.
- `x_runas`: The user id (int or uuid) on whose behalf the request runs. Requires scope `Application.RunAs`.
```ignore
let response = client.remove_foreign_app_by_registration_id_v2()
    .registration_id(registration_id)
    .x_companyid(x_companyid)
    .x_runas(x_runas)
    .send()
    .await;
```*/
    #[deprecated(note = "A no-op since JTL-Wawi 2.2.0. Use `register_app_v2` instead.")]
    pub fn remove_foreign_app_by_registration_id_v2(
        &self,
    ) -> builder::RemoveForeignAppByRegistrationIdV2<'_> {
        builder::RemoveForeignAppByRegistrationIdV2::new(self)
    }
    /**Update Foreign App By Registration Id

Accepted and ignored since JTL-Wawi 2.2.0.

Sends a `PATCH` request to `/v2/authentication/foreign/{registrationId}/registration`

Arguments:
- `registration_id`: Unique identifier of the registration request.
- `x_session_id`: The id of a session in which the call runs.
- `x_companyid`: The company id (int or uuid) to act for.
- `x_runas`: The user id (int or uuid) on whose behalf the request runs. Requires scope `Application.RunAs`.
- `body`
```ignore
let response = client.update_foreign_app_by_registration_id_v2()
    .registration_id(registration_id)
    .x_session_id(x_session_id)
    .x_companyid(x_companyid)
    .x_runas(x_runas)
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(
        note = "A no-op since JTL-Wawi 2.2.0 (the body is accepted and ignored). Use `register_app_v2` instead."
    )]
    pub fn update_foreign_app_by_registration_id_v2(
        &self,
    ) -> builder::UpdateForeignAppByRegistrationIdV2<'_> {
        builder::UpdateForeignAppByRegistrationIdV2::new(self)
    }
    /**Fetch Registration Status

Returns the registration's status; once accepted, `token.apiKey` carries the API key, delivered once (later calls answer 410).

Sends a `GET` request to `/v2/authentication/{registrationId}`

Arguments:
- `registration_id`: Unique identifier of the registration request, as returned by Register App.
```ignore
let response = client.fetch_registration_status_v2()
    .registration_id(registration_id)
    .send()
    .await;
```*/
    pub fn fetch_registration_status_v2(
        &self,
    ) -> builder::FetchRegistrationStatusV2<'_> {
        builder::FetchRegistrationStatusV2::new(self)
    }
    /**Register Multi Instance App

Sends a `POST` request to `/v2/authentication/{registrationId}`

Arguments:
- `registration_id`: Unique identifier of the registration request, as returned by Register App.
```ignore
let response = client.register_multi_instance_app_v2()
    .registration_id(registration_id)
    .send()
    .await;
```*/
    pub fn register_multi_instance_app_v2(
        &self,
    ) -> builder::RegisterMultiInstanceAppV2<'_> {
        builder::RegisterMultiInstanceAppV2::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::update_foreign_app_by_app_id_v1`]

[`Client::update_foreign_app_by_app_id_v1`]: super::Client::update_foreign_app_by_app_id_v1*/
    #[derive(Debug, Clone)]
    pub struct UpdateForeignAppByAppIdV1<'a> {
        client: &'a super::Client,
        app_id: Result<types::UpdateForeignAppByAppIdV1AppId, String>,
        x_companyid: Result<Option<::std::string::String>, String>,
        x_runas: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::UpdateAppRegistrationRequest, String>,
    }
    impl<'a> UpdateForeignAppByAppIdV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                app_id: Err("app_id was not initialized".to_string()),
                x_companyid: Ok(None),
                x_runas: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn app_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateForeignAppByAppIdV1AppId>,
        {
            self.app_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UpdateForeignAppByAppIdV1AppId` for app_id failed"
                        .to_string()
                });
            self
        }
        pub fn x_companyid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_companyid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_companyid failed"
                        .to_string()
                });
            self
        }
        pub fn x_runas<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_runas = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_runas failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateAppRegistrationRequest>,
            <V as std::convert::TryInto<
                types::UpdateAppRegistrationRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateAppRegistrationRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateAppRegistrationRequest,
            ) -> types::builder::UpdateAppRegistrationRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/authentication/foreign/{appId}/app`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RegistrationInformation>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, app_id, x_companyid, x_runas, body } = self;
            let app_id = app_id.map_err(Error::InvalidRequest)?;
            let x_companyid = x_companyid.map_err(Error::InvalidRequest)?;
            let x_runas = x_runas.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateAppRegistrationRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/authentication/foreign/{}/app", client.baseurl, encode_path(& app_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            if let Some(value) = x_companyid {
                header_map.append("x-companyid", value.to_string().try_into()?);
            }
            if let Some(value) = x_runas {
                header_map.append("x-runas", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_foreign_app_by_app_id_v1",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                401u16 => {
                    Err(apifleet_runtime::decode::error_without_body(response).await)
                }
                200u16 => apifleet_runtime::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_foreign_app_by_registration_id_v1`]

[`Client::update_foreign_app_by_registration_id_v1`]: super::Client::update_foreign_app_by_registration_id_v1*/
    #[derive(Debug, Clone)]
    pub struct UpdateForeignAppByRegistrationIdV1<'a> {
        client: &'a super::Client,
        registration_id: Result<::uuid::Uuid, String>,
        x_session_id: Result<Option<::uuid::Uuid>, String>,
        x_runas: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::UpdateAppRegistrationRequest, String>,
    }
    impl<'a> UpdateForeignAppByRegistrationIdV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                registration_id: Err("registration_id was not initialized".to_string()),
                x_session_id: Ok(None),
                x_runas: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn registration_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.registration_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for registration_id failed"
                        .to_string()
                });
            self
        }
        pub fn x_session_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.x_session_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for x_session_id failed".to_string()
                });
            self
        }
        pub fn x_runas<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_runas = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_runas failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateAppRegistrationRequest>,
            <V as std::convert::TryInto<
                types::UpdateAppRegistrationRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateAppRegistrationRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateAppRegistrationRequest,
            ) -> types::builder::UpdateAppRegistrationRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/authentication/foreign/{registrationId}/registration`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RegistrationInformation>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, registration_id, x_session_id, x_runas, body } = self;
            let registration_id = registration_id.map_err(Error::InvalidRequest)?;
            let x_session_id = x_session_id.map_err(Error::InvalidRequest)?;
            let x_runas = x_runas.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateAppRegistrationRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/authentication/foreign/{}/registration", client.baseurl,
                encode_path(& registration_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            if let Some(value) = x_session_id {
                header_map.append("X-SessionId", value.to_string().try_into()?);
            }
            if let Some(value) = x_runas {
                header_map.append("x-runas", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_foreign_app_by_registration_id_v1",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                401u16 => {
                    Err(apifleet_runtime::decode::error_without_body(response).await)
                }
                200u16 => apifleet_runtime::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::register_app_v1`]

[`Client::register_app_v1`]: super::Client::register_app_v1*/
    #[derive(Debug, Clone)]
    pub struct RegisterAppV1<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateAppRegistrationRequest, String>,
    }
    impl<'a> RegisterAppV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateAppRegistrationRequest>,
            <V as std::convert::TryInto<
                types::CreateAppRegistrationRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateAppRegistrationRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateAppRegistrationRequest,
            ) -> types::builder::CreateAppRegistrationRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/authentication`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RegistrationRequestStatusInfo>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateAppRegistrationRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/authentication", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "register_app_v1",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                401u16 | 402u16 => {
                    Err(apifleet_runtime::decode::error_without_body(response).await)
                }
                201u16 => apifleet_runtime::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::remove_foreign_app_by_registration_id_v1`]

[`Client::remove_foreign_app_by_registration_id_v1`]: super::Client::remove_foreign_app_by_registration_id_v1*/
    #[derive(Debug, Clone)]
    pub struct RemoveForeignAppByRegistrationIdV1<'a> {
        client: &'a super::Client,
        registration_id: Result<::uuid::Uuid, String>,
        x_companyid: Result<Option<::std::string::String>, String>,
        x_runas: Result<Option<::std::string::String>, String>,
    }
    impl<'a> RemoveForeignAppByRegistrationIdV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                registration_id: Err("registration_id was not initialized".to_string()),
                x_companyid: Ok(None),
                x_runas: Ok(None),
            }
        }
        pub fn registration_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.registration_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for registration_id failed"
                        .to_string()
                });
            self
        }
        pub fn x_companyid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_companyid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_companyid failed"
                        .to_string()
                });
            self
        }
        pub fn x_runas<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_runas = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_runas failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v1/authentication/foreign/{registrationId}/registration`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, registration_id, x_companyid, x_runas } = self;
            let registration_id = registration_id.map_err(Error::InvalidRequest)?;
            let x_companyid = x_companyid.map_err(Error::InvalidRequest)?;
            let x_runas = x_runas.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/authentication/foreign/{}/registration", client.baseurl,
                encode_path(& registration_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            if let Some(value) = x_companyid {
                header_map.append("x-companyid", value.to_string().try_into()?);
            }
            if let Some(value) = x_runas {
                header_map.append("x-runas", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "remove_foreign_app_by_registration_id_v1",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                401u16 => {
                    Err(apifleet_runtime::decode::error_without_body(response).await)
                }
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::fetch_registration_status_v1`]

[`Client::fetch_registration_status_v1`]: super::Client::fetch_registration_status_v1*/
    #[derive(Debug, Clone)]
    pub struct FetchRegistrationStatusV1<'a> {
        client: &'a super::Client,
        registration_id: Result<types::FetchRegistrationStatusV1RegistrationId, String>,
    }
    impl<'a> FetchRegistrationStatusV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                registration_id: Err("registration_id was not initialized".to_string()),
            }
        }
        pub fn registration_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FetchRegistrationStatusV1RegistrationId>,
        {
            self.registration_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `FetchRegistrationStatusV1RegistrationId` for registration_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/authentication/{registrationId}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RegistrationInformation>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, registration_id } = self;
            let registration_id = registration_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/authentication/{}", client.baseurl, encode_path(& registration_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "fetch_registration_status_v1",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                401u16 | 402u16 | 410u16 => {
                    Err(apifleet_runtime::decode::error_without_body(response).await)
                }
                200u16 => apifleet_runtime::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::register_multi_instance_app_v1`]

[`Client::register_multi_instance_app_v1`]: super::Client::register_multi_instance_app_v1*/
    #[derive(Debug, Clone)]
    pub struct RegisterMultiInstanceAppV1<'a> {
        client: &'a super::Client,
        registration_id: Result<types::RegisterMultiInstanceAppV1RegistrationId, String>,
    }
    impl<'a> RegisterMultiInstanceAppV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                registration_id: Err("registration_id was not initialized".to_string()),
            }
        }
        pub fn registration_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RegisterMultiInstanceAppV1RegistrationId>,
        {
            self.registration_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `RegisterMultiInstanceAppV1RegistrationId` for registration_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/v1/authentication/{registrationId}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RegistrationRequestStatusInfo>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, registration_id } = self;
            let registration_id = registration_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/authentication/{}", client.baseurl, encode_path(& registration_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "register_multi_instance_app_v1",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                401u16 | 402u16 => {
                    Err(apifleet_runtime::decode::error_without_body(response).await)
                }
                200u16 => apifleet_runtime::decode::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::query_customers`]

[`Client::query_customers`]: super::Client::query_customers*/
    #[derive(Debug, Clone)]
    pub struct QueryCustomers<'a> {
        client: &'a super::Client,
        category_id: Result<Option<i32>, String>,
        group_id: Result<Option<i32>, String>,
        number: Result<Option<::std::string::String>, String>,
        page_number: Result<Option<::std::num::NonZeroU32>, String>,
        page_size: Result<Option<::std::num::NonZeroU32>, String>,
        search_key_word: Result<Option<::std::string::String>, String>,
        x_runas: Result<Option<::std::string::String>, String>,
    }
    impl<'a> QueryCustomers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                category_id: Ok(None),
                group_id: Ok(None),
                number: Ok(None),
                page_number: Ok(None),
                page_size: Ok(None),
                search_key_word: Ok(None),
                x_runas: Ok(None),
            }
        }
        pub fn category_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.category_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for category_id failed".to_string());
            self
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.group_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for group_id failed".to_string());
            self
        }
        pub fn number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.number = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for number failed"
                        .to_string()
                });
            self
        }
        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page_number = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page_number failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn search_key_word<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search_key_word = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search_key_word failed"
                        .to_string()
                });
            self
        }
        pub fn x_runas<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_runas = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_runas failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/customers`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PagedListOfCustomer>,
            Error<types::ErrorResponse>,
        > {
            let Self {
                client,
                category_id,
                group_id,
                number,
                page_number,
                page_size,
                search_key_word,
                x_runas,
            } = self;
            let category_id = category_id.map_err(Error::InvalidRequest)?;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let number = number.map_err(Error::InvalidRequest)?;
            let page_number = page_number.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let search_key_word = search_key_word.map_err(Error::InvalidRequest)?;
            let x_runas = x_runas.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/customers", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            if let Some(value) = x_runas {
                header_map.append("x-runas", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("categoryId", &category_id))
                .query(&progenitor_client::QueryParam::new("groupId", &group_id))
                .query(&progenitor_client::QueryParam::new("number", &number))
                .query(&progenitor_client::QueryParam::new("pageNumber", &page_number))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(
                    &progenitor_client::QueryParam::new(
                        "searchKeyWord",
                        &search_key_word,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "query_customers",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                401u16 => {
                    Err(apifleet_runtime::decode::error_without_body(response).await)
                }
                200u16 => apifleet_runtime::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_customer`]

[`Client::create_customer`]: super::Client::create_customer*/
    #[derive(Debug, Clone)]
    pub struct CreateCustomer<'a> {
        client: &'a super::Client,
        disable_automatic_workflows: Result<Option<bool>, String>,
        x_runas: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::CreateCustomer, String>,
    }
    impl<'a> CreateCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                disable_automatic_workflows: Ok(None),
                x_runas: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn disable_automatic_workflows<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.disable_automatic_workflows = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for disable_automatic_workflows failed"
                        .to_string()
                });
            self
        }
        pub fn x_runas<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_runas = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_runas failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateCustomer>,
            <V as std::convert::TryInto<
                types::CreateCustomer,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateCustomer` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateCustomer,
            ) -> types::builder::CreateCustomer,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/customers`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Customer>, Error<types::ErrorResponse>> {
            let Self { client, disable_automatic_workflows, x_runas, body } = self;
            let disable_automatic_workflows = disable_automatic_workflows
                .map_err(Error::InvalidRequest)?;
            let x_runas = x_runas.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateCustomer::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/customers", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            if let Some(value) = x_runas {
                header_map.append("x-runas", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(
                    &progenitor_client::QueryParam::new(
                        "disableAutomaticWorkflows",
                        &disable_automatic_workflows,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_customer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                401u16 => {
                    Err(apifleet_runtime::decode::error_without_body(response).await)
                }
                201u16 => apifleet_runtime::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_customer`]

[`Client::get_customer`]: super::Client::get_customer*/
    #[derive(Debug, Clone)]
    pub struct GetCustomer<'a> {
        client: &'a super::Client,
        customer_id: Result<i32, String>,
        x_runas: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Err("customer_id was not initialized".to_string()),
                x_runas: Ok(None),
            }
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| "conversion to `i32` for customer_id failed".to_string());
            self
        }
        pub fn x_runas<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_runas = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_runas failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/customers/{customerId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Customer>, Error<types::ErrorResponse>> {
            let Self { client, customer_id, x_runas } = self;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let x_runas = x_runas.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/customers/{}", client.baseurl, encode_path(& customer_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            if let Some(value) = x_runas {
                header_map.append("x-runas", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_customer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                401u16 => {
                    Err(apifleet_runtime::decode::error_without_body(response).await)
                }
                200u16 => apifleet_runtime::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_info`]

[`Client::get_info`]: super::Client::get_info*/
    #[derive(Debug, Clone)]
    pub struct GetInfo<'a> {
        client: &'a super::Client,
        x_runas: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetInfo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_runas: Ok(None),
            }
        }
        pub fn x_runas<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_runas = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_runas failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/info`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ApiStatus>, Error<types::ErrorResponse>> {
            let Self { client, x_runas } = self;
            let x_runas = x_runas.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/info", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            if let Some(value) = x_runas {
                header_map.append("x-runas", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_info",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                401u16 => {
                    Err(apifleet_runtime::decode::error_without_body(response).await)
                }
                200u16 => apifleet_runtime::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::query_items`]

[`Client::query_items`]: super::Client::query_items*/
    #[derive(Debug, Clone)]
    pub struct QueryItems<'a> {
        client: &'a super::Client,
        category_id: Result<Option<i32>, String>,
        changed_since: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        is_active_on_sales_channel_id: Result<Option<::std::string::String>, String>,
        manufacturer_id: Result<Option<i32>, String>,
        page_number: Result<Option<::std::num::NonZeroU32>, String>,
        page_size: Result<Option<::std::num::NonZeroU32>, String>,
        parent_item_id: Result<Option<i32>, String>,
        search_key_word: Result<Option<::std::string::String>, String>,
        x_runas: Result<Option<::std::string::String>, String>,
    }
    impl<'a> QueryItems<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                category_id: Ok(None),
                changed_since: Ok(None),
                is_active_on_sales_channel_id: Ok(None),
                manufacturer_id: Ok(None),
                page_number: Ok(None),
                page_size: Ok(None),
                parent_item_id: Ok(None),
                search_key_word: Ok(None),
                x_runas: Ok(None),
            }
        }
        pub fn category_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.category_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for category_id failed".to_string());
            self
        }
        pub fn changed_since<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.changed_since = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for changed_since failed"
                        .to_string()
                });
            self
        }
        pub fn is_active_on_sales_channel_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.is_active_on_sales_channel_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for is_active_on_sales_channel_id failed"
                        .to_string()
                });
            self
        }
        pub fn manufacturer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.manufacturer_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `i32` for manufacturer_id failed".to_string()
                });
            self
        }
        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page_number = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page_number failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn parent_item_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.parent_item_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `i32` for parent_item_id failed".to_string()
                });
            self
        }
        pub fn search_key_word<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search_key_word = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search_key_word failed"
                        .to_string()
                });
            self
        }
        pub fn x_runas<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_runas = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_runas failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/items`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PagedListOfItem>, Error<types::ErrorResponse>> {
            let Self {
                client,
                category_id,
                changed_since,
                is_active_on_sales_channel_id,
                manufacturer_id,
                page_number,
                page_size,
                parent_item_id,
                search_key_word,
                x_runas,
            } = self;
            let category_id = category_id.map_err(Error::InvalidRequest)?;
            let changed_since = changed_since.map_err(Error::InvalidRequest)?;
            let is_active_on_sales_channel_id = is_active_on_sales_channel_id
                .map_err(Error::InvalidRequest)?;
            let manufacturer_id = manufacturer_id.map_err(Error::InvalidRequest)?;
            let page_number = page_number.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let parent_item_id = parent_item_id.map_err(Error::InvalidRequest)?;
            let search_key_word = search_key_word.map_err(Error::InvalidRequest)?;
            let x_runas = x_runas.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/items", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            if let Some(value) = x_runas {
                header_map.append("x-runas", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("categoryId", &category_id))
                .query(
                    &progenitor_client::QueryParam::new("changedSince", &changed_since),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "isActiveOnSalesChannelId",
                        &is_active_on_sales_channel_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "manufacturerId",
                        &manufacturer_id,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("pageNumber", &page_number))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(
                    &progenitor_client::QueryParam::new("parentItemId", &parent_item_id),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "searchKeyWord",
                        &search_key_word,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "query_items",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                401u16 => {
                    Err(apifleet_runtime::decode::error_without_body(response).await)
                }
                200u16 => apifleet_runtime::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_item`]

[`Client::get_item`]: super::Client::get_item*/
    #[derive(Debug, Clone)]
    pub struct GetItem<'a> {
        client: &'a super::Client,
        item_id: Result<i32, String>,
        x_runas: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetItem<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                item_id: Err("item_id was not initialized".to_string()),
                x_runas: Ok(None),
            }
        }
        pub fn item_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.item_id = value
                .try_into()
                .map_err(|_| "conversion to `i32` for item_id failed".to_string());
            self
        }
        pub fn x_runas<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_runas = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_runas failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/items/{itemId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Item>, Error<types::ErrorResponse>> {
            let Self { client, item_id, x_runas } = self;
            let item_id = item_id.map_err(Error::InvalidRequest)?;
            let x_runas = x_runas.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/items/{}", client.baseurl, encode_path(& item_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            if let Some(value) = x_runas {
                header_map.append("x-runas", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_item",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                401u16 => {
                    Err(apifleet_runtime::decode::error_without_body(response).await)
                }
                200u16 => apifleet_runtime::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::query_sales_orders`]

[`Client::query_sales_orders`]: super::Client::query_sales_orders*/
    #[derive(Debug, Clone)]
    pub struct QuerySalesOrders<'a> {
        client: &'a super::Client,
        created_since: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        created_until: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        customer_id: Result<Option<i32>, String>,
        external_order_number: Result<Option<::std::string::String>, String>,
        is_cancelled: Result<Option<bool>, String>,
        item_id: Result<Option<i32>, String>,
        page_number: Result<Option<::std::num::NonZeroU32>, String>,
        page_size: Result<Option<::std::num::NonZeroU32>, String>,
        sales_order_number: Result<Option<::std::string::String>, String>,
        x_runas: Result<Option<::std::string::String>, String>,
    }
    impl<'a> QuerySalesOrders<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                created_since: Ok(None),
                created_until: Ok(None),
                customer_id: Ok(None),
                external_order_number: Ok(None),
                is_cancelled: Ok(None),
                item_id: Ok(None),
                page_number: Ok(None),
                page_size: Ok(None),
                sales_order_number: Ok(None),
                x_runas: Ok(None),
            }
        }
        pub fn created_since<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.created_since = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for created_since failed"
                        .to_string()
                });
            self
        }
        pub fn created_until<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.created_until = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for created_until failed"
                        .to_string()
                });
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.customer_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for customer_id failed".to_string());
            self
        }
        pub fn external_order_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.external_order_number = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for external_order_number failed"
                        .to_string()
                });
            self
        }
        pub fn is_cancelled<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.is_cancelled = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for is_cancelled failed".to_string());
            self
        }
        pub fn item_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.item_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for item_id failed".to_string());
            self
        }
        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page_number = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page_number failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn sales_order_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sales_order_number = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sales_order_number failed"
                        .to_string()
                });
            self
        }
        pub fn x_runas<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_runas = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_runas failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/salesOrders`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PagedListOfSalesOrder>,
            Error<types::ErrorResponse>,
        > {
            let Self {
                client,
                created_since,
                created_until,
                customer_id,
                external_order_number,
                is_cancelled,
                item_id,
                page_number,
                page_size,
                sales_order_number,
                x_runas,
            } = self;
            let created_since = created_since.map_err(Error::InvalidRequest)?;
            let created_until = created_until.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let external_order_number = external_order_number
                .map_err(Error::InvalidRequest)?;
            let is_cancelled = is_cancelled.map_err(Error::InvalidRequest)?;
            let item_id = item_id.map_err(Error::InvalidRequest)?;
            let page_number = page_number.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let sales_order_number = sales_order_number.map_err(Error::InvalidRequest)?;
            let x_runas = x_runas.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/salesOrders", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            if let Some(value) = x_runas {
                header_map.append("x-runas", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new("createdSince", &created_since),
                )
                .query(
                    &progenitor_client::QueryParam::new("createdUntil", &created_until),
                )
                .query(&progenitor_client::QueryParam::new("customerId", &customer_id))
                .query(
                    &progenitor_client::QueryParam::new(
                        "externalOrderNumber",
                        &external_order_number,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("isCancelled", &is_cancelled))
                .query(&progenitor_client::QueryParam::new("itemId", &item_id))
                .query(&progenitor_client::QueryParam::new("pageNumber", &page_number))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(
                    &progenitor_client::QueryParam::new(
                        "salesOrderNumber",
                        &sales_order_number,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "query_sales_orders",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                401u16 => {
                    Err(apifleet_runtime::decode::error_without_body(response).await)
                }
                200u16 => apifleet_runtime::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::register_app_v2`]

[`Client::register_app_v2`]: super::Client::register_app_v2*/
    #[derive(Debug, Clone)]
    pub struct RegisterAppV2<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateAppRegistrationRequestV2, String>,
    }
    impl<'a> RegisterAppV2<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateAppRegistrationRequestV2>,
            <V as std::convert::TryInto<
                types::CreateAppRegistrationRequestV2,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateAppRegistrationRequestV2` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateAppRegistrationRequestV2,
            ) -> types::builder::CreateAppRegistrationRequestV2,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/authentication`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RegistrationRequestStatusInfoV2>,
            Error<types::ErrorResponseV2>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateAppRegistrationRequestV2::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/authentication", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "register_app_v2",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                401u16 | 402u16 => {
                    Err(apifleet_runtime::decode::error_without_body(response).await)
                }
                201u16 => apifleet_runtime::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::register_foreign_app_v2`]

[`Client::register_foreign_app_v2`]: super::Client::register_foreign_app_v2*/
    #[derive(Debug, Clone)]
    pub struct RegisterForeignAppV2<'a> {
        client: &'a super::Client,
        x_session_id: Result<Option<::uuid::Uuid>, String>,
        x_companyid: Result<Option<::std::string::String>, String>,
        x_runas: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::RegisterForeignAppRequestV2, String>,
    }
    impl<'a> RegisterForeignAppV2<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_session_id: Ok(None),
                x_companyid: Ok(None),
                x_runas: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_session_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.x_session_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for x_session_id failed".to_string()
                });
            self
        }
        pub fn x_companyid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_companyid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_companyid failed"
                        .to_string()
                });
            self
        }
        pub fn x_runas<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_runas = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_runas failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RegisterForeignAppRequestV2>,
            <V as std::convert::TryInto<
                types::RegisterForeignAppRequestV2,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `RegisterForeignAppRequestV2` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RegisterForeignAppRequestV2,
            ) -> types::builder::RegisterForeignAppRequestV2,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/authentication/foreign`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RegistrationRequestStatusInfoV2>,
            Error<types::ErrorResponseV2>,
        > {
            let Self { client, x_session_id, x_companyid, x_runas, body } = self;
            let x_session_id = x_session_id.map_err(Error::InvalidRequest)?;
            let x_companyid = x_companyid.map_err(Error::InvalidRequest)?;
            let x_runas = x_runas.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::RegisterForeignAppRequestV2::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/authentication/foreign", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(4usize);
            if let Some(value) = x_session_id {
                header_map.append("X-SessionId", value.to_string().try_into()?);
            }
            if let Some(value) = x_companyid {
                header_map.append("x-companyid", value.to_string().try_into()?);
            }
            if let Some(value) = x_runas {
                header_map.append("x-runas", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "register_foreign_app_v2",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                401u16 => {
                    Err(apifleet_runtime::decode::error_without_body(response).await)
                }
                201u16 => apifleet_runtime::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::remove_foreign_app_by_registration_id_v2`]

[`Client::remove_foreign_app_by_registration_id_v2`]: super::Client::remove_foreign_app_by_registration_id_v2*/
    #[derive(Debug, Clone)]
    pub struct RemoveForeignAppByRegistrationIdV2<'a> {
        client: &'a super::Client,
        registration_id: Result<::uuid::Uuid, String>,
        x_companyid: Result<Option<::std::string::String>, String>,
        x_runas: Result<Option<::std::string::String>, String>,
    }
    impl<'a> RemoveForeignAppByRegistrationIdV2<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                registration_id: Err("registration_id was not initialized".to_string()),
                x_companyid: Ok(None),
                x_runas: Ok(None),
            }
        }
        pub fn registration_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.registration_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for registration_id failed"
                        .to_string()
                });
            self
        }
        pub fn x_companyid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_companyid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_companyid failed"
                        .to_string()
                });
            self
        }
        pub fn x_runas<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_runas = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_runas failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v2/authentication/foreign/{registrationId}/registration`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponseV2>> {
            let Self { client, registration_id, x_companyid, x_runas } = self;
            let registration_id = registration_id.map_err(Error::InvalidRequest)?;
            let x_companyid = x_companyid.map_err(Error::InvalidRequest)?;
            let x_runas = x_runas.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/authentication/foreign/{}/registration", client.baseurl,
                encode_path(& registration_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            if let Some(value) = x_companyid {
                header_map.append("x-companyid", value.to_string().try_into()?);
            }
            if let Some(value) = x_runas {
                header_map.append("x-runas", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "remove_foreign_app_by_registration_id_v2",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                401u16 => {
                    Err(apifleet_runtime::decode::error_without_body(response).await)
                }
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_foreign_app_by_registration_id_v2`]

[`Client::update_foreign_app_by_registration_id_v2`]: super::Client::update_foreign_app_by_registration_id_v2*/
    #[derive(Debug, Clone)]
    pub struct UpdateForeignAppByRegistrationIdV2<'a> {
        client: &'a super::Client,
        registration_id: Result<::uuid::Uuid, String>,
        x_session_id: Result<Option<::uuid::Uuid>, String>,
        x_companyid: Result<Option<::std::string::String>, String>,
        x_runas: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::UpdateAppRegistrationRequestV2, String>,
    }
    impl<'a> UpdateForeignAppByRegistrationIdV2<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                registration_id: Err("registration_id was not initialized".to_string()),
                x_session_id: Ok(None),
                x_companyid: Ok(None),
                x_runas: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn registration_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.registration_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for registration_id failed"
                        .to_string()
                });
            self
        }
        pub fn x_session_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.x_session_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for x_session_id failed".to_string()
                });
            self
        }
        pub fn x_companyid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_companyid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_companyid failed"
                        .to_string()
                });
            self
        }
        pub fn x_runas<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_runas = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_runas failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateAppRegistrationRequestV2>,
            <V as std::convert::TryInto<
                types::UpdateAppRegistrationRequestV2,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateAppRegistrationRequestV2` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateAppRegistrationRequestV2,
            ) -> types::builder::UpdateAppRegistrationRequestV2,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/v2/authentication/foreign/{registrationId}/registration`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RegistrationInformationV2>,
            Error<types::ErrorResponseV2>,
        > {
            let Self {
                client,
                registration_id,
                x_session_id,
                x_companyid,
                x_runas,
                body,
            } = self;
            let registration_id = registration_id.map_err(Error::InvalidRequest)?;
            let x_session_id = x_session_id.map_err(Error::InvalidRequest)?;
            let x_companyid = x_companyid.map_err(Error::InvalidRequest)?;
            let x_runas = x_runas.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateAppRegistrationRequestV2::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/authentication/foreign/{}/registration", client.baseurl,
                encode_path(& registration_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(4usize);
            if let Some(value) = x_session_id {
                header_map.append("X-SessionId", value.to_string().try_into()?);
            }
            if let Some(value) = x_companyid {
                header_map.append("x-companyid", value.to_string().try_into()?);
            }
            if let Some(value) = x_runas {
                header_map.append("x-runas", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_foreign_app_by_registration_id_v2",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                401u16 => {
                    Err(apifleet_runtime::decode::error_without_body(response).await)
                }
                200u16 => apifleet_runtime::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::fetch_registration_status_v2`]

[`Client::fetch_registration_status_v2`]: super::Client::fetch_registration_status_v2*/
    #[derive(Debug, Clone)]
    pub struct FetchRegistrationStatusV2<'a> {
        client: &'a super::Client,
        registration_id: Result<types::FetchRegistrationStatusV2RegistrationId, String>,
    }
    impl<'a> FetchRegistrationStatusV2<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                registration_id: Err("registration_id was not initialized".to_string()),
            }
        }
        pub fn registration_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FetchRegistrationStatusV2RegistrationId>,
        {
            self.registration_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `FetchRegistrationStatusV2RegistrationId` for registration_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/authentication/{registrationId}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RegistrationInformationV2>,
            Error<types::ErrorResponseV2>,
        > {
            let Self { client, registration_id } = self;
            let registration_id = registration_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/authentication/{}", client.baseurl, encode_path(& registration_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "fetch_registration_status_v2",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                401u16 | 402u16 | 410u16 => {
                    Err(apifleet_runtime::decode::error_without_body(response).await)
                }
                200u16 => apifleet_runtime::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::register_multi_instance_app_v2`]

[`Client::register_multi_instance_app_v2`]: super::Client::register_multi_instance_app_v2*/
    #[derive(Debug, Clone)]
    pub struct RegisterMultiInstanceAppV2<'a> {
        client: &'a super::Client,
        registration_id: Result<types::RegisterMultiInstanceAppV2RegistrationId, String>,
    }
    impl<'a> RegisterMultiInstanceAppV2<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                registration_id: Err("registration_id was not initialized".to_string()),
            }
        }
        pub fn registration_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RegisterMultiInstanceAppV2RegistrationId>,
        {
            self.registration_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `RegisterMultiInstanceAppV2RegistrationId` for registration_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/v2/authentication/{registrationId}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RegistrationRequestStatusInfoV2>,
            Error<types::ErrorResponseV2>,
        > {
            let Self { client, registration_id } = self;
            let registration_id = registration_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/authentication/{}", client.baseurl, encode_path(& registration_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "register_multi_instance_app_v2",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                401u16 | 402u16 => {
                    Err(apifleet_runtime::decode::error_without_body(response).await)
                }
                200u16 => apifleet_runtime::decode::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            apifleet_runtime::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// What the spec says about each operation (method, path template, deprecation, security
/// schemes, headers set from the client's configuration, idempotency), sorted by Rust
/// method name.
pub mod operations {
    /// Every operation of the spec.
    pub static ALL: [apifleet_runtime::OperationMeta; 19usize] = [
        apifleet_runtime::OperationMeta {
            id: "createCustomer",
            rust_name: "create_customer",
            method: "POST",
            path: "/v1/customers",
            deprecated: None,
            security: &["bearerAuth", "wawiAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "api-version",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-api-key",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-appid",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-appversion",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-tenant-id",
                    required: true,
                },
            ],
            idempotent: false,
        },
        apifleet_runtime::OperationMeta {
            id: "fetchRegistrationStatusV1",
            rust_name: "fetch_registration_status_v1",
            method: "GET",
            path: "/v1/authentication/{registrationId}",
            deprecated: Some(
                "The v1 (PascalCase) API generation is superseded by v2. Use `fetch_registration_status_v2` instead.",
            ),
            security: &["bearerAuth", "wawiAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "api-version",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-challengecode",
                    required: true,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-tenant-id",
                    required: true,
                },
            ],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "fetchRegistrationStatusV2",
            rust_name: "fetch_registration_status_v2",
            method: "GET",
            path: "/v2/authentication/{registrationId}",
            deprecated: None,
            security: &["bearerAuth", "wawiAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "api-version",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-challengecode",
                    required: true,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-tenant-id",
                    required: true,
                },
            ],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "getCustomer",
            rust_name: "get_customer",
            method: "GET",
            path: "/v1/customers/{customerId}",
            deprecated: None,
            security: &["bearerAuth", "wawiAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "api-version",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-api-key",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-appid",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-appversion",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-tenant-id",
                    required: true,
                },
            ],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "getInfo",
            rust_name: "get_info",
            method: "GET",
            path: "/v1/info",
            deprecated: None,
            security: &["bearerAuth", "wawiAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "api-version",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-api-key",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-appid",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-appversion",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-tenant-id",
                    required: true,
                },
            ],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "getItem",
            rust_name: "get_item",
            method: "GET",
            path: "/v1/items/{itemId}",
            deprecated: None,
            security: &["bearerAuth", "wawiAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "api-version",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-api-key",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-appid",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-appversion",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-tenant-id",
                    required: true,
                },
            ],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "queryCustomers",
            rust_name: "query_customers",
            method: "GET",
            path: "/v1/customers",
            deprecated: None,
            security: &["bearerAuth", "wawiAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "api-version",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-api-key",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-appid",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-appversion",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-tenant-id",
                    required: true,
                },
            ],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "queryItems",
            rust_name: "query_items",
            method: "GET",
            path: "/v1/items",
            deprecated: None,
            security: &["bearerAuth", "wawiAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "api-version",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-api-key",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-appid",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-appversion",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-tenant-id",
                    required: true,
                },
            ],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "querySalesOrders",
            rust_name: "query_sales_orders",
            method: "GET",
            path: "/v1/salesOrders",
            deprecated: None,
            security: &["bearerAuth", "wawiAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "api-version",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-api-key",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-appid",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-appversion",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-tenant-id",
                    required: true,
                },
            ],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "registerAppV1",
            rust_name: "register_app_v1",
            method: "POST",
            path: "/v1/authentication",
            deprecated: Some(
                "The v1 (PascalCase) API generation is superseded by v2. Use `register_app_v2` instead.",
            ),
            security: &["bearerAuth", "wawiAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "api-version",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-challengecode",
                    required: true,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-tenant-id",
                    required: true,
                },
            ],
            idempotent: false,
        },
        apifleet_runtime::OperationMeta {
            id: "registerAppV2",
            rust_name: "register_app_v2",
            method: "POST",
            path: "/v2/authentication",
            deprecated: None,
            security: &["bearerAuth", "wawiAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "api-version",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-challengecode",
                    required: true,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-tenant-id",
                    required: true,
                },
            ],
            idempotent: false,
        },
        apifleet_runtime::OperationMeta {
            id: "registerForeignAppV2",
            rust_name: "register_foreign_app_v2",
            method: "POST",
            path: "/v2/authentication/foreign",
            deprecated: Some(
                "Foreign-app registration is a no-op since JTL-Wawi 2.2.0; register the app itself instead. Use `register_app_v2` instead.",
            ),
            security: &["bearerAuth", "wawiAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "x-api-key",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-appid",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-appversion",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-challengecode",
                    required: true,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-tenant-id",
                    required: true,
                },
            ],
            idempotent: false,
        },
        apifleet_runtime::OperationMeta {
            id: "registerMultiInstanceAppV1",
            rust_name: "register_multi_instance_app_v1",
            method: "POST",
            path: "/v1/authentication/{registrationId}",
            deprecated: Some(
                "The v1 (PascalCase) API generation is superseded by v2. Use `register_multi_instance_app_v2` instead.",
            ),
            security: &["bearerAuth", "wawiAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "api-version",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-challengecode",
                    required: true,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-tenant-id",
                    required: true,
                },
            ],
            idempotent: false,
        },
        apifleet_runtime::OperationMeta {
            id: "registerMultiInstanceAppV2",
            rust_name: "register_multi_instance_app_v2",
            method: "POST",
            path: "/v2/authentication/{registrationId}",
            deprecated: None,
            security: &["bearerAuth", "wawiAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "api-version",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-challengecode",
                    required: true,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-tenant-id",
                    required: true,
                },
            ],
            idempotent: false,
        },
        apifleet_runtime::OperationMeta {
            id: "removeForeignAppByRegistrationIdV1",
            rust_name: "remove_foreign_app_by_registration_id_v1",
            method: "DELETE",
            path: "/v1/authentication/foreign/{registrationId}/registration",
            deprecated: Some(
                "Foreign-app registration is a no-op since JTL-Wawi 2.2.0. Use `register_app_v2` instead.",
            ),
            security: &["bearerAuth", "wawiAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "x-challengecode",
                    required: true,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-tenant-id",
                    required: true,
                },
            ],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "removeForeignAppByRegistrationIdV2",
            rust_name: "remove_foreign_app_by_registration_id_v2",
            method: "DELETE",
            path: "/v2/authentication/foreign/{registrationId}/registration",
            deprecated: Some(
                "A no-op since JTL-Wawi 2.2.0. Use `register_app_v2` instead.",
            ),
            security: &["bearerAuth", "wawiAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "x-challengecode",
                    required: true,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-tenant-id",
                    required: true,
                },
            ],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "updateForeignAppByAppIdV1",
            rust_name: "update_foreign_app_by_app_id_v1",
            method: "PATCH",
            path: "/authentication/foreign/{appId}/app",
            deprecated: Some(
                "Foreign-app registration is a no-op since JTL-Wawi 2.2.0; register the app itself instead. Use `register_app_v2` instead.",
            ),
            security: &["bearerAuth", "wawiAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "x-challengecode",
                    required: true,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-tenant-id",
                    required: true,
                },
            ],
            idempotent: false,
        },
        apifleet_runtime::OperationMeta {
            id: "updateForeignAppByRegistrationIdV1",
            rust_name: "update_foreign_app_by_registration_id_v1",
            method: "PATCH",
            path: "/authentication/foreign/{registrationId}/registration",
            deprecated: Some(
                "Foreign-app registration is a no-op since JTL-Wawi 2.2.0 (since 2.1.0 the Wawi registers itself); register the app itself instead. Use `register_app_v2` instead.",
            ),
            security: &["bearerAuth", "wawiAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "api-version",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-api-key",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-appid",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-appversion",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-challengecode",
                    required: true,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-tenant-id",
                    required: true,
                },
            ],
            idempotent: false,
        },
        apifleet_runtime::OperationMeta {
            id: "updateForeignAppByRegistrationIdV2",
            rust_name: "update_foreign_app_by_registration_id_v2",
            method: "PATCH",
            path: "/v2/authentication/foreign/{registrationId}/registration",
            deprecated: Some(
                "A no-op since JTL-Wawi 2.2.0 (the body is accepted and ignored). Use `register_app_v2` instead.",
            ),
            security: &["bearerAuth", "wawiAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "x-api-key",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-appid",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-appversion",
                    required: false,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-challengecode",
                    required: true,
                },
                apifleet_runtime::ConfigHeader {
                    name: "x-tenant-id",
                    required: true,
                },
            ],
            idempotent: false,
        },
    ];
    /// Looks an operation up by its Rust method name (what hooks receive as `OperationInfo::operation_id`).
    pub fn find(rust_name: &str) -> Option<&'static apifleet_runtime::OperationMeta> {
        ALL.binary_search_by(|m| m.rust_name.cmp(rust_name)).ok().map(|i| &ALL[i])
    }
}
