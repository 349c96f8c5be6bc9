//! ZITADEL's error bodies and the gRPC codes callers branch on: the v1 APIs' `rpcStatus`
//! (`{"code": 5, "message", "details": [{"@type", ...}]}`) and the v2 services' Connect error
//! (`{"code": "not_found", "message", "details": [{"type", "value", "debug"}]}`) decode into one
//! [`ErrorBody`].

use crate::generated::Any;
use crate::generated::types;
use apifleet_runtime::int_enum;

/// Everything a ZITADEL call can fail with. See [`ErrorExt`] for the gRPC code.
pub type Error = apifleet_runtime::Error<ErrorBody>;

int_enum! {
    /// The gRPC status code in an `rpcStatus` body (not the HTTP status).
    GrpcCode {
        /// 0
        Ok = 0,
        /// 1, HTTP 408
        Cancelled = 1,
        /// 2, HTTP 500
        UnknownError = 2,
        /// 3, HTTP 400: a field failed validation.
        InvalidArgument = 3,
        /// 4, HTTP 504
        DeadlineExceeded = 4,
        /// 5, HTTP 404
        NotFound = 5,
        /// 6, HTTP 409
        AlreadyExists = 6,
        /// 7, HTTP 403
        PermissionDenied = 7,
        /// 8, HTTP 429
        ResourceExhausted = 8,
        /// 9, HTTP 400: among others, an update that changes nothing.
        FailedPrecondition = 9,
        /// 10, HTTP 409
        Aborted = 10,
        /// 11, HTTP 400
        OutOfRange = 11,
        /// 12, HTTP 501
        Unimplemented = 12,
        /// 13, HTTP 500
        Internal = 13,
        /// 14, HTTP 503
        Unavailable = 14,
        /// 15, HTTP 500
        DataLoss = 15,
        /// 16, HTTP 401
        Unauthenticated = 16,
    }
}

impl GrpcCode {
    /// The code's canonical name, e.g. `FAILED_PRECONDITION`.
    pub fn name(self) -> &'static str {
        match self {
            GrpcCode::Ok => "OK",
            GrpcCode::Cancelled => "CANCELLED",
            GrpcCode::UnknownError => "UNKNOWN",
            GrpcCode::InvalidArgument => "INVALID_ARGUMENT",
            GrpcCode::DeadlineExceeded => "DEADLINE_EXCEEDED",
            GrpcCode::NotFound => "NOT_FOUND",
            GrpcCode::AlreadyExists => "ALREADY_EXISTS",
            GrpcCode::PermissionDenied => "PERMISSION_DENIED",
            GrpcCode::ResourceExhausted => "RESOURCE_EXHAUSTED",
            GrpcCode::FailedPrecondition => "FAILED_PRECONDITION",
            GrpcCode::Aborted => "ABORTED",
            GrpcCode::OutOfRange => "OUT_OF_RANGE",
            GrpcCode::Unimplemented => "UNIMPLEMENTED",
            GrpcCode::Internal => "INTERNAL",
            GrpcCode::Unavailable => "UNAVAILABLE",
            GrpcCode::DataLoss => "DATA_LOSS",
            GrpcCode::Unauthenticated => "UNAUTHENTICATED",
            GrpcCode::Unknown(_) => "UNRECOGNISED_CODE",
        }
    }

    /// The code a Connect error names (`not_found`, `failed_precondition`, ...); Connect spells
    /// CANCELLED `canceled`. `None` for a name Connect does not define.
    pub fn from_connect_name(name: &str) -> Option<GrpcCode> {
        let code = match name {
            "canceled" => GrpcCode::Cancelled,
            "unknown" => GrpcCode::UnknownError,
            "invalid_argument" => GrpcCode::InvalidArgument,
            "deadline_exceeded" => GrpcCode::DeadlineExceeded,
            "not_found" => GrpcCode::NotFound,
            "already_exists" => GrpcCode::AlreadyExists,
            "permission_denied" => GrpcCode::PermissionDenied,
            "resource_exhausted" => GrpcCode::ResourceExhausted,
            "failed_precondition" => GrpcCode::FailedPrecondition,
            "aborted" => GrpcCode::Aborted,
            "out_of_range" => GrpcCode::OutOfRange,
            "unimplemented" => GrpcCode::Unimplemented,
            "internal" => GrpcCode::Internal,
            "unavailable" => GrpcCode::Unavailable,
            "data_loss" => GrpcCode::DataLoss,
            "unauthenticated" => GrpcCode::Unauthenticated,
            _ => return None,
        };
        Some(code)
    }
}

/// ZITADEL's error body, decoded.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ErrorBody {
    /// The gRPC code.
    pub code: Option<GrpcCode>,
    /// The message, e.g. `Errors.IDPConfig.NotChanged (INSTANCE-3n9gg)`.
    pub message: Option<String>,
    /// The details.
    pub details: Vec<Any>,
}

impl ErrorBody {
    /// ZITADEL's error id (e.g. `COMMAND-uXHNj`) from the first `zitadel.v1.ErrorDetail`.
    pub fn error_id(&self) -> Option<&str> {
        self.details.iter().find_map(|d| d.field("id"))
    }
}

impl apifleet_runtime::ErrorBody for ErrorBody {
    fn code(&self) -> Option<&str> {
        self.code.map(GrpcCode::name)
    }

    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

impl From<types::RpcStatus> for ErrorBody {
    fn from(s: types::RpcStatus) -> Self {
        ErrorBody {
            code: s.code.map(GrpcCode::from_value),
            message: s.message,
            details: s.details,
        }
    }
}

/// A v2 Connect error. Each detail keeps its type name (`zitadel.v1.ErrorDetail`) as the type URL,
/// its decoded `debug` fields (`id`, `message`, ...) as fields, and its base64 `value` under `value`.
/// A code name Connect does not define becomes [`GrpcCode::Unknown`]`(-1)`.
impl From<crate::v2::types::ConnectError> for ErrorBody {
    fn from(e: crate::v2::types::ConnectError) -> Self {
        let details = e
            .details
            .into_iter()
            .map(|d| {
                let mut fields = match d.debug {
                    Some(serde_json::Value::Object(map)) => map,
                    _ => serde_json::Map::new(),
                };
                if let Some(value) = d.value {
                    fields.insert("value".into(), serde_json::Value::String(value));
                }
                Any {
                    type_url: d.type_,
                    fields,
                }
            })
            .collect();
        ErrorBody {
            code: e
                .code
                .map(|name| GrpcCode::from_connect_name(&name).unwrap_or(GrpcCode::Unknown(-1))),
            message: e.message,
            details,
        }
    }
}

/// ZITADEL-specific questions to ask an [`Error`].
pub trait ErrorExt {
    /// The gRPC code of the error body, if ZITADEL sent one.
    fn grpc_code(&self) -> Option<GrpcCode>;

    /// Whether this is ZITADEL's answer to an update that changes nothing: HTTP 400 with
    /// FAILED_PRECONDITION (ZITADEL documents 409; it sends 400). Usually safe to ignore.
    fn is_not_changed(&self) -> bool;
}

impl ErrorExt for Error {
    fn grpc_code(&self) -> Option<GrpcCode> {
        self.body().and_then(|b| b.code)
    }

    fn is_not_changed(&self) -> bool {
        self.status().map(|s| s.as_u16()) == Some(400)
            && self.grpc_code() == Some(GrpcCode::FailedPrecondition)
    }
}
