//! Dfns' error bodies, and the 202 "policy approval pending" outcome.

use crate::generated::types;
use serde_json::{Map, Value};

/// Everything a Dfns call can fail with. A write that a policy holds for approval comes back as
/// [`apifleet_runtime::Error::Pending`]; [`ErrorExt::policy_pending`] reads it.
pub type Error = apifleet_runtime::Error<ErrorBody>;

/// Dfns' error body, whichever of its shapes arrived (`{"error": {...}}` or `{"message": ...}`).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ErrorBody {
    /// Error id, when sent.
    pub id: Option<String>,
    /// The status Dfns repeats in the body.
    pub status: Option<i64>,
    /// The message, e.g. `user action signature is missing or invalid`.
    pub message: Option<String>,
    /// Details, e.g. `{"duplicate": {...}}` on a 409.
    pub details: Map<String, Value>,
}

impl apifleet_runtime::ErrorBody for ErrorBody {
    fn code(&self) -> Option<&str> {
        self.id.as_deref()
    }

    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

impl From<types::ErrorResponse> for ErrorBody {
    fn from(e: types::ErrorResponse) -> Self {
        match e.error {
            Some(inner) => ErrorBody {
                id: inner.id,
                status: inner.status,
                message: inner.message.or(e.message),
                details: inner.details,
            },
            None => ErrorBody {
                id: None,
                status: None,
                message: e.message,
                details: e.details,
            },
        }
    }
}

/// A write held by Dfns' policy engine: nothing happened yet; an approver must decide.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PolicyPending {
    /// The approval's id, when the body names one (`id`).
    pub approval_id: Option<String>,
    /// The whole body Dfns sent.
    pub body: Value,
}

/// Dfns-specific questions to ask an [`Error`].
pub trait ErrorExt {
    /// The pending approval, if this is Dfns' 202 answer.
    fn policy_pending(&self) -> Option<PolicyPending>;
}

impl ErrorExt for Error {
    fn policy_pending(&self) -> Option<PolicyPending> {
        match self {
            apifleet_runtime::Error::Pending { body, .. } => {
                let body: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
                let approval_id = body.get("id").and_then(Value::as_str).map(str::to_string);
                Some(PolicyPending { approval_id, body })
            }
            _ => None,
        }
    }
}
