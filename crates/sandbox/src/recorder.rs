//! Keeps a copy of every request a stand-in receives, so tests can assert what went over the wire.

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use std::sync::{Arc, Mutex};

/// Requests over this size are not recorded in full (the stand-in refuses them anyway).
const MAX_RECORDED_BODY: usize = 1024 * 1024;

/// One request as the stand-in received it.
#[derive(Debug, Clone)]
pub struct RecordedRequest {
    /// Upper-case method.
    pub method: String,
    /// Path and query.
    pub uri: String,
    /// Header names in lower case with their values (values that are not text are dropped).
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl RecordedRequest {
    /// The first value of a header (case-insensitive name).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body parsed as JSON, if it is JSON.
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

/// The shared log.
pub(crate) type Log = Arc<Mutex<Vec<RecordedRequest>>>;

/// axum middleware that appends each request to the log before handling it.
pub(crate) async fn record(State(log): State<Log>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_RECORDED_BODY).await else {
        return Response::builder()
            .status(413)
            .body(Body::empty())
            .unwrap_or_default();
    };
    let entry = RecordedRequest {
        method: parts.method.to_string(),
        uri: parts.uri.to_string(),
        headers: parts
            .headers
            .iter()
            .filter_map(|(n, v)| Some((n.as_str().to_string(), v.to_str().ok()?.to_string())))
            .collect(),
        body: bytes.to_vec(),
    };
    if let Ok(mut log) = log.lock() {
        log.push(entry);
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}
