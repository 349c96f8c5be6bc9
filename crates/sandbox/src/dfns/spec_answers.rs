//! What the spec-driven engine needs from the Dfns stand-in: its bearer check, its error shape,
//! and the user action check on every operation the spec signs.

use super::routes::{Shared, authenticate, error, lock, signed_write};
use crate::engine::Host;
use crate::engine::spec::Operation;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::Response;
use bytes::Bytes;

/// The operations with state, by method and path template (see `routes.rs` and `wallets.rs`).
pub(crate) const STATEFUL: &[(&str, &str)] = &[
    ("POST", "/auth/action/init"),
    ("POST", "/auth/action"),
    ("GET", "/auth/apps"),
    ("POST", "/auth/apps"),
    ("GET", "/auth/apps/{appId}"),
    ("PUT", "/auth/apps/{appId}"),
    ("DELETE", "/auth/apps/{appId}"),
    ("PUT", "/auth/apps/{appId}/activate"),
    ("PUT", "/auth/apps/{appId}/deactivate"),
    ("GET", "/auth/service-accounts"),
    ("POST", "/auth/service-accounts"),
    ("GET", "/auth/service-accounts/{serviceAccountId}"),
    ("PUT", "/auth/service-accounts/{serviceAccountId}"),
    ("DELETE", "/auth/service-accounts/{serviceAccountId}"),
    ("PUT", "/auth/service-accounts/{serviceAccountId}/activate"),
    (
        "PUT",
        "/auth/service-accounts/{serviceAccountId}/deactivate",
    ),
    ("GET", "/auth/pats"),
    ("POST", "/auth/pats"),
    ("GET", "/auth/pats/{tokenId}"),
    ("PUT", "/auth/pats/{tokenId}"),
    ("DELETE", "/auth/pats/{tokenId}"),
    ("PUT", "/auth/pats/{tokenId}/activate"),
    ("PUT", "/auth/pats/{tokenId}/deactivate"),
    ("GET", "/wallets"),
    ("POST", "/wallets"),
    ("GET", "/wallets/{walletId}"),
    ("GET", "/keys/{keyId}/signatures"),
    ("POST", "/keys/{keyId}/signatures"),
    ("GET", "/keys/{keyId}/signatures/{signatureId}"),
];

/// The steps other calls depend on: kept with [`crate::Answers::FromSpec`] too.
pub(crate) const PROTOCOL: &[(&str, &str)] =
    &[("POST", "/auth/action/init"), ("POST", "/auth/action")];

/// The engine's view of the Dfns stand-in.
pub(crate) struct DfnsHost(pub(crate) Shared);

impl Host for DfnsHost {
    fn authenticate(&self, _op: &Operation, headers: &HeaderMap) -> Result<(), Response> {
        authenticate(&lock(&self.0), headers)
    }

    fn error(&self, status: StatusCode, message: &str) -> Response {
        error(status, message)
    }

    /// Operations the spec secures with `userActionSignature` need a user action token for
    /// exactly this request, as the stateful writes do.
    fn admit(
        &self,
        op: &Operation,
        method: &Method,
        uri: &Uri,
        headers: &HeaderMap,
        body: &Bytes,
    ) -> Result<Option<Response>, Response> {
        if op.security.iter().any(|s| s == "userActionSignature") {
            signed_write(&mut lock(&self.0), method, uri, headers, body)
        } else {
            Ok(None)
        }
    }
}
