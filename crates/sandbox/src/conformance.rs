//! The conformance check: every request a stand-in received and every answer it gave, held to the
//! spec. A request must name an operation and satisfy its parameters and body; an answer must
//! have a declared status, a declared content type, a body valid against the schema and the
//! headers the spec requires. Tests run it over the traffic of a whole test (see
//! `apifleet_e2e::Conformant`), so a client that sends what the provider would refuse, a stand-in
//! that answers what the provider never would, and a spec that disagrees with either all fail.

use crate::engine::spec::Operation;
use crate::engine::{Api, is_json, request};
use crate::recorder::{RecordedRequest, Recorder};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Uri};
use serde_json::Value;
use std::fmt;

/// Which way a message went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Client to stand-in.
    Request,
    /// Stand-in to client.
    Response,
}

/// One place where traffic breaks the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// `operationId (METHOD /path/template)`, or the request line when no operation matches.
    pub operation: String,
    pub direction: Direction,
    /// Where in the message: a JSON path into the body (`/items/0/id`), `status`,
    /// `content-type`, `header x-...`, or the parameter.
    pub at: String,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let direction = match self.direction {
            Direction::Request => "request",
            Direction::Response => "response",
        };
        write!(
            f,
            "{}: {direction} {}: {}",
            self.operation, self.at, self.message
        )
    }
}

/// What one check found.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Requests held to the spec.
    pub requests: usize,
    /// Answers held to the spec.
    pub responses: usize,
    pub findings: Vec<Finding>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} requests and {} responses checked, {} findings",
            self.requests,
            self.responses,
            self.findings.len()
        )?;
        for finding in &self.findings {
            write!(f, "\n  {finding}")?;
        }
        Ok(())
    }
}

/// A handle on one stand-in's traffic and its specs; cheap to clone, usable after the stand-in
/// has moved.
#[derive(Debug, Clone)]
pub struct Traffic {
    log: Recorder,
    apis: Vec<&'static Api>,
}

impl Traffic {
    pub(crate) fn new(log: Recorder, apis: Vec<&'static Api>) -> Traffic {
        Traffic { log, apis }
    }

    /// Checks everything recorded so far.
    pub fn check(&self) -> Report {
        check(&self.apis, &self.log.all())
    }
}

/// Holds recorded traffic to the specs.
pub fn check(apis: &[&Api], traffic: &[RecordedRequest]) -> Report {
    let mut report = Report::default();
    for exchange in traffic {
        let uri: Uri = exchange.uri.parse().unwrap_or_default();
        let path = uri.path();
        let found = apis.iter().find_map(|api| {
            api.find(&exchange.method, path)
                .map(|(op, v)| (*api, op, v))
        });
        let Some((api, op, values)) = found else {
            report.findings.push(Finding {
                operation: format!("{} {path}", exchange.method),
                direction: Direction::Request,
                at: "path".into(),
                message: "no operation of the spec has this method and path".into(),
            });
            continue;
        };
        let label = format!("{} ({} {})", op.id, op.method, op.path);
        let headers = header_map(&exchange.headers);
        report.requests += 1;
        if let Err(problem) = request::check(api, op, &values, &uri, &headers, &exchange.body) {
            report.findings.push(Finding {
                operation: label.clone(),
                direction: Direction::Request,
                at: problem.at,
                message: problem.message,
            });
        }
        if let Some(response) = &exchange.response {
            report.responses += 1;
            for (at, message) in response_problems(api, op, response) {
                report.findings.push(Finding {
                    operation: label.clone(),
                    direction: Direction::Response,
                    at,
                    message,
                });
            }
        }
    }
    report
}

fn header_map(headers: &[(String, String)]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            map.append(name, value);
        }
    }
    map
}

