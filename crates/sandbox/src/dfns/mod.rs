//! A stand-in for Dfns: applications, service accounts and personal access tokens, with real user
//! action signing.
//!
//! Behaviour the clients rely on:
//! - `Authorization: Bearer <token>` required (401 `Not Authorized.` otherwise);
//! - `POST /auth/action/init` issues a fresh random challenge bound to the method, path and payload
//!   it names; `POST /auth/action` **verifies** the Key credential's signature over the exact clientData
//!   bytes against the registered public key (Ed25519, ECDSA P-256 DER, RSA PKCS#1 v1.5 SHA-256) and
//!   issues a single-use user action token;
//! - every write needs that token in `X-DFNS-USERACTION`, for the same method, path and exact body:
//!   missing, unknown or mismatched → 403, reused → 400;
//! - with [`DfnsSandbox::require_approval`], signed writes answer 202 with a pending approval;
//! - errors are Dfns-shaped: `{"error": {"status", "message"}}`.

mod routes;
mod state;
pub mod verify;

use crate::recorder::{Log, RecordedRequest};
use crate::server::{Running, serve};
use state::Store;
use std::sync::{Arc, Mutex, MutexGuard};

pub use verify::PublicKey;

/// How the stand-in is set up.
#[derive(Debug, Clone, Default)]
pub struct DfnsSandboxConfig {
    pub(crate) accepted_tokens: Option<Vec<String>>,
    pub(crate) credentials: Vec<(String, String)>,
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

    /// Registers a Key credential: its id and its public key (SPKI PEM).
    pub fn credential(
        mut self,
        credential_id: impl Into<String>,
        public_key_pem: impl Into<String>,
    ) -> Self {
        self.credentials
            .push((credential_id.into(), public_key_pem.into()));
        self
    }
}

/// A running Dfns stand-in; dropping it stops the server.
#[derive(Debug)]
pub struct DfnsSandbox {
    running: Running,
    store: Arc<Mutex<Store>>,
    log: Log,
}

impl DfnsSandbox {
    /// Starts a stand-in on `127.0.0.1` with an OS-assigned port. Fails if a credential's public key
    /// cannot be parsed.
    pub async fn start(config: DfnsSandboxConfig) -> std::io::Result<Self> {
        let store = Store::new(config).map_err(std::io::Error::other)?;
        let store = Arc::new(Mutex::new(store));
        let log: Log = Arc::default();
        let running = serve(routes::router(store.clone(), log.clone())).await?;
        Ok(DfnsSandbox {
            running,
            store,
            log,
        })
    }

    /// The base URL to configure a client with.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.running.addr)
    }

    fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|p| p.into_inner())
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
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }
}
