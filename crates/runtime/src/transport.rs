//! Sending a request and reading its response within a size limit. Provider hooks call
//! [`execute`] from `ClientHooks::exec`.

use crate::OperationMeta;
use crate::decode::{AcceptedBody, BodyTooLarge, NO_ANSWER, OutcomeUnknown, Refused, rebuild};
use crate::retry::{
    RetryPolicy, is_retryable_error, is_retryable_status, may_have_been_sent, may_send_twice,
    retry_after,
};
use bytes::BytesMut;
use futures_util::StreamExt as _;
use reqwest::ResponseBuilderExt as _;
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

/// What a call ends with: a response (perhaps a stand-in carrying a marker from [`crate::decode`])
/// or a transport error.
pub type Outcome = reqwest::Result<reqwest::Response>;

/// Sends `request` with retries. Idempotent operations (see [`crate::retry::may_send_twice`]: the
/// operation's metadata, else the method) are tried
/// again on 429, 502, 503 and 504, after the policy's backoff or the server's `Retry-After`, and on
/// every transport failure that may pass (see [`crate::retry::is_retryable_error`]); a response's
/// body is read within its attempt, so a body cut off is retried too. Other methods are sent once;
/// when one fails after it may have reached the server, the call ends in
/// [`crate::Error::OutcomeUnknown`].
///
/// Before each retry, `before_retry(attempt, request)` may refresh single-use credentials; an
/// `Err(outcome)` ends the call with that outcome (the reason the retry could not be prepared).
/// Emits one `apifleet.request` span per call and one event per attempt.
///
/// The future is boxed: it holds the connection pool's and the body reader's state (kilobytes), and
/// the generated `send()` futures that await it would otherwise carry and move all of it.
pub fn execute_with_retry<'a, F, Fut>(
    client: &'a reqwest::Client,
    request: reqwest::Request,
    settings: CallSettings<'a>,
    before_retry: F,
) -> std::pin::Pin<Box<impl Future<Output = Outcome> + 'a>>
where
    F: FnMut(u32, reqwest::Request) -> Fut + 'a,
    Fut: Future<Output = Result<reqwest::Request, Outcome>> + 'a,
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

/// A failed attempt: the error, and the status when the answer's head had arrived.
struct Failed {
    error: reqwest::Error,
    status: Option<reqwest::StatusCode>,
}

/// The attempts of one call, inside `span` (its `apifleet.request` span), whose outcome fields it
/// fills in.
async fn retry_loop<F, Fut>(
    client: &reqwest::Client,
    request: reqwest::Request,
    settings: CallSettings<'_>,
    mut before_retry: F,
    span: tracing::Span,
) -> Outcome
where
    F: FnMut(u32, reqwest::Request) -> Fut,
    Fut: Future<Output = Result<reqwest::Request, Outcome>>,
{
    let started = std::time::Instant::now();
    let idempotent = may_send_twice(settings.operation, request.method());
    // Whether a copy can be kept for a second attempt; asked without copying (a streamed body
    // cannot be sent twice). Most calls never retry, so the backoff schedule is built on demand.
    let retryable = settings.retry.max_attempts > 1
        && idempotent
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
            Ok(response) => {
                let status = response.status();
                buffer(response, settings.max_body_bytes)
                    .await
                    .map_err(|error| Failed {
                        error,
                        status: Some(status),
                    })
            }
            Err(error) => Err(Failed {
                error,
                status: None,
            }),
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
            Err(failed) => is_retryable_error(&failed.error),
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
            Ok(refreshed) => current = refreshed,
            Err(outcome) => {
                span.record("attempts", attempt);
                span.record("duration_ms", started.elapsed().as_millis() as u64);
                return outcome;
            }
        }
    };
    span.record("attempts", attempt);
    span.record("duration_ms", started.elapsed().as_millis() as u64);
    if let Ok(response) = &result {
        span.record("status", response.status().as_u16());
    }
    match result {
        Ok(response) => Ok(response),
        Err(failed) if !idempotent && may_have_been_sent(&failed.error) => {
            Ok(outcome_unknown(failed))
        }
        Err(failed) => Err(failed.error),
    }
}

/// The stand-in response for a non-idempotent request that failed after it may have reached the
/// server (see [`OutcomeUnknown`]).
fn outcome_unknown(failed: Failed) -> reqwest::Response {
    let mut reason = failed.error.to_string();
    let mut source = std::error::Error::source(&failed.error);
    while let Some(cause) = source {
        reason.push_str(": ");
        reason.push_str(&cause.to_string());
        source = cause.source();
    }
    rebuild(
        NO_ANSWER,
        reqwest::header::HeaderMap::new(),
        bytes::Bytes::new(),
        OutcomeUnknown {
            status: failed.status,
            reason: crate::error::bounded_reason(reason),
        },
    )
}

/// A stand-in response that ends a call with [`crate::Error::Hook`] carrying `message`: for a
/// `before_retry` hook that could not prepare the next attempt.
pub fn refused(message: String) -> reqwest::Response {
    rebuild(
        NO_ANSWER,
        reqwest::header::HeaderMap::new(),
        bytes::Bytes::new(),
        Refused(message),
    )
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

/// Sends `request` once, without retries, and buffers the response body, refusing more than
/// `max_body_bytes`. Transport errors come back as they are.
///
/// Error responses (4xx, 5xx, and others outside 2xx) get an [`crate::Excerpt`] of their body attached, so
/// that a typed error can show what the server said even where the spec did not expect it.
pub async fn execute(
    client: &reqwest::Client,
    request: reqwest::Request,
    max_body_bytes: usize,
) -> Outcome {
    let response = client.execute(request).await?;
    buffer(response, max_body_bytes).await
}

/// Reads a response's body into memory within the limit and hands back an equivalent response, so
/// that a body cut off or reset fails here, within the attempt, where it can be retried.
pub async fn buffer(mut response: reqwest::Response, max_body_bytes: usize) -> Outcome {
    let status = response.status();
    // Moved out, not copied: only the body is read from the response after this.
    let headers = std::mem::take(response.headers_mut());
    let url = response.url().clone();
    let too_large = |headers| {
        rebuild(
            status,
            headers,
            bytes::Bytes::new(),
            BodyTooLarge {
                limit: max_body_bytes,
            },
        )
    };
    let body = match response.content_length() {
        Some(n) if n > max_body_bytes as u64 => return Ok(too_large(headers)),
        // The length is announced and within the limit: read it in one piece, without copying.
        Some(_) => response.bytes().await?,
        None => {
            let mut body = BytesMut::new();
            let mut stream = response.bytes_stream();
            while let Some(chunk) = stream.next().await {
                let chunk = chunk?;
                if body.len() + chunk.len() > max_body_bytes {
                    return Ok(too_large(headers));
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
        // The URL travels as an extension: without it the conversion parses a placeholder URL,
        // which costs more than the rest of the rebuild.
        let mut response = match http::Response::builder().url(url).body(()) {
            Ok(shell) => shell.map(|()| reqwest::Body::from(body)),
            // Not reached: a builder given nothing but an extension cannot fail.
            Err(_) => http::Response::new(reqwest::Body::from(body)),
        };
        *response.status_mut() = status;
        *response.headers_mut() = headers;
        Ok(reqwest::Response::from(response))
    } else {
        Ok(rebuild(status, headers, body, Buffered))
    }
}
