//! A stand-in for JTL-Cloud ERP: app registration (v1 and v2) and the ERP essentials.
//!
//! Behaviour the clients rely on:
//! - every request needs `Authorization` (`Bearer <token>`, or `Wawi <issued API key>`): else 401,
//!   empty body; a missing `x-tenant-id` is 412, a malformed one 400;
//! - registration: POST answers 201 with a Pending request; polling needs the same
//!   `x-challengecode` (403 otherwise) and moves Pending → Accepted/Rejected as configured; the
//!   API key is delivered once, then 410 (empty body); 409 for an app id already registered in the
//!   tenant; 404 for an unknown id; 403 when the Wawi registration dialog is closed;
//! - ERP: `/v1/info`, items, customers (create validates like JTL), sales orders, paged.

mod control;
mod routes;
mod spec_answers;
mod state;

use crate::recorder::{RecordedRequest, Recorder};
use crate::server::{Running, ServerOptions, recorder, serve};
use state::Store;
use std::fmt;
use std::str::FromStr;
use std::sync::{Arc, Mutex, MutexGuard};
use uuid::Uuid;

pub use state::{Customer, Item, Registration, RegistrationState, SalesOrder};

/// What happens to a registration request.
///
/// Written as text in the server's flags, config file and control API: `manual`, `reject`,
/// `auto` (accepted on the first status request) or `auto:N` (on the N-th).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Approval {
    /// It stays Pending until the test calls [`JtlSandbox::approve`] or [`JtlSandbox::reject`].
    Manual,
    /// Accepted when its status is requested for the N-th time (N ≥ 1).
    AfterPolls(u32),
    /// Rejected when its status is first requested.
    AlwaysReject,
}

impl FromStr for Approval {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "manual" => Ok(Approval::Manual),
            "reject" => Ok(Approval::AlwaysReject),
            "auto" => Ok(Approval::AfterPolls(1)),
            _ => s
                .strip_prefix("auto:")
                .and_then(|n| n.parse::<u32>().ok())
                .filter(|n| *n >= 1)
                .map(Approval::AfterPolls)
                .ok_or_else(|| {
                    format!(
                        "approval policy {s:?} is not one of \"manual\", \"reject\", \"auto\" or \"auto:N\" (N ≥ 1)"
                    )
                }),
        }
    }
}

impl fmt::Display for Approval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Approval::Manual => f.write_str("manual"),
            Approval::AlwaysReject => f.write_str("reject"),
            Approval::AfterPolls(n) => write!(f, "auto:{n}"),
        }
    }
}

/// How the stand-in is set up.
#[derive(Debug, Clone)]
pub struct JtlSandboxConfig {
    pub(crate) approval: Approval,
    pub(crate) accepted_tokens: Option<Vec<String>>,
    pub(crate) dialog_open: bool,
    pub(crate) granted_scopes: Vec<String>,
    pub(crate) tenants: Option<Vec<Uuid>>,
    pub(crate) challenge_code: Option<String>,
    pub(crate) server: ServerOptions,
}

impl Default for JtlSandboxConfig {
    fn default() -> Self {
        JtlSandboxConfig {
            approval: Approval::Manual,
            accepted_tokens: None,
            dialog_open: true,
            granted_scopes: vec!["all.read".to_string()],
            tenants: None,
            challenge_code: None,
            server: ServerOptions::default(),
        }
    }
}

impl JtlSandboxConfig {
    /// How registrations are answered; default [`Approval::Manual`].
    pub fn approval(mut self, approval: Approval) -> Self {
        self.approval = approval;
        self
    }

    /// Only these bearer tokens are accepted (default: any non-empty token).
    pub fn accepted_tokens<I: IntoIterator<Item = S>, S: Into<String>>(
        mut self,
        tokens: I,
    ) -> Self {
        self.accepted_tokens = Some(tokens.into_iter().map(Into::into).collect());
        self
    }

