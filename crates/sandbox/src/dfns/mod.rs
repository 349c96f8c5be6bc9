//! A stand-in for Dfns: applications, service accounts, personal access tokens, and wallets with
//! signatures (each wallet holds a real secp256k1 or Ed25519 key; see `wallets.rs`), with real user
//! action signing.
//!
//! Behaviour the clients rely on:
//! - `Authorization: Bearer <token>` required (401 `Not Authorized.` otherwise);
//! - `POST /auth/action/init` issues a fresh random challenge bound to the method, path and payload
//!   it names; `POST /auth/action` **verifies** the Key credential's signature over the exact clientData
//!   bytes against the registered public key (Ed25519, ECDSA P-256 or secp256k1 DER, RSA PKCS#1 v1.5
//!   SHA-256) and
//!   issues a single-use user action token;
//! - every write needs that token in `X-DFNS-USERACTION`, for the same method, path and exact body:
//!   missing, unknown or mismatched → 403, reused → 400;
//! - with [`DfnsSandbox::require_approval`], signed writes answer 202 with a pending approval;
//! - errors are Dfns-shaped: `{"error": {"status", "message"}}`.

mod routes;
mod spec_answers;
mod state;
pub mod verify;
mod wallets;

use crate::control::{Json200, bad_body, json_field as field};
use crate::recorder::{RecordedRequest, Recorder};
use crate::server::{Running, ServerOptions, recorder, serve};
use axum::response::IntoResponse;
use state::Store;
use std::sync::{Arc, Mutex, MutexGuard};

pub use verify::PublicKey;

/// How the stand-in is set up.
#[derive(Debug, Clone, Default)]
pub struct DfnsSandboxConfig {
    pub(crate) accepted_tokens: Option<Vec<String>>,
    pub(crate) credentials: Vec<(String, String)>,
    /// Credential id → the bearer token of the user who owns it.
    pub(crate) owners: Vec<(String, String)>,
    pub(crate) require_approval: bool,
    pub(crate) accept_unsigned_writes: bool,
    pub(crate) server: ServerOptions,
}

impl DfnsSandboxConfig {
    /// Only these bearer tokens are accepted (default: any non-empty token).
    pub fn accepted_tokens<I: IntoIterator<Item = S>, S: Into<String>>(
        mut self,
        tokens: I,
    ) -> Self {
        self.accepted_tokens = Some(tokens.into_iter().map(Into::into).collect());
        self
    }

    /// Registers a Key credential: its id and its public key (SPKI PEM). A second call with the
    /// same id replaces the key, so a command-line flag can override a seed file.
    pub fn credential(
        mut self,
        credential_id: impl Into<String>,
        public_key_pem: impl Into<String>,
    ) -> Self {
        let (id, pem) = (credential_id.into(), public_key_pem.into());
        match self.credentials.iter_mut().find(|(known, _)| *known == id) {
            Some(entry) => entry.1 = pem,
            None => self.credentials.push((id, pem)),
        }
        self
    }

    /// Registers a Key credential owned by the user behind bearer token `token`: only that
    /// caller sees it in `allowCredentials` and may sign with it. Credentials registered with
    /// [`DfnsSandboxConfig::credential`] belong to the default user, whom every token that owns
    /// no credential stands for.
    pub fn user_credential(
        mut self,
        token: impl Into<String>,
        credential_id: impl Into<String>,
        public_key_pem: impl Into<String>,
    ) -> Self {
        let id = credential_id.into();
        self = self.credential(id.clone(), public_key_pem);
        self.owners.retain(|(known, _)| *known != id);
        self.owners.push((id, token.into()));
        self
    }

    /// Start with signed writes held for policy approval (see [`DfnsSandbox::require_approval`]).
    pub fn require_approval(mut self, on: bool) -> Self {
        self.require_approval = on;
        self
    }

    /// Accept writes without a user action token (default false). Not how Dfns behaves: it is the
    /// baseline for measuring what signing costs, and a stand-in for clients that sign elsewhere.
    pub fn accept_unsigned_writes(mut self, on: bool) -> Self {
        self.accept_unsigned_writes = on;
        self
    }

    /// Port, body limit and request log size.
    pub fn server(mut self, options: ServerOptions) -> Self {
        self.server = options;
        self
    }
}

