//! The stand-in's HTTP surface: ZITADEL's REST paths under `/management/v1`, `/admin/v1` and `/v2`.

// Handlers return ready-made error responses through `Result`; size does not matter in a stand-in.
#![allow(clippy::result_large_err)]

use super::state::{Idp, IdpKind, Owner, Store, change_details, timestamp};
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use chrono::Utc;
use serde_json::{Map, Value, json};
use std::sync::{Arc, Mutex, MutexGuard};

pub(super) type Shared = Arc<Mutex<Store>>;
type Reply = Result<Response, Response>;
type Body = Map<String, Value>;

/// Which API a request came through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Api {
    Mgmt,
    Admin,
}

impl Api {
    /// The prefix of ZITADEL's error ids for this API.
    fn error_prefix(self) -> &'static str {
        match self {
            Api::Mgmt => "Org",
            Api::Admin => "INSTANCE",
        }
    }
}

pub(crate) fn router(store: Shared) -> Router {
    let mut router = Router::new().route("/v2/idps/{id}", get(get_v2));
    for (prefix, api) in [("/management/v1", Api::Mgmt), ("/admin/v1", Api::Admin)] {
        let r = |p: &str| format!("{prefix}{p}");
        router = router
            .route(
                &r("/idps/_search"),
                post(move |s, h, b| run(api, s, h, b, None, list_idps)),
            )
            .route(
                &r("/idps/oidc"),
                post(move |s, h, b| run(api, s, h, b, None, add_oidc_idp)),
            )
            .route(
                &r("/idps/jwt"),
                post(move |s, h, b| run(api, s, h, b, None, add_jwt_idp)),
            )
            .route(
                &r("/idps/generic_jwt"),
                post(move |s, h, b| run(api, s, h, b, None, add_jwt_provider)),
            )
            .route(
                &r("/idps/generic_jwt/{id}"),
                put(move |s, h, Path(id): Path<String>, b| {
                    run(api, s, h, b, Some(id), update_jwt_provider)
                }),
            )
            .route(
                &r("/idps/templates/_search"),
                post(move |s, h, b| run(api, s, h, b, None, list_providers)),
            )
            .route(
                &r("/idps/templates/{id}"),
                get(move |s, h, Path(id): Path<String>| {
                    run(api, s, h, Bytes::new(), Some(id), get_provider)
                })
                .delete(move |s, h, Path(id): Path<String>| {
                    run(api, s, h, Bytes::new(), Some(id), delete_provider)
                }),
            )
            .route(
                &r("/idps/{id}"),
                get(move |s, h, Path(id): Path<String>| {
                    run(api, s, h, Bytes::new(), Some(id), get_idp)
                })
                .put(move |s, h, Path(id): Path<String>, b| run(api, s, h, b, Some(id), update_idp))
                .delete(move |s, h, Path(id): Path<String>| {
                    run(api, s, h, Bytes::new(), Some(id), remove_idp)
                }),
            )
            .route(
                &r("/idps/{id}/_deactivate"),
                post(move |s, h, Path(id): Path<String>, b| {
                    run(api, s, h, b, Some(id), deactivate)
                }),
            )
            .route(
                &r("/idps/{id}/_reactivate"),
                post(move |s, h, Path(id): Path<String>, b| {
                    run(api, s, h, b, Some(id), reactivate)
                }),
            )
            .route(
                &r("/idps/{id}/jwt_config"),
                put(move |s, h, Path(id): Path<String>, b| {
                    run(api, s, h, b, Some(id), update_jwt_config)
                }),
            )
            .route(
                &r("/idps/{id}/oidc_config"),
                put(move |s, h, Path(id): Path<String>, b| {
                    run(api, s, h, b, Some(id), update_oidc_config)
                }),
            );
    }
    router
        .fallback(|| async { rpc_error(StatusCode::NOT_FOUND, 5, "Not Found", None) })
        .with_state(store)
}

// ------------------------------------------------------------------ answers

/// An `rpcStatus` body; `id` adds a `zitadel.v1.ErrorDetail` and the "(ID)" suffix ZITADEL writes.
pub(super) fn rpc_error(
    status: StatusCode,
    code: i32,
    message: &str,
    id: Option<&str>,
) -> Response {
    let body = match id {
        Some(id) => json!({
            "code": code,
            "message": format!("{message} ({id})"),
            "details": [{"@type": "type.googleapis.com/zitadel.v1.ErrorDetail", "id": id, "message": message}],
        }),
        None => json!({"code": code, "message": message, "details": []}),
    };
    (status, axum::Json(body)).into_response()
}

