//! Sending a request and reading its response within a size limit. Provider hooks call
//! [`execute`] from `ClientHooks::exec`.

use crate::decode::{AcceptedBody, BodyTooLarge, rebuild};
use bytes::BytesMut;
use futures_util::StreamExt as _;

/// Marks a response whose body this module buffered.
#[derive(Debug, Clone, Copy)]
struct Buffered;

/// The default response body limit: 16 MiB. Larger bodies become [`crate::Error::BodyTooLarge`].
pub const DEFAULT_MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

/// Sends `request` and buffers the response body, refusing more than `max_body_bytes`.
///
/// Error responses (4xx, 5xx, and others outside 2xx) get an [`crate::Excerpt`] of their body attached, so
/// that a typed error can show what the server said even where the spec did not expect it.
pub async fn execute(
    client: &reqwest::Client,
    request: reqwest::Request,
    max_body_bytes: usize,
) -> reqwest::Result<reqwest::Response> {
    let response = client.execute(request).await?;
    buffer(response, max_body_bytes).await
}

/// Reads a response's body into memory within the limit and hands back an equivalent response.
pub async fn buffer(
    response: reqwest::Response,
    max_body_bytes: usize,
) -> reqwest::Result<reqwest::Response> {
    let status = response.status();
    let headers = response.headers().clone();
    let too_large = || {
        rebuild(
            status,
            headers.clone(),
            bytes::Bytes::new(),
            BodyTooLarge {
                limit: max_body_bytes,
            },
        )
    };
    if response
        .content_length()
        .is_some_and(|n| n > max_body_bytes as u64)
    {
        return Ok(too_large());
    }
    let mut body = BytesMut::new();
    let mut stream = response.bytes_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk?;
        if body.len() + chunk.len() > max_body_bytes {
            return Ok(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    let body = body.freeze();
    if status == reqwest::StatusCode::ACCEPTED {
        // A 202 is not carried out yet; keep its body for `Error::Pending` when the spec does not declare it.
        Ok(rebuild(status, headers, body.clone(), AcceptedBody(body)))
    } else if status.is_success() {
        let mut response = http::Response::new(reqwest::Body::from(body));
        *response.status_mut() = status;
        *response.headers_mut() = headers;
        Ok(reqwest::Response::from(response))
    } else {
        Ok(rebuild(status, headers, body, Buffered))
    }
}
