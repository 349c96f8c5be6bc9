//! The stand-in's HTTP surface: JTL's paths, status codes and error bodies.

// Handlers return ready-made error responses through `Result`; size does not matter in a stand-in.
#![allow(clippy::result_large_err)]

use super::state::{RegistrationState, Store};
use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, patch, post};
use serde_json::{Map, Value, json};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use uuid::Uuid;

pub(super) type Shared = Arc<Mutex<Store>>;
type Reply = Result<Response, Response>;

/// The two wire generations: v1 PascalCase, v2 camelCase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Wire {
    V1,
    V2,
}

impl Wire {
    /// The wire name of a field given in PascalCase.
    fn key(self, pascal: &str) -> String {
        match self {
            Wire::V1 => pascal.to_string(),
            Wire::V2 => camel(pascal),
        }
    }

    /// A PascalCase document in this generation's casing.
    fn render(self, value: Value) -> Value {
        match (self, value) {
            (Wire::V1, v) => v,
            (Wire::V2, Value::Object(map)) => Value::Object(
                map.into_iter()
                    .map(|(k, v)| (camel(&k), Wire::V2.render(v)))
                    .collect(),
            ),
            (Wire::V2, Value::Array(items)) => {
                Value::Array(items.into_iter().map(|v| Wire::V2.render(v)).collect())
            }
            (Wire::V2, v) => v,
        }
    }
}

fn camel(pascal: &str) -> String {
    let mut chars = pascal.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub(crate) fn router(store: Shared) -> Router {
    Router::new()
        .route(
            "/v1/authentication",
            post(|s, h, b| register(Wire::V1, s, h, b)),
        )
        .route(
            "/v2/authentication",
            post(|s, h, b| register(Wire::V2, s, h, b)),
        )
        .route(
            "/v1/authentication/{id}",
            get(|s, h, p| status(Wire::V1, s, h, p))
                .post(|s, h, p| multi_instance(Wire::V1, s, h, p)),
        )
        .route(
            "/v2/authentication/{id}",
            get(|s, h, p| status(Wire::V2, s, h, p))
                .post(|s, h, p| multi_instance(Wire::V2, s, h, p)),
        )
        .route(
            "/authentication/foreign/{id}/registration",
            patch(|s, h, p| foreign_update(Wire::V1, s, h, p)),
        )
        .route(
            "/authentication/foreign/{app_id}/app",
            patch(foreign_update_by_app),
        )
        .route(
            "/v1/authentication/foreign/{id}/registration",
            axum::routing::delete(foreign_remove),
        )
        .route(
            "/v2/authentication/foreign",
            post(|s, h, b| register(Wire::V2, s, h, b)),
        )
        .route(
            "/v2/authentication/foreign/{id}/registration",
            patch(|s, h, p| foreign_update(Wire::V2, s, h, p)).delete(foreign_remove),
        )
        .route("/v1/info", get(info))
        .route("/v1/items", get(query_items).post(create_item))
        .route("/v1/items/{id}", get(get_item).patch(update_item))
        .route("/v1/customers", get(query_customers).post(create_customer))
        .route(
            "/v1/customers/{id}",
            get(get_customer)
                .patch(update_customer)
                .delete(delete_customer),
        )
        .route(
            "/v1/salesOrders",
            get(query_sales_orders).post(create_sales_order),
        )
        .route(
            "/v1/salesOrders/{id}",
            get(get_sales_order).patch(update_sales_order),
        )
        .route(
            "/v1/salesOrders/{id}/lineitems",
            get(query_line_items).post(create_line_items),
        )
        .fallback(|| async {
            error(
                Wire::V1,
                StatusCode::NOT_FOUND,
                "NOT_FOUND",
                "No such endpoint.",
            )
        })
        .with_state(store)
}

// ------------------------------------------------------------------ answers

pub(super) fn error(wire: Wire, status: StatusCode, code: &str, message: &str) -> Response {
    error_with(wire, status, code, message, Map::new())
}

fn error_with(
    wire: Wire,
    status: StatusCode,
    code: &str,
    message: &str,
    validation: Map<String, Value>,
) -> Response {
    let mut body =
        json!({"ErrorCode": code, "ErrorMessage": message, "ValidationErrors": validation});
    if wire == Wire::V2 {
        body["Errors"] = json!({});
    }
    (status, axum::Json(wire.render(body))).into_response()
}

fn empty(status: StatusCode) -> Response {
    (status, Body::empty()).into_response()
}

fn ok(wire: Wire, status: StatusCode, body: Value) -> Response {
    (status, axum::Json(wire.render(body))).into_response()
}

pub(super) fn lock(store: &Shared) -> MutexGuard<'_, Store> {
    store.lock().unwrap_or_else(|p| p.into_inner())
}

