//! The stand-in's v2 services with state: organizations, human and machine users, passwords and
//! sessions, at the Connect paths ZITADEL's SDKs call (`POST /zitadel.user.v2.UserService/...`,
//! JSON in and out, Connect errors `{"code": "not_found", "message", "details"}`).
//!
//! - `OrganizationService/AddOrganization`, `ListOrganizations` (name query, paging);
//! - `UserService/AddHumanUser`, `CreateUser` (human or machine), `GetUserByID`, `SetPassword`,
//!   `ListUsers` (queries: user name, login name, email, organization, type, user ids; `query`
//!   offset/limit/asc; oldest first with `asc`, newest first without, as ZITADEL's default);
//! - `SessionService/CreateSession` (user check by id or login name, password check), `GetSession`.
//!
//! Passwords follow ZITADEL's default complexity policy (at least 8 characters with an upper-case
//! letter, a lower-case letter, a digit and a symbol). Usernames are unique in the instance.
//! Every other v2 RPC is left to the spec-driven sandbox engine.

// Handlers return ready-made error responses through `Result`; size does not matter in a stand-in.
#![allow(clippy::result_large_err)]

use super::state::{Store, timestamp};
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use chrono::{DateTime, Utc};
use serde_json::{Map, Value, json};
use std::sync::{Arc, Mutex};

type Shared = Arc<Mutex<Store>>;
type Body = Map<String, Value>;
type Reply = Result<Value, Response>;

/// An organization.
#[derive(Debug, Clone)]
pub(crate) struct Org {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) sequence: u64,
    pub(crate) created: DateTime<Utc>,
}

/// What kind of user, with its own fields.
#[derive(Debug, Clone)]
pub(crate) enum UserKind {
    Human {
        given_name: String,
        family_name: String,
        display_name: String,
        email: String,
        email_verified: bool,
        password: Option<String>,
        password_change_required: bool,
    },
    Machine {
        name: String,
        description: String,
    },
}

/// A user.
#[derive(Debug, Clone)]
pub(crate) struct User {
    pub(crate) id: String,
    pub(crate) org: String,
    pub(crate) username: String,
    pub(crate) kind: UserKind,
    pub(crate) sequence: u64,
    pub(crate) created: DateTime<Utc>,
    pub(crate) changed: DateTime<Utc>,
}

/// A session and the factors it has checked.
#[derive(Debug, Clone)]
pub(crate) struct Session {
    pub(crate) id: String,
    pub(crate) token: String,
    pub(crate) user: String,
    pub(crate) user_checked: DateTime<Utc>,
    pub(crate) password_checked: Option<DateTime<Utc>>,
    pub(crate) sequence: u64,
    pub(crate) created: DateTime<Utc>,
}

/// The v2 state.
#[derive(Debug, Default)]
pub(crate) struct V2 {
    pub(crate) orgs: Vec<Org>,
    pub(crate) users: Vec<User>,
    pub(crate) sessions: Vec<Session>,
}

const ORG: &str = "/zitadel.org.v2.OrganizationService";
const USER: &str = "/zitadel.user.v2.UserService";
const SESSION: &str = "/zitadel.session.v2.SessionService";

/// Adds the v2 routes to the stand-in's router.
pub(crate) fn routes(router: Router<Shared>) -> Router<Shared> {
    let rpcs: [(&str, &str, Handler); 10] = [
        (ORG, "AddOrganization", add_organization),
        (ORG, "ListOrganizations", list_organizations),
        (USER, "AddHumanUser", add_human_user),
        (USER, "CreateUser", create_user),
        (USER, "GetUserByID", get_user_by_id),
        (USER, "SetPassword", set_password),
        (USER, "ListUsers", list_users),
        (SESSION, "CreateSession", create_session),
        (SESSION, "GetSession", get_session),
        (SESSION, "ListSessions", list_sessions),
    ];
    rpcs.into_iter()
        .fold(router, |router, (service, rpc, handler)| {
            router.route(
                &format!("{service}/{rpc}"),
                post(move |s, h, b| run(s, h, b, handler)),
            )
        })
}

type Handler = fn(&mut Store, Body) -> Reply;

