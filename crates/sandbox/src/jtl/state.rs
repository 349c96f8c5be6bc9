//! The stand-in's data and its rules.

use super::{Approval, JtlSandboxConfig};
use uuid::Uuid;

/// Where a registration stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegistrationState {
    /// Waiting for the merchant.
    Pending,
    /// Rejected by the merchant.
    Rejected,
    /// Accepted by the merchant.
    Accepted,
}

impl RegistrationState {
    /// JTL's wire value.
    pub fn wire(self) -> i32 {
        match self {
            RegistrationState::Pending => 0,
            RegistrationState::Rejected => 1,
            RegistrationState::Accepted => 2,
        }
    }
}

/// A registration request as the stand-in keeps it.
#[derive(Debug, Clone)]
pub struct Registration {
    /// The id handed to the client.
    pub id: String,
    /// The tenant it was made in.
    pub tenant: Uuid,
    /// The app id from the request body.
    pub app_id: String,
    /// The challenge code it was made with.
    pub challenge_code: String,
    /// Its state.
    pub state: RegistrationState,
    /// `RegistrationType` from the body (0 when absent).
    pub registration_type: i64,
    /// Status requests received.
    pub polls: u32,
    /// The API key issued on acceptance.
    pub api_key: Option<String>,
    /// Whether the key was delivered (it is delivered once).
    pub key_delivered: bool,
}

/// An item in the catalogue.
#[derive(Debug, Clone)]
pub struct Item {
    /// Id.
    pub id: i32,
    /// Stock keeping unit.
    pub sku: String,
    /// Name.
    pub name: String,
}

/// A customer, kept as the JSON the stand-in answers with (PascalCase).
#[derive(Debug, Clone)]
pub struct Customer {
    /// Id.
    pub id: i32,
    /// The customer as JSON.
    pub json: serde_json::Value,
}

/// A sales order.
#[derive(Debug, Clone)]
pub struct SalesOrder {
    /// Id.
    pub id: i32,
    /// Order number.
    pub number: String,
    /// The customer's id.
    pub customer_id: i32,
    /// The company (firm) selling.
    pub company_id: i32,
    /// Free-text comment.
    pub comment: Option<String>,
    /// Its positions (line items), as the JSON the stand-in answers with (PascalCase).
    pub line_items: Vec<serde_json::Value>,
}

/// Everything the stand-in knows.
#[derive(Debug)]
pub(crate) struct Store {
    /// The configuration as started with, for [`Store::reset`].
    initial: JtlSandboxConfig,
    pub(crate) config: JtlSandboxConfig,
    pub(crate) registrations: Vec<Registration>,
    pub(crate) items: Vec<Item>,
    pub(crate) customers: Vec<Customer>,
    pub(crate) sales_orders: Vec<SalesOrder>,
    next_id: i32,
}

impl Store {
    pub(crate) fn new(config: JtlSandboxConfig) -> Self {
        Store {
            initial: config.clone(),
            config,
            registrations: Vec::new(),
            items: Vec::new(),
            customers: Vec::new(),
            sales_orders: Vec::new(),
            next_id: 1,
        }
    }

    /// Back to the state the stand-in started in: its configuration, no data.
    pub(crate) fn reset(&mut self) {
        *self = Store::new(self.initial.clone());
    }

    fn next_id(&mut self) -> i32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    pub(crate) fn add_item(&mut self, sku: &str, name: &str) -> i32 {
        let id = self.next_id();
        self.items.push(Item {
            id,
            sku: sku.to_string(),
            name: name.to_string(),
        });
        id
    }

    pub(crate) fn add_sales_order(&mut self, number: &str, customer_id: i32) -> i32 {
        self.create_sales_order(Some(number), customer_id, 1, None)
    }

    pub(crate) fn create_sales_order(
        &mut self,
        number: Option<&str>,
        customer_id: i32,
        company_id: i32,
        comment: Option<String>,
    ) -> i32 {
        let id = self.next_id();
        self.sales_orders.push(SalesOrder {
            id,
            number: number.map_or_else(|| format!("AU-{id}"), str::to_string),
            customer_id,
            company_id,
            comment,
            line_items: Vec::new(),
        });
        id
    }

    /// A fresh id for a sales order position.
    pub(crate) fn new_id(&mut self) -> i32 {
        self.next_id()
    }

    pub(crate) fn add_customer(&mut self, mut json: serde_json::Value) -> i32 {
        let id = self.next_id();
        if let Some(map) = json.as_object_mut() {
            map.insert("Id".to_string(), id.into());
        }
        self.customers.push(Customer { id, json });
        id
    }

    /// Whether an accepted registration for this app already exists in the tenant.
    pub(crate) fn app_registered(&self, tenant: Uuid, app_id: &str) -> bool {
        self.registrations.iter().any(|r| {
            r.tenant == tenant && r.app_id == app_id && r.state == RegistrationState::Accepted
        })
    }

    pub(crate) fn create_registration(
        &mut self,
        tenant: Uuid,
        app_id: &str,
        challenge: &str,
        registration_type: i64,
    ) -> Registration {
        let registration = Registration {
            id: Uuid::new_v4().to_string(),
            tenant,
            app_id: app_id.to_string(),
            challenge_code: challenge.to_string(),
            state: RegistrationState::Pending,
            registration_type,
            polls: 0,
            api_key: None,
            key_delivered: false,
        };
        self.registrations.push(registration.clone());
        registration
    }

    pub(crate) fn find_mut(&mut self, tenant: Uuid, id: &str) -> Option<&mut Registration> {
        self.registrations
            .iter_mut()
            .find(|r| r.tenant == tenant && r.id == id)
    }

    /// Records a status request and applies the approval policy.
    pub(crate) fn poll(&mut self, tenant: Uuid, id: &str) -> Option<Registration> {
        let approval = self.config.approval;
        let registration = self.find_mut(tenant, id)?;
        registration.polls += 1;
        if registration.state == RegistrationState::Pending {
            match approval {
                Approval::AfterPolls(n) if registration.polls >= n.max(1) => accept(registration),
                Approval::AlwaysReject => registration.state = RegistrationState::Rejected,
                _ => {}
            }
        }
        Some(registration.clone())
    }

    pub(crate) fn decide(&mut self, id: &str, state: RegistrationState) -> bool {
        match self
            .registrations
            .iter_mut()
            .find(|r| r.id == id && r.state == RegistrationState::Pending)
        {
            Some(r) if state == RegistrationState::Accepted => {
                accept(r);
                true
            }
            Some(r) => {
                r.state = state;
                true
            }
            None => false,
        }
    }
}

fn accept(registration: &mut Registration) {
    registration.state = RegistrationState::Accepted;
    registration.api_key = Some(Uuid::new_v4().to_string().to_uppercase());
}