// ------------------------------------------------------------------ checks shared by every route

/// Checks `Authorization` and `x-tenant-id`; returns the tenant.
pub(super) fn authenticate(
    wire: Wire,
    store: &Store,
    headers: &HeaderMap,
) -> Result<Uuid, Response> {
    let auth = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let allowed = if let Some(token) = auth.strip_prefix("Bearer ") {
        !token.is_empty()
            && store
                .config
                .accepted_tokens
                .as_ref()
                .is_none_or(|list| list.iter().any(|t| t == token))
    } else if let Some(key) = auth.strip_prefix("Wawi ") {
        store
            .registrations
            .iter()
            .any(|r| r.key_delivered && r.api_key.as_deref() == Some(key))
    } else {
        false
    };
    if !allowed {
        return Err(empty(StatusCode::UNAUTHORIZED));
    }
    let Some(tenant) = headers.get("x-tenant-id") else {
        return Err(error(
            wire,
            StatusCode::PRECONDITION_FAILED,
            "MISSING_HEADER",
            "The header x-tenant-id is required.",
        ));
    };
    let tenant = tenant
        .to_str()
        .ok()
        .and_then(|t| Uuid::parse_str(t).ok())
        .ok_or_else(|| {
            error(
                wire,
                StatusCode::BAD_REQUEST,
                "VALIDATION_ERROR",
                "The header x-tenant-id must be a UUID.",
            )
        })?;
    // A token is issued for tenants; one the stand-in does not know is unauthorised, as upstream.
    match &store.config.tenants {
        Some(known) if !known.contains(&tenant) => Err(empty(StatusCode::UNAUTHORIZED)),
        _ => Ok(tenant),
    }
}

/// Reads `x-challengecode`: 412 when missing, 400 when over 30 characters.
fn challenge_code(wire: Wire, headers: &HeaderMap) -> Result<String, Response> {
    let Some(value) = headers.get("x-challengecode").and_then(|v| v.to_str().ok()) else {
        return Err(error(
            wire,
            StatusCode::PRECONDITION_FAILED,
            "MISSING_HEADER",
            "The header x-challengecode is required.",
        ));
    };
    if value.is_empty() || value.chars().count() > 30 {
        let mut v = Map::new();
        v.insert(
            "x-challengecode".into(),
            "Must be 1 to 30 characters.".into(),
        );
        return Err(error_with(
            wire,
            StatusCode::BAD_REQUEST,
            "VALIDATION_ERROR",
            "One or more validation errors occurred.",
            v,
        ));
    }
    Ok(value.to_string())
}

fn parse_json(wire: Wire, body: &Bytes) -> Result<Map<String, Value>, Response> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(error(
            wire,
            StatusCode::BAD_REQUEST,
            "VALIDATION_ERROR",
            "The request body is not a JSON object.",
        )),
    }
}

// ------------------------------------------------------------------ app registration

async fn register(
    wire: Wire,
    State(store): State<Shared>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    register_inner(wire, &store, &headers, &body).unwrap_or_else(|e| e)
}

