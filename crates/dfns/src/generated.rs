// Generated from `openapi/dfns.yaml` by `cargo xtask generate` (progenitor 0.15.1).
// Do not edit: change the spec or xtask/src/providers.rs, then run `cargo xtask generate`.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`AccessToken`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct AccessToken {
        ///The token itself; only in the answer that creates it.
        #[serde(
            rename = "accessToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub access_token: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "credId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cred_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "dateCreated",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub date_created: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(rename = "isActive")]
        pub is_active: bool,
        pub kind: crate::enums::AccessTokenKind,
        #[serde(
            rename = "linkedAppId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub linked_app_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "linkedUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub linked_user_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "orgId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub org_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "permissionAssignments",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub permission_assignments: ::std::vec::Vec<PermissionAssignment>,
        ///A fingerprint such as `SHA256:lH6m...`.
        #[serde(
            rename = "publicKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub public_key: ::std::option::Option<::std::string::String>,
        #[serde(rename = "tokenId")]
        pub token_id: ::std::string::String,
    }
    impl AccessToken {
        pub fn builder() -> builder::AccessToken {
            Default::default()
        }
    }
    ///`ActivateApplicationAppId`
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
    pub struct ActivateApplicationAppId(::std::string::String);
    impl ::std::ops::Deref for ActivateApplicationAppId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ActivateApplicationAppId> for ::std::string::String {
        fn from(value: ActivateApplicationAppId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ActivateApplicationAppId {
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
    impl ::std::convert::TryFrom<&str> for ActivateApplicationAppId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ActivateApplicationAppId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ActivateApplicationAppId {
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
    ///`ActivatePersonalAccessTokenTokenId`
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
    pub struct ActivatePersonalAccessTokenTokenId(::std::string::String);
    impl ::std::ops::Deref for ActivatePersonalAccessTokenTokenId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ActivatePersonalAccessTokenTokenId>
    for ::std::string::String {
        fn from(value: ActivatePersonalAccessTokenTokenId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ActivatePersonalAccessTokenTokenId {
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
    impl ::std::convert::TryFrom<&str> for ActivatePersonalAccessTokenTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ActivatePersonalAccessTokenTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ActivatePersonalAccessTokenTokenId {
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
    ///`ActivateServiceAccountServiceAccountId`
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
    pub struct ActivateServiceAccountServiceAccountId(::std::string::String);
    impl ::std::ops::Deref for ActivateServiceAccountServiceAccountId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ActivateServiceAccountServiceAccountId>
    for ::std::string::String {
        fn from(value: ActivateServiceAccountServiceAccountId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ActivateServiceAccountServiceAccountId {
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
    impl ::std::convert::TryFrom<&str> for ActivateServiceAccountServiceAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ActivateServiceAccountServiceAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ActivateServiceAccountServiceAccountId {
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
    ///`AllowCredentials`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct AllowCredentials {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub key: ::std::vec::Vec<CredentialDescriptor>,
        #[serde(
            rename = "passwordProtectedKey",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub password_protected_key: ::std::vec::Vec<CredentialDescriptor>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub webauthn: ::std::vec::Vec<CredentialDescriptor>,
    }
    impl AllowCredentials {
        pub fn builder() -> builder::AllowCredentials {
            Default::default()
        }
    }
    ///`Application`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Application {
        #[serde(
            rename = "accessTokens",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub access_tokens: ::std::vec::Vec<AccessToken>,
        #[serde(rename = "appId")]
        pub app_id: ::std::string::String,
        #[serde(
            rename = "expectedOrigin",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expected_origin: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "expectedRpId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expected_rp_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "isActive")]
        pub is_active: bool,
        pub kind: crate::enums::ApplicationKind,
        pub name: ::std::string::String,
        #[serde(rename = "orgId")]
        pub org_id: ::std::string::String,
        #[serde(
            rename = "permissionAssignments",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub permission_assignments: ::std::vec::Vec<PermissionAssignment>,
    }
    impl Application {
        pub fn builder() -> builder::Application {
            Default::default()
        }
    }
    ///`ArchiveApplicationAppId`
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
    pub struct ArchiveApplicationAppId(::std::string::String);
    impl ::std::ops::Deref for ArchiveApplicationAppId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ArchiveApplicationAppId> for ::std::string::String {
        fn from(value: ArchiveApplicationAppId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ArchiveApplicationAppId {
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
    impl ::std::convert::TryFrom<&str> for ArchiveApplicationAppId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ArchiveApplicationAppId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ArchiveApplicationAppId {
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
    ///`ArchivePersonalAccessTokenTokenId`
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
    pub struct ArchivePersonalAccessTokenTokenId(::std::string::String);
    impl ::std::ops::Deref for ArchivePersonalAccessTokenTokenId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ArchivePersonalAccessTokenTokenId>
    for ::std::string::String {
        fn from(value: ArchivePersonalAccessTokenTokenId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ArchivePersonalAccessTokenTokenId {
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
    impl ::std::convert::TryFrom<&str> for ArchivePersonalAccessTokenTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ArchivePersonalAccessTokenTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ArchivePersonalAccessTokenTokenId {
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
    ///`ArchiveServiceAccountServiceAccountId`
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
    pub struct ArchiveServiceAccountServiceAccountId(::std::string::String);
    impl ::std::ops::Deref for ArchiveServiceAccountServiceAccountId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ArchiveServiceAccountServiceAccountId>
    for ::std::string::String {
        fn from(value: ArchiveServiceAccountServiceAccountId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ArchiveServiceAccountServiceAccountId {
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
    impl ::std::convert::TryFrom<&str> for ArchiveServiceAccountServiceAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ArchiveServiceAccountServiceAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ArchiveServiceAccountServiceAccountId {
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
    ///`CreateApplicationRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(untagged)]
    pub enum CreateApplicationRequest {
        ClientSideApplication(CreateClientSideApplication),
        ServerSideApplication(CreateServerSideApplication),
    }
    impl ::std::convert::From<CreateClientSideApplication> for CreateApplicationRequest {
        fn from(value: CreateClientSideApplication) -> Self {
            Self::ClientSideApplication(value)
        }
    }
    impl ::std::convert::From<CreateServerSideApplication> for CreateApplicationRequest {
        fn from(value: CreateServerSideApplication) -> Self {
            Self::ServerSideApplication(value)
        }
    }
    ///`CreateClientSideApplication`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateClientSideApplication {
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        pub kind: CreateClientSideApplicationKind,
        ///Unique in the organisation.
        pub name: CreateClientSideApplicationName,
        ///The origin: a URL, e.g. `https://app.example.com`.
        pub origin: CreateClientSideApplicationOrigin,
        #[serde(
            rename = "permissionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub permission_id: ::std::option::Option<::std::string::String>,
        ///The WebAuthn relying party: a domain, e.g. `app.example.com`.
        #[serde(rename = "relyingPartyId")]
        pub relying_party_id: CreateClientSideApplicationRelyingPartyId,
    }
    impl CreateClientSideApplication {
        pub fn builder() -> builder::CreateClientSideApplication {
            Default::default()
        }
    }
    ///`CreateClientSideApplicationKind`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum CreateClientSideApplicationKind {
        ClientSideApplication,
    }
    impl ::std::fmt::Display for CreateClientSideApplicationKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ClientSideApplication => f.write_str("ClientSideApplication"),
            }
        }
    }
    impl ::std::str::FromStr for CreateClientSideApplicationKind {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ClientSideApplication" => Ok(Self::ClientSideApplication),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateClientSideApplicationKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateClientSideApplicationKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Unique in the organisation.
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
    pub struct CreateClientSideApplicationName(::std::string::String);
    impl ::std::ops::Deref for CreateClientSideApplicationName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateClientSideApplicationName>
    for ::std::string::String {
        fn from(value: CreateClientSideApplicationName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateClientSideApplicationName {
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
    impl ::std::convert::TryFrom<&str> for CreateClientSideApplicationName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateClientSideApplicationName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateClientSideApplicationName {
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
    ///The origin: a URL, e.g. `https://app.example.com`.
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
    pub struct CreateClientSideApplicationOrigin(::std::string::String);
    impl ::std::ops::Deref for CreateClientSideApplicationOrigin {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateClientSideApplicationOrigin>
    for ::std::string::String {
        fn from(value: CreateClientSideApplicationOrigin) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateClientSideApplicationOrigin {
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
    impl ::std::convert::TryFrom<&str> for CreateClientSideApplicationOrigin {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateClientSideApplicationOrigin {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateClientSideApplicationOrigin {
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
    ///The WebAuthn relying party: a domain, e.g. `app.example.com`.
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
    pub struct CreateClientSideApplicationRelyingPartyId(::std::string::String);
    impl ::std::ops::Deref for CreateClientSideApplicationRelyingPartyId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateClientSideApplicationRelyingPartyId>
    for ::std::string::String {
        fn from(value: CreateClientSideApplicationRelyingPartyId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateClientSideApplicationRelyingPartyId {
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
    impl ::std::convert::TryFrom<&str> for CreateClientSideApplicationRelyingPartyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateClientSideApplicationRelyingPartyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateClientSideApplicationRelyingPartyId {
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
    ///`CreatePersonalAccessTokenRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreatePersonalAccessTokenRequest {
        #[serde(
            rename = "daysValid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub days_valid: ::std::option::Option<::std::num::NonZeroU64>,
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        pub name: CreatePersonalAccessTokenRequestName,
        #[serde(
            rename = "permissionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub permission_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "publicKey")]
        pub public_key: CreatePersonalAccessTokenRequestPublicKey,
        #[serde(
            rename = "secondsValid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub seconds_valid: ::std::option::Option<::std::num::NonZeroU64>,
    }
    impl CreatePersonalAccessTokenRequest {
        pub fn builder() -> builder::CreatePersonalAccessTokenRequest {
            Default::default()
        }
    }
    ///`CreatePersonalAccessTokenRequestName`
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
    pub struct CreatePersonalAccessTokenRequestName(::std::string::String);
    impl ::std::ops::Deref for CreatePersonalAccessTokenRequestName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreatePersonalAccessTokenRequestName>
    for ::std::string::String {
        fn from(value: CreatePersonalAccessTokenRequestName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreatePersonalAccessTokenRequestName {
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
    impl ::std::convert::TryFrom<&str> for CreatePersonalAccessTokenRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreatePersonalAccessTokenRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreatePersonalAccessTokenRequestName {
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
    ///`CreatePersonalAccessTokenRequestPublicKey`
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
    pub struct CreatePersonalAccessTokenRequestPublicKey(::std::string::String);
    impl ::std::ops::Deref for CreatePersonalAccessTokenRequestPublicKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreatePersonalAccessTokenRequestPublicKey>
    for ::std::string::String {
        fn from(value: CreatePersonalAccessTokenRequestPublicKey) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreatePersonalAccessTokenRequestPublicKey {
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
    impl ::std::convert::TryFrom<&str> for CreatePersonalAccessTokenRequestPublicKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreatePersonalAccessTokenRequestPublicKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreatePersonalAccessTokenRequestPublicKey {
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
    ///`CreateServerSideApplication`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateServerSideApplication {
        ///Default and maximum 730.
        #[serde(
            rename = "daysValid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub days_valid: ::std::option::Option<::std::num::NonZeroU64>,
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        pub kind: CreateServerSideApplicationKind,
        pub name: CreateServerSideApplicationName,
        pub origin: CreateServerSideApplicationOrigin,
        #[serde(
            rename = "permissionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub permission_id: ::std::option::Option<::std::string::String>,
        ///PEM public key of the server.
        #[serde(rename = "publicKey")]
        pub public_key: CreateServerSideApplicationPublicKey,
        #[serde(rename = "relyingPartyId")]
        pub relying_party_id: CreateServerSideApplicationRelyingPartyId,
    }
    impl CreateServerSideApplication {
        pub fn builder() -> builder::CreateServerSideApplication {
            Default::default()
        }
    }
    ///`CreateServerSideApplicationKind`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum CreateServerSideApplicationKind {
        ServerSideApplication,
    }
    impl ::std::fmt::Display for CreateServerSideApplicationKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ServerSideApplication => f.write_str("ServerSideApplication"),
            }
        }
    }
    impl ::std::str::FromStr for CreateServerSideApplicationKind {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ServerSideApplication" => Ok(Self::ServerSideApplication),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateServerSideApplicationKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateServerSideApplicationKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CreateServerSideApplicationName`
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
    pub struct CreateServerSideApplicationName(::std::string::String);
    impl ::std::ops::Deref for CreateServerSideApplicationName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateServerSideApplicationName>
    for ::std::string::String {
        fn from(value: CreateServerSideApplicationName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateServerSideApplicationName {
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
    impl ::std::convert::TryFrom<&str> for CreateServerSideApplicationName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateServerSideApplicationName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateServerSideApplicationName {
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
    ///`CreateServerSideApplicationOrigin`
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
    pub struct CreateServerSideApplicationOrigin(::std::string::String);
    impl ::std::ops::Deref for CreateServerSideApplicationOrigin {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateServerSideApplicationOrigin>
    for ::std::string::String {
        fn from(value: CreateServerSideApplicationOrigin) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateServerSideApplicationOrigin {
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
    impl ::std::convert::TryFrom<&str> for CreateServerSideApplicationOrigin {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateServerSideApplicationOrigin {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateServerSideApplicationOrigin {
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
    ///PEM public key of the server.
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
    pub struct CreateServerSideApplicationPublicKey(::std::string::String);
    impl ::std::ops::Deref for CreateServerSideApplicationPublicKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateServerSideApplicationPublicKey>
    for ::std::string::String {
        fn from(value: CreateServerSideApplicationPublicKey) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateServerSideApplicationPublicKey {
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
    impl ::std::convert::TryFrom<&str> for CreateServerSideApplicationPublicKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateServerSideApplicationPublicKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateServerSideApplicationPublicKey {
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
    ///`CreateServerSideApplicationRelyingPartyId`
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
    pub struct CreateServerSideApplicationRelyingPartyId(::std::string::String);
    impl ::std::ops::Deref for CreateServerSideApplicationRelyingPartyId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateServerSideApplicationRelyingPartyId>
    for ::std::string::String {
        fn from(value: CreateServerSideApplicationRelyingPartyId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateServerSideApplicationRelyingPartyId {
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
    impl ::std::convert::TryFrom<&str> for CreateServerSideApplicationRelyingPartyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateServerSideApplicationRelyingPartyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateServerSideApplicationRelyingPartyId {
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
    ///`CreateServiceAccountRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateServiceAccountRequest {
        #[serde(
            rename = "daysValid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub days_valid: ::std::option::Option<::std::num::NonZeroU64>,
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        pub name: CreateServiceAccountRequestName,
        #[serde(
            rename = "permissionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub permission_id: ::std::option::Option<::std::string::String>,
        ///PEM public key of the service account.
        #[serde(rename = "publicKey")]
        pub public_key: CreateServiceAccountRequestPublicKey,
    }
    impl CreateServiceAccountRequest {
        pub fn builder() -> builder::CreateServiceAccountRequest {
            Default::default()
        }
    }
    ///`CreateServiceAccountRequestName`
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
    pub struct CreateServiceAccountRequestName(::std::string::String);
    impl ::std::ops::Deref for CreateServiceAccountRequestName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateServiceAccountRequestName>
    for ::std::string::String {
        fn from(value: CreateServiceAccountRequestName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateServiceAccountRequestName {
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
    impl ::std::convert::TryFrom<&str> for CreateServiceAccountRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateServiceAccountRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateServiceAccountRequestName {
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
    ///PEM public key of the service account.
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
    pub struct CreateServiceAccountRequestPublicKey(::std::string::String);
    impl ::std::ops::Deref for CreateServiceAccountRequestPublicKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateServiceAccountRequestPublicKey>
    for ::std::string::String {
        fn from(value: CreateServiceAccountRequestPublicKey) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateServiceAccountRequestPublicKey {
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
    impl ::std::convert::TryFrom<&str> for CreateServiceAccountRequestPublicKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateServiceAccountRequestPublicKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateServiceAccountRequestPublicKey {
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
    ///`CredentialDescriptor`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CredentialDescriptor {
        #[serde(
            rename = "encryptedPrivateKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub encrypted_private_key: ::std::option::Option<::std::string::String>,
        pub id: ::std::string::String,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl CredentialDescriptor {
        pub fn builder() -> builder::CredentialDescriptor {
            Default::default()
        }
    }
    ///`DeactivateApplicationAppId`
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
    pub struct DeactivateApplicationAppId(::std::string::String);
    impl ::std::ops::Deref for DeactivateApplicationAppId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeactivateApplicationAppId> for ::std::string::String {
        fn from(value: DeactivateApplicationAppId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeactivateApplicationAppId {
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
    impl ::std::convert::TryFrom<&str> for DeactivateApplicationAppId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeactivateApplicationAppId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeactivateApplicationAppId {
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
    ///`DeactivatePersonalAccessTokenTokenId`
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
    pub struct DeactivatePersonalAccessTokenTokenId(::std::string::String);
    impl ::std::ops::Deref for DeactivatePersonalAccessTokenTokenId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeactivatePersonalAccessTokenTokenId>
    for ::std::string::String {
        fn from(value: DeactivatePersonalAccessTokenTokenId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeactivatePersonalAccessTokenTokenId {
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
    impl ::std::convert::TryFrom<&str> for DeactivatePersonalAccessTokenTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for DeactivatePersonalAccessTokenTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeactivatePersonalAccessTokenTokenId {
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
    ///`DeactivateServiceAccountServiceAccountId`
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
    pub struct DeactivateServiceAccountServiceAccountId(::std::string::String);
    impl ::std::ops::Deref for DeactivateServiceAccountServiceAccountId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeactivateServiceAccountServiceAccountId>
    for ::std::string::String {
        fn from(value: DeactivateServiceAccountServiceAccountId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeactivateServiceAccountServiceAccountId {
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
    impl ::std::convert::TryFrom<&str> for DeactivateServiceAccountServiceAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for DeactivateServiceAccountServiceAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeactivateServiceAccountServiceAccountId {
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
    ///`ErrorDetail`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ErrorDetail {
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub details: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<i64>,
    }
    impl ErrorDetail {
        pub fn builder() -> builder::ErrorDetail {
            Default::default()
        }
    }
    ///`{"error": {...}}`, or `{"message": ...}` on some paths.
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
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub details: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<ErrorDetail>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl ErrorResponse {
        pub fn builder() -> builder::ErrorResponse {
            Default::default()
        }
    }
    ///`Fido2Assertion`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(deny_unknown_fields)]
    pub struct Fido2Assertion {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub algorithm: ::std::option::Option<Fido2AssertionAlgorithm>,
        #[serde(rename = "authenticatorData")]
        pub authenticator_data: Fido2AssertionAuthenticatorData,
        #[serde(rename = "clientData")]
        pub client_data: Fido2AssertionClientData,
        #[serde(rename = "credId")]
        pub cred_id: Fido2AssertionCredId,
        pub signature: Fido2AssertionSignature,
        #[serde(
            rename = "userHandle",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_handle: ::std::option::Option<::std::string::String>,
    }
    impl Fido2Assertion {
        pub fn builder() -> builder::Fido2Assertion {
            Default::default()
        }
    }
    ///`Fido2AssertionAlgorithm`
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
    pub struct Fido2AssertionAlgorithm(::std::string::String);
    impl ::std::ops::Deref for Fido2AssertionAlgorithm {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<Fido2AssertionAlgorithm> for ::std::string::String {
        fn from(value: Fido2AssertionAlgorithm) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for Fido2AssertionAlgorithm {
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
    impl ::std::convert::TryFrom<&str> for Fido2AssertionAlgorithm {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Fido2AssertionAlgorithm {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Fido2AssertionAlgorithm {
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
    ///`Fido2AssertionAuthenticatorData`
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
    pub struct Fido2AssertionAuthenticatorData(::std::string::String);
    impl ::std::ops::Deref for Fido2AssertionAuthenticatorData {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<Fido2AssertionAuthenticatorData>
    for ::std::string::String {
        fn from(value: Fido2AssertionAuthenticatorData) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for Fido2AssertionAuthenticatorData {
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
    impl ::std::convert::TryFrom<&str> for Fido2AssertionAuthenticatorData {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for Fido2AssertionAuthenticatorData {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Fido2AssertionAuthenticatorData {
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
    ///`Fido2AssertionClientData`
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
    pub struct Fido2AssertionClientData(::std::string::String);
    impl ::std::ops::Deref for Fido2AssertionClientData {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<Fido2AssertionClientData> for ::std::string::String {
        fn from(value: Fido2AssertionClientData) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for Fido2AssertionClientData {
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
    impl ::std::convert::TryFrom<&str> for Fido2AssertionClientData {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Fido2AssertionClientData {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Fido2AssertionClientData {
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
    ///`Fido2AssertionCredId`
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
    pub struct Fido2AssertionCredId(::std::string::String);
    impl ::std::ops::Deref for Fido2AssertionCredId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<Fido2AssertionCredId> for ::std::string::String {
        fn from(value: Fido2AssertionCredId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for Fido2AssertionCredId {
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
    impl ::std::convert::TryFrom<&str> for Fido2AssertionCredId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Fido2AssertionCredId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Fido2AssertionCredId {
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
    ///`Fido2AssertionSignature`
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
    pub struct Fido2AssertionSignature(::std::string::String);
    impl ::std::ops::Deref for Fido2AssertionSignature {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<Fido2AssertionSignature> for ::std::string::String {
        fn from(value: Fido2AssertionSignature) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for Fido2AssertionSignature {
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
    impl ::std::convert::TryFrom<&str> for Fido2AssertionSignature {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Fido2AssertionSignature {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Fido2AssertionSignature {
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
    ///`Fido2Factor`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Fido2Factor {
        #[serde(rename = "credentialAssertion")]
        pub credential_assertion: Fido2Assertion,
        pub kind: Fido2FactorKind,
    }
    impl Fido2Factor {
        pub fn builder() -> builder::Fido2Factor {
            Default::default()
        }
    }
    ///`Fido2FactorKind`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum Fido2FactorKind {
        Fido2,
    }
    impl ::std::fmt::Display for Fido2FactorKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Fido2 => f.write_str("Fido2"),
            }
        }
    }
    impl ::std::str::FromStr for Fido2FactorKind {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Fido2" => Ok(Self::Fido2),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Fido2FactorKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Fido2FactorKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`FirstFactor`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(untagged)]
    pub enum FirstFactor {
        KeyFactor(KeyFactor),
        Fido2Factor(Fido2Factor),
        PasswordProtectedKeyFactor(PasswordProtectedKeyFactor),
    }
    impl ::std::convert::From<KeyFactor> for FirstFactor {
        fn from(value: KeyFactor) -> Self {
            Self::KeyFactor(value)
        }
    }
    impl ::std::convert::From<Fido2Factor> for FirstFactor {
        fn from(value: Fido2Factor) -> Self {
            Self::Fido2Factor(value)
        }
    }
    impl ::std::convert::From<PasswordProtectedKeyFactor> for FirstFactor {
        fn from(value: PasswordProtectedKeyFactor) -> Self {
            Self::PasswordProtectedKeyFactor(value)
        }
    }
    ///`GetApplicationAppId`
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
    pub struct GetApplicationAppId(::std::string::String);
    impl ::std::ops::Deref for GetApplicationAppId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetApplicationAppId> for ::std::string::String {
        fn from(value: GetApplicationAppId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetApplicationAppId {
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
    impl ::std::convert::TryFrom<&str> for GetApplicationAppId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetApplicationAppId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetApplicationAppId {
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
    ///`GetPersonalAccessTokenTokenId`
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
    pub struct GetPersonalAccessTokenTokenId(::std::string::String);
    impl ::std::ops::Deref for GetPersonalAccessTokenTokenId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetPersonalAccessTokenTokenId> for ::std::string::String {
        fn from(value: GetPersonalAccessTokenTokenId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetPersonalAccessTokenTokenId {
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
    impl ::std::convert::TryFrom<&str> for GetPersonalAccessTokenTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetPersonalAccessTokenTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetPersonalAccessTokenTokenId {
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
    ///`GetServiceAccountServiceAccountId`
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
    pub struct GetServiceAccountServiceAccountId(::std::string::String);
    impl ::std::ops::Deref for GetServiceAccountServiceAccountId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetServiceAccountServiceAccountId>
    for ::std::string::String {
        fn from(value: GetServiceAccountServiceAccountId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetServiceAccountServiceAccountId {
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
    impl ::std::convert::TryFrom<&str> for GetServiceAccountServiceAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetServiceAccountServiceAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetServiceAccountServiceAccountId {
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
    ///`KeyAssertion`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(deny_unknown_fields)]
    pub struct KeyAssertion {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub algorithm: ::std::option::Option<KeyAssertionAlgorithm>,
        ///base64url (no padding) of the clientData JSON bytes that were signed.
        #[serde(rename = "clientData")]
        pub client_data: KeyAssertionClientData,
        #[serde(rename = "credId")]
        pub cred_id: KeyAssertionCredId,
        ///base64url (no padding); Ed25519 raw, ECDSA DER, RSA PKCS#1 v1.5.
        pub signature: KeyAssertionSignature,
    }
    impl KeyAssertion {
        pub fn builder() -> builder::KeyAssertion {
            Default::default()
        }
    }
    ///`KeyAssertionAlgorithm`
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
    pub struct KeyAssertionAlgorithm(::std::string::String);
    impl ::std::ops::Deref for KeyAssertionAlgorithm {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<KeyAssertionAlgorithm> for ::std::string::String {
        fn from(value: KeyAssertionAlgorithm) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for KeyAssertionAlgorithm {
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
    impl ::std::convert::TryFrom<&str> for KeyAssertionAlgorithm {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for KeyAssertionAlgorithm {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for KeyAssertionAlgorithm {
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
    ///base64url (no padding) of the clientData JSON bytes that were signed.
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
    pub struct KeyAssertionClientData(::std::string::String);
    impl ::std::ops::Deref for KeyAssertionClientData {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<KeyAssertionClientData> for ::std::string::String {
        fn from(value: KeyAssertionClientData) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for KeyAssertionClientData {
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
    impl ::std::convert::TryFrom<&str> for KeyAssertionClientData {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for KeyAssertionClientData {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for KeyAssertionClientData {
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
    ///`KeyAssertionCredId`
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
    pub struct KeyAssertionCredId(::std::string::String);
    impl ::std::ops::Deref for KeyAssertionCredId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<KeyAssertionCredId> for ::std::string::String {
        fn from(value: KeyAssertionCredId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for KeyAssertionCredId {
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
    impl ::std::convert::TryFrom<&str> for KeyAssertionCredId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for KeyAssertionCredId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for KeyAssertionCredId {
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
    ///base64url (no padding); Ed25519 raw, ECDSA DER, RSA PKCS#1 v1.5.
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
    pub struct KeyAssertionSignature(::std::string::String);
    impl ::std::ops::Deref for KeyAssertionSignature {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<KeyAssertionSignature> for ::std::string::String {
        fn from(value: KeyAssertionSignature) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for KeyAssertionSignature {
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
    impl ::std::convert::TryFrom<&str> for KeyAssertionSignature {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for KeyAssertionSignature {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for KeyAssertionSignature {
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
    ///`KeyFactor`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct KeyFactor {
        #[serde(rename = "credentialAssertion")]
        pub credential_assertion: KeyAssertion,
        pub kind: KeyFactorKind,
    }
    impl KeyFactor {
        pub fn builder() -> builder::KeyFactor {
            Default::default()
        }
    }
    ///`KeyFactorKind`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum KeyFactorKind {
        Key,
    }
    impl ::std::fmt::Display for KeyFactorKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Key => f.write_str("Key"),
            }
        }
    }
    impl ::std::str::FromStr for KeyFactorKind {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Key" => Ok(Self::Key),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for KeyFactorKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for KeyFactorKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ListApplicationsResponse`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ListApplicationsResponse {
        pub items: ::std::vec::Vec<Application>,
    }
    impl ListApplicationsResponse {
        pub fn builder() -> builder::ListApplicationsResponse {
            Default::default()
        }
    }
    ///`ListPersonalAccessTokensResponse`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ListPersonalAccessTokensResponse {
        pub items: ::std::vec::Vec<AccessToken>,
    }
    impl ListPersonalAccessTokensResponse {
        pub fn builder() -> builder::ListPersonalAccessTokensResponse {
            Default::default()
        }
    }
    ///`ListServiceAccountsResponse`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ListServiceAccountsResponse {
        pub items: ::std::vec::Vec<ServiceAccount>,
    }
    impl ListServiceAccountsResponse {
        pub fn builder() -> builder::ListServiceAccountsResponse {
            Default::default()
        }
    }
    ///`PasswordProtectedKeyFactor`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct PasswordProtectedKeyFactor {
        #[serde(rename = "credentialAssertion")]
        pub credential_assertion: KeyAssertion,
        pub kind: PasswordProtectedKeyFactorKind,
    }
    impl PasswordProtectedKeyFactor {
        pub fn builder() -> builder::PasswordProtectedKeyFactor {
            Default::default()
        }
    }
    ///`PasswordProtectedKeyFactorKind`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum PasswordProtectedKeyFactorKind {
        PasswordProtectedKey,
    }
    impl ::std::fmt::Display for PasswordProtectedKeyFactorKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::PasswordProtectedKey => f.write_str("PasswordProtectedKey"),
            }
        }
    }
    impl ::std::str::FromStr for PasswordProtectedKeyFactorKind {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "PasswordProtectedKey" => Ok(Self::PasswordProtectedKey),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PasswordProtectedKeyFactorKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for PasswordProtectedKeyFactorKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`PermissionAssignment`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct PermissionAssignment {
        ///May be empty.
        #[serde(
            rename = "assignmentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub assignment_id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub operations: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "permissionId")]
        pub permission_id: ::std::string::String,
        #[serde(
            rename = "permissionName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub permission_name: ::std::option::Option<::std::string::String>,
    }
    impl PermissionAssignment {
        pub fn builder() -> builder::PermissionAssignment {
            Default::default()
        }
    }
    ///`RelyingParty`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct RelyingParty {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl RelyingParty {
        pub fn builder() -> builder::RelyingParty {
            Default::default()
        }
    }
    ///`ServiceAccount`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ServiceAccount {
        #[serde(
            rename = "accessTokens",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub access_tokens: ::std::vec::Vec<AccessToken>,
        #[serde(rename = "userInfo")]
        pub user_info: UserInfo,
    }
    impl ServiceAccount {
        pub fn builder() -> builder::ServiceAccount {
            Default::default()
        }
    }
    ///`SupportedCredentialKind`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct SupportedCredentialKind {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub factor: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub kind: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "requiresSecondFactor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub requires_second_factor: ::std::option::Option<bool>,
    }
    impl SupportedCredentialKind {
        pub fn builder() -> builder::SupportedCredentialKind {
            Default::default()
        }
    }
    ///`UpdateApplicationAppId`
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
    pub struct UpdateApplicationAppId(::std::string::String);
    impl ::std::ops::Deref for UpdateApplicationAppId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateApplicationAppId> for ::std::string::String {
        fn from(value: UpdateApplicationAppId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateApplicationAppId {
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
    impl ::std::convert::TryFrom<&str> for UpdateApplicationAppId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UpdateApplicationAppId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateApplicationAppId {
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
    ///`UpdateApplicationRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UpdateApplicationRequest {
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<UpdateApplicationRequestName>,
    }
    impl UpdateApplicationRequest {
        pub fn builder() -> builder::UpdateApplicationRequest {
            Default::default()
        }
    }
    ///`UpdateApplicationRequestName`
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
    pub struct UpdateApplicationRequestName(::std::string::String);
    impl ::std::ops::Deref for UpdateApplicationRequestName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateApplicationRequestName> for ::std::string::String {
        fn from(value: UpdateApplicationRequestName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateApplicationRequestName {
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
    impl ::std::convert::TryFrom<&str> for UpdateApplicationRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateApplicationRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateApplicationRequestName {
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
    ///`UpdatePersonalAccessTokenRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UpdatePersonalAccessTokenRequest {
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<UpdatePersonalAccessTokenRequestName>,
    }
    impl UpdatePersonalAccessTokenRequest {
        pub fn builder() -> builder::UpdatePersonalAccessTokenRequest {
            Default::default()
        }
    }
    ///`UpdatePersonalAccessTokenRequestName`
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
    pub struct UpdatePersonalAccessTokenRequestName(::std::string::String);
    impl ::std::ops::Deref for UpdatePersonalAccessTokenRequestName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdatePersonalAccessTokenRequestName>
    for ::std::string::String {
        fn from(value: UpdatePersonalAccessTokenRequestName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdatePersonalAccessTokenRequestName {
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
    impl ::std::convert::TryFrom<&str> for UpdatePersonalAccessTokenRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdatePersonalAccessTokenRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdatePersonalAccessTokenRequestName {
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
    ///`UpdatePersonalAccessTokenTokenId`
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
    pub struct UpdatePersonalAccessTokenTokenId(::std::string::String);
    impl ::std::ops::Deref for UpdatePersonalAccessTokenTokenId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdatePersonalAccessTokenTokenId>
    for ::std::string::String {
        fn from(value: UpdatePersonalAccessTokenTokenId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdatePersonalAccessTokenTokenId {
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
    impl ::std::convert::TryFrom<&str> for UpdatePersonalAccessTokenTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdatePersonalAccessTokenTokenId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdatePersonalAccessTokenTokenId {
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
    ///`UpdateServiceAccountRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UpdateServiceAccountRequest {
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<UpdateServiceAccountRequestName>,
    }
    impl UpdateServiceAccountRequest {
        pub fn builder() -> builder::UpdateServiceAccountRequest {
            Default::default()
        }
    }
    ///`UpdateServiceAccountRequestName`
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
    pub struct UpdateServiceAccountRequestName(::std::string::String);
    impl ::std::ops::Deref for UpdateServiceAccountRequestName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateServiceAccountRequestName>
    for ::std::string::String {
        fn from(value: UpdateServiceAccountRequestName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateServiceAccountRequestName {
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
    impl ::std::convert::TryFrom<&str> for UpdateServiceAccountRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateServiceAccountRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateServiceAccountRequestName {
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
    ///`UpdateServiceAccountServiceAccountId`
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
    pub struct UpdateServiceAccountServiceAccountId(::std::string::String);
    impl ::std::ops::Deref for UpdateServiceAccountServiceAccountId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateServiceAccountServiceAccountId>
    for ::std::string::String {
        fn from(value: UpdateServiceAccountServiceAccountId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateServiceAccountServiceAccountId {
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
    impl ::std::convert::TryFrom<&str> for UpdateServiceAccountServiceAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateServiceAccountServiceAccountId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateServiceAccountServiceAccountId {
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
    ///`UserActionChallenge`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UserActionChallenge {
        #[serde(rename = "allowCredentials")]
        pub allow_credentials: AllowCredentials,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attestation: ::std::option::Option<::std::string::String>,
        ///base64url; sign it inside clientData as is.
        pub challenge: ::std::string::String,
        #[serde(rename = "challengeIdentifier")]
        pub challenge_identifier: ::std::string::String,
        #[serde(
            rename = "externalAuthenticationUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_authentication_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rp: ::std::option::Option<RelyingParty>,
        #[serde(
            rename = "supportedCredentialKinds",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub supported_credential_kinds: ::std::vec::Vec<SupportedCredentialKind>,
        #[serde(
            rename = "userVerification",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_verification: ::std::option::Option<::std::string::String>,
    }
    impl UserActionChallenge {
        pub fn builder() -> builder::UserActionChallenge {
            Default::default()
        }
    }
    ///`UserActionInitRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(deny_unknown_fields)]
    pub struct UserActionInitRequest {
        ///Upper case.
        #[serde(rename = "userActionHttpMethod")]
        pub user_action_http_method: UserActionInitRequestUserActionHttpMethod,
        ///The path without query string.
        #[serde(rename = "userActionHttpPath")]
        pub user_action_http_path: UserActionInitRequestUserActionHttpPath,
        ///The exact body text of the request to sign; `""` without a body.
        #[serde(rename = "userActionPayload")]
        pub user_action_payload: ::std::string::String,
        #[serde(
            rename = "userActionServerKind",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_action_server_kind: ::std::option::Option<
            UserActionInitRequestUserActionServerKind,
        >,
    }
    impl UserActionInitRequest {
        pub fn builder() -> builder::UserActionInitRequest {
            Default::default()
        }
    }
    ///Upper case.
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
    pub struct UserActionInitRequestUserActionHttpMethod(::std::string::String);
    impl ::std::ops::Deref for UserActionInitRequestUserActionHttpMethod {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UserActionInitRequestUserActionHttpMethod>
    for ::std::string::String {
        fn from(value: UserActionInitRequestUserActionHttpMethod) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UserActionInitRequestUserActionHttpMethod {
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
    impl ::std::convert::TryFrom<&str> for UserActionInitRequestUserActionHttpMethod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UserActionInitRequestUserActionHttpMethod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UserActionInitRequestUserActionHttpMethod {
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
    ///The path without query string.
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
    pub struct UserActionInitRequestUserActionHttpPath(::std::string::String);
    impl ::std::ops::Deref for UserActionInitRequestUserActionHttpPath {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UserActionInitRequestUserActionHttpPath>
    for ::std::string::String {
        fn from(value: UserActionInitRequestUserActionHttpPath) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UserActionInitRequestUserActionHttpPath {
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
    impl ::std::convert::TryFrom<&str> for UserActionInitRequestUserActionHttpPath {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UserActionInitRequestUserActionHttpPath {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UserActionInitRequestUserActionHttpPath {
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
    ///`UserActionInitRequestUserActionServerKind`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum UserActionInitRequestUserActionServerKind {
        Api,
        Staff,
    }
    impl ::std::fmt::Display for UserActionInitRequestUserActionServerKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Api => f.write_str("Api"),
                Self::Staff => f.write_str("Staff"),
            }
        }
    }
    impl ::std::str::FromStr for UserActionInitRequestUserActionServerKind {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Api" => Ok(Self::Api),
                "Staff" => Ok(Self::Staff),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for UserActionInitRequestUserActionServerKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UserActionInitRequestUserActionServerKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`UserActionRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UserActionRequest {
        #[serde(rename = "challengeIdentifier")]
        pub challenge_identifier: UserActionRequestChallengeIdentifier,
        #[serde(rename = "firstFactor")]
        pub first_factor: FirstFactor,
        #[serde(
            rename = "secondFactor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub second_factor: ::std::option::Option<FirstFactor>,
    }
    impl UserActionRequest {
        pub fn builder() -> builder::UserActionRequest {
            Default::default()
        }
    }
    ///`UserActionRequestChallengeIdentifier`
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
    pub struct UserActionRequestChallengeIdentifier(::std::string::String);
    impl ::std::ops::Deref for UserActionRequestChallengeIdentifier {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UserActionRequestChallengeIdentifier>
    for ::std::string::String {
        fn from(value: UserActionRequestChallengeIdentifier) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UserActionRequestChallengeIdentifier {
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
    impl ::std::convert::TryFrom<&str> for UserActionRequestChallengeIdentifier {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UserActionRequestChallengeIdentifier {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UserActionRequestChallengeIdentifier {
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
    ///`UserActionResponse`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UserActionResponse {
        #[serde(rename = "userAction")]
        pub user_action: ::std::string::String,
    }
    impl UserActionResponse {
        pub fn builder() -> builder::UserActionResponse {
            Default::default()
        }
    }
    ///`UserInfo`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UserInfo {
        #[serde(
            rename = "credentialUuid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub credential_uuid: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "isActive",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_active: ::std::option::Option<bool>,
        #[serde(
            rename = "isRegistered",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_registered: ::std::option::Option<bool>,
        #[serde(
            rename = "isServiceAccount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_service_account: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub kind: ::std::option::Option<crate::enums::UserKind>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "orgId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub org_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "permissionAssignments",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub permission_assignments: ::std::vec::Vec<PermissionAssignment>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub permissions: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "userId")]
        pub user_id: UserInfoUserId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
    }
    impl UserInfo {
        pub fn builder() -> builder::UserInfo {
            Default::default()
        }
    }
    ///`UserInfoUserId`
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
    pub struct UserInfoUserId(::std::string::String);
    impl ::std::ops::Deref for UserInfoUserId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UserInfoUserId> for ::std::string::String {
        fn from(value: UserInfoUserId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UserInfoUserId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UserInfoUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UserInfoUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UserInfoUserId {
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
        pub struct AccessToken {
            access_token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cred_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            date_created: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            is_active: ::std::result::Result<bool, ::std::string::String>,
            kind: ::std::result::Result<
                crate::enums::AccessTokenKind,
                ::std::string::String,
            >,
            linked_app_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            linked_user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            permission_assignments: ::std::result::Result<
                ::std::vec::Vec<super::PermissionAssignment>,
                ::std::string::String,
            >,
            public_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            token_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AccessToken {
            fn default() -> Self {
                Self {
                    access_token: Ok(Default::default()),
                    cred_id: Ok(Default::default()),
                    date_created: Ok(Default::default()),
                    is_active: Err("no value supplied for is_active".to_string()),
                    kind: Err("no value supplied for kind".to_string()),
                    linked_app_id: Ok(Default::default()),
                    linked_user_id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    org_id: Ok(Default::default()),
                    permission_assignments: Ok(Default::default()),
                    public_key: Ok(Default::default()),
                    token_id: Err("no value supplied for token_id".to_string()),
                }
            }
        }
        impl AccessToken {
            pub fn access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access_token: {e}")
                    });
                self
            }
            pub fn cred_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cred_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cred_id: {e}")
                    });
                self
            }
            pub fn date_created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.date_created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date_created: {e}")
                    });
                self
            }
            pub fn is_active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_active: {e}")
                    });
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::enums::AccessTokenKind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            pub fn linked_app_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.linked_app_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for linked_app_id: {e}")
                    });
                self
            }
            pub fn linked_user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.linked_user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for linked_user_id: {e}"
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
            pub fn org_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_id: {e}")
                    });
                self
            }
            pub fn permission_assignments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PermissionAssignment>>,
                T::Error: ::std::fmt::Display,
            {
                self.permission_assignments = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for permission_assignments: {e}"
                        )
                    });
                self
            }
            pub fn public_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.public_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for public_key: {e}")
                    });
                self
            }
            pub fn token_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AccessToken> for super::AccessToken {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccessToken,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    cred_id: value.cred_id?,
                    date_created: value.date_created?,
                    is_active: value.is_active?,
                    kind: value.kind?,
                    linked_app_id: value.linked_app_id?,
                    linked_user_id: value.linked_user_id?,
                    name: value.name?,
                    org_id: value.org_id?,
                    permission_assignments: value.permission_assignments?,
                    public_key: value.public_key?,
                    token_id: value.token_id?,
                })
            }
        }
        impl ::std::convert::From<super::AccessToken> for AccessToken {
            fn from(value: super::AccessToken) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    cred_id: Ok(value.cred_id),
                    date_created: Ok(value.date_created),
                    is_active: Ok(value.is_active),
                    kind: Ok(value.kind),
                    linked_app_id: Ok(value.linked_app_id),
                    linked_user_id: Ok(value.linked_user_id),
                    name: Ok(value.name),
                    org_id: Ok(value.org_id),
                    permission_assignments: Ok(value.permission_assignments),
                    public_key: Ok(value.public_key),
                    token_id: Ok(value.token_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AllowCredentials {
            key: ::std::result::Result<
                ::std::vec::Vec<super::CredentialDescriptor>,
                ::std::string::String,
            >,
            password_protected_key: ::std::result::Result<
                ::std::vec::Vec<super::CredentialDescriptor>,
                ::std::string::String,
            >,
            webauthn: ::std::result::Result<
                ::std::vec::Vec<super::CredentialDescriptor>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AllowCredentials {
            fn default() -> Self {
                Self {
                    key: Ok(Default::default()),
                    password_protected_key: Ok(Default::default()),
                    webauthn: Ok(Default::default()),
                }
            }
        }
        impl AllowCredentials {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CredentialDescriptor>>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn password_protected_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CredentialDescriptor>>,
                T::Error: ::std::fmt::Display,
            {
                self.password_protected_key = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for password_protected_key: {e}"
                        )
                    });
                self
            }
            pub fn webauthn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CredentialDescriptor>>,
                T::Error: ::std::fmt::Display,
            {
                self.webauthn = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for webauthn: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AllowCredentials> for super::AllowCredentials {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AllowCredentials,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    password_protected_key: value.password_protected_key?,
                    webauthn: value.webauthn?,
                })
            }
        }
        impl ::std::convert::From<super::AllowCredentials> for AllowCredentials {
            fn from(value: super::AllowCredentials) -> Self {
                Self {
                    key: Ok(value.key),
                    password_protected_key: Ok(value.password_protected_key),
                    webauthn: Ok(value.webauthn),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Application {
            access_tokens: ::std::result::Result<
                ::std::vec::Vec<super::AccessToken>,
                ::std::string::String,
            >,
            app_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            expected_origin: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expected_rp_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_active: ::std::result::Result<bool, ::std::string::String>,
            kind: ::std::result::Result<
                crate::enums::ApplicationKind,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            org_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            permission_assignments: ::std::result::Result<
                ::std::vec::Vec<super::PermissionAssignment>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Application {
            fn default() -> Self {
                Self {
                    access_tokens: Ok(Default::default()),
                    app_id: Err("no value supplied for app_id".to_string()),
                    expected_origin: Ok(Default::default()),
                    expected_rp_id: Ok(Default::default()),
                    is_active: Err("no value supplied for is_active".to_string()),
                    kind: Err("no value supplied for kind".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    org_id: Err("no value supplied for org_id".to_string()),
                    permission_assignments: Ok(Default::default()),
                }
            }
        }
        impl Application {
            pub fn access_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AccessToken>>,
                T::Error: ::std::fmt::Display,
            {
                self.access_tokens = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access_tokens: {e}")
                    });
                self
            }
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
            pub fn expected_origin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expected_origin = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for expected_origin: {e}"
                        )
                    });
                self
            }
            pub fn expected_rp_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expected_rp_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for expected_rp_id: {e}"
                        )
                    });
                self
            }
            pub fn is_active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_active: {e}")
                    });
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::enums::ApplicationKind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
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
            pub fn org_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.org_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_id: {e}")
                    });
                self
            }
            pub fn permission_assignments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PermissionAssignment>>,
                T::Error: ::std::fmt::Display,
            {
                self.permission_assignments = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for permission_assignments: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Application> for super::Application {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Application,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_tokens: value.access_tokens?,
                    app_id: value.app_id?,
                    expected_origin: value.expected_origin?,
                    expected_rp_id: value.expected_rp_id?,
                    is_active: value.is_active?,
                    kind: value.kind?,
                    name: value.name?,
                    org_id: value.org_id?,
                    permission_assignments: value.permission_assignments?,
                })
            }
        }
        impl ::std::convert::From<super::Application> for Application {
            fn from(value: super::Application) -> Self {
                Self {
                    access_tokens: Ok(value.access_tokens),
                    app_id: Ok(value.app_id),
                    expected_origin: Ok(value.expected_origin),
                    expected_rp_id: Ok(value.expected_rp_id),
                    is_active: Ok(value.is_active),
                    kind: Ok(value.kind),
                    name: Ok(value.name),
                    org_id: Ok(value.org_id),
                    permission_assignments: Ok(value.permission_assignments),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateClientSideApplication {
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<
                super::CreateClientSideApplicationKind,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                super::CreateClientSideApplicationName,
                ::std::string::String,
            >,
            origin: ::std::result::Result<
                super::CreateClientSideApplicationOrigin,
                ::std::string::String,
            >,
            permission_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            relying_party_id: ::std::result::Result<
                super::CreateClientSideApplicationRelyingPartyId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateClientSideApplication {
            fn default() -> Self {
                Self {
                    external_id: Ok(Default::default()),
                    kind: Err("no value supplied for kind".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    origin: Err("no value supplied for origin".to_string()),
                    permission_id: Ok(Default::default()),
                    relying_party_id: Err(
                        "no value supplied for relying_party_id".to_string(),
                    ),
                }
            }
        }
        impl CreateClientSideApplication {
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateClientSideApplicationKind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateClientSideApplicationName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn origin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateClientSideApplicationOrigin>,
                T::Error: ::std::fmt::Display,
            {
                self.origin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for origin: {e}")
                    });
                self
            }
            pub fn permission_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.permission_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for permission_id: {e}")
                    });
                self
            }
            pub fn relying_party_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::CreateClientSideApplicationRelyingPartyId,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.relying_party_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for relying_party_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateClientSideApplication>
        for super::CreateClientSideApplication {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateClientSideApplication,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    external_id: value.external_id?,
                    kind: value.kind?,
                    name: value.name?,
                    origin: value.origin?,
                    permission_id: value.permission_id?,
                    relying_party_id: value.relying_party_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateClientSideApplication>
        for CreateClientSideApplication {
            fn from(value: super::CreateClientSideApplication) -> Self {
                Self {
                    external_id: Ok(value.external_id),
                    kind: Ok(value.kind),
                    name: Ok(value.name),
                    origin: Ok(value.origin),
                    permission_id: Ok(value.permission_id),
                    relying_party_id: Ok(value.relying_party_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreatePersonalAccessTokenRequest {
            days_valid: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                super::CreatePersonalAccessTokenRequestName,
                ::std::string::String,
            >,
            permission_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            public_key: ::std::result::Result<
                super::CreatePersonalAccessTokenRequestPublicKey,
                ::std::string::String,
            >,
            seconds_valid: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreatePersonalAccessTokenRequest {
            fn default() -> Self {
                Self {
                    days_valid: Ok(Default::default()),
                    external_id: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    permission_id: Ok(Default::default()),
                    public_key: Err("no value supplied for public_key".to_string()),
                    seconds_valid: Ok(Default::default()),
                }
            }
        }
        impl CreatePersonalAccessTokenRequest {
            pub fn days_valid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.days_valid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for days_valid: {e}")
                    });
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreatePersonalAccessTokenRequestName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn permission_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.permission_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for permission_id: {e}")
                    });
                self
            }
            pub fn public_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::CreatePersonalAccessTokenRequestPublicKey,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.public_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for public_key: {e}")
                    });
                self
            }
            pub fn seconds_valid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.seconds_valid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seconds_valid: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreatePersonalAccessTokenRequest>
        for super::CreatePersonalAccessTokenRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreatePersonalAccessTokenRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    days_valid: value.days_valid?,
                    external_id: value.external_id?,
                    name: value.name?,
                    permission_id: value.permission_id?,
                    public_key: value.public_key?,
                    seconds_valid: value.seconds_valid?,
                })
            }
        }
        impl ::std::convert::From<super::CreatePersonalAccessTokenRequest>
        for CreatePersonalAccessTokenRequest {
            fn from(value: super::CreatePersonalAccessTokenRequest) -> Self {
                Self {
                    days_valid: Ok(value.days_valid),
                    external_id: Ok(value.external_id),
                    name: Ok(value.name),
                    permission_id: Ok(value.permission_id),
                    public_key: Ok(value.public_key),
                    seconds_valid: Ok(value.seconds_valid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateServerSideApplication {
            days_valid: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<
                super::CreateServerSideApplicationKind,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                super::CreateServerSideApplicationName,
                ::std::string::String,
            >,
            origin: ::std::result::Result<
                super::CreateServerSideApplicationOrigin,
                ::std::string::String,
            >,
            permission_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            public_key: ::std::result::Result<
                super::CreateServerSideApplicationPublicKey,
                ::std::string::String,
            >,
            relying_party_id: ::std::result::Result<
                super::CreateServerSideApplicationRelyingPartyId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateServerSideApplication {
            fn default() -> Self {
                Self {
                    days_valid: Ok(Default::default()),
                    external_id: Ok(Default::default()),
                    kind: Err("no value supplied for kind".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    origin: Err("no value supplied for origin".to_string()),
                    permission_id: Ok(Default::default()),
                    public_key: Err("no value supplied for public_key".to_string()),
                    relying_party_id: Err(
                        "no value supplied for relying_party_id".to_string(),
                    ),
                }
            }
        }
        impl CreateServerSideApplication {
            pub fn days_valid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.days_valid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for days_valid: {e}")
                    });
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateServerSideApplicationKind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateServerSideApplicationName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn origin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateServerSideApplicationOrigin>,
                T::Error: ::std::fmt::Display,
            {
                self.origin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for origin: {e}")
                    });
                self
            }
            pub fn permission_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.permission_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for permission_id: {e}")
                    });
                self
            }
            pub fn public_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateServerSideApplicationPublicKey>,
                T::Error: ::std::fmt::Display,
            {
                self.public_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for public_key: {e}")
                    });
                self
            }
            pub fn relying_party_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::CreateServerSideApplicationRelyingPartyId,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.relying_party_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for relying_party_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateServerSideApplication>
        for super::CreateServerSideApplication {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateServerSideApplication,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    days_valid: value.days_valid?,
                    external_id: value.external_id?,
                    kind: value.kind?,
                    name: value.name?,
                    origin: value.origin?,
                    permission_id: value.permission_id?,
                    public_key: value.public_key?,
                    relying_party_id: value.relying_party_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateServerSideApplication>
        for CreateServerSideApplication {
            fn from(value: super::CreateServerSideApplication) -> Self {
                Self {
                    days_valid: Ok(value.days_valid),
                    external_id: Ok(value.external_id),
                    kind: Ok(value.kind),
                    name: Ok(value.name),
                    origin: Ok(value.origin),
                    permission_id: Ok(value.permission_id),
                    public_key: Ok(value.public_key),
                    relying_party_id: Ok(value.relying_party_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateServiceAccountRequest {
            days_valid: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                super::CreateServiceAccountRequestName,
                ::std::string::String,
            >,
            permission_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            public_key: ::std::result::Result<
                super::CreateServiceAccountRequestPublicKey,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateServiceAccountRequest {
            fn default() -> Self {
                Self {
                    days_valid: Ok(Default::default()),
                    external_id: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    permission_id: Ok(Default::default()),
                    public_key: Err("no value supplied for public_key".to_string()),
                }
            }
        }
        impl CreateServiceAccountRequest {
            pub fn days_valid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.days_valid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for days_valid: {e}")
                    });
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateServiceAccountRequestName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn permission_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.permission_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for permission_id: {e}")
                    });
                self
            }
            pub fn public_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateServiceAccountRequestPublicKey>,
                T::Error: ::std::fmt::Display,
            {
                self.public_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for public_key: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateServiceAccountRequest>
        for super::CreateServiceAccountRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateServiceAccountRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    days_valid: value.days_valid?,
                    external_id: value.external_id?,
                    name: value.name?,
                    permission_id: value.permission_id?,
                    public_key: value.public_key?,
                })
            }
        }
        impl ::std::convert::From<super::CreateServiceAccountRequest>
        for CreateServiceAccountRequest {
            fn from(value: super::CreateServiceAccountRequest) -> Self {
                Self {
                    days_valid: Ok(value.days_valid),
                    external_id: Ok(value.external_id),
                    name: Ok(value.name),
                    permission_id: Ok(value.permission_id),
                    public_key: Ok(value.public_key),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CredentialDescriptor {
            encrypted_private_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CredentialDescriptor {
            fn default() -> Self {
                Self {
                    encrypted_private_key: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl CredentialDescriptor {
            pub fn encrypted_private_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.encrypted_private_key = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for encrypted_private_key: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
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
        }
        impl ::std::convert::TryFrom<CredentialDescriptor>
        for super::CredentialDescriptor {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CredentialDescriptor,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    encrypted_private_key: value.encrypted_private_key?,
                    id: value.id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::CredentialDescriptor> for CredentialDescriptor {
            fn from(value: super::CredentialDescriptor) -> Self {
                Self {
                    encrypted_private_key: Ok(value.encrypted_private_key),
                    id: Ok(value.id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorDetail {
            details: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorDetail {
            fn default() -> Self {
                Self {
                    details: Ok(Default::default()),
                    id: Ok(Default::default()),
                    message: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl ErrorDetail {
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
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
        impl ::std::convert::TryFrom<ErrorDetail> for super::ErrorDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    details: value.details?,
                    id: value.id?,
                    message: value.message?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorDetail> for ErrorDetail {
            fn from(value: super::ErrorDetail) -> Self {
                Self {
                    details: Ok(value.details),
                    id: Ok(value.id),
                    message: Ok(value.message),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorResponse {
            details: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<super::ErrorDetail>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorResponse {
            fn default() -> Self {
                Self {
                    details: Ok(Default::default()),
                    error: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl ErrorResponse {
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ErrorDetail>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
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
                    details: value.details?,
                    error: value.error?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorResponse> for ErrorResponse {
            fn from(value: super::ErrorResponse) -> Self {
                Self {
                    details: Ok(value.details),
                    error: Ok(value.error),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Fido2Assertion {
            algorithm: ::std::result::Result<
                ::std::option::Option<super::Fido2AssertionAlgorithm>,
                ::std::string::String,
            >,
            authenticator_data: ::std::result::Result<
                super::Fido2AssertionAuthenticatorData,
                ::std::string::String,
            >,
            client_data: ::std::result::Result<
                super::Fido2AssertionClientData,
                ::std::string::String,
            >,
            cred_id: ::std::result::Result<
                super::Fido2AssertionCredId,
                ::std::string::String,
            >,
            signature: ::std::result::Result<
                super::Fido2AssertionSignature,
                ::std::string::String,
            >,
            user_handle: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Fido2Assertion {
            fn default() -> Self {
                Self {
                    algorithm: Ok(Default::default()),
                    authenticator_data: Err(
                        "no value supplied for authenticator_data".to_string(),
                    ),
                    client_data: Err("no value supplied for client_data".to_string()),
                    cred_id: Err("no value supplied for cred_id".to_string()),
                    signature: Err("no value supplied for signature".to_string()),
                    user_handle: Ok(Default::default()),
                }
            }
        }
        impl Fido2Assertion {
            pub fn algorithm<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::Fido2AssertionAlgorithm>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.algorithm = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for algorithm: {e}")
                    });
                self
            }
            pub fn authenticator_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Fido2AssertionAuthenticatorData>,
                T::Error: ::std::fmt::Display,
            {
                self.authenticator_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for authenticator_data: {e}"
                        )
                    });
                self
            }
            pub fn client_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Fido2AssertionClientData>,
                T::Error: ::std::fmt::Display,
            {
                self.client_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_data: {e}")
                    });
                self
            }
            pub fn cred_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Fido2AssertionCredId>,
                T::Error: ::std::fmt::Display,
            {
                self.cred_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cred_id: {e}")
                    });
                self
            }
            pub fn signature<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Fido2AssertionSignature>,
                T::Error: ::std::fmt::Display,
            {
                self.signature = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for signature: {e}")
                    });
                self
            }
            pub fn user_handle<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_handle = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_handle: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Fido2Assertion> for super::Fido2Assertion {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Fido2Assertion,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    algorithm: value.algorithm?,
                    authenticator_data: value.authenticator_data?,
                    client_data: value.client_data?,
                    cred_id: value.cred_id?,
                    signature: value.signature?,
                    user_handle: value.user_handle?,
                })
            }
        }
        impl ::std::convert::From<super::Fido2Assertion> for Fido2Assertion {
            fn from(value: super::Fido2Assertion) -> Self {
                Self {
                    algorithm: Ok(value.algorithm),
                    authenticator_data: Ok(value.authenticator_data),
                    client_data: Ok(value.client_data),
                    cred_id: Ok(value.cred_id),
                    signature: Ok(value.signature),
                    user_handle: Ok(value.user_handle),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Fido2Factor {
            credential_assertion: ::std::result::Result<
                super::Fido2Assertion,
                ::std::string::String,
            >,
            kind: ::std::result::Result<super::Fido2FactorKind, ::std::string::String>,
        }
        impl ::std::default::Default for Fido2Factor {
            fn default() -> Self {
                Self {
                    credential_assertion: Err(
                        "no value supplied for credential_assertion".to_string(),
                    ),
                    kind: Err("no value supplied for kind".to_string()),
                }
            }
        }
        impl Fido2Factor {
            pub fn credential_assertion<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Fido2Assertion>,
                T::Error: ::std::fmt::Display,
            {
                self.credential_assertion = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for credential_assertion: {e}"
                        )
                    });
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Fido2FactorKind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Fido2Factor> for super::Fido2Factor {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Fido2Factor,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credential_assertion: value.credential_assertion?,
                    kind: value.kind?,
                })
            }
        }
        impl ::std::convert::From<super::Fido2Factor> for Fido2Factor {
            fn from(value: super::Fido2Factor) -> Self {
                Self {
                    credential_assertion: Ok(value.credential_assertion),
                    kind: Ok(value.kind),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct KeyAssertion {
            algorithm: ::std::result::Result<
                ::std::option::Option<super::KeyAssertionAlgorithm>,
                ::std::string::String,
            >,
            client_data: ::std::result::Result<
                super::KeyAssertionClientData,
                ::std::string::String,
            >,
            cred_id: ::std::result::Result<
                super::KeyAssertionCredId,
                ::std::string::String,
            >,
            signature: ::std::result::Result<
                super::KeyAssertionSignature,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for KeyAssertion {
            fn default() -> Self {
                Self {
                    algorithm: Ok(Default::default()),
                    client_data: Err("no value supplied for client_data".to_string()),
                    cred_id: Err("no value supplied for cred_id".to_string()),
                    signature: Err("no value supplied for signature".to_string()),
                }
            }
        }
        impl KeyAssertion {
            pub fn algorithm<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::KeyAssertionAlgorithm>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.algorithm = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for algorithm: {e}")
                    });
                self
            }
            pub fn client_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::KeyAssertionClientData>,
                T::Error: ::std::fmt::Display,
            {
                self.client_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_data: {e}")
                    });
                self
            }
            pub fn cred_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::KeyAssertionCredId>,
                T::Error: ::std::fmt::Display,
            {
                self.cred_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cred_id: {e}")
                    });
                self
            }
            pub fn signature<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::KeyAssertionSignature>,
                T::Error: ::std::fmt::Display,
            {
                self.signature = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for signature: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<KeyAssertion> for super::KeyAssertion {
            type Error = super::error::ConversionError;
            fn try_from(
                value: KeyAssertion,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    algorithm: value.algorithm?,
                    client_data: value.client_data?,
                    cred_id: value.cred_id?,
                    signature: value.signature?,
                })
            }
        }
        impl ::std::convert::From<super::KeyAssertion> for KeyAssertion {
            fn from(value: super::KeyAssertion) -> Self {
                Self {
                    algorithm: Ok(value.algorithm),
                    client_data: Ok(value.client_data),
                    cred_id: Ok(value.cred_id),
                    signature: Ok(value.signature),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct KeyFactor {
            credential_assertion: ::std::result::Result<
                super::KeyAssertion,
                ::std::string::String,
            >,
            kind: ::std::result::Result<super::KeyFactorKind, ::std::string::String>,
        }
        impl ::std::default::Default for KeyFactor {
            fn default() -> Self {
                Self {
                    credential_assertion: Err(
                        "no value supplied for credential_assertion".to_string(),
                    ),
                    kind: Err("no value supplied for kind".to_string()),
                }
            }
        }
        impl KeyFactor {
            pub fn credential_assertion<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::KeyAssertion>,
                T::Error: ::std::fmt::Display,
            {
                self.credential_assertion = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for credential_assertion: {e}"
                        )
                    });
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::KeyFactorKind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<KeyFactor> for super::KeyFactor {
            type Error = super::error::ConversionError;
            fn try_from(
                value: KeyFactor,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credential_assertion: value.credential_assertion?,
                    kind: value.kind?,
                })
            }
        }
        impl ::std::convert::From<super::KeyFactor> for KeyFactor {
            fn from(value: super::KeyFactor) -> Self {
                Self {
                    credential_assertion: Ok(value.credential_assertion),
                    kind: Ok(value.kind),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListApplicationsResponse {
            items: ::std::result::Result<
                ::std::vec::Vec<super::Application>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListApplicationsResponse {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                }
            }
        }
        impl ListApplicationsResponse {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Application>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListApplicationsResponse>
        for super::ListApplicationsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListApplicationsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { items: value.items? })
            }
        }
        impl ::std::convert::From<super::ListApplicationsResponse>
        for ListApplicationsResponse {
            fn from(value: super::ListApplicationsResponse) -> Self {
                Self { items: Ok(value.items) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListPersonalAccessTokensResponse {
            items: ::std::result::Result<
                ::std::vec::Vec<super::AccessToken>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListPersonalAccessTokensResponse {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                }
            }
        }
        impl ListPersonalAccessTokensResponse {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AccessToken>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListPersonalAccessTokensResponse>
        for super::ListPersonalAccessTokensResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListPersonalAccessTokensResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { items: value.items? })
            }
        }
        impl ::std::convert::From<super::ListPersonalAccessTokensResponse>
        for ListPersonalAccessTokensResponse {
            fn from(value: super::ListPersonalAccessTokensResponse) -> Self {
                Self { items: Ok(value.items) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListServiceAccountsResponse {
            items: ::std::result::Result<
                ::std::vec::Vec<super::ServiceAccount>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListServiceAccountsResponse {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                }
            }
        }
        impl ListServiceAccountsResponse {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ServiceAccount>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListServiceAccountsResponse>
        for super::ListServiceAccountsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListServiceAccountsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { items: value.items? })
            }
        }
        impl ::std::convert::From<super::ListServiceAccountsResponse>
        for ListServiceAccountsResponse {
            fn from(value: super::ListServiceAccountsResponse) -> Self {
                Self { items: Ok(value.items) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PasswordProtectedKeyFactor {
            credential_assertion: ::std::result::Result<
                super::KeyAssertion,
                ::std::string::String,
            >,
            kind: ::std::result::Result<
                super::PasswordProtectedKeyFactorKind,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PasswordProtectedKeyFactor {
            fn default() -> Self {
                Self {
                    credential_assertion: Err(
                        "no value supplied for credential_assertion".to_string(),
                    ),
                    kind: Err("no value supplied for kind".to_string()),
                }
            }
        }
        impl PasswordProtectedKeyFactor {
            pub fn credential_assertion<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::KeyAssertion>,
                T::Error: ::std::fmt::Display,
            {
                self.credential_assertion = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for credential_assertion: {e}"
                        )
                    });
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PasswordProtectedKeyFactorKind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PasswordProtectedKeyFactor>
        for super::PasswordProtectedKeyFactor {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PasswordProtectedKeyFactor,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credential_assertion: value.credential_assertion?,
                    kind: value.kind?,
                })
            }
        }
        impl ::std::convert::From<super::PasswordProtectedKeyFactor>
        for PasswordProtectedKeyFactor {
            fn from(value: super::PasswordProtectedKeyFactor) -> Self {
                Self {
                    credential_assertion: Ok(value.credential_assertion),
                    kind: Ok(value.kind),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PermissionAssignment {
            assignment_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            operations: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            permission_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            permission_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PermissionAssignment {
            fn default() -> Self {
                Self {
                    assignment_id: Ok(Default::default()),
                    operations: Ok(Default::default()),
                    permission_id: Err(
                        "no value supplied for permission_id".to_string(),
                    ),
                    permission_name: Ok(Default::default()),
                }
            }
        }
        impl PermissionAssignment {
            pub fn assignment_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.assignment_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for assignment_id: {e}")
                    });
                self
            }
            pub fn operations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.operations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for operations: {e}")
                    });
                self
            }
            pub fn permission_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.permission_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for permission_id: {e}")
                    });
                self
            }
            pub fn permission_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.permission_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for permission_name: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PermissionAssignment>
        for super::PermissionAssignment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PermissionAssignment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    assignment_id: value.assignment_id?,
                    operations: value.operations?,
                    permission_id: value.permission_id?,
                    permission_name: value.permission_name?,
                })
            }
        }
        impl ::std::convert::From<super::PermissionAssignment> for PermissionAssignment {
            fn from(value: super::PermissionAssignment) -> Self {
                Self {
                    assignment_id: Ok(value.assignment_id),
                    operations: Ok(value.operations),
                    permission_id: Ok(value.permission_id),
                    permission_name: Ok(value.permission_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RelyingParty {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RelyingParty {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl RelyingParty {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
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
        impl ::std::convert::TryFrom<RelyingParty> for super::RelyingParty {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RelyingParty,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::RelyingParty> for RelyingParty {
            fn from(value: super::RelyingParty) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ServiceAccount {
            access_tokens: ::std::result::Result<
                ::std::vec::Vec<super::AccessToken>,
                ::std::string::String,
            >,
            user_info: ::std::result::Result<super::UserInfo, ::std::string::String>,
        }
        impl ::std::default::Default for ServiceAccount {
            fn default() -> Self {
                Self {
                    access_tokens: Ok(Default::default()),
                    user_info: Err("no value supplied for user_info".to_string()),
                }
            }
        }
        impl ServiceAccount {
            pub fn access_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AccessToken>>,
                T::Error: ::std::fmt::Display,
            {
                self.access_tokens = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access_tokens: {e}")
                    });
                self
            }
            pub fn user_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UserInfo>,
                T::Error: ::std::fmt::Display,
            {
                self.user_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_info: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ServiceAccount> for super::ServiceAccount {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServiceAccount,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_tokens: value.access_tokens?,
                    user_info: value.user_info?,
                })
            }
        }
        impl ::std::convert::From<super::ServiceAccount> for ServiceAccount {
            fn from(value: super::ServiceAccount) -> Self {
                Self {
                    access_tokens: Ok(value.access_tokens),
                    user_info: Ok(value.user_info),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SupportedCredentialKind {
            factor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            requires_second_factor: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SupportedCredentialKind {
            fn default() -> Self {
                Self {
                    factor: Ok(Default::default()),
                    kind: Ok(Default::default()),
                    requires_second_factor: Ok(Default::default()),
                }
            }
        }
        impl SupportedCredentialKind {
            pub fn factor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.factor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for factor: {e}")
                    });
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            pub fn requires_second_factor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.requires_second_factor = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for requires_second_factor: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SupportedCredentialKind>
        for super::SupportedCredentialKind {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SupportedCredentialKind,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    factor: value.factor?,
                    kind: value.kind?,
                    requires_second_factor: value.requires_second_factor?,
                })
            }
        }
        impl ::std::convert::From<super::SupportedCredentialKind>
        for SupportedCredentialKind {
            fn from(value: super::SupportedCredentialKind) -> Self {
                Self {
                    factor: Ok(value.factor),
                    kind: Ok(value.kind),
                    requires_second_factor: Ok(value.requires_second_factor),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateApplicationRequest {
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<super::UpdateApplicationRequestName>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateApplicationRequest {
            fn default() -> Self {
                Self {
                    external_id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl UpdateApplicationRequest {
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::UpdateApplicationRequestName>,
                >,
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
        impl ::std::convert::TryFrom<UpdateApplicationRequest>
        for super::UpdateApplicationRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateApplicationRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    external_id: value.external_id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateApplicationRequest>
        for UpdateApplicationRequest {
            fn from(value: super::UpdateApplicationRequest) -> Self {
                Self {
                    external_id: Ok(value.external_id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdatePersonalAccessTokenRequest {
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<super::UpdatePersonalAccessTokenRequestName>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdatePersonalAccessTokenRequest {
            fn default() -> Self {
                Self {
                    external_id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl UpdatePersonalAccessTokenRequest {
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::UpdatePersonalAccessTokenRequestName>,
                >,
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
        impl ::std::convert::TryFrom<UpdatePersonalAccessTokenRequest>
        for super::UpdatePersonalAccessTokenRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdatePersonalAccessTokenRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    external_id: value.external_id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::UpdatePersonalAccessTokenRequest>
        for UpdatePersonalAccessTokenRequest {
            fn from(value: super::UpdatePersonalAccessTokenRequest) -> Self {
                Self {
                    external_id: Ok(value.external_id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateServiceAccountRequest {
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<super::UpdateServiceAccountRequestName>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateServiceAccountRequest {
            fn default() -> Self {
                Self {
                    external_id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl UpdateServiceAccountRequest {
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::UpdateServiceAccountRequestName>,
                >,
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
        impl ::std::convert::TryFrom<UpdateServiceAccountRequest>
        for super::UpdateServiceAccountRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateServiceAccountRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    external_id: value.external_id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateServiceAccountRequest>
        for UpdateServiceAccountRequest {
            fn from(value: super::UpdateServiceAccountRequest) -> Self {
                Self {
                    external_id: Ok(value.external_id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserActionChallenge {
            allow_credentials: ::std::result::Result<
                super::AllowCredentials,
                ::std::string::String,
            >,
            attestation: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            challenge: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            challenge_identifier: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            external_authentication_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            rp: ::std::result::Result<
                ::std::option::Option<super::RelyingParty>,
                ::std::string::String,
            >,
            supported_credential_kinds: ::std::result::Result<
                ::std::vec::Vec<super::SupportedCredentialKind>,
                ::std::string::String,
            >,
            user_verification: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserActionChallenge {
            fn default() -> Self {
                Self {
                    allow_credentials: Err(
                        "no value supplied for allow_credentials".to_string(),
                    ),
                    attestation: Ok(Default::default()),
                    challenge: Err("no value supplied for challenge".to_string()),
                    challenge_identifier: Err(
                        "no value supplied for challenge_identifier".to_string(),
                    ),
                    external_authentication_url: Ok(Default::default()),
                    rp: Ok(Default::default()),
                    supported_credential_kinds: Ok(Default::default()),
                    user_verification: Ok(Default::default()),
                }
            }
        }
        impl UserActionChallenge {
            pub fn allow_credentials<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AllowCredentials>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_credentials = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_credentials: {e}"
                        )
                    });
                self
            }
            pub fn attestation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.attestation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attestation: {e}")
                    });
                self
            }
            pub fn challenge<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.challenge = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for challenge: {e}")
                    });
                self
            }
            pub fn challenge_identifier<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.challenge_identifier = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for challenge_identifier: {e}"
                        )
                    });
                self
            }
            pub fn external_authentication_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_authentication_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for external_authentication_url: {e}"
                        )
                    });
                self
            }
            pub fn rp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::RelyingParty>>,
                T::Error: ::std::fmt::Display,
            {
                self.rp = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for rp: {e}"));
                self
            }
            pub fn supported_credential_kinds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::SupportedCredentialKind>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.supported_credential_kinds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for supported_credential_kinds: {e}"
                        )
                    });
                self
            }
            pub fn user_verification<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_verification = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for user_verification: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserActionChallenge>
        for super::UserActionChallenge {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserActionChallenge,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allow_credentials: value.allow_credentials?,
                    attestation: value.attestation?,
                    challenge: value.challenge?,
                    challenge_identifier: value.challenge_identifier?,
                    external_authentication_url: value.external_authentication_url?,
                    rp: value.rp?,
                    supported_credential_kinds: value.supported_credential_kinds?,
                    user_verification: value.user_verification?,
                })
            }
        }
        impl ::std::convert::From<super::UserActionChallenge> for UserActionChallenge {
            fn from(value: super::UserActionChallenge) -> Self {
                Self {
                    allow_credentials: Ok(value.allow_credentials),
                    attestation: Ok(value.attestation),
                    challenge: Ok(value.challenge),
                    challenge_identifier: Ok(value.challenge_identifier),
                    external_authentication_url: Ok(value.external_authentication_url),
                    rp: Ok(value.rp),
                    supported_credential_kinds: Ok(value.supported_credential_kinds),
                    user_verification: Ok(value.user_verification),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserActionInitRequest {
            user_action_http_method: ::std::result::Result<
                super::UserActionInitRequestUserActionHttpMethod,
                ::std::string::String,
            >,
            user_action_http_path: ::std::result::Result<
                super::UserActionInitRequestUserActionHttpPath,
                ::std::string::String,
            >,
            user_action_payload: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            user_action_server_kind: ::std::result::Result<
                ::std::option::Option<super::UserActionInitRequestUserActionServerKind>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserActionInitRequest {
            fn default() -> Self {
                Self {
                    user_action_http_method: Err(
                        "no value supplied for user_action_http_method".to_string(),
                    ),
                    user_action_http_path: Err(
                        "no value supplied for user_action_http_path".to_string(),
                    ),
                    user_action_payload: Err(
                        "no value supplied for user_action_payload".to_string(),
                    ),
                    user_action_server_kind: Ok(Default::default()),
                }
            }
        }
        impl UserActionInitRequest {
            pub fn user_action_http_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::UserActionInitRequestUserActionHttpMethod,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.user_action_http_method = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for user_action_http_method: {e}"
                        )
                    });
                self
            }
            pub fn user_action_http_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::UserActionInitRequestUserActionHttpPath,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.user_action_http_path = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for user_action_http_path: {e}"
                        )
                    });
                self
            }
            pub fn user_action_payload<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_action_payload = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for user_action_payload: {e}"
                        )
                    });
                self
            }
            pub fn user_action_server_kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::UserActionInitRequestUserActionServerKind,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.user_action_server_kind = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for user_action_server_kind: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserActionInitRequest>
        for super::UserActionInitRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserActionInitRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    user_action_http_method: value.user_action_http_method?,
                    user_action_http_path: value.user_action_http_path?,
                    user_action_payload: value.user_action_payload?,
                    user_action_server_kind: value.user_action_server_kind?,
                })
            }
        }
        impl ::std::convert::From<super::UserActionInitRequest>
        for UserActionInitRequest {
            fn from(value: super::UserActionInitRequest) -> Self {
                Self {
                    user_action_http_method: Ok(value.user_action_http_method),
                    user_action_http_path: Ok(value.user_action_http_path),
                    user_action_payload: Ok(value.user_action_payload),
                    user_action_server_kind: Ok(value.user_action_server_kind),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserActionRequest {
            challenge_identifier: ::std::result::Result<
                super::UserActionRequestChallengeIdentifier,
                ::std::string::String,
            >,
            first_factor: ::std::result::Result<
                super::FirstFactor,
                ::std::string::String,
            >,
            second_factor: ::std::result::Result<
                ::std::option::Option<super::FirstFactor>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserActionRequest {
            fn default() -> Self {
                Self {
                    challenge_identifier: Err(
                        "no value supplied for challenge_identifier".to_string(),
                    ),
                    first_factor: Err("no value supplied for first_factor".to_string()),
                    second_factor: Ok(Default::default()),
                }
            }
        }
        impl UserActionRequest {
            pub fn challenge_identifier<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UserActionRequestChallengeIdentifier>,
                T::Error: ::std::fmt::Display,
            {
                self.challenge_identifier = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for challenge_identifier: {e}"
                        )
                    });
                self
            }
            pub fn first_factor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FirstFactor>,
                T::Error: ::std::fmt::Display,
            {
                self.first_factor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_factor: {e}")
                    });
                self
            }
            pub fn second_factor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::FirstFactor>>,
                T::Error: ::std::fmt::Display,
            {
                self.second_factor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for second_factor: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserActionRequest> for super::UserActionRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserActionRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    challenge_identifier: value.challenge_identifier?,
                    first_factor: value.first_factor?,
                    second_factor: value.second_factor?,
                })
            }
        }
        impl ::std::convert::From<super::UserActionRequest> for UserActionRequest {
            fn from(value: super::UserActionRequest) -> Self {
                Self {
                    challenge_identifier: Ok(value.challenge_identifier),
                    first_factor: Ok(value.first_factor),
                    second_factor: Ok(value.second_factor),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserActionResponse {
            user_action: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserActionResponse {
            fn default() -> Self {
                Self {
                    user_action: Err("no value supplied for user_action".to_string()),
                }
            }
        }
        impl UserActionResponse {
            pub fn user_action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_action: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserActionResponse> for super::UserActionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserActionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    user_action: value.user_action?,
                })
            }
        }
        impl ::std::convert::From<super::UserActionResponse> for UserActionResponse {
            fn from(value: super::UserActionResponse) -> Self {
                Self {
                    user_action: Ok(value.user_action),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserInfo {
            credential_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_registered: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_service_account: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<
                ::std::option::Option<crate::enums::UserKind>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            permission_assignments: ::std::result::Result<
                ::std::vec::Vec<super::PermissionAssignment>,
                ::std::string::String,
            >,
            permissions: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<super::UserInfoUserId, ::std::string::String>,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserInfo {
            fn default() -> Self {
                Self {
                    credential_uuid: Ok(Default::default()),
                    is_active: Ok(Default::default()),
                    is_registered: Ok(Default::default()),
                    is_service_account: Ok(Default::default()),
                    kind: Ok(Default::default()),
                    name: Ok(Default::default()),
                    org_id: Ok(Default::default()),
                    permission_assignments: Ok(Default::default()),
                    permissions: Ok(Default::default()),
                    user_id: Err("no value supplied for user_id".to_string()),
                    username: Ok(Default::default()),
                }
            }
        }
        impl UserInfo {
            pub fn credential_uuid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.credential_uuid = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for credential_uuid: {e}"
                        )
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
            pub fn is_registered<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_registered = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_registered: {e}")
                    });
                self
            }
            pub fn is_service_account<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_service_account = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_service_account: {e}"
                        )
                    });
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::UserKind>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
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
            pub fn org_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_id: {e}")
                    });
                self
            }
            pub fn permission_assignments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PermissionAssignment>>,
                T::Error: ::std::fmt::Display,
            {
                self.permission_assignments = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for permission_assignments: {e}"
                        )
                    });
                self
            }
            pub fn permissions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.permissions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for permissions: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UserInfoUserId>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserInfo> for super::UserInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credential_uuid: value.credential_uuid?,
                    is_active: value.is_active?,
                    is_registered: value.is_registered?,
                    is_service_account: value.is_service_account?,
                    kind: value.kind?,
                    name: value.name?,
                    org_id: value.org_id?,
                    permission_assignments: value.permission_assignments?,
                    permissions: value.permissions?,
                    user_id: value.user_id?,
                    username: value.username?,
                })
            }
        }
        impl ::std::convert::From<super::UserInfo> for UserInfo {
            fn from(value: super::UserInfo) -> Self {
                Self {
                    credential_uuid: Ok(value.credential_uuid),
                    is_active: Ok(value.is_active),
                    is_registered: Ok(value.is_registered),
                    is_service_account: Ok(value.is_service_account),
                    kind: Ok(value.kind),
                    name: Ok(value.name),
                    org_id: Ok(value.org_id),
                    permission_assignments: Ok(value.permission_assignments),
                    permissions: Ok(value.permissions),
                    user_id: Ok(value.user_id),
                    username: Ok(value.username),
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
/**Client for Dfns API (apifleet subset)

Applications (deprecated upstream), their replacements (service accounts and personal access tokens)
and user action signing. Written by the apifleet team from Dfns' documentation and its published
OpenAPI 3.1 document (1.578.2), which documents only HTTP 200.

Every write here needs a signed user action: `POST /auth/action/init` returns a challenge, the
caller signs it with a Key credential, `POST /auth/action` returns a single-use token that the write
carries in `X-DFNS-USERACTION`. Operations that need it list the `userActionSignature` security
scheme; the client signs exactly those.


Version: 1.578.2*/
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
        "1.578.2"
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
    /**Sign User Action

Sends a `POST` request to `/auth/action`

```ignore
let response = client.sign_user_action()
    .body(body)
    .send()
    .await;
```*/
    pub fn sign_user_action(&self) -> builder::SignUserAction<'_> {
        builder::SignUserAction::new(self)
    }
    /**Create User Action Challenge

Sends a `POST` request to `/auth/action/init`

```ignore
let response = client.create_user_action_challenge()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_user_action_challenge(
        &self,
    ) -> builder::CreateUserActionChallenge<'_> {
        builder::CreateUserActionChallenge::new(self)
    }
    /**List Applications

Not paginated.

Sends a `GET` request to `/auth/apps`

```ignore
let response = client.list_applications()
    .send()
    .await;
```*/
    #[deprecated(note = "Use `list_service_accounts` instead.")]
    pub fn list_applications(&self) -> builder::ListApplications<'_> {
        builder::ListApplications::new(self)
    }
    /**Create Application / Create Server-Signed Application

`kind: ClientSideApplication` creates an application; `kind: ServerSideApplication` with a `publicKey` creates a server-signed one (Dfns documents them as two operations on one path).

Sends a `POST` request to `/auth/apps`

```ignore
let response = client.create_application()
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `create_service_account` instead.")]
    pub fn create_application(&self) -> builder::CreateApplication<'_> {
        builder::CreateApplication::new(self)
    }
    /**Get Application

Sends a `GET` request to `/auth/apps/{appId}`

```ignore
let response = client.get_application()
    .app_id(app_id)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `get_service_account` instead.")]
    pub fn get_application(&self) -> builder::GetApplication<'_> {
        builder::GetApplication::new(self)
    }
    /**Update Application

Update a specific application.

Sends a `PUT` request to `/auth/apps/{appId}`

```ignore
let response = client.update_application()
    .app_id(app_id)
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `update_service_account` instead.")]
    pub fn update_application(&self) -> builder::UpdateApplication<'_> {
        builder::UpdateApplication::new(self)
    }
    /**Archive Application

Sends a `DELETE` request to `/auth/apps/{appId}`

```ignore
let response = client.archive_application()
    .app_id(app_id)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `archive_service_account` instead.")]
    pub fn archive_application(&self) -> builder::ArchiveApplication<'_> {
        builder::ArchiveApplication::new(self)
    }
    /**Activate Application

Sends a `PUT` request to `/auth/apps/{appId}/activate`

```ignore
let response = client.activate_application()
    .app_id(app_id)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `activate_service_account` instead.")]
    pub fn activate_application(&self) -> builder::ActivateApplication<'_> {
        builder::ActivateApplication::new(self)
    }
    /**Deactivate Application

Sends a `PUT` request to `/auth/apps/{appId}/deactivate`

```ignore
let response = client.deactivate_application()
    .app_id(app_id)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `deactivate_service_account` instead.")]
    pub fn deactivate_application(&self) -> builder::DeactivateApplication<'_> {
        builder::DeactivateApplication::new(self)
    }
    /**List Personal Access Tokens

Not paginated.

Sends a `GET` request to `/auth/pats`

```ignore
let response = client.list_personal_access_tokens()
    .send()
    .await;
```*/
    pub fn list_personal_access_tokens(&self) -> builder::ListPersonalAccessTokens<'_> {
        builder::ListPersonalAccessTokens::new(self)
    }
    /**Create Personal Access Token

Sends a `POST` request to `/auth/pats`

```ignore
let response = client.create_personal_access_token()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_personal_access_token(
        &self,
    ) -> builder::CreatePersonalAccessToken<'_> {
        builder::CreatePersonalAccessToken::new(self)
    }
    /**Get Personal Access Token

Sends a `GET` request to `/auth/pats/{tokenId}`

```ignore
let response = client.get_personal_access_token()
    .token_id(token_id)
    .send()
    .await;
```*/
    pub fn get_personal_access_token(&self) -> builder::GetPersonalAccessToken<'_> {
        builder::GetPersonalAccessToken::new(self)
    }
    /**Update Personal Access Token

Sends a `PUT` request to `/auth/pats/{tokenId}`

```ignore
let response = client.update_personal_access_token()
    .token_id(token_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_personal_access_token(
        &self,
    ) -> builder::UpdatePersonalAccessToken<'_> {
        builder::UpdatePersonalAccessToken::new(self)
    }
    /**Archive (delete) Personal Access Token

Sends a `DELETE` request to `/auth/pats/{tokenId}`

```ignore
let response = client.archive_personal_access_token()
    .token_id(token_id)
    .send()
    .await;
```*/
    pub fn archive_personal_access_token(
        &self,
    ) -> builder::ArchivePersonalAccessToken<'_> {
        builder::ArchivePersonalAccessToken::new(self)
    }
    /**Activate Personal Access Token

Sends a `PUT` request to `/auth/pats/{tokenId}/activate`

```ignore
let response = client.activate_personal_access_token()
    .token_id(token_id)
    .send()
    .await;
```*/
    pub fn activate_personal_access_token(
        &self,
    ) -> builder::ActivatePersonalAccessToken<'_> {
        builder::ActivatePersonalAccessToken::new(self)
    }
    /**Deactivate Personal Access Token

Sends a `PUT` request to `/auth/pats/{tokenId}/deactivate`

```ignore
let response = client.deactivate_personal_access_token()
    .token_id(token_id)
    .send()
    .await;
```*/
    pub fn deactivate_personal_access_token(
        &self,
    ) -> builder::DeactivatePersonalAccessToken<'_> {
        builder::DeactivatePersonalAccessToken::new(self)
    }
    /**List Service Accounts

Not paginated.

Sends a `GET` request to `/auth/service-accounts`

```ignore
let response = client.list_service_accounts()
    .send()
    .await;
```*/
    pub fn list_service_accounts(&self) -> builder::ListServiceAccounts<'_> {
        builder::ListServiceAccounts::new(self)
    }
    /**Create Service Account

Sends a `POST` request to `/auth/service-accounts`

```ignore
let response = client.create_service_account()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_service_account(&self) -> builder::CreateServiceAccount<'_> {
        builder::CreateServiceAccount::new(self)
    }
    /**Get Service Account

Sends a `GET` request to `/auth/service-accounts/{serviceAccountId}`

```ignore
let response = client.get_service_account()
    .service_account_id(service_account_id)
    .send()
    .await;
```*/
    pub fn get_service_account(&self) -> builder::GetServiceAccount<'_> {
        builder::GetServiceAccount::new(self)
    }
    /**Update Service Account

Sends a `PUT` request to `/auth/service-accounts/{serviceAccountId}`

```ignore
let response = client.update_service_account()
    .service_account_id(service_account_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_service_account(&self) -> builder::UpdateServiceAccount<'_> {
        builder::UpdateServiceAccount::new(self)
    }
    /**Archive (delete) Service Account

Sends a `DELETE` request to `/auth/service-accounts/{serviceAccountId}`

```ignore
let response = client.archive_service_account()
    .service_account_id(service_account_id)
    .send()
    .await;
```*/
    pub fn archive_service_account(&self) -> builder::ArchiveServiceAccount<'_> {
        builder::ArchiveServiceAccount::new(self)
    }
    /**Activate Service Account

Sends a `PUT` request to `/auth/service-accounts/{serviceAccountId}/activate`

```ignore
let response = client.activate_service_account()
    .service_account_id(service_account_id)
    .send()
    .await;
```*/
    pub fn activate_service_account(&self) -> builder::ActivateServiceAccount<'_> {
        builder::ActivateServiceAccount::new(self)
    }
    /**Deactivate Service Account

Sends a `PUT` request to `/auth/service-accounts/{serviceAccountId}/deactivate`

```ignore
let response = client.deactivate_service_account()
    .service_account_id(service_account_id)
    .send()
    .await;
```*/
    pub fn deactivate_service_account(&self) -> builder::DeactivateServiceAccount<'_> {
        builder::DeactivateServiceAccount::new(self)
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
    /**Builder for [`Client::sign_user_action`]

[`Client::sign_user_action`]: super::Client::sign_user_action*/
    #[derive(Debug, Clone)]
    pub struct SignUserAction<'a> {
        client: &'a super::Client,
        body: Result<types::builder::UserActionRequest, String>,
    }
    impl<'a> SignUserAction<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UserActionRequest>,
            <V as std::convert::TryInto<
                types::UserActionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UserActionRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UserActionRequest,
            ) -> types::builder::UserActionRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/auth/action`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UserActionResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::UserActionRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/auth/action", client.baseurl,);
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
                operation_id: "sign_user_action",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::create_user_action_challenge`]

[`Client::create_user_action_challenge`]: super::Client::create_user_action_challenge*/
    #[derive(Debug, Clone)]
    pub struct CreateUserActionChallenge<'a> {
        client: &'a super::Client,
        body: Result<types::builder::UserActionInitRequest, String>,
    }
    impl<'a> CreateUserActionChallenge<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UserActionInitRequest>,
            <V as std::convert::TryInto<
                types::UserActionInitRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UserActionInitRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UserActionInitRequest,
            ) -> types::builder::UserActionInitRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/auth/action/init`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UserActionChallenge>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::UserActionInitRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/auth/action/init", client.baseurl,);
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
                operation_id: "create_user_action_challenge",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::list_applications`]

[`Client::list_applications`]: super::Client::list_applications*/
    #[derive(Debug, Clone)]
    pub struct ListApplications<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListApplications<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/auth/apps`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListApplicationsResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/auth/apps", client.baseurl,);
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
                operation_id: "list_applications",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::create_application`]

[`Client::create_application`]: super::Client::create_application*/
    #[derive(Debug, Clone)]
    pub struct CreateApplication<'a> {
        client: &'a super::Client,
        body: Result<types::CreateApplicationRequest, String>,
    }
    impl<'a> CreateApplication<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateApplicationRequest>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `CreateApplicationRequest` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/auth/apps`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Application>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/auth/apps", client.baseurl,);
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
                operation_id: "create_application",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::get_application`]

[`Client::get_application`]: super::Client::get_application*/
    #[derive(Debug, Clone)]
    pub struct GetApplication<'a> {
        client: &'a super::Client,
        app_id: Result<types::GetApplicationAppId, String>,
    }
    impl<'a> GetApplication<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                app_id: Err("app_id was not initialized".to_string()),
            }
        }
        pub fn app_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetApplicationAppId>,
        {
            self.app_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetApplicationAppId` for app_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/auth/apps/{appId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Application>, Error<types::ErrorResponse>> {
            let Self { client, app_id } = self;
            let app_id = app_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/apps/{}", client.baseurl, encode_path(& app_id.to_string()),
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
                operation_id: "get_application",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::update_application`]

[`Client::update_application`]: super::Client::update_application*/
    #[derive(Debug, Clone)]
    pub struct UpdateApplication<'a> {
        client: &'a super::Client,
        app_id: Result<types::UpdateApplicationAppId, String>,
        body: Result<types::builder::UpdateApplicationRequest, String>,
    }
    impl<'a> UpdateApplication<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                app_id: Err("app_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn app_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateApplicationAppId>,
        {
            self.app_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UpdateApplicationAppId` for app_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateApplicationRequest>,
            <V as std::convert::TryInto<
                types::UpdateApplicationRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateApplicationRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateApplicationRequest,
            ) -> types::builder::UpdateApplicationRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/auth/apps/{appId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Application>, Error<types::ErrorResponse>> {
            let Self { client, app_id, body } = self;
            let app_id = app_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateApplicationRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/apps/{}", client.baseurl, encode_path(& app_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_application",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::archive_application`]

[`Client::archive_application`]: super::Client::archive_application*/
    #[derive(Debug, Clone)]
    pub struct ArchiveApplication<'a> {
        client: &'a super::Client,
        app_id: Result<types::ArchiveApplicationAppId, String>,
    }
    impl<'a> ArchiveApplication<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                app_id: Err("app_id was not initialized".to_string()),
            }
        }
        pub fn app_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ArchiveApplicationAppId>,
        {
            self.app_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ArchiveApplicationAppId` for app_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/auth/apps/{appId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Application>, Error<types::ErrorResponse>> {
            let Self { client, app_id } = self;
            let app_id = app_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/apps/{}", client.baseurl, encode_path(& app_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
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
                operation_id: "archive_application",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::activate_application`]

[`Client::activate_application`]: super::Client::activate_application*/
    #[derive(Debug, Clone)]
    pub struct ActivateApplication<'a> {
        client: &'a super::Client,
        app_id: Result<types::ActivateApplicationAppId, String>,
    }
    impl<'a> ActivateApplication<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                app_id: Err("app_id was not initialized".to_string()),
            }
        }
        pub fn app_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ActivateApplicationAppId>,
        {
            self.app_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ActivateApplicationAppId` for app_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/auth/apps/{appId}/activate`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Application>, Error<types::ErrorResponse>> {
            let Self { client, app_id } = self;
            let app_id = app_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/apps/{}/activate", client.baseurl, encode_path(& app_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "activate_application",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::deactivate_application`]

[`Client::deactivate_application`]: super::Client::deactivate_application*/
    #[derive(Debug, Clone)]
    pub struct DeactivateApplication<'a> {
        client: &'a super::Client,
        app_id: Result<types::DeactivateApplicationAppId, String>,
    }
    impl<'a> DeactivateApplication<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                app_id: Err("app_id was not initialized".to_string()),
            }
        }
        pub fn app_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeactivateApplicationAppId>,
        {
            self.app_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeactivateApplicationAppId` for app_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/auth/apps/{appId}/deactivate`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Application>, Error<types::ErrorResponse>> {
            let Self { client, app_id } = self;
            let app_id = app_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/apps/{}/deactivate", client.baseurl, encode_path(& app_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "deactivate_application",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::list_personal_access_tokens`]

[`Client::list_personal_access_tokens`]: super::Client::list_personal_access_tokens*/
    #[derive(Debug, Clone)]
    pub struct ListPersonalAccessTokens<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListPersonalAccessTokens<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/auth/pats`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListPersonalAccessTokensResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/auth/pats", client.baseurl,);
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
                operation_id: "list_personal_access_tokens",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::create_personal_access_token`]

[`Client::create_personal_access_token`]: super::Client::create_personal_access_token*/
    #[derive(Debug, Clone)]
    pub struct CreatePersonalAccessToken<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreatePersonalAccessTokenRequest, String>,
    }
    impl<'a> CreatePersonalAccessToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreatePersonalAccessTokenRequest>,
            <V as std::convert::TryInto<
                types::CreatePersonalAccessTokenRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreatePersonalAccessTokenRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreatePersonalAccessTokenRequest,
            ) -> types::builder::CreatePersonalAccessTokenRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/auth/pats`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AccessToken>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreatePersonalAccessTokenRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/auth/pats", client.baseurl,);
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
                operation_id: "create_personal_access_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::get_personal_access_token`]

[`Client::get_personal_access_token`]: super::Client::get_personal_access_token*/
    #[derive(Debug, Clone)]
    pub struct GetPersonalAccessToken<'a> {
        client: &'a super::Client,
        token_id: Result<types::GetPersonalAccessTokenTokenId, String>,
    }
    impl<'a> GetPersonalAccessToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                token_id: Err("token_id was not initialized".to_string()),
            }
        }
        pub fn token_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetPersonalAccessTokenTokenId>,
        {
            self.token_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetPersonalAccessTokenTokenId` for token_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/auth/pats/{tokenId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AccessToken>, Error<types::ErrorResponse>> {
            let Self { client, token_id } = self;
            let token_id = token_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/pats/{}", client.baseurl, encode_path(& token_id.to_string()),
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
                operation_id: "get_personal_access_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::update_personal_access_token`]

[`Client::update_personal_access_token`]: super::Client::update_personal_access_token*/
    #[derive(Debug, Clone)]
    pub struct UpdatePersonalAccessToken<'a> {
        client: &'a super::Client,
        token_id: Result<types::UpdatePersonalAccessTokenTokenId, String>,
        body: Result<types::builder::UpdatePersonalAccessTokenRequest, String>,
    }
    impl<'a> UpdatePersonalAccessToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                token_id: Err("token_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn token_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdatePersonalAccessTokenTokenId>,
        {
            self.token_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UpdatePersonalAccessTokenTokenId` for token_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdatePersonalAccessTokenRequest>,
            <V as std::convert::TryInto<
                types::UpdatePersonalAccessTokenRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdatePersonalAccessTokenRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdatePersonalAccessTokenRequest,
            ) -> types::builder::UpdatePersonalAccessTokenRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/auth/pats/{tokenId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AccessToken>, Error<types::ErrorResponse>> {
            let Self { client, token_id, body } = self;
            let token_id = token_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdatePersonalAccessTokenRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/pats/{}", client.baseurl, encode_path(& token_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_personal_access_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::archive_personal_access_token`]

[`Client::archive_personal_access_token`]: super::Client::archive_personal_access_token*/
    #[derive(Debug, Clone)]
    pub struct ArchivePersonalAccessToken<'a> {
        client: &'a super::Client,
        token_id: Result<types::ArchivePersonalAccessTokenTokenId, String>,
    }
    impl<'a> ArchivePersonalAccessToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                token_id: Err("token_id was not initialized".to_string()),
            }
        }
        pub fn token_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ArchivePersonalAccessTokenTokenId>,
        {
            self.token_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ArchivePersonalAccessTokenTokenId` for token_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/auth/pats/{tokenId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AccessToken>, Error<types::ErrorResponse>> {
            let Self { client, token_id } = self;
            let token_id = token_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/pats/{}", client.baseurl, encode_path(& token_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
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
                operation_id: "archive_personal_access_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::activate_personal_access_token`]

[`Client::activate_personal_access_token`]: super::Client::activate_personal_access_token*/
    #[derive(Debug, Clone)]
    pub struct ActivatePersonalAccessToken<'a> {
        client: &'a super::Client,
        token_id: Result<types::ActivatePersonalAccessTokenTokenId, String>,
    }
    impl<'a> ActivatePersonalAccessToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                token_id: Err("token_id was not initialized".to_string()),
            }
        }
        pub fn token_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ActivatePersonalAccessTokenTokenId>,
        {
            self.token_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ActivatePersonalAccessTokenTokenId` for token_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/auth/pats/{tokenId}/activate`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AccessToken>, Error<types::ErrorResponse>> {
            let Self { client, token_id } = self;
            let token_id = token_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/pats/{}/activate", client.baseurl, encode_path(& token_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "activate_personal_access_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::deactivate_personal_access_token`]

[`Client::deactivate_personal_access_token`]: super::Client::deactivate_personal_access_token*/
    #[derive(Debug, Clone)]
    pub struct DeactivatePersonalAccessToken<'a> {
        client: &'a super::Client,
        token_id: Result<types::DeactivatePersonalAccessTokenTokenId, String>,
    }
    impl<'a> DeactivatePersonalAccessToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                token_id: Err("token_id was not initialized".to_string()),
            }
        }
        pub fn token_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeactivatePersonalAccessTokenTokenId>,
        {
            self.token_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeactivatePersonalAccessTokenTokenId` for token_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/auth/pats/{tokenId}/deactivate`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AccessToken>, Error<types::ErrorResponse>> {
            let Self { client, token_id } = self;
            let token_id = token_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/pats/{}/deactivate", client.baseurl, encode_path(& token_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "deactivate_personal_access_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::list_service_accounts`]

[`Client::list_service_accounts`]: super::Client::list_service_accounts*/
    #[derive(Debug, Clone)]
    pub struct ListServiceAccounts<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListServiceAccounts<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/auth/service-accounts`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListServiceAccountsResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/auth/service-accounts", client.baseurl,);
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
                operation_id: "list_service_accounts",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::create_service_account`]

[`Client::create_service_account`]: super::Client::create_service_account*/
    #[derive(Debug, Clone)]
    pub struct CreateServiceAccount<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateServiceAccountRequest, String>,
    }
    impl<'a> CreateServiceAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateServiceAccountRequest>,
            <V as std::convert::TryInto<
                types::CreateServiceAccountRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateServiceAccountRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateServiceAccountRequest,
            ) -> types::builder::CreateServiceAccountRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/auth/service-accounts`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ServiceAccount>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateServiceAccountRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/auth/service-accounts", client.baseurl,);
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
                operation_id: "create_service_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::get_service_account`]

[`Client::get_service_account`]: super::Client::get_service_account*/
    #[derive(Debug, Clone)]
    pub struct GetServiceAccount<'a> {
        client: &'a super::Client,
        service_account_id: Result<types::GetServiceAccountServiceAccountId, String>,
    }
    impl<'a> GetServiceAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                service_account_id: Err(
                    "service_account_id was not initialized".to_string(),
                ),
            }
        }
        pub fn service_account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetServiceAccountServiceAccountId>,
        {
            self.service_account_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetServiceAccountServiceAccountId` for service_account_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/auth/service-accounts/{serviceAccountId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ServiceAccount>, Error<types::ErrorResponse>> {
            let Self { client, service_account_id } = self;
            let service_account_id = service_account_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/service-accounts/{}", client.baseurl, encode_path(&
                service_account_id.to_string()),
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
                operation_id: "get_service_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::update_service_account`]

[`Client::update_service_account`]: super::Client::update_service_account*/
    #[derive(Debug, Clone)]
    pub struct UpdateServiceAccount<'a> {
        client: &'a super::Client,
        service_account_id: Result<types::UpdateServiceAccountServiceAccountId, String>,
        body: Result<types::builder::UpdateServiceAccountRequest, String>,
    }
    impl<'a> UpdateServiceAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                service_account_id: Err(
                    "service_account_id was not initialized".to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn service_account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateServiceAccountServiceAccountId>,
        {
            self.service_account_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UpdateServiceAccountServiceAccountId` for service_account_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateServiceAccountRequest>,
            <V as std::convert::TryInto<
                types::UpdateServiceAccountRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateServiceAccountRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateServiceAccountRequest,
            ) -> types::builder::UpdateServiceAccountRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/auth/service-accounts/{serviceAccountId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ServiceAccount>, Error<types::ErrorResponse>> {
            let Self { client, service_account_id, body } = self;
            let service_account_id = service_account_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateServiceAccountRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/service-accounts/{}", client.baseurl, encode_path(&
                service_account_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_service_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::archive_service_account`]

[`Client::archive_service_account`]: super::Client::archive_service_account*/
    #[derive(Debug, Clone)]
    pub struct ArchiveServiceAccount<'a> {
        client: &'a super::Client,
        service_account_id: Result<types::ArchiveServiceAccountServiceAccountId, String>,
    }
    impl<'a> ArchiveServiceAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                service_account_id: Err(
                    "service_account_id was not initialized".to_string(),
                ),
            }
        }
        pub fn service_account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ArchiveServiceAccountServiceAccountId>,
        {
            self.service_account_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ArchiveServiceAccountServiceAccountId` for service_account_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/auth/service-accounts/{serviceAccountId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ServiceAccount>, Error<types::ErrorResponse>> {
            let Self { client, service_account_id } = self;
            let service_account_id = service_account_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/service-accounts/{}", client.baseurl, encode_path(&
                service_account_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
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
                operation_id: "archive_service_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::activate_service_account`]

[`Client::activate_service_account`]: super::Client::activate_service_account*/
    #[derive(Debug, Clone)]
    pub struct ActivateServiceAccount<'a> {
        client: &'a super::Client,
        service_account_id: Result<
            types::ActivateServiceAccountServiceAccountId,
            String,
        >,
    }
    impl<'a> ActivateServiceAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                service_account_id: Err(
                    "service_account_id was not initialized".to_string(),
                ),
            }
        }
        pub fn service_account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ActivateServiceAccountServiceAccountId>,
        {
            self.service_account_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ActivateServiceAccountServiceAccountId` for service_account_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/auth/service-accounts/{serviceAccountId}/activate`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ServiceAccount>, Error<types::ErrorResponse>> {
            let Self { client, service_account_id } = self;
            let service_account_id = service_account_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/service-accounts/{}/activate", client.baseurl, encode_path(&
                service_account_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "activate_service_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
    /**Builder for [`Client::deactivate_service_account`]

[`Client::deactivate_service_account`]: super::Client::deactivate_service_account*/
    #[derive(Debug, Clone)]
    pub struct DeactivateServiceAccount<'a> {
        client: &'a super::Client,
        service_account_id: Result<
            types::DeactivateServiceAccountServiceAccountId,
            String,
        >,
    }
    impl<'a> DeactivateServiceAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                service_account_id: Err(
                    "service_account_id was not initialized".to_string(),
                ),
            }
        }
        pub fn service_account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeactivateServiceAccountServiceAccountId>,
        {
            self.service_account_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeactivateServiceAccountServiceAccountId` for service_account_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/auth/service-accounts/{serviceAccountId}/deactivate`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ServiceAccount>, Error<types::ErrorResponse>> {
            let Self { client, service_account_id } = self;
            let service_account_id = service_account_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/service-accounts/{}/deactivate", client.baseurl, encode_path(&
                service_account_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "deactivate_service_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
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
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// What the spec says about each operation (method, path template, deprecation, security
/// schemes, headers set from the client's configuration), sorted by Rust method name.
pub mod operations {
    /// Every operation of the spec.
    pub static ALL: [apifleet_runtime::OperationMeta; 23usize] = [
        apifleet_runtime::OperationMeta {
            id: "activateApplication",
            rust_name: "activate_application",
            method: "PUT",
            path: "/auth/apps/{appId}/activate",
            deprecated: Some("Use `activate_service_account` instead."),
            security: &["authenticationToken", "userActionSignature"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "activatePersonalAccessToken",
            rust_name: "activate_personal_access_token",
            method: "PUT",
            path: "/auth/pats/{tokenId}/activate",
            deprecated: None,
            security: &["authenticationToken", "userActionSignature"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "activateServiceAccount",
            rust_name: "activate_service_account",
            method: "PUT",
            path: "/auth/service-accounts/{serviceAccountId}/activate",
            deprecated: None,
            security: &["authenticationToken", "userActionSignature"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "archiveApplication",
            rust_name: "archive_application",
            method: "DELETE",
            path: "/auth/apps/{appId}",
            deprecated: Some("Use `archive_service_account` instead."),
            security: &["authenticationToken", "userActionSignature"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "archivePersonalAccessToken",
            rust_name: "archive_personal_access_token",
            method: "DELETE",
            path: "/auth/pats/{tokenId}",
            deprecated: None,
            security: &["authenticationToken", "userActionSignature"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "archiveServiceAccount",
            rust_name: "archive_service_account",
            method: "DELETE",
            path: "/auth/service-accounts/{serviceAccountId}",
            deprecated: None,
            security: &["authenticationToken", "userActionSignature"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "createApplication",
            rust_name: "create_application",
            method: "POST",
            path: "/auth/apps",
            deprecated: Some("Use `create_service_account` instead."),
            security: &["authenticationToken", "userActionSignature"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "createPersonalAccessToken",
            rust_name: "create_personal_access_token",
            method: "POST",
            path: "/auth/pats",
            deprecated: None,
            security: &["authenticationToken", "userActionSignature"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "createServiceAccount",
            rust_name: "create_service_account",
            method: "POST",
            path: "/auth/service-accounts",
            deprecated: None,
            security: &["authenticationToken", "userActionSignature"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "createUserActionChallenge",
            rust_name: "create_user_action_challenge",
            method: "POST",
            path: "/auth/action/init",
            deprecated: None,
            security: &["authenticationToken"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "deactivateApplication",
            rust_name: "deactivate_application",
            method: "PUT",
            path: "/auth/apps/{appId}/deactivate",
            deprecated: Some("Use `deactivate_service_account` instead."),
            security: &["authenticationToken", "userActionSignature"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "deactivatePersonalAccessToken",
            rust_name: "deactivate_personal_access_token",
            method: "PUT",
            path: "/auth/pats/{tokenId}/deactivate",
            deprecated: None,
            security: &["authenticationToken", "userActionSignature"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "deactivateServiceAccount",
            rust_name: "deactivate_service_account",
            method: "PUT",
            path: "/auth/service-accounts/{serviceAccountId}/deactivate",
            deprecated: None,
            security: &["authenticationToken", "userActionSignature"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "getApplication",
            rust_name: "get_application",
            method: "GET",
            path: "/auth/apps/{appId}",
            deprecated: Some("Use `get_service_account` instead."),
            security: &["authenticationToken"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "getPersonalAccessToken",
            rust_name: "get_personal_access_token",
            method: "GET",
            path: "/auth/pats/{tokenId}",
            deprecated: None,
            security: &["authenticationToken"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "getServiceAccount",
            rust_name: "get_service_account",
            method: "GET",
            path: "/auth/service-accounts/{serviceAccountId}",
            deprecated: None,
            security: &["authenticationToken"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "listApplications",
            rust_name: "list_applications",
            method: "GET",
            path: "/auth/apps",
            deprecated: Some("Use `list_service_accounts` instead."),
            security: &["authenticationToken"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "listPersonalAccessTokens",
            rust_name: "list_personal_access_tokens",
            method: "GET",
            path: "/auth/pats",
            deprecated: None,
            security: &["authenticationToken"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "listServiceAccounts",
            rust_name: "list_service_accounts",
            method: "GET",
            path: "/auth/service-accounts",
            deprecated: None,
            security: &["authenticationToken"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "signUserAction",
            rust_name: "sign_user_action",
            method: "POST",
            path: "/auth/action",
            deprecated: None,
            security: &["authenticationToken"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "updateApplication",
            rust_name: "update_application",
            method: "PUT",
            path: "/auth/apps/{appId}",
            deprecated: Some("Use `update_service_account` instead."),
            security: &["authenticationToken", "userActionSignature"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "updatePersonalAccessToken",
            rust_name: "update_personal_access_token",
            method: "PUT",
            path: "/auth/pats/{tokenId}",
            deprecated: None,
            security: &["authenticationToken", "userActionSignature"],
            config_headers: &[],
        },
        apifleet_runtime::OperationMeta {
            id: "updateServiceAccount",
            rust_name: "update_service_account",
            method: "PUT",
            path: "/auth/service-accounts/{serviceAccountId}",
            deprecated: None,
            security: &["authenticationToken", "userActionSignature"],
            config_headers: &[],
        },
    ];
    /// Looks an operation up by its Rust method name (what hooks receive as `OperationInfo::operation_id`).
    pub fn find(rust_name: &str) -> Option<&'static apifleet_runtime::OperationMeta> {
        ALL.binary_search_by(|m| m.rust_name.cmp(rust_name)).ok().map(|i| &ALL[i])
    }
}
