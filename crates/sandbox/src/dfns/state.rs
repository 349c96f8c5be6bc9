//! The stand-in's objects, challenges and user action tokens.

use super::DfnsSandboxConfig;
use super::verify::PublicKey;
use serde_json::{Value, json};
use std::collections::HashMap;

/// A challenge handed out by `/auth/action/init`, and what it is bound to.
#[derive(Debug, Clone)]
pub(crate) struct Challenge {
    pub(crate) challenge: String,
    pub(crate) action: Action,
    pub(crate) used: bool,
}

/// The method, path and exact payload a user action covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Action {
    pub(crate) method: String,
    pub(crate) path: String,
    pub(crate) payload: String,
}

#[derive(Debug)]
pub(crate) struct Store {
    pub(crate) config: DfnsSandboxConfig,
    pub(crate) keys: Vec<(String, PublicKey)>,
    pub(crate) challenges: HashMap<String, Challenge>,
    /// User action token → (action, used).
    pub(crate) tokens: HashMap<String, (Action, bool)>,
    /// Applications, service accounts and tokens by id, in creation order.
    pub(crate) objects: Vec<(String, Value)>,
    pub(crate) require_approval: bool,
    /// Wallets, each with its own key, in creation order.
    pub(crate) wallets: Vec<super::wallets::Wallet>,
    /// Signature requests by id, in creation order.
    pub(crate) signatures: Vec<(String, Value)>,
    counter: u64,
}

impl Store {
    pub(crate) fn new(config: DfnsSandboxConfig) -> Result<Self, String> {
        let keys = config
            .credentials
            .iter()
            .map(|(id, pem)| {
                PublicKey::from_pem(pem)
                    .map(|k| (id.clone(), k))
                    .map_err(|e| format!("credential {id}: {e}"))
            })
            .collect::<Result<_, _>>()?;
        Ok(Store {
            keys,
            challenges: HashMap::new(),
            tokens: HashMap::new(),
            objects: Vec::new(),
            wallets: Vec::new(),
            signatures: Vec::new(),
            require_approval: config.require_approval,
            config,
            counter: 0,
        })
    }

    /// Back to the state the stand-in started in: same credentials and policy, no objects, no
    /// challenges, no tokens.
    pub(crate) fn reset(&mut self) {
        self.challenges.clear();
        self.tokens.clear();
        self.objects.clear();
        self.wallets.clear();
        self.signatures.clear();
        self.require_approval = self.config.require_approval;
        self.counter = 0;
    }

    /// A Dfns-looking id with this prefix (`ap`, `us`, `to`, ...).
    pub(crate) fn id(&mut self, prefix: &str) -> String {
        self.counter += 1;
        format!(
            "{prefix}-{:05}-sandbox-{}",
            self.counter,
            uuid::Uuid::new_v4().simple()
        )
    }

    pub(crate) fn find(&self, id: &str) -> Option<&Value> {
        self.objects.iter().find(|(k, _)| k == id).map(|(_, v)| v)
    }

    pub(crate) fn find_mut(&mut self, id: &str) -> Option<&mut Value> {
        self.objects
            .iter_mut()
            .find(|(k, _)| k == id)
            .map(|(_, v)| v)
    }

    pub(crate) fn insert(&mut self, id: String, value: Value) {
        self.objects.push((id, value));
    }

    pub(crate) fn seed_application(&mut self, name: &str) -> String {
        let id = self.id("ap");
        let app = json!({
            "appId": id, "kind": "ClientSideApplication", "orgId": "or-sandbox", "expectedRpId": "localhost",
            "expectedOrigin": "http://localhost:3000", "name": name, "isActive": true,
            "permissionAssignments": [], "accessTokens": [],
        });
        self.insert(id.clone(), app);
        id
    }
}