fn register_inner(wire: Wire, store: &Shared, headers: &HeaderMap, body: &Bytes) -> Reply {
    let mut store = lock(store);
    let tenant = authenticate(wire, &store, headers)?;
    let code = challenge_code(wire, headers)?;
    let body = parse_json(wire, body)?;
    let mut problems = Map::new();
    for field in [
        "AppId",
        "DisplayName",
        "Description",
        "Version",
        "ProviderName",
        "ProviderWebsite",
    ] {
        let key = wire.key(field);
        if !has_text(body.get(&key)) {
            problems.insert(key, "The field is required.".into());
        }
    }
    let scopes = wire.key("MandatoryApiScopes");
    if !body.get(&scopes).is_some_and(Value::is_array) {
        problems.insert(scopes, "The field is required and must be a list.".into());
    }
    let icon = wire.key("AppIcon");
    match body.get(&icon).and_then(Value::as_str) {
        Some(s) if is_base64(s) => {}
        _ => {
            problems.insert(icon, "The field is required and must be base64.".into());
        }
    }
    if !problems.is_empty() {
        return Err(error_with(
            wire,
            StatusCode::BAD_REQUEST,
            "VALIDATION_ERROR",
            "One or more validation errors occurred.",
            problems,
        ));
    }
    if !store.config.dialog_open {
        return Err(error(
            wire,
            StatusCode::FORBIDDEN,
            "NO_APPLICATION_SERVICE",
            "There was no application service available to receive and handle the registration request.",
        ));
    }
    if let Some(expected) = &store.config.challenge_code
        && *expected != code
    {
        return Err(error(
            wire,
            StatusCode::FORBIDDEN,
            "INVALID_CHALLENGE_CODE",
            "The challenge code does not match the code shown in JTL-Wawi.",
        ));
    }
    let app_id = body
        .get(&wire.key("AppId"))
        .and_then(Value::as_str)
        .unwrap_or_default();
    if store.app_registered(tenant, app_id) {
        return Err(error(
            wire,
            StatusCode::CONFLICT,
            "CONFLICT",
            "An application with the specified unique id is already registered.",
        ));
    }
    let kind = body
        .get(&wire.key("RegistrationType"))
        .and_then(Value::as_i64)
        .unwrap_or(0);
    let r = store.create_registration(tenant, app_id, &code, kind);
    Ok(ok(
        wire,
        StatusCode::CREATED,
        json!({"AppId": r.app_id, "RegistrationRequestId": r.id, "Status": r.state.wire()}),
    ))
}

/// Whether a JSON value is a non-empty string.
fn has_text(value: Option<&Value>) -> bool {
    value.and_then(Value::as_str).is_some_and(|s| !s.is_empty())
}

fn is_base64(s: &str) -> bool {
    s.len().is_multiple_of(4)
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b == b'=')
}

async fn status(
    wire: Wire,
    State(store): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    status_inner(wire, &store, &headers, &id).unwrap_or_else(|e| e)
}

fn status_inner(wire: Wire, store: &Shared, headers: &HeaderMap, id: &str) -> Reply {
    let mut store = lock(store);
    let tenant = authenticate(wire, &store, headers)?;
    let code = challenge_code(wire, headers)?;
    let known = store.find_mut(tenant, id).map(|r| r.challenge_code == code);
    match known {
        None => {
            return Err(error(
                wire,
                StatusCode::NOT_FOUND,
                "NOT_FOUND",
                "No registration request was found for the specified identifier.",
            ));
        }
        Some(false) => {
            return Err(error(
                wire,
                StatusCode::FORBIDDEN,
                "INVALID_CHALLENGE_CODE",
                "The challenge code does not match the registration request.",
            ));
        }
        Some(true) => {}
    }
    let scopes = store.config.granted_scopes.clone();
    let r = store
        .poll(tenant, id)
        .ok_or_else(|| empty(StatusCode::NOT_FOUND))?;
    if r.key_delivered {
        return Err(empty(StatusCode::GONE));
    }
    let mut info = json!({"RequestStatusInfo": {"AppId": r.app_id, "RegistrationRequestId": r.id, "Status": r.state.wire()}});
    if let (RegistrationState::Accepted, Some(key)) = (r.state, &r.api_key) {
        info["Token"] = json!({"ApiKey": key});
        info["GrantedScopes"] = json!(scopes);
        if let Some(stored) = store.find_mut(tenant, id) {
            stored.key_delivered = true;
        }
    }
    Ok(ok(wire, StatusCode::OK, info))
}

