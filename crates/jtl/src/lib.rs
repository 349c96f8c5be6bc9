//! Typed client for the JTL-Cloud ERP API.
//!
//! Every operation of JTL's published ERP document 1.0, the **v1** generation (PascalCase bodies,
//! int32 ids), at `/v1/...`; app registration in both generations (v2 camelCase and the deprecated
//! v1 twins). v2 (2.x) ERP operations are a breaking generation this crate does not serve yet.
//! One Cargo feature per area (`registration`, `general`, `items`, `customers`, `sales-orders`,
//! `delivery-notes`, `invoices`, `returns`, `stock`; `full` is all of them, the default).
//!
//! - [`JtlClient`] (in `client.rs`): configuration, authentication and per-tenant headers.
//! - [`register_and_wait`](JtlClient::register_and_wait) (in `registration.rs`): the app
//!   registration flow from request to API key.
//! - `<operation>_stream(page_size, configure)` for each of the 15 paged lists
//!   (`query_invoices_stream`, ...), and [`JtlClient::items`] and friends (in `paginate.rs`): list
//!   operations as a `Stream` of items.
//! - [`generated`]: every operation and type, generated from `openapi/jtl-erp.yaml`.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use apifleet_jtl::{JtlClient, WaitOptions, types};
//!
//! let jtl = JtlClient::builder()
//!     .bearer_token("access-token")
//!     .tenant_id("7b0e5c1e-3f3e-4a44-9a55-0a8d4c1f2e10")
//!     .challenge_code("my-challenge-1")
//!     .build()?;
//! let request = types::CreateAppRegistrationRequestV2::builder()
//!     .app_id("myApp/v1")
//!     .display_name("My App")
//!     .description("Syncs orders")
//!     .version("1.0.0")
//!     .provider_name("Example GmbH")
//!     .provider_website("https://example.com")
//!     .mandatory_api_scopes(vec!["all.read".to_string()])
//!     .app_icon(b"\x89PNG...".to_vec());
//! let app = jtl.register_and_wait(request, WaitOptions::default()).await?;
//! // Store app.api_key now: JTL shows it once.
//! # Ok(()) }
//! ```
//!
//! ## Deprecated operations
//!
//! Operations the spec marks `deprecated: true` carry a Rust deprecation naming the replacement,
//! so the compiler warns at the call site. With deprecations denied this does not compile:
//!
//! ```compile_fail
//! #![deny(deprecated)]
//! fn update(jtl: &apifleet_jtl::JtlClient) {
//!     // use of deprecated method: "... Use `register_app_v2` instead."
//!     let _ = jtl.update_foreign_app_by_registration_id_v1();
//! }
//! ```
//!
//! while the same code with the deprecation allowed does:
//!
//! ```
//! #![deny(deprecated)]
//! #[allow(deprecated)]
//! fn update(jtl: &apifleet_jtl::JtlClient) {
//!     let _ = jtl.update_foreign_app_by_registration_id_v1();
//! }
//! ```

mod client;
mod error;
/// Every operation and type, generated from `openapi/jtl-erp.yaml` (the crate `apifleet-jtl-api`).
pub use apifleet_jtl_api as generated;
#[cfg(any(feature = "items", feature = "customers", feature = "sales-orders"))]
mod paginate;
#[cfg(feature = "registration")]
mod registration;

pub use client::{
    Auth, ConfigError, DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, JtlClient,
    JtlClientBuilder, MAX_CHALLENGE_CODE_LEN,
};
pub use error::{Error, ErrorBody};
pub use generated::{GrantedScopes, RegistrationStatus, RegistrationType};
pub use generated::{builder, types};
#[cfg(feature = "registration")]
pub use registration::{RegisteredApp, RegistrationError, WaitOptions};

/// How failed requests are tried again; pass one to the builder's `retry`.
pub use apifleet_runtime::retry::RetryPolicy;
pub use apifleet_runtime::{Base64Bytes, ErrorKind, Secret};
