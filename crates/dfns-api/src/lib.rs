//! The generated half of [`apifleet-dfns`](https://docs.rs/apifleet-dfns): every operation and type of
//! `openapi/dfns.yaml`, one Cargo feature per area. It is a crate of its own so that editing the
//! hand-written layer never recompiles it; use it through `apifleet-dfns`, which re-exports it as
//! `apifleet_dfns::generated` and builds the `Client` with its hooks (authentication, user action
//! signing, retries).
//!
//! - `generated.rs`: written by `cargo xtask generate`, never by hand.
//! - `enums.rs`: hand-written open enums that replace some of the spec's string enums.

mod enums;
#[rustfmt::skip]
// Generated: `unwrap_used` only meets `Regex::new` on the spec's constant `pattern`s; with only some
// areas enabled (features), shared helpers and imports may go unused.
#[allow(missing_docs, missing_debug_implementations, unreachable_pub, unreachable_patterns, unused_mut, unused_imports, dead_code, clippy::all, clippy::unwrap_used)]
mod generated;

pub use enums::{AccessTokenKind, ApplicationKind, UserKind};
pub use generated::*;