async fn multi_instance(
    wire: Wire,
    State(store): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let mut store = lock(&store);
    let tenant = match authenticate(wire, &store, &headers)
        .and_then(|t| challenge_code(wire, &headers).map(|_| t))
    {
        Ok(t) => t,
        Err(e) => return e,
    };
    match store.find_mut(tenant, &id) {
        Some(r) if r.registration_type == 1 && r.state == RegistrationState::Accepted => ok(
            wire,
            StatusCode::OK,
            json!({"AppId": r.app_id, "RegistrationRequestId": r.id, "Status": r.state.wire()}),
        ),
        _ => error(
            wire,
            StatusCode::BAD_REQUEST,
            "NOT_ALLOWED",
            "The operation was not allowed in the given context.",
        ),
    }
}

async fn foreign_update(
    wire: Wire,
    State(store): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let mut store = lock(&store);
    let tenant = match authenticate(wire, &store, &headers)
        .and_then(|t| challenge_code(wire, &headers).map(|_| t))
    {
        Ok(t) => t,
        Err(e) => return e,
    };
    match store.find_mut(tenant, &id) {
        // Foreign-app examples omit Status; so does the stand-in.
        Some(r) => ok(
            wire,
            StatusCode::OK,
            json!({"RequestStatusInfo": {"AppId": r.app_id, "RegistrationRequestId": r.id}}),
        ),
        None => error(
            wire,
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            "No registration request was found for the specified identifier.",
        ),
    }
}

async fn foreign_update_by_app(
    State(store): State<Shared>,
    headers: HeaderMap,
    Path(app_id): Path<String>,
) -> Response {
    let store = lock(&store);
    let tenant = match authenticate(Wire::V1, &store, &headers)
        .and_then(|t| challenge_code(Wire::V1, &headers).map(|_| t))
    {
        Ok(t) => t,
        Err(e) => return e,
    };
    match store
        .registrations
        .iter()
        .rev()
        .find(|r| r.tenant == tenant && r.app_id == app_id)
    {
        Some(r) => ok(
            Wire::V1,
            StatusCode::OK,
            json!({"RequestStatusInfo": {"AppId": r.app_id, "RegistrationRequestId": r.id}}),
        ),
        None => error(
            Wire::V1,
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            "No application with this id.",
        ),
    }
}

async fn foreign_remove(State(store): State<Shared>, headers: HeaderMap) -> Response {
    let store = lock(&store);
    match authenticate(Wire::V1, &store, &headers).and_then(|_| challenge_code(Wire::V1, &headers))
    {
        // Since JTL-Wawi 2.2.0 nothing is executed.
        Ok(_) => empty(StatusCode::NO_CONTENT),
        Err(e) => e,
    }
}

// ------------------------------------------------------------------ ERP essentials

async fn info(State(store): State<Shared>, headers: HeaderMap) -> Response {
    let store = lock(&store);
    match authenticate(Wire::V1, &store, &headers) {
        Ok(tenant) => ok(
            Wire::V1,
            StatusCode::OK,
            json!({"Version": "1.0", "Timestamp": "2026-01-01T00:00:00Z", "Tenant": tenant.to_string(), "Type": "Sandbox"}),
        ),
        Err(e) => e,
    }
}

