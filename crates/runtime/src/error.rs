//! The typed error every provider client returns.

use progenitor_client::Error as RawError;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use std::fmt;

use crate::decode::{AcceptedBody, BodyTooLarge, DecodeFailure, OutcomeUnknown, Refused};

/// How many bytes of a response body an error keeps.
pub const EXCERPT_LIMIT: usize = 512;

/// How many bytes of a decoder's message an error keeps (serde quotes offending values in full).
const REASON_LIMIT: usize = 300;

/// Cuts a message to 300 bytes at a character boundary, saying how long it was (decoders quote
/// offending values in full; an error message must stay short).
pub fn bounded_reason(text: String) -> String {
    if text.len() <= REASON_LIMIT {
        return text;
    }
    let mut cut = REASON_LIMIT;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}... ({} bytes in all)", &text[..cut], text.len())
}

/// What a provider's error body tells a caller, whatever its shape on the wire.
pub trait ErrorBody: fmt::Debug {
    /// A short machine-readable code, if the provider sends one.
    fn code(&self) -> Option<&str>;
    /// The human-readable message, if any.
    fn message(&self) -> Option<&str>;
}

/// The start of a response body, at most [`EXCERPT_LIMIT`] bytes, as text with control characters
/// escaped. Keeps error messages short whatever a server sends.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Excerpt {
    text: String,
    total_len: usize,
}

impl Excerpt {
    /// Takes an excerpt of a body.
    pub fn of(body: &[u8]) -> Self {
        let cut = body.len().min(EXCERPT_LIMIT);
        let lossy = String::from_utf8_lossy(&body[..cut]);
        let text: String = lossy
            .chars()
            .flat_map(|c| {
                if c.is_control() && c != ' ' {
                    c.escape_default().collect::<Vec<_>>()
                } else {
                    vec![c]
                }
            })
            .collect();
        Excerpt {
            text,
            total_len: body.len(),
        }
    }

    /// The excerpt's text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The length of the whole body, in bytes.
    pub fn total_len(&self) -> usize {
        self.total_len
    }

    /// Whether the body was empty.
    pub fn is_empty(&self) -> bool {
        self.total_len == 0
    }
}

impl fmt::Debug for Excerpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for Excerpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.total_len == 0 {
            return f.write_str("(empty body)");
        }
        write!(f, "\"{}\"", self.text)?;
        if self.total_len > EXCERPT_LIMIT {
            write!(f, " ... ({} bytes in all)", self.total_len)?;
        }
        Ok(())
    }
}

/// The HTTP error classes callers branch on. Provider docs say what each means for them (for JTL,
/// `PaymentRequired` is "no licence, or the app is not authorised by JTL").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// 400
    BadRequest,
    /// 401
    Unauthorized,
    /// 402
    PaymentRequired,
    /// 403
    Forbidden,
    /// 404
    NotFound,
    /// 409
    Conflict,
    /// 410
    Gone,
    /// 412
    PreconditionFailed,
    /// 422
    UnprocessableEntity,
    /// 429
    TooManyRequests,
    /// Any other 4xx.
    OtherClientError,
    /// 5xx.
    ServerError,
}

impl ErrorKind {
    /// Classifies an error status; `None` for statuses below 400.
    pub fn from_status(status: StatusCode) -> Option<Self> {
        let known = match status.as_u16() {
            400 => Some(ErrorKind::BadRequest),
            401 => Some(ErrorKind::Unauthorized),
            402 => Some(ErrorKind::PaymentRequired),
            403 => Some(ErrorKind::Forbidden),
            404 => Some(ErrorKind::NotFound),
            409 => Some(ErrorKind::Conflict),
            410 => Some(ErrorKind::Gone),
            412 => Some(ErrorKind::PreconditionFailed),
            422 => Some(ErrorKind::UnprocessableEntity),
            429 => Some(ErrorKind::TooManyRequests),
            _ => None,
        };
        known.or(if status.is_client_error() {
            Some(ErrorKind::OtherClientError)
        } else if status.is_server_error() {
            Some(ErrorKind::ServerError)
        } else {
            None
        })
    }
}

/// A provider answered with an error status.
#[derive(Debug)]
pub struct ApiError<B> {
    /// The HTTP status.
    pub status: StatusCode,
    /// The provider's error body, when it sent one we could read.
    pub body: Option<B>,
    /// The start of the raw body (re-encoded from `body` when the generated code decoded it).
    pub excerpt: Excerpt,
    /// The response headers (rate-limit headers, request ids).
    pub headers: HeaderMap,
}

