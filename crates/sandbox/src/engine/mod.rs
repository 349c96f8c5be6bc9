//! The spec-driven engine: every operation of our specs answered without code per operation.
//!
//! A request no stateful route takes reaches the engine (the stand-in's fallback). It finds the
//! operation by method and path template, checks the caller as the stand-in does, validates path,
//! query, headers and body against the spec, and answers with the provider's error shape naming
//! the offending field, or with the documented success: a body made from the response schema
//! (deterministic for the seed, path identifiers echoed) and the header `x-apifleet-sandbox: spec`.
//!
//! Modules: [`spec`] (embedded specs, indexed), `schema` (validation with `boon`), `example`
//! (values from schemas), `request` (what a request must satisfy).

mod example;
pub(crate) mod request;
mod schema;
pub mod spec;

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use example::{Examples, Fill};
use schema::Validator;
use serde::de::DeserializeOwned;
use serde_json::Value;
use spec::{Operation, SpecDoc};
use std::sync::{Arc, OnceLock};

pub use request::Problem;
pub use schema::Violation;

/// The header that marks an answer made from the spec (its value is `spec`).
pub const ANSWER_HEADER: &str = "x-apifleet-sandbox";

/// One of our specs, embedded at build time, with its compiled schemas.
#[derive(Debug)]
pub struct Api {
    spec: SpecDoc,
    validator: Validator,
}

macro_rules! embedded {
    ($fn:ident, $name:literal, $file:literal) => {
        #[doc = concat!("`openapi/", $file, "`, parsed once per process.")]
        pub fn $fn() -> Result<&'static Api, String> {
            static API: OnceLock<Result<Api, String>> = OnceLock::new();
            API.get_or_init(|| {
                Api::parse($name, include_str!(concat!("../../../../openapi/", $file)))
            })
            .as_ref()
            .map_err(Clone::clone)
        }
    };
}

impl Api {
    embedded!(jtl, "jtl-erp", "jtl-erp.yaml");
    embedded!(dfns, "dfns", "dfns.yaml");
    embedded!(zitadel, "zitadel", "zitadel.yaml");
    embedded!(zitadel_v2, "zitadel-v2", "zitadel-v2.yaml");

