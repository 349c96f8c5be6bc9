//! The control API every stand-in serves under `/_sandbox`: list or clear the recorded requests,
//! reset the state, check that the server is up. Provider-specific controls (approving a JTL
//! registration, say) are merged in by the provider's module. Control requests are not recorded.

use crate::engine::{self, Engine};
use crate::recorder::{Recorder, record};
use axum::Router;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};
use std::sync::Arc;

/// The path prefix reserved for the control API.
pub const PREFIX: &str = "/_sandbox";

/// Puts a stand-in together: its stateful routes, with the spec-driven engine answering every
/// other operation, behind the request recorder; and the control API (the shared routes, the
/// operations list, plus `extra`) under [`PREFIX`].
pub(crate) fn assemble(
    provider: Router,
    answers: SpecAnswers,
    recorder: Recorder,
    reset: impl Fn() + Send + Sync + 'static,
    extra: Router,
) -> Router {
    let operations = answers.listing();
    let (engine, stateful, validate) = (
        answers.engine.clone(),
        answers.stateful,
        answers.validate_stateful,
    );
    let provider = provider
        .layer(axum::middleware::from_fn(move |request, next| {
            engine.clone().dispatch(stateful, validate, request, next)
        }))
        .fallback(engine::handler(answers.engine.clone()))
        .method_not_allowed_fallback(engine::handler(answers.engine));
    let reset: Arc<dyn Fn() + Send + Sync> = Arc::new(reset);
    let listed = recorder.clone();
    let cleared = recorder.clone();
    let reset_log = recorder.clone();
    let control = Router::new()
        .route(
            "/health",
            get(|| async { Json200(json!({"status": "ok"})) }),
        )
        .route(
            "/requests",
            get(move || {
                let listed = listed.clone();
                async move {
                    let requests: Vec<Value> =
                        listed.all().iter().map(|r| r.to_public_json()).collect();
                    Json200(json!({ "requests": requests }))
                }
            })
            .delete(move || {
                let cleared = cleared.clone();
                async move {
                    cleared.clear();
                    StatusCode::NO_CONTENT
                }
            }),
        )
        .route(
            "/reset",
            post(move || {
                let reset = reset.clone();
                let log = reset_log.clone();
                async move {
                    reset();
                    log.clear();
                    StatusCode::NO_CONTENT
                }
            }),
        )
        .route(
            "/operations",
            get(move || {
                let operations = operations.clone();
                async move { Json200(operations) }
            }),
        )
        .merge(extra)
        .fallback(|| async {
            error(
                StatusCode::NOT_FOUND,
                "no such control route; see the README's sandbox section",
            )
        });
    provider
        .layer(axum::middleware::from_fn_with_state(recorder, record))
        .nest(PREFIX, control)
}

/// The engine of a stand-in and the operations it keeps state for, by method and path template.
pub(crate) struct SpecAnswers {
    pub(crate) engine: Arc<Engine>,
    pub(crate) stateful: &'static [(&'static str, &'static str)],
    /// Whether requests to the stateful routes are validated against the spec first (Dfns: its
    /// routes check less than Dfns does). Stand-ins whose routes mimic the provider's own
    /// validation messages leave this off.
    pub(crate) validate_stateful: bool,
}

impl SpecAnswers {
    /// The engine for a stand-in's specs and host. `stateful` lists the operations its routes
    /// answer; with [`crate::Answers::FromSpec`] only `kept` keep their state.
    pub(crate) fn new(
        apis: Vec<&'static engine::Api>,
        host: impl engine::Host,
        options: &crate::ServerOptions,
        stateful: &'static [(&'static str, &'static str)],
        kept: &'static [(&'static str, &'static str)],
        validate_stateful: bool,
    ) -> SpecAnswers {
        SpecAnswers {
            engine: Engine::new(apis, host, options.seed),
            stateful: if options.answers == crate::Answers::Stateful {
                stateful
            } else {
                kept
            },
            validate_stateful,
        }
    }

    /// `GET /_sandbox/operations`: every operation of the stand-in's specs, and whether state or
    /// the spec answers it.
    fn listing(&self) -> Value {
        let operations: Vec<Value> = self
            .engine
            .apis
            .iter()
            .flat_map(|api| api.operations().iter().map(move |op| (api, op)))
            .map(|(api, op)| {
                let stateful = self
                    .stateful
                    .iter()
                    .any(|(m, p)| *m == op.method && *p == op.path);
                json!({
                    "spec": api.name(),
                    "operationId": op.id,
                    "method": op.method,
                    "path": op.path,
                    "answers": if stateful { "state" } else { "spec" },
                })
            })
            .collect();
        json!({ "operations": operations })
    }
}

/// A 200 JSON answer.
pub(crate) struct Json200(pub(crate) Value);

impl IntoResponse for Json200 {
    fn into_response(self) -> Response {
        (StatusCode::OK, axum::Json(self.0)).into_response()
    }
}

/// A control API error: `{"error": message}`.
pub(crate) fn error(status: StatusCode, message: &str) -> Response {
    (status, axum::Json(json!({ "error": message }))).into_response()
}

/// A field of a JSON object body, if the body is one and has it.
pub(crate) fn json_field(body: &[u8], name: &str) -> Option<Value> {
    serde_json::from_slice::<Value>(body)
        .ok()?
        .get(name)
        .cloned()
}

/// 400 for a control request whose body is not what the route takes; `example` shows what it takes.
pub(crate) fn bad_body(example: &str) -> Response {
    error(
        StatusCode::BAD_REQUEST,
        &format!("expected a JSON body {example}"),
    )
}
