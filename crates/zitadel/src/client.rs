//! `ZitadelClient`: configuration, construction, and the hooks that add the bearer token to every
//! request and `x-zitadel-orgid` to Management API requests.

use crate::generated::{self, operations};
use crate::token::{PersonalAccessToken, TokenSource};
use apifleet_runtime::config::{ConfigHeaders, HttpOptions, set_authorization};
use apifleet_runtime::progenitor_client::{
    ClientHooks, ClientInfo, Error as RawError, OperationInfo,
};
use apifleet_runtime::transport::{CallSettings, execute_with_retry};
use apifleet_runtime::{OperationMeta, Secret};
use std::fmt;
use std::sync::Arc;

pub use apifleet_runtime::config::{ConfigError, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT};

/// Names this provider in configuration errors.
const PROVIDER: &str = "ZITADEL";

/// The validated settings the hooks read; shared by every clone of a client.
#[derive(Debug)]
pub struct Inner {
    token: Option<Arc<dyn TokenSource>>,
    headers: ConfigHeaders,
    max_body_bytes: usize,
    retry: apifleet_runtime::retry::RetryPolicy,
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
    v2: crate::v2::Client,
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

    /// ZITADEL's v2 services (users, sessions, organizations, projects, ...), with the same
    /// instance, token source, timeouts and retry policy as this client. See [`crate::v2`].
    pub fn v2(&self) -> &crate::v2::Client {
        &self.v2
    }
}

/// Configuration for a [`ZitadelClient`]; every setting is checked in [`ZitadelClientBuilder::build`].
#[derive(Clone, Default)]
pub struct ZitadelClientBuilder {
    http: HttpOptions,
    base_url: Option<String>,
    token: Option<Arc<dyn TokenSource>>,
    org_id: Option<String>,
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
    apifleet_runtime::http_option_setters!(http);

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

    /// Checks every setting and builds the client.
    pub fn build(self) -> Result<ZitadelClient, ConfigError> {
        let url = self.base_url.ok_or_else(|| ConfigError {
            provider: PROVIDER,
            field: "base_url",
            reason: "is required (the instance URL)".into(),
        })?;
        let transport = self.http.build(PROVIDER, &url)?;
        let mut headers = ConfigHeaders::default();
        if let Some(org) = &self.org_id {
            headers
                .add("x-zitadel-orgid", org, false)
                .map_err(|reason| ConfigError {
                    provider: PROVIDER,
                    field: "org_id",
                    reason,
                })?;
        }
        let inner = Inner {
            token: self.token,
            headers,
            max_body_bytes: transport.max_body_bytes,
            retry: transport.retry,
        };
        let inner = Arc::new(inner);
        Ok(ZitadelClient {
            v2: crate::v2::Client::new_with_client(
                &transport.base_url,
                transport.client.clone(),
                inner.clone(),
            ),
            api: generated::Client::new_with_client(&transport.base_url, transport.client, inner),
        })
    }
}

impl Inner {
    /// What every request gets before it is sent: the path checked against the operation's
    /// metadata, the configured headers, the bearer token.
    pub(crate) async fn prepare(
        &self,
        http: &reqwest::Client,
        baseurl: &str,
        meta: Option<&'static OperationMeta>,
        request: &mut reqwest::Request,
        operation_id: &str,
    ) -> Result<(), RawErrorKind> {
        let meta = meta.ok_or_else(|| {
            RawErrorKind::InvalidRequest(format!(
                "no metadata for operation `{operation_id}`; regenerate the client"
            ))
        })?;
        apifleet_runtime::config::check_path_shape(meta, request.url(), baseurl)
            .map_err(RawErrorKind::InvalidRequest)?;
        self.headers
            .apply(meta, request)
            .map_err(RawErrorKind::InvalidRequest)?;
        if let Some(source) = &self.token {
            let token = source
                .token(http)
                .await
                .map_err(|e| RawErrorKind::Custom(e.to_string()))?;
            set_authorization(request, "Bearer", &token).map_err(RawErrorKind::InvalidRequest)?;
        }
        Ok(())
    }

    /// Sends a request under the retry policy and the body size limit.
    pub(crate) async fn execute(
        &self,
        http: &reqwest::Client,
        request: reqwest::Request,
        meta: Option<&'static OperationMeta>,
    ) -> reqwest::Result<reqwest::Response> {
        let settings = CallSettings {
            max_body_bytes: self.max_body_bytes,
            retry: &self.retry,
            operation: meta,
        };
        execute_with_retry(http, request, settings, |_, request| async { Ok(request) }).await
    }
}

/// The two ways [`Inner::prepare`] fails, before they become the operation's error type.
pub(crate) enum RawErrorKind {
    InvalidRequest(String),
    Custom(String),
}

impl RawErrorKind {
    pub(crate) fn into_raw<E>(self) -> RawError<E> {
        match self {
            RawErrorKind::InvalidRequest(m) => RawError::InvalidRequest(m),
            RawErrorKind::Custom(m) => RawError::Custom(m),
        }
    }
}

impl ClientHooks<Arc<Inner>> for generated::Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), RawError<E>> {
        let meta = operations::find(info.operation_id);
        self.inner()
            .prepare(
                self.client(),
                self.baseurl(),
                meta,
                request,
                info.operation_id,
            )
            .await
            .map_err(RawErrorKind::into_raw)
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let meta = operations::find(info.operation_id);
        self.inner().execute(self.client(), request, meta).await
    }
}