/// `pageNumber` (from 1) and `pageSize` (default 100).
fn paging(query: &HashMap<String, String>) -> Result<(usize, usize), Response> {
    let read = |name: &str, default: usize| match query.get(name) {
        None => Ok(default),
        Some(v) => v.parse::<usize>().ok().filter(|n| *n >= 1).ok_or_else(|| {
            let mut m = Map::new();
            m.insert(name.to_string(), "Must be a whole number from 1.".into());
            error_with(
                Wire::V1,
                StatusCode::BAD_REQUEST,
                "VALIDATION_ERROR",
                "One or more validation errors occurred.",
                m,
            )
        }),
    };
    Ok((read("pageNumber", 1)?, read("pageSize", 100)?))
}

fn paged(items: Vec<Value>, page: usize, size: usize) -> Response {
    let total = items.len();
    let pages = total.div_ceil(size);
    let slice: Vec<Value> = items
        .into_iter()
        .skip((page - 1).saturating_mul(size))
        .take(size)
        .collect();
    let has_next = page < pages;
    ok(
        Wire::V1,
        StatusCode::OK,
        json!({
            "TotalItems": total, "PageNumber": page, "PageSize": size, "TotalPages": pages,
            "HasPreviousPage": page > 1, "HasNextPage": has_next,
            "NextPageNumber": if has_next { json!(page + 1) } else { Value::Null },
            "PreviousPageNumber": if page > 1 { json!(page - 1) } else { Value::Null },
            "Items": slice,
        }),
    )
}

fn item_json(item: &super::Item) -> Value {
    json!({"Id": item.id, "SKU": item.sku, "Name": item.name, "IsActive": true, "Categories": [], "ChildItems": []})
}

async fn query_items(
    State(store): State<Shared>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let store = lock(&store);
    let run = || -> Reply {
        authenticate(Wire::V1, &store, &headers)?;
        let (page, size) = paging(&q)?;
        let keyword = q.get("searchKeyWord").map(|k| k.to_lowercase());
        let items = store
            .items
            .iter()
            .filter(|i| {
                keyword.as_ref().is_none_or(|k| {
                    i.name.to_lowercase().contains(k) || i.sku.to_lowercase().contains(k)
                })
            })
            .map(item_json)
            .collect();
        Ok(paged(items, page, size))
    };
    run().unwrap_or_else(|e| e)
}

async fn get_item(
    State(store): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let store = lock(&store);
    if let Err(e) = authenticate(Wire::V1, &store, &headers) {
        return e;
    }
    match id
        .parse::<i32>()
        .ok()
        .and_then(|id| store.items.iter().find(|i| i.id == id))
    {
        Some(item) => ok(Wire::V1, StatusCode::OK, item_json(item)),
        None => error(
            Wire::V1,
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            "No item with the given ID exists.",
        ),
    }
}

async fn query_customers(
    State(store): State<Shared>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let store = lock(&store);
    let run = || -> Reply {
        authenticate(Wire::V1, &store, &headers)?;
        let (page, size) = paging(&q)?;
        Ok(paged(
            store.customers.iter().map(|c| c.json.clone()).collect(),
            page,
            size,
        ))
    };
    run().unwrap_or_else(|e| e)
}

async fn get_customer(
    State(store): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let store = lock(&store);
    if let Err(e) = authenticate(Wire::V1, &store, &headers) {
        return e;
    }
    match id
        .parse::<i32>()
        .ok()
        .and_then(|id| store.customers.iter().find(|c| c.id == id))
    {
        Some(c) => ok(Wire::V1, StatusCode::OK, c.json.clone()),
        None => error(
            Wire::V1,
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            "No customer with the given ID exists.",
        ),
    }
}

