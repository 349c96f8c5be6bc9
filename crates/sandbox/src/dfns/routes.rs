//! The stand-in's HTTP surface: Dfns' paths, user action checks and error bodies.

// Handlers return ready-made error responses through `Result`; size does not matter in a stand-in.
#![allow(clippy::result_large_err)]

use super::state::{Action, Challenge, Store};
use super::verify;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use base64::Engine as _;
use serde_json::{Map, Value, json};
use std::sync::{Arc, Mutex, MutexGuard};

pub(super) type Shared = Arc<Mutex<Store>>;
type Reply = Result<Response, Response>;

/// The three kinds of object, told apart by their id prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    App,
    ServiceAccount,
    Pat,
}

impl Kind {
    fn prefix(self) -> &'static str {
        match self {
            Kind::App => "ap-",
            Kind::ServiceAccount => "us-",
            Kind::Pat => "to-",
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Kind::App => "application",
            Kind::ServiceAccount => "service account",
            Kind::Pat => "personal access token",
        }
    }
}

/// What a request asks for.
#[derive(Debug, Clone, Copy)]
enum Op {
    List(Kind),
    Create(Kind),
    Get(Kind),
    Update(Kind),
    SetActive(Kind, bool),
    Archive(Kind),
}

impl Op {
    fn is_write(self) -> bool {
        !matches!(self, Op::List(_) | Op::Get(_))
    }
}

macro_rules! handler {
    ($op:expr, body) => {
        move |s: State<Shared>, m: Method, u: Uri, h: HeaderMap, b: Bytes| {
            handle($op, s, m, u, h, None, b)
        }
    };
    ($op:expr, id) => {
        move |s: State<Shared>,
              m: Method,
              u: Uri,
              h: HeaderMap,
              Path(id): Path<String>,
              b: Bytes| { handle($op, s, m, u, h, Some(id), b) }
    };
}

/// The stand-in's routes: user action signing always, the resources with state when `stateful`.
pub(crate) fn router(store: Shared, stateful: bool) -> Router {
    let mut router = Router::new()
        .route("/auth/action/init", post(init))
        .route("/auth/action", post(sign));
    if !stateful {
        return router.with_state(store);
    }
    for (base, kind) in [
        ("/auth/apps", Kind::App),
        ("/auth/service-accounts", Kind::ServiceAccount),
        ("/auth/pats", Kind::Pat),
    ] {
        router = router
            .route(
                base,
                get(handler!(Op::List(kind), body)).post(handler!(Op::Create(kind), body)),
            )
            .route(
                &format!("{base}/{{id}}"),
                get(handler!(Op::Get(kind), id))
                    .put(handler!(Op::Update(kind), id))
                    .delete(handler!(Op::Archive(kind), id)),
            )
            .route(
                &format!("{base}/{{id}}/activate"),
                put(handler!(Op::SetActive(kind, true), id)),
            )
            .route(
                &format!("{base}/{{id}}/deactivate"),
                put(handler!(Op::SetActive(kind, false), id)),
            );
    }
    super::wallets::routes(router).with_state(store)
}

pub(super) fn error(status: StatusCode, message: &str) -> Response {
    (
        status,
        axum::Json(json!({"error": {"status": status.as_u16(), "message": message}})),
    )
        .into_response()
}

pub(super) fn ok(body: Value) -> Reply {
    Ok((StatusCode::OK, axum::Json(body)).into_response())
}

pub(super) fn lock(store: &Shared) -> MutexGuard<'_, Store> {
    store.lock().unwrap_or_else(|p| p.into_inner())
}

pub(super) fn authenticate(store: &Store, headers: &HeaderMap) -> Result<(), Response> {
    let auth = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let token = auth.strip_prefix("Bearer ").filter(|t| !t.is_empty());
    let accepted = token.is_some_and(|t| {
        store
            .config
            .accepted_tokens
            .as_ref()
            .is_none_or(|list| list.iter().any(|a| a == t))
    });
    if accepted {
        Ok(())
    } else {
        Err(error(StatusCode::UNAUTHORIZED, "Not Authorized."))
    }
}

pub(super) fn json_object(body: &Bytes) -> Result<Map<String, Value>, Response> {
    if body.is_empty() {
        return Ok(Map::new());
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(error(
            StatusCode::BAD_REQUEST,
            "the request body is not a JSON object",
        )),
    }
}