fn not_found(api: Api) -> Response {
    let id = format!("{}-67J9d", api.error_prefix());
    rpc_error(
        StatusCode::NOT_FOUND,
        5,
        "Errors.IDPConfig.NotExisting",
        Some(&id),
    )
}

fn not_changed(api: Api) -> Response {
    let id = format!("{}-2k9fs", api.error_prefix());
    rpc_error(
        StatusCode::BAD_REQUEST,
        9,
        "Errors.IDPConfig.NotChanged",
        Some(&id),
    )
}

fn ok(body: Value) -> Reply {
    Ok((StatusCode::OK, axum::Json(body)).into_response())
}

// ------------------------------------------------------------------ the request pipeline

/// What a handler gets: the API, the owner it acts for, the parsed body and the path id.
struct Call<'a> {
    api: Api,
    owner: Owner,
    body: Body,
    id: String,
    store: &'a mut Store,
}

async fn run(
    api: Api,
    State(store): State<Shared>,
    headers: HeaderMap,
    body: Bytes,
    id: Option<String>,
    handler: fn(Call<'_>) -> Reply,
) -> Response {
    let mut store = lock(&store);
    let prepared = prepare(api, &store, &headers, &body);
    match prepared {
        Ok((owner, body)) => {
            let call = Call {
                api,
                owner,
                body,
                id: id.unwrap_or_default(),
                store: &mut store,
            };
            handler(call).unwrap_or_else(|e| e)
        }
        Err(e) => e,
    }
}

pub(super) fn lock(store: &Shared) -> MutexGuard<'_, Store> {
    store.lock().unwrap_or_else(|p| p.into_inner())
}

/// Checks the token, picks the owner, parses the body (absent or empty means `{}`).
fn prepare(
    api: Api,
    store: &Store,
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<(Owner, Body), Response> {
    authenticate(store, headers)?;
    let owner = match api {
        Api::Admin => Owner::Instance,
        Api::Mgmt => Owner::Org(
            headers
                .get("x-zitadel-orgid")
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
                .unwrap_or_else(|| store.config.default_org_id.clone()),
        ),
    };
    if let Owner::Org(org) = &owner
        && let Some(known) = &store.config.organizations
        && *org != store.config.default_org_id
        && !known.contains(org)
    {
        return Err(rpc_error(
            StatusCode::FORBIDDEN,
            7,
            "No matching permissions found",
            Some("AUTH-5mWD2"),
        ));
    }
    let body = if body.iter().all(u8::is_ascii_whitespace) {
        Map::new()
    } else {
        match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(map)) => map,
            _ => {
                return Err(rpc_error(
                    StatusCode::BAD_REQUEST,
                    3,
                    "proto: syntax error: invalid JSON object",
                    None,
                ));
            }
        }
    };
    Ok((owner, body))
}

pub(super) fn authenticate(store: &Store, headers: &HeaderMap) -> Result<(), Response> {
    let auth = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let Some(token) = auth.strip_prefix("Bearer ").filter(|t| !t.is_empty()) else {
        return Err(rpc_error(
            StatusCode::UNAUTHORIZED,
            16,
            "auth header missing",
            None,
        ));
    };
    if store
        .config
        .accepted_tokens
        .as_ref()
        .is_some_and(|list| !list.iter().any(|t| t == token))
    {
        return Err(rpc_error(
            StatusCode::UNAUTHORIZED,
            16,
            "Errors.Token.Invalid",
            Some("AUTH-7fs1e"),
        ));
    }
    Ok(())
}

/// A string field of `min..=max` characters, checked as ZITADEL's validator does (gRPC 3, no details).
fn text(
    body: &Body,
    message: &str,
    field: &str,
    min: usize,
    max: usize,
) -> Result<String, Response> {
    let value = body.get(field).and_then(Value::as_str).unwrap_or("");
    let len = value.chars().count();
    if len < min || len > max {
        let pascal: String = field
            .chars()
            .take(1)
            .flat_map(char::to_uppercase)
            .chain(field.chars().skip(1))
            .collect();
        let msg = format!(
            "invalid {message}.{pascal}: value length must be between {min} and {max} runes, inclusive"
        );
        return Err(rpc_error(StatusCode::BAD_REQUEST, 3, &msg, None));
    }
    Ok(value.to_string())
}