async fn create_customer(State(store): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    let mut store = lock(&store);
    let mut run = || -> Reply {
        authenticate(Wire::V1, &store, &headers)?;
        let body = parse_json(Wire::V1, &body)?;
        let mut problems = Map::new();
        for field in ["CustomerGroupId", "InternalCompanyId"] {
            if !body.get(field).is_some_and(Value::is_i64) {
                problems.insert(
                    field.into(),
                    "The field is required and must be a whole number.".into(),
                );
            }
        }
        if !has_text(body.get("LanguageIso")) {
            problems.insert("LanguageIso".into(), "The field is required.".into());
        }
        match body.get("BillingAddress").and_then(Value::as_object) {
            None => {
                problems.insert("BillingAddress".into(), "The field is required.".into());
            }
            Some(address) => {
                for (field, max) in [("City", 255), ("CountryIso", 5)] {
                    let len = address
                        .get(field)
                        .and_then(Value::as_str)
                        .map(|s| s.chars().count());
                    if !len.is_some_and(|n| (1..=max).contains(&n)) {
                        problems.insert(
                            format!("BillingAddress.{field}"),
                            format!("The field is required, at most {max} characters.").into(),
                        );
                    }
                }
            }
        }
        if !problems.is_empty() {
            return Err(error_with(
                Wire::V1,
                StatusCode::BAD_REQUEST,
                "VALIDATION_ERROR",
                "One or more validation errors occurred.",
                problems,
            ));
        }
        let mut customer = body.clone();
        if let Some(Value::Object(address)) = customer.get_mut("BillingAddress") {
            address.insert("Id".into(), json!(1));
        }
        let id = store.add_customer(Value::Object(customer));
        let created = store
            .customers
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.json.clone())
            .unwrap_or_default();
        Ok(ok(Wire::V1, StatusCode::CREATED, created))
    };
    run().unwrap_or_else(|e| e)
}

async fn query_sales_orders(
    State(store): State<Shared>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let store = lock(&store);
    let run = || -> Reply {
        authenticate(Wire::V1, &store, &headers)?;
        let (page, size) = paging(&q)?;
        let customer = q.get("customerId").and_then(|c| c.parse::<i32>().ok());
        let orders = store
            .sales_orders
            .iter()
            .filter(|o| customer.is_none_or(|c| o.customer_id == c))
            .map(order_json)
            .collect();
        Ok(paged(orders, page, size))
    };
    run().unwrap_or_else(|e| e)
}

// ------------------------------------------------------------------ items, customers and sales
// orders with state: create, read, update (JTL answers updates with 201 and the record), delete.

fn validation(problems: Map<String, Value>) -> Response {
    error_with(
        Wire::V1,
        StatusCode::BAD_REQUEST,
        "VALIDATION_ERROR",
        "One or more validation errors occurred.",
        problems,
    )
}

fn not_found(what: &str) -> Response {
    error(
        Wire::V1,
        StatusCode::NOT_FOUND,
        "NOT_FOUND",
        &format!("No {what} with the given ID exists."),
    )
}

fn text(body: &Map<String, Value>, field: &str) -> Option<String> {
    body.get(field)
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty())
        .map(str::to_string)
}

fn whole(body: &Map<String, Value>, field: &str) -> Option<i32> {
    body.get(field)
        .and_then(Value::as_i64)
        .and_then(|n| i32::try_from(n).ok())
}

async fn create_item(State(store): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    let mut store = lock(&store);
    let mut run = || -> Reply {
        authenticate(Wire::V1, &store, &headers)?;
        let body = parse_json(Wire::V1, &body)?;
        let mut problems = Map::new();
        let name = text(&body, "Name");
        if name.is_none() {
            problems.insert("Name".into(), "The field is required.".into());
        }
        if !body.get("Categories").is_some_and(Value::is_array) {
            problems.insert("Categories".into(), "The field is required.".into());
        }
        let Some(name) = name.filter(|_| problems.is_empty()) else {
            return Err(validation(problems));
        };
        let sku = text(&body, "SKU");
        let id = store.add_item(sku.as_deref().unwrap_or(""), &name);
        let item = store.items.iter_mut().find(|i| i.id == id);
        let item = match item {
            Some(item) => {
                if sku.is_none() {
                    // JTL numbers an item without a SKU itself.
                    item.sku = format!("ART-{id}");
                }
                item_json(item)
            }
            None => Value::Null,
        };
        Ok(ok(Wire::V1, StatusCode::CREATED, item))
    };
    run().unwrap_or_else(|e| e)
}

