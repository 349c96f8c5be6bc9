//! What the spec-driven engine needs from the ZITADEL stand-in: its bearer check and the
//! gRPC-gateway `rpcStatus` error body.

use super::routes::{Shared, authenticate, lock, rpc_error};
use crate::engine::Host;
use crate::engine::spec::Operation;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

/// The operations with state, by method and path template (see `routes.rs`).
pub(crate) const STATEFUL: &[(&str, &str)] = &[
    ("GET", "/v2/idps/{id}"),
    ("POST", "/management/v1/idps/_search"),
    ("POST", "/management/v1/idps/oidc"),
    ("POST", "/management/v1/idps/jwt"),
    ("GET", "/management/v1/idps/{idpId}"),
    ("PUT", "/management/v1/idps/{idpId}"),
    ("DELETE", "/management/v1/idps/{idpId}"),
    ("POST", "/management/v1/idps/{idpId}/_deactivate"),
    ("POST", "/management/v1/idps/{idpId}/_reactivate"),
    ("PUT", "/management/v1/idps/{idpId}/oidc_config"),
    ("PUT", "/management/v1/idps/{idpId}/jwt_config"),
    ("POST", "/management/v1/idps/generic_jwt"),
    ("PUT", "/management/v1/idps/generic_jwt/{id}"),
    ("POST", "/management/v1/idps/templates/_search"),
    ("GET", "/management/v1/idps/templates/{id}"),
    ("DELETE", "/management/v1/idps/templates/{id}"),
    ("POST", "/admin/v1/idps/_search"),
    ("POST", "/admin/v1/idps/oidc"),
    ("POST", "/admin/v1/idps/jwt"),
    ("GET", "/admin/v1/idps/{idpId}"),
    ("PUT", "/admin/v1/idps/{idpId}"),
    ("DELETE", "/admin/v1/idps/{idpId}"),
    ("POST", "/admin/v1/idps/{idpId}/_deactivate"),
    ("POST", "/admin/v1/idps/{idpId}/_reactivate"),
    ("PUT", "/admin/v1/idps/{idpId}/oidc_config"),
    ("PUT", "/admin/v1/idps/{idpId}/jwt_config"),
    ("POST", "/admin/v1/idps/generic_jwt"),
    ("PUT", "/admin/v1/idps/generic_jwt/{id}"),
    ("POST", "/admin/v1/idps/templates/_search"),
    ("GET", "/admin/v1/idps/templates/{id}"),
    ("DELETE", "/admin/v1/idps/templates/{id}"),
];

/// gRPC status codes for the HTTP statuses the engine answers with.
fn grpc_code(status: StatusCode) -> i32 {
    match status {
        StatusCode::BAD_REQUEST => 3,
        StatusCode::NOT_FOUND => 5,
        StatusCode::UNAUTHORIZED => 16,
        StatusCode::METHOD_NOT_ALLOWED => 12,
        _ => 2,
    }
}

/// The engine's view of the ZITADEL stand-in.
pub(crate) struct ZitadelHost(pub(crate) Shared);

impl Host for ZitadelHost {
    fn authenticate(&self, _op: &Operation, headers: &HeaderMap) -> Result<(), Response> {
        authenticate(&lock(&self.0), headers)
    }

    fn error(&self, status: StatusCode, message: &str) -> Response {
        rpc_error(status, grpc_code(status), message, None)
    }
}