fn string_list(body: &Body, field: &str) -> Vec<String> {
    body.get(field)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

// ------------------------------------------------------------------ views (zero values omitted)

fn insert_if(map: &mut Body, key: &str, value: Value) {
    let zero = match &value {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        Value::Number(_) => false,
    };
    if !zero {
        map.insert(key.to_string(), value);
    }
}

fn read_details(store: &Store, idp: &Idp, owner_override: Option<&str>) -> Value {
    let owner = owner_override
        .map(str::to_string)
        .unwrap_or_else(|| store.resource_owner(&idp.owner));
    json!({
        "sequence": idp.sequence.to_string(),
        "creationDate": timestamp(idp.created),
        "changeDate": timestamp(idp.changed),
        "resourceOwner": owner,
    })
}

fn jwt_json(kind: &IdpKind) -> Option<Value> {
    match kind {
        IdpKind::Jwt {
            jwt_endpoint,
            issuer,
            keys_endpoint,
            header_name,
        } => {
            let mut m = Map::new();
            insert_if(&mut m, "jwtEndpoint", json!(jwt_endpoint));
            insert_if(&mut m, "issuer", json!(issuer));
            insert_if(&mut m, "keysEndpoint", json!(keys_endpoint));
            insert_if(&mut m, "headerName", json!(header_name));
            Some(Value::Object(m))
        }
        IdpKind::Oidc { .. } => None,
    }
}

fn oidc_json(kind: &IdpKind) -> Option<Value> {
    match kind {
        IdpKind::Oidc {
            client_id,
            issuer,
            scopes,
        } => {
            let mut m = Map::new();
            insert_if(&mut m, "clientId", json!(client_id));
            insert_if(&mut m, "issuer", json!(issuer));
            insert_if(&mut m, "scopes", json!(scopes));
            Some(Value::Object(m))
        }
        IdpKind::Jwt { .. } => None,
    }
}

fn state_name(idp: &Idp) -> &'static str {
    if idp.active {
        "IDP_STATE_ACTIVE"
    } else {
        "IDP_STATE_INACTIVE"
    }
}

fn owner_name(owner: &Owner) -> &'static str {
    match owner {
        Owner::Instance => "IDP_OWNER_TYPE_SYSTEM",
        Owner::Org(_) => "IDP_OWNER_TYPE_ORG",
    }
}

/// A v1 `IDP`. ZITADEL's Admin GetIDPByID puts the IDP id in `resourceOwner`; `quirk` reproduces it.
fn legacy_view(store: &Store, idp: &Idp, quirk: bool) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), json!(idp.id));
    m.insert(
        "details".into(),
        read_details(store, idp, quirk.then_some(idp.id.as_str())),
    );
    m.insert("state".into(), json!(state_name(idp)));
    insert_if(&mut m, "name", json!(idp.name));
    insert_if(
        &mut m,
        "stylingType",
        json!(idp.styling_type.clone().unwrap_or_default()),
    );
    m.insert("owner".into(), json!(owner_name(&idp.owner)));
    insert_if(&mut m, "autoRegister", json!(idp.auto_register));
    if let Some(jwt) = jwt_json(&idp.kind) {
        m.insert("jwtConfig".into(), jwt);
    }
    if let Some(oidc) = oidc_json(&idp.kind) {
        m.insert("oidcConfig".into(), oidc);
    }
    Value::Object(m)
}

fn config_view(idp: &Idp) -> Value {
    let mut config = Map::new();
    insert_if(&mut config, "options", Value::Object(idp.options.clone()));
    if let Some(jwt) = jwt_json(&idp.kind) {
        config.insert("jwt".into(), jwt);
    }
    if let Some(oidc) = oidc_json(&idp.kind) {
        config.insert("oidc".into(), oidc);
    }
    Value::Object(config)
}

fn provider_view(store: &Store, idp: &Idp) -> Value {
    let kind = match idp.kind {
        IdpKind::Jwt { .. } => "PROVIDER_TYPE_JWT",
        IdpKind::Oidc { .. } => "PROVIDER_TYPE_OIDC",
    };
    json!({
        "id": idp.id, "details": read_details(store, idp, None), "state": state_name(idp), "name": idp.name,
        "owner": owner_name(&idp.owner), "type": kind, "config": config_view(idp),
    })
}

// ------------------------------------------------------------------ reads

fn get_idp(call: Call<'_>) -> Reply {
    let quirk = call.api == Api::Admin;
    let idp = call
        .store
        .find(&call.owner, &call.id)
        .cloned()
        .ok_or_else(|| not_found(call.api))?;
    ok(json!({"idp": legacy_view(call.store, &idp, quirk)}))
}

