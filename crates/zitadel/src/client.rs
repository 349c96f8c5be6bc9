//! `ZitadelClient`: configuration, construction, and the hooks that add the bearer token to every
//! request and `x-zitadel-orgid` to Management API requests.

use crate::generated;
use crate::token::{PersonalAccessToken, TokenSource};
use apifleet_runtime::Secret;
use apifleet_runtime::config::{ConfigHeaders, HttpOptions, set_authorization};
use apifleet_runtime::hooks::{Call, HookError, HookFuture, Hooks, send_unchanged};
use apifleet_runtime::progenitor_client::{ClientInfo, Error as RawError};
use std::fmt;
use std::sync::Arc;

pub use apifleet_runtime::config::{ConfigError, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT};

/// Names this provider in configuration errors.
const PROVIDER: &str = "ZITADEL";

/// The validated settings the hooks read; shared by every clone of a client.
#[derive(Debug)]
pub(crate) struct Inner {
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
        let hooks: apifleet_runtime::hooks::SharedHooks = Arc::new(inner);
        let inner = hooks;
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
    async fn prepare_call(
        &self,
        call: Call<'_>,
        request: &mut reqwest::Request,
    ) -> Result<(), HookError> {
        let meta = call.require_meta()?;
        apifleet_runtime::config::check_path_shape(meta, request.url(), call.base_url)
            .map_err(RawError::InvalidRequest)?;
        self.headers
            .apply(meta, request)
            .map_err(RawError::InvalidRequest)?;
        if let Some(source) = &self.token {
            let token = source
                .token(call.http)
                .await
                .map_err(|e| RawError::Custom(e.to_string()))?;
            set_authorization(request, "Bearer", &token).map_err(RawError::InvalidRequest)?;
        }
        Ok(())
    }
}

/// One implementation for the v1 and v2 clients: both are built with the same `Inner`.
impl Hooks for Inner {
    fn prepare<'a>(
        &'a self,
        call: Call<'a>,
        request: &'a mut reqwest::Request,
    ) -> HookFuture<'a, Result<(), HookError>> {
        Box::pin(self.prepare_call(call, request))
    }

    fn execute<'a>(
        &'a self,
        call: Call<'a>,
        request: reqwest::Request,
    ) -> HookFuture<'a, reqwest::Result<reqwest::Response>> {
        send_unchanged(call, request, self.max_body_bytes, &self.retry)
    }
}
