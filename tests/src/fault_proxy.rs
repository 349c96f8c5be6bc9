//! An in-process HTTP/1.1 proxy that breaks requests on purpose, for testing how the clients survive
//! a flaky network. It sits between a client and a sandbox stand-in, decides per request whether to
//! inject a [`Fault`] (from a script, or drawn from a seeded generator) and logs what it saw, so a
//! test can count how often a request reached it. Every connection carries one request
//! (`connection: close`); every wait is bounded.

use rand::rngs::StdRng;
use rand::{Rng as _, SeedableRng as _};
use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};

/// What the proxy does to a request instead of passing it through untouched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Fault {
    /// Answers 503 itself; the request does not reach the server.
    Unavailable,
    /// Answers 429 with `Retry-After: 0` itself; the request does not reach the server.
    TooManyRequestsRetryAfter0,
    /// Answers 429 with `Retry-After: 1` itself; the request does not reach the server.
    TooManyRequestsRetryAfter1,
    /// Passes the request on, then resets the connection before any of the answer is sent: the
    /// server has acted, the client cannot know.
    ResetBeforeResponse,
    /// Passes the request on and sends the answer's head, then resets the connection.
    ResetAfterHeaders,
    /// Passes the request on, sends the head and half the body, then closes the connection.
    CutBody,
    /// Passes the request on and holds the answer back for [`Plan::slow_for`] (longer than the
    /// client's timeout).
    Slow,
}

impl Fault {
    /// Every fault, in declaration order.
    pub const ALL: [Fault; 7] = [
        Fault::Unavailable,
        Fault::TooManyRequestsRetryAfter0,
        Fault::TooManyRequestsRetryAfter1,
        Fault::ResetBeforeResponse,
        Fault::ResetAfterHeaders,
        Fault::CutBody,
        Fault::Slow,
    ];

    /// Whether the request reaches the server under this fault.
    pub fn reaches_server(self) -> bool {
        !matches!(
            self,
            Fault::Unavailable
                | Fault::TooManyRequestsRetryAfter0
                | Fault::TooManyRequestsRetryAfter1
        )
    }
}

/// Which requests may be faulted: `(method, path)`.
type Eligible = Box<dyn Fn(&str, &str) -> bool + Send + Sync>;

/// How the proxy picks faults.
pub struct Plan {
    script: VecDeque<Option<Fault>>,
    random: Option<(StdRng, f64, Vec<Fault>)>,
    eligible: Eligible,
    slow_for: Duration,
}

impl std::fmt::Debug for Plan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Plan")
            .field("script", &self.script)
            .field("random", &self.random.as_ref().map(|(_, p, k)| (p, k)))
            .field("slow_for", &self.slow_for)
            .finish_non_exhaustive()
    }
}

impl Plan {
    /// The eligible requests get these faults in order (`None`: pass through), then none.
    pub fn script<I: IntoIterator<Item = Option<Fault>>>(faults: I) -> Self {
        Plan {
            script: faults.into_iter().collect(),
            random: None,
            eligible: Box::new(|_, _| true),
            slow_for: Duration::from_millis(500),
        }
    }

    /// Every eligible request is faulted with probability `rate`, the fault drawn evenly from
    /// `kinds`, from a generator seeded with `seed` (the same sequence of requests meets the same
    /// faults).
    pub fn random(seed: u64, rate: f64, kinds: &[Fault]) -> Self {
        Plan {
            random: Some((StdRng::seed_from_u64(seed), rate, kinds.to_vec())),
            ..Plan::script([])
        }
    }

    /// Only requests for which `eligible(method, path)` holds are faulted (and consume the script).
    pub fn only(mut self, eligible: impl Fn(&str, &str) -> bool + Send + Sync + 'static) -> Self {
        self.eligible = Box::new(eligible);
        self
    }

    /// How long [`Fault::Slow`] holds an answer back (default 500 ms).
    pub fn slow_for(mut self, delay: Duration) -> Self {
        self.slow_for = delay;
        self
    }

