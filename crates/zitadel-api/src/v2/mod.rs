//! ZITADEL's v2 services, generated from `openapi/zitadel-v2.yaml`: one Cargo feature per service.

#[rustfmt::skip]
// Generated: `unwrap_used` only meets `Regex::new` on the spec's constant `pattern`s; with only some
// areas enabled (features), shared helpers and imports may go unused.
#[allow(missing_docs, missing_debug_implementations, unreachable_pub, unreachable_patterns, unused_mut, unused_imports, dead_code, clippy::all, clippy::unwrap_used)]
mod generated;

pub use generated::*;