pub(super) fn text<'a>(body: &'a Map<String, Value>, field: &str) -> Result<&'a str, Response> {
    body.get(field)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| error(StatusCode::BAD_REQUEST, &format!("\"{field}\" is required")))
}

// ------------------------------------------------------------------ user action signing

async fn init(State(store): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    let mut store = lock(&store);
    let run = |store: &mut Store| -> Reply {
        authenticate(store, &headers)?;
        let body = json_object(&body)?;
        if let Some(extra) = body.keys().find(|k| {
            ![
                "userActionPayload",
                "userActionHttpMethod",
                "userActionHttpPath",
                "userActionServerKind",
            ]
            .contains(&k.as_str())
        }) {
            return Err(error(
                StatusCode::BAD_REQUEST,
                &format!("unknown field \"{extra}\""),
            ));
        }
        let payload = body
            .get("userActionPayload")
            .and_then(Value::as_str)
            .ok_or_else(|| error(StatusCode::BAD_REQUEST, "\"userActionPayload\" is required"))?;
        let action = Action {
            method: text(&body, "userActionHttpMethod")?.to_string(),
            path: text(&body, "userActionHttpPath")?.to_string(),
            payload: payload.to_string(),
        };
        let random = [random_bytes(), random_bytes()].concat();
        let challenge = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(random);
        let identifier = format!("ci-{}", uuid::Uuid::new_v4().simple());
        store.challenges.insert(
            identifier.clone(),
            Challenge {
                challenge: challenge.clone(),
                action,
                used: false,
            },
        );
        let keys: Vec<Value> = callers_credentials(store, &headers)
            .into_iter()
            .map(|id| json!({"type": "public-key", "id": id}))
            .collect();
        ok(json!({
            "challenge": challenge,
            "challengeIdentifier": identifier,
            "allowCredentials": {"key": keys, "webauthn": []},
            "supportedCredentialKinds": [{"kind": "Key", "factor": "first", "requiresSecondFactor": false}],
            "userVerification": "required",
            "attestation": "none",
            "externalAuthenticationUrl": "",
        }))
    };
    run(&mut store).unwrap_or_else(|e| e)
}

/// The credentials of the user behind the request's bearer token: the ones registered for that
/// token, or, for a token that owns none, the default user's (registered without an owner).
fn callers_credentials<'a>(store: &'a Store, headers: &HeaderMap) -> Vec<&'a str> {
    let token = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|a| a.strip_prefix("Bearer "))
        .unwrap_or("");
    let owners = &store.config.owners;
    let owns_any = owners.iter().any(|(_, t)| t == token);
    store
        .keys
        .iter()
        .map(|(id, _)| id.as_str())
        .filter(|id| {
            let owner = owners
                .iter()
                .find(|(c, _)| c == id)
                .map(|(_, t)| t.as_str());
            match owner {
                Some(owner) => owner == token,
                None => !owns_any,
            }
        })
        .collect()
}

/// 16 bytes from the OS generator behind `uuid` (122 of them random; the stand-in needs no other source).
fn random_bytes() -> [u8; 16] {
    *uuid::Uuid::new_v4().as_bytes()
}

async fn sign(State(store): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    let mut store = lock(&store);
    let run = |store: &mut Store| -> Reply {
        authenticate(store, &headers)?;
        let body = json_object(&body)?;
        let identifier = text(&body, "challengeIdentifier")?;
        let factor = body
            .get("firstFactor")
            .and_then(Value::as_object)
            .ok_or_else(|| error(StatusCode::BAD_REQUEST, "\"firstFactor\" is required"))?;
        if factor.get("kind").and_then(Value::as_str) != Some("Key") {
            return Err(error(
                StatusCode::BAD_REQUEST,
                "only Key credentials are supported by the sandbox",
            ));
        }
        let assertion = factor
            .get("credentialAssertion")
            .and_then(Value::as_object)
            .ok_or_else(|| {
                error(
                    StatusCode::BAD_REQUEST,
                    "\"credentialAssertion\" is required",
                )
            })?;
        let cred_id = text(assertion, "credId")?;
        let client_data = text(assertion, "clientData")?;
        let signature = text(assertion, "signature")?;
        let challenge = store
            .challenges
            .get_mut(identifier)
            .ok_or_else(|| error(StatusCode::BAD_REQUEST, "challenge not found"))?;
        if challenge.used {
            return Err(error(
                StatusCode::BAD_REQUEST,
                "challenge has already been used",
            ));
        }
        challenge.used = true;
        let (expected, action) = (challenge.challenge.clone(), challenge.action.clone());
        let key = store
            .keys
            .iter()
            .find(|(id, _)| id == cred_id)
            .filter(|(id, _)| callers_credentials(store, &headers).contains(&id.as_str()))
            .map(|(_, k)| k.clone())
            .ok_or_else(|| error(StatusCode::UNAUTHORIZED, "credential not found"))?;
        verify::check(&key, &expected, client_data, signature)
            .map_err(|why| error(StatusCode::UNAUTHORIZED, why))?;
        let token = format!("ua-{}", uuid::Uuid::new_v4().simple());
        store.tokens.insert(token.clone(), (action, false));
        ok(json!({"userAction": token}))
    };
    run(&mut store).unwrap_or_else(|e| e)
}