async fn run(
    State(store): State<Shared>,
    headers: HeaderMap,
    body: Bytes,
    handler: Handler,
) -> Response {
    let mut store = store.lock().unwrap_or_else(|p| p.into_inner());
    if super::routes::authenticate(&store, &headers).is_err() {
        return connect_error(
            "unauthenticated",
            "auth header missing or token invalid",
            None,
        );
    }
    let body = if body.iter().all(u8::is_ascii_whitespace) {
        Map::new()
    } else {
        match serde_json::from_slice::<Value>(&body) {
            Ok(Value::Object(map)) => map,
            _ => return connect_error("invalid_argument", "invalid JSON object", None),
        }
    };
    match handler(&mut store, body) {
        Ok(answer) => (StatusCode::OK, axum::Json(answer)).into_response(),
        Err(e) => e,
    }
}

/// A Connect error with its HTTP status; `id` adds a `zitadel.v1.ErrorDetail` (its decoded form in
/// `debug`) and the "(ID)" suffix ZITADEL writes.
pub(super) fn connect_error(code: &str, message: &str, id: Option<&str>) -> Response {
    let status = match code {
        "invalid_argument" | "failed_precondition" | "out_of_range" => StatusCode::BAD_REQUEST,
        "unauthenticated" => StatusCode::UNAUTHORIZED,
        "permission_denied" => StatusCode::FORBIDDEN,
        "not_found" => StatusCode::NOT_FOUND,
        "already_exists" | "aborted" => StatusCode::CONFLICT,
        "unimplemented" => StatusCode::NOT_IMPLEMENTED,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    };
    let body = match id {
        Some(id) => json!({
            "code": code,
            "message": format!("{message} ({id})"),
            "details": [{
                "type": "zitadel.v1.ErrorDetail",
                "debug": {"id": id, "message": message},
            }],
        }),
        None => json!({"code": code, "message": message}),
    };
    (status, axum::Json(body)).into_response()
}

// ------------------------------------------------------------------ reading requests

fn str_at<'a>(body: &'a Body, path: &[&str]) -> Option<&'a str> {
    let (last, parents) = path.split_last()?;
    let mut map = body;
    for key in parents {
        map = map.get(*key)?.as_object()?;
    }
    map.get(*last)?.as_str().filter(|s| !s.is_empty())
}

fn required<'a>(body: &'a Body, path: &[&str], field: &str) -> Result<&'a str, Response> {
    str_at(body, path).ok_or_else(|| {
        connect_error(
            "invalid_argument",
            &format!("invalid field {field}: value is required"),
            None,
        )
    })
}

/// ZITADEL's default password complexity policy.
fn check_complexity(password: &str) -> Result<(), Response> {
    type Rule<'a> = (&'a dyn Fn(&str) -> bool, &'a str, &'a str);
    let rules: [Rule<'_>; 5] = [
        (
            &|p| p.chars().count() >= 8,
            "Password is too short",
            "COMMA-HuJf6",
        ),
        (
            &|p| p.chars().any(char::is_lowercase),
            "Password must contain lower case",
            "COMMA-co3Xw",
        ),
        (
            &|p| p.chars().any(char::is_uppercase),
            "Password must contain upper case",
            "COMMA-VoaRj",
        ),
        (
            &|p| p.chars().any(|c| c.is_ascii_digit()),
            "Password must contain number",
            "COMMA-ZBv4H",
        ),
        (
            &|p| p.chars().any(|c| !c.is_alphanumeric()),
            "Password must contain symbol",
            "COMMA-ZDLwA",
        ),
    ];
    for (holds, message, id) in rules {
        if !holds(password) {
            return Err(connect_error("invalid_argument", message, Some(id)));
        }
    }
    Ok(())
}

