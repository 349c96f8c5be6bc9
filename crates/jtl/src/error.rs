//! JTL's error bodies and the client's error type.

use crate::generated::types;
use std::collections::BTreeMap;

/// Everything a JTL call can fail with; match on [`apifleet_runtime::Error::kind`] for the status
/// class (`PaymentRequired` is JTL's 402: no licence, or the app is not authorised by JTL).
pub type Error = apifleet_runtime::Error<ErrorBody>;

/// JTL's error body, the same for both wire generations (v1 `ErrorCode`, v2 `errorCode`, ...).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ErrorBody {
    /// A code such as `VALIDATION_ERROR` or `NOT_FOUND`.
    pub code: Option<String>,
    /// The message.
    pub message: Option<String>,
    /// Field name to problem, for validation errors.
    pub validation_errors: BTreeMap<String, String>,
}

impl apifleet_runtime::ErrorBody for ErrorBody {
    fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

impl From<types::ErrorResponse> for ErrorBody {
    fn from(e: types::ErrorResponse) -> Self {
        ErrorBody {
            code: e.error_code,
            message: e.error_message,
            validation_errors: e
                .validation_errors
                .map(|m| m.into_iter().collect())
                .unwrap_or_default(),
        }
    }
}

impl From<types::ErrorResponseV2> for ErrorBody {
    fn from(e: types::ErrorResponseV2) -> Self {
        ErrorBody {
            code: e.error_code,
            message: e.error_message,
            validation_errors: e
                .validation_errors
                .map(|m| m.into_iter().collect())
                .unwrap_or_default(),
        }
    }
}