    fn next(&mut self, method: &str, path: &str) -> Option<Fault> {
        if !(self.eligible)(method, path) {
            return None;
        }
        if let Some(scripted) = self.script.pop_front() {
            return scripted;
        }
        let (rng, rate, kinds) = self.random.as_mut()?;
        if kinds.is_empty() || !rng.gen_bool(rate.clamp(0.0, 1.0)) {
            return None;
        }
        Some(kinds[rng.gen_range(0..kinds.len())])
    }
}

/// One request the proxy received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    /// The method.
    pub method: String,
    /// The path and query.
    pub path: String,
    /// The fault injected, if any.
    pub fault: Option<Fault>,
}

/// The most requests the log keeps.
const LOG_LIMIT: usize = 100_000;
/// The largest request head read.
const HEAD_LIMIT: usize = 64 * 1024;
/// The largest request body read.
const BODY_LIMIT: usize = 1024 * 1024;
/// How long a connection may take to send its request.
const READ_LIMIT: Duration = Duration::from_secs(10);

struct Shared {
    plan: Mutex<Plan>,
    log: Mutex<Vec<Seen>>,
    upstream: String,
    http: reqwest::Client,
}

/// A running fault proxy; dropping it stops it.
#[derive(Debug)]
pub struct FaultProxy {
    addr: SocketAddr,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Shared")
            .field("upstream", &self.upstream)
            .finish_non_exhaustive()
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl FaultProxy {
    /// Listens on 127.0.0.1 and forwards to `upstream` (a base URL without a path, e.g. a
    /// sandbox's), injecting faults as `plan` says.
    pub async fn start(upstream: &str, plan: Plan) -> std::io::Result<Self> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .build()
            .map_err(std::io::Error::other)?;
        let shared = Arc::new(Shared {
            plan: Mutex::new(plan),
            log: Mutex::new(Vec::new()),
            upstream: upstream.trim_end_matches('/').to_string(),
            http,
        });
        let serving = shared.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve(stream, serving.clone()));
            }
        });
        Ok(FaultProxy { addr, shared, task })
    }

    /// The proxy's base URL.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Every request received so far, in order.
    pub fn seen(&self) -> Vec<Seen> {
        lock(&self.shared.log).clone()
    }

    /// How many received requests had `method` and a path starting with `path`.
    pub fn count(&self, method: &str, path: &str) -> usize {
        lock(&self.shared.log)
            .iter()
            .filter(|s| s.method == method && s.path.starts_with(path))
            .count()
    }

    /// Replaces the plan.
    pub fn set_plan(&self, plan: Plan) {
        *lock(&self.shared.plan) = plan;
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A request as read off the wire.
struct Incoming {
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

/// Reads one request (head, then a `content-length` body); `None` on anything malformed or slow.
async fn read_request(stream: &mut TcpStream) -> Option<Incoming> {
    let mut buffer = Vec::new();
    let head_end = loop {
        if let Some(i) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        if buffer.len() > HEAD_LIMIT {
            return None;
        }
        let mut chunk = [0u8; 4096];
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
    };
    let head = std::str::from_utf8(&buffer[..head_end]).ok()?;
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let method = request_line.next()?.to_string();
    let path = request_line.next()?.to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let length = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    if length > BODY_LIMIT {
        return None;
    }
    let mut body = buffer[head_end + 4..].to_vec();
    while body.len() < length {
        let mut chunk = vec![0u8; length - body.len()];
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    body.truncate(length);
    Some(Incoming {
        method,
        path,
        headers,
        body,
    })
}

/// The answer from upstream: status line parts, headers and the whole body.
struct Answer {
    status: reqwest::StatusCode,
    headers: Vec<(String, Vec<u8>)>,
    body: Vec<u8>,
}

async fn forward(shared: &Shared, request: Incoming) -> Option<Answer> {
    let method = reqwest::Method::from_bytes(request.method.as_bytes()).ok()?;
    let mut outgoing = shared
        .http
        .request(method, format!("{}{}", shared.upstream, request.path));
    for (name, value) in &request.headers {
        if !matches!(
            name.as_str(),
            "host" | "connection" | "content-length" | "transfer-encoding"
        ) {
            outgoing = outgoing.header(name, value);
        }
    }
    let response = outgoing.body(request.body).send().await.ok()?;
    let status = response.status();
    let headers = response
        .headers()
        .iter()
        .filter(|(n, _)| {
            !matches!(
                n.as_str(),
                "connection" | "content-length" | "transfer-encoding"
            )
        })
        .map(|(n, v)| (n.as_str().to_string(), v.as_bytes().to_vec()))
        .collect();
    let body = response.bytes().await.ok()?.to_vec();
    Some(Answer {
        status,
        headers,
        body,
    })
}

/// The head of `answer` as bytes, announcing its whole body and closing the connection.
fn head(answer: &Answer) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 {} {}\r\n",
        answer.status.as_u16(),
        answer.status.canonical_reason().unwrap_or("")
    )
    .into_bytes();
    for (name, value) in &answer.headers {
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(b": ");
        out.extend_from_slice(value);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(
        format!(
            "content-length: {}\r\nconnection: close\r\n\r\n",
            answer.body.len()
        )
        .as_bytes(),
    );
    out
}

/// An answer the proxy gives itself, without asking upstream.
fn own_answer(status: u16, retry_after: Option<u32>) -> Vec<u8> {
    let retry_after = retry_after
        .map(|s| format!("retry-after: {s}\r\n"))
        .unwrap_or_default();
    format!(
        "HTTP/1.1 {status} Injected\r\ncontent-length: 0\r\n{retry_after}connection: close\r\n\r\n"
    )
    .into_bytes()
}

/// Resets the connection (RST instead of an orderly close).
fn reset(stream: TcpStream) {
    let _ = stream.set_zero_linger();
    drop(stream);
}

async fn serve(mut stream: TcpStream, shared: Arc<Shared>) {
    let Ok(Some(request)) = tokio::time::timeout(READ_LIMIT, read_request(&mut stream)).await
    else {
        return;
    };
    let fault = lock(&shared.plan).next(&request.method, &request.path);
    {
        let mut log = lock(&shared.log);
        if log.len() < LOG_LIMIT {
            log.push(Seen {
                method: request.method.clone(),
                path: request.path.clone(),
                fault,
            });
        }
    }
    match fault {
        Some(Fault::Unavailable) => {
            let _ = stream.write_all(&own_answer(503, None)).await;
            return;
        }
        Some(Fault::TooManyRequestsRetryAfter0) => {
            let _ = stream.write_all(&own_answer(429, Some(0))).await;
            return;
        }
        Some(Fault::TooManyRequestsRetryAfter1) => {
            let _ = stream.write_all(&own_answer(429, Some(1))).await;
            return;
        }
        _ => {}
    }
    let slow_for = lock(&shared.plan).slow_for;
    let Some(answer) = forward(&shared, request).await else {
        let _ = stream.write_all(&own_answer(502, None)).await;
        return;
    };
    match fault {
        Some(Fault::ResetBeforeResponse) => reset(stream),
        Some(Fault::ResetAfterHeaders) => {
            let _ = stream.write_all(&head(&answer)).await;
            let _ = stream.flush().await;
            // Let the head arrive on its own before the reset.
            tokio::time::sleep(Duration::from_millis(20)).await;
            reset(stream);
        }
        Some(Fault::CutBody) => {
            let mut out = head(&answer);
            out.extend_from_slice(&answer.body[..answer.body.len() / 2]);
            let _ = stream.write_all(&out).await;
            let _ = stream.shutdown().await;
        }
        Some(Fault::Slow) => {
            tokio::time::sleep(slow_for).await;
            let mut out = head(&answer);
            out.extend_from_slice(&answer.body);
            let _ = stream.write_all(&out).await;
        }
        _ => {
            let mut out = head(&answer);
            out.extend_from_slice(&answer.body);
            let _ = stream.write_all(&out).await;
            let _ = stream.shutdown().await;
        }
    }
}