/// `query` → (offset, limit, asc); ZITADEL's default limit is 100, its maximum 1000.
fn list_query(body: &Body) -> Result<(usize, usize, bool), Response> {
    let query = body.get("query").and_then(Value::as_object);
    let number = |key: &str| -> Result<u64, Response> {
        match query.and_then(|q| q.get(key)) {
            None => Ok(0),
            Some(Value::Number(n)) => n.as_u64().ok_or(()),
            Some(Value::String(s)) => s.parse().map_err(|_| ()),
            Some(_) => Err(()),
        }
        .map_err(|()| connect_error("invalid_argument", &format!("invalid query.{key}"), None))
    };
    let offset = number("offset")?;
    let limit = match number("limit")? {
        0 => 100,
        n if n > 1000 => {
            return Err(connect_error(
                "invalid_argument",
                "Limit is too high",
                Some("QUERY-4M0fs"),
            ));
        }
        n => n,
    };
    let asc = query
        .and_then(|q| q.get("asc"))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    Ok((
        usize::try_from(offset).unwrap_or(usize::MAX),
        usize::try_from(limit).unwrap_or(usize::MAX),
        asc,
    ))
}

/// Whether `value` matches `wanted` under a `TEXT_QUERY_METHOD_*` (default EQUALS).
fn text_matches(value: &str, wanted: &str, method: Option<&str>) -> Result<bool, Response> {
    let method = method.unwrap_or("TEXT_QUERY_METHOD_EQUALS");
    let (value, wanted) = if method.ends_with("_IGNORE_CASE") {
        (value.to_lowercase(), wanted.to_lowercase())
    } else {
        (value.to_string(), wanted.to_string())
    };
    Ok(match method.trim_end_matches("_IGNORE_CASE") {
        "TEXT_QUERY_METHOD_EQUALS" => value == wanted,
        "TEXT_QUERY_METHOD_STARTS_WITH" => value.starts_with(&wanted),
        "TEXT_QUERY_METHOD_CONTAINS" => value.contains(&wanted),
        "TEXT_QUERY_METHOD_ENDS_WITH" => value.ends_with(&wanted),
        other => {
            return Err(connect_error(
                "invalid_argument",
                &format!("unknown text query method {other}"),
                None,
            ));
        }
    })
}

/// One page of `items` by `query`, with `details.totalResult`.
fn page<T>(items: Vec<T>, body: &Body, view: impl Fn(&T) -> Value) -> Reply {
    let (offset, limit, asc) = list_query(body)?;
    let total = items.len();
    let ordered: Vec<&T> = if asc {
        items.iter().collect()
    } else {
        items.iter().rev().collect()
    };
    let result: Vec<Value> = ordered
        .into_iter()
        .skip(offset)
        .take(limit)
        .map(view)
        .collect();
    let mut answer =
        json!({"details": {"totalResult": total.to_string(), "timestamp": timestamp(Utc::now())}});
    if !result.is_empty() {
        answer["result"] = Value::Array(result);
    }
    Ok(answer)
}

fn details(sequence: u64, created: DateTime<Utc>, changed: DateTime<Utc>, owner: &str) -> Value {
    json!({
        "sequence": sequence.to_string(),
        "creationDate": timestamp(created),
        "changeDate": timestamp(changed),
        "resourceOwner": owner,
    })
}

// ------------------------------------------------------------------ organizations

fn org_exists(store: &Store, id: &str) -> bool {
    id == store.config.default_org_id
        || store.v2.orgs.iter().any(|o| o.id == id)
        || store
            .config
            .organizations
            .as_ref()
            .is_some_and(|known| known.iter().any(|o| o == id))
}

fn add_organization(store: &mut Store, body: Body) -> Reply {
    let name = required(&body, &["name"], "name")?.to_string();
    if store.v2.orgs.iter().any(|o| o.name == name) {
        return Err(connect_error(
            "already_exists",
            "Organisation already exists",
            Some("COMMAND-wr2ws"),
        ));
    }
    if body
        .get("admins")
        .and_then(Value::as_array)
        .is_some_and(|a| !a.is_empty())
    {
        return Err(connect_error(
            "unimplemented",
            "the sandbox adds organizations without admins",
            None,
        ));
    }
    let id = match str_at(&body, &["organizationId"]).or_else(|| str_at(&body, &["orgId"])) {
        Some(id) if org_exists(store, id) => {
            return Err(connect_error(
                "already_exists",
                "Organisation already exists",
                Some("COMMAND-wr2ws"),
            ));
        }
        Some(id) => id.to_string(),
        None => store.fresh_id(),
    };
    let sequence = store.next_sequence();
    let now = Utc::now();
    store.v2.orgs.push(Org {
        id: id.clone(),
        name,
        sequence,
        created: now,
    });
    Ok(json!({
        "details": details(sequence, now, now, &id),
        "organizationId": id,
    }))
}

