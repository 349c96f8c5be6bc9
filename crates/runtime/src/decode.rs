//! Response decoding that the generated code calls (`cargo xtask generate` routes progenitor's
//! `ResponseValue::from_response` here).
//!
//! progenitor reports a body that fails to decode as `InvalidResponsePayload`, which drops the HTTP
//! status. Here such a response comes back as `UnexpectedResponse` with its status, headers and
//! body intact and a [`DecodeFailure`] attached, so [`crate::Error`] can say what arrived.

use crate::Excerpt;
use bytes::Bytes;
use progenitor_client::{Error, ResponseValue};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;

/// Attached to a response whose body did not decode as the spec's type.
#[derive(Debug, Clone)]
pub struct DecodeFailure {
    /// The decoder's message.
    pub reason: String,
}

/// Attached by [`crate::transport`] to a 202 response: its whole body, for [`crate::Error::Pending`].
#[derive(Debug, Clone)]
pub struct AcceptedBody(pub Bytes);

/// Attached by [`crate::transport`] to a response whose body exceeded the client's limit.
#[derive(Debug, Clone, Copy)]
pub struct BodyTooLarge {
    /// The limit, in bytes.
    pub limit: usize,
}

/// Attached by [`crate::transport`] to the stand-in response of a non-idempotent request (POST,
/// PATCH) that failed after it may have reached the server; becomes [`crate::Error::OutcomeUnknown`].
#[derive(Debug, Clone)]
pub struct OutcomeUnknown {
    /// The status of the answer whose body was then cut off; `None` when no answer arrived.
    pub status: Option<StatusCode>,
    /// What failed (the transport error and its causes).
    pub reason: String,
}

/// Attached to the stand-in response of a call that a client hook ended while retrying (for
/// Dfns: signing a retried write failed); becomes [`crate::Error::Hook`] with this message.
#[derive(Debug, Clone)]
pub struct Refused(pub String);

/// The status of a stand-in response that carries no answer (an [`OutcomeUnknown`] without one,
/// a [`Refused`] call): no operation declares it, so the generated code hands it back undecoded.
pub const NO_ANSWER: StatusCode = match StatusCode::from_u16(999) {
    Ok(status) => status,
    Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
};

/// Decodes a JSON body into `T`, keeping the status when that fails.
///
/// Boxed for the same reason as [`crate::transport::execute_with_retry`]: the body reader's state
/// would otherwise be part of every generated `send()` future.
pub fn from_response<T: DeserializeOwned, E>(
    response: reqwest::Response,
) -> std::pin::Pin<Box<impl Future<Output = Result<ResponseValue<T>, Error<E>>>>> {
    Box::pin(decode(response))
}

async fn decode<T: DeserializeOwned, E>(
    mut response: reqwest::Response,
) -> Result<ResponseValue<T>, Error<E>> {
    let extensions = response.extensions();
    // A response that already says why the call failed is handed back undecoded.
    if extensions.get::<BodyTooLarge>().is_some()
        || extensions.get::<DecodeFailure>().is_some()
        || extensions.get::<OutcomeUnknown>().is_some()
        || extensions.get::<Refused>().is_some()
    {
        return Err(Error::UnexpectedResponse(response));
    }
    let status = response.status();
    // Moved out, not copied: the body is all that is read from the response after this.
    let headers = std::mem::take(response.headers_mut());
    let body = response.bytes().await.map_err(Error::ResponseBodyError)?;
    match serde_json::from_slice(&body) {
        Ok(inner) => Ok(ResponseValue::new(inner, status, headers)),
        Err(e) => {
            let reason = if body.is_empty() {
                "the body is empty".to_string()
            } else {
                crate::error::bounded_reason(e.to_string())
            };
            Err(Error::UnexpectedResponse(rebuild(
                status,
                headers,
                body,
                DecodeFailure { reason },
            )))
        }
    }
}

/// Attached to an error response whose status the spec declares without a body.
#[derive(Debug, Clone, Copy)]
pub struct DeclaredWithoutBody;

/// The error for a status the spec declares without a body (JTL's 401, 402 and 410): the
/// generated code answers it with this instead of decoding, and [`crate::Error`] turns it into
/// [`crate::Error::Api`] with the status, the headers and no body (whatever did arrive is kept
/// as the excerpt). progenitor takes one error body type per operation; this is how a body-less
/// status shares the operation's error type.
pub fn error_without_body<E>(
    response: reqwest::Response,
) -> std::pin::Pin<Box<impl Future<Output = Error<E>>>> {
    Box::pin(without_body(response))
}

async fn without_body<E>(mut response: reqwest::Response) -> Error<E> {
    if response.extensions().get::<BodyTooLarge>().is_some() {
        return Error::UnexpectedResponse(response);
    }
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    match response.bytes().await {
        Ok(body) => Error::UnexpectedResponse(rebuild(status, headers, body, DeclaredWithoutBody)),
        Err(e) => Error::ResponseBodyError(e),
    }
}

/// A response with the given parts, the body's excerpt and one marker attached.
pub(crate) fn rebuild<M: Clone + Send + Sync + 'static>(
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    marker: M,
) -> reqwest::Response {
    let excerpt = Excerpt::of(&body);
    let mut response = http::Response::new(reqwest::Body::from(body));
    *response.status_mut() = status;
    *response.headers_mut() = headers;
    response.extensions_mut().insert(excerpt);
    response.extensions_mut().insert(marker);
    reqwest::Response::from(response)
}
