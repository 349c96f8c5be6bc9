//! Per-operation metadata that `cargo xtask generate` writes into each generated module.

/// A header the client sets from its configuration rather than per call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConfigHeader {
    /// Header name as the provider spells it.
    pub name: &'static str,
    /// Whether the operation cannot be sent without it.
    pub required: bool,
}

/// What the spec says about one operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OperationMeta {
    /// The spec's operationId.
    pub id: &'static str,
    /// The generated Rust method name; hooks receive it as `OperationInfo::operation_id`.
    pub rust_name: &'static str,
    /// Upper-case HTTP method.
    pub method: &'static str,
    /// Path template, e.g. `/v2/authentication/{registrationId}`.
    pub path: &'static str,
    /// The deprecation note, for deprecated operations.
    pub deprecated: Option<&'static str>,
    /// Security scheme names that apply (any one of them).
    pub security: &'static [&'static str],
    /// Headers the client adds from its configuration.
    pub config_headers: &'static [ConfigHeader],
    /// Whether the operation may be sent twice without doing twice what it does: the spec's
    /// `x-idempotent` where it says, else the HTTP method (GET, HEAD, PUT, DELETE, OPTIONS). The
    /// retry policy tries again only such operations (see [`crate::retry::may_send_twice`]).
    pub idempotent: bool,
}