    /// Whether the merchant has the registration dialog open in JTL-Wawi (default true); when
    /// closed, registration requests get 403.
    pub fn dialog_open(mut self, open: bool) -> Self {
        self.dialog_open = open;
        self
    }

    /// Only these tenants exist (default: any tenant uuid); a request for another gets 401.
    pub fn tenants<I: IntoIterator<Item = Uuid>>(mut self, tenants: I) -> Self {
        self.tenants = Some(tenants.into_iter().collect());
        self
    }

    /// The code the merchant's registration dialog shows (default: none, any 1 to 30 characters
    /// are taken); a registration with another `x-challengecode` gets 403.
    pub fn challenge_code(mut self, code: impl Into<String>) -> Self {
        self.challenge_code = Some(code.into());
        self
    }

    /// Port, body limit and request log size.
    pub fn server(mut self, options: ServerOptions) -> Self {
        self.server = options;
        self
    }

    /// The scopes granted on acceptance (default `["all.read"]`).
    pub fn granted_scopes<I: IntoIterator<Item = S>, S: Into<String>>(mut self, scopes: I) -> Self {
        self.granted_scopes = scopes.into_iter().map(Into::into).collect();
        self
    }
}

/// A running JTL stand-in; dropping it stops the server.
#[derive(Debug)]
pub struct JtlSandbox {
    running: Running,
    apis: Vec<&'static crate::engine::Api>,
    store: Arc<Mutex<Store>>,
    log: Recorder,
}

impl JtlSandbox {
    /// Starts a stand-in on `127.0.0.1`, on the configured port (default: OS-assigned).
    pub async fn start(config: JtlSandboxConfig) -> std::io::Result<Self> {
        let log = recorder(&config.server);
        let options = config.server.clone();
        let store = Arc::new(Mutex::new(Store::new(config)));
        let reset = store.clone();
        let stateful = options.answers == crate::Answers::Stateful;
        let apis = vec![crate::engine::Api::jtl().map_err(std::io::Error::other)?];
        let answers = crate::control::SpecAnswers::new(
            apis.clone(),
            spec_answers::JtlHost(store.clone()),
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
            control::router(store.clone()),
        );
        let running = serve("jtl", app, &options).await?;
        Ok(JtlSandbox {
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

    /// The base URL to configure a client with (no trailing slash).
    pub fn base_url(&self) -> String {
        format!("http://{}", self.running.addr)
    }

    fn store(&self) -> MutexGuard<'_, Store> {
        lock(&self.store)
    }

    /// Accepts a pending registration; returns false if there is no such pending registration.
    pub fn approve(&self, registration_id: &str) -> bool {
        self.store()
            .decide(registration_id, RegistrationState::Accepted)
    }

    /// Rejects a pending registration; returns false if there is no such pending registration.
    pub fn reject(&self, registration_id: &str) -> bool {
        self.store()
            .decide(registration_id, RegistrationState::Rejected)
    }

    /// Changes how later registrations are answered.
    pub fn set_approval(&self, approval: Approval) {
        self.store().config.approval = approval;
    }

    /// Opens or closes the Wawi registration dialog.
    pub fn set_dialog_open(&self, open: bool) {
        self.store().config.dialog_open = open;
    }

    /// Every registration, oldest first.
    pub fn registrations(&self) -> Vec<Registration> {
        self.store().registrations.clone()
    }

    /// Adds an item to the catalogue and returns its id.
    pub fn add_item(&self, sku: &str, name: &str) -> i32 {
        self.store().add_item(sku, name)
    }

    /// Adds a sales order for a customer and returns its id.
    pub fn add_sales_order(&self, number: &str, customer_id: i32) -> i32 {
        self.store().add_sales_order(number, customer_id)
    }

    /// Every customer.
    pub fn customers(&self) -> Vec<Customer> {
        self.store().customers.clone()
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
    // A handler that panicked mid-update poisons the lock; the data is still usable for tests.
    store.lock().unwrap_or_else(|p| p.into_inner())
}