fn response_problems(
    api: &Api,
    op: &Operation,
    response: &crate::recorder::RecordedResponse,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Some(declared) = op.response_for(response.status) else {
        out.push((
            "status".into(),
            format!("{} is not declared", response.status),
        ));
        return out;
    };
    for name in &declared.required_headers {
        if response.header(name).is_none() {
            out.push((format!("header {name}"), "required, missing".into()));
        }
    }
    if response.body.is_empty() {
        // An empty body is what a declaration without content means; with content declared,
        // the schema decides (below) only when there is a body to decode.
        if !declared.content.is_empty() && !declared.content.iter().all(|m| m.schema.is_none()) {
            let optional = declared.content.iter().any(|m| {
                m.schema
                    .as_deref()
                    .is_some_and(|p| api.check(p, &Value::Null).is_ok())
            });
            if !optional && response.status != 204 {
                out.push(("body".into(), "empty, but the spec declares one".into()));
            }
        }
        return out;
    }
    if declared.content.is_empty() {
        out.push((
            "body".into(),
            "the spec declares no body for this status".into(),
        ));
        return out;
    }
    let content_type = response.header("content-type").unwrap_or("");
    let essence = content_type.split(';').next().unwrap_or("").trim();
    let Some(media) = declared
        .content
        .iter()
        .find(|m| m.media_type == essence || (is_json(&m.media_type) && is_json(essence)))
    else {
        let declared_types: Vec<&str> = declared
            .content
            .iter()
            .map(|m| m.media_type.as_str())
            .collect();
        out.push((
            "content-type".into(),
            format!(
                "{content_type:?}; the spec declares {}",
                declared_types.join(", ")
            ),
        ));
        return out;
    };
    if let (Some(pointer), true) = (&media.schema, is_json(essence)) {
        match serde_json::from_slice::<Value>(&response.body) {
            Ok(body) => {
                if let Err(v) = api.check(pointer, &body) {
                    out.push((format!("body {}", v.at), v.message));
                }
            }
            Err(e) => out.push(("body".into(), format!("not JSON: {e}"))),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recorder::RecordedResponse;

    fn exchange(
        method: &str,
        uri: &str,
        body: &str,
        status: u16,
        content_type: &str,
        answer: &str,
    ) -> RecordedRequest {
        RecordedRequest {
            method: method.into(),
            uri: uri.into(),
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.as_bytes().to_vec(),
            response: Some(RecordedResponse {
                status,
                headers: vec![("content-type".into(), content_type.into())],
                body: answer.as_bytes().to_vec(),
            }),
        }
    }

    #[test]
    fn each_kind_of_break_is_found_with_operation_direction_and_place() {
        let api = Api::dfns().expect("spec");
        let wallet = r#"{"id":"wa-1","network":"Ethereum","status":"Active","signingKey":{"id":"key-1","scheme":"ECDSA","curve":"secp256k1","publicKey":"02ab"},"dateCreated":"2026-01-01T00:00:00Z","custodial":true,"tags":[]}"#;
        let traffic = [
            // Clean: a declared status, JSON, a valid body.
            exchange("GET", "/wallets/wa-1", "", 200, "application/json", wallet),
            // A status the operation does not declare.
            exchange("GET", "/wallets/wa-1", "", 302, "application/json", ""),
            // A body that breaks the schema.
            exchange(
                "GET",
                "/wallets/wa-1",
                "",
                200,
                "application/json",
                r#"{"id":5}"#,
            ),
            // A content type the spec does not declare.
            exchange("GET", "/wallets/wa-1", "", 200, "text/html", "<html>"),
            // A request body that breaks the schema.
            exchange(
                "POST",
                "/wallets",
                r#"{"network":7}"#,
                400,
                "application/json",
                r#"{"error":{"message":"x"}}"#,
            ),
            // A path no operation has.
            exchange("GET", "/nowhere", "", 404, "application/json", "{}"),
        ];
        let report = check(&[api], &traffic);
        let seen: Vec<(Direction, &str)> = report
            .findings
            .iter()
            .map(|f| (f.direction, f.at.as_str()))
            .collect();
        assert_eq!(
            seen,
            [
                (Direction::Response, "status"),
                (Direction::Response, "body /id"),
                (Direction::Response, "content-type"),
                (Direction::Request, "body at /network"),
                (Direction::Request, "path"),
            ],
            "{report}"
        );
        assert!(
            report.findings[0]
                .operation
                .starts_with("getWallet (GET /wallets/{walletId})")
        );
        assert_eq!((report.requests, report.responses), (5, 5));
    }
}
