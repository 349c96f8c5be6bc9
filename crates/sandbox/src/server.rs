//! Serving a stand-in: the loopback listener, the layers every stand-in shares (request log,
//! body limit, tracing) and a graceful stop.

use crate::recorder::Recorder;
use crate::redact::RedactedHeaders;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use std::net::SocketAddr;
use std::time::Instant;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// Where and how a stand-in listens. Shared by the three stand-ins.
#[derive(Debug, Clone)]
pub struct ServerOptions {
    pub(crate) port: u16,
    pub(crate) max_body_bytes: usize,
    pub(crate) record_limit: usize,
    pub(crate) answers: Answers,
    pub(crate) seed: u64,
}

/// Which requests a stand-in answers from its state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Answers {
    /// The operations a flow needs keep state (see each stand-in's docs); every other operation
    /// of the spec is answered from the spec.
    #[default]
    Stateful,
    /// Every operation is answered from the spec, except the steps other calls depend on (Dfns'
    /// user action signing): contract tests that call each operation with made-up identifiers.
    FromSpec,
}

impl Default for ServerOptions {
    fn default() -> Self {
        ServerOptions {
            port: 0,
            max_body_bytes: 1024 * 1024,
            record_limit: 10_000,
            answers: Answers::Stateful,
            seed: 0,
        }
    }
}

impl ServerOptions {
    /// The port on `127.0.0.1` (default 0: the OS picks a free one).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Request bodies over this many bytes are refused with 413 (default 1 MiB).
    pub fn max_body_bytes(mut self, bytes: usize) -> Self {
        self.max_body_bytes = bytes;
        self
    }

    /// Which operations keep state (default [`Answers::Stateful`]).
    pub fn answers(mut self, answers: Answers) -> Self {
        self.answers = answers;
        self
    }

    /// The seed of the bodies made from the spec: the same seed gives the same answers
    /// (default 0).
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// How many requests the log keeps; older ones are dropped first (default 10 000), so a
    /// long-running server's memory stays bounded.
    pub fn record_limit(mut self, requests: usize) -> Self {
        self.record_limit = requests;
        self
    }
}

/// A running server; dropping it stops the server at once, [`Running::shutdown`] lets requests
/// in flight finish.
#[derive(Debug)]
pub(crate) struct Running {
    pub(crate) addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl Running {
    /// Stops accepting connections and waits for open ones to finish their requests.
    pub(crate) async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(task) = &self.task {
            task.abort();
        }
    }
}

/// Binds `127.0.0.1:<port>` and serves `app` on a background task, with the shared layers:
/// every request traced (method, path, status, latency; secrets redacted) and bodies capped.
pub(crate) async fn serve(
    provider: &'static str,
    app: Router,
    options: &ServerOptions,
) -> std::io::Result<Running> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", options.port)).await?;
    let addr = listener.local_addr()?;
    let app = app
        .layer(DefaultBodyLimit::max(options.max_body_bytes))
        .layer(axum::middleware::from_fn_with_state(provider, trace));
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        // An error here means the listener failed; the owner sees connection errors.
        let _ = axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await;
    });
    Ok(Running {
        addr,
        stop: Some(stop),
        task: Some(task),
    })
}

/// The recorder shared by a stand-in's routes, sized by its options.
pub(crate) fn recorder(options: &ServerOptions) -> Recorder {
    Recorder::new(options.record_limit, options.max_body_bytes)
}

/// Logs one event per request: at `info` the outcome, at `debug` also the headers (redacted).
/// The query string is left out: the providers' queries carry no secrets, but callers' might.
async fn trace(State(provider): State<&'static str>, request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    if tracing::enabled!(tracing::Level::DEBUG) {
        tracing::debug!(
            provider,
            %method,
            path,
            headers = %RedactedHeaders(request.headers()),
            "request received"
        );
    }
    let started = Instant::now();
    let response = next.run(request).await;
    let latency = started.elapsed();
    tracing::info!(
        provider,
        %method,
        path,
        status = response.status().as_u16(),
        latency_us = u64::try_from(latency.as_micros()).unwrap_or(u64::MAX),
        "request handled"
    );
    response
}
