//! The generated half of [`apifleet-jtl`](https://docs.rs/apifleet-jtl): every operation and type of
//! `openapi/jtl-erp.yaml`, one Cargo feature per area. It is a crate of its own so that editing the
//! hand-written layer never recompiles it; use it through `apifleet-jtl`, which re-exports it as
//! `apifleet_jtl::generated` and builds the `Client` with its hooks (authentication, configured
//! headers, retries).
//!
//! - `generated.rs`: written by `cargo xtask generate`, never by hand.
//! - `enums.rs`: hand-written enums that replace some of the spec's integer and string enums.

mod enums;
#[rustfmt::skip]
// Generated: `unwrap_used` only meets `Regex::new` on the spec's constant `pattern`s; with only some
// areas enabled (features), shared helpers and imports may go unused.
#[allow(missing_docs, missing_debug_implementations, unreachable_pub, unreachable_patterns, unused_mut, unused_imports, dead_code, clippy::all, clippy::unwrap_used)]
mod generated;

pub use enums::{GrantedScopes, RegistrationStatus, RegistrationType};
pub use generated::*;
