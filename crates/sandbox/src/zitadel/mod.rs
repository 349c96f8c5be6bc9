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
//! - protojson answers: camelCase, zero values omitted, 64-bit integers as strings;
//! - the v2 services' organizations, human and machine users, passwords and sessions, with state,
//!   at their Connect paths (see `v2.rs`).

mod routes;
mod spec_answers;
mod state;
mod v2;

use crate::control::Json200;
use crate::recorder::{RecordedRequest, Recorder};
use crate::server::{Running, ServerOptions, recorder, serve};
use state::Store;
use std::sync::{Arc, Mutex, MutexGuard};

pub use state::{Idp, IdpKind, Owner};

/// How the stand-in is set up.
#[derive(Debug, Clone)]
pub struct ZitadelSandboxConfig {
    pub(crate) accepted_tokens: Option<Vec<String>>,
    pub(crate) default_org_id: String,
    pub(crate) instance_id: String,
    pub(crate) organizations: Option<Vec<String>>,
    pub(crate) server: ServerOptions,
}

impl Default for ZitadelSandboxConfig {
    fn default() -> Self {
        ZitadelSandboxConfig {
            accepted_tokens: None,
            default_org_id: "100000000000000001".to_string(),
            instance_id: "200000000000000001".to_string(),
            organizations: None,
            server: ServerOptions::default(),
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

    /// The instance's id, the `resourceOwner` of Admin API objects.
    pub fn instance_id(mut self, instance: impl Into<String>) -> Self {
        self.instance_id = instance.into();
        self
    }

    /// Only these organisations exist, besides the default one (default: any id is taken); a
    /// Management call naming another in `x-zitadel-orgid` gets 403 (gRPC 7).
    pub fn organizations<I: IntoIterator<Item = S>, S: Into<String>>(mut self, orgs: I) -> Self {
        self.organizations = Some(orgs.into_iter().map(Into::into).collect());
        self
    }

    /// Port, body limit and request log size.
    pub fn server(mut self, options: ServerOptions) -> Self {
        self.server = options;
        self
    }
}

/// A running ZITADEL stand-in; dropping it stops the server.
#[derive(Debug)]
pub struct ZitadelSandbox {
    running: Running,
    apis: Vec<&'static crate::engine::Api>,
    store: Arc<Mutex<Store>>,
    log: Recorder,
}

impl ZitadelSandbox {
    /// Starts a stand-in on `127.0.0.1`, on the configured port (default: OS-assigned).
    pub async fn start(config: ZitadelSandboxConfig) -> std::io::Result<Self> {
        let log = recorder(&config.server);
        let options = config.server.clone();
        let store = Arc::new(Mutex::new(Store::new(config)));
        let reset = store.clone();
        let listed = store.clone();
        let control = axum::Router::new().route(
            "/idps",
            axum::routing::get(move || {
                let store = listed.clone();
                async move {
                    let idps: Vec<serde_json::Value> =
                        lock(&store).idps.iter().map(state::control_json).collect();
                    Json200(serde_json::json!({ "idps": idps }))
                }
            }),
        );
        let stateful = options.answers == crate::Answers::Stateful;
        let apis = vec![
            crate::engine::Api::zitadel().map_err(std::io::Error::other)?,
            crate::engine::Api::zitadel_v2().map_err(std::io::Error::other)?,
        ];
        let answers = crate::control::SpecAnswers::new(
            apis.clone(),
            spec_answers::ZitadelHost(store.clone()),
            &options,
            spec_answers::STATEFUL,
            &[],
            false,
        );
        let provider = if stateful {
            routes::router(store.clone())
        } else {
            axum::Router::new()
        };
        let app = crate::control::assemble(
            provider,
            answers,
            log.clone(),
            move || lock(&reset).reset(),
            control,
        );
        let running = serve("zitadel", app, &options).await?;
        Ok(ZitadelSandbox {
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

    /// The instance URL to configure a client with.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.running.addr)
    }

    /// Every IDP and provider, oldest first (removed ones are gone).
    pub fn idps(&self) -> Vec<Idp> {
        lock(&self.store).idps.clone()
    }

    /// The instance's id (the `resourceOwner` of Admin API objects).
    pub fn instance_id(&self) -> String {
        lock(&self.store).config.instance_id.clone()
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
