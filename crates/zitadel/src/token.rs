//! Where access tokens come from: a personal access token, or OAuth tokens for a service user (JWT
//! profile with a key file, or client credentials), cached and refreshed before they expire.

use apifleet_runtime::Secret;
use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use rsa::pkcs1::DecodeRsaPrivateKey as _;
use rsa::pkcs8::DecodePrivateKey as _;
use rsa::signature::{SignatureEncoding as _, Signer as _};
use serde::Deserialize;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::sync::Mutex;
use tokio::time::Instant;

/// The scope that puts ZITADEL's API in a token's audience; without it the API rejects the token.
pub const ZITADEL_API_SCOPE: &str = "urn:zitadel:iam:org:project:id:zitadel:aud";
/// Tokens are refreshed when less than this remains of their lifetime.
pub const REFRESH_MARGIN: Duration = Duration::from_secs(60);

/// The largest token endpoint answer read.
const TOKEN_BODY_LIMIT: usize = 64 * 1024;

/// Why no token could be had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenError(pub String);

impl fmt::Display for TokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot obtain a ZITADEL access token: {}", self.0)
    }
}

impl std::error::Error for TokenError {}

/// A future returned by [`TokenSource::token`].
pub type TokenFuture<'a> = Pin<Box<dyn Future<Output = Result<Secret, TokenError>> + Send + 'a>>;

/// Supplies the bearer token for each request. Implement it to plug in your own (a vault, a sidecar).
pub trait TokenSource: fmt::Debug + Send + Sync {
    /// A valid access token; `http` is the client's connection pool, for token endpoints.
    fn token<'a>(&'a self, http: &'a reqwest::Client) -> TokenFuture<'a>;
}

/// A personal access token, used as is.
#[derive(Debug, Clone)]
pub struct PersonalAccessToken(pub Secret);

impl TokenSource for PersonalAccessToken {
    fn token<'a>(&'a self, _: &'a reqwest::Client) -> TokenFuture<'a> {
        let token = self.0.clone();
        Box::pin(async move { Ok(token) })
    }
}

/// A service user's key file as ZITADEL hands it out (`{"type":"serviceaccount","keyId",...}`).
#[derive(Clone, Deserialize)]
pub struct ServiceAccountKey {
    /// Key id, sent as the JWT's `kid`.
    #[serde(rename = "keyId")]
    pub key_id: String,
    /// The service user's id: the JWT's `iss` and `sub`.
    #[serde(rename = "userId")]
    pub user_id: String,
    /// The RSA private key, PEM (PKCS#1 or PKCS#8).
    key: String,
}

impl fmt::Debug for ServiceAccountKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServiceAccountKey")
            .field("key_id", &self.key_id)
            .field("user_id", &self.user_id)
            .field("key", &"[redacted]")
            .finish()
    }
}

impl ServiceAccountKey {
    /// Parses a key file's JSON.
    pub fn from_json(json: &str) -> Result<Self, TokenError> {
        serde_json::from_str(json).map_err(|e| {
            TokenError(format!(
                "the key file is not a ZITADEL service account key: {e}"
            ))
        })
    }

    /// Builds a key from its parts.
    pub fn new(
        key_id: impl Into<String>,
        user_id: impl Into<String>,
        private_key_pem: impl Into<String>,
    ) -> Self {
        ServiceAccountKey {
            key_id: key_id.into(),
            user_id: user_id.into(),
            key: private_key_pem.into(),
        }
    }

    fn signing_key(&self) -> Result<rsa::pkcs1v15::SigningKey<sha2::Sha256>, TokenError> {
        let key = rsa::RsaPrivateKey::from_pkcs1_pem(&self.key)
            .or_else(|_| rsa::RsaPrivateKey::from_pkcs8_pem(&self.key))
            .map_err(|_| {
                TokenError(
                    "the key file's `key` is not an RSA private key in PEM (PKCS#1 or PKCS#8)"
                        .into(),
                )
            })?;
        Ok(rsa::pkcs1v15::SigningKey::new(key))
    }

