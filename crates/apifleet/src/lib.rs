//! Typed clients for the APIs that manage apps and identities, one Cargo feature per provider
//! (all on by default):
//!
//! | feature | module | provider |
//! |---|---|---|
//! | `jtl` | [`jtl`] | JTL-Cloud ERP: every operation of JTL's ERP document 1.0 (v1) and app registration (v1, v2) |
//! | `jtl-items`, `jtl-sales-orders`, ... | [`jtl`] | JTL, only the areas named (`registration`, `general`, `items`, `customers`, `sales-orders`, `delivery-notes`, `invoices`, `returns`, `stock`) |
//! | `dfns` | [`dfns`] | Dfns: every area of its API, signed user actions |
//! | `dfns-wallets`, `dfns-keys`, ... | [`dfns`] | Dfns, only the areas named (one feature per area: `auth`, `wallets`, `keys`, `signers`, `policies`, `permissions`, `webhooks`, `exchanges`, `staking`, `networks`, `fee-sponsors`, `swaps`, `yields`, `agreements`, `vaults`, `tenant`, `payins`, `payouts`, `allocations`, `address-watches`) |
//! | `zitadel` | [`zitadel`] | ZITADEL: identity providers (Management, Admin, v2) |
//!
//! ```toml
//! apifleet = { version = "0.1", default-features = false, features = ["jtl"] }
//! # or only Dfns' wallets (with signing):
//! apifleet = { version = "0.1", default-features = false, features = ["dfns-wallets"] }
//! ```
//!
//! Every client's builder takes a [`RetryPolicy`] (the README lists what is retried and what not):
//!
//! ```
//! use apifleet::RetryPolicy;
//!
//! let jtl = apifleet::jtl::JtlClient::builder()
//!     .bearer_token("access-token")
//!     .retry(RetryPolicy { max_attempts: 5, ..RetryPolicy::default() })
//!     .build()?;
//! # let _ = jtl;
//! # Ok::<(), apifleet::jtl::ConfigError>(())
//! ```

/// JTL-Cloud ERP (see [`apifleet_jtl`]).
#[cfg(feature = "jtl-client")]
pub use apifleet_jtl as jtl;

/// Dfns (see [`apifleet_dfns`]).
#[cfg(feature = "dfns-client")]
pub use apifleet_dfns as dfns;

/// ZITADEL (see [`apifleet_zitadel`]).
#[cfg(feature = "zitadel-client")]
pub use apifleet_zitadel as zitadel;

/// How failed requests are tried again, for every provider's builder (`.retry(..)`).
pub use apifleet_runtime::retry::RetryPolicy;