async fn update_item(
    State(store): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let mut store = lock(&store);
    let mut run = || -> Reply {
        authenticate(Wire::V1, &store, &headers)?;
        let body = parse_json(Wire::V1, &body)?;
        let item = id
            .parse::<i32>()
            .ok()
            .and_then(|id| store.items.iter_mut().find(|i| i.id == id))
            .ok_or_else(|| not_found("item"))?;
        if let Some(name) = text(&body, "Name") {
            item.name = name;
        }
        if let Some(sku) = text(&body, "SKU") {
            item.sku = sku;
        }
        Ok(ok(Wire::V1, StatusCode::CREATED, item_json(item)))
    };
    run().unwrap_or_else(|e| e)
}

async fn update_customer(
    State(store): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let mut store = lock(&store);
    let mut run = || -> Reply {
        authenticate(Wire::V1, &store, &headers)?;
        let body = parse_json(Wire::V1, &body)?;
        let customer = id
            .parse::<i32>()
            .ok()
            .and_then(|id| store.customers.iter_mut().find(|c| c.id == id))
            .ok_or_else(|| not_found("customer"))?;
        if let Some(map) = customer.json.as_object_mut() {
            for (key, value) in body {
                if key != "Id" {
                    map.insert(key, value);
                }
            }
        }
        Ok(ok(Wire::V1, StatusCode::CREATED, customer.json.clone()))
    };
    run().unwrap_or_else(|e| e)
}

async fn delete_customer(
    State(store): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let mut store = lock(&store);
    if let Err(e) = authenticate(Wire::V1, &store, &headers) {
        return e;
    }
    let before = store.customers.len();
    if let Ok(id) = id.parse::<i32>() {
        store.customers.retain(|c| c.id != id);
    }
    if store.customers.len() < before {
        empty(StatusCode::NO_CONTENT)
    } else {
        not_found("customer")
    }
}

fn order_json(o: &super::SalesOrder) -> Value {
    json!({
        "Id": o.id, "Number": o.number, "CustomerId": o.customer_id, "CompanyId": o.company_id,
        "Comment": o.comment, "IsCancelled": false,
    })
}

async fn create_sales_order(
    State(store): State<Shared>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let mut store = lock(&store);
    let mut run = || -> Reply {
        authenticate(Wire::V1, &store, &headers)?;
        let body = parse_json(Wire::V1, &body)?;
        let mut problems = Map::new();
        let customer = whole(&body, "CustomerId");
        match customer {
            None => {
                problems.insert(
                    "CustomerId".into(),
                    "The field is required and must be a whole number.".into(),
                );
            }
            Some(id) if !store.customers.iter().any(|c| c.id == id) => {
                problems.insert("CustomerId".into(), "No such customer.".into());
            }
            Some(_) => {}
        }
        let company = whole(&body, "CompanyId");
        if company.is_none() {
            problems.insert(
                "CompanyId".into(),
                "The field is required and must be a whole number.".into(),
            );
        }
        let (Some(customer), Some(company)) = (customer, company) else {
            return Err(validation(problems));
        };
        if !problems.is_empty() {
            return Err(validation(problems));
        }
        let number = text(&body, "Number");
        let id =
            store.create_sales_order(number.as_deref(), customer, company, text(&body, "Comment"));
        let order = store
            .sales_orders
            .iter()
            .find(|o| o.id == id)
            .map(order_json)
            .unwrap_or_default();
        Ok(ok(Wire::V1, StatusCode::CREATED, order))
    };
    run().unwrap_or_else(|e| e)
}

async fn get_sales_order(
    State(store): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let store = lock(&store);
    if let Err(e) = authenticate(Wire::V1, &store, &headers) {
        return e;
    }
    match id
        .parse::<i32>()
        .ok()
        .and_then(|id| store.sales_orders.iter().find(|o| o.id == id))
    {
        Some(order) => ok(Wire::V1, StatusCode::OK, order_json(order)),
        None => not_found("sales order"),
    }
}