    /// A signed JWT assertion (RS256) for `audience` (the instance's issuer URL), valid for an hour.
    pub fn assertion(&self, audience: &str, now: SystemTime) -> Result<String, TokenError> {
        let iat = now
            .duration_since(UNIX_EPOCH)
            .map_err(|_| TokenError("the clock is before 1970".into()))?
            .as_secs();
        let header = serde_json::json!({"alg": "RS256", "kid": self.key_id});
        let claims = serde_json::json!({
            "iss": self.user_id, "sub": self.user_id, "aud": audience, "iat": iat, "exp": iat + 3600,
        });
        let signing_input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        let signature = self.signing_key()?.sign(signing_input.as_bytes());
        Ok(format!(
            "{signing_input}.{}",
            URL_SAFE_NO_PAD.encode(signature.to_bytes())
        ))
    }
}

/// The last token and when it stops being usable.
#[derive(Debug, Default)]
struct Cache(Mutex<Option<(Secret, Instant)>>);

impl Cache {
    /// The cached token if it has more than [`REFRESH_MARGIN`] left, else a new one from `fetch`.
    /// Concurrent callers wait for one refresh instead of each asking the server.
    async fn get<F, Fut>(&self, fetch: F) -> Result<Secret, TokenError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<(Secret, Duration), TokenError>>,
    {
        let mut slot = self.0.lock().await;
        if let Some((token, expires)) = slot.as_ref()
            && Instant::now() + REFRESH_MARGIN < *expires
        {
            return Ok(token.clone());
        }
        let (token, lifetime) = fetch().await?;
        *slot = Some((token.clone(), Instant::now() + lifetime));
        Ok(token)
    }
}

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    #[serde(default)]
    expires_in: Option<u64>,
}

#[derive(Deserialize)]
struct OauthError {
    error: String,
    #[serde(default)]
    error_description: Option<String>,
}

/// POSTs a form to the token endpoint and reads the token and its lifetime.
async fn request_token(
    http: &reqwest::Client,
    url: &str,
    form: &[(&str, &str)],
    basic: Option<(&str, &Secret)>,
) -> Result<(Secret, Duration), TokenError> {
    let body = serde_urlencoded::to_string(form)
        .map_err(|e| TokenError(format!("cannot encode the token request: {e}")))?;
    let mut request = http
        .post(url)
        .header(
            reqwest::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded",
        )
        .header(reqwest::header::ACCEPT, "application/json")
        .body(body);
    if let Some((id, secret)) = basic {
        let encode = |s: &str| {
            serde_urlencoded::to_string([("", s)])
                .map(|e| e[1..].to_string())
                .unwrap_or_default()
        };
        let credentials = STANDARD.encode(format!("{}:{}", encode(id), encode(secret.expose())));
        let mut value = reqwest::header::HeaderValue::from_str(&format!("Basic {credentials}"))
            .map_err(|_| {
                TokenError("the client id or secret is not a valid header value".into())
            })?;
        value.set_sensitive(true);
        request = request.header(reqwest::header::AUTHORIZATION, value);
    }
    let request = request
        .build()
        .map_err(|e| TokenError(format!("cannot build the token request: {e}")))?;
    // Token answers are small; a body over the limit arrives empty and fails to parse below.
    let response = apifleet_runtime::transport::execute(http, request, TOKEN_BODY_LIMIT)
        .await
        .map_err(|e| TokenError(format!("the token endpoint did not answer: {e}")))?;
    let status = response.status();
    let bytes = response
        .bytes()
        .await
        .map_err(|e| TokenError(format!("reading the token response failed: {e}")))?;
    if !status.is_success() {
        let reason = match serde_json::from_slice::<OauthError>(&bytes) {
            Ok(e) => apifleet_runtime::bounded_reason(format!(
                "{}{}",
                e.error,
                e.error_description
                    .map(|d| format!(": {d}"))
                    .unwrap_or_default()
            )),
            Err(_) => apifleet_runtime::Excerpt::of(&bytes).to_string(),
        };
        return Err(TokenError(format!(
            "the token endpoint answered HTTP {status}: {reason}"
        )));
    }
    let parsed: TokenResponse = serde_json::from_slice(&bytes).map_err(|e| {
        TokenError(format!(
            "the token endpoint's answer is not a token response: {}",
            apifleet_runtime::bounded_reason(e.to_string())
        ))
    })?;
    Ok((
        Secret::new(parsed.access_token),
        Duration::from_secs(parsed.expires_in.unwrap_or(3600)),
    ))
}

