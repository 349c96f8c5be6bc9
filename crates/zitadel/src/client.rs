//! `ZitadelClient`: configuration, construction, and the hooks that add the bearer token to every
//! request and `x-zitadel-orgid` to Management API requests.

use crate::generated::{self, operations};
use crate::token::{PersonalAccessToken, TokenSource};
use apifleet_runtime::Secret;
use apifleet_runtime::config::{ConfigHeaders, HttpOptions, set_authorization};
use apifleet_runtime::progenitor_client::{
    ClientHooks, ClientInfo, Error as RawError, OperationInfo,
};
use apifleet_runtime::transport::{CallSettings, execute_with_retry};
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
        Ok(ZitadelClient {
            api: generated::Client::new_with_client(
                &transport.base_url,
                transport.client,
                Arc::new(inner),
            ),
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
        apifleet_runtime::config::check_path_shape(meta, request.url(), self.baseurl())
            .map_err(RawError::InvalidRequest)?;
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
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let inner = self.inner();
        let settings = CallSettings {
            max_body_bytes: inner.max_body_bytes,
            retry: &inner.retry,
            operation: operations::find(info.operation_id),
        };
        execute_with_retry(self.client(), request, settings, |_, request| async {
            Ok(request)
        })
        .await
    }
}