    /// Every embedded spec.
    pub fn all() -> Result<Vec<&'static Api>, String> {
        Ok(vec![
            Api::jtl()?,
            Api::dfns()?,
            Api::zitadel()?,
            Api::zitadel_v2()?,
        ])
    }

    fn parse(name: &'static str, yaml: &str) -> Result<Api, String> {
        let spec = SpecDoc::parse(name, yaml)?;
        let validator = Validator::new(&spec)?;
        Ok(Api { spec, validator })
    }

    /// The spec's name (`dfns`, `jtl-erp`, `zitadel`).
    pub fn name(&self) -> &'static str {
        self.spec.name
    }

    /// Every operation, most specific path first.
    pub fn operations(&self) -> &[Operation] {
        self.spec.operations()
    }

    /// The operation a request names, with its path parameters.
    pub fn find(&self, method: &str, path: &str) -> Option<(&Operation, Vec<(String, String)>)> {
        self.spec.find(method, path).ok().flatten()
    }

    /// Schemas of the spec that did not compile (none for ours; a test says so).
    pub fn schema_failures(&self) -> &[String] {
        &self.validator.failures
    }

    /// Checks a value against the schema at a JSON pointer into the spec.
    pub fn check(&self, pointer: &str, value: &Value) -> Result<(), Violation> {
        self.validator.check(pointer, value)
    }

    /// A value for the schema at `pointer`: every property (`Fill::Full`) or the required ones.
    /// The spec's `example`s are used unless the value they make breaks the schema.
    fn example(&self, pointer: &str, name: &str, seed: u64, fill: Fill) -> Value {
        let make = |examples| {
            Examples {
                spec: &self.spec,
                validator: &self.validator,
                seed,
                fill,
                examples,
            }
            .value(pointer, name, 0)
        };
        let value = make(true);
        if self.check(pointer, &value).is_err() {
            let plain = make(false);
            if self.check(pointer, &plain).is_ok() {
                return plain;
            }
        }
        value
    }

    /// Minimal valid arguments for an operation: its required parameters (those a client sets
    /// from its configuration too), and a body with the required fields when it takes one, as
    /// JSON values (deterministic for `seed`).
    pub fn arguments(&self, op: &Operation, seed: u64) -> Arguments {
        let mut args = Arguments::default();
        for param in &op.params {
            if !param.required {
                continue;
            }
            let value = match &param.schema {
                Some(pointer) => self.example(pointer, &param.name, seed, Fill::Required),
                None => Value::String(format!("sandbox-{}", param.name)),
            };
            args.params.push((param.name.clone(), value));
        }
        if let Some(pointer) = op.json_body().and_then(|m| m.schema.as_deref()) {
            args.body = Some(self.example(pointer, "body", seed, Fill::Required));
        }
        args
    }

    /// The `default` the operation's JSON body schema declares for a top-level property (through
    /// `$ref` and `allOf`): clients may send it although the caller gave none.
    pub fn body_default(&self, op: &Operation, property: &str) -> Option<Value> {
        let pointer = op.json_body()?.schema.as_deref()?;
        self.property_default(pointer, property, 0)
    }

    fn property_default(&self, pointer: &str, property: &str, depth: usize) -> Option<Value> {
        let (pointer, schema) = self.spec.resolve(pointer)?;
        if depth > 8 {
            return None;
        }
        if let Some(found) = schema
            .get("properties")
            .and_then(|p| p.get(property))
            .map(|_| format!("{pointer}/properties/{}", spec::escape(property)))
            .and_then(|p| self.spec.resolve(&p))
            .and_then(|(_, s)| s.get("default").cloned())
        {
            return Some(found);
        }
        let parts = schema.get("allOf").and_then(Value::as_array)?;
        (0..parts.len()).find_map(|i| {
            self.property_default(&format!("{pointer}/allOf/{i}"), property, depth + 1)
        })
    }

    /// The success answer for an operation: the lowest declared 2xx, with a body made from its
    /// schema (path values echoed where the body names them).
    pub fn success(&self, op: &Operation, path_values: &[(String, String)], seed: u64) -> Answer {
        let Some(success) = op.success() else {
            return Answer {
                status: 200,
                content_type: None,
                body: Vec::new(),
            };
        };
        let status = success.status.replace('X', "0").parse().unwrap_or(200);
        let Some(media) = success.content.first() else {
            return Answer {
                status,
                content_type: None,
                body: Vec::new(),
            };
        };
        let body = match (&media.schema, is_json(&media.media_type)) {
            (Some(pointer), true) => {
                let mut value = self.example(pointer, "response", seed, Fill::Full);
                let plain = value.clone();
                echo(&mut value, path_values);
                if self.check(pointer, &value).is_err() {
                    value = plain;
                }
                serde_json::to_vec(&value).unwrap_or_default()
            }
            (_, true) => b"{}".to_vec(),
            (_, false) => b"sandbox".to_vec(),
        };
        Answer {
            status,
            content_type: Some(media.media_type.clone()),
            body,
        }
    }
}

/// An answer made from the spec.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

/// Arguments for one call, as JSON values by the spec's names.
#[derive(Debug, Clone, Default)]
pub struct Arguments {
    /// Path, query and header parameters.
    pub params: Vec<(String, Value)>,
    /// The JSON body, for operations that take one.
    pub body: Option<Value>,
}

impl Arguments {
    /// A parameter as the type a generated builder takes; `Ok(None)` when it is not given.
    pub fn param<T: DeserializeOwned>(&self, name: &str) -> Result<Option<T>, String> {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| {
                serde_json::from_value(v.clone())
                    .map_err(|e| format!("parameter {name} = {v}: {e}"))
            })
            .transpose()
    }

    /// The body as the type a generated builder takes; `Ok(None)` when there is none.
    pub fn body<T: DeserializeOwned>(&self) -> Result<Option<T>, String> {
        self.body
            .as_ref()
            .map(|v| serde_json::from_value(v.clone()).map_err(|e| format!("body {v}: {e}")))
            .transpose()
    }
}

