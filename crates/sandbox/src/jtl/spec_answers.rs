//! What the spec-driven engine needs from the JTL stand-in: its `Authorization` and tenant checks
//! and JTL's error body.

use super::routes::{Shared, Wire, authenticate, error, lock};
use crate::engine::Host;
use crate::engine::spec::Operation;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

/// The operations with state, by method and path template (see `routes.rs`).
pub(crate) const STATEFUL: &[(&str, &str)] = &[
    ("POST", "/v1/authentication"),
    ("GET", "/v1/authentication/{registrationId}"),
    ("POST", "/v1/authentication/{registrationId}"),
    (
        "PATCH",
        "/authentication/foreign/{registrationId}/registration",
    ),
    ("PATCH", "/authentication/foreign/{appId}/app"),
    (
        "DELETE",
        "/v1/authentication/foreign/{registrationId}/registration",
    ),
    ("POST", "/v2/authentication"),
    ("GET", "/v2/authentication/{registrationId}"),
    ("POST", "/v2/authentication/{registrationId}"),
    ("POST", "/v2/authentication/foreign"),
    (
        "PATCH",
        "/v2/authentication/foreign/{registrationId}/registration",
    ),
    (
        "DELETE",
        "/v2/authentication/foreign/{registrationId}/registration",
    ),
    ("GET", "/v1/info"),
    ("GET", "/v1/items"),
    ("POST", "/v1/items"),
    ("GET", "/v1/items/{itemId}"),
    ("PATCH", "/v1/items/{itemId}"),
    ("GET", "/v1/customers"),
    ("POST", "/v1/customers"),
    ("GET", "/v1/customers/{customerId}"),
    ("PATCH", "/v1/customers/{customerId}"),
    ("DELETE", "/v1/customers/{customerId}"),
    ("GET", "/v1/salesOrders"),
    ("POST", "/v1/salesOrders"),
    ("GET", "/v1/salesOrders/{salesOrderId}"),
    ("PATCH", "/v1/salesOrders/{salesOrderId}"),
    ("GET", "/v1/salesOrders/{salesOrderId}/lineitems"),
    ("POST", "/v1/salesOrders/{salesOrderId}/lineitems"),
];

/// The engine's view of the JTL stand-in.
pub(crate) struct JtlHost(pub(crate) Shared);

impl Host for JtlHost {
    fn authenticate(&self, op: &Operation, headers: &HeaderMap) -> Result<(), Response> {
        let wire = if op.path.starts_with("/v2/") {
            Wire::V2
        } else {
            Wire::V1
        };
        authenticate(wire, &lock(&self.0), headers).map(|_tenant| ())
    }

    fn error(&self, status: StatusCode, message: &str) -> Response {
        let code = match status {
            StatusCode::NOT_FOUND => "NOT_FOUND",
            StatusCode::METHOD_NOT_ALLOWED => "METHOD_NOT_ALLOWED",
            _ => "VALIDATION_ERROR",
        };
        error(Wire::V1, status, code, message)
    }
}
