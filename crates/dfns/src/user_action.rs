//! The user action flow, run by the client's hook before every operation whose spec lists the
//! `userActionSignature` security scheme: challenge → sign → single-use token.

use crate::client::Inner;
use crate::generated::types;
use crate::signing::{Signer, b64url, client_data};
use apifleet_runtime::Secret;
use apifleet_runtime::hooks::HookError;
use apifleet_runtime::progenitor_client::Error as RawError;
use apifleet_runtime::retry;
use reqwest::header::{CONTENT_TYPE, HeaderValue};

/// The security scheme name that marks operations needing a signed user action.
pub const USER_ACTION_SCHEME: &str = "userActionSignature";
/// The header that carries the user action token.
pub const USER_ACTION_HEADER: &str = "x-dfns-useraction";

/// What is signed: Dfns binds the token to exactly these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserAction {
    /// Upper-case HTTP method.
    pub method: String,
    /// The path as sent, without query string and without the base URL's own path.
    pub path: String,
    /// The exact body text sent (`""` when there is no body).
    pub payload: String,
}

impl UserAction {
    /// Describes `request`, sent to a client whose base URL is `base_url`.
    pub fn of(request: &reqwest::Request, base_url: &str) -> Result<Self, String> {
        let payload = match request.body() {
            None => String::new(),
            Some(body) => {
                let bytes = body.as_bytes().ok_or("a streamed body cannot be signed")?;
                String::from_utf8(bytes.to_vec())
                    .map_err(|_| "the body is not UTF-8 text".to_string())?
            }
        };
        let prefix = reqwest::Url::parse(base_url)
            .map(|u| u.path().trim_end_matches('/').to_string())
            .unwrap_or_default();
        let full = request.url().path();
        let path = full
            .strip_prefix(prefix.as_str())
            .filter(|p| p.starts_with('/'))
            .unwrap_or(full)
            .to_string();
        Ok(UserAction {
            method: request.method().as_str().to_ascii_uppercase(),
            path,
            payload,
        })
    }
}

/// Runs the flow and returns the single-use token. A round that fails transiently (a transport
/// failure, 429, 502, 503 or 504 from either request) starts again from a fresh challenge, as often
/// as the client's retry policy allows: the challenge request only issues a challenge, and a token
/// lost with a failed signing request is never used (tokens are single-use), so a new round cannot
/// do anything twice. Every round signs its own challenge.
pub(crate) async fn obtain(
    http: &reqwest::Client,
    base_url: &str,
    inner: &Inner,
    signer: &dyn Signer,
    action: &UserAction,
) -> Result<Secret, HookError> {
    let policy = inner.retry();
    let mut delays = policy.delays();
    loop {
        let error = match obtain_once(http, base_url, inner, signer, action).await {
            Ok(token) => return Ok(token),
            Err(error) => error,
        };
        if !is_transient(&error) {
            return Err(error);
        }
        let Some(mut delay) = delays.next() else {
            return Err(error);
        };
        if let RawError::UnexpectedResponse(response) = &error
            && let Some(wait) = retry::retry_after(response.headers())
        {
            if wait > policy.max_retry_after {
                return Err(error);
            }
            delay = wait;
        }
        tokio::time::sleep(delay).await;
    }
}

/// Whether a failed round may pass when started again.
fn is_transient(error: &HookError) -> bool {
    match error {
        RawError::CommunicationError(e) | RawError::ResponseBodyError(e) => {
            retry::is_retryable_error(e)
        }
        RawError::UnexpectedResponse(response) => retry::is_retryable_status(response.status()),
        _ => false,
    }
}

/// One round of the flow: challenge, signature, token.
async fn obtain_once(
    http: &reqwest::Client,
    base_url: &str,
    inner: &Inner,
    signer: &dyn Signer,
    action: &UserAction,
) -> Result<Secret, HookError> {
    let init = types::UserActionInitRequest {
        user_action_payload: action.payload.clone(),
        user_action_http_method: action
            .method
            .as_str()
            .try_into()
            .map_err(|e| invalid(format!("method: {e}")))?,
        user_action_http_path: action
            .path
            .as_str()
            .try_into()
            .map_err(|e| invalid(format!("path: {e}")))?,
        user_action_server_kind: Some(types::UserActionInitRequestUserActionServerKind::Api),
    };
    let challenge: types::UserActionChallenge =
        post(http, base_url, inner, "/auth/action/init", &init).await?;

    let allowed: Vec<&str> = challenge
        .allow_credentials
        .key
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    if !allowed.contains(&signer.credential_id()) {
        return Err(invalid(format!(
            "credential `{}` is not among the Key credentials Dfns allows for this action ({})",
            signer.credential_id(),
            if allowed.is_empty() {
                "none".to_string()
            } else {
                allowed.join(", ")
            }
        )));
    }
    let client_data = client_data(&challenge.challenge);
    let signature = signer
        .sign(&client_data)
        .await
        .map_err(|e| RawError::Custom(e.to_string()))?;
    let assertion = types::KeyAssertion {
        cred_id: signer
            .credential_id()
            .try_into()
            .map_err(|e| invalid(format!("credential id: {e}")))?,
        client_data: b64url(&client_data)
            .as_str()
            .try_into()
            .map_err(|e| invalid(format!("clientData: {e}")))?,
        signature: b64url(&signature)
            .as_str()
            .try_into()
            .map_err(|e| invalid(format!("signature: {e}")))?,
        algorithm: match signer.algorithm() {
            Some(a) => Some(
                a.try_into()
                    .map_err(|e| invalid(format!("algorithm: {e}")))?,
            ),
            None => None,
        },
    };
    let sign = types::UserActionRequest {
        challenge_identifier: challenge.challenge_identifier.clone(),
        first_factor: types::FirstFactor::KeyFactor(types::KeyFactor {
            kind: types::KeyFactorKind::Key,
            credential_assertion: assertion,
        }),
        second_factor: None,
    };
    let token: types::UserActionResponse =
        post(http, base_url, inner, "/auth/action", &sign).await?;
    Ok(Secret::new(token.user_action))
}

fn invalid(message: String) -> HookError {
    RawError::InvalidRequest(format!("user action signing: {message}"))
}

/// POSTs JSON to a user action endpoint with the client's credentials and decodes the answer; an
/// error status comes back as the response itself (the runtime turns it into a typed error).
async fn post<T: serde::de::DeserializeOwned, B: serde::Serialize>(
    http: &reqwest::Client,
    base_url: &str,
    inner: &Inner,
    path: &str,
    body: &B,
) -> Result<T, HookError> {
    let text = serde_json::to_string(body)
        .map_err(|e| invalid(format!("cannot encode the request: {e}")))?;
    let mut request = http
        .post(format!("{base_url}{path}"))
        .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
        .header(
            reqwest::header::ACCEPT,
            HeaderValue::from_static("application/json"),
        )
        .body(text)
        .build()
        .map_err(RawError::CommunicationError)?;
    inner
        .authenticate(&mut request)
        .map_err(RawError::InvalidRequest)?;
    let response = apifleet_runtime::transport::execute(http, request, inner.max_body_bytes)
        .await
        .map_err(RawError::CommunicationError)?;
    if !response.status().is_success() {
        return Err(RawError::UnexpectedResponse(response));
    }
    Ok(apifleet_runtime::decode::from_response::<T, ()>(response)
        .await?
        .into_inner())
}