/// Everything a call can fail with. `B` is the provider's error body.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<B> {
    /// Refused before anything was sent: a bad argument or configuration.
    InvalidRequest(String),
    /// The request or response did not get through: connection, TLS, timeout, a broken body stream.
    Transport(reqwest::Error),
    /// The provider answered with an error status (4xx or 5xx).
    Api(ApiError<B>),
    /// A success status whose body is not what the spec describes.
    InvalidResponse {
        /// The HTTP status; absent only if the generated code bypassed the runtime's decoding.
        status: Option<StatusCode>,
        /// Why decoding failed.
        reason: String,
        /// The start of the body.
        excerpt: Excerpt,
    },
    /// HTTP 202: the provider accepted the request but has not carried it out (for Dfns: a policy
    /// requires approval first). Nothing was done yet; `body` says what is pending.
    Pending {
        /// The HTTP status (202).
        status: StatusCode,
        /// The whole body (bounded by the client's body limit).
        body: bytes::Bytes,
    },
    /// A status the spec does not list for this operation (for example a redirect).
    UnexpectedStatus {
        /// The HTTP status.
        status: StatusCode,
        /// The start of the body.
        excerpt: Excerpt,
    },
    /// The response body is larger than the client's limit; it was not read.
    BodyTooLarge {
        /// The HTTP status.
        status: StatusCode,
        /// The limit, in bytes.
        limit: usize,
    },
    /// A client hook refused the call.
    Hook(String),
    /// A write that is not idempotent (POST, PATCH) failed after the request may have reached the
    /// server: the connection was reset or closed, or timed out, before the answer arrived, or the
    /// answer's body was cut off. The write may have been carried out. It was not sent again:
    /// check its effect (for example look the object up by its external id) before repeating it.
    OutcomeUnknown {
        /// The status of the answer whose body was cut off (the server then did act); `None` when
        /// no answer arrived.
        status: Option<StatusCode>,
        /// What failed.
        reason: String,
    },
}

impl<B> Error<B> {
    /// The HTTP status, when a response arrived.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::InvalidResponse { status, .. } => *status,
            Error::UnexpectedStatus { status, .. }
            | Error::BodyTooLarge { status, .. }
            | Error::Pending { status, .. } => Some(*status),
            Error::Transport(e) => e.status(),
            Error::OutcomeUnknown { status, .. } => *status,
            Error::InvalidRequest(_) | Error::Hook(_) => None,
        }
    }

    /// The error class of a provider's error answer; `None` for every other failure.
    pub fn kind(&self) -> Option<ErrorKind> {
        match self {
            Error::Api(e) => ErrorKind::from_status(e.status),
            _ => None,
        }
    }

    /// The provider's error body, if one was decoded.
    pub fn body(&self) -> Option<&B> {
        match self {
            Error::Api(e) => e.body.as_ref(),
            _ => None,
        }
    }

    /// Whether trying again later may succeed: 429, 502, 503, 504 and the transport failures the
    /// clients retry themselves (see [`crate::retry`]). Not [`Error::OutcomeUnknown`]: the write
    /// may have happened, so repeating it blindly may do it twice.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport(e) => crate::retry::is_retryable_error(e),
            Error::Api(e) => crate::retry::is_retryable_status(e.status),
            _ => false,
        }
    }

    /// Whether this is a write that may have been carried out although the call failed
    /// ([`Error::OutcomeUnknown`]).
    pub fn is_outcome_unknown(&self) -> bool {
        matches!(self, Error::OutcomeUnknown { .. })
    }
}

