//! `DfnsClient`: configuration, construction, and the hooks that authenticate every request and
//! sign every operation the spec marks with the `userActionSignature` security scheme.

use crate::generated::{self, operations};
use crate::signing::Signer;
use crate::user_action::{self, USER_ACTION_HEADER, USER_ACTION_SCHEME, UserAction};
use apifleet_runtime::Secret;
use apifleet_runtime::config::{check_base_url, http_client, set_authorization};
use apifleet_runtime::progenitor_client::{
    ClientHooks, ClientInfo, Error as RawError, OperationInfo,
};
use base64::Engine as _;
use reqwest::header::{HeaderName, HeaderValue};
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

pub use apifleet_runtime::config::{DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT};

/// Dfns' production API.
pub const DEFAULT_BASE_URL: &str = "https://api.dfns.io";

/// A configuration value that was refused; nothing was sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The setting at fault.
    pub field: &'static str,
    /// What is wrong with it (never the value itself).
    pub reason: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid Dfns client setting `{}`: {}",
            self.field, self.reason
        )
    }
}

impl std::error::Error for ConfigError {}

/// The validated settings the hooks read; shared by every clone of a client.
#[derive(Debug)]
pub struct Inner {
    token: Secret,
    signer: Option<Arc<dyn Signer>>,
    legacy_app_id: Option<HeaderValue>,
    pub(crate) max_body_bytes: usize,
}

impl Inner {
    /// Adds `Authorization` and, for organisations that still need them, the legacy headers.
    pub(crate) fn authenticate(&self, request: &mut reqwest::Request) -> Result<(), String> {
        set_authorization(request, "Bearer", &self.token)?;
        if let Some(app_id) = &self.legacy_app_id {
            request
                .headers_mut()
                .insert(HeaderName::from_static("x-dfns-appid"), app_id.clone());
            let nonce = HeaderValue::from_str(&legacy_nonce())
                .map_err(|_| "cannot build X-DFNS-NONCE".to_string())?;
            request
                .headers_mut()
                .insert(HeaderName::from_static("x-dfns-nonce"), nonce);
        }
        Ok(())
    }
}

/// The legacy `X-DFNS-NONCE`: base64url (no padding) of `{"uuid": <v4>, "date": <ISO 8601, ms, Z>}`,
/// in that key order, as Dfns' TypeScript SDK built it.
pub fn legacy_nonce() -> String {
    let date = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let json = format!(
        "{{\"uuid\":\"{}\",\"date\":\"{date}\"}}",
        uuid::Uuid::new_v4()
    );
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json)
}

/// A Dfns client. Every generated operation is available on it (through `Deref`); operations that
/// need a signed user action are signed automatically with the configured [`Signer`].
///
/// ```no_run
/// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// use apifleet_dfns::{DfnsClient, KeySigner, types};
///
/// let signer = KeySigner::from_pem("Y2ktM2J2YnEtdWF1bDctOG8zYmFrY2d2b2xhZTUzYg", &std::fs::read_to_string("key.pem")?)?;
/// let dfns = DfnsClient::builder().auth_token("service-account-token").signer(signer).build()?;
/// let account = dfns
///     .create_service_account()
///     .body(types::CreateServiceAccountRequest::builder().name("ci-bot").public_key("-----BEGIN PUBLIC KEY-----..."))
///     .send()
///     .await
///     .map_err(apifleet_dfns::Error::from)?;
/// println!("{}", account.user_info.user_id.as_str());
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct DfnsClient {
    api: generated::Client,
}

impl std::ops::Deref for DfnsClient {
    type Target = generated::Client;

    fn deref(&self) -> &generated::Client {
        &self.api
    }
}

impl DfnsClient {
    /// Starts a configuration.
    pub fn builder() -> DfnsClientBuilder {
        DfnsClientBuilder::default()
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        self.api.baseurl()
    }
}

/// Configuration for a [`DfnsClient`]; every setting is checked in [`DfnsClientBuilder::build`].
#[derive(Clone, Default)]
pub struct DfnsClientBuilder {
    base_url: Option<String>,
    token: Option<Secret>,
    signer: Option<Arc<dyn Signer>>,
    legacy_app_id: Option<String>,
    connect_timeout: Option<Duration>,
    timeout: Option<Duration>,
    max_body_bytes: Option<usize>,
    allow_insecure_http: bool,
    http_client: Option<reqwest::Client>,
}

impl fmt::Debug for DfnsClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DfnsClientBuilder")
            .field("base_url", &self.base_url)
            .field("token", &self.token)
            .field("signer", &self.signer)
            .field("legacy_app_id", &self.legacy_app_id)
            .finish_non_exhaustive()
    }
}