/// Checks `X-DFNS-USERACTION` for a write and spends the token.
/// The checks every write passes: a user action token for exactly this method, path and body,
/// then the approval policy. `Some` is the 202 answer of a write held for approval.
pub(super) fn signed_write(
    store: &mut Store,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<Option<Response>, Response> {
    if store.config.accept_unsigned_writes {
        return Ok(None);
    }
    let payload = String::from_utf8(body.to_vec())
        .map_err(|_| error(StatusCode::BAD_REQUEST, "the body is not UTF-8"))?;
    let actual = Action {
        method: method.as_str().to_string(),
        path: uri.path().to_string(),
        payload,
    };
    spend_user_action(store, headers, &actual)?;
    if store.require_approval {
        let approval = store.id("ap");
        return Ok(Some(
            (
                StatusCode::ACCEPTED,
                axum::Json(json!({"id": approval, "status": "Pending", "activity": {"kind": "Request", "path": uri.path()}})),
            )
                .into_response(),
        ));
    }
    Ok(None)
}

fn spend_user_action(
    store: &mut Store,
    headers: &HeaderMap,
    actual: &Action,
) -> Result<(), Response> {
    let invalid = || {
        error(
            StatusCode::FORBIDDEN,
            "user action signature is missing or invalid",
        )
    };
    let token = headers
        .get("x-dfns-useraction")
        .and_then(|v| v.to_str().ok())
        .ok_or_else(invalid)?;
    let (bound, used) = store.tokens.get_mut(token).ok_or_else(invalid)?;
    if *used {
        return Err(error(
            StatusCode::BAD_REQUEST,
            "user action has already been used",
        ));
    }
    *used = true;
    if bound != actual {
        return Err(invalid());
    }
    Ok(())
}

// ------------------------------------------------------------------ resources

async fn handle(
    op: Op,
    State(store): State<Shared>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    id: Option<String>,
    body: Bytes,
) -> Response {
    let mut store = lock(&store);
    let run = |store: &mut Store| -> Reply {
        authenticate(store, &headers)?;
        if op.is_write()
            && let Some(pending) = signed_write(store, &method, &uri, &headers, &body)?
        {
            return Ok(pending);
        }
        let body = json_object(&body)?;
        let id = id.unwrap_or_default();
        match op {
            Op::List(kind) => {
                let items: Vec<Value> = store
                    .objects
                    .iter()
                    .filter(|(k, _)| k.starts_with(kind.prefix()))
                    .map(|(_, v)| public(v))
                    .collect();
                ok(json!({"items": items}))
            }
            Op::Create(kind) => create(store, kind, &body),
            Op::Get(kind) => ok(public(found(store, kind, &id)?)),
            Op::Update(kind) => {
                let object = found_mut(store, kind, &id)?;
                if let Some(name) = body.get("name").and_then(Value::as_str) {
                    match kind {
                        Kind::ServiceAccount => object["userInfo"]["name"] = json!(name),
                        _ => object["name"] = json!(name),
                    }
                }
                if let Some(external) = body.get("externalId") {
                    object["externalId"] = external.clone();
                }
                ok(public(object))
            }
            Op::SetActive(kind, active) => {
                let object = found_mut(store, kind, &id)?;
                match kind {
                    Kind::ServiceAccount => object["userInfo"]["isActive"] = json!(active),
                    _ => object["isActive"] = json!(active),
                }
                ok(public(object))
            }
            Op::Archive(kind) => {
                found(store, kind, &id)?;
                let position = store
                    .objects
                    .iter()
                    .position(|(k, _)| *k == id)
                    .ok_or_else(|| not_found(kind))?;
                let (_, mut object) = store.objects.remove(position);
                match kind {
                    Kind::ServiceAccount => object["userInfo"]["isActive"] = json!(false),
                    _ => object["isActive"] = json!(false),
                }
                ok(public(&object))
            }
        }
    };
    run(&mut store).unwrap_or_else(|e| e)
}

fn not_found(kind: Kind) -> Response {
    error(StatusCode::NOT_FOUND, &format!("{} not found", kind.noun()))
}

fn found<'a>(store: &'a Store, kind: Kind, id: &str) -> Result<&'a Value, Response> {
    store
        .find(id)
        .filter(|_| id.starts_with(kind.prefix()))
        .ok_or_else(|| not_found(kind))
}

