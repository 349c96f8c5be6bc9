//! Typed clients for the APIs that manage apps and identities, one Cargo feature per provider
//! (all on by default):
//!
//! | feature | module | provider |
//! |---|---|---|
//! | `jtl` | [`jtl`] | JTL-Cloud ERP: app registration, items, customers, sales orders |
//! | `dfns` | [`dfns`] | Dfns: applications (deprecated), service accounts, personal access tokens, signed user actions |
//! | `zitadel` | [`zitadel`] | ZITADEL: identity providers (Management, Admin, v2) |
//!
//! ```toml
//! apifleet = { version = "0.1", default-features = false, features = ["jtl"] }
//! ```

/// JTL-Cloud ERP (see [`apifleet_jtl`]).
#[cfg(feature = "jtl")]
pub use apifleet_jtl as jtl;

/// Dfns (see [`apifleet_dfns`]).
#[cfg(feature = "dfns")]
pub use apifleet_dfns as dfns;

/// ZITADEL (see [`apifleet_zitadel`]).
#[cfg(feature = "zitadel")]
pub use apifleet_zitadel as zitadel;

/// How failed requests are tried again, for every provider's builder (`.retry(..)`): see the
/// README's retry rules.
pub use apifleet_runtime::retry::RetryPolicy;
