// Generated from `openapi/zitadel.yaml` by `cargo xtask generate` (progenitor 0.15.1).
// Do not edit: change the spec or xtask/src/providers.rs, then run `cargo xtask generate`.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`AddIdpResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AddIdpResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub details: ::std::option::Option<ObjectDetails>,
        #[serde(
            rename = "idpId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub idp_id: ::std::option::Option<::std::string::String>,
    }
    impl AddIdpResponse {
        pub fn builder() -> builder::AddIdpResponse {
            Default::default()
        }
    }
    ///`AddJwtIdpRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AddJwtIdpRequest {
        #[serde(
            rename = "autoRegister",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub auto_register: ::std::option::Option<bool>,
        #[serde(rename = "headerName")]
        pub header_name: AddJwtIdpRequestHeaderName,
        pub issuer: AddJwtIdpRequestIssuer,
        #[serde(rename = "jwtEndpoint")]
        pub jwt_endpoint: AddJwtIdpRequestJwtEndpoint,
        #[serde(rename = "keysEndpoint")]
        pub keys_endpoint: AddJwtIdpRequestKeysEndpoint,
        pub name: AddJwtIdpRequestName,
        #[serde(
            rename = "stylingType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub styling_type: ::std::option::Option<crate::enums::IdpStylingType>,
    }
    impl AddJwtIdpRequest {
        pub fn builder() -> builder::AddJwtIdpRequest {
            Default::default()
        }
    }
    ///`AddJwtIdpRequestHeaderName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AddJwtIdpRequestHeaderName(::std::string::String);
    impl ::std::ops::Deref for AddJwtIdpRequestHeaderName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddJwtIdpRequestHeaderName> for ::std::string::String {
        fn from(value: AddJwtIdpRequestHeaderName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddJwtIdpRequestHeaderName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AddJwtIdpRequestHeaderName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AddJwtIdpRequestHeaderName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddJwtIdpRequestHeaderName {
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
    ///`AddJwtIdpRequestIssuer`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AddJwtIdpRequestIssuer(::std::string::String);
    impl ::std::ops::Deref for AddJwtIdpRequestIssuer {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddJwtIdpRequestIssuer> for ::std::string::String {
        fn from(value: AddJwtIdpRequestIssuer) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddJwtIdpRequestIssuer {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AddJwtIdpRequestIssuer {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AddJwtIdpRequestIssuer {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddJwtIdpRequestIssuer {
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
    ///`AddJwtIdpRequestJwtEndpoint`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AddJwtIdpRequestJwtEndpoint(::std::string::String);
    impl ::std::ops::Deref for AddJwtIdpRequestJwtEndpoint {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddJwtIdpRequestJwtEndpoint> for ::std::string::String {
        fn from(value: AddJwtIdpRequestJwtEndpoint) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddJwtIdpRequestJwtEndpoint {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AddJwtIdpRequestJwtEndpoint {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AddJwtIdpRequestJwtEndpoint {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddJwtIdpRequestJwtEndpoint {
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
    ///`AddJwtIdpRequestKeysEndpoint`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AddJwtIdpRequestKeysEndpoint(::std::string::String);
    impl ::std::ops::Deref for AddJwtIdpRequestKeysEndpoint {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddJwtIdpRequestKeysEndpoint> for ::std::string::String {
        fn from(value: AddJwtIdpRequestKeysEndpoint) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddJwtIdpRequestKeysEndpoint {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AddJwtIdpRequestKeysEndpoint {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for AddJwtIdpRequestKeysEndpoint {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddJwtIdpRequestKeysEndpoint {
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
    ///`AddJwtIdpRequestName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AddJwtIdpRequestName(::std::string::String);
    impl ::std::ops::Deref for AddJwtIdpRequestName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddJwtIdpRequestName> for ::std::string::String {
        fn from(value: AddJwtIdpRequestName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddJwtIdpRequestName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AddJwtIdpRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AddJwtIdpRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddJwtIdpRequestName {
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
    ///`AddJwtProviderRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AddJwtProviderRequest {
        #[serde(rename = "headerName")]
        pub header_name: AddJwtProviderRequestHeaderName,
        pub issuer: AddJwtProviderRequestIssuer,
        #[serde(rename = "jwtEndpoint")]
        pub jwt_endpoint: AddJwtProviderRequestJwtEndpoint,
        #[serde(rename = "keysEndpoint")]
        pub keys_endpoint: AddJwtProviderRequestKeysEndpoint,
        pub name: AddJwtProviderRequestName,
        #[serde(
            rename = "providerOptions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub provider_options: ::std::option::Option<ProviderOptions>,
    }
    impl AddJwtProviderRequest {
        pub fn builder() -> builder::AddJwtProviderRequest {
            Default::default()
        }
    }
    ///`AddJwtProviderRequestHeaderName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AddJwtProviderRequestHeaderName(::std::string::String);
    impl ::std::ops::Deref for AddJwtProviderRequestHeaderName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddJwtProviderRequestHeaderName>
    for ::std::string::String {
        fn from(value: AddJwtProviderRequestHeaderName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddJwtProviderRequestHeaderName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AddJwtProviderRequestHeaderName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for AddJwtProviderRequestHeaderName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddJwtProviderRequestHeaderName {
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
    ///`AddJwtProviderRequestIssuer`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AddJwtProviderRequestIssuer(::std::string::String);
    impl ::std::ops::Deref for AddJwtProviderRequestIssuer {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddJwtProviderRequestIssuer> for ::std::string::String {
        fn from(value: AddJwtProviderRequestIssuer) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddJwtProviderRequestIssuer {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AddJwtProviderRequestIssuer {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AddJwtProviderRequestIssuer {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddJwtProviderRequestIssuer {
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
    ///`AddJwtProviderRequestJwtEndpoint`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AddJwtProviderRequestJwtEndpoint(::std::string::String);
    impl ::std::ops::Deref for AddJwtProviderRequestJwtEndpoint {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddJwtProviderRequestJwtEndpoint>
    for ::std::string::String {
        fn from(value: AddJwtProviderRequestJwtEndpoint) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddJwtProviderRequestJwtEndpoint {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AddJwtProviderRequestJwtEndpoint {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for AddJwtProviderRequestJwtEndpoint {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddJwtProviderRequestJwtEndpoint {
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
    ///`AddJwtProviderRequestKeysEndpoint`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AddJwtProviderRequestKeysEndpoint(::std::string::String);
    impl ::std::ops::Deref for AddJwtProviderRequestKeysEndpoint {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddJwtProviderRequestKeysEndpoint>
    for ::std::string::String {
        fn from(value: AddJwtProviderRequestKeysEndpoint) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddJwtProviderRequestKeysEndpoint {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AddJwtProviderRequestKeysEndpoint {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for AddJwtProviderRequestKeysEndpoint {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddJwtProviderRequestKeysEndpoint {
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
    ///`AddJwtProviderRequestName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AddJwtProviderRequestName(::std::string::String);
    impl ::std::ops::Deref for AddJwtProviderRequestName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddJwtProviderRequestName> for ::std::string::String {
        fn from(value: AddJwtProviderRequestName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddJwtProviderRequestName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AddJwtProviderRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AddJwtProviderRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddJwtProviderRequestName {
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
    ///`AddOidcIdpRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AddOidcIdpRequest {
        #[serde(
            rename = "autoRegister",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub auto_register: ::std::option::Option<bool>,
        #[serde(rename = "clientId")]
        pub client_id: AddOidcIdpRequestClientId,
        #[serde(rename = "clientSecret")]
        pub client_secret: AddOidcIdpRequestClientSecret,
        #[serde(
            rename = "displayNameMapping",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_name_mapping: ::std::option::Option<crate::enums::OidcMappingField>,
        pub issuer: AddOidcIdpRequestIssuer,
        pub name: AddOidcIdpRequestName,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scopes: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "stylingType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub styling_type: ::std::option::Option<crate::enums::IdpStylingType>,
        #[serde(
            rename = "usernameMapping",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub username_mapping: ::std::option::Option<crate::enums::OidcMappingField>,
    }
    impl AddOidcIdpRequest {
        pub fn builder() -> builder::AddOidcIdpRequest {
            Default::default()
        }
    }
    ///`AddOidcIdpRequestClientId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AddOidcIdpRequestClientId(::std::string::String);
    impl ::std::ops::Deref for AddOidcIdpRequestClientId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddOidcIdpRequestClientId> for ::std::string::String {
        fn from(value: AddOidcIdpRequestClientId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddOidcIdpRequestClientId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AddOidcIdpRequestClientId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AddOidcIdpRequestClientId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddOidcIdpRequestClientId {
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
    ///`AddOidcIdpRequestClientSecret`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AddOidcIdpRequestClientSecret(::std::string::String);
    impl ::std::ops::Deref for AddOidcIdpRequestClientSecret {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddOidcIdpRequestClientSecret> for ::std::string::String {
        fn from(value: AddOidcIdpRequestClientSecret) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddOidcIdpRequestClientSecret {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AddOidcIdpRequestClientSecret {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for AddOidcIdpRequestClientSecret {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddOidcIdpRequestClientSecret {
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
    ///`AddOidcIdpRequestIssuer`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AddOidcIdpRequestIssuer(::std::string::String);
    impl ::std::ops::Deref for AddOidcIdpRequestIssuer {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddOidcIdpRequestIssuer> for ::std::string::String {
        fn from(value: AddOidcIdpRequestIssuer) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddOidcIdpRequestIssuer {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AddOidcIdpRequestIssuer {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AddOidcIdpRequestIssuer {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddOidcIdpRequestIssuer {
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
    ///`AddOidcIdpRequestName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AddOidcIdpRequestName(::std::string::String);
    impl ::std::ops::Deref for AddOidcIdpRequestName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddOidcIdpRequestName> for ::std::string::String {
        fn from(value: AddOidcIdpRequestName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddOidcIdpRequestName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AddOidcIdpRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AddOidcIdpRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddOidcIdpRequestName {
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
    ///`AddProviderResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AddProviderResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub details: ::std::option::Option<ObjectDetails>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
    }
    impl AddProviderResponse {
        pub fn builder() -> builder::AddProviderResponse {
            Default::default()
        }
    }
    ///`AdminDeactivateIdpIdpId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AdminDeactivateIdpIdpId(::std::string::String);
    impl ::std::ops::Deref for AdminDeactivateIdpIdpId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AdminDeactivateIdpIdpId> for ::std::string::String {
        fn from(value: AdminDeactivateIdpIdpId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AdminDeactivateIdpIdpId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AdminDeactivateIdpIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AdminDeactivateIdpIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AdminDeactivateIdpIdpId {
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
    ///`AdminDeleteProviderId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AdminDeleteProviderId(::std::string::String);
    impl ::std::ops::Deref for AdminDeleteProviderId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AdminDeleteProviderId> for ::std::string::String {
        fn from(value: AdminDeleteProviderId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AdminDeleteProviderId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AdminDeleteProviderId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AdminDeleteProviderId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AdminDeleteProviderId {
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
    ///`AdminGetIdpByIdIdpId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AdminGetIdpByIdIdpId(::std::string::String);
    impl ::std::ops::Deref for AdminGetIdpByIdIdpId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AdminGetIdpByIdIdpId> for ::std::string::String {
        fn from(value: AdminGetIdpByIdIdpId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AdminGetIdpByIdIdpId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AdminGetIdpByIdIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AdminGetIdpByIdIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AdminGetIdpByIdIdpId {
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
    ///`AdminGetProviderByIdId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AdminGetProviderByIdId(::std::string::String);
    impl ::std::ops::Deref for AdminGetProviderByIdId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AdminGetProviderByIdId> for ::std::string::String {
        fn from(value: AdminGetProviderByIdId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AdminGetProviderByIdId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AdminGetProviderByIdId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AdminGetProviderByIdId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AdminGetProviderByIdId {
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
    ///`AdminReactivateIdpIdpId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AdminReactivateIdpIdpId(::std::string::String);
    impl ::std::ops::Deref for AdminReactivateIdpIdpId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AdminReactivateIdpIdpId> for ::std::string::String {
        fn from(value: AdminReactivateIdpIdpId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AdminReactivateIdpIdpId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AdminReactivateIdpIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AdminReactivateIdpIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AdminReactivateIdpIdpId {
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
    ///`AdminRemoveIdpIdpId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AdminRemoveIdpIdpId(::std::string::String);
    impl ::std::ops::Deref for AdminRemoveIdpIdpId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AdminRemoveIdpIdpId> for ::std::string::String {
        fn from(value: AdminRemoveIdpIdpId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AdminRemoveIdpIdpId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AdminRemoveIdpIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AdminRemoveIdpIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AdminRemoveIdpIdpId {
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
    ///`AdminUpdateIdpIdpId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AdminUpdateIdpIdpId(::std::string::String);
    impl ::std::ops::Deref for AdminUpdateIdpIdpId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AdminUpdateIdpIdpId> for ::std::string::String {
        fn from(value: AdminUpdateIdpIdpId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AdminUpdateIdpIdpId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AdminUpdateIdpIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AdminUpdateIdpIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AdminUpdateIdpIdpId {
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
    ///`AdminUpdateIdpJwtConfigIdpId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AdminUpdateIdpJwtConfigIdpId(::std::string::String);
    impl ::std::ops::Deref for AdminUpdateIdpJwtConfigIdpId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AdminUpdateIdpJwtConfigIdpId> for ::std::string::String {
        fn from(value: AdminUpdateIdpJwtConfigIdpId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AdminUpdateIdpJwtConfigIdpId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AdminUpdateIdpJwtConfigIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for AdminUpdateIdpJwtConfigIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AdminUpdateIdpJwtConfigIdpId {
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
    ///`AdminUpdateIdpOidcConfigIdpId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AdminUpdateIdpOidcConfigIdpId(::std::string::String);
    impl ::std::ops::Deref for AdminUpdateIdpOidcConfigIdpId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AdminUpdateIdpOidcConfigIdpId> for ::std::string::String {
        fn from(value: AdminUpdateIdpOidcConfigIdpId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AdminUpdateIdpOidcConfigIdpId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AdminUpdateIdpOidcConfigIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for AdminUpdateIdpOidcConfigIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AdminUpdateIdpOidcConfigIdpId {
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
    ///`AdminUpdateJwtProviderId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AdminUpdateJwtProviderId(::std::string::String);
    impl ::std::ops::Deref for AdminUpdateJwtProviderId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AdminUpdateJwtProviderId> for ::std::string::String {
        fn from(value: AdminUpdateJwtProviderId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AdminUpdateJwtProviderId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AdminUpdateJwtProviderId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AdminUpdateJwtProviderId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AdminUpdateJwtProviderId {
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
    ///`DetailsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct DetailsResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub details: ::std::option::Option<ObjectDetails>,
    }
    impl DetailsResponse {
        pub fn builder() -> builder::DetailsResponse {
            Default::default()
        }
    }
    ///`DetailsV2`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct DetailsV2 {
        #[serde(
            rename = "changeDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub change_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(
            rename = "creationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub creation_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(
            rename = "resourceOwner",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub resource_owner: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sequence: ::std::option::Option<apifleet_runtime::Uint64>,
    }
    impl DetailsV2 {
        pub fn builder() -> builder::DetailsV2 {
            Default::default()
        }
    }
    ///An empty JSON object.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct EmptyRequest {}
    impl EmptyRequest {
        pub fn builder() -> builder::EmptyRequest {
            Default::default()
        }
    }
    ///An empty JSON object.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct EmptyResponse(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for EmptyResponse {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<EmptyResponse>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: EmptyResponse) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for EmptyResponse {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///`GenericOidcConfig`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GenericOidcConfig {
        #[serde(
            rename = "clientId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub client_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "isIdTokenMapping",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_id_token_mapping: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub issuer: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scopes: ::std::vec::Vec<::std::string::String>,
    }
    impl GenericOidcConfig {
        pub fn builder() -> builder::GenericOidcConfig {
            Default::default()
        }
    }
    ///`GetIdpByIdV2Id`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GetIdpByIdV2Id(::std::string::String);
    impl ::std::ops::Deref for GetIdpByIdV2Id {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetIdpByIdV2Id> for ::std::string::String {
        fn from(value: GetIdpByIdV2Id) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetIdpByIdV2Id {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetIdpByIdV2Id {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetIdpByIdV2Id {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetIdpByIdV2Id {
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
    ///`GetIdpResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GetIdpResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub idp: ::std::option::Option<Idp>,
    }
    impl GetIdpResponse {
        pub fn builder() -> builder::GetIdpResponse {
            Default::default()
        }
    }
    ///`GetIdpV2Response`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GetIdpV2Response {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub idp: ::std::option::Option<IdpV2>,
    }
    impl GetIdpV2Response {
        pub fn builder() -> builder::GetIdpV2Response {
            Default::default()
        }
    }
    ///`GetProviderResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GetProviderResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub idp: ::std::option::Option<Provider>,
    }
    impl GetProviderResponse {
        pub fn builder() -> builder::GetProviderResponse {
            Default::default()
        }
    }
    ///An IDP of the deprecated family; exactly one of `oidcConfig` and `jwtConfig` is present.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Idp {
        #[serde(
            rename = "autoRegister",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub auto_register: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub details: ::std::option::Option<ObjectDetails>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "jwtConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub jwt_config: ::std::option::Option<JwtConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "oidcConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub oidc_config: ::std::option::Option<OidcConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub owner: ::std::option::Option<crate::enums::IdpOwnerType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<crate::enums::IdpState>,
        #[serde(
            rename = "stylingType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub styling_type: ::std::option::Option<crate::enums::IdpStylingType>,
    }
    impl Idp {
        pub fn builder() -> builder::Idp {
            Default::default()
        }
    }
    ///`IdpConfigV2`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct IdpConfigV2 {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub apple: ::std::option::Option<OpaqueConfig>,
        #[serde(
            rename = "azureAd",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub azure_ad: ::std::option::Option<OpaqueConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub github: ::std::option::Option<OpaqueConfig>,
        #[serde(
            rename = "githubEs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub github_es: ::std::option::Option<OpaqueConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub gitlab: ::std::option::Option<OpaqueConfig>,
        #[serde(
            rename = "gitlabSelfHosted",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub gitlab_self_hosted: ::std::option::Option<OpaqueConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub google: ::std::option::Option<OpaqueConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub jwt: ::std::option::Option<JwtConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ldap: ::std::option::Option<OpaqueConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub oauth: ::std::option::Option<OpaqueConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub oidc: ::std::option::Option<GenericOidcConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub options: ::std::option::Option<ProviderOptions>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub saml: ::std::option::Option<OpaqueConfig>,
    }
    impl IdpConfigV2 {
        pub fn builder() -> builder::IdpConfigV2 {
            Default::default()
        }
    }
    ///`IdpIdQuery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct IdpIdQuery {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<IdpIdQueryId>,
    }
    impl IdpIdQuery {
        pub fn builder() -> builder::IdpIdQuery {
            Default::default()
        }
    }
    ///`IdpIdQueryId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct IdpIdQueryId(::std::string::String);
    impl ::std::ops::Deref for IdpIdQueryId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<IdpIdQueryId> for ::std::string::String {
        fn from(value: IdpIdQueryId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for IdpIdQueryId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for IdpIdQueryId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for IdpIdQueryId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for IdpIdQueryId {
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
    ///`IdpNameQuery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct IdpNameQuery {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub method: ::std::option::Option<crate::enums::TextQueryMethod>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<IdpNameQueryName>,
    }
    impl IdpNameQuery {
        pub fn builder() -> builder::IdpNameQuery {
            Default::default()
        }
    }
    ///`IdpNameQueryName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct IdpNameQueryName(::std::string::String);
    impl ::std::ops::Deref for IdpNameQueryName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<IdpNameQueryName> for ::std::string::String {
        fn from(value: IdpNameQueryName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for IdpNameQueryName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for IdpNameQueryName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for IdpNameQueryName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for IdpNameQueryName {
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
    ///`IdpOwnerTypeQuery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct IdpOwnerTypeQuery {
        #[serde(
            rename = "ownerType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub owner_type: ::std::option::Option<crate::enums::IdpOwnerType>,
    }
    impl IdpOwnerTypeQuery {
        pub fn builder() -> builder::IdpOwnerTypeQuery {
            Default::default()
        }
    }
    ///Set exactly one of the queries (the Admin API has no `ownerTypeQuery`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct IdpQuery {
        #[serde(
            rename = "idpIdQuery",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub idp_id_query: ::std::option::Option<IdpIdQuery>,
        #[serde(
            rename = "idpNameQuery",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub idp_name_query: ::std::option::Option<IdpNameQuery>,
        #[serde(
            rename = "ownerTypeQuery",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub owner_type_query: ::std::option::Option<IdpOwnerTypeQuery>,
    }
    impl IdpQuery {
        pub fn builder() -> builder::IdpQuery {
            Default::default()
        }
    }
    ///`IdpV2`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct IdpV2 {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub config: ::std::option::Option<IdpConfigV2>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub details: ::std::option::Option<DetailsV2>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<crate::enums::IdpStateV2>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::enums::IdpTypeV2>,
    }
    impl IdpV2 {
        pub fn builder() -> builder::IdpV2 {
            Default::default()
        }
    }
    ///`JwtConfig`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct JwtConfig {
        #[serde(
            rename = "headerName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub header_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub issuer: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "jwtEndpoint",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub jwt_endpoint: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "keysEndpoint",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub keys_endpoint: ::std::option::Option<::std::string::String>,
    }
    impl JwtConfig {
        pub fn builder() -> builder::JwtConfig {
            Default::default()
        }
    }
    ///`ListDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ListDetails {
        #[serde(
            rename = "processedSequence",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub processed_sequence: ::std::option::Option<apifleet_runtime::Uint64>,
        #[serde(
            rename = "totalResult",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_result: ::std::option::Option<apifleet_runtime::Uint64>,
        #[serde(
            rename = "viewTimestamp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub view_timestamp: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
    }
    impl ListDetails {
        pub fn builder() -> builder::ListDetails {
            Default::default()
        }
    }
    ///`ListIdpsRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ListIdpsRequest {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub queries: ::std::vec::Vec<IdpQuery>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query: ::std::option::Option<ListQuery>,
        #[serde(
            rename = "sortingColumn",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sorting_column: ::std::option::Option<crate::enums::IdpFieldName>,
    }
    impl ListIdpsRequest {
        pub fn builder() -> builder::ListIdpsRequest {
            Default::default()
        }
    }
    ///`ListIdpsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ListIdpsResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub details: ::std::option::Option<ListDetails>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub result: ::std::vec::Vec<Idp>,
        #[serde(
            rename = "sortingColumn",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sorting_column: ::std::option::Option<crate::enums::IdpFieldName>,
    }
    impl ListIdpsResponse {
        pub fn builder() -> builder::ListIdpsResponse {
            Default::default()
        }
    }
    ///`ListProvidersRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ListProvidersRequest {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub queries: ::std::vec::Vec<ProviderQuery>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query: ::std::option::Option<ListQuery>,
    }
    impl ListProvidersRequest {
        pub fn builder() -> builder::ListProvidersRequest {
            Default::default()
        }
    }
    ///`ListProvidersResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ListProvidersResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub details: ::std::option::Option<ListDetails>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub result: ::std::vec::Vec<Provider>,
    }
    impl ListProvidersResponse {
        pub fn builder() -> builder::ListProvidersResponse {
            Default::default()
        }
    }
    ///`ListQuery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ListQuery {
        ///Ascending order (default descending).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub asc: ::std::option::Option<bool>,
        ///The page size; the server has a default and a maximum.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limit: ::std::option::Option<u32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub offset: ::std::option::Option<apifleet_runtime::Uint64>,
    }
    impl ListQuery {
        pub fn builder() -> builder::ListQuery {
            Default::default()
        }
    }
    ///`MgmtDeactivateOrgIdpIdpId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct MgmtDeactivateOrgIdpIdpId(::std::string::String);
    impl ::std::ops::Deref for MgmtDeactivateOrgIdpIdpId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MgmtDeactivateOrgIdpIdpId> for ::std::string::String {
        fn from(value: MgmtDeactivateOrgIdpIdpId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MgmtDeactivateOrgIdpIdpId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MgmtDeactivateOrgIdpIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MgmtDeactivateOrgIdpIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MgmtDeactivateOrgIdpIdpId {
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
    ///`MgmtDeleteProviderId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct MgmtDeleteProviderId(::std::string::String);
    impl ::std::ops::Deref for MgmtDeleteProviderId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MgmtDeleteProviderId> for ::std::string::String {
        fn from(value: MgmtDeleteProviderId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MgmtDeleteProviderId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MgmtDeleteProviderId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MgmtDeleteProviderId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MgmtDeleteProviderId {
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
    ///`MgmtGetOrgIdpByIdIdpId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct MgmtGetOrgIdpByIdIdpId(::std::string::String);
    impl ::std::ops::Deref for MgmtGetOrgIdpByIdIdpId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MgmtGetOrgIdpByIdIdpId> for ::std::string::String {
        fn from(value: MgmtGetOrgIdpByIdIdpId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MgmtGetOrgIdpByIdIdpId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MgmtGetOrgIdpByIdIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MgmtGetOrgIdpByIdIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MgmtGetOrgIdpByIdIdpId {
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
    ///`MgmtGetProviderByIdId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct MgmtGetProviderByIdId(::std::string::String);
    impl ::std::ops::Deref for MgmtGetProviderByIdId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MgmtGetProviderByIdId> for ::std::string::String {
        fn from(value: MgmtGetProviderByIdId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MgmtGetProviderByIdId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MgmtGetProviderByIdId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MgmtGetProviderByIdId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MgmtGetProviderByIdId {
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
    ///`MgmtReactivateOrgIdpIdpId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct MgmtReactivateOrgIdpIdpId(::std::string::String);
    impl ::std::ops::Deref for MgmtReactivateOrgIdpIdpId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MgmtReactivateOrgIdpIdpId> for ::std::string::String {
        fn from(value: MgmtReactivateOrgIdpIdpId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MgmtReactivateOrgIdpIdpId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MgmtReactivateOrgIdpIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MgmtReactivateOrgIdpIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MgmtReactivateOrgIdpIdpId {
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
    ///`MgmtRemoveOrgIdpIdpId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct MgmtRemoveOrgIdpIdpId(::std::string::String);
    impl ::std::ops::Deref for MgmtRemoveOrgIdpIdpId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MgmtRemoveOrgIdpIdpId> for ::std::string::String {
        fn from(value: MgmtRemoveOrgIdpIdpId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MgmtRemoveOrgIdpIdpId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MgmtRemoveOrgIdpIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MgmtRemoveOrgIdpIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MgmtRemoveOrgIdpIdpId {
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
    ///`MgmtUpdateJwtProviderId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct MgmtUpdateJwtProviderId(::std::string::String);
    impl ::std::ops::Deref for MgmtUpdateJwtProviderId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MgmtUpdateJwtProviderId> for ::std::string::String {
        fn from(value: MgmtUpdateJwtProviderId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MgmtUpdateJwtProviderId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MgmtUpdateJwtProviderId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MgmtUpdateJwtProviderId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MgmtUpdateJwtProviderId {
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
    ///`MgmtUpdateOrgIdpIdpId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct MgmtUpdateOrgIdpIdpId(::std::string::String);
    impl ::std::ops::Deref for MgmtUpdateOrgIdpIdpId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MgmtUpdateOrgIdpIdpId> for ::std::string::String {
        fn from(value: MgmtUpdateOrgIdpIdpId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MgmtUpdateOrgIdpIdpId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MgmtUpdateOrgIdpIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MgmtUpdateOrgIdpIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MgmtUpdateOrgIdpIdpId {
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
    ///`MgmtUpdateOrgIdpJwtConfigIdpId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct MgmtUpdateOrgIdpJwtConfigIdpId(::std::string::String);
    impl ::std::ops::Deref for MgmtUpdateOrgIdpJwtConfigIdpId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MgmtUpdateOrgIdpJwtConfigIdpId> for ::std::string::String {
        fn from(value: MgmtUpdateOrgIdpJwtConfigIdpId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MgmtUpdateOrgIdpJwtConfigIdpId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MgmtUpdateOrgIdpJwtConfigIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for MgmtUpdateOrgIdpJwtConfigIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MgmtUpdateOrgIdpJwtConfigIdpId {
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
    ///`MgmtUpdateOrgIdpOidcConfigIdpId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct MgmtUpdateOrgIdpOidcConfigIdpId(::std::string::String);
    impl ::std::ops::Deref for MgmtUpdateOrgIdpOidcConfigIdpId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MgmtUpdateOrgIdpOidcConfigIdpId>
    for ::std::string::String {
        fn from(value: MgmtUpdateOrgIdpOidcConfigIdpId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MgmtUpdateOrgIdpOidcConfigIdpId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MgmtUpdateOrgIdpOidcConfigIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for MgmtUpdateOrgIdpOidcConfigIdpId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MgmtUpdateOrgIdpOidcConfigIdpId {
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
    ///`ObjectDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ObjectDetails {
        #[serde(
            rename = "changeDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub change_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(
            rename = "creationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub creation_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(
            rename = "resourceOwner",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub resource_owner: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sequence: ::std::option::Option<apifleet_runtime::Uint64>,
    }
    impl ObjectDetails {
        pub fn builder() -> builder::ObjectDetails {
            Default::default()
        }
    }
    ///`OidcConfig`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct OidcConfig {
        #[serde(
            rename = "clientId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub client_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "displayNameMapping",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_name_mapping: ::std::option::Option<crate::enums::OidcMappingField>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub issuer: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scopes: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "usernameMapping",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub username_mapping: ::std::option::Option<crate::enums::OidcMappingField>,
    }
    impl OidcConfig {
        pub fn builder() -> builder::OidcConfig {
            Default::default()
        }
    }
    ///`OpaqueConfig`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct OpaqueConfig(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for OpaqueConfig {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<OpaqueConfig>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: OpaqueConfig) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for OpaqueConfig {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///`Provider`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Provider {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub config: ::std::option::Option<ProviderConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub details: ::std::option::Option<ObjectDetails>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub owner: ::std::option::Option<crate::enums::IdpOwnerType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<crate::enums::IdpState>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::enums::ProviderType>,
    }
    impl Provider {
        pub fn builder() -> builder::Provider {
            Default::default()
        }
    }
    ///`options` plus exactly one provider-specific configuration; those other than `jwt` and `oidc` are kept as JSON objects.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ProviderConfig {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub apple: ::std::option::Option<OpaqueConfig>,
        #[serde(
            rename = "azureAd",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub azure_ad: ::std::option::Option<OpaqueConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub github: ::std::option::Option<OpaqueConfig>,
        #[serde(
            rename = "githubEs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub github_es: ::std::option::Option<OpaqueConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub gitlab: ::std::option::Option<OpaqueConfig>,
        #[serde(
            rename = "gitlabSelfHosted",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub gitlab_self_hosted: ::std::option::Option<OpaqueConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub google: ::std::option::Option<OpaqueConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub jwt: ::std::option::Option<JwtConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ldap: ::std::option::Option<OpaqueConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub oauth: ::std::option::Option<OpaqueConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub oidc: ::std::option::Option<GenericOidcConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub options: ::std::option::Option<ProviderOptions>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub saml: ::std::option::Option<OpaqueConfig>,
    }
    impl ProviderConfig {
        pub fn builder() -> builder::ProviderConfig {
            Default::default()
        }
    }
    ///`ProviderOptions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ProviderOptions {
        #[serde(
            rename = "autoLinking",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub auto_linking: ::std::option::Option<crate::enums::AutoLinkingOption>,
        #[serde(
            rename = "isAutoCreation",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_auto_creation: ::std::option::Option<bool>,
        #[serde(
            rename = "isAutoUpdate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_auto_update: ::std::option::Option<bool>,
        #[serde(
            rename = "isCreationAllowed",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_creation_allowed: ::std::option::Option<bool>,
        #[serde(
            rename = "isLinkingAllowed",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_linking_allowed: ::std::option::Option<bool>,
    }
    impl ProviderOptions {
        pub fn builder() -> builder::ProviderOptions {
            Default::default()
        }
    }
    ///Set exactly one of the queries (the Admin API has no `ownerTypeQuery`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ProviderQuery {
        #[serde(
            rename = "idpIdQuery",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub idp_id_query: ::std::option::Option<IdpIdQuery>,
        #[serde(
            rename = "idpNameQuery",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub idp_name_query: ::std::option::Option<IdpNameQuery>,
        #[serde(
            rename = "ownerTypeQuery",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub owner_type_query: ::std::option::Option<IdpOwnerTypeQuery>,
    }
    impl ProviderQuery {
        pub fn builder() -> builder::ProviderQuery {
            Default::default()
        }
    }
    ///`RpcStatus`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct RpcStatus {
        ///The gRPC status code (not the HTTP status).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<i32>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub details: ::std::vec::Vec<crate::wire::Any>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl RpcStatus {
        pub fn builder() -> builder::RpcStatus {
            Default::default()
        }
    }
    ///`UpdateIdpRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateIdpRequest {
        #[serde(
            rename = "autoRegister",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub auto_register: ::std::option::Option<bool>,
        pub name: UpdateIdpRequestName,
        #[serde(
            rename = "stylingType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub styling_type: ::std::option::Option<crate::enums::IdpStylingType>,
    }
    impl UpdateIdpRequest {
        pub fn builder() -> builder::UpdateIdpRequest {
            Default::default()
        }
    }
    ///`UpdateIdpRequestName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateIdpRequestName(::std::string::String);
    impl ::std::ops::Deref for UpdateIdpRequestName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateIdpRequestName> for ::std::string::String {
        fn from(value: UpdateIdpRequestName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateIdpRequestName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateIdpRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UpdateIdpRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateIdpRequestName {
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
    ///Replaces the whole JWT configuration.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateJwtConfigRequest {
        ///the name of the header where the JWT is sent in, default is authorization
        #[serde(rename = "headerName")]
        pub header_name: UpdateJwtConfigRequestHeaderName,
        ///the issuer of the jwt (for validation)
        pub issuer: UpdateJwtConfigRequestIssuer,
        ///the endpoint where the jwt can be extracted
        #[serde(rename = "jwtEndpoint")]
        pub jwt_endpoint: UpdateJwtConfigRequestJwtEndpoint,
        ///the endpoint to the key (JWK) which is used to sign the JWT with
        #[serde(rename = "keysEndpoint")]
        pub keys_endpoint: UpdateJwtConfigRequestKeysEndpoint,
    }
    impl UpdateJwtConfigRequest {
        pub fn builder() -> builder::UpdateJwtConfigRequest {
            Default::default()
        }
    }
    ///the name of the header where the JWT is sent in, default is authorization
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateJwtConfigRequestHeaderName(::std::string::String);
    impl ::std::ops::Deref for UpdateJwtConfigRequestHeaderName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateJwtConfigRequestHeaderName>
    for ::std::string::String {
        fn from(value: UpdateJwtConfigRequestHeaderName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateJwtConfigRequestHeaderName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateJwtConfigRequestHeaderName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateJwtConfigRequestHeaderName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateJwtConfigRequestHeaderName {
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
    ///the issuer of the jwt (for validation)
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateJwtConfigRequestIssuer(::std::string::String);
    impl ::std::ops::Deref for UpdateJwtConfigRequestIssuer {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateJwtConfigRequestIssuer> for ::std::string::String {
        fn from(value: UpdateJwtConfigRequestIssuer) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateJwtConfigRequestIssuer {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateJwtConfigRequestIssuer {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateJwtConfigRequestIssuer {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateJwtConfigRequestIssuer {
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
    ///the endpoint where the jwt can be extracted
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateJwtConfigRequestJwtEndpoint(::std::string::String);
    impl ::std::ops::Deref for UpdateJwtConfigRequestJwtEndpoint {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateJwtConfigRequestJwtEndpoint>
    for ::std::string::String {
        fn from(value: UpdateJwtConfigRequestJwtEndpoint) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateJwtConfigRequestJwtEndpoint {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateJwtConfigRequestJwtEndpoint {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateJwtConfigRequestJwtEndpoint {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateJwtConfigRequestJwtEndpoint {
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
    ///the endpoint to the key (JWK) which is used to sign the JWT with
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateJwtConfigRequestKeysEndpoint(::std::string::String);
    impl ::std::ops::Deref for UpdateJwtConfigRequestKeysEndpoint {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateJwtConfigRequestKeysEndpoint>
    for ::std::string::String {
        fn from(value: UpdateJwtConfigRequestKeysEndpoint) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateJwtConfigRequestKeysEndpoint {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateJwtConfigRequestKeysEndpoint {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateJwtConfigRequestKeysEndpoint {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateJwtConfigRequestKeysEndpoint {
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
    ///`UpdateJwtProviderRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateJwtProviderRequest {
        #[serde(rename = "headerName")]
        pub header_name: UpdateJwtProviderRequestHeaderName,
        pub issuer: UpdateJwtProviderRequestIssuer,
        #[serde(rename = "jwtEndpoint")]
        pub jwt_endpoint: UpdateJwtProviderRequestJwtEndpoint,
        #[serde(
            rename = "keysEndpoint",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub keys_endpoint: ::std::option::Option<UpdateJwtProviderRequestKeysEndpoint>,
        pub name: UpdateJwtProviderRequestName,
        #[serde(
            rename = "providerOptions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub provider_options: ::std::option::Option<ProviderOptions>,
    }
    impl UpdateJwtProviderRequest {
        pub fn builder() -> builder::UpdateJwtProviderRequest {
            Default::default()
        }
    }
    ///`UpdateJwtProviderRequestHeaderName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateJwtProviderRequestHeaderName(::std::string::String);
    impl ::std::ops::Deref for UpdateJwtProviderRequestHeaderName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateJwtProviderRequestHeaderName>
    for ::std::string::String {
        fn from(value: UpdateJwtProviderRequestHeaderName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateJwtProviderRequestHeaderName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateJwtProviderRequestHeaderName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateJwtProviderRequestHeaderName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateJwtProviderRequestHeaderName {
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
    ///`UpdateJwtProviderRequestIssuer`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateJwtProviderRequestIssuer(::std::string::String);
    impl ::std::ops::Deref for UpdateJwtProviderRequestIssuer {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateJwtProviderRequestIssuer> for ::std::string::String {
        fn from(value: UpdateJwtProviderRequestIssuer) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateJwtProviderRequestIssuer {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateJwtProviderRequestIssuer {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateJwtProviderRequestIssuer {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateJwtProviderRequestIssuer {
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
    ///`UpdateJwtProviderRequestJwtEndpoint`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateJwtProviderRequestJwtEndpoint(::std::string::String);
    impl ::std::ops::Deref for UpdateJwtProviderRequestJwtEndpoint {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateJwtProviderRequestJwtEndpoint>
    for ::std::string::String {
        fn from(value: UpdateJwtProviderRequestJwtEndpoint) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateJwtProviderRequestJwtEndpoint {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateJwtProviderRequestJwtEndpoint {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateJwtProviderRequestJwtEndpoint {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateJwtProviderRequestJwtEndpoint {
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
    ///`UpdateJwtProviderRequestKeysEndpoint`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateJwtProviderRequestKeysEndpoint(::std::string::String);
    impl ::std::ops::Deref for UpdateJwtProviderRequestKeysEndpoint {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateJwtProviderRequestKeysEndpoint>
    for ::std::string::String {
        fn from(value: UpdateJwtProviderRequestKeysEndpoint) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateJwtProviderRequestKeysEndpoint {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateJwtProviderRequestKeysEndpoint {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateJwtProviderRequestKeysEndpoint {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateJwtProviderRequestKeysEndpoint {
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
    ///`UpdateJwtProviderRequestName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateJwtProviderRequestName(::std::string::String);
    impl ::std::ops::Deref for UpdateJwtProviderRequestName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateJwtProviderRequestName> for ::std::string::String {
        fn from(value: UpdateJwtProviderRequestName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateJwtProviderRequestName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateJwtProviderRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateJwtProviderRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateJwtProviderRequestName {
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
    ///`UpdateOidcConfigRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateOidcConfigRequest {
        #[serde(rename = "clientId")]
        pub client_id: UpdateOidcConfigRequestClientId,
        ///Empty keeps the current secret.
        #[serde(
            rename = "clientSecret",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub client_secret: ::std::option::Option<UpdateOidcConfigRequestClientSecret>,
        #[serde(
            rename = "displayNameMapping",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_name_mapping: ::std::option::Option<crate::enums::OidcMappingField>,
        pub issuer: UpdateOidcConfigRequestIssuer,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scopes: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "usernameMapping",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub username_mapping: ::std::option::Option<crate::enums::OidcMappingField>,
    }
    impl UpdateOidcConfigRequest {
        pub fn builder() -> builder::UpdateOidcConfigRequest {
            Default::default()
        }
    }
    ///`UpdateOidcConfigRequestClientId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateOidcConfigRequestClientId(::std::string::String);
    impl ::std::ops::Deref for UpdateOidcConfigRequestClientId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateOidcConfigRequestClientId>
    for ::std::string::String {
        fn from(value: UpdateOidcConfigRequestClientId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateOidcConfigRequestClientId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateOidcConfigRequestClientId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateOidcConfigRequestClientId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateOidcConfigRequestClientId {
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
    ///Empty keeps the current secret.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateOidcConfigRequestClientSecret(::std::string::String);
    impl ::std::ops::Deref for UpdateOidcConfigRequestClientSecret {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateOidcConfigRequestClientSecret>
    for ::std::string::String {
        fn from(value: UpdateOidcConfigRequestClientSecret) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateOidcConfigRequestClientSecret {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateOidcConfigRequestClientSecret {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateOidcConfigRequestClientSecret {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateOidcConfigRequestClientSecret {
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
    ///`UpdateOidcConfigRequestIssuer`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateOidcConfigRequestIssuer(::std::string::String);
    impl ::std::ops::Deref for UpdateOidcConfigRequestIssuer {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateOidcConfigRequestIssuer> for ::std::string::String {
        fn from(value: UpdateOidcConfigRequestIssuer) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateOidcConfigRequestIssuer {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateOidcConfigRequestIssuer {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateOidcConfigRequestIssuer {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateOidcConfigRequestIssuer {
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
        pub struct AddIdpResponse {
            details: ::std::result::Result<
                ::std::option::Option<super::ObjectDetails>,
                ::std::string::String,
            >,
            idp_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AddIdpResponse {
            fn default() -> Self {
                Self {
                    details: Ok(Default::default()),
                    idp_id: Ok(Default::default()),
                }
            }
        }
        impl AddIdpResponse {
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ObjectDetails>>,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
                    });
                self
            }
            pub fn idp_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.idp_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for idp_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AddIdpResponse> for super::AddIdpResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddIdpResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    details: value.details?,
                    idp_id: value.idp_id?,
                })
            }
        }
        impl ::std::convert::From<super::AddIdpResponse> for AddIdpResponse {
            fn from(value: super::AddIdpResponse) -> Self {
                Self {
                    details: Ok(value.details),
                    idp_id: Ok(value.idp_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AddJwtIdpRequest {
            auto_register: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            header_name: ::std::result::Result<
                super::AddJwtIdpRequestHeaderName,
                ::std::string::String,
            >,
            issuer: ::std::result::Result<
                super::AddJwtIdpRequestIssuer,
                ::std::string::String,
            >,
            jwt_endpoint: ::std::result::Result<
                super::AddJwtIdpRequestJwtEndpoint,
                ::std::string::String,
            >,
            keys_endpoint: ::std::result::Result<
                super::AddJwtIdpRequestKeysEndpoint,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                super::AddJwtIdpRequestName,
                ::std::string::String,
            >,
            styling_type: ::std::result::Result<
                ::std::option::Option<crate::enums::IdpStylingType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AddJwtIdpRequest {
            fn default() -> Self {
                Self {
                    auto_register: Ok(Default::default()),
                    header_name: Err("no value supplied for header_name".to_string()),
                    issuer: Err("no value supplied for issuer".to_string()),
                    jwt_endpoint: Err("no value supplied for jwt_endpoint".to_string()),
                    keys_endpoint: Err(
                        "no value supplied for keys_endpoint".to_string(),
                    ),
                    name: Err("no value supplied for name".to_string()),
                    styling_type: Ok(Default::default()),
                }
            }
        }
        impl AddJwtIdpRequest {
            pub fn auto_register<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_register = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auto_register: {e}")
                    });
                self
            }
            pub fn header_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AddJwtIdpRequestHeaderName>,
                T::Error: ::std::fmt::Display,
            {
                self.header_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for header_name: {e}")
                    });
                self
            }
            pub fn issuer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AddJwtIdpRequestIssuer>,
                T::Error: ::std::fmt::Display,
            {
                self.issuer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issuer: {e}")
                    });
                self
            }
            pub fn jwt_endpoint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AddJwtIdpRequestJwtEndpoint>,
                T::Error: ::std::fmt::Display,
            {
                self.jwt_endpoint = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for jwt_endpoint: {e}")
                    });
                self
            }
            pub fn keys_endpoint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AddJwtIdpRequestKeysEndpoint>,
                T::Error: ::std::fmt::Display,
            {
                self.keys_endpoint = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for keys_endpoint: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AddJwtIdpRequestName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn styling_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::IdpStylingType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.styling_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for styling_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AddJwtIdpRequest> for super::AddJwtIdpRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddJwtIdpRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auto_register: value.auto_register?,
                    header_name: value.header_name?,
                    issuer: value.issuer?,
                    jwt_endpoint: value.jwt_endpoint?,
                    keys_endpoint: value.keys_endpoint?,
                    name: value.name?,
                    styling_type: value.styling_type?,
                })
            }
        }
        impl ::std::convert::From<super::AddJwtIdpRequest> for AddJwtIdpRequest {
            fn from(value: super::AddJwtIdpRequest) -> Self {
                Self {
                    auto_register: Ok(value.auto_register),
                    header_name: Ok(value.header_name),
                    issuer: Ok(value.issuer),
                    jwt_endpoint: Ok(value.jwt_endpoint),
                    keys_endpoint: Ok(value.keys_endpoint),
                    name: Ok(value.name),
                    styling_type: Ok(value.styling_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AddJwtProviderRequest {
            header_name: ::std::result::Result<
                super::AddJwtProviderRequestHeaderName,
                ::std::string::String,
            >,
            issuer: ::std::result::Result<
                super::AddJwtProviderRequestIssuer,
                ::std::string::String,
            >,
            jwt_endpoint: ::std::result::Result<
                super::AddJwtProviderRequestJwtEndpoint,
                ::std::string::String,
            >,
            keys_endpoint: ::std::result::Result<
                super::AddJwtProviderRequestKeysEndpoint,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                super::AddJwtProviderRequestName,
                ::std::string::String,
            >,
            provider_options: ::std::result::Result<
                ::std::option::Option<super::ProviderOptions>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AddJwtProviderRequest {
            fn default() -> Self {
                Self {
                    header_name: Err("no value supplied for header_name".to_string()),
                    issuer: Err("no value supplied for issuer".to_string()),
                    jwt_endpoint: Err("no value supplied for jwt_endpoint".to_string()),
                    keys_endpoint: Err(
                        "no value supplied for keys_endpoint".to_string(),
                    ),
                    name: Err("no value supplied for name".to_string()),
                    provider_options: Ok(Default::default()),
                }
            }
        }
        impl AddJwtProviderRequest {
            pub fn header_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AddJwtProviderRequestHeaderName>,
                T::Error: ::std::fmt::Display,
            {
                self.header_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for header_name: {e}")
                    });
                self
            }
            pub fn issuer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AddJwtProviderRequestIssuer>,
                T::Error: ::std::fmt::Display,
            {
                self.issuer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issuer: {e}")
                    });
                self
            }
            pub fn jwt_endpoint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AddJwtProviderRequestJwtEndpoint>,
                T::Error: ::std::fmt::Display,
            {
                self.jwt_endpoint = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for jwt_endpoint: {e}")
                    });
                self
            }
            pub fn keys_endpoint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AddJwtProviderRequestKeysEndpoint>,
                T::Error: ::std::fmt::Display,
            {
                self.keys_endpoint = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for keys_endpoint: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AddJwtProviderRequestName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn provider_options<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ProviderOptions>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.provider_options = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for provider_options: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AddJwtProviderRequest>
        for super::AddJwtProviderRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddJwtProviderRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    header_name: value.header_name?,
                    issuer: value.issuer?,
                    jwt_endpoint: value.jwt_endpoint?,
                    keys_endpoint: value.keys_endpoint?,
                    name: value.name?,
                    provider_options: value.provider_options?,
                })
            }
        }
        impl ::std::convert::From<super::AddJwtProviderRequest>
        for AddJwtProviderRequest {
            fn from(value: super::AddJwtProviderRequest) -> Self {
                Self {
                    header_name: Ok(value.header_name),
                    issuer: Ok(value.issuer),
                    jwt_endpoint: Ok(value.jwt_endpoint),
                    keys_endpoint: Ok(value.keys_endpoint),
                    name: Ok(value.name),
                    provider_options: Ok(value.provider_options),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AddOidcIdpRequest {
            auto_register: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            client_id: ::std::result::Result<
                super::AddOidcIdpRequestClientId,
                ::std::string::String,
            >,
            client_secret: ::std::result::Result<
                super::AddOidcIdpRequestClientSecret,
                ::std::string::String,
            >,
            display_name_mapping: ::std::result::Result<
                ::std::option::Option<crate::enums::OidcMappingField>,
                ::std::string::String,
            >,
            issuer: ::std::result::Result<
                super::AddOidcIdpRequestIssuer,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                super::AddOidcIdpRequestName,
                ::std::string::String,
            >,
            scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            styling_type: ::std::result::Result<
                ::std::option::Option<crate::enums::IdpStylingType>,
                ::std::string::String,
            >,
            username_mapping: ::std::result::Result<
                ::std::option::Option<crate::enums::OidcMappingField>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AddOidcIdpRequest {
            fn default() -> Self {
                Self {
                    auto_register: Ok(Default::default()),
                    client_id: Err("no value supplied for client_id".to_string()),
                    client_secret: Err(
                        "no value supplied for client_secret".to_string(),
                    ),
                    display_name_mapping: Ok(Default::default()),
                    issuer: Err("no value supplied for issuer".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    scopes: Ok(Default::default()),
                    styling_type: Ok(Default::default()),
                    username_mapping: Ok(Default::default()),
                }
            }
        }
        impl AddOidcIdpRequest {
            pub fn auto_register<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_register = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auto_register: {e}")
                    });
                self
            }
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AddOidcIdpRequestClientId>,
                T::Error: ::std::fmt::Display,
            {
                self.client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_id: {e}")
                    });
                self
            }
            pub fn client_secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AddOidcIdpRequestClientSecret>,
                T::Error: ::std::fmt::Display,
            {
                self.client_secret = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_secret: {e}")
                    });
                self
            }
            pub fn display_name_mapping<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::OidcMappingField>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.display_name_mapping = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for display_name_mapping: {e}"
                        )
                    });
                self
            }
            pub fn issuer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AddOidcIdpRequestIssuer>,
                T::Error: ::std::fmt::Display,
            {
                self.issuer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issuer: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AddOidcIdpRequestName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
                    });
                self
            }
            pub fn styling_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::IdpStylingType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.styling_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for styling_type: {e}")
                    });
                self
            }
            pub fn username_mapping<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::OidcMappingField>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.username_mapping = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for username_mapping: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AddOidcIdpRequest> for super::AddOidcIdpRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddOidcIdpRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auto_register: value.auto_register?,
                    client_id: value.client_id?,
                    client_secret: value.client_secret?,
                    display_name_mapping: value.display_name_mapping?,
                    issuer: value.issuer?,
                    name: value.name?,
                    scopes: value.scopes?,
                    styling_type: value.styling_type?,
                    username_mapping: value.username_mapping?,
                })
            }
        }
        impl ::std::convert::From<super::AddOidcIdpRequest> for AddOidcIdpRequest {
            fn from(value: super::AddOidcIdpRequest) -> Self {
                Self {
                    auto_register: Ok(value.auto_register),
                    client_id: Ok(value.client_id),
                    client_secret: Ok(value.client_secret),
                    display_name_mapping: Ok(value.display_name_mapping),
                    issuer: Ok(value.issuer),
                    name: Ok(value.name),
                    scopes: Ok(value.scopes),
                    styling_type: Ok(value.styling_type),
                    username_mapping: Ok(value.username_mapping),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AddProviderResponse {
            details: ::std::result::Result<
                ::std::option::Option<super::ObjectDetails>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AddProviderResponse {
            fn default() -> Self {
                Self {
                    details: Ok(Default::default()),
                    id: Ok(Default::default()),
                }
            }
        }
        impl AddProviderResponse {
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ObjectDetails>>,
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
        }
        impl ::std::convert::TryFrom<AddProviderResponse>
        for super::AddProviderResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddProviderResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    details: value.details?,
                    id: value.id?,
                })
            }
        }
        impl ::std::convert::From<super::AddProviderResponse> for AddProviderResponse {
            fn from(value: super::AddProviderResponse) -> Self {
                Self {
                    details: Ok(value.details),
                    id: Ok(value.id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DetailsResponse {
            details: ::std::result::Result<
                ::std::option::Option<super::ObjectDetails>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DetailsResponse {
            fn default() -> Self {
                Self {
                    details: Ok(Default::default()),
                }
            }
        }
        impl DetailsResponse {
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ObjectDetails>>,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DetailsResponse> for super::DetailsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DetailsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { details: value.details? })
            }
        }
        impl ::std::convert::From<super::DetailsResponse> for DetailsResponse {
            fn from(value: super::DetailsResponse) -> Self {
                Self { details: Ok(value.details) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DetailsV2 {
            change_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            creation_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            resource_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sequence: ::std::result::Result<
                ::std::option::Option<apifleet_runtime::Uint64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DetailsV2 {
            fn default() -> Self {
                Self {
                    change_date: Ok(Default::default()),
                    creation_date: Ok(Default::default()),
                    resource_owner: Ok(Default::default()),
                    sequence: Ok(Default::default()),
                }
            }
        }
        impl DetailsV2 {
            pub fn change_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.change_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for change_date: {e}")
                    });
                self
            }
            pub fn creation_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.creation_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for creation_date: {e}")
                    });
                self
            }
            pub fn resource_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.resource_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for resource_owner: {e}"
                        )
                    });
                self
            }
            pub fn sequence<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<apifleet_runtime::Uint64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.sequence = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sequence: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DetailsV2> for super::DetailsV2 {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DetailsV2,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    change_date: value.change_date?,
                    creation_date: value.creation_date?,
                    resource_owner: value.resource_owner?,
                    sequence: value.sequence?,
                })
            }
        }
        impl ::std::convert::From<super::DetailsV2> for DetailsV2 {
            fn from(value: super::DetailsV2) -> Self {
                Self {
                    change_date: Ok(value.change_date),
                    creation_date: Ok(value.creation_date),
                    resource_owner: Ok(value.resource_owner),
                    sequence: Ok(value.sequence),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmptyRequest {}
        impl ::std::default::Default for EmptyRequest {
            fn default() -> Self {
                Self {}
            }
        }
        impl EmptyRequest {}
        impl ::std::convert::TryFrom<EmptyRequest> for super::EmptyRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                _value: EmptyRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {})
            }
        }
        impl ::std::convert::From<super::EmptyRequest> for EmptyRequest {
            fn from(_value: super::EmptyRequest) -> Self {
                Self {}
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenericOidcConfig {
            client_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_id_token_mapping: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            issuer: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GenericOidcConfig {
            fn default() -> Self {
                Self {
                    client_id: Ok(Default::default()),
                    is_id_token_mapping: Ok(Default::default()),
                    issuer: Ok(Default::default()),
                    scopes: Ok(Default::default()),
                }
            }
        }
        impl GenericOidcConfig {
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_id: {e}")
                    });
                self
            }
            pub fn is_id_token_mapping<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_id_token_mapping = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_id_token_mapping: {e}"
                        )
                    });
                self
            }
            pub fn issuer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.issuer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issuer: {e}")
                    });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GenericOidcConfig> for super::GenericOidcConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenericOidcConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_id: value.client_id?,
                    is_id_token_mapping: value.is_id_token_mapping?,
                    issuer: value.issuer?,
                    scopes: value.scopes?,
                })
            }
        }
        impl ::std::convert::From<super::GenericOidcConfig> for GenericOidcConfig {
            fn from(value: super::GenericOidcConfig) -> Self {
                Self {
                    client_id: Ok(value.client_id),
                    is_id_token_mapping: Ok(value.is_id_token_mapping),
                    issuer: Ok(value.issuer),
                    scopes: Ok(value.scopes),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetIdpResponse {
            idp: ::std::result::Result<
                ::std::option::Option<super::Idp>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetIdpResponse {
            fn default() -> Self {
                Self {
                    idp: Ok(Default::default()),
                }
            }
        }
        impl GetIdpResponse {
            pub fn idp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Idp>>,
                T::Error: ::std::fmt::Display,
            {
                self.idp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for idp: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetIdpResponse> for super::GetIdpResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetIdpResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { idp: value.idp? })
            }
        }
        impl ::std::convert::From<super::GetIdpResponse> for GetIdpResponse {
            fn from(value: super::GetIdpResponse) -> Self {
                Self { idp: Ok(value.idp) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetIdpV2Response {
            idp: ::std::result::Result<
                ::std::option::Option<super::IdpV2>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetIdpV2Response {
            fn default() -> Self {
                Self {
                    idp: Ok(Default::default()),
                }
            }
        }
        impl GetIdpV2Response {
            pub fn idp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::IdpV2>>,
                T::Error: ::std::fmt::Display,
            {
                self.idp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for idp: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetIdpV2Response> for super::GetIdpV2Response {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetIdpV2Response,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { idp: value.idp? })
            }
        }
        impl ::std::convert::From<super::GetIdpV2Response> for GetIdpV2Response {
            fn from(value: super::GetIdpV2Response) -> Self {
                Self { idp: Ok(value.idp) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetProviderResponse {
            idp: ::std::result::Result<
                ::std::option::Option<super::Provider>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetProviderResponse {
            fn default() -> Self {
                Self {
                    idp: Ok(Default::default()),
                }
            }
        }
        impl GetProviderResponse {
            pub fn idp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Provider>>,
                T::Error: ::std::fmt::Display,
            {
                self.idp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for idp: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetProviderResponse>
        for super::GetProviderResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetProviderResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { idp: value.idp? })
            }
        }
        impl ::std::convert::From<super::GetProviderResponse> for GetProviderResponse {
            fn from(value: super::GetProviderResponse) -> Self {
                Self { idp: Ok(value.idp) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Idp {
            auto_register: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            details: ::std::result::Result<
                ::std::option::Option<super::ObjectDetails>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            jwt_config: ::std::result::Result<
                ::std::option::Option<super::JwtConfig>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            oidc_config: ::std::result::Result<
                ::std::option::Option<super::OidcConfig>,
                ::std::string::String,
            >,
            owner: ::std::result::Result<
                ::std::option::Option<crate::enums::IdpOwnerType>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<crate::enums::IdpState>,
                ::std::string::String,
            >,
            styling_type: ::std::result::Result<
                ::std::option::Option<crate::enums::IdpStylingType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Idp {
            fn default() -> Self {
                Self {
                    auto_register: Ok(Default::default()),
                    details: Ok(Default::default()),
                    id: Ok(Default::default()),
                    jwt_config: Ok(Default::default()),
                    name: Ok(Default::default()),
                    oidc_config: Ok(Default::default()),
                    owner: Ok(Default::default()),
                    state: Ok(Default::default()),
                    styling_type: Ok(Default::default()),
                }
            }
        }
        impl Idp {
            pub fn auto_register<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_register = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auto_register: {e}")
                    });
                self
            }
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ObjectDetails>>,
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
            pub fn jwt_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::JwtConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.jwt_config = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for jwt_config: {e}")
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
            pub fn oidc_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OidcConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.oidc_config = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for oidc_config: {e}")
                    });
                self
            }
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::IdpOwnerType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::IdpState>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn styling_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::IdpStylingType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.styling_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for styling_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Idp> for super::Idp {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Idp,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auto_register: value.auto_register?,
                    details: value.details?,
                    id: value.id?,
                    jwt_config: value.jwt_config?,
                    name: value.name?,
                    oidc_config: value.oidc_config?,
                    owner: value.owner?,
                    state: value.state?,
                    styling_type: value.styling_type?,
                })
            }
        }
        impl ::std::convert::From<super::Idp> for Idp {
            fn from(value: super::Idp) -> Self {
                Self {
                    auto_register: Ok(value.auto_register),
                    details: Ok(value.details),
                    id: Ok(value.id),
                    jwt_config: Ok(value.jwt_config),
                    name: Ok(value.name),
                    oidc_config: Ok(value.oidc_config),
                    owner: Ok(value.owner),
                    state: Ok(value.state),
                    styling_type: Ok(value.styling_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IdpConfigV2 {
            apple: ::std::result::Result<
                ::std::option::Option<super::OpaqueConfig>,
                ::std::string::String,
            >,
            azure_ad: ::std::result::Result<
                ::std::option::Option<super::OpaqueConfig>,
                ::std::string::String,
            >,
            github: ::std::result::Result<
                ::std::option::Option<super::OpaqueConfig>,
                ::std::string::String,
            >,
            github_es: ::std::result::Result<
                ::std::option::Option<super::OpaqueConfig>,
                ::std::string::String,
            >,
            gitlab: ::std::result::Result<
                ::std::option::Option<super::OpaqueConfig>,
                ::std::string::String,
            >,
            gitlab_self_hosted: ::std::result::Result<
                ::std::option::Option<super::OpaqueConfig>,
                ::std::string::String,
            >,
            google: ::std::result::Result<
                ::std::option::Option<super::OpaqueConfig>,
                ::std::string::String,
            >,
            jwt: ::std::result::Result<
                ::std::option::Option<super::JwtConfig>,
                ::std::string::String,
            >,
            ldap: ::std::result::Result<
                ::std::option::Option<super::OpaqueConfig>,
                ::std::string::String,
            >,
            oauth: ::std::result::Result<
                ::std::option::Option<super::OpaqueConfig>,
                ::std::string::String,
            >,
            oidc: ::std::result::Result<
                ::std::option::Option<super::GenericOidcConfig>,
                ::std::string::String,
            >,
            options: ::std::result::Result<
                ::std::option::Option<super::ProviderOptions>,
                ::std::string::String,
            >,
            saml: ::std::result::Result<
                ::std::option::Option<super::OpaqueConfig>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IdpConfigV2 {
            fn default() -> Self {
                Self {
                    apple: Ok(Default::default()),
                    azure_ad: Ok(Default::default()),
                    github: Ok(Default::default()),
                    github_es: Ok(Default::default()),
                    gitlab: Ok(Default::default()),
                    gitlab_self_hosted: Ok(Default::default()),
                    google: Ok(Default::default()),
                    jwt: Ok(Default::default()),
                    ldap: Ok(Default::default()),
                    oauth: Ok(Default::default()),
                    oidc: Ok(Default::default()),
                    options: Ok(Default::default()),
                    saml: Ok(Default::default()),
                }
            }
        }
        impl IdpConfigV2 {
            pub fn apple<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OpaqueConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.apple = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for apple: {e}")
                    });
                self
            }
            pub fn azure_ad<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OpaqueConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.azure_ad = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for azure_ad: {e}")
                    });
                self
            }
            pub fn github<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OpaqueConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.github = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for github: {e}")
                    });
                self
            }
            pub fn github_es<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OpaqueConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.github_es = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for github_es: {e}")
                    });
                self
            }
            pub fn gitlab<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OpaqueConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.gitlab = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gitlab: {e}")
                    });
                self
            }
            pub fn gitlab_self_hosted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OpaqueConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.gitlab_self_hosted = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for gitlab_self_hosted: {e}"
                        )
                    });
                self
            }
            pub fn google<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OpaqueConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.google = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for google: {e}")
                    });
                self
            }
            pub fn jwt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::JwtConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.jwt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for jwt: {e}")
                    });
                self
            }
            pub fn ldap<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OpaqueConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.ldap = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ldap: {e}")
                    });
                self
            }
            pub fn oauth<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OpaqueConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.oauth = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for oauth: {e}")
                    });
                self
            }
            pub fn oidc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GenericOidcConfig>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.oidc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for oidc: {e}")
                    });
                self
            }
            pub fn options<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ProviderOptions>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.options = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for options: {e}")
                    });
                self
            }
            pub fn saml<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OpaqueConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.saml = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for saml: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IdpConfigV2> for super::IdpConfigV2 {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IdpConfigV2,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    apple: value.apple?,
                    azure_ad: value.azure_ad?,
                    github: value.github?,
                    github_es: value.github_es?,
                    gitlab: value.gitlab?,
                    gitlab_self_hosted: value.gitlab_self_hosted?,
                    google: value.google?,
                    jwt: value.jwt?,
                    ldap: value.ldap?,
                    oauth: value.oauth?,
                    oidc: value.oidc?,
                    options: value.options?,
                    saml: value.saml?,
                })
            }
        }
        impl ::std::convert::From<super::IdpConfigV2> for IdpConfigV2 {
            fn from(value: super::IdpConfigV2) -> Self {
                Self {
                    apple: Ok(value.apple),
                    azure_ad: Ok(value.azure_ad),
                    github: Ok(value.github),
                    github_es: Ok(value.github_es),
                    gitlab: Ok(value.gitlab),
                    gitlab_self_hosted: Ok(value.gitlab_self_hosted),
                    google: Ok(value.google),
                    jwt: Ok(value.jwt),
                    ldap: Ok(value.ldap),
                    oauth: Ok(value.oauth),
                    oidc: Ok(value.oidc),
                    options: Ok(value.options),
                    saml: Ok(value.saml),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IdpIdQuery {
            id: ::std::result::Result<
                ::std::option::Option<super::IdpIdQueryId>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IdpIdQuery {
            fn default() -> Self {
                Self { id: Ok(Default::default()) }
            }
        }
        impl IdpIdQuery {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::IdpIdQueryId>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<IdpIdQuery> for super::IdpIdQuery {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IdpIdQuery,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { id: value.id? })
            }
        }
        impl ::std::convert::From<super::IdpIdQuery> for IdpIdQuery {
            fn from(value: super::IdpIdQuery) -> Self {
                Self { id: Ok(value.id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IdpNameQuery {
            method: ::std::result::Result<
                ::std::option::Option<crate::enums::TextQueryMethod>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<super::IdpNameQueryName>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IdpNameQuery {
            fn default() -> Self {
                Self {
                    method: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl IdpNameQuery {
            pub fn method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::TextQueryMethod>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.method = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for method: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::IdpNameQueryName>,
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
        impl ::std::convert::TryFrom<IdpNameQuery> for super::IdpNameQuery {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IdpNameQuery,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    method: value.method?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::IdpNameQuery> for IdpNameQuery {
            fn from(value: super::IdpNameQuery) -> Self {
                Self {
                    method: Ok(value.method),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IdpOwnerTypeQuery {
            owner_type: ::std::result::Result<
                ::std::option::Option<crate::enums::IdpOwnerType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IdpOwnerTypeQuery {
            fn default() -> Self {
                Self {
                    owner_type: Ok(Default::default()),
                }
            }
        }
        impl IdpOwnerTypeQuery {
            pub fn owner_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::IdpOwnerType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.owner_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IdpOwnerTypeQuery> for super::IdpOwnerTypeQuery {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IdpOwnerTypeQuery,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    owner_type: value.owner_type?,
                })
            }
        }
        impl ::std::convert::From<super::IdpOwnerTypeQuery> for IdpOwnerTypeQuery {
            fn from(value: super::IdpOwnerTypeQuery) -> Self {
                Self {
                    owner_type: Ok(value.owner_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IdpQuery {
            idp_id_query: ::std::result::Result<
                ::std::option::Option<super::IdpIdQuery>,
                ::std::string::String,
            >,
            idp_name_query: ::std::result::Result<
                ::std::option::Option<super::IdpNameQuery>,
                ::std::string::String,
            >,
            owner_type_query: ::std::result::Result<
                ::std::option::Option<super::IdpOwnerTypeQuery>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IdpQuery {
            fn default() -> Self {
                Self {
                    idp_id_query: Ok(Default::default()),
                    idp_name_query: Ok(Default::default()),
                    owner_type_query: Ok(Default::default()),
                }
            }
        }
        impl IdpQuery {
            pub fn idp_id_query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::IdpIdQuery>>,
                T::Error: ::std::fmt::Display,
            {
                self.idp_id_query = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for idp_id_query: {e}")
                    });
                self
            }
            pub fn idp_name_query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::IdpNameQuery>>,
                T::Error: ::std::fmt::Display,
            {
                self.idp_name_query = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for idp_name_query: {e}"
                        )
                    });
                self
            }
            pub fn owner_type_query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::IdpOwnerTypeQuery>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.owner_type_query = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for owner_type_query: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IdpQuery> for super::IdpQuery {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IdpQuery,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    idp_id_query: value.idp_id_query?,
                    idp_name_query: value.idp_name_query?,
                    owner_type_query: value.owner_type_query?,
                })
            }
        }
        impl ::std::convert::From<super::IdpQuery> for IdpQuery {
            fn from(value: super::IdpQuery) -> Self {
                Self {
                    idp_id_query: Ok(value.idp_id_query),
                    idp_name_query: Ok(value.idp_name_query),
                    owner_type_query: Ok(value.owner_type_query),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IdpV2 {
            config: ::std::result::Result<
                ::std::option::Option<super::IdpConfigV2>,
                ::std::string::String,
            >,
            details: ::std::result::Result<
                ::std::option::Option<super::DetailsV2>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<crate::enums::IdpStateV2>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::enums::IdpTypeV2>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IdpV2 {
            fn default() -> Self {
                Self {
                    config: Ok(Default::default()),
                    details: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    state: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl IdpV2 {
            pub fn config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::IdpConfigV2>>,
                T::Error: ::std::fmt::Display,
            {
                self.config = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for config: {e}")
                    });
                self
            }
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DetailsV2>>,
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
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::IdpStateV2>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::IdpTypeV2>,
                >,
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
        impl ::std::convert::TryFrom<IdpV2> for super::IdpV2 {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IdpV2,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    config: value.config?,
                    details: value.details?,
                    id: value.id?,
                    name: value.name?,
                    state: value.state?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::IdpV2> for IdpV2 {
            fn from(value: super::IdpV2) -> Self {
                Self {
                    config: Ok(value.config),
                    details: Ok(value.details),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    state: Ok(value.state),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JwtConfig {
            header_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            issuer: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            jwt_endpoint: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            keys_endpoint: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for JwtConfig {
            fn default() -> Self {
                Self {
                    header_name: Ok(Default::default()),
                    issuer: Ok(Default::default()),
                    jwt_endpoint: Ok(Default::default()),
                    keys_endpoint: Ok(Default::default()),
                }
            }
        }
        impl JwtConfig {
            pub fn header_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.header_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for header_name: {e}")
                    });
                self
            }
            pub fn issuer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.issuer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issuer: {e}")
                    });
                self
            }
            pub fn jwt_endpoint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.jwt_endpoint = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for jwt_endpoint: {e}")
                    });
                self
            }
            pub fn keys_endpoint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.keys_endpoint = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for keys_endpoint: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JwtConfig> for super::JwtConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JwtConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    header_name: value.header_name?,
                    issuer: value.issuer?,
                    jwt_endpoint: value.jwt_endpoint?,
                    keys_endpoint: value.keys_endpoint?,
                })
            }
        }
        impl ::std::convert::From<super::JwtConfig> for JwtConfig {
            fn from(value: super::JwtConfig) -> Self {
                Self {
                    header_name: Ok(value.header_name),
                    issuer: Ok(value.issuer),
                    jwt_endpoint: Ok(value.jwt_endpoint),
                    keys_endpoint: Ok(value.keys_endpoint),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListDetails {
            processed_sequence: ::std::result::Result<
                ::std::option::Option<apifleet_runtime::Uint64>,
                ::std::string::String,
            >,
            total_result: ::std::result::Result<
                ::std::option::Option<apifleet_runtime::Uint64>,
                ::std::string::String,
            >,
            view_timestamp: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListDetails {
            fn default() -> Self {
                Self {
                    processed_sequence: Ok(Default::default()),
                    total_result: Ok(Default::default()),
                    view_timestamp: Ok(Default::default()),
                }
            }
        }
        impl ListDetails {
            pub fn processed_sequence<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<apifleet_runtime::Uint64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.processed_sequence = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for processed_sequence: {e}"
                        )
                    });
                self
            }
            pub fn total_result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<apifleet_runtime::Uint64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.total_result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_result: {e}")
                    });
                self
            }
            pub fn view_timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.view_timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for view_timestamp: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListDetails> for super::ListDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    processed_sequence: value.processed_sequence?,
                    total_result: value.total_result?,
                    view_timestamp: value.view_timestamp?,
                })
            }
        }
        impl ::std::convert::From<super::ListDetails> for ListDetails {
            fn from(value: super::ListDetails) -> Self {
                Self {
                    processed_sequence: Ok(value.processed_sequence),
                    total_result: Ok(value.total_result),
                    view_timestamp: Ok(value.view_timestamp),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListIdpsRequest {
            queries: ::std::result::Result<
                ::std::vec::Vec<super::IdpQuery>,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                ::std::option::Option<super::ListQuery>,
                ::std::string::String,
            >,
            sorting_column: ::std::result::Result<
                ::std::option::Option<crate::enums::IdpFieldName>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListIdpsRequest {
            fn default() -> Self {
                Self {
                    queries: Ok(Default::default()),
                    query: Ok(Default::default()),
                    sorting_column: Ok(Default::default()),
                }
            }
        }
        impl ListIdpsRequest {
            pub fn queries<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::IdpQuery>>,
                T::Error: ::std::fmt::Display,
            {
                self.queries = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for queries: {e}")
                    });
                self
            }
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ListQuery>>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for query: {e}")
                    });
                self
            }
            pub fn sorting_column<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::IdpFieldName>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.sorting_column = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sorting_column: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListIdpsRequest> for super::ListIdpsRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListIdpsRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    queries: value.queries?,
                    query: value.query?,
                    sorting_column: value.sorting_column?,
                })
            }
        }
        impl ::std::convert::From<super::ListIdpsRequest> for ListIdpsRequest {
            fn from(value: super::ListIdpsRequest) -> Self {
                Self {
                    queries: Ok(value.queries),
                    query: Ok(value.query),
                    sorting_column: Ok(value.sorting_column),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListIdpsResponse {
            details: ::std::result::Result<
                ::std::option::Option<super::ListDetails>,
                ::std::string::String,
            >,
            result: ::std::result::Result<
                ::std::vec::Vec<super::Idp>,
                ::std::string::String,
            >,
            sorting_column: ::std::result::Result<
                ::std::option::Option<crate::enums::IdpFieldName>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListIdpsResponse {
            fn default() -> Self {
                Self {
                    details: Ok(Default::default()),
                    result: Ok(Default::default()),
                    sorting_column: Ok(Default::default()),
                }
            }
        }
        impl ListIdpsResponse {
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ListDetails>>,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Idp>>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn sorting_column<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::IdpFieldName>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.sorting_column = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sorting_column: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListIdpsResponse> for super::ListIdpsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListIdpsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    details: value.details?,
                    result: value.result?,
                    sorting_column: value.sorting_column?,
                })
            }
        }
        impl ::std::convert::From<super::ListIdpsResponse> for ListIdpsResponse {
            fn from(value: super::ListIdpsResponse) -> Self {
                Self {
                    details: Ok(value.details),
                    result: Ok(value.result),
                    sorting_column: Ok(value.sorting_column),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListProvidersRequest {
            queries: ::std::result::Result<
                ::std::vec::Vec<super::ProviderQuery>,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                ::std::option::Option<super::ListQuery>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListProvidersRequest {
            fn default() -> Self {
                Self {
                    queries: Ok(Default::default()),
                    query: Ok(Default::default()),
                }
            }
        }
        impl ListProvidersRequest {
            pub fn queries<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ProviderQuery>>,
                T::Error: ::std::fmt::Display,
            {
                self.queries = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for queries: {e}")
                    });
                self
            }
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ListQuery>>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for query: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListProvidersRequest>
        for super::ListProvidersRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListProvidersRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    queries: value.queries?,
                    query: value.query?,
                })
            }
        }
        impl ::std::convert::From<super::ListProvidersRequest> for ListProvidersRequest {
            fn from(value: super::ListProvidersRequest) -> Self {
                Self {
                    queries: Ok(value.queries),
                    query: Ok(value.query),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListProvidersResponse {
            details: ::std::result::Result<
                ::std::option::Option<super::ListDetails>,
                ::std::string::String,
            >,
            result: ::std::result::Result<
                ::std::vec::Vec<super::Provider>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListProvidersResponse {
            fn default() -> Self {
                Self {
                    details: Ok(Default::default()),
                    result: Ok(Default::default()),
                }
            }
        }
        impl ListProvidersResponse {
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ListDetails>>,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Provider>>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListProvidersResponse>
        for super::ListProvidersResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListProvidersResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    details: value.details?,
                    result: value.result?,
                })
            }
        }
        impl ::std::convert::From<super::ListProvidersResponse>
        for ListProvidersResponse {
            fn from(value: super::ListProvidersResponse) -> Self {
                Self {
                    details: Ok(value.details),
                    result: Ok(value.result),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListQuery {
            asc: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            limit: ::std::result::Result<
                ::std::option::Option<u32>,
                ::std::string::String,
            >,
            offset: ::std::result::Result<
                ::std::option::Option<apifleet_runtime::Uint64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListQuery {
            fn default() -> Self {
                Self {
                    asc: Ok(Default::default()),
                    limit: Ok(Default::default()),
                    offset: Ok(Default::default()),
                }
            }
        }
        impl ListQuery {
            pub fn asc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.asc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for asc: {e}")
                    });
                self
            }
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u32>>,
                T::Error: ::std::fmt::Display,
            {
                self.limit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for limit: {e}")
                    });
                self
            }
            pub fn offset<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<apifleet_runtime::Uint64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.offset = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for offset: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListQuery> for super::ListQuery {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListQuery,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    asc: value.asc?,
                    limit: value.limit?,
                    offset: value.offset?,
                })
            }
        }
        impl ::std::convert::From<super::ListQuery> for ListQuery {
            fn from(value: super::ListQuery) -> Self {
                Self {
                    asc: Ok(value.asc),
                    limit: Ok(value.limit),
                    offset: Ok(value.offset),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ObjectDetails {
            change_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            creation_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            resource_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sequence: ::std::result::Result<
                ::std::option::Option<apifleet_runtime::Uint64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ObjectDetails {
            fn default() -> Self {
                Self {
                    change_date: Ok(Default::default()),
                    creation_date: Ok(Default::default()),
                    resource_owner: Ok(Default::default()),
                    sequence: Ok(Default::default()),
                }
            }
        }
        impl ObjectDetails {
            pub fn change_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.change_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for change_date: {e}")
                    });
                self
            }
            pub fn creation_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.creation_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for creation_date: {e}")
                    });
                self
            }
            pub fn resource_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.resource_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for resource_owner: {e}"
                        )
                    });
                self
            }
            pub fn sequence<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<apifleet_runtime::Uint64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.sequence = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sequence: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ObjectDetails> for super::ObjectDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ObjectDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    change_date: value.change_date?,
                    creation_date: value.creation_date?,
                    resource_owner: value.resource_owner?,
                    sequence: value.sequence?,
                })
            }
        }
        impl ::std::convert::From<super::ObjectDetails> for ObjectDetails {
            fn from(value: super::ObjectDetails) -> Self {
                Self {
                    change_date: Ok(value.change_date),
                    creation_date: Ok(value.creation_date),
                    resource_owner: Ok(value.resource_owner),
                    sequence: Ok(value.sequence),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OidcConfig {
            client_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            display_name_mapping: ::std::result::Result<
                ::std::option::Option<crate::enums::OidcMappingField>,
                ::std::string::String,
            >,
            issuer: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            username_mapping: ::std::result::Result<
                ::std::option::Option<crate::enums::OidcMappingField>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OidcConfig {
            fn default() -> Self {
                Self {
                    client_id: Ok(Default::default()),
                    display_name_mapping: Ok(Default::default()),
                    issuer: Ok(Default::default()),
                    scopes: Ok(Default::default()),
                    username_mapping: Ok(Default::default()),
                }
            }
        }
        impl OidcConfig {
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_id: {e}")
                    });
                self
            }
            pub fn display_name_mapping<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::OidcMappingField>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.display_name_mapping = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for display_name_mapping: {e}"
                        )
                    });
                self
            }
            pub fn issuer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.issuer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issuer: {e}")
                    });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
                    });
                self
            }
            pub fn username_mapping<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::OidcMappingField>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.username_mapping = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for username_mapping: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OidcConfig> for super::OidcConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OidcConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_id: value.client_id?,
                    display_name_mapping: value.display_name_mapping?,
                    issuer: value.issuer?,
                    scopes: value.scopes?,
                    username_mapping: value.username_mapping?,
                })
            }
        }
        impl ::std::convert::From<super::OidcConfig> for OidcConfig {
            fn from(value: super::OidcConfig) -> Self {
                Self {
                    client_id: Ok(value.client_id),
                    display_name_mapping: Ok(value.display_name_mapping),
                    issuer: Ok(value.issuer),
                    scopes: Ok(value.scopes),
                    username_mapping: Ok(value.username_mapping),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Provider {
            config: ::std::result::Result<
                ::std::option::Option<super::ProviderConfig>,
                ::std::string::String,
            >,
            details: ::std::result::Result<
                ::std::option::Option<super::ObjectDetails>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            owner: ::std::result::Result<
                ::std::option::Option<crate::enums::IdpOwnerType>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<crate::enums::IdpState>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::enums::ProviderType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Provider {
            fn default() -> Self {
                Self {
                    config: Ok(Default::default()),
                    details: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    owner: Ok(Default::default()),
                    state: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl Provider {
            pub fn config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ProviderConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.config = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for config: {e}")
                    });
                self
            }
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ObjectDetails>>,
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
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::IdpOwnerType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::IdpState>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::ProviderType>,
                >,
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
        impl ::std::convert::TryFrom<Provider> for super::Provider {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Provider,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    config: value.config?,
                    details: value.details?,
                    id: value.id?,
                    name: value.name?,
                    owner: value.owner?,
                    state: value.state?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::Provider> for Provider {
            fn from(value: super::Provider) -> Self {
                Self {
                    config: Ok(value.config),
                    details: Ok(value.details),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    owner: Ok(value.owner),
                    state: Ok(value.state),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProviderConfig {
            apple: ::std::result::Result<
                ::std::option::Option<super::OpaqueConfig>,
                ::std::string::String,
            >,
            azure_ad: ::std::result::Result<
                ::std::option::Option<super::OpaqueConfig>,
                ::std::string::String,
            >,
            github: ::std::result::Result<
                ::std::option::Option<super::OpaqueConfig>,
                ::std::string::String,
            >,
            github_es: ::std::result::Result<
                ::std::option::Option<super::OpaqueConfig>,
                ::std::string::String,
            >,
            gitlab: ::std::result::Result<
                ::std::option::Option<super::OpaqueConfig>,
                ::std::string::String,
            >,
            gitlab_self_hosted: ::std::result::Result<
                ::std::option::Option<super::OpaqueConfig>,
                ::std::string::String,
            >,
            google: ::std::result::Result<
                ::std::option::Option<super::OpaqueConfig>,
                ::std::string::String,
            >,
            jwt: ::std::result::Result<
                ::std::option::Option<super::JwtConfig>,
                ::std::string::String,
            >,
            ldap: ::std::result::Result<
                ::std::option::Option<super::OpaqueConfig>,
                ::std::string::String,
            >,
            oauth: ::std::result::Result<
                ::std::option::Option<super::OpaqueConfig>,
                ::std::string::String,
            >,
            oidc: ::std::result::Result<
                ::std::option::Option<super::GenericOidcConfig>,
                ::std::string::String,
            >,
            options: ::std::result::Result<
                ::std::option::Option<super::ProviderOptions>,
                ::std::string::String,
            >,
            saml: ::std::result::Result<
                ::std::option::Option<super::OpaqueConfig>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProviderConfig {
            fn default() -> Self {
                Self {
                    apple: Ok(Default::default()),
                    azure_ad: Ok(Default::default()),
                    github: Ok(Default::default()),
                    github_es: Ok(Default::default()),
                    gitlab: Ok(Default::default()),
                    gitlab_self_hosted: Ok(Default::default()),
                    google: Ok(Default::default()),
                    jwt: Ok(Default::default()),
                    ldap: Ok(Default::default()),
                    oauth: Ok(Default::default()),
                    oidc: Ok(Default::default()),
                    options: Ok(Default::default()),
                    saml: Ok(Default::default()),
                }
            }
        }
        impl ProviderConfig {
            pub fn apple<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OpaqueConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.apple = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for apple: {e}")
                    });
                self
            }
            pub fn azure_ad<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OpaqueConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.azure_ad = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for azure_ad: {e}")
                    });
                self
            }
            pub fn github<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OpaqueConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.github = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for github: {e}")
                    });
                self
            }
            pub fn github_es<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OpaqueConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.github_es = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for github_es: {e}")
                    });
                self
            }
            pub fn gitlab<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OpaqueConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.gitlab = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gitlab: {e}")
                    });
                self
            }
            pub fn gitlab_self_hosted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OpaqueConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.gitlab_self_hosted = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for gitlab_self_hosted: {e}"
                        )
                    });
                self
            }
            pub fn google<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OpaqueConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.google = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for google: {e}")
                    });
                self
            }
            pub fn jwt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::JwtConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.jwt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for jwt: {e}")
                    });
                self
            }
            pub fn ldap<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OpaqueConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.ldap = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ldap: {e}")
                    });
                self
            }
            pub fn oauth<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OpaqueConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.oauth = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for oauth: {e}")
                    });
                self
            }
            pub fn oidc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GenericOidcConfig>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.oidc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for oidc: {e}")
                    });
                self
            }
            pub fn options<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ProviderOptions>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.options = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for options: {e}")
                    });
                self
            }
            pub fn saml<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OpaqueConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.saml = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for saml: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProviderConfig> for super::ProviderConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProviderConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    apple: value.apple?,
                    azure_ad: value.azure_ad?,
                    github: value.github?,
                    github_es: value.github_es?,
                    gitlab: value.gitlab?,
                    gitlab_self_hosted: value.gitlab_self_hosted?,
                    google: value.google?,
                    jwt: value.jwt?,
                    ldap: value.ldap?,
                    oauth: value.oauth?,
                    oidc: value.oidc?,
                    options: value.options?,
                    saml: value.saml?,
                })
            }
        }
        impl ::std::convert::From<super::ProviderConfig> for ProviderConfig {
            fn from(value: super::ProviderConfig) -> Self {
                Self {
                    apple: Ok(value.apple),
                    azure_ad: Ok(value.azure_ad),
                    github: Ok(value.github),
                    github_es: Ok(value.github_es),
                    gitlab: Ok(value.gitlab),
                    gitlab_self_hosted: Ok(value.gitlab_self_hosted),
                    google: Ok(value.google),
                    jwt: Ok(value.jwt),
                    ldap: Ok(value.ldap),
                    oauth: Ok(value.oauth),
                    oidc: Ok(value.oidc),
                    options: Ok(value.options),
                    saml: Ok(value.saml),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProviderOptions {
            auto_linking: ::std::result::Result<
                ::std::option::Option<crate::enums::AutoLinkingOption>,
                ::std::string::String,
            >,
            is_auto_creation: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_auto_update: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_creation_allowed: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_linking_allowed: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProviderOptions {
            fn default() -> Self {
                Self {
                    auto_linking: Ok(Default::default()),
                    is_auto_creation: Ok(Default::default()),
                    is_auto_update: Ok(Default::default()),
                    is_creation_allowed: Ok(Default::default()),
                    is_linking_allowed: Ok(Default::default()),
                }
            }
        }
        impl ProviderOptions {
            pub fn auto_linking<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::AutoLinkingOption>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.auto_linking = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auto_linking: {e}")
                    });
                self
            }
            pub fn is_auto_creation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_auto_creation = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_auto_creation: {e}"
                        )
                    });
                self
            }
            pub fn is_auto_update<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_auto_update = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_auto_update: {e}"
                        )
                    });
                self
            }
            pub fn is_creation_allowed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_creation_allowed = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_creation_allowed: {e}"
                        )
                    });
                self
            }
            pub fn is_linking_allowed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_linking_allowed = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_linking_allowed: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProviderOptions> for super::ProviderOptions {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProviderOptions,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auto_linking: value.auto_linking?,
                    is_auto_creation: value.is_auto_creation?,
                    is_auto_update: value.is_auto_update?,
                    is_creation_allowed: value.is_creation_allowed?,
                    is_linking_allowed: value.is_linking_allowed?,
                })
            }
        }
        impl ::std::convert::From<super::ProviderOptions> for ProviderOptions {
            fn from(value: super::ProviderOptions) -> Self {
                Self {
                    auto_linking: Ok(value.auto_linking),
                    is_auto_creation: Ok(value.is_auto_creation),
                    is_auto_update: Ok(value.is_auto_update),
                    is_creation_allowed: Ok(value.is_creation_allowed),
                    is_linking_allowed: Ok(value.is_linking_allowed),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProviderQuery {
            idp_id_query: ::std::result::Result<
                ::std::option::Option<super::IdpIdQuery>,
                ::std::string::String,
            >,
            idp_name_query: ::std::result::Result<
                ::std::option::Option<super::IdpNameQuery>,
                ::std::string::String,
            >,
            owner_type_query: ::std::result::Result<
                ::std::option::Option<super::IdpOwnerTypeQuery>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProviderQuery {
            fn default() -> Self {
                Self {
                    idp_id_query: Ok(Default::default()),
                    idp_name_query: Ok(Default::default()),
                    owner_type_query: Ok(Default::default()),
                }
            }
        }
        impl ProviderQuery {
            pub fn idp_id_query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::IdpIdQuery>>,
                T::Error: ::std::fmt::Display,
            {
                self.idp_id_query = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for idp_id_query: {e}")
                    });
                self
            }
            pub fn idp_name_query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::IdpNameQuery>>,
                T::Error: ::std::fmt::Display,
            {
                self.idp_name_query = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for idp_name_query: {e}"
                        )
                    });
                self
            }
            pub fn owner_type_query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::IdpOwnerTypeQuery>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.owner_type_query = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for owner_type_query: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProviderQuery> for super::ProviderQuery {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProviderQuery,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    idp_id_query: value.idp_id_query?,
                    idp_name_query: value.idp_name_query?,
                    owner_type_query: value.owner_type_query?,
                })
            }
        }
        impl ::std::convert::From<super::ProviderQuery> for ProviderQuery {
            fn from(value: super::ProviderQuery) -> Self {
                Self {
                    idp_id_query: Ok(value.idp_id_query),
                    idp_name_query: Ok(value.idp_name_query),
                    owner_type_query: Ok(value.owner_type_query),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RpcStatus {
            code: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            details: ::std::result::Result<
                ::std::vec::Vec<crate::wire::Any>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RpcStatus {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    details: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl RpcStatus {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<crate::wire::Any>>,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
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
        impl ::std::convert::TryFrom<RpcStatus> for super::RpcStatus {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RpcStatus,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    details: value.details?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::RpcStatus> for RpcStatus {
            fn from(value: super::RpcStatus) -> Self {
                Self {
                    code: Ok(value.code),
                    details: Ok(value.details),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateIdpRequest {
            auto_register: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                super::UpdateIdpRequestName,
                ::std::string::String,
            >,
            styling_type: ::std::result::Result<
                ::std::option::Option<crate::enums::IdpStylingType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateIdpRequest {
            fn default() -> Self {
                Self {
                    auto_register: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    styling_type: Ok(Default::default()),
                }
            }
        }
        impl UpdateIdpRequest {
            pub fn auto_register<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_register = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auto_register: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UpdateIdpRequestName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn styling_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::IdpStylingType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.styling_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for styling_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateIdpRequest> for super::UpdateIdpRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateIdpRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auto_register: value.auto_register?,
                    name: value.name?,
                    styling_type: value.styling_type?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateIdpRequest> for UpdateIdpRequest {
            fn from(value: super::UpdateIdpRequest) -> Self {
                Self {
                    auto_register: Ok(value.auto_register),
                    name: Ok(value.name),
                    styling_type: Ok(value.styling_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateJwtConfigRequest {
            header_name: ::std::result::Result<
                super::UpdateJwtConfigRequestHeaderName,
                ::std::string::String,
            >,
            issuer: ::std::result::Result<
                super::UpdateJwtConfigRequestIssuer,
                ::std::string::String,
            >,
            jwt_endpoint: ::std::result::Result<
                super::UpdateJwtConfigRequestJwtEndpoint,
                ::std::string::String,
            >,
            keys_endpoint: ::std::result::Result<
                super::UpdateJwtConfigRequestKeysEndpoint,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateJwtConfigRequest {
            fn default() -> Self {
                Self {
                    header_name: Err("no value supplied for header_name".to_string()),
                    issuer: Err("no value supplied for issuer".to_string()),
                    jwt_endpoint: Err("no value supplied for jwt_endpoint".to_string()),
                    keys_endpoint: Err("no value supplied for keys_endpoint".to_string()),
                }
            }
        }
        impl UpdateJwtConfigRequest {
            pub fn header_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UpdateJwtConfigRequestHeaderName>,
                T::Error: ::std::fmt::Display,
            {
                self.header_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for header_name: {e}")
                    });
                self
            }
            pub fn issuer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UpdateJwtConfigRequestIssuer>,
                T::Error: ::std::fmt::Display,
            {
                self.issuer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issuer: {e}")
                    });
                self
            }
            pub fn jwt_endpoint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UpdateJwtConfigRequestJwtEndpoint>,
                T::Error: ::std::fmt::Display,
            {
                self.jwt_endpoint = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for jwt_endpoint: {e}")
                    });
                self
            }
            pub fn keys_endpoint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UpdateJwtConfigRequestKeysEndpoint>,
                T::Error: ::std::fmt::Display,
            {
                self.keys_endpoint = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for keys_endpoint: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateJwtConfigRequest>
        for super::UpdateJwtConfigRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateJwtConfigRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    header_name: value.header_name?,
                    issuer: value.issuer?,
                    jwt_endpoint: value.jwt_endpoint?,
                    keys_endpoint: value.keys_endpoint?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateJwtConfigRequest>
        for UpdateJwtConfigRequest {
            fn from(value: super::UpdateJwtConfigRequest) -> Self {
                Self {
                    header_name: Ok(value.header_name),
                    issuer: Ok(value.issuer),
                    jwt_endpoint: Ok(value.jwt_endpoint),
                    keys_endpoint: Ok(value.keys_endpoint),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateJwtProviderRequest {
            header_name: ::std::result::Result<
                super::UpdateJwtProviderRequestHeaderName,
                ::std::string::String,
            >,
            issuer: ::std::result::Result<
                super::UpdateJwtProviderRequestIssuer,
                ::std::string::String,
            >,
            jwt_endpoint: ::std::result::Result<
                super::UpdateJwtProviderRequestJwtEndpoint,
                ::std::string::String,
            >,
            keys_endpoint: ::std::result::Result<
                ::std::option::Option<super::UpdateJwtProviderRequestKeysEndpoint>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                super::UpdateJwtProviderRequestName,
                ::std::string::String,
            >,
            provider_options: ::std::result::Result<
                ::std::option::Option<super::ProviderOptions>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateJwtProviderRequest {
            fn default() -> Self {
                Self {
                    header_name: Err("no value supplied for header_name".to_string()),
                    issuer: Err("no value supplied for issuer".to_string()),
                    jwt_endpoint: Err("no value supplied for jwt_endpoint".to_string()),
                    keys_endpoint: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    provider_options: Ok(Default::default()),
                }
            }
        }
        impl UpdateJwtProviderRequest {
            pub fn header_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UpdateJwtProviderRequestHeaderName>,
                T::Error: ::std::fmt::Display,
            {
                self.header_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for header_name: {e}")
                    });
                self
            }
            pub fn issuer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UpdateJwtProviderRequestIssuer>,
                T::Error: ::std::fmt::Display,
            {
                self.issuer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issuer: {e}")
                    });
                self
            }
            pub fn jwt_endpoint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UpdateJwtProviderRequestJwtEndpoint>,
                T::Error: ::std::fmt::Display,
            {
                self.jwt_endpoint = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for jwt_endpoint: {e}")
                    });
                self
            }
            pub fn keys_endpoint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::UpdateJwtProviderRequestKeysEndpoint>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.keys_endpoint = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for keys_endpoint: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UpdateJwtProviderRequestName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn provider_options<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ProviderOptions>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.provider_options = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for provider_options: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateJwtProviderRequest>
        for super::UpdateJwtProviderRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateJwtProviderRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    header_name: value.header_name?,
                    issuer: value.issuer?,
                    jwt_endpoint: value.jwt_endpoint?,
                    keys_endpoint: value.keys_endpoint?,
                    name: value.name?,
                    provider_options: value.provider_options?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateJwtProviderRequest>
        for UpdateJwtProviderRequest {
            fn from(value: super::UpdateJwtProviderRequest) -> Self {
                Self {
                    header_name: Ok(value.header_name),
                    issuer: Ok(value.issuer),
                    jwt_endpoint: Ok(value.jwt_endpoint),
                    keys_endpoint: Ok(value.keys_endpoint),
                    name: Ok(value.name),
                    provider_options: Ok(value.provider_options),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateOidcConfigRequest {
            client_id: ::std::result::Result<
                super::UpdateOidcConfigRequestClientId,
                ::std::string::String,
            >,
            client_secret: ::std::result::Result<
                ::std::option::Option<super::UpdateOidcConfigRequestClientSecret>,
                ::std::string::String,
            >,
            display_name_mapping: ::std::result::Result<
                ::std::option::Option<crate::enums::OidcMappingField>,
                ::std::string::String,
            >,
            issuer: ::std::result::Result<
                super::UpdateOidcConfigRequestIssuer,
                ::std::string::String,
            >,
            scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            username_mapping: ::std::result::Result<
                ::std::option::Option<crate::enums::OidcMappingField>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateOidcConfigRequest {
            fn default() -> Self {
                Self {
                    client_id: Err("no value supplied for client_id".to_string()),
                    client_secret: Ok(Default::default()),
                    display_name_mapping: Ok(Default::default()),
                    issuer: Err("no value supplied for issuer".to_string()),
                    scopes: Ok(Default::default()),
                    username_mapping: Ok(Default::default()),
                }
            }
        }
        impl UpdateOidcConfigRequest {
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UpdateOidcConfigRequestClientId>,
                T::Error: ::std::fmt::Display,
            {
                self.client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_id: {e}")
                    });
                self
            }
            pub fn client_secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::UpdateOidcConfigRequestClientSecret>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.client_secret = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_secret: {e}")
                    });
                self
            }
            pub fn display_name_mapping<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::OidcMappingField>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.display_name_mapping = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for display_name_mapping: {e}"
                        )
                    });
                self
            }
            pub fn issuer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UpdateOidcConfigRequestIssuer>,
                T::Error: ::std::fmt::Display,
            {
                self.issuer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issuer: {e}")
                    });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
                    });
                self
            }
            pub fn username_mapping<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::enums::OidcMappingField>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.username_mapping = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for username_mapping: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateOidcConfigRequest>
        for super::UpdateOidcConfigRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateOidcConfigRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_id: value.client_id?,
                    client_secret: value.client_secret?,
                    display_name_mapping: value.display_name_mapping?,
                    issuer: value.issuer?,
                    scopes: value.scopes?,
                    username_mapping: value.username_mapping?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateOidcConfigRequest>
        for UpdateOidcConfigRequest {
            fn from(value: super::UpdateOidcConfigRequest) -> Self {
                Self {
                    client_id: Ok(value.client_id),
                    client_secret: Ok(value.client_secret),
                    display_name_mapping: Ok(value.display_name_mapping),
                    issuer: Ok(value.issuer),
                    scopes: Ok(value.scopes),
                    username_mapping: Ok(value.username_mapping),
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
/**Client for ZITADEL identity provider management (apifleet subset)

Identity providers (IDPs) in ZITADEL's REST APIs: the deprecated generic-IDP family and its
replacement ("providers", a.k.a. templates) in both the Management API (organisation level) and the
Admin API (instance level), and the v2 IDP read. Written by the apifleet team from ZITADEL's protos
and reference pages; ZITADEL publishes only Swagger 2.0 documents generated by grpc-gateway.

The JSON is protojson: lowerCamelCase names, zero values omitted (so every response property is
optional), enums as names, 64-bit integers as strings, timestamps in RFC 3339.


Version: v1*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: apifleet_runtime::hooks::SharedHooks,
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
        inner: apifleet_runtime::hooks::SharedHooks,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<apifleet_runtime::hooks::SharedHooks> for Client {
    fn api_version() -> &'static str {
        "v1"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &apifleet_runtime::hooks::SharedHooks {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<apifleet_runtime::hooks::SharedHooks>,
    {}
};
impl Client {
    /**Deprecated: Search Instance IDPs

Sends a `POST` request to `/admin/v1/idps/_search`

```ignore
let response = client.admin_list_idps()
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `admin_list_providers` instead.")]
    pub fn admin_list_idps(&self) -> builder::AdminListIdps<'_> {
        builder::AdminListIdps::new(self)
    }
    /**Add JWT Provider

Sends a `POST` request to `/admin/v1/idps/generic_jwt`

```ignore
let response = client.admin_add_jwt_provider()
    .body(body)
    .send()
    .await;
```*/
    pub fn admin_add_jwt_provider(&self) -> builder::AdminAddJwtProvider<'_> {
        builder::AdminAddJwtProvider::new(self)
    }
    /**Update JWT Provider

Sends a `PUT` request to `/admin/v1/idps/generic_jwt/{id}`

```ignore
let response = client.admin_update_jwt_provider()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn admin_update_jwt_provider(&self) -> builder::AdminUpdateJwtProvider<'_> {
        builder::AdminUpdateJwtProvider::new(self)
    }
    /**Deprecated: Add JWT Instance IDP

Sends a `POST` request to `/admin/v1/idps/jwt`

```ignore
let response = client.admin_add_jwt_idp()
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `admin_add_jwt_provider` instead.")]
    pub fn admin_add_jwt_idp(&self) -> builder::AdminAddJwtIdp<'_> {
        builder::AdminAddJwtIdp::new(self)
    }
    /**Deprecated: Add OIDC Instance IDP

Sends a `POST` request to `/admin/v1/idps/oidc`

```ignore
let response = client.admin_add_oidc_idp()
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(
        note = "Use the generic OIDC provider endpoints (`POST /idps/generic_oidc`), which this client does not cover yet."
    )]
    pub fn admin_add_oidc_idp(&self) -> builder::AdminAddOidcIdp<'_> {
        builder::AdminAddOidcIdp::new(self)
    }
    /**Search Providers

Sends a `POST` request to `/admin/v1/idps/templates/_search`

```ignore
let response = client.admin_list_providers()
    .body(body)
    .send()
    .await;
```*/
    pub fn admin_list_providers(&self) -> builder::AdminListProviders<'_> {
        builder::AdminListProviders::new(self)
    }
    /**Get Provider by ID

Sends a `GET` request to `/admin/v1/idps/templates/{id}`

```ignore
let response = client.admin_get_provider_by_id()
    .id(id)
    .send()
    .await;
```*/
    pub fn admin_get_provider_by_id(&self) -> builder::AdminGetProviderById<'_> {
        builder::AdminGetProviderById::new(self)
    }
    /**Delete Provider

Sends a `DELETE` request to `/admin/v1/idps/templates/{id}`

```ignore
let response = client.admin_delete_provider()
    .id(id)
    .send()
    .await;
```*/
    pub fn admin_delete_provider(&self) -> builder::AdminDeleteProvider<'_> {
        builder::AdminDeleteProvider::new(self)
    }
    /**Deprecated: Get Instance IDP by ID

Sends a `GET` request to `/admin/v1/idps/{idpId}`

Arguments:
- `idp_id`: The IDP's id (the protos call it `id` in the reads, `idp_id` elsewhere); the name does not reach the wire.
```ignore
let response = client.admin_get_idp_by_id()
    .idp_id(idp_id)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `admin_get_provider_by_id` instead.")]
    pub fn admin_get_idp_by_id(&self) -> builder::AdminGetIdpById<'_> {
        builder::AdminGetIdpById::new(self)
    }
    /**Deprecated: Update Instance IDP

Sends a `PUT` request to `/admin/v1/idps/{idpId}`

Arguments:
- `idp_id`: The IDP's id (the protos call it `id` in the reads, `idp_id` elsewhere); the name does not reach the wire.
- `body`
```ignore
let response = client.admin_update_idp()
    .idp_id(idp_id)
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `admin_update_jwt_provider` instead.")]
    pub fn admin_update_idp(&self) -> builder::AdminUpdateIdp<'_> {
        builder::AdminUpdateIdp::new(self)
    }
    /**Deprecated: Remove Instance IDP

Answers `details` (the Management API answers an empty object).

Sends a `DELETE` request to `/admin/v1/idps/{idpId}`

Arguments:
- `idp_id`: The IDP's id (the protos call it `id` in the reads, `idp_id` elsewhere); the name does not reach the wire.
```ignore
let response = client.admin_remove_idp()
    .idp_id(idp_id)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `admin_delete_provider` instead.")]
    pub fn admin_remove_idp(&self) -> builder::AdminRemoveIdp<'_> {
        builder::AdminRemoveIdp::new(self)
    }
    /**Deprecated: Deactivate Instance IDP

The Admin API takes no body.

Sends a `POST` request to `/admin/v1/idps/{idpId}/_deactivate`

Arguments:
- `idp_id`: The IDP's id (the protos call it `id` in the reads, `idp_id` elsewhere); the name does not reach the wire.
```ignore
let response = client.admin_deactivate_idp()
    .idp_id(idp_id)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `admin_delete_provider` instead.")]
    pub fn admin_deactivate_idp(&self) -> builder::AdminDeactivateIdp<'_> {
        builder::AdminDeactivateIdp::new(self)
    }
    /**Deprecated: Reactivate Instance IDP

Sends a `POST` request to `/admin/v1/idps/{idpId}/_reactivate`

Arguments:
- `idp_id`: The IDP's id (the protos call it `id` in the reads, `idp_id` elsewhere); the name does not reach the wire.
```ignore
let response = client.admin_reactivate_idp()
    .idp_id(idp_id)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `admin_add_jwt_provider` instead.")]
    pub fn admin_reactivate_idp(&self) -> builder::AdminReactivateIdp<'_> {
        builder::AdminReactivateIdp::new(self)
    }
    /**Deprecated: Update JWT Identity Provider (IDP)

Update the JWT-specific configuration of an identity provider. All fields will be updated. If a field has no value it will be empty afterward.

Sends a `PUT` request to `/admin/v1/idps/{idpId}/jwt_config`

Arguments:
- `idp_id`: The IDP's id (the protos call it `id` in the reads, `idp_id` elsewhere); the name does not reach the wire.
- `body`
```ignore
let response = client.admin_update_idp_jwt_config()
    .idp_id(idp_id)
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `admin_update_jwt_provider` instead.")]
    pub fn admin_update_idp_jwt_config(&self) -> builder::AdminUpdateIdpJwtConfig<'_> {
        builder::AdminUpdateIdpJwtConfig::new(self)
    }
    /**Deprecated: Update Instance IDP OIDC Config

Sends a `PUT` request to `/admin/v1/idps/{idpId}/oidc_config`

Arguments:
- `idp_id`: The IDP's id (the protos call it `id` in the reads, `idp_id` elsewhere); the name does not reach the wire.
- `body`
```ignore
let response = client.admin_update_idp_oidc_config()
    .idp_id(idp_id)
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(
        note = "Use the generic OIDC provider endpoints (`PUT /idps/generic_oidc/{id}`), which this client does not cover yet."
    )]
    pub fn admin_update_idp_oidc_config(&self) -> builder::AdminUpdateIdpOidcConfig<'_> {
        builder::AdminUpdateIdpOidcConfig::new(self)
    }
    /**Deprecated: Search Organization IDPs

Sends a `POST` request to `/management/v1/idps/_search`

```ignore
let response = client.mgmt_list_org_idps()
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `mgmt_list_providers` instead.")]
    pub fn mgmt_list_org_idps(&self) -> builder::MgmtListOrgIdps<'_> {
        builder::MgmtListOrgIdps::new(self)
    }
    /**Add JWT Provider

Sends a `POST` request to `/management/v1/idps/generic_jwt`

```ignore
let response = client.mgmt_add_jwt_provider()
    .body(body)
    .send()
    .await;
```*/
    pub fn mgmt_add_jwt_provider(&self) -> builder::MgmtAddJwtProvider<'_> {
        builder::MgmtAddJwtProvider::new(self)
    }
    /**Update JWT Provider

Sends a `PUT` request to `/management/v1/idps/generic_jwt/{id}`

```ignore
let response = client.mgmt_update_jwt_provider()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn mgmt_update_jwt_provider(&self) -> builder::MgmtUpdateJwtProvider<'_> {
        builder::MgmtUpdateJwtProvider::new(self)
    }
    /**Deprecated: Add JWT Organization IDP

Sends a `POST` request to `/management/v1/idps/jwt`

```ignore
let response = client.mgmt_add_org_jwt_idp()
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `mgmt_add_jwt_provider` instead.")]
    pub fn mgmt_add_org_jwt_idp(&self) -> builder::MgmtAddOrgJwtIdp<'_> {
        builder::MgmtAddOrgJwtIdp::new(self)
    }
    /**Deprecated: Add OIDC Organization IDP

Sends a `POST` request to `/management/v1/idps/oidc`

```ignore
let response = client.mgmt_add_org_oidc_idp()
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(
        note = "Use the generic OIDC provider endpoints (`POST /idps/generic_oidc`), which this client does not cover yet."
    )]
    pub fn mgmt_add_org_oidc_idp(&self) -> builder::MgmtAddOrgOidcIdp<'_> {
        builder::MgmtAddOrgOidcIdp::new(self)
    }
    /**Search Providers

Sends a `POST` request to `/management/v1/idps/templates/_search`

```ignore
let response = client.mgmt_list_providers()
    .body(body)
    .send()
    .await;
```*/
    pub fn mgmt_list_providers(&self) -> builder::MgmtListProviders<'_> {
        builder::MgmtListProviders::new(self)
    }
    /**Get Provider by ID

Sends a `GET` request to `/management/v1/idps/templates/{id}`

```ignore
let response = client.mgmt_get_provider_by_id()
    .id(id)
    .send()
    .await;
```*/
    pub fn mgmt_get_provider_by_id(&self) -> builder::MgmtGetProviderById<'_> {
        builder::MgmtGetProviderById::new(self)
    }
    /**Delete Provider

Sends a `DELETE` request to `/management/v1/idps/templates/{id}`

```ignore
let response = client.mgmt_delete_provider()
    .id(id)
    .send()
    .await;
```*/
    pub fn mgmt_delete_provider(&self) -> builder::MgmtDeleteProvider<'_> {
        builder::MgmtDeleteProvider::new(self)
    }
    /**Deprecated: Get Organization IDP by ID

Sends a `GET` request to `/management/v1/idps/{idpId}`

Arguments:
- `idp_id`: The IDP's id (the protos call it `id` in the reads, `idp_id` elsewhere); the name does not reach the wire.
```ignore
let response = client.mgmt_get_org_idp_by_id()
    .idp_id(idp_id)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `mgmt_get_provider_by_id` instead.")]
    pub fn mgmt_get_org_idp_by_id(&self) -> builder::MgmtGetOrgIdpById<'_> {
        builder::MgmtGetOrgIdpById::new(self)
    }
    /**Deprecated: Update Organization IDP

Sends a `PUT` request to `/management/v1/idps/{idpId}`

Arguments:
- `idp_id`: The IDP's id (the protos call it `id` in the reads, `idp_id` elsewhere); the name does not reach the wire.
- `body`
```ignore
let response = client.mgmt_update_org_idp()
    .idp_id(idp_id)
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `mgmt_update_jwt_provider` instead.")]
    pub fn mgmt_update_org_idp(&self) -> builder::MgmtUpdateOrgIdp<'_> {
        builder::MgmtUpdateOrgIdp::new(self)
    }
    /**Remove Organization IDP

Answers an empty object (the Admin API answers `details`).

Sends a `DELETE` request to `/management/v1/idps/{idpId}`

Arguments:
- `idp_id`: The IDP's id (the protos call it `id` in the reads, `idp_id` elsewhere); the name does not reach the wire.
```ignore
let response = client.mgmt_remove_org_idp()
    .idp_id(idp_id)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `mgmt_delete_provider` instead.")]
    pub fn mgmt_remove_org_idp(&self) -> builder::MgmtRemoveOrgIdp<'_> {
        builder::MgmtRemoveOrgIdp::new(self)
    }
    /**Deprecated: Deactivate Organization IDP

The Management API takes an empty JSON object as body (the Admin API takes none).

Sends a `POST` request to `/management/v1/idps/{idpId}/_deactivate`

Arguments:
- `idp_id`: The IDP's id (the protos call it `id` in the reads, `idp_id` elsewhere); the name does not reach the wire.
- `body`
```ignore
let response = client.mgmt_deactivate_org_idp()
    .idp_id(idp_id)
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `mgmt_delete_provider` instead.")]
    pub fn mgmt_deactivate_org_idp(&self) -> builder::MgmtDeactivateOrgIdp<'_> {
        builder::MgmtDeactivateOrgIdp::new(self)
    }
    /**Reactivate Organization IDP

Deprecated (ZITADEL says so in the description only). Takes an empty JSON object as body.

Sends a `POST` request to `/management/v1/idps/{idpId}/_reactivate`

Arguments:
- `idp_id`: The IDP's id (the protos call it `id` in the reads, `idp_id` elsewhere); the name does not reach the wire.
- `body`
```ignore
let response = client.mgmt_reactivate_org_idp()
    .idp_id(idp_id)
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `mgmt_add_jwt_provider` instead.")]
    pub fn mgmt_reactivate_org_idp(&self) -> builder::MgmtReactivateOrgIdp<'_> {
        builder::MgmtReactivateOrgIdp::new(self)
    }
    /**Deprecated: Update JWT Identity Provider (IDP)

Update the JWT-specific configuration of an identity provider. All fields will be updated. If a field has no value it will be empty afterward.

Sends a `PUT` request to `/management/v1/idps/{idpId}/jwt_config`

Arguments:
- `idp_id`: The IDP's id (the protos call it `id` in the reads, `idp_id` elsewhere); the name does not reach the wire.
- `body`
```ignore
let response = client.mgmt_update_org_idp_jwt_config()
    .idp_id(idp_id)
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(note = "Use `mgmt_update_jwt_provider` instead.")]
    pub fn mgmt_update_org_idp_jwt_config(
        &self,
    ) -> builder::MgmtUpdateOrgIdpJwtConfig<'_> {
        builder::MgmtUpdateOrgIdpJwtConfig::new(self)
    }
    /**Deprecated: Update Organization IDP OIDC Config

Sends a `PUT` request to `/management/v1/idps/{idpId}/oidc_config`

Arguments:
- `idp_id`: The IDP's id (the protos call it `id` in the reads, `idp_id` elsewhere); the name does not reach the wire.
- `body`
```ignore
let response = client.mgmt_update_org_idp_oidc_config()
    .idp_id(idp_id)
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(
        note = "Use the generic OIDC provider endpoints (`PUT /idps/generic_oidc/{id}`), which this client does not cover yet."
    )]
    pub fn mgmt_update_org_idp_oidc_config(
        &self,
    ) -> builder::MgmtUpdateOrgIdpOidcConfig<'_> {
        builder::MgmtUpdateOrgIdpOidcConfig::new(self)
    }
    /**Get identity provider (IdP) by ID

The only operation of the v2 identity provider service; writes use the v1 provider endpoints.

Sends a `GET` request to `/v2/idps/{id}`

```ignore
let response = client.get_idp_by_id_v2()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_idp_by_id_v2(&self) -> builder::GetIdpByIdV2<'_> {
        builder::GetIdpByIdV2::new(self)
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
    /**Builder for [`Client::admin_list_idps`]

[`Client::admin_list_idps`]: super::Client::admin_list_idps*/
    #[derive(Debug, Clone)]
    pub struct AdminListIdps<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ListIdpsRequest, String>,
    }
    impl<'a> AdminListIdps<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListIdpsRequest>,
            <V as std::convert::TryInto<
                types::ListIdpsRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ListIdpsRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ListIdpsRequest,
            ) -> types::builder::ListIdpsRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/admin/v1/idps/_search`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListIdpsResponse>, Error<types::RpcStatus>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ListIdpsRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/admin/v1/idps/_search", client.baseurl,);
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
                operation_id: "admin_list_idps",
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
    /**Builder for [`Client::admin_add_jwt_provider`]

[`Client::admin_add_jwt_provider`]: super::Client::admin_add_jwt_provider*/
    #[derive(Debug, Clone)]
    pub struct AdminAddJwtProvider<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AddJwtProviderRequest, String>,
    }
    impl<'a> AdminAddJwtProvider<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddJwtProviderRequest>,
            <V as std::convert::TryInto<
                types::AddJwtProviderRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AddJwtProviderRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AddJwtProviderRequest,
            ) -> types::builder::AddJwtProviderRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/admin/v1/idps/generic_jwt`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AddProviderResponse>, Error<types::RpcStatus>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AddJwtProviderRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/admin/v1/idps/generic_jwt", client.baseurl,);
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
                operation_id: "admin_add_jwt_provider",
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
    /**Builder for [`Client::admin_update_jwt_provider`]

[`Client::admin_update_jwt_provider`]: super::Client::admin_update_jwt_provider*/
    #[derive(Debug, Clone)]
    pub struct AdminUpdateJwtProvider<'a> {
        client: &'a super::Client,
        id: Result<types::AdminUpdateJwtProviderId, String>,
        body: Result<types::builder::UpdateJwtProviderRequest, String>,
    }
    impl<'a> AdminUpdateJwtProvider<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminUpdateJwtProviderId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AdminUpdateJwtProviderId` for id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateJwtProviderRequest>,
            <V as std::convert::TryInto<
                types::UpdateJwtProviderRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateJwtProviderRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateJwtProviderRequest,
            ) -> types::builder::UpdateJwtProviderRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/admin/v1/idps/generic_jwt/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DetailsResponse>, Error<types::RpcStatus>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateJwtProviderRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/admin/v1/idps/generic_jwt/{}", client.baseurl, encode_path(& id
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "admin_update_jwt_provider",
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
    /**Builder for [`Client::admin_add_jwt_idp`]

[`Client::admin_add_jwt_idp`]: super::Client::admin_add_jwt_idp*/
    #[derive(Debug, Clone)]
    pub struct AdminAddJwtIdp<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AddJwtIdpRequest, String>,
    }
    impl<'a> AdminAddJwtIdp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddJwtIdpRequest>,
            <V as std::convert::TryInto<
                types::AddJwtIdpRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AddJwtIdpRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AddJwtIdpRequest,
            ) -> types::builder::AddJwtIdpRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/admin/v1/idps/jwt`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AddIdpResponse>, Error<types::RpcStatus>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AddJwtIdpRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/admin/v1/idps/jwt", client.baseurl,);
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
                operation_id: "admin_add_jwt_idp",
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
    /**Builder for [`Client::admin_add_oidc_idp`]

[`Client::admin_add_oidc_idp`]: super::Client::admin_add_oidc_idp*/
    #[derive(Debug, Clone)]
    pub struct AdminAddOidcIdp<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AddOidcIdpRequest, String>,
    }
    impl<'a> AdminAddOidcIdp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddOidcIdpRequest>,
            <V as std::convert::TryInto<
                types::AddOidcIdpRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AddOidcIdpRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AddOidcIdpRequest,
            ) -> types::builder::AddOidcIdpRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/admin/v1/idps/oidc`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AddIdpResponse>, Error<types::RpcStatus>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AddOidcIdpRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/admin/v1/idps/oidc", client.baseurl,);
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
                operation_id: "admin_add_oidc_idp",
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
    /**Builder for [`Client::admin_list_providers`]

[`Client::admin_list_providers`]: super::Client::admin_list_providers*/
    #[derive(Debug, Clone)]
    pub struct AdminListProviders<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ListProvidersRequest, String>,
    }
    impl<'a> AdminListProviders<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListProvidersRequest>,
            <V as std::convert::TryInto<
                types::ListProvidersRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ListProvidersRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ListProvidersRequest,
            ) -> types::builder::ListProvidersRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/admin/v1/idps/templates/_search`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListProvidersResponse>,
            Error<types::RpcStatus>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ListProvidersRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/admin/v1/idps/templates/_search", client.baseurl,);
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
                operation_id: "admin_list_providers",
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
    /**Builder for [`Client::admin_get_provider_by_id`]

[`Client::admin_get_provider_by_id`]: super::Client::admin_get_provider_by_id*/
    #[derive(Debug, Clone)]
    pub struct AdminGetProviderById<'a> {
        client: &'a super::Client,
        id: Result<types::AdminGetProviderByIdId, String>,
    }
    impl<'a> AdminGetProviderById<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminGetProviderByIdId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AdminGetProviderByIdId` for id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/admin/v1/idps/templates/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetProviderResponse>, Error<types::RpcStatus>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/admin/v1/idps/templates/{}", client.baseurl, encode_path(& id
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
                operation_id: "admin_get_provider_by_id",
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
    /**Builder for [`Client::admin_delete_provider`]

[`Client::admin_delete_provider`]: super::Client::admin_delete_provider*/
    #[derive(Debug, Clone)]
    pub struct AdminDeleteProvider<'a> {
        client: &'a super::Client,
        id: Result<types::AdminDeleteProviderId, String>,
    }
    impl<'a> AdminDeleteProvider<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminDeleteProviderId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AdminDeleteProviderId` for id failed".to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/admin/v1/idps/templates/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DetailsResponse>, Error<types::RpcStatus>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/admin/v1/idps/templates/{}", client.baseurl, encode_path(& id
                .to_string()),
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
                operation_id: "admin_delete_provider",
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
    /**Builder for [`Client::admin_get_idp_by_id`]

[`Client::admin_get_idp_by_id`]: super::Client::admin_get_idp_by_id*/
    #[derive(Debug, Clone)]
    pub struct AdminGetIdpById<'a> {
        client: &'a super::Client,
        idp_id: Result<types::AdminGetIdpByIdIdpId, String>,
    }
    impl<'a> AdminGetIdpById<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idp_id: Err("idp_id was not initialized".to_string()),
            }
        }
        pub fn idp_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminGetIdpByIdIdpId>,
        {
            self.idp_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AdminGetIdpByIdIdpId` for idp_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/admin/v1/idps/{idpId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetIdpResponse>, Error<types::RpcStatus>> {
            let Self { client, idp_id } = self;
            let idp_id = idp_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/admin/v1/idps/{}", client.baseurl, encode_path(& idp_id.to_string()),
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
                operation_id: "admin_get_idp_by_id",
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
    /**Builder for [`Client::admin_update_idp`]

[`Client::admin_update_idp`]: super::Client::admin_update_idp*/
    #[derive(Debug, Clone)]
    pub struct AdminUpdateIdp<'a> {
        client: &'a super::Client,
        idp_id: Result<types::AdminUpdateIdpIdpId, String>,
        body: Result<types::builder::UpdateIdpRequest, String>,
    }
    impl<'a> AdminUpdateIdp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idp_id: Err("idp_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn idp_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminUpdateIdpIdpId>,
        {
            self.idp_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AdminUpdateIdpIdpId` for idp_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateIdpRequest>,
            <V as std::convert::TryInto<
                types::UpdateIdpRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateIdpRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateIdpRequest,
            ) -> types::builder::UpdateIdpRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/admin/v1/idps/{idpId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DetailsResponse>, Error<types::RpcStatus>> {
            let Self { client, idp_id, body } = self;
            let idp_id = idp_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateIdpRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/admin/v1/idps/{}", client.baseurl, encode_path(& idp_id.to_string()),
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
                operation_id: "admin_update_idp",
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
    /**Builder for [`Client::admin_remove_idp`]

[`Client::admin_remove_idp`]: super::Client::admin_remove_idp*/
    #[derive(Debug, Clone)]
    pub struct AdminRemoveIdp<'a> {
        client: &'a super::Client,
        idp_id: Result<types::AdminRemoveIdpIdpId, String>,
    }
    impl<'a> AdminRemoveIdp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idp_id: Err("idp_id was not initialized".to_string()),
            }
        }
        pub fn idp_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminRemoveIdpIdpId>,
        {
            self.idp_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AdminRemoveIdpIdpId` for idp_id failed".to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/admin/v1/idps/{idpId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DetailsResponse>, Error<types::RpcStatus>> {
            let Self { client, idp_id } = self;
            let idp_id = idp_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/admin/v1/idps/{}", client.baseurl, encode_path(& idp_id.to_string()),
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
                operation_id: "admin_remove_idp",
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
    /**Builder for [`Client::admin_deactivate_idp`]

[`Client::admin_deactivate_idp`]: super::Client::admin_deactivate_idp*/
    #[derive(Debug, Clone)]
    pub struct AdminDeactivateIdp<'a> {
        client: &'a super::Client,
        idp_id: Result<types::AdminDeactivateIdpIdpId, String>,
    }
    impl<'a> AdminDeactivateIdp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idp_id: Err("idp_id was not initialized".to_string()),
            }
        }
        pub fn idp_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminDeactivateIdpIdpId>,
        {
            self.idp_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AdminDeactivateIdpIdpId` for idp_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/admin/v1/idps/{idpId}/_deactivate`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DetailsResponse>, Error<types::RpcStatus>> {
            let Self { client, idp_id } = self;
            let idp_id = idp_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/admin/v1/idps/{}/_deactivate", client.baseurl, encode_path(& idp_id
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
                operation_id: "admin_deactivate_idp",
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
    /**Builder for [`Client::admin_reactivate_idp`]

[`Client::admin_reactivate_idp`]: super::Client::admin_reactivate_idp*/
    #[derive(Debug, Clone)]
    pub struct AdminReactivateIdp<'a> {
        client: &'a super::Client,
        idp_id: Result<types::AdminReactivateIdpIdpId, String>,
    }
    impl<'a> AdminReactivateIdp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idp_id: Err("idp_id was not initialized".to_string()),
            }
        }
        pub fn idp_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminReactivateIdpIdpId>,
        {
            self.idp_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AdminReactivateIdpIdpId` for idp_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/admin/v1/idps/{idpId}/_reactivate`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DetailsResponse>, Error<types::RpcStatus>> {
            let Self { client, idp_id } = self;
            let idp_id = idp_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/admin/v1/idps/{}/_reactivate", client.baseurl, encode_path(& idp_id
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
                operation_id: "admin_reactivate_idp",
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
    /**Builder for [`Client::admin_update_idp_jwt_config`]

[`Client::admin_update_idp_jwt_config`]: super::Client::admin_update_idp_jwt_config*/
    #[derive(Debug, Clone)]
    pub struct AdminUpdateIdpJwtConfig<'a> {
        client: &'a super::Client,
        idp_id: Result<types::AdminUpdateIdpJwtConfigIdpId, String>,
        body: Result<types::builder::UpdateJwtConfigRequest, String>,
    }
    impl<'a> AdminUpdateIdpJwtConfig<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idp_id: Err("idp_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn idp_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminUpdateIdpJwtConfigIdpId>,
        {
            self.idp_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AdminUpdateIdpJwtConfigIdpId` for idp_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateJwtConfigRequest>,
            <V as std::convert::TryInto<
                types::UpdateJwtConfigRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateJwtConfigRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateJwtConfigRequest,
            ) -> types::builder::UpdateJwtConfigRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/admin/v1/idps/{idpId}/jwt_config`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DetailsResponse>, Error<types::RpcStatus>> {
            let Self { client, idp_id, body } = self;
            let idp_id = idp_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateJwtConfigRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/admin/v1/idps/{}/jwt_config", client.baseurl, encode_path(& idp_id
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "admin_update_idp_jwt_config",
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
    /**Builder for [`Client::admin_update_idp_oidc_config`]

[`Client::admin_update_idp_oidc_config`]: super::Client::admin_update_idp_oidc_config*/
    #[derive(Debug, Clone)]
    pub struct AdminUpdateIdpOidcConfig<'a> {
        client: &'a super::Client,
        idp_id: Result<types::AdminUpdateIdpOidcConfigIdpId, String>,
        body: Result<types::builder::UpdateOidcConfigRequest, String>,
    }
    impl<'a> AdminUpdateIdpOidcConfig<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idp_id: Err("idp_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn idp_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminUpdateIdpOidcConfigIdpId>,
        {
            self.idp_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AdminUpdateIdpOidcConfigIdpId` for idp_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateOidcConfigRequest>,
            <V as std::convert::TryInto<
                types::UpdateOidcConfigRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateOidcConfigRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateOidcConfigRequest,
            ) -> types::builder::UpdateOidcConfigRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/admin/v1/idps/{idpId}/oidc_config`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DetailsResponse>, Error<types::RpcStatus>> {
            let Self { client, idp_id, body } = self;
            let idp_id = idp_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateOidcConfigRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/admin/v1/idps/{}/oidc_config", client.baseurl, encode_path(& idp_id
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "admin_update_idp_oidc_config",
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
    /**Builder for [`Client::mgmt_list_org_idps`]

[`Client::mgmt_list_org_idps`]: super::Client::mgmt_list_org_idps*/
    #[derive(Debug, Clone)]
    pub struct MgmtListOrgIdps<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ListIdpsRequest, String>,
    }
    impl<'a> MgmtListOrgIdps<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListIdpsRequest>,
            <V as std::convert::TryInto<
                types::ListIdpsRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ListIdpsRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ListIdpsRequest,
            ) -> types::builder::ListIdpsRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/management/v1/idps/_search`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListIdpsResponse>, Error<types::RpcStatus>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ListIdpsRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/management/v1/idps/_search", client.baseurl,);
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
                operation_id: "mgmt_list_org_idps",
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
    /**Builder for [`Client::mgmt_add_jwt_provider`]

[`Client::mgmt_add_jwt_provider`]: super::Client::mgmt_add_jwt_provider*/
    #[derive(Debug, Clone)]
    pub struct MgmtAddJwtProvider<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AddJwtProviderRequest, String>,
    }
    impl<'a> MgmtAddJwtProvider<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddJwtProviderRequest>,
            <V as std::convert::TryInto<
                types::AddJwtProviderRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AddJwtProviderRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AddJwtProviderRequest,
            ) -> types::builder::AddJwtProviderRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/management/v1/idps/generic_jwt`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AddProviderResponse>, Error<types::RpcStatus>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AddJwtProviderRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/management/v1/idps/generic_jwt", client.baseurl,);
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
                operation_id: "mgmt_add_jwt_provider",
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
    /**Builder for [`Client::mgmt_update_jwt_provider`]

[`Client::mgmt_update_jwt_provider`]: super::Client::mgmt_update_jwt_provider*/
    #[derive(Debug, Clone)]
    pub struct MgmtUpdateJwtProvider<'a> {
        client: &'a super::Client,
        id: Result<types::MgmtUpdateJwtProviderId, String>,
        body: Result<types::builder::UpdateJwtProviderRequest, String>,
    }
    impl<'a> MgmtUpdateJwtProvider<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MgmtUpdateJwtProviderId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `MgmtUpdateJwtProviderId` for id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateJwtProviderRequest>,
            <V as std::convert::TryInto<
                types::UpdateJwtProviderRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateJwtProviderRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateJwtProviderRequest,
            ) -> types::builder::UpdateJwtProviderRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/management/v1/idps/generic_jwt/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DetailsResponse>, Error<types::RpcStatus>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateJwtProviderRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/management/v1/idps/generic_jwt/{}", client.baseurl, encode_path(& id
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "mgmt_update_jwt_provider",
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
    /**Builder for [`Client::mgmt_add_org_jwt_idp`]

[`Client::mgmt_add_org_jwt_idp`]: super::Client::mgmt_add_org_jwt_idp*/
    #[derive(Debug, Clone)]
    pub struct MgmtAddOrgJwtIdp<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AddJwtIdpRequest, String>,
    }
    impl<'a> MgmtAddOrgJwtIdp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddJwtIdpRequest>,
            <V as std::convert::TryInto<
                types::AddJwtIdpRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AddJwtIdpRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AddJwtIdpRequest,
            ) -> types::builder::AddJwtIdpRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/management/v1/idps/jwt`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AddIdpResponse>, Error<types::RpcStatus>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AddJwtIdpRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/management/v1/idps/jwt", client.baseurl,);
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
                operation_id: "mgmt_add_org_jwt_idp",
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
    /**Builder for [`Client::mgmt_add_org_oidc_idp`]

[`Client::mgmt_add_org_oidc_idp`]: super::Client::mgmt_add_org_oidc_idp*/
    #[derive(Debug, Clone)]
    pub struct MgmtAddOrgOidcIdp<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AddOidcIdpRequest, String>,
    }
    impl<'a> MgmtAddOrgOidcIdp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddOidcIdpRequest>,
            <V as std::convert::TryInto<
                types::AddOidcIdpRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AddOidcIdpRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AddOidcIdpRequest,
            ) -> types::builder::AddOidcIdpRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/management/v1/idps/oidc`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AddIdpResponse>, Error<types::RpcStatus>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AddOidcIdpRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/management/v1/idps/oidc", client.baseurl,);
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
                operation_id: "mgmt_add_org_oidc_idp",
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
    /**Builder for [`Client::mgmt_list_providers`]

[`Client::mgmt_list_providers`]: super::Client::mgmt_list_providers*/
    #[derive(Debug, Clone)]
    pub struct MgmtListProviders<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ListProvidersRequest, String>,
    }
    impl<'a> MgmtListProviders<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListProvidersRequest>,
            <V as std::convert::TryInto<
                types::ListProvidersRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ListProvidersRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ListProvidersRequest,
            ) -> types::builder::ListProvidersRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/management/v1/idps/templates/_search`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListProvidersResponse>,
            Error<types::RpcStatus>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ListProvidersRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/management/v1/idps/templates/_search", client.baseurl,
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "mgmt_list_providers",
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
    /**Builder for [`Client::mgmt_get_provider_by_id`]

[`Client::mgmt_get_provider_by_id`]: super::Client::mgmt_get_provider_by_id*/
    #[derive(Debug, Clone)]
    pub struct MgmtGetProviderById<'a> {
        client: &'a super::Client,
        id: Result<types::MgmtGetProviderByIdId, String>,
    }
    impl<'a> MgmtGetProviderById<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MgmtGetProviderByIdId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `MgmtGetProviderByIdId` for id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/management/v1/idps/templates/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetProviderResponse>, Error<types::RpcStatus>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/management/v1/idps/templates/{}", client.baseurl, encode_path(& id
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
                operation_id: "mgmt_get_provider_by_id",
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
    /**Builder for [`Client::mgmt_delete_provider`]

[`Client::mgmt_delete_provider`]: super::Client::mgmt_delete_provider*/
    #[derive(Debug, Clone)]
    pub struct MgmtDeleteProvider<'a> {
        client: &'a super::Client,
        id: Result<types::MgmtDeleteProviderId, String>,
    }
    impl<'a> MgmtDeleteProvider<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MgmtDeleteProviderId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `MgmtDeleteProviderId` for id failed".to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/management/v1/idps/templates/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DetailsResponse>, Error<types::RpcStatus>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/management/v1/idps/templates/{}", client.baseurl, encode_path(& id
                .to_string()),
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
                operation_id: "mgmt_delete_provider",
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
    /**Builder for [`Client::mgmt_get_org_idp_by_id`]

[`Client::mgmt_get_org_idp_by_id`]: super::Client::mgmt_get_org_idp_by_id*/
    #[derive(Debug, Clone)]
    pub struct MgmtGetOrgIdpById<'a> {
        client: &'a super::Client,
        idp_id: Result<types::MgmtGetOrgIdpByIdIdpId, String>,
    }
    impl<'a> MgmtGetOrgIdpById<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idp_id: Err("idp_id was not initialized".to_string()),
            }
        }
        pub fn idp_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MgmtGetOrgIdpByIdIdpId>,
        {
            self.idp_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `MgmtGetOrgIdpByIdIdpId` for idp_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/management/v1/idps/{idpId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetIdpResponse>, Error<types::RpcStatus>> {
            let Self { client, idp_id } = self;
            let idp_id = idp_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/management/v1/idps/{}", client.baseurl, encode_path(& idp_id
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
                operation_id: "mgmt_get_org_idp_by_id",
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
    /**Builder for [`Client::mgmt_update_org_idp`]

[`Client::mgmt_update_org_idp`]: super::Client::mgmt_update_org_idp*/
    #[derive(Debug, Clone)]
    pub struct MgmtUpdateOrgIdp<'a> {
        client: &'a super::Client,
        idp_id: Result<types::MgmtUpdateOrgIdpIdpId, String>,
        body: Result<types::builder::UpdateIdpRequest, String>,
    }
    impl<'a> MgmtUpdateOrgIdp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idp_id: Err("idp_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn idp_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MgmtUpdateOrgIdpIdpId>,
        {
            self.idp_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `MgmtUpdateOrgIdpIdpId` for idp_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateIdpRequest>,
            <V as std::convert::TryInto<
                types::UpdateIdpRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateIdpRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateIdpRequest,
            ) -> types::builder::UpdateIdpRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/management/v1/idps/{idpId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DetailsResponse>, Error<types::RpcStatus>> {
            let Self { client, idp_id, body } = self;
            let idp_id = idp_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateIdpRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/management/v1/idps/{}", client.baseurl, encode_path(& idp_id
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "mgmt_update_org_idp",
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
    /**Builder for [`Client::mgmt_remove_org_idp`]

[`Client::mgmt_remove_org_idp`]: super::Client::mgmt_remove_org_idp*/
    #[derive(Debug, Clone)]
    pub struct MgmtRemoveOrgIdp<'a> {
        client: &'a super::Client,
        idp_id: Result<types::MgmtRemoveOrgIdpIdpId, String>,
    }
    impl<'a> MgmtRemoveOrgIdp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idp_id: Err("idp_id was not initialized".to_string()),
            }
        }
        pub fn idp_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MgmtRemoveOrgIdpIdpId>,
        {
            self.idp_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `MgmtRemoveOrgIdpIdpId` for idp_id failed".to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/management/v1/idps/{idpId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::EmptyResponse>, Error<types::RpcStatus>> {
            let Self { client, idp_id } = self;
            let idp_id = idp_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/management/v1/idps/{}", client.baseurl, encode_path(& idp_id
                .to_string()),
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
                operation_id: "mgmt_remove_org_idp",
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
    /**Builder for [`Client::mgmt_deactivate_org_idp`]

[`Client::mgmt_deactivate_org_idp`]: super::Client::mgmt_deactivate_org_idp*/
    #[derive(Debug, Clone)]
    pub struct MgmtDeactivateOrgIdp<'a> {
        client: &'a super::Client,
        idp_id: Result<types::MgmtDeactivateOrgIdpIdpId, String>,
        body: Result<types::builder::EmptyRequest, String>,
    }
    impl<'a> MgmtDeactivateOrgIdp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idp_id: Err("idp_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn idp_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MgmtDeactivateOrgIdpIdpId>,
        {
            self.idp_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `MgmtDeactivateOrgIdpIdpId` for idp_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `EmptyRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EmptyRequest,
            ) -> types::builder::EmptyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/management/v1/idps/{idpId}/_deactivate`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DetailsResponse>, Error<types::RpcStatus>> {
            let Self { client, idp_id, body } = self;
            let idp_id = idp_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::EmptyRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/management/v1/idps/{}/_deactivate", client.baseurl, encode_path(&
                idp_id.to_string()),
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "mgmt_deactivate_org_idp",
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
    /**Builder for [`Client::mgmt_reactivate_org_idp`]

[`Client::mgmt_reactivate_org_idp`]: super::Client::mgmt_reactivate_org_idp*/
    #[derive(Debug, Clone)]
    pub struct MgmtReactivateOrgIdp<'a> {
        client: &'a super::Client,
        idp_id: Result<types::MgmtReactivateOrgIdpIdpId, String>,
        body: Result<types::builder::EmptyRequest, String>,
    }
    impl<'a> MgmtReactivateOrgIdp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idp_id: Err("idp_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn idp_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MgmtReactivateOrgIdpIdpId>,
        {
            self.idp_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `MgmtReactivateOrgIdpIdpId` for idp_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `EmptyRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EmptyRequest,
            ) -> types::builder::EmptyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/management/v1/idps/{idpId}/_reactivate`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DetailsResponse>, Error<types::RpcStatus>> {
            let Self { client, idp_id, body } = self;
            let idp_id = idp_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::EmptyRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/management/v1/idps/{}/_reactivate", client.baseurl, encode_path(&
                idp_id.to_string()),
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "mgmt_reactivate_org_idp",
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
    /**Builder for [`Client::mgmt_update_org_idp_jwt_config`]

[`Client::mgmt_update_org_idp_jwt_config`]: super::Client::mgmt_update_org_idp_jwt_config*/
    #[derive(Debug, Clone)]
    pub struct MgmtUpdateOrgIdpJwtConfig<'a> {
        client: &'a super::Client,
        idp_id: Result<types::MgmtUpdateOrgIdpJwtConfigIdpId, String>,
        body: Result<types::builder::UpdateJwtConfigRequest, String>,
    }
    impl<'a> MgmtUpdateOrgIdpJwtConfig<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idp_id: Err("idp_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn idp_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MgmtUpdateOrgIdpJwtConfigIdpId>,
        {
            self.idp_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `MgmtUpdateOrgIdpJwtConfigIdpId` for idp_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateJwtConfigRequest>,
            <V as std::convert::TryInto<
                types::UpdateJwtConfigRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateJwtConfigRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateJwtConfigRequest,
            ) -> types::builder::UpdateJwtConfigRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/management/v1/idps/{idpId}/jwt_config`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DetailsResponse>, Error<types::RpcStatus>> {
            let Self { client, idp_id, body } = self;
            let idp_id = idp_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateJwtConfigRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/management/v1/idps/{}/jwt_config", client.baseurl, encode_path(&
                idp_id.to_string()),
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
                operation_id: "mgmt_update_org_idp_jwt_config",
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
    /**Builder for [`Client::mgmt_update_org_idp_oidc_config`]

[`Client::mgmt_update_org_idp_oidc_config`]: super::Client::mgmt_update_org_idp_oidc_config*/
    #[derive(Debug, Clone)]
    pub struct MgmtUpdateOrgIdpOidcConfig<'a> {
        client: &'a super::Client,
        idp_id: Result<types::MgmtUpdateOrgIdpOidcConfigIdpId, String>,
        body: Result<types::builder::UpdateOidcConfigRequest, String>,
    }
    impl<'a> MgmtUpdateOrgIdpOidcConfig<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idp_id: Err("idp_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn idp_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MgmtUpdateOrgIdpOidcConfigIdpId>,
        {
            self.idp_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `MgmtUpdateOrgIdpOidcConfigIdpId` for idp_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateOidcConfigRequest>,
            <V as std::convert::TryInto<
                types::UpdateOidcConfigRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateOidcConfigRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateOidcConfigRequest,
            ) -> types::builder::UpdateOidcConfigRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/management/v1/idps/{idpId}/oidc_config`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DetailsResponse>, Error<types::RpcStatus>> {
            let Self { client, idp_id, body } = self;
            let idp_id = idp_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateOidcConfigRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/management/v1/idps/{}/oidc_config", client.baseurl, encode_path(&
                idp_id.to_string()),
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
                operation_id: "mgmt_update_org_idp_oidc_config",
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
    /**Builder for [`Client::get_idp_by_id_v2`]

[`Client::get_idp_by_id_v2`]: super::Client::get_idp_by_id_v2*/
    #[derive(Debug, Clone)]
    pub struct GetIdpByIdV2<'a> {
        client: &'a super::Client,
        id: Result<types::GetIdpByIdV2Id, String>,
    }
    impl<'a> GetIdpByIdV2<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetIdpByIdV2Id>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `GetIdpByIdV2Id` for id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/v2/idps/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetIdpV2Response>, Error<types::RpcStatus>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/idps/{}", client.baseurl, encode_path(& id.to_string()),
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
                operation_id: "get_idp_by_id_v2",
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
/// schemes, headers set from the client's configuration, idempotency), sorted by Rust
/// method name.
pub mod operations {
    /// Every operation of the spec.
    pub static ALL: [apifleet_runtime::OperationMeta; 31usize] = [
        apifleet_runtime::OperationMeta {
            id: "adminAddJwtIdp",
            rust_name: "admin_add_jwt_idp",
            method: "POST",
            path: "/admin/v1/idps/jwt",
            deprecated: Some("Use `admin_add_jwt_provider` instead."),
            security: &["bearerAuth"],
            config_headers: &[],
            idempotent: false,
        },
        apifleet_runtime::OperationMeta {
            id: "adminAddJwtProvider",
            rust_name: "admin_add_jwt_provider",
            method: "POST",
            path: "/admin/v1/idps/generic_jwt",
            deprecated: None,
            security: &["bearerAuth"],
            config_headers: &[],
            idempotent: false,
        },
        apifleet_runtime::OperationMeta {
            id: "adminAddOidcIdp",
            rust_name: "admin_add_oidc_idp",
            method: "POST",
            path: "/admin/v1/idps/oidc",
            deprecated: Some(
                "Use the generic OIDC provider endpoints (`POST /idps/generic_oidc`), which this client does not cover yet.",
            ),
            security: &["bearerAuth"],
            config_headers: &[],
            idempotent: false,
        },
        apifleet_runtime::OperationMeta {
            id: "adminDeactivateIdp",
            rust_name: "admin_deactivate_idp",
            method: "POST",
            path: "/admin/v1/idps/{idpId}/_deactivate",
            deprecated: Some("Use `admin_delete_provider` instead."),
            security: &["bearerAuth"],
            config_headers: &[],
            idempotent: false,
        },
        apifleet_runtime::OperationMeta {
            id: "adminDeleteProvider",
            rust_name: "admin_delete_provider",
            method: "DELETE",
            path: "/admin/v1/idps/templates/{id}",
            deprecated: None,
            security: &["bearerAuth"],
            config_headers: &[],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "adminGetIdpById",
            rust_name: "admin_get_idp_by_id",
            method: "GET",
            path: "/admin/v1/idps/{idpId}",
            deprecated: Some("Use `admin_get_provider_by_id` instead."),
            security: &["bearerAuth"],
            config_headers: &[],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "adminGetProviderById",
            rust_name: "admin_get_provider_by_id",
            method: "GET",
            path: "/admin/v1/idps/templates/{id}",
            deprecated: None,
            security: &["bearerAuth"],
            config_headers: &[],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "adminListIdps",
            rust_name: "admin_list_idps",
            method: "POST",
            path: "/admin/v1/idps/_search",
            deprecated: Some("Use `admin_list_providers` instead."),
            security: &["bearerAuth"],
            config_headers: &[],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "adminListProviders",
            rust_name: "admin_list_providers",
            method: "POST",
            path: "/admin/v1/idps/templates/_search",
            deprecated: None,
            security: &["bearerAuth"],
            config_headers: &[],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "adminReactivateIdp",
            rust_name: "admin_reactivate_idp",
            method: "POST",
            path: "/admin/v1/idps/{idpId}/_reactivate",
            deprecated: Some("Use `admin_add_jwt_provider` instead."),
            security: &["bearerAuth"],
            config_headers: &[],
            idempotent: false,
        },
        apifleet_runtime::OperationMeta {
            id: "adminRemoveIdp",
            rust_name: "admin_remove_idp",
            method: "DELETE",
            path: "/admin/v1/idps/{idpId}",
            deprecated: Some("Use `admin_delete_provider` instead."),
            security: &["bearerAuth"],
            config_headers: &[],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "adminUpdateIdp",
            rust_name: "admin_update_idp",
            method: "PUT",
            path: "/admin/v1/idps/{idpId}",
            deprecated: Some("Use `admin_update_jwt_provider` instead."),
            security: &["bearerAuth"],
            config_headers: &[],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "adminUpdateIdpJwtConfig",
            rust_name: "admin_update_idp_jwt_config",
            method: "PUT",
            path: "/admin/v1/idps/{idpId}/jwt_config",
            deprecated: Some("Use `admin_update_jwt_provider` instead."),
            security: &["bearerAuth"],
            config_headers: &[],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "adminUpdateIdpOidcConfig",
            rust_name: "admin_update_idp_oidc_config",
            method: "PUT",
            path: "/admin/v1/idps/{idpId}/oidc_config",
            deprecated: Some(
                "Use the generic OIDC provider endpoints (`PUT /idps/generic_oidc/{id}`), which this client does not cover yet.",
            ),
            security: &["bearerAuth"],
            config_headers: &[],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "adminUpdateJwtProvider",
            rust_name: "admin_update_jwt_provider",
            method: "PUT",
            path: "/admin/v1/idps/generic_jwt/{id}",
            deprecated: None,
            security: &["bearerAuth"],
            config_headers: &[],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "getIdpByIdV2",
            rust_name: "get_idp_by_id_v2",
            method: "GET",
            path: "/v2/idps/{id}",
            deprecated: None,
            security: &["bearerAuth"],
            config_headers: &[],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "mgmtAddJwtProvider",
            rust_name: "mgmt_add_jwt_provider",
            method: "POST",
            path: "/management/v1/idps/generic_jwt",
            deprecated: None,
            security: &["bearerAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "x-zitadel-orgid",
                    required: false,
                },
            ],
            idempotent: false,
        },
        apifleet_runtime::OperationMeta {
            id: "mgmtAddOrgJwtIdp",
            rust_name: "mgmt_add_org_jwt_idp",
            method: "POST",
            path: "/management/v1/idps/jwt",
            deprecated: Some("Use `mgmt_add_jwt_provider` instead."),
            security: &["bearerAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "x-zitadel-orgid",
                    required: false,
                },
            ],
            idempotent: false,
        },
        apifleet_runtime::OperationMeta {
            id: "mgmtAddOrgOidcIdp",
            rust_name: "mgmt_add_org_oidc_idp",
            method: "POST",
            path: "/management/v1/idps/oidc",
            deprecated: Some(
                "Use the generic OIDC provider endpoints (`POST /idps/generic_oidc`), which this client does not cover yet.",
            ),
            security: &["bearerAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "x-zitadel-orgid",
                    required: false,
                },
            ],
            idempotent: false,
        },
        apifleet_runtime::OperationMeta {
            id: "mgmtDeactivateOrgIdp",
            rust_name: "mgmt_deactivate_org_idp",
            method: "POST",
            path: "/management/v1/idps/{idpId}/_deactivate",
            deprecated: Some("Use `mgmt_delete_provider` instead."),
            security: &["bearerAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "x-zitadel-orgid",
                    required: false,
                },
            ],
            idempotent: false,
        },
        apifleet_runtime::OperationMeta {
            id: "mgmtDeleteProvider",
            rust_name: "mgmt_delete_provider",
            method: "DELETE",
            path: "/management/v1/idps/templates/{id}",
            deprecated: None,
            security: &["bearerAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "x-zitadel-orgid",
                    required: false,
                },
            ],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "mgmtGetOrgIdpById",
            rust_name: "mgmt_get_org_idp_by_id",
            method: "GET",
            path: "/management/v1/idps/{idpId}",
            deprecated: Some("Use `mgmt_get_provider_by_id` instead."),
            security: &["bearerAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "x-zitadel-orgid",
                    required: false,
                },
            ],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "mgmtGetProviderById",
            rust_name: "mgmt_get_provider_by_id",
            method: "GET",
            path: "/management/v1/idps/templates/{id}",
            deprecated: None,
            security: &["bearerAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "x-zitadel-orgid",
                    required: false,
                },
            ],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "mgmtListOrgIdps",
            rust_name: "mgmt_list_org_idps",
            method: "POST",
            path: "/management/v1/idps/_search",
            deprecated: Some("Use `mgmt_list_providers` instead."),
            security: &["bearerAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "x-zitadel-orgid",
                    required: false,
                },
            ],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "mgmtListProviders",
            rust_name: "mgmt_list_providers",
            method: "POST",
            path: "/management/v1/idps/templates/_search",
            deprecated: None,
            security: &["bearerAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "x-zitadel-orgid",
                    required: false,
                },
            ],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "mgmtReactivateOrgIdp",
            rust_name: "mgmt_reactivate_org_idp",
            method: "POST",
            path: "/management/v1/idps/{idpId}/_reactivate",
            deprecated: Some("Use `mgmt_add_jwt_provider` instead."),
            security: &["bearerAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "x-zitadel-orgid",
                    required: false,
                },
            ],
            idempotent: false,
        },
        apifleet_runtime::OperationMeta {
            id: "mgmtRemoveOrgIdp",
            rust_name: "mgmt_remove_org_idp",
            method: "DELETE",
            path: "/management/v1/idps/{idpId}",
            deprecated: Some("Use `mgmt_delete_provider` instead."),
            security: &["bearerAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "x-zitadel-orgid",
                    required: false,
                },
            ],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "mgmtUpdateJwtProvider",
            rust_name: "mgmt_update_jwt_provider",
            method: "PUT",
            path: "/management/v1/idps/generic_jwt/{id}",
            deprecated: None,
            security: &["bearerAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "x-zitadel-orgid",
                    required: false,
                },
            ],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "mgmtUpdateOrgIdp",
            rust_name: "mgmt_update_org_idp",
            method: "PUT",
            path: "/management/v1/idps/{idpId}",
            deprecated: Some("Use `mgmt_update_jwt_provider` instead."),
            security: &["bearerAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "x-zitadel-orgid",
                    required: false,
                },
            ],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "mgmtUpdateOrgIdpJwtConfig",
            rust_name: "mgmt_update_org_idp_jwt_config",
            method: "PUT",
            path: "/management/v1/idps/{idpId}/jwt_config",
            deprecated: Some("Use `mgmt_update_jwt_provider` instead."),
            security: &["bearerAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "x-zitadel-orgid",
                    required: false,
                },
            ],
            idempotent: true,
        },
        apifleet_runtime::OperationMeta {
            id: "mgmtUpdateOrgIdpOidcConfig",
            rust_name: "mgmt_update_org_idp_oidc_config",
            method: "PUT",
            path: "/management/v1/idps/{idpId}/oidc_config",
            deprecated: Some(
                "Use the generic OIDC provider endpoints (`PUT /idps/generic_oidc/{id}`), which this client does not cover yet.",
            ),
            security: &["bearerAuth"],
            config_headers: &[
                apifleet_runtime::ConfigHeader {
                    name: "x-zitadel-orgid",
                    required: false,
                },
            ],
            idempotent: true,
        },
    ];
    /// Looks an operation up by its Rust method name (what hooks receive as `OperationInfo::operation_id`).
    pub fn find(rust_name: &str) -> Option<&'static apifleet_runtime::OperationMeta> {
        ALL.binary_search_by(|m| m.rust_name.cmp(rust_name)).ok().map(|i| &ALL[i])
    }
}
impl ClientHooks<apifleet_runtime::hooks::SharedHooks> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), Error<E>> {
        let call = apifleet_runtime::hooks::Call {
            http: self.client(),
            base_url: self.baseurl(),
            operation_id: info.operation_id,
            meta: operations::find(info.operation_id),
        };
        self.inner().prepare(call, request).await.map_err(apifleet_runtime::hooks::widen)
    }
    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let call = apifleet_runtime::hooks::Call {
            http: self.client(),
            base_url: self.baseurl(),
            operation_id: info.operation_id,
            meta: operations::find(info.operation_id),
        };
        self.inner().execute(call, request).await
    }
}