/// A running Dfns stand-in; dropping it stops the server.
#[derive(Debug)]
pub struct DfnsSandbox {
    running: Running,
    apis: Vec<&'static crate::engine::Api>,
    store: Arc<Mutex<Store>>,
    log: Recorder,
}

impl DfnsSandbox {
    /// Starts a stand-in on `127.0.0.1`, on the configured port (default: OS-assigned). Fails if
    /// a credential's public key cannot be parsed.
    pub async fn start(config: DfnsSandboxConfig) -> std::io::Result<Self> {
        let log = recorder(&config.server);
        let options = config.server.clone();
        let store = Store::new(config).map_err(std::io::Error::other)?;
        let store = Arc::new(Mutex::new(store));
        let reset = store.clone();
        let stateful = options.answers == crate::Answers::Stateful;
        let apis = vec![crate::engine::Api::dfns().map_err(std::io::Error::other)?];
        let answers = crate::control::SpecAnswers::new(
            apis.clone(),
            spec_answers::DfnsHost(store.clone()),
            &options,
            spec_answers::STATEFUL,
            spec_answers::PROTOCOL,
            true,
        );
        let app = crate::control::assemble(
            routes::router(store.clone(), stateful),
            answers,
            log.clone(),
            move || lock(&reset).reset(),
            control(store.clone()),
        );
        let running = serve("dfns", app, &options).await?;
        Ok(DfnsSandbox {
            running,
            apis,
            store,
            log,
        })
    }

    /// Stops accepting connections and lets requests in flight finish.
    pub async fn shutdown(self) {
        self.running.shutdown().await;
    }

    /// The base URL to configure a client with.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.running.addr)
    }

    fn store(&self) -> MutexGuard<'_, Store> {
        lock(&self.store)
    }

    /// Adds a legacy application (as if created earlier) and returns its id.
    pub fn add_application(&self, name: &str) -> String {
        self.store().seed_application(name)
    }

    /// When on, signed writes are held for policy approval: 202 and nothing changes.
    pub fn require_approval(&self, on: bool) {
        self.store().require_approval = on;
    }

    /// The stored object (application, service account or token) with this id, as JSON.
    pub fn object(&self, id: &str) -> Option<serde_json::Value> {
        self.store().find(id).cloned()
    }

    /// Every request received so far, oldest first.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.log.all()
    }

    /// A handle on this stand-in's traffic for the conformance check (see [`crate::conformance`]).
    pub fn traffic(&self) -> crate::conformance::Traffic {
        crate::conformance::Traffic::new(self.log.clone(), self.apis.clone())
    }
}

fn lock(store: &Mutex<Store>) -> MutexGuard<'_, Store> {
    store.lock().unwrap_or_else(|p| p.into_inner())
}

/// Dfns' part of the control API: `PUT /_sandbox/approval` with `{"required": true}` holds signed
/// writes for approval; `POST /_sandbox/applications` with `{"name": ...}` adds a legacy application.
fn control(store: Arc<Mutex<Store>>) -> axum::Router {
    use axum::routing::{post, put};
    let apps = store.clone();
    axum::Router::new()
        .route(
            "/approval",
            put(move |body: axum::body::Bytes| {
                let store = store.clone();
                async move {
                    match field(&body, "required").and_then(|v| v.as_bool()) {
                        Some(on) => {
                            lock(&store).require_approval = on;
                            Json200(serde_json::json!({ "required": on })).into_response()
                        }
                        None => bad_body("{\"required\": true}"),
                    }
                }
            }),
        )
        .route(
            "/applications",
            post(move |body: axum::body::Bytes| {
                let store = apps.clone();
                async move {
                    match field(&body, "name").and_then(|v| v.as_str().map(str::to_string)) {
                        Some(name) if !name.is_empty() => {
                            let mut store = lock(&store);
                            let id = store.seed_application(&name);
                            let app = store.find(&id).cloned().unwrap_or_default();
                            Json200(app).into_response()
                        }
                        _ => bad_body("{\"name\": \"My app\"}"),
                    }
                }
            }),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_credential_id_given_twice_keeps_the_later_key() {
        let config = DfnsSandboxConfig::default()
            .credential("cr-1", "FILE KEY")
            .credential("cr-2", "OTHER KEY")
            .credential("cr-1", "FLAG KEY");
        assert_eq!(
            config.credentials,
            [
                ("cr-1".to_string(), "FLAG KEY".to_string()),
                ("cr-2".to_string(), "OTHER KEY".to_string())
            ]
        );
    }
}
