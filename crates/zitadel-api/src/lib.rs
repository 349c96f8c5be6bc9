//! The generated half of [`apifleet-zitadel`](https://docs.rs/apifleet-zitadel): every operation and
//! type of `openapi/zitadel.yaml` (the v1 identity provider family, at the root) and of
//! `openapi/zitadel-v2.yaml` (in [`v2`], one Cargo feature per service). It is a crate of its own so
//! that editing the hand-written layer never recompiles it; use it through `apifleet-zitadel`,
//! which re-exports it as `apifleet_zitadel::generated` and builds each `Client` with its hooks
//! (tokens, organisation header, retries).
//!
//! - `generated.rs`, `v2/generated.rs`: written by `cargo xtask generate`, never by hand.
//! - `enums.rs`, `wire.rs`: hand-written types that replace some of the spec's (open string enums,
//!   `google.protobuf.Any`).

mod enums;
pub mod v2;
mod wire;
#[rustfmt::skip]
// Generated: `unwrap_used` only meets `Regex::new` on the spec's constant `pattern`s; with only some
// areas enabled (features), shared helpers and imports may go unused.
#[allow(missing_docs, missing_debug_implementations, unreachable_pub, unreachable_patterns, unused_mut, unused_imports, dead_code, clippy::all, clippy::unwrap_used)]
mod generated;

pub use enums::{
    AutoLinkingOption, IdpFieldName, IdpOwnerType, IdpState, IdpStateV2, IdpStylingType, IdpTypeV2,
    OidcMappingField, ProviderType, TextQueryMethod,
};
pub use generated::*;
pub use wire::Any;