async fn update_sales_order(
    State(store): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let mut store = lock(&store);
    let mut run = || -> Reply {
        authenticate(Wire::V1, &store, &headers)?;
        let body = parse_json(Wire::V1, &body)?;
        let order = id
            .parse::<i32>()
            .ok()
            .and_then(|id| store.sales_orders.iter_mut().find(|o| o.id == id))
            .ok_or_else(|| not_found("sales order"))?;
        if let Some(comment) = body.get("Comment").and_then(Value::as_str) {
            order.comment = Some(comment.to_string());
        }
        if let Some(number) = text(&body, "Number") {
            order.number = number;
        }
        Ok(ok(Wire::V1, StatusCode::CREATED, order_json(order)))
    };
    run().unwrap_or_else(|e| e)
}

async fn query_line_items(
    State(store): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let store = lock(&store);
    if let Err(e) = authenticate(Wire::V1, &store, &headers) {
        return e;
    }
    match id
        .parse::<i32>()
        .ok()
        .and_then(|id| store.sales_orders.iter().find(|o| o.id == id))
    {
        Some(order) => ok(
            Wire::V1,
            StatusCode::OK,
            Value::Array(order.line_items.clone()),
        ),
        None => not_found("sales order"),
    }
}

/// Adds positions to a sales order: an array of `CreateSalesOrderLineItem`; a position naming an
/// item takes its SKU and name (type 1, Item), one without is free text (type 0).
async fn create_line_items(
    State(store): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let mut store = lock(&store);
    let mut run = || -> Reply {
        authenticate(Wire::V1, &store, &headers)?;
        let lines: Vec<Map<String, Value>> = serde_json::from_slice(&body).map_err(|_| {
            error(
                Wire::V1,
                StatusCode::BAD_REQUEST,
                "VALIDATION_ERROR",
                "The body must be a JSON array of line items.",
            )
        })?;
        let order_id = id
            .parse::<i32>()
            .ok()
            .filter(|id| store.sales_orders.iter().any(|o| o.id == *id))
            .ok_or_else(|| not_found("sales order"))?;
        let mut problems = Map::new();
        let mut created = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            let quantity = line.get("Quantity").and_then(Value::as_f64);
            if !quantity.is_some_and(|q| q > 0.0) {
                problems.insert(
                    format!("[{i}].Quantity"),
                    "The field is required and must be above zero.".into(),
                );
            }
            let item = match whole(line, "ItemId") {
                Some(item_id) => match store.items.iter().find(|it| it.id == item_id) {
                    Some(item) => Some(item.clone()),
                    None => {
                        problems.insert(format!("[{i}].ItemId"), "No such item.".into());
                        None
                    }
                },
                None => None,
            };
            let mut json = line.clone();
            json.insert("SalesOrderId".into(), json!(order_id));
            json.insert("QuantityDelivered".into(), json!(0));
            json.insert("QuantityReturned".into(), json!(0));
            json.insert("Type".into(), json!(if item.is_some() { 1 } else { 0 }));
            if let Some(item) = item {
                json.entry("SKU").or_insert(json!(item.sku));
                json.entry("Name").or_insert(json!(item.name));
            }
            created.push(json);
        }
        if !problems.is_empty() {
            return Err(validation(problems));
        }
        let mut answered = Vec::new();
        for mut json in created {
            json.insert("Id".into(), json!(store.new_id()));
            answered.push(Value::Object(json));
        }
        if let Some(order) = store.sales_orders.iter_mut().find(|o| o.id == order_id) {
            order.line_items.extend(answered.iter().cloned());
        }
        Ok(ok(Wire::V1, StatusCode::CREATED, Value::Array(answered)))
    };
    run().unwrap_or_else(|e| e)
}
