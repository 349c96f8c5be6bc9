//! Typed REST client for ZITADEL identity providers.
//!
//! - [`ZitadelClient`] (in `client.rs`): configuration, token and organisation headers.
//! - Token sources (in `token.rs`): [`PersonalAccessToken`], [`JwtProfile`] (service user key
//!   file), [`ClientCredentials`]; OAuth tokens are cached and refreshed before they expire.
//! - [`ErrorExt`] (in `error.rs`): the gRPC code of an error, and [`ErrorExt::is_not_changed`] for
//!   ZITADEL's "nothing changed" answer (HTTP 400, FAILED_PRECONDITION).
//! - `mgmt_providers` / `admin_providers` (in `paginate.rs`): `_search` as a `Stream`.
//! - [`generated`]: every operation and type, generated from `openapi/zitadel.yaml`. The deprecated
//!   generic-IDP family warns at the call site and names its replacement.
//! - [`v2`]: ZITADEL's v2 services (179 RPCs), generated from `openapi/zitadel-v2.yaml`, reached
//!   through [`ZitadelClient::v2`].
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use apifleet_zitadel::{ErrorExt as _, JwtProfile, ServiceAccountKey, ZitadelClient, types};
//!
//! let key = ServiceAccountKey::from_json(&std::fs::read_to_string("key.json")?)?;
//! let zitadel = ZitadelClient::builder()
//!     .base_url("https://example.zitadel.cloud")
//!     .token_source(JwtProfile::new("https://example.zitadel.cloud", key)?)
//!     .build()?;
//! let update = types::UpdateJwtProviderRequest::builder()
//!     .name("Partner SSO")
//!     .issuer("https://sso.partner.example")
//!     .jwt_endpoint("https://sso.partner.example/jwt")
//!     .header_name("x-auth-token");
//! match zitadel.admin_update_jwt_provider().id("2197").body(update).send().await {
//!     Ok(done) => println!("sequence {:?}", done.details.as_ref().and_then(|d| d.sequence)),
//!     Err(e) => {
//!         let e = apifleet_zitadel::Error::from(e);
//!         if !e.is_not_changed() {
//!             return Err(e.into());
//!         }
//!     }
//! }
//! # Ok(()) }
//! ```

mod client;
mod error;
/// Every operation and type, generated from `openapi/zitadel.yaml` (v1, at the root) and
/// `openapi/zitadel-v2.yaml` (in `v2`), in the crate `apifleet-zitadel-api`.
pub use apifleet_zitadel_api as generated;
mod paginate;
mod token;
pub mod v2;

pub use client::{
    ConfigError, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, ZitadelClient, ZitadelClientBuilder,
};
pub use error::{Error, ErrorBody, ErrorExt, GrpcCode};
pub use generated::Any;
pub use generated::{
    AutoLinkingOption, IdpFieldName, IdpOwnerType, IdpState, IdpStateV2, IdpStylingType, IdpTypeV2,
    OidcMappingField, ProviderType, TextQueryMethod,
};
pub use generated::{builder, types};
pub use token::{
    ClientCredentials, JwtProfile, PersonalAccessToken, REFRESH_MARGIN, ServiceAccountKey,
    TokenError, TokenFuture, TokenSource, ZITADEL_API_SCOPE,
};

/// How failed requests are tried again; pass one to the builder's `retry`.
pub use apifleet_runtime::retry::RetryPolicy;
pub use apifleet_runtime::{ErrorKind, Secret, Uint64};
