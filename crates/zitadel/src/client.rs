//! `ZitadelClient`: configuration, construction, and the hooks that add the bearer token to every
//! request and `x-zitadel-orgid` to Management API requests.

use crate::generated::{self, operations};
use crate::token::{PersonalAccessToken, TokenSource};
use apifleet_runtime::Secret;
use apifleet_runtime::config::{ConfigHeaders, check_base_url, http_client, set_authorization};
use apifleet_runtime::progenitor_client::{
    ClientHooks, ClientInfo, Error as RawError, OperationInfo,
};
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

pub use apifleet_runtime::config::{DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT};

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
            "invalid ZITADEL client setting `{}`: {}",
            self.field, self.reason
        )
    }
}

impl std::error::Error for ConfigError {}

/// The validated settings the hooks read; shared by every clone of a client.
#[derive(Debug)]
pub struct Inner {
    token: Option<Arc<dyn TokenSource>>,
    headers: ConfigHeaders,
    max_body_bytes: usize,
}

/// A ZITADEL client for one instance. Every generated operation is available on it (through
/// `Deref`): `mgmt_*` for organisation IDPs, `admin_*` for instance IDPs, `get_idp_by_id_v2`.
///
/// ```no_run
/// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// use apifleet_zitadel::{ZitadelClient, types};
///
/// let zitadel = ZitadelClient::builder()
///     .base_url("https://example.zitadel.cloud")
///     .personal_access_token("pat-from-the-console")
///     .org_id("69629023906488334")
///     .build()?;
/// let added = zitadel
///     .mgmt_add_jwt_provider()
///     .body(
///         types::AddJwtProviderRequest::builder()
///             .name("Partner SSO")
///             .issuer("https://sso.partner.example")
///             .jwt_endpoint("https://sso.partner.example/jwt")
///             .keys_endpoint("https://sso.partner.example/keys")
///             .header_name("x-auth-token"),
///     )
///     .send()
///     .await
///     .map_err(apifleet_zitadel::Error::from)?;
/// println!("provider {:?}", added.id);
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct ZitadelClient {
    api: generated::Client,
}

impl std::ops::Deref for ZitadelClient {
    type Target = generated::Client;

    fn deref(&self) -> &generated::Client {
        &self.api
    }
}

impl ZitadelClient {
    /// Starts a configuration.
    pub fn builder() -> ZitadelClientBuilder {
        ZitadelClientBuilder::default()
    }

    /// The instance URL requests go to.
    pub fn base_url(&self) -> &str {
        self.api.baseurl()
    }
}

/// Configuration for a [`ZitadelClient`]; every setting is checked in [`ZitadelClientBuilder::build`].
#[derive(Clone, Default)]
pub struct ZitadelClientBuilder {
    base_url: Option<String>,
    token: Option<Arc<dyn TokenSource>>,
    org_id: Option<String>,
    connect_timeout: Option<Duration>,
    timeout: Option<Duration>,
    max_body_bytes: Option<usize>,
    allow_insecure_http: bool,
    http_client: Option<reqwest::Client>,
}

impl fmt::Debug for ZitadelClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ZitadelClientBuilder")
            .field("base_url", &self.base_url)
            .field("token", &self.token)
            .field("org_id", &self.org_id)
            .finish_non_exhaustive()
    }
}

impl ZitadelClientBuilder {
    /// The instance URL, e.g. `https://example.zitadel.cloud` (required).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Authenticate with a personal access token.
    pub fn personal_access_token(self, token: impl Into<Secret>) -> Self {
        self.token_source(PersonalAccessToken(token.into()))
    }

    /// Authenticate with tokens from a [`TokenSource`] ([`crate::JwtProfile`],
    /// [`crate::ClientCredentials`], or your own).
    pub fn token_source(mut self, source: impl TokenSource + 'static) -> Self {
        self.token = Some(Arc::new(source));
        self
    }

    /// The organisation Management API calls act in, sent as `x-zitadel-orgid` (never on Admin or
    /// v2 calls). Default: the authenticated user's organisation.
    pub fn org_id(mut self, org_id: impl Into<String>) -> Self {
        self.org_id = Some(org_id.into());
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

    /// Allow a plain `http://` URL to a host that is not loopback. Tokens then cross the network
    /// unencrypted.
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
    pub fn build(self) -> Result<ZitadelClient, ConfigError> {
        let url = self.base_url.ok_or_else(|| ConfigError {
            field: "base_url",
            reason: "is required (the instance URL)".into(),
        })?;
        let base_url =
            check_base_url(&url, self.allow_insecure_http).map_err(|reason| ConfigError {
                field: "base_url",
                reason,
            })?;
        let mut headers = ConfigHeaders::default();
        if let Some(org) = &self.org_id {
            headers
                .add("x-zitadel-orgid", org, false)
                .map_err(|reason| ConfigError {
                    field: "org_id",
                    reason,
                })?;
        }
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
            token: self.token,
            headers,
            max_body_bytes: self
                .max_body_bytes
                .unwrap_or(apifleet_runtime::transport::DEFAULT_MAX_BODY_BYTES),
        };
        Ok(ZitadelClient {
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
            .headers
            .apply(meta, request)
            .map_err(RawError::InvalidRequest)?;
        if let Some(source) = &inner.token {
            let token = source
                .token(self.client())
                .await
                .map_err(|e| RawError::Custom(e.to_string()))?;
            set_authorization(request, "Bearer", &token).map_err(RawError::InvalidRequest)?;
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
