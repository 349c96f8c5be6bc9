//! Sending a request and reading its response within a size limit. Provider hooks call
//! [`execute`] from `ClientHooks::exec`.

use crate::OperationMeta;
use crate::decode::{AcceptedBody, BodyTooLarge, rebuild};
use crate::retry::{
    RetryPolicy, is_idempotent, is_retryable_error, is_retryable_status, retry_after,
};
use bytes::BytesMut;
use futures_util::StreamExt as _;
use tracing::Instrument as _;

/// Marks a response whose body this module buffered.
#[derive(Debug, Clone, Copy)]
struct Buffered;

/// The default response body limit: 16 MiB. Larger bodies become [`crate::Error::BodyTooLarge`].
pub const DEFAULT_MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

/// How one call is sent: the body limit, the retry policy, and the operation (for tracing).
#[derive(Debug, Clone, Copy)]
pub struct CallSettings<'a> {
    /// The response body limit.
    pub max_body_bytes: usize,
    /// When to try again.
    pub retry: &'a RetryPolicy,
    /// The operation being called, when known.
    pub operation: Option<&'a OperationMeta>,
}

/// Sends `request` with retries: idempotent methods are tried again on connect errors, timeouts, 429,
/// 502, 503 and 504, after the policy's backoff or the server's `Retry-After`. Before each retry,
/// `before_retry(attempt, request)` may refresh single-use credentials; `None` gives up and
/// returns the last answer. Emits one `apifleet.request` span per call and one event per attempt.
///
/// The future is boxed: it holds the connection pool's and the body reader's state (kilobytes), and
/// the generated `send()` futures that await it would otherwise carry and move all of it.
pub fn execute_with_retry<'a, F, Fut>(
    client: &'a reqwest::Client,
    request: reqwest::Request,
    settings: CallSettings<'a>,
    before_retry: F,
) -> std::pin::Pin<Box<impl Future<Output = reqwest::Result<reqwest::Response>> + 'a>>
where
    F: FnMut(u32, reqwest::Request) -> Fut + 'a,
    Fut: Future<Output = Option<reqwest::Request>> + 'a,
{
    let (operation, template) = settings
        .operation
        .map(|m| (m.id, m.path))
        .unwrap_or(("unknown", "unknown"));
    let span = tracing::info_span!(
        "apifleet.request",
        operation,
        method = %request.method(),
        path = template,
        attempts = tracing::field::Empty,
        status = tracing::field::Empty,
        duration_ms = tracing::field::Empty,
    );
    // The span is attached to the future, so it is entered only while the call is polled (a guard
    // held across `.await` would leave it entered for whatever else the thread runs meanwhile).
    Box::pin(retry_loop(client, request, settings, before_retry, span.clone()).instrument(span))
}

/// The attempts of one call, inside `span` (its `apifleet.request` span), whose outcome fields it
/// fills in.
async fn retry_loop<F, Fut>(
    client: &reqwest::Client,
    request: reqwest::Request,
    settings: CallSettings<'_>,
    mut before_retry: F,
    span: tracing::Span,
) -> reqwest::Result<reqwest::Response>
where
    F: FnMut(u32, reqwest::Request) -> Fut,
    Fut: Future<Output = Option<reqwest::Request>>,
{
    let started = std::time::Instant::now();
    // Whether a copy can be kept for a second attempt; asked without copying (a streamed body
    // cannot be sent twice). Most calls never retry, so the backoff schedule is built on demand.
    let retryable = settings.retry.max_attempts > 1
        && is_idempotent(request.method())
        && request.body().is_none_or(|b| b.as_bytes().is_some());
    let mut delays = None;
    let mut current = request;
    let mut attempt = 0u32;
    let result = loop {
        attempt += 1;
        let next = if retryable {
            copy_for_retry(&current)
        } else {
            None
        };
        let sent_at = std::time::Instant::now();
        // `execute`, written out: one async layer less for the response to be moved through.
        let result = match client.execute(current).await {
            Ok(response) => buffer(response, settings.max_body_bytes).await,
            Err(error) => Err(error),
        };
        let status = result.as_ref().map(|r| r.status().as_u16()).ok();
        tracing::debug!(
            attempt,
            status,
            elapsed_ms = sent_at.elapsed().as_millis() as u64,
            "apifleet attempt"
        );
        let again = match &result {
            Ok(response) => is_retryable_status(response.status()),
            Err(error) => is_retryable_error(error),
        };
        let (Some(next), true) = (next, again) else {
            break result;
        };
        let Some(mut delay) = delays.get_or_insert_with(|| settings.retry.delays()).next() else {
            break result;
        };
        if let Ok(response) = &result
            && let Some(wait) = retry_after(response.headers())
        {
            if wait > settings.retry.max_retry_after {
                break result;
            }
            delay = wait;
        }
        tokio::time::sleep(delay).await;
        match before_retry(attempt + 1, next).await {
            Some(refreshed) => current = refreshed,
            None => break result,
        }
    };
    span.record("attempts", attempt);
    span.record("duration_ms", started.elapsed().as_millis() as u64);
    if let Ok(response) = &result {
        span.record("status", response.status().as_u16());
    }
    result
}

/// A copy of `request` for another attempt. A request without a body or a timeout of its own (every
/// GET and DELETE the clients send) is copied field by field: `try_clone` would also allocate and
/// hash an extensions map for the (absent) timeout on every call.
fn copy_for_retry(request: &reqwest::Request) -> Option<reqwest::Request> {
    if request.body().is_some() || request.timeout().is_some() {
        return request.try_clone();
    }
    let mut copy = reqwest::Request::new(request.method().clone(), request.url().clone());
    *copy.headers_mut() = request.headers().clone();
    *copy.version_mut() = request.version();
    Some(copy)
}

/// Sends `request` once and buffers the response body, refusing more than `max_body_bytes`.
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

/// Reads a response's body into memory within the limit and hands back an equivalent response. A
/// success with an announced length within the limit is handed back unread: decoding reads it once.
pub async fn buffer(
    response: reqwest::Response,
    max_body_bytes: usize,
) -> reqwest::Result<reqwest::Response> {
    let status = response.status();
    // The common case: a success other than 202 whose announced length is within the limit. The
    // decoder reads it once; buffering it here first would only copy it.
    if status.is_success()
        && status != reqwest::StatusCode::ACCEPTED
        && response
            .content_length()
            .is_some_and(|n| n <= max_body_bytes as u64)
    {
        return Ok(response);
    }
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
    let body = match response.content_length() {
        // The length is announced and within the limit: read it in one piece, without copying.
        Some(_) => response.bytes().await?,
        None => {
            let mut body = BytesMut::new();
            let mut stream = response.bytes_stream();
            while let Some(chunk) = stream.next().await {
                let chunk = chunk?;
                if body.len() + chunk.len() > max_body_bytes {
                    return Ok(too_large());
                }
                body.extend_from_slice(&chunk);
            }
            body.freeze()
        }
    };
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