fn org_view(org: &Org) -> Value {
    json!({
        "id": org.id,
        "details": details(org.sequence, org.created, org.created, &org.id),
        "state": "ORGANIZATION_STATE_ACTIVE",
        "name": org.name,
    })
}

fn list_organizations(store: &mut Store, body: Body) -> Reply {
    let mut orgs = Vec::new();
    for org in &store.v2.orgs {
        let mut keep = true;
        for q in body
            .get("queries")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let q = q.as_object().cloned().unwrap_or_default();
            if let Some(name) = q.get("nameQuery").and_then(Value::as_object) {
                let wanted = name.get("name").and_then(Value::as_str).unwrap_or("");
                let method = name.get("method").and_then(Value::as_str);
                keep &= text_matches(&org.name, wanted, method)?;
            } else if let Some(id) = q.get("idQuery").and_then(Value::as_object) {
                keep &= id.get("id").and_then(Value::as_str) == Some(org.id.as_str());
            } else {
                return Err(connect_error(
                    "unimplemented",
                    "the sandbox filters organizations by name and id only",
                    None,
                ));
            }
        }
        if keep {
            orgs.push(org.clone());
        }
    }
    page(orgs, &body, org_view)
}

// ------------------------------------------------------------------ users

fn username_taken(store: &Store, username: &str) -> bool {
    store.v2.users.iter().any(|u| u.username == username)
}

/// The organization a user goes to: `orgId` (or by domain, not kept here), else the default one.
fn user_org(store: &Store, org: Option<&str>) -> Result<String, Response> {
    let org = org.unwrap_or(&store.config.default_org_id).to_string();
    if !org_exists(store, &org) {
        return Err(connect_error(
            "not_found",
            "Organisation not found",
            Some("COMMAND-4M9sf"),
        ));
    }
    Ok(org)
}

struct NewHuman<'a> {
    id: Option<&'a str>,
    org: String,
    username: Option<&'a str>,
    profile: Option<&'a Body>,
    email: Option<&'a Body>,
    password: Option<&'a Body>,
}

/// Adds a human user; returns the stored user and the email code when one was asked back.
fn insert_human(store: &mut Store, new: NewHuman<'_>) -> Result<(User, Option<String>), Response> {
    let given = new
        .profile
        .and_then(|p| p.get("givenName"))
        .and_then(Value::as_str)
        .unwrap_or("");
    let family = new
        .profile
        .and_then(|p| p.get("familyName"))
        .and_then(Value::as_str)
        .unwrap_or("");
    if given.is_empty() || family.is_empty() {
        return Err(connect_error(
            "invalid_argument",
            "invalid field profile: givenName and familyName are required",
            None,
        ));
    }
    let email = new
        .email
        .and_then(|e| e.get("email"))
        .and_then(Value::as_str)
        .filter(|e| e.contains('@'))
        .ok_or_else(|| {
            connect_error(
                "invalid_argument",
                "invalid field email.email: value must be a valid email address",
                None,
            )
        })?;
    let username = new.username.unwrap_or(email).to_string();
    if username_taken(store, &username) {
        return Err(connect_error(
            "already_exists",
            "User already exists",
            Some("COMMAND-CxDKf"),
        ));
    }
    let password = match new
        .password
        .and_then(|p| p.get("password"))
        .and_then(Value::as_str)
    {
        Some(p) => {
            check_complexity(p)?;
            Some(p.to_string())
        }
        None => None,
    };
    let change_required = new
        .password
        .and_then(|p| p.get("changeRequired"))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let verified = new
        .email
        .and_then(|e| e.get("isVerified"))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let code = new
        .email
        .is_some_and(|e| e.contains_key("returnCode"))
        .then(|| format!("{:06}", store.next_sequence() % 1_000_000));
    let id = match new.id {
        Some(id) if store.v2.users.iter().any(|u| u.id == id) => {
            return Err(connect_error(
                "already_exists",
                "User already exists",
                Some("COMMAND-CxDKf"),
            ));
        }
        Some(id) => id.to_string(),
        None => store.fresh_id(),
    };
    let display = new
        .profile
        .and_then(|p| p.get("displayName"))
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| format!("{given} {family}"));
    let sequence = store.next_sequence();
    let now = Utc::now();
    let user = User {
        id,
        org: new.org,
        username,
        kind: UserKind::Human {
            given_name: given.to_string(),
            family_name: family.to_string(),
            display_name: display,
            email: email.to_string(),
            email_verified: verified,
            password,
            password_change_required: change_required,
        },
        sequence,
        created: now,
        changed: now,
    };
    store.v2.users.push(user.clone());
    Ok((user, code))
}

