//! Shared runtime of the apifleet clients.
//!
//! Everything two providers need alike lives here once: the redacting [`Secret`], the typed
//! [`Error`], the response plumbing the generated code calls ([`decode`], [`transport`]), header
//! validation, the [`Base64Bytes`] wire type and a page-number [`paginate`] helper. Provider crates
//! re-export what their users touch.

pub mod config;
pub mod decode;
mod error;
pub mod headers;
pub mod hooks;
mod meta;
pub mod paginate;
pub mod retry;
mod secret;
pub mod transport;
mod wire;
pub mod wire_enum;

pub use error::{ApiError, EXCERPT_LIMIT, Error, ErrorBody, ErrorKind, Excerpt, bounded_reason};
pub use meta::{ConfigHeader, OperationMeta};
pub use secret::Secret;
pub use wire::{Base64Bytes, Uint64};

/// Re-exported so that provider crates and their users name one version of the generated-code runtime.
pub use progenitor_client;
