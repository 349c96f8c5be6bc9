//! JTL's part of the control API: see and decide registrations, change the approval policy and
//! open or close the merchant's registration dialog.

use super::state::{Registration, RegistrationState, Store};
use super::{Approval, lock};
use crate::control::{Json200, bad_body, error, json_field};
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use serde_json::{Value, json};
use std::sync::{Arc, Mutex};

type Shared = Arc<Mutex<Store>>;

pub(super) fn router(store: Shared) -> Router {
    Router::new()
        .route("/registrations", get(list))
        .route(
            "/registrations/{id}/approve",
            post(|s, p| decide(s, p, RegistrationState::Accepted)),
        )
        .route(
            "/registrations/{id}/reject",
            post(|s, p| decide(s, p, RegistrationState::Rejected)),
        )
        .route("/approval", put(set_approval))
        .route("/dialog", put(set_dialog))
        .with_state(store)
}

/// A registration as the control API shows it (the issued API key is left out: it is a credential).
fn to_json(r: &Registration) -> Value {
    let state = match r.state {
        RegistrationState::Pending => "Pending",
        RegistrationState::Rejected => "Rejected",
        RegistrationState::Accepted => "Accepted",
    };
    json!({
        "id": r.id, "tenant": r.tenant.to_string(), "appId": r.app_id, "challengeCode": r.challenge_code,
        "state": state, "polls": r.polls, "keyDelivered": r.key_delivered,
    })
}

async fn list(State(store): State<Shared>) -> Json200 {
    let store = lock(&store);
    let items: Vec<Value> = store.registrations.iter().map(to_json).collect();
    Json200(json!({ "registrations": items }))
}

async fn decide(
    State(store): State<Shared>,
    Path(id): Path<String>,
    to: RegistrationState,
) -> Response {
    let mut store = lock(&store);
    if !store.decide(&id, to) {
        return error(
            StatusCode::NOT_FOUND,
            &format!("no pending registration with id {id:?}"),
        );
    }
    match store.registrations.iter().find(|r| r.id == id) {
        Some(r) => Json200(to_json(r)).into_response(),
        None => error(StatusCode::NOT_FOUND, "registration vanished"),
    }
}

/// `{"approval": "manual" | "reject" | "auto" | "auto:N"}`.
async fn set_approval(State(store): State<Shared>, body: axum::body::Bytes) -> Response {
    let Some(text) = json_field(&body, "approval").and_then(|v| v.as_str().map(str::to_string))
    else {
        return bad_body("{\"approval\": \"manual\"}");
    };
    match text.parse::<Approval>() {
        Ok(approval) => {
            lock(&store).config.approval = approval;
            Json200(json!({"approval": approval.to_string()})).into_response()
        }
        Err(why) => error(StatusCode::BAD_REQUEST, &why),
    }
}

/// `{"open": true | false}`.
async fn set_dialog(State(store): State<Shared>, body: axum::body::Bytes) -> Response {
    match json_field(&body, "open").and_then(|v| v.as_bool()) {
        Some(open) => {
            lock(&store).config.dialog_open = open;
            Json200(json!({ "open": open })).into_response()
        }
        None => bad_body("{\"open\": true}"),
    }
}