fn get_provider(call: Call<'_>) -> Reply {
    let idp = call
        .store
        .find(&call.owner, &call.id)
        .cloned()
        .ok_or_else(|| not_found(call.api))?;
    ok(json!({"idp": provider_view(call.store, &idp)}))
}

/// The IDPs of `owner` matching the `queries` of a search body, and the page the `query` asks for.
fn search(call: &Call<'_>) -> Result<(Vec<Idp>, usize), Response> {
    let query = call
        .body
        .get("query")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let offset = match query.get("offset") {
        None => 0,
        Some(Value::String(s)) => s
            .parse::<usize>()
            .map_err(|_| rpc_error(StatusCode::BAD_REQUEST, 3, "invalid offset", None))?,
        Some(v) => v
            .as_u64()
            .map(|n| n as usize)
            .ok_or_else(|| rpc_error(StatusCode::BAD_REQUEST, 3, "invalid offset", None))?,
    };
    let limit = query.get("limit").and_then(Value::as_u64).unwrap_or(100) as usize;
    if limit > 1000 {
        return Err(rpc_error(
            StatusCode::BAD_REQUEST,
            3,
            "Errors.Query.LimitExceeded",
            Some("QUERY-4M9fs"),
        ));
    }
    let mut matches: Vec<Idp> = call
        .store
        .idps
        .iter()
        .filter(|i| i.owner == call.owner)
        .cloned()
        .collect();
    for q in call
        .body
        .get("queries")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(id) = q.pointer("/idpIdQuery/id").and_then(Value::as_str) {
            matches.retain(|i| i.id == id);
        }
        if let Some(name) = q.pointer("/idpNameQuery/name").and_then(Value::as_str) {
            let method = q
                .pointer("/idpNameQuery/method")
                .and_then(Value::as_str)
                .unwrap_or("TEXT_QUERY_METHOD_EQUALS");
            matches.retain(|i| text_matches(&i.name, name, method));
        }
    }
    if query.get("asc").and_then(Value::as_bool) != Some(true) {
        matches.reverse();
    }
    let total = matches.len();
    Ok((
        matches
            .into_iter()
            .skip(offset)
            .take(limit.max(1))
            .collect(),
        total,
    ))
}

fn text_matches(value: &str, wanted: &str, method: &str) -> bool {
    let (v, w) = if method.ends_with("IGNORE_CASE") {
        (value.to_lowercase(), wanted.to_lowercase())
    } else {
        (value.to_string(), wanted.to_string())
    };
    match method.trim_end_matches("_IGNORE_CASE") {
        "TEXT_QUERY_METHOD_STARTS_WITH" => v.starts_with(&w),
        "TEXT_QUERY_METHOD_CONTAINS" => v.contains(&w),
        "TEXT_QUERY_METHOD_ENDS_WITH" => v.ends_with(&w),
        _ => v == w,
    }
}

fn list_details(store: &Store, total: usize) -> Value {
    json!({"totalResult": total.to_string(), "processedSequence": store.idps.iter().map(|i| i.sequence).max().unwrap_or(0).to_string(), "viewTimestamp": timestamp(Utc::now())})
}

fn list_idps(call: Call<'_>) -> Reply {
    let (page, total) = search(&call)?;
    let result: Vec<Value> = page
        .iter()
        .map(|i| legacy_view(call.store, i, false))
        .collect();
    let mut m = Map::new();
    m.insert("details".into(), list_details(call.store, total));
    insert_if(
        &mut m,
        "sortingColumn",
        call.body
            .get("sortingColumn")
            .cloned()
            .unwrap_or(Value::Null),
    );
    insert_if(&mut m, "result", Value::Array(result));
    ok(Value::Object(m))
}

fn list_providers(call: Call<'_>) -> Reply {
    let (page, total) = search(&call)?;
    let result: Vec<Value> = page.iter().map(|i| provider_view(call.store, i)).collect();
    let mut m = Map::new();
    m.insert("details".into(), list_details(call.store, total));
    insert_if(&mut m, "result", Value::Array(result));
    ok(Value::Object(m))
}

