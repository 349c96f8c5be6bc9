//! One retry policy for every provider: exponential backoff with jitter (the schedule from `backon`),
//! honouring `Retry-After`, for idempotent methods only, on 429, 502, 503, 504 and every transport
//! failure that may pass: a refused or reset connection, a connection closed before or during the
//! response, a timeout, a body cut off. Every attempt is a `tracing` event inside one span per call.

use backon::{BackoffBuilder as _, ExponentialBuilder};
use reqwest::{Method, StatusCode};
use std::time::Duration;

/// How failed requests are tried again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included; 1 disables retries.
    pub max_attempts: u32,
    /// The first delay; it doubles each time, with jitter.
    pub min_delay: Duration,
    /// The longest delay between attempts.
    pub max_delay: Duration,
    /// The longest `Retry-After` honoured; a longer one ends the retries.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    /// 3 attempts, 200 ms doubling to at most 5 s, `Retry-After` up to 30 s.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            min_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(5),
            max_retry_after: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// No retries: every request is sent once.
    pub fn never() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// The waits between attempts: one fewer than [`RetryPolicy::max_attempts`], each drawn afresh.
    pub fn delays(&self) -> impl Iterator<Item = Duration> {
        ExponentialBuilder::default()
            .with_min_delay(self.min_delay)
            .with_max_delay(self.max_delay)
            .with_max_times(self.max_attempts.saturating_sub(1) as usize)
            .with_jitter()
            .build()
    }
}

/// Methods that may be sent twice without doing twice what they do.
pub fn is_idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
    )
}

/// Whether a call may be sent twice: what its operation's metadata says (the spec's
/// `x-idempotent`, or its method), else, for a request without metadata, its method
/// ([`is_idempotent`]). A read sent as a POST (ZITADEL's v2 RPCs, `_search`) retries when its spec
/// says it is idempotent; a POST the spec says nothing about is sent once.
pub fn may_send_twice(operation: Option<&crate::OperationMeta>, method: &Method) -> bool {
    operation.map_or_else(|| is_idempotent(method), |meta| meta.idempotent)
}

/// Statuses that say "try again later".
pub fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 502 | 503 | 504)
}

/// Whether a transport failure may pass on another attempt: a connection refused, reset or closed
/// before or during the response, a timeout, a body cut off. Not: a request that could not be built,
/// too many redirects. Only a request that may be sent twice is sent again (see [`is_idempotent`]).
pub fn is_retryable_error(error: &reqwest::Error) -> bool {
    error.is_connect()
        || error.is_timeout()
        || error.is_request()
        || error.is_body()
        || error.is_decode()
}

/// Whether a failed request may have reached the server: every transport failure except one
/// while connecting (nothing was sent then) or while building the request.
pub fn may_have_been_sent(error: &reqwest::Error) -> bool {
    !error.is_connect() && !error.is_builder()
}

/// `Retry-After` in seconds (HTTP dates are not honoured; the backoff applies then).
pub fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?;
    value.trim().parse::<u64>().ok().map(Duration::from_secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_idempotent_methods_and_transient_statuses_are_retried() {
        assert!(
            is_idempotent(&Method::GET)
                && is_idempotent(&Method::PUT)
                && is_idempotent(&Method::DELETE)
        );
        assert!(!is_idempotent(&Method::POST) && !is_idempotent(&Method::PATCH));
    }

    fn meta(method: &'static str, idempotent: bool) -> crate::OperationMeta {
        crate::OperationMeta {
            id: "op",
            rust_name: "op",
            method,
            path: "/op",
            deprecated: None,
            security: &[],
            config_headers: &[],
            idempotent,
        }
    }

    #[test]
    fn the_operation_says_whether_a_call_may_be_sent_twice() {
        // A read sent as POST (a Connect RPC) whose spec says it is idempotent.
        assert!(may_send_twice(Some(&meta("POST", true)), &Method::POST));
        // A PUT whose spec says it is not (a write that appends).
        assert!(!may_send_twice(Some(&meta("PUT", false)), &Method::PUT));
        // Without metadata, the method decides.
        assert!(may_send_twice(None, &Method::GET));
        assert!(!may_send_twice(None, &Method::POST));
        for code in [429, 502, 503, 504] {
            assert!(is_retryable_status(
                StatusCode::from_u16(code).expect("status")
            ));
        }
        for code in [400, 401, 404, 409, 500, 501] {
            assert!(!is_retryable_status(
                StatusCode::from_u16(code).expect("status")
            ));
        }
    }

    #[test]
    fn delays_grow_stay_bounded_and_stop() {
        let policy = RetryPolicy {
            max_attempts: 5,
            min_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(300),
            ..Default::default()
        };
        let delays: Vec<Duration> = policy.delays().collect();
        assert_eq!(delays.len(), 4, "attempts minus one");
        assert!(
            delays
                .iter()
                .all(|d| *d >= Duration::from_millis(100) && *d <= Duration::from_millis(600)),
            "{delays:?}"
        );
        assert_eq!(RetryPolicy::never().delays().count(), 0);
    }

    #[tokio::test]
    async fn a_refused_connection_is_retryable_and_was_not_sent_a_bad_request_neither() {
        let client = reqwest::Client::new();
        let unbuildable = client
            .get("http://[not-a-host")
            .build()
            .expect_err("refused while building");
        assert!(!is_retryable_error(&unbuildable) && !may_have_been_sent(&unbuildable));
        // Port 1 on loopback: nothing listens, the connection is refused.
        let refused = client
            .get("http://127.0.0.1:1/")
            .send()
            .await
            .expect_err("connection refused");
        assert!(refused.is_connect(), "{refused}");
        assert!(is_retryable_error(&refused) && !may_have_been_sent(&refused));
    }

    #[test]
    fn retry_after_reads_seconds_only() {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(reqwest::header::RETRY_AFTER, "7".parse().expect("value"));
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(7)));
        headers.insert(
            reqwest::header::RETRY_AFTER,
            "Wed, 21 Oct 2015 07:28:00 GMT".parse().expect("value"),
        );
        assert_eq!(retry_after(&headers), None);
    }
}