pub(crate) fn is_json(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or("").trim();
    essence == "application/json" || essence.ends_with("+json")
}

/// Puts the request's path identifiers into the answer where it has a field of the same name,
/// and the last one into `id`: `GET /wallets/{walletId}` answers the wallet asked for.
fn echo(value: &mut Value, path_values: &[(String, String)]) {
    let Value::Object(map) = value else { return };
    for (i, (name, text)) in path_values.iter().enumerate() {
        let last = i + 1 == path_values.len();
        let targets = [Some(name.as_str()), last.then_some("id")];
        for target in targets.into_iter().flatten() {
            if let Some(slot) = map.get_mut(target) {
                *slot = match slot {
                    Value::Number(_) => text
                        .parse::<i64>()
                        .map(Value::from)
                        .unwrap_or_else(|_| slot.clone()),
                    Value::String(_) => Value::String(text.clone()),
                    _ => continue,
                };
            }
        }
    }
}

/// What a stand-in decides for the engine: who may call, what its errors look like, and any
/// check of its own before a success (Dfns' signed writes). Refusals are the stand-in's own
/// responses, as its routes return them.
#[allow(clippy::result_large_err)]
pub(crate) trait Host: Send + Sync + 'static {
    /// The stand-in's own caller check (bearer token, ...).
    fn authenticate(&self, op: &Operation, headers: &HeaderMap) -> Result<(), Response>;
    /// The provider's error shape for a request to `path` (a provider may answer different API
    /// generations differently: ZITADEL's v1 `rpcStatus`, its v2 Connect errors).
    fn error(&self, path: &str, status: StatusCode, message: &str) -> Response;
    /// Runs after validation; `Ok(Some)` answers instead of the spec's success.
    fn admit(
        &self,
        _op: &Operation,
        _method: &Method,
        _uri: &Uri,
        _headers: &HeaderMap,
        _body: &Bytes,
    ) -> Result<Option<Response>, Response> {
        Ok(None)
    }
}

/// The engine behind one stand-in: its specs, its host and its seed.
pub(crate) struct Engine {
    pub(crate) apis: Vec<&'static Api>,
    pub(crate) host: Box<dyn Host>,
    pub(crate) seed: u64,
}

/// An operation found for a request: its spec, the operation and the path parameters' values.
type Located = (&'static Api, &'static Operation, Vec<(String, String)>);

// Refusals are the provider's responses, as the Host's are.
#[allow(clippy::result_large_err)]
impl Engine {
    /// The engine for a stand-in with these specs.
    pub(crate) fn new(apis: Vec<&'static Api>, host: impl Host, seed: u64) -> Arc<Engine> {
        Arc::new(Engine {
            apis,
            host: Box::new(host),
            seed,
        })
    }

    /// Answers one request from the spec; every answer, error or not, carries [`ANSWER_HEADER`].
    pub(crate) async fn answer(self: Arc<Self>, request: Request) -> Response {
        let (parts, body) = request.into_parts();
        // The recorder has already capped the body.
        let body = to_bytes(body, usize::MAX).await.unwrap_or_default();
        let response = match self.locate(parts.method.as_str(), parts.uri.path()) {
            Ok((api, op, values)) => self.reply(api, op, &values, &parts, &body),
            Err(refused) => refused,
        };
        marked(response)
    }