fn found_mut<'a>(store: &'a mut Store, kind: Kind, id: &str) -> Result<&'a mut Value, Response> {
    if !id.starts_with(kind.prefix()) {
        return Err(not_found(kind));
    }
    store.find_mut(id).ok_or_else(|| not_found(kind))
}

/// An object as reads return it: without the `accessToken` secrets, which only creation shows.
fn public(object: &Value) -> Value {
    let mut copy = object.clone();
    if let Some(map) = copy.as_object_mut() {
        map.remove("accessToken");
    }
    if let Some(tokens) = copy.get_mut("accessTokens").and_then(Value::as_array_mut) {
        for token in tokens {
            if let Some(map) = token.as_object_mut() {
                map.remove("accessToken");
            }
        }
    }
    copy
}

fn token_json(store: &mut Store, kind: &str, name: &str, user: &str, app: &str) -> Value {
    let id = store.id("to");
    json!({
        "tokenId": id, "kind": kind, "isActive": true, "name": name, "orgId": "or-sandbox",
        "credId": store.id("cr"), "dateCreated": "2026-01-01T00:00:00.000Z", "linkedUserId": user, "linkedAppId": app,
        "permissionAssignments": [], "publicKey": "SHA256:sandbox", "accessToken": format!("eyJ.sandbox.{}", uuid::Uuid::new_v4().simple()),
    })
}

fn create(store: &mut Store, kind: Kind, body: &Map<String, Value>) -> Reply {
    let name = text(body, "name")?.to_string();
    match kind {
        Kind::App => {
            let app_kind = text(body, "kind")?;
            let rp = text(body, "relyingPartyId")?.to_string();
            let origin = text(body, "origin")?.to_string();
            if !["ClientSideApplication", "ServerSideApplication"].contains(&app_kind) {
                return Err(error(
                    StatusCode::BAD_REQUEST,
                    "\"kind\" must be ClientSideApplication or ServerSideApplication",
                ));
            }
            let id = store.id("ap");
            let tokens = if app_kind == "ServerSideApplication" {
                text(body, "publicKey")?;
                vec![token_json(store, "Application", &name, "", &id)]
            } else {
                vec![]
            };
            let app = json!({
                "appId": id, "kind": app_kind, "orgId": "or-sandbox", "expectedRpId": rp, "expectedOrigin": origin,
                "name": name, "isActive": true, "permissionAssignments": [], "accessTokens": tokens,
            });
            store.insert(id, app.clone());
            ok(app)
        }
        Kind::ServiceAccount => {
            text(body, "publicKey")?;
            let id = store.id("us");
            let token = token_json(store, "ServiceAccount", &name, &id, "");
            let account = json!({
                "userInfo": {
                    "userId": id, "username": name, "name": name, "orgId": "or-sandbox", "kind": "CustomerEmployee",
                    "credentialUuid": store.id("cr"), "isActive": true, "isServiceAccount": true, "isRegistered": true,
                    "permissionAssignments": [],
                },
                "accessTokens": [token],
            });
            store.insert(id, account.clone());
            ok(account)
        }
        Kind::Pat => {
            text(body, "publicKey")?;
            let token = token_json(store, "Pat", &name, "us-sandbox-caller", "");
            let id = token["tokenId"].as_str().unwrap_or_default().to_string();
            store.insert(id, token.clone());
            ok(token)
        }
    }
}