fn scope_string(scopes: &[String]) -> String {
    scopes.join(" ")
}

fn default_scopes() -> Vec<String> {
    vec!["openid".to_string(), ZITADEL_API_SCOPE.to_string()]
}

/// OAuth tokens for a service user, obtained with a signed JWT (the "JWT profile" grant).
#[derive(Debug, Clone)]
pub struct JwtProfile {
    key: ServiceAccountKey,
    issuer: String,
    scopes: Vec<String>,
    cache: Arc<Cache>,
}

impl JwtProfile {
    /// For the instance at `issuer` (e.g. `https://example.zitadel.cloud`), with the scopes `openid`
    /// and [`ZITADEL_API_SCOPE`].
    pub fn new(issuer: impl Into<String>, key: ServiceAccountKey) -> Result<Self, TokenError> {
        key.signing_key()?;
        Ok(JwtProfile {
            key,
            issuer: issuer.into().trim_end_matches('/').to_string(),
            scopes: default_scopes(),
            cache: Arc::default(),
        })
    }

    /// Replaces the requested scopes (keep [`ZITADEL_API_SCOPE`] to call ZITADEL's API).
    pub fn scopes(mut self, scopes: Vec<String>) -> Self {
        self.scopes = scopes;
        self
    }
}

impl TokenSource for JwtProfile {
    fn token<'a>(&'a self, http: &'a reqwest::Client) -> TokenFuture<'a> {
        Box::pin(self.cache.get(move || async move {
            let assertion = self.key.assertion(&self.issuer, SystemTime::now())?;
            let scope = scope_string(&self.scopes);
            let url = format!("{}/oauth/v2/token", self.issuer);
            let form = [
                ("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"),
                ("scope", scope.as_str()),
                ("assertion", assertion.as_str()),
            ];
            request_token(http, &url, &form, None).await
        }))
    }
}

/// OAuth tokens for a service user with a client id and secret.
#[derive(Debug, Clone)]
pub struct ClientCredentials {
    client_id: String,
    client_secret: Secret,
    issuer: String,
    scopes: Vec<String>,
    cache: Arc<Cache>,
}

impl ClientCredentials {
    /// For the instance at `issuer`, with the scopes `openid` and [`ZITADEL_API_SCOPE`].
    pub fn new(
        issuer: impl Into<String>,
        client_id: impl Into<String>,
        client_secret: impl Into<Secret>,
    ) -> Self {
        ClientCredentials {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            issuer: issuer.into().trim_end_matches('/').to_string(),
            scopes: default_scopes(),
            cache: Arc::default(),
        }
    }

    /// Replaces the requested scopes (keep [`ZITADEL_API_SCOPE`] to call ZITADEL's API).
    pub fn scopes(mut self, scopes: Vec<String>) -> Self {
        self.scopes = scopes;
        self
    }
}

impl TokenSource for ClientCredentials {
    fn token<'a>(&'a self, http: &'a reqwest::Client) -> TokenFuture<'a> {
        Box::pin(self.cache.get(move || async move {
            let scope = scope_string(&self.scopes);
            let url = format!("{}/oauth/v2/token", self.issuer);
            let form = [
                ("grant_type", "client_credentials"),
                ("scope", scope.as_str()),
            ];
            request_token(
                http,
                &url,
                &form,
                Some((&self.client_id, &self.client_secret)),
            )
            .await
        }))
    }
}