    /// Middleware in front of a stand-in's stateful routes, so the operations listing decides who
    /// answers: an operation the listing gives to the spec goes to the engine even where a route's
    /// template would take its path (`/v1/items/{id}` and `GET /v1/items/customfields`). With
    /// `validate`, a request for a stateful operation that breaks the spec is refused here (after
    /// the caller check) with the provider's error, before the route sees it.
    pub(crate) async fn dispatch(
        self: Arc<Self>,
        stateful: &'static [(&'static str, &'static str)],
        validate: bool,
        request: Request,
        next: axum::middleware::Next,
    ) -> Response {
        let (parts, body) = request.into_parts();
        let body = to_bytes(body, usize::MAX).await.unwrap_or_default();
        if let Ok((api, op, values)) = self.locate(parts.method.as_str(), parts.uri.path()) {
            let has_state = stateful
                .iter()
                .any(|(m, p)| *m == op.method && *p == op.path);
            if !has_state {
                return marked(self.reply(api, op, &values, &parts, &body));
            }
            if validate && let Err(refused) = self.vet(api, op, &values, &parts, &body) {
                return refused;
            }
        }
        next.run(Request::from_parts(parts, Body::from(body))).await
    }

    /// The operation a request names in one of the engine's specs, or the provider's 404 (no
    /// template fits) or 405 (only the method is wrong).
    fn locate(&self, method: &str, path: &str) -> Result<Located, Response> {
        let method = method.to_ascii_uppercase();
        let mut allowed = Vec::new();
        for api in &self.apis {
            match api.spec.find(&method, path) {
                Ok(Some((op, values))) => return Ok((*api, op, values)),
                Ok(None) => {}
                Err(methods) => allowed.extend(methods),
            }
        }
        Err(if allowed.is_empty() {
            self.host.error(
                path,
                StatusCode::NOT_FOUND,
                &format!("no operation at {path}"),
            )
        } else {
            allowed.sort();
            allowed.dedup();
            self.host.error(
                path,
                StatusCode::METHOD_NOT_ALLOWED,
                &format!("{path} takes {}", allowed.join(", ")),
            )
        })
    }

    /// The stand-in's caller check, then the request against the spec.
    fn vet(
        &self,
        api: &Api,
        op: &Operation,
        values: &[(String, String)],
        parts: &axum::http::request::Parts,
        body: &Bytes,
    ) -> Result<(), Response> {
        self.host.authenticate(op, &parts.headers)?;
        request::check(api, op, values, &parts.uri, &parts.headers, body).map_err(|problem| {
            self.host.error(
                parts.uri.path(),
                StatusCode::BAD_REQUEST,
                &problem.to_string(),
            )
        })
    }

    /// Vets the request, lets the host have its say, then answers the spec's success.
    fn reply(
        &self,
        api: &Api,
        op: &Operation,
        values: &[(String, String)],
        parts: &axum::http::request::Parts,
        body: &Bytes,
    ) -> Response {
        if let Err(refused) = self.vet(api, op, values, parts, body) {
            return refused;
        }
        match self
            .host
            .admit(op, &parts.method, &parts.uri, &parts.headers, body)
        {
            Err(refused) => return refused,
            Ok(Some(instead)) => return instead,
            Ok(None) => {}
        }
        let answer = api.success(op, values, self.seed);
        let status = StatusCode::from_u16(answer.status).unwrap_or(StatusCode::OK);
        let mut response = (status, Body::from(answer.body)).into_response();
        if let Some(content_type) = answer
            .content_type
            .and_then(|c| HeaderValue::from_str(&c).ok())
        {
            response
                .headers_mut()
                .insert(axum::http::header::CONTENT_TYPE, content_type);
        }
        response
    }
}

/// Marks an answer as the engine's.
fn marked(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(ANSWER_HEADER, HeaderValue::from_static("spec"));
    response
}

/// The axum handler that hands a request to the engine (a stand-in's fallback).
pub(crate) fn handler(
    engine: Arc<Engine>,
) -> impl Fn(Request) -> std::pin::Pin<Box<dyn Future<Output = Response> + Send>>
+ Clone
+ Send
+ Sync
+ 'static {
    move |request: Request| {
        let engine = engine.clone();
        Box::pin(engine.answer(request))
    }
}

#[cfg(test)]
mod tests;
