//! Keeps a copy of the latest requests a stand-in received, so tests can assert what went over the
//! wire.

use crate::redact;
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};

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
    /// What the stand-in answered (`None` while the request is being handled, or when the
    /// answer's body could not be kept).
    pub response: Option<RecordedResponse>,
}

/// The answer a stand-in gave to a recorded request.
#[derive(Debug, Clone)]
pub struct RecordedResponse {
    pub status: u16,
    /// Header names in lower case with their values.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl RecordedResponse {
    /// The first value of a header (case-insensitive name).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
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

    /// The request as the control API lists it: credential headers redacted, a JSON body as JSON
    /// with secret-named fields (`clientSecret`, `password`, ...) redacted, any other body as text.
    pub(crate) fn to_public_json(&self) -> Value {
        let headers: Vec<Value> = self
            .headers
            .iter()
            .map(|(n, v)| json!([n, redact::header_value(n, v)]))
            .collect();
        let body = if self.body.is_empty() {
            Value::Null
        } else if let Some(mut json) = self.json() {
            redact::json_body(&mut json);
            json
        } else {
            Value::String(String::from_utf8_lossy(&self.body).into_owned())
        };
        json!({"method": self.method, "uri": self.uri, "headers": headers, "body": body})
    }
}

/// The shared, bounded request log.
#[derive(Debug, Clone)]
pub(crate) struct Recorder {
    entries: Arc<Mutex<VecDeque<RecordedRequest>>>,
    limit: usize,
    max_body_bytes: usize,
}

impl Recorder {
    pub(crate) fn new(limit: usize, max_body_bytes: usize) -> Self {
        Recorder {
            entries: Arc::default(),
            limit,
            max_body_bytes,
        }
    }

    fn lock(&self) -> MutexGuard<'_, VecDeque<RecordedRequest>> {
        self.entries.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Every request kept, oldest first.
    pub(crate) fn all(&self) -> Vec<RecordedRequest> {
        self.lock().iter().cloned().collect()
    }

    pub(crate) fn clear(&self) {
        self.lock().clear();
    }

    fn push(&self, entry: RecordedRequest) {
        if self.limit == 0 {
            return;
        }
        let mut entries = self.lock();
        while entries.len() >= self.limit {
            entries.pop_front();
        }
        entries.push_back(entry);
    }
}

/// axum middleware that appends each request to the log before handling it, and refuses bodies
/// over the limit with 413 before any handler sees them.
pub(crate) async fn record(
    State(recorder): State<Recorder>,
    request: Request,
    next: Next,
) -> Response {
    let (parts, body) = request.into_parts();
    let Ok(bytes) = to_bytes(body, recorder.max_body_bytes).await else {
        return too_large(recorder.max_body_bytes);
    };
    let mut entry = RecordedRequest {
        method: parts.method.to_string(),
        uri: parts.uri.to_string(),
        headers: text_headers(&parts.headers),
        body: bytes.to_vec(),
        response: None,
    };
    let response = next
        .run(Request::from_parts(parts, Body::from(bytes)))
        .await;
    // The answer is kept too, for the conformance check; one too large to keep is passed on
    // unrecorded.
    let (parts, body) = response.into_parts();
    match to_bytes(body, RESPONSE_LIMIT).await {
        Ok(body) => {
            entry.response = Some(RecordedResponse {
                status: parts.status.as_u16(),
                headers: text_headers(&parts.headers),
                body: body.to_vec(),
            });
            recorder.push(entry);
            Response::from_parts(parts, Body::from(body))
        }
        Err(_) => {
            recorder.push(entry);
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "the stand-in's answer was over its recording limit",
            )
                .into_response()
        }
    }
}

/// Answers larger than this are not recorded (none of the stand-ins' answers come close).
const RESPONSE_LIMIT: usize = 16 * 1024 * 1024;

fn text_headers(headers: &axum::http::HeaderMap) -> Vec<(String, String)> {
    headers
        .iter()
        .filter_map(|(n, v)| Some((n.as_str().to_string(), v.to_str().ok()?.to_string())))
        .collect()
}

fn too_large(limit: usize) -> Response {
    (
        StatusCode::PAYLOAD_TOO_LARGE,
        axum::Json(
            json!({"error": format!("request body over the sandbox's limit of {limit} bytes")}),
        ),
    )
        .into_response()
}