async fn get_v2(
    State(store): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let store = lock(&store);
    if let Err(e) = authenticate(&store, &headers) {
        return e;
    }
    let Some(idp) = store.idps.iter().find(|i| i.id == id) else {
        return rpc_error(
            StatusCode::NOT_FOUND,
            5,
            "Errors.IDPConfig.NotExisting",
            Some("QUERY-SAF3g"),
        );
    };
    let kind = match idp.kind {
        IdpKind::Jwt { .. } => "IDP_TYPE_JWT",
        IdpKind::Oidc { .. } => "IDP_TYPE_OIDC",
    };
    let body = json!({"idp": {
        "id": idp.id, "details": read_details(&store, idp, None), "state": state_name(idp), "name": idp.name,
        "type": kind, "config": config_view(idp),
    }});
    (StatusCode::OK, axum::Json(body)).into_response()
}

// ------------------------------------------------------------------ writes

/// Records a change: bumps the sequence and returns `{"details": ...}`.
fn changed(store: &mut Store, owner: &Owner, id: &str) -> Value {
    let sequence = store.next_sequence();
    let now = Utc::now();
    let resource_owner = store.resource_owner(owner);
    if let Some(idp) = store.find(owner, id) {
        idp.sequence = sequence;
        idp.changed = now;
    }
    json!({"details": change_details(sequence, now, &resource_owner)})
}

fn added(
    call: Call<'_>,
    name: String,
    kind: IdpKind,
    id_key: &str,
    tweak: impl FnOnce(&mut Idp),
) -> Reply {
    let idp = call.store.insert(call.owner.clone(), name, kind);
    tweak(idp);
    let (id, sequence, created) = (idp.id.clone(), idp.sequence, idp.created);
    let owner = call.store.resource_owner(&call.owner);
    ok(json!({"details": change_details(sequence, created, &owner), id_key: id}))
}

fn jwt_fields(body: &Body, message: &str, keys_min: usize) -> Result<IdpKind, Response> {
    Ok(IdpKind::Jwt {
        jwt_endpoint: text(body, message, "jwtEndpoint", 1, 200)?,
        issuer: text(body, message, "issuer", 1, 200)?,
        keys_endpoint: text(body, message, "keysEndpoint", keys_min, 200)?,
        header_name: text(body, message, "headerName", 1, 200)?,
    })
}

fn add_jwt_idp(call: Call<'_>) -> Reply {
    let message = if call.api == Api::Mgmt {
        "AddOrgJWTIDPRequest"
    } else {
        "AddJWTIDPRequest"
    };
    let name = text(&call.body, message, "name", 1, 200)?;
    let kind = jwt_fields(&call.body, message, 1)?;
    let styling = call
        .body
        .get("stylingType")
        .and_then(Value::as_str)
        .map(str::to_string);
    let auto = call
        .body
        .get("autoRegister")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    added(call, name, kind, "idpId", |idp| {
        idp.styling_type = styling;
        idp.auto_register = auto;
    })
}

fn add_oidc_idp(call: Call<'_>) -> Reply {
    let message = if call.api == Api::Mgmt {
        "AddOrgOIDCIDPRequest"
    } else {
        "AddOIDCIDPRequest"
    };
    let name = text(&call.body, message, "name", 1, 200)?;
    let client_id = text(&call.body, message, "clientId", 1, 200)?;
    text(&call.body, message, "clientSecret", 1, 200)?;
    let issuer = text(&call.body, message, "issuer", 1, 200)?;
    let scopes = string_list(&call.body, "scopes");
    let auto = call
        .body
        .get("autoRegister")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    added(
        call,
        name,
        IdpKind::Oidc {
            client_id,
            issuer,
            scopes,
        },
        "idpId",
        |idp| idp.auto_register = auto,
    )
}

fn add_jwt_provider(call: Call<'_>) -> Reply {
    let name = text(&call.body, "AddJWTProviderRequest", "name", 1, 200)?;
    let kind = jwt_fields(&call.body, "AddJWTProviderRequest", 1)?;
    let options = call
        .body
        .get("providerOptions")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    added(call, name, kind, "id", |idp| idp.options = options)
}

fn update_idp(call: Call<'_>) -> Reply {
    let name = text(&call.body, "UpdateIDPRequest", "name", 1, 200)?;
    let styling = call
        .body
        .get("stylingType")
        .and_then(Value::as_str)
        .filter(|s| *s != "STYLING_TYPE_UNSPECIFIED")
        .map(str::to_string);
    let auto = call
        .body
        .get("autoRegister")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let (api, owner, id) = (call.api, call.owner.clone(), call.id.clone());
    let idp = call.store.find(&owner, &id).ok_or_else(|| not_found(api))?;
    if idp.name == name && idp.styling_type == styling && idp.auto_register == auto {
        return Err(not_changed(api));
    }
    idp.name = name;
    idp.styling_type = styling;
    idp.auto_register = auto;
    ok(changed(call.store, &owner, &id))
}

