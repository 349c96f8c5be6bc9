//! A stand-in for ZITADEL's identity provider APIs.
//!
//! Behaviour the clients rely on:
//! - `Authorization: Bearer <token>` required (401, gRPC 16 otherwise);
//! - IDPs kept per organisation (Management API, organisation from `x-zitadel-orgid`, else the
//!   default organisation) and per instance (Admin API); the v2 read finds either;
//! - the same validation as ZITADEL (strings of 1 to 200 characters; gRPC 3, HTTP 400, no details),
//!   404 (gRPC 5) for unknown ids, 400 with gRPC 9 FAILED_PRECONDITION for an update that changes
//!   nothing, a `sequence` that grows with every write, and `rpcStatus` errors carrying a
//!   `zitadel.v1.ErrorDetail`;
//! - protojson answers: camelCase, zero values omitted, 64-bit integers as strings.

mod routes;
mod state;

use crate::recorder::{Log, RecordedRequest};
use crate::server::{Running, serve};
use state::Store;
use std::sync::{Arc, Mutex};

pub use state::{Idp, IdpKind, Owner};

/// How the stand-in is set up.
#[derive(Debug, Clone)]
pub struct ZitadelSandboxConfig {
    pub(crate) accepted_tokens: Option<Vec<String>>,
    pub(crate) default_org_id: String,
    pub(crate) instance_id: String,
}

impl Default for ZitadelSandboxConfig {
    fn default() -> Self {
        ZitadelSandboxConfig {
            accepted_tokens: None,
            default_org_id: "100000000000000001".to_string(),
            instance_id: "200000000000000001".to_string(),
        }
    }
}

impl ZitadelSandboxConfig {
    /// Only these bearer tokens are accepted (default: any non-empty token).
    pub fn accepted_tokens<I: IntoIterator<Item = S>, S: Into<String>>(
        mut self,
        tokens: I,
    ) -> Self {
        self.accepted_tokens = Some(tokens.into_iter().map(Into::into).collect());
        self
    }

    /// The organisation Management calls act in without `x-zitadel-orgid`.
    pub fn default_org_id(mut self, org: impl Into<String>) -> Self {
        self.default_org_id = org.into();
        self
    }
}

/// A running ZITADEL stand-in; dropping it stops the server.
#[derive(Debug)]
pub struct ZitadelSandbox {
    running: Running,
    store: Arc<Mutex<Store>>,
    log: Log,
}

impl ZitadelSandbox {
    /// Starts a stand-in on `127.0.0.1` with an OS-assigned port.
    pub async fn start(config: ZitadelSandboxConfig) -> std::io::Result<Self> {
        let store = Arc::new(Mutex::new(Store::new(config)));
        let log: Log = Arc::default();
        let running = serve(routes::router(store.clone(), log.clone())).await?;
        Ok(ZitadelSandbox {
            running,
            store,
            log,
        })
    }

    /// The instance URL to configure a client with.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.running.addr)
    }

    /// Every IDP and provider, oldest first (removed ones are gone).
    pub fn idps(&self) -> Vec<Idp> {
        self.store
            .lock()
            .map(|s| s.idps.clone())
            .unwrap_or_default()
    }

    /// The instance's id (the `resourceOwner` of Admin API objects).
    pub fn instance_id(&self) -> String {
        self.store
            .lock()
            .map(|s| s.config.instance_id.clone())
            .unwrap_or_default()
    }

    /// Every request received so far, oldest first.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }
}