impl<B: ErrorBody> fmt::Display for Error<B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRequest(m) => write!(f, "invalid request (nothing was sent): {m}"),
            Error::Transport(e) => {
                write!(f, "transport error: {e}")?;
                let mut source = std::error::Error::source(e);
                while let Some(s) = source {
                    write!(f, ": {s}")?;
                    source = s.source();
                }
                Ok(())
            }
            Error::Api(e) => {
                write!(f, "HTTP {}", e.status)?;
                let code = e.body.as_ref().and_then(|b| b.code());
                let message = e.body.as_ref().and_then(|b| b.message());
                match (code, message) {
                    (None, None) => write!(f, ": {}", e.excerpt),
                    (Some(c), None) => write!(f, ": {c}"),
                    (None, Some(m)) => write!(f, ": {m}"),
                    (Some(c), Some(m)) => write!(f, ": {c}: {m}"),
                }
            }
            Error::InvalidResponse {
                status,
                reason,
                excerpt,
            } => {
                let status = status
                    .map(|s| s.to_string())
                    .unwrap_or_else(|| "unknown status".to_string());
                write!(
                    f,
                    "invalid response body (HTTP {status}): {reason}; body: {excerpt}"
                )
            }
            Error::Pending { status, body } => write!(
                f,
                "HTTP {status}: accepted but not carried out yet (pending approval); body: {}",
                Excerpt::of(body)
            ),
            Error::UnexpectedStatus { status, excerpt } => {
                write!(
                    f,
                    "unexpected HTTP {status} for this operation; body: {excerpt}"
                )
            }
            Error::BodyTooLarge { status, limit } => {
                write!(
                    f,
                    "response body (HTTP {status}) exceeds the limit of {limit} bytes; not read"
                )
            }
            Error::Hook(m) => write!(f, "refused by a client hook: {m}"),
            Error::OutcomeUnknown { status, reason } => {
                match status {
                    Some(status) => write!(
                        f,
                        "outcome unknown: the server answered HTTP {status}, so the write was carried out, but the answer was cut off"
                    )?,
                    None => f.write_str(
                        "outcome unknown: the write may have been carried out; the connection failed after the request was sent",
                    )?,
                }
                write!(
                    f,
                    " ({reason}); not retried: check its effect before sending it again"
                )
            }
        }
    }
}

impl<B: ErrorBody> std::error::Error for Error<B> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(e),
            _ => None,
        }
    }
}

impl<B, E> From<RawError<E>> for Error<B>
where
    B: From<E>,
    E: serde::Serialize,
{
    fn from(raw: RawError<E>) -> Self {
        match raw {
            RawError::InvalidRequest(m) => Error::InvalidRequest(m),
            RawError::Custom(m) => Error::Hook(m),
            RawError::CommunicationError(e)
            | RawError::InvalidUpgrade(e)
            | RawError::ResponseBodyError(e) => Error::Transport(e),
            RawError::ErrorResponse(value) => {
                let status = value.status();
                let headers = value.headers().clone();
                let inner = value.into_inner();
                let excerpt = Excerpt::of(&serde_json::to_vec(&inner).unwrap_or_default());
                Error::Api(ApiError {
                    status,
                    body: Some(B::from(inner)),
                    excerpt,
                    headers,
                })
            }
            RawError::InvalidResponsePayload(bytes, e) => Error::InvalidResponse {
                status: None,
                reason: bounded_reason(e.to_string()),
                excerpt: Excerpt::of(&bytes),
            },
            RawError::UnexpectedResponse(response) => from_unexpected(response),
        }
    }
}

/// A response the generated code did not decode: a status outside the spec, a body that failed to
/// decode (see [`crate::decode`]), or a body over the size limit (see [`crate::transport`]).
fn from_unexpected<B>(response: reqwest::Response) -> Error<B> {
    let status = response.status();
    if let Some(unknown) = response.extensions().get::<OutcomeUnknown>() {
        return Error::OutcomeUnknown {
            status: unknown.status,
            reason: unknown.reason.clone(),
        };
    }
    if let Some(Refused(message)) = response.extensions().get::<Refused>() {
        return Error::Hook(message.clone());
    }
    if let Some(too_large) = response.extensions().get::<BodyTooLarge>() {
        return Error::BodyTooLarge {
            status,
            limit: too_large.limit,
        };
    }
    let excerpt = response
        .extensions()
        .get::<Excerpt>()
        .cloned()
        .unwrap_or_default();
    let failure = response
        .extensions()
        .get::<DecodeFailure>()
        .map(|d| d.reason.clone());
    if status == StatusCode::ACCEPTED
        && let Some(AcceptedBody(body)) = response.extensions().get::<AcceptedBody>()
    {
        return Error::Pending {
            status,
            body: body.clone(),
        };
    }
    if status.is_client_error() || status.is_server_error() {
        return Error::Api(ApiError {
            status,
            body: None,
            excerpt,
            headers: response.headers().clone(),
        });
    }
    match failure {
        Some(reason) => Error::InvalidResponse {
            status: Some(status),
            reason,
            excerpt,
        },
        None => Error::UnexpectedStatus { status, excerpt },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_is_bounded_and_escaped() {
        let body = format!("line1\r\n{}", "x".repeat(2000));
        let e = Excerpt::of(body.as_bytes());
        assert!(e.as_str().starts_with("line1\\r\\n"));
        assert!(e.as_str().len() <= EXCERPT_LIMIT + 8);
        assert!(e.to_string().ends_with("(2007 bytes in all)"), "{e}");
        assert_eq!(Excerpt::of(b"").to_string(), "(empty body)");
        assert_eq!(Excerpt::of(&[0xff, b'a']).as_str(), "\u{fffd}a");
    }
}