fn update_jwt_config(call: Call<'_>) -> Reply {
    let message = if call.api == Api::Mgmt {
        "UpdateOrgIDPJWTConfigRequest"
    } else {
        "UpdateIDPJWTConfigRequest"
    };
    let kind = jwt_fields(&call.body, message, 1)?;
    let (api, owner, id) = (call.api, call.owner.clone(), call.id.clone());
    let idp = call.store.find(&owner, &id).ok_or_else(|| not_found(api))?;
    if !matches!(idp.kind, IdpKind::Jwt { .. }) {
        return Err(not_found(api));
    }
    if idp.kind == kind {
        return Err(not_changed(api));
    }
    idp.kind = kind;
    ok(changed(call.store, &owner, &id))
}

fn update_oidc_config(call: Call<'_>) -> Reply {
    let message = if call.api == Api::Mgmt {
        "UpdateOrgIDPOIDCConfigRequest"
    } else {
        "UpdateIDPOIDCConfigRequest"
    };
    let client_id = text(&call.body, message, "clientId", 1, 200)?;
    text(&call.body, message, "clientSecret", 0, 200)?;
    let issuer = text(&call.body, message, "issuer", 1, 200)?;
    let scopes = string_list(&call.body, "scopes");
    let (api, owner, id) = (call.api, call.owner.clone(), call.id.clone());
    let idp = call.store.find(&owner, &id).ok_or_else(|| not_found(api))?;
    let kind = IdpKind::Oidc {
        client_id,
        issuer,
        scopes,
    };
    match &idp.kind {
        IdpKind::Oidc { .. }
            if idp.kind == kind
                && call
                    .body
                    .get("clientSecret")
                    .and_then(Value::as_str)
                    .is_none_or(str::is_empty) =>
        {
            return Err(not_changed(api));
        }
        IdpKind::Oidc { .. } => idp.kind = kind,
        IdpKind::Jwt { .. } => return Err(not_found(api)),
    }
    ok(changed(call.store, &owner, &id))
}

fn update_jwt_provider(call: Call<'_>) -> Reply {
    let name = text(&call.body, "UpdateJWTProviderRequest", "name", 1, 200)?;
    let kind = jwt_fields(&call.body, "UpdateJWTProviderRequest", 0)?;
    let options = call
        .body
        .get("providerOptions")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let (api, owner, id) = (call.api, call.owner.clone(), call.id.clone());
    let idp = call.store.find(&owner, &id).ok_or_else(|| not_found(api))?;
    if idp.name == name && idp.kind == kind && idp.options == options {
        return Err(not_changed(api));
    }
    idp.name = name;
    idp.kind = kind;
    idp.options = options;
    ok(changed(call.store, &owner, &id))
}

fn set_active(call: Call<'_>, active: bool) -> Reply {
    let (api, owner, id) = (call.api, call.owner.clone(), call.id.clone());
    let idp = call.store.find(&owner, &id).ok_or_else(|| not_found(api))?;
    if idp.active == active {
        let what = if active {
            "Errors.IDPConfig.NotInactive"
        } else {
            "Errors.IDPConfig.NotActive"
        };
        let code = format!("{}-4M9so", api.error_prefix());
        return Err(rpc_error(StatusCode::BAD_REQUEST, 9, what, Some(&code)));
    }
    idp.active = active;
    ok(changed(call.store, &owner, &id))
}

fn deactivate(call: Call<'_>) -> Reply {
    set_active(call, false)
}

fn reactivate(call: Call<'_>) -> Reply {
    set_active(call, true)
}

fn remove_idp(call: Call<'_>) -> Reply {
    // The Management API's RemoveOrgIDP answers an empty object; the Admin API's RemoveIDP `{details}`.
    let empty = call.api == Api::Mgmt;
    delete(call, empty)
}

fn delete_provider(call: Call<'_>) -> Reply {
    delete(call, false)
}

/// Removes an IDP; answers `{}` when `empty`, else `{details}`.
fn delete(call: Call<'_>, empty: bool) -> Reply {
    let owner = call.store.resource_owner(&call.owner);
    if !call.store.remove(&call.owner, &call.id) {
        return Err(not_found(call.api));
    }
    if empty {
        return ok(json!({}));
    }
    let sequence = call.store.next_sequence();
    ok(json!({"details": change_details(sequence, Utc::now(), &owner)}))
}