fn add_human_user(store: &mut Store, body: Body) -> Reply {
    let org = user_org(store, str_at(&body, &["organization", "orgId"]))?;
    let object = |key: &str| body.get(key).and_then(Value::as_object);
    let (user, code) = insert_human(
        store,
        NewHuman {
            id: str_at(&body, &["userId"]),
            org,
            username: str_at(&body, &["username"]),
            profile: object("profile"),
            email: object("email"),
            password: object("password"),
        },
    )?;
    let mut answer = json!({
        "userId": user.id,
        "details": details(user.sequence, user.created, user.changed, &user.org),
    });
    if let Some(code) = code {
        answer["emailCode"] = json!(code);
    }
    Ok(answer)
}

fn create_user(store: &mut Store, body: Body) -> Reply {
    let org = user_org(
        store,
        Some(required(&body, &["organizationId"], "organizationId")?),
    )?;
    if let Some(human) = body.get("human").and_then(Value::as_object) {
        let object = |key: &str| human.get(key).and_then(Value::as_object);
        let password = object("password")
            .and_then(|p| p.get("password"))
            .and_then(Value::as_object);
        let (user, code) = insert_human(
            store,
            NewHuman {
                id: str_at(&body, &["userId"]),
                org,
                username: str_at(&body, &["username"]),
                profile: object("profile"),
                email: object("email"),
                password,
            },
        )?;
        let mut answer = json!({"id": user.id, "creationDate": timestamp(user.created)});
        if let Some(code) = code {
            answer["emailCode"] = json!(code);
        }
        return Ok(answer);
    }
    let Some(machine) = body.get("machine").and_then(Value::as_object) else {
        return Err(connect_error(
            "invalid_argument",
            "invalid CreateUserRequest: one of human or machine is required",
            None,
        ));
    };
    let name = machine.get("name").and_then(Value::as_str).unwrap_or("");
    if name.is_empty() {
        return Err(connect_error(
            "invalid_argument",
            "invalid field machine.name: value is required",
            None,
        ));
    }
    let username = str_at(&body, &["username"]).unwrap_or(name).to_string();
    if username_taken(store, &username) {
        return Err(connect_error(
            "already_exists",
            "User already exists",
            Some("COMMAND-CxDKf"),
        ));
    }
    let id = str_at(&body, &["userId"])
        .map(str::to_string)
        .unwrap_or_else(|| store.fresh_id());
    let sequence = store.next_sequence();
    let now = Utc::now();
    store.v2.users.push(User {
        id: id.clone(),
        org,
        username,
        kind: UserKind::Machine {
            name: name.to_string(),
            description: machine
                .get("description")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
        },
        sequence,
        created: now,
        changed: now,
    });
    Ok(json!({"id": id, "creationDate": timestamp(now)}))
}

/// A user as `GetUserByID` and `ListUsers` answer it (zero values omitted).
fn user_view(user: &User) -> Value {
    let mut view = json!({
        "userId": user.id,
        "details": details(user.sequence, user.created, user.changed, &user.org),
        "state": "USER_STATE_ACTIVE",
        "username": user.username,
        "loginNames": [user.username],
        "preferredLoginName": user.username,
    });
    match &user.kind {
        UserKind::Human {
            given_name,
            family_name,
            display_name,
            email,
            email_verified,
            password_change_required,
            ..
        } => {
            let mut email_view = json!({"email": email});
            if *email_verified {
                email_view["isVerified"] = json!(true);
            }
            let mut human = json!({
                "profile": {"givenName": given_name, "familyName": family_name, "displayName": display_name},
                "email": email_view,
            });
            if *password_change_required {
                human["passwordChangeRequired"] = json!(true);
            }
            view["human"] = human;
        }
        UserKind::Machine { name, description } => {
            let mut machine = json!({"name": name});
            if !description.is_empty() {
                machine["description"] = json!(description);
            }
            view["machine"] = machine;
        }
    }
    view
}

