//! The stand-in's IDPs and the rules for changing them.

use super::ZitadelSandboxConfig;
use chrono::{DateTime, Utc};
use serde_json::{Map, Value, json};

/// Who owns an IDP.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Owner {
    /// The instance (Admin API).
    Instance,
    /// An organisation (Management API).
    Org(String),
}

/// What kind of IDP, with its configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdpKind {
    /// JWT: `jwtEndpoint`, `issuer`, `keysEndpoint`, `headerName`.
    Jwt {
        /// Where the JWT is taken from.
        jwt_endpoint: String,
        /// Expected issuer.
        issuer: String,
        /// JWKS endpoint.
        keys_endpoint: String,
        /// Header carrying the JWT.
        header_name: String,
    },
    /// OIDC.
    Oidc {
        /// Client id.
        client_id: String,
        /// Issuer.
        issuer: String,
        /// Scopes.
        scopes: Vec<String>,
    },
}

/// An IDP as the stand-in keeps it.
#[derive(Debug, Clone)]
pub struct Idp {
    /// Id (a decimal string, as ZITADEL's).
    pub id: String,
    /// Owner.
    pub owner: Owner,
    /// Name.
    pub name: String,
    /// Kind and configuration.
    pub kind: IdpKind,
    /// Styling type name, if set.
    pub styling_type: Option<String>,
    /// Auto-register flag (legacy family).
    pub auto_register: bool,
    /// Whether it is active.
    pub active: bool,
    /// Provider options (replacement API), as sent.
    pub options: Map<String, Value>,
    /// The sequence of its last change.
    pub sequence: u64,
    /// Creation time.
    pub created: DateTime<Utc>,
    /// Last change time.
    pub changed: DateTime<Utc>,
}

#[derive(Debug)]
pub(crate) struct Store {
    pub(crate) config: ZitadelSandboxConfig,
    pub(crate) idps: Vec<Idp>,
    /// Organizations, users and sessions of the v2 services.
    pub(crate) v2: super::v2::V2,
    sequence: u64,
    next_id: u64,
}

impl Store {
    pub(crate) fn new(config: ZitadelSandboxConfig) -> Self {
        Store {
            config,
            idps: Vec::new(),
            v2: super::v2::V2::default(),
            sequence: 0,
            next_id: 300_000_000_000_000_001,
        }
    }

    /// Back to the state the stand-in started in: its configuration, no IDPs.
    pub(crate) fn reset(&mut self) {
        *self = Store::new(self.config.clone());
    }

    pub(crate) fn next_sequence(&mut self) -> u64 {
        self.sequence += 1;
        self.sequence
    }

    /// A new id, as ZITADEL's: a decimal string.
    pub(crate) fn fresh_id(&mut self) -> String {
        let id = self.next_id.to_string();
        self.next_id += 1;
        id
    }

    pub(crate) fn insert(&mut self, owner: Owner, name: String, kind: IdpKind) -> &mut Idp {
        let id = self.next_id.to_string();
        self.next_id += 1;
        let sequence = self.next_sequence();
        let now = Utc::now();
        self.idps.push(Idp {
            id,
            owner,
            name,
            kind,
            styling_type: None,
            auto_register: false,
            active: true,
            options: Map::new(),
            sequence,
            created: now,
            changed: now,
        });
        let last = self.idps.len() - 1;
        &mut self.idps[last]
    }

    pub(crate) fn find(&mut self, owner: &Owner, id: &str) -> Option<&mut Idp> {
        self.idps
            .iter_mut()
            .find(|i| &i.owner == owner && i.id == id)
    }

    pub(crate) fn remove(&mut self, owner: &Owner, id: &str) -> bool {
        let before = self.idps.len();
        self.idps.retain(|i| !(&i.owner == owner && i.id == id));
        self.idps.len() != before
    }

    /// The id of the owner as `resourceOwner`.
    pub(crate) fn resource_owner(&self, owner: &Owner) -> String {
        match owner {
            Owner::Instance => self.config.instance_id.clone(),
            Owner::Org(org) => org.clone(),
        }
    }
}

/// RFC 3339 with milliseconds and `Z`, as protojson writes timestamps.
pub(crate) fn timestamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// `details` of a write: sequence, change date and owner (no creation date, as ZITADEL).
pub(crate) fn change_details(sequence: u64, changed: DateTime<Utc>, owner: &str) -> Value {
    json!({"sequence": sequence.to_string(), "changeDate": timestamp(changed), "resourceOwner": owner})
}

/// An IDP as the control API lists it.
pub(crate) fn control_json(idp: &Idp) -> Value {
    let owner = match &idp.owner {
        Owner::Instance => json!({"instance": true}),
        Owner::Org(org) => json!({ "org": org }),
    };
    let kind = match idp.kind {
        IdpKind::Jwt { .. } => "jwt",
        IdpKind::Oidc { .. } => "oidc",
    };
    json!({
        "id": idp.id, "name": idp.name, "kind": kind, "owner": owner, "active": idp.active,
        "sequence": idp.sequence.to_string(),
    })
}
