//! What the spec-driven engine needs from the ZITADEL stand-in: its bearer check and the
//! gRPC-gateway `rpcStatus` error body.

use super::routes::{Shared, authenticate, lock, rpc_error};
use super::v2::connect_error;
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
    // v2 (see `v2.rs`).
    (
        "POST",
        "/zitadel.org.v2.OrganizationService/AddOrganization",
    ),
    (
        "POST",
        "/zitadel.org.v2.OrganizationService/ListOrganizations",
    ),
    ("POST", "/zitadel.user.v2.UserService/AddHumanUser"),
    ("POST", "/zitadel.user.v2.UserService/CreateUser"),
    ("POST", "/zitadel.user.v2.UserService/GetUserByID"),
    ("POST", "/zitadel.user.v2.UserService/SetPassword"),
    ("POST", "/zitadel.user.v2.UserService/ListUsers"),
    ("POST", "/zitadel.session.v2.SessionService/CreateSession"),
    ("POST", "/zitadel.session.v2.SessionService/GetSession"),
    ("POST", "/zitadel.session.v2.SessionService/ListSessions"),
];

/// Connect code names for the HTTP statuses the engine answers with.
fn connect_code(status: StatusCode) -> &'static str {
    match status {
        StatusCode::BAD_REQUEST => "invalid_argument",
        StatusCode::NOT_FOUND => "not_found",
        StatusCode::UNAUTHORIZED => "unauthenticated",
        StatusCode::METHOD_NOT_ALLOWED => "unimplemented",
        _ => "unknown",
    }
}

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

    /// v2 (Connect paths, `/zitadel.<service>.v2.<Service>/<Rpc>`) answers Connect errors, v1
    /// `rpcStatus`.
    fn error(&self, path: &str, status: StatusCode, message: &str) -> Response {
        if path.starts_with("/zitadel.") {
            connect_error(connect_code(status), message, None)
        } else {
            rpc_error(status, grpc_code(status), message, None)
        }
    }
}