impl DfnsClientBuilder {
    /// The API's base URL; default [`DEFAULT_BASE_URL`].
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// The bearer token: a service account token, a personal access token or a user token (required).
    pub fn auth_token(mut self, token: impl Into<Secret>) -> Self {
        self.token = Some(token.into());
        self
    }

    /// Signs user actions with this signer (needed for every write).
    pub fn signer(self, signer: impl Signer + 'static) -> Self {
        self.shared_signer(Arc::new(signer))
    }

    /// Signs user actions with a shared signer.
    pub fn shared_signer(mut self, signer: Arc<dyn Signer>) -> Self {
        self.signer = Some(signer);
        self
    }

    /// Sends the legacy `X-DFNS-APPID` and `X-DFNS-NONCE` headers, for organisations that still need
    /// them (Dfns dropped them with Applications).
    pub fn legacy_app_id(mut self, app_id: impl Into<String>) -> Self {
        self.legacy_app_id = Some(app_id.into());
        self
    }

    /// Limit for establishing a connection; default [`DEFAULT_CONNECT_TIMEOUT`].
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Limit for a whole request; default [`DEFAULT_TIMEOUT`].
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Largest response body read; default [`apifleet_runtime::transport::DEFAULT_MAX_BODY_BYTES`].
    pub fn max_body_bytes(mut self, limit: usize) -> Self {
        self.max_body_bytes = Some(limit);
        self
    }

    /// Allow a plain `http://` URL to a host that is not loopback.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// Use this `reqwest::Client` instead of building one.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// Checks every setting and builds the client.
    pub fn build(self) -> Result<DfnsClient, ConfigError> {
        let url = self
            .base_url
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_string());
        let base_url =
            check_base_url(&url, self.allow_insecure_http).map_err(|reason| ConfigError {
                field: "base_url",
                reason,
            })?;
        let token = self.token.ok_or_else(|| ConfigError {
            field: "auth_token",
            reason: "is required".into(),
        })?;
        apifleet_runtime::headers::check_non_empty("Authorization", token.expose()).map_err(
            |e| ConfigError {
                field: "auth_token",
                reason: e.reason,
            },
        )?;
        let legacy_app_id = match self.legacy_app_id {
            Some(id) => {
                apifleet_runtime::headers::check_non_empty("X-DFNS-APPID", &id).map_err(|e| {
                    ConfigError {
                        field: "legacy_app_id",
                        reason: e.reason,
                    }
                })?;
                Some(HeaderValue::from_str(&id).map_err(|_| ConfigError {
                    field: "legacy_app_id",
                    reason: "is not a valid header value".into(),
                })?)
            }
            None => None,
        };
        let http = match self.http_client {
            Some(client) => client,
            None => {
                http_client(self.connect_timeout, self.timeout).map_err(|reason| ConfigError {
                    field: "http_client",
                    reason,
                })?
            }
        };
        let inner = Inner {
            token,
            signer: self.signer,
            legacy_app_id,
            max_body_bytes: self
                .max_body_bytes
                .unwrap_or(apifleet_runtime::transport::DEFAULT_MAX_BODY_BYTES),
        };
        Ok(DfnsClient {
            api: generated::Client::new_with_client(&base_url, http, Arc::new(inner)),
        })
    }
}

impl ClientHooks<Arc<Inner>> for generated::Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), RawError<E>> {
        let inner = self.inner();
        let meta = operations::find(info.operation_id).ok_or_else(|| {
            RawError::InvalidRequest(format!(
                "no metadata for operation `{}`; regenerate the client",
                info.operation_id
            ))
        })?;
        inner
            .authenticate(request)
            .map_err(RawError::InvalidRequest)?;
        if meta.security.contains(&USER_ACTION_SCHEME) {
            let signer = inner.signer.as_deref().ok_or_else(|| {
                RawError::InvalidRequest(format!(
                    "{} ({} {}) needs a signed user action; configure a signer on the DfnsClient builder",
                    meta.id, meta.method, meta.path
                ))
            })?;
            let action =
                UserAction::of(request, self.baseurl()).map_err(RawError::InvalidRequest)?;
            let token =
                user_action::obtain(self.client(), self.baseurl(), inner, signer, &action).await?;
            let mut value = HeaderValue::from_str(token.expose()).map_err(|_| {
                RawError::InvalidRequest(
                    "Dfns sent a user action token that is not a header value".into(),
                )
            })?;
            value.set_sensitive(true);
            request
                .headers_mut()
                .insert(HeaderName::from_static(USER_ACTION_HEADER), value);
        }
        Ok(())
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        _info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        apifleet_runtime::transport::execute(self.client(), request, self.inner().max_body_bytes)
            .await
    }
}