fn user_not_found() -> Response {
    connect_error("not_found", "User could not be found", Some("QUERY-Dfbg2"))
}

fn get_user_by_id(store: &mut Store, body: Body) -> Reply {
    let id = required(&body, &["userId"], "userId")?;
    let user = store
        .v2
        .users
        .iter()
        .find(|u| u.id == id)
        .ok_or_else(user_not_found)?;
    Ok(json!({
        "details": details(user.sequence, user.created, user.changed, &user.org),
        "user": user_view(user),
    }))
}

fn set_password(store: &mut Store, body: Body) -> Reply {
    let id = required(&body, &["userId"], "userId")?.to_string();
    let new = required(&body, &["newPassword", "password"], "newPassword.password")?.to_string();
    let change_required = body
        .get("newPassword")
        .and_then(|p| p.get("changeRequired"))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let current = str_at(&body, &["currentPassword"]).map(str::to_string);
    check_complexity(&new)?;
    let sequence = store.next_sequence();
    let user = store
        .v2
        .users
        .iter_mut()
        .find(|u| u.id == id)
        .ok_or_else(user_not_found)?;
    let UserKind::Human {
        password,
        password_change_required,
        ..
    } = &mut user.kind
    else {
        return Err(connect_error(
            "failed_precondition",
            "User is not a human",
            Some("COMMAND-3M0fs"),
        ));
    };
    if let Some(current) = current
        && password.as_deref() != Some(current.as_str())
    {
        return Err(connect_error(
            "invalid_argument",
            "Password is invalid",
            Some("COMMAND-3M0fs"),
        ));
    }
    *password = Some(new);
    *password_change_required = change_required;
    user.sequence = sequence;
    user.changed = Utc::now();
    Ok(json!({"details": details(user.sequence, user.created, user.changed, &user.org)}))
}

fn list_users(store: &mut Store, body: Body) -> Reply {
    let mut users = Vec::new();
    for user in &store.v2.users {
        let mut keep = true;
        for q in body
            .get("queries")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let q = q.as_object().cloned().unwrap_or_default();
            let text = |key: &str, field: &str| {
                let query = q.get(key)?.as_object()?;
                Some((
                    query
                        .get(field)
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string(),
                    query
                        .get("method")
                        .and_then(Value::as_str)
                        .map(str::to_string),
                ))
            };
            let email = match &user.kind {
                UserKind::Human { email, .. } => email.as_str(),
                UserKind::Machine { .. } => "",
            };
            if let Some((wanted, method)) = text("userNameQuery", "userName") {
                keep &= text_matches(&user.username, &wanted, method.as_deref())?;
            } else if let Some((wanted, method)) = text("loginNameQuery", "loginName") {
                keep &= text_matches(&user.username, &wanted, method.as_deref())?;
            } else if let Some((wanted, method)) = text("emailQuery", "emailAddress") {
                keep &= text_matches(email, &wanted, method.as_deref())?;
            } else if let Some(org) = q.get("organizationIdQuery").and_then(Value::as_object) {
                keep &=
                    org.get("organizationId").and_then(Value::as_str) == Some(user.org.as_str());
            } else if let Some(kind) = q.get("typeQuery").and_then(Value::as_object) {
                let wanted = kind.get("type").and_then(Value::as_str).unwrap_or("");
                let is = match user.kind {
                    UserKind::Human { .. } => "TYPE_HUMAN",
                    UserKind::Machine { .. } => "TYPE_MACHINE",
                };
                keep &= wanted == is;
            } else if let Some(ids) = q.get("inUserIdsQuery").and_then(Value::as_object) {
                keep &= ids
                    .get("userIds")
                    .and_then(Value::as_array)
                    .is_some_and(|ids| ids.iter().any(|i| i.as_str() == Some(user.id.as_str())));
            } else {
                return Err(connect_error(
                    "unimplemented",
                    "the sandbox filters users by user name, login name, email, organization, type and ids",
                    None,
                ));
            }
        }
        if keep {
            users.push(user.clone());
        }
    }
    page(users, &body, user_view)
}

