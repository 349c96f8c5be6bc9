//! Typed clients for the APIs that manage apps and identities, one Cargo feature per provider
//! (all on by default):
//!
//! | feature | module | provider |
//! |---|---|---|
//! | `jtl` | [`jtl`] | JTL-Cloud ERP: app registration, items, customers, sales orders |
//! | `zitadel` | [`zitadel`] | ZITADEL: identity providers (Management, Admin, v2) |
//!
//! ```toml
//! apifleet = { version = "0.1", default-features = false, features = ["jtl"] }
//! ```

/// JTL-Cloud ERP (see [`apifleet_jtl`]).
#[cfg(feature = "jtl")]
pub use apifleet_jtl as jtl;

/// ZITADEL (see [`apifleet_zitadel`]).
#[cfg(feature = "zitadel")]
pub use apifleet_zitadel as zitadel;