// ------------------------------------------------------------------ sessions

fn create_session(store: &mut Store, body: Body) -> Reply {
    let checks = body
        .get("checks")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let by_id = str_at(&checks, &["user", "userId"]);
    let by_login = str_at(&checks, &["user", "loginName"]);
    let user = match (by_id, by_login) {
        (Some(id), _) => store.v2.users.iter().find(|u| u.id == id),
        (None, Some(login)) => store.v2.users.iter().find(|u| u.username == login),
        (None, None) => {
            return Err(connect_error(
                "unimplemented",
                "the sandbox creates sessions with a user check",
                None,
            ));
        }
    }
    .cloned()
    .ok_or_else(user_not_found)?;
    let now = Utc::now();
    let password_checked = match checks.get("password").and_then(Value::as_object) {
        None => None,
        Some(check) => {
            let given = check.get("password").and_then(Value::as_str).unwrap_or("");
            match &user.kind {
                UserKind::Human {
                    password: Some(stored),
                    ..
                } if stored == given => Some(now),
                UserKind::Human { password: None, .. } | UserKind::Machine { .. } => {
                    return Err(connect_error(
                        "failed_precondition",
                        "Password not set",
                        Some("COMMAND-3nJ4t"),
                    ));
                }
                UserKind::Human { .. } => {
                    return Err(connect_error(
                        "invalid_argument",
                        "Password is invalid",
                        Some("COMMAND-3M0fs"),
                    ));
                }
            }
        }
    };
    let id = store.fresh_id();
    let token = uuid::Uuid::new_v4().simple().to_string();
    let sequence = store.next_sequence();
    store.v2.sessions.push(Session {
        id: id.clone(),
        token: token.clone(),
        user: user.id.clone(),
        user_checked: now,
        password_checked,
        sequence,
        created: now,
    });
    Ok(json!({
        "details": details(sequence, now, now, &store.config.instance_id),
        "sessionId": id,
        "sessionToken": token,
    }))
}

fn session_view(store: &Store, session: &Session) -> Value {
    let mut factors =
        json!({"user": {"verifiedAt": timestamp(session.user_checked), "id": session.user}});
    if let Some(user) = store.v2.users.iter().find(|u| u.id == session.user) {
        factors["user"]["loginName"] = json!(user.username);
        factors["user"]["organizationId"] = json!(user.org);
        if let UserKind::Human { display_name, .. } = &user.kind {
            factors["user"]["displayName"] = json!(display_name);
        }
    }
    if let Some(at) = session.password_checked {
        factors["password"] = json!({"verifiedAt": timestamp(at)});
    }
    json!({
        "id": session.id,
        "creationDate": timestamp(session.created),
        "changeDate": timestamp(session.created),
        "sequence": session.sequence.to_string(),
        "factors": factors,
    })
}

fn get_session(store: &mut Store, body: Body) -> Reply {
    let id = required(&body, &["sessionId"], "sessionId")?;
    let session = store
        .v2
        .sessions
        .iter()
        .find(|s| s.id == id)
        .ok_or_else(|| connect_error("not_found", "Session does not exist", Some("QUERY-SFeaa")))?;
    if let Some(token) = str_at(&body, &["sessionToken"])
        && token != session.token
    {
        return Err(connect_error(
            "permission_denied",
            "Session token is invalid",
            Some("COMMAND-sGr42"),
        ));
    }
    Ok(json!({"session": session_view(store, session)}))
}

fn list_sessions(store: &mut Store, body: Body) -> Reply {
    if body
        .get("queries")
        .and_then(Value::as_array)
        .is_some_and(|q| !q.is_empty())
    {
        return Err(connect_error(
            "unimplemented",
            "the sandbox lists sessions without queries",
            None,
        ));
    }
    let sessions: Vec<Value> = store
        .v2
        .sessions
        .iter()
        .map(|s| session_view(store, s))
        .collect();
    let mut answer = page(sessions, &body, Value::clone)?;
    if let Some(result) = answer.as_object_mut().and_then(|a| a.remove("result")) {
        answer["sessions"] = result;
    }
    Ok(answer)
}
