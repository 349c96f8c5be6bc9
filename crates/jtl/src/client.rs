//! `JtlClient`: configuration, construction, and the hooks that add authentication and the
//! per-tenant and per-app headers to every request.

use crate::generated;
use apifleet_runtime::Secret;
use apifleet_runtime::config::{Authorization, ConfigHeaders, HttpOptions};
use apifleet_runtime::headers::check_non_empty;
use apifleet_runtime::hooks::{Call, HookError, HookFuture, Hooks, send_unchanged};
use apifleet_runtime::progenitor_client::{ClientInfo, Error as RawError};
use std::fmt;
use std::sync::Arc;

/// JTL-Cloud's ERP base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.jtl-cloud.com/erp";
pub use apifleet_runtime::config::{ConfigError, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT};

/// Names this provider in configuration errors.
const PROVIDER: &str = "JTL";
/// The longest challenge code JTL accepts.
pub const MAX_CHALLENGE_CODE_LEN: usize = 30;

/// How requests authenticate.
#[derive(Clone, Debug)]
pub enum Auth {
    /// JTL-Cloud: `Authorization: Bearer <OAuth access token>`.
    Bearer(Secret),
    /// On premise: `Authorization: Wawi <API key from app registration>`.
    Wawi(Secret),
}

/// The validated settings the hooks read; shared by every clone of a client.
#[derive(Debug)]
pub(crate) struct Inner {
    authorization: Option<Authorization>,
    headers: ConfigHeaders,
    max_body_bytes: usize,
    retry: apifleet_runtime::retry::RetryPolicy,
}

/// A JTL-Cloud ERP client. Built once from configuration; every generated operation is available on
/// it (through `Deref`), and the client adds authentication and the configured headers
/// (`x-tenant-id`, `x-challengecode`, `x-appid`, `x-appversion`, `x-api-key`, `api-version`) to the
/// operations whose spec declares them. Cloning is cheap and shares one connection pool.
///
/// ```no_run
/// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// use apifleet_jtl::JtlClient;
///
/// let jtl = JtlClient::builder()
///     .bearer_token("access-token-from-the-partner-portal")
///     .tenant_id("7b0e5c1e-3f3e-4a44-9a55-0a8d4c1f2e10")
///     .app("MyApp/1.0.0", "1.0.0")
///     .build()?;
/// let info = jtl.get_info().send().await.map_err(apifleet_jtl::Error::from)?;
/// println!("JTL API version {:?}", info.version);
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct JtlClient {
    api: generated::Client,
}

impl std::ops::Deref for JtlClient {
    type Target = generated::Client;

    fn deref(&self) -> &generated::Client {
        &self.api
    }
}

impl JtlClient {
    /// Starts a configuration.
    pub fn builder() -> JtlClientBuilder {
        JtlClientBuilder::default()
    }

    /// The generated client, for passing where `&generated::Client` is expected.
    pub fn api(&self) -> &generated::Client {
        &self.api
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        self.api.baseurl()
    }
}

/// Configuration for a [`JtlClient`]; every setting is checked in [`JtlClientBuilder::build`].
#[derive(Clone, Default)]
pub struct JtlClientBuilder {
    http: HttpOptions,
    base_url: Option<String>,
    auth: Option<Auth>,
    tenant_id: Option<String>,
    challenge_code: Option<String>,
    app_id: Option<String>,
    app_version: Option<String>,
    api_key: Option<Secret>,
    api_version: Option<String>,
}

impl fmt::Debug for JtlClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JtlClientBuilder")
            .field("base_url", &self.base_url)
            .field("auth", &self.auth)
            .field("tenant_id", &self.tenant_id)
            .field("challenge_code", &self.challenge_code)
            .field("app_id", &self.app_id)
            .field("app_version", &self.app_version)
            .field("api_key", &self.api_key)
            .field("api_version", &self.api_version)
            .finish_non_exhaustive()
    }
}

impl JtlClientBuilder {
    apifleet_runtime::http_option_setters!(http);

    /// The API's base URL; default [`DEFAULT_BASE_URL`]. On premise:
    /// `http://127.0.0.1:64110/api/eazybusiness`.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Authenticate with a JTL-Cloud OAuth access token.
    pub fn bearer_token(mut self, token: impl Into<Secret>) -> Self {
        self.auth = Some(Auth::Bearer(token.into()));
        self
    }

    /// Authenticate on premise with `Authorization: Wawi <API key>`.
    pub fn wawi_api_key(mut self, key: impl Into<Secret>) -> Self {
        self.auth = Some(Auth::Wawi(key.into()));
        self
    }

    /// The tenant (a UUID), sent as `x-tenant-id`.
    pub fn tenant_id(mut self, tenant: impl Into<String>) -> Self {
        self.tenant_id = Some(tenant.into());
        self
    }

    /// The challenge code of a registration (1 to 30 characters), sent as `x-challengecode` on the
    /// registration operations.
    pub fn challenge_code(mut self, code: impl Into<String>) -> Self {
        self.challenge_code = Some(code.into());
        self
    }

    /// Your app's id and version, sent as `x-appid` and `x-appversion`.
    pub fn app(mut self, app_id: impl Into<String>, app_version: impl Into<String>) -> Self {
        self.app_id = Some(app_id.into());
        self.app_version = Some(app_version.into());
        self
    }

    /// The API key received from registration, sent as `x-api-key` where the spec declares it.
    pub fn api_key(mut self, key: impl Into<Secret>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// The `api-version` header (on premise it selects the API version; Cloud selects by path).
    pub fn api_version(mut self, version: impl Into<String>) -> Self {
        self.api_version = Some(version.into());
        self
    }

    /// Checks every setting and builds the client.
    pub fn build(self) -> Result<JtlClient, ConfigError> {
        let base_url = self
            .base_url
            .clone()
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_string());
        let transport = self.http.build(PROVIDER, &base_url)?;

        let mut headers = ConfigHeaders::default();
        let mut add = |name: &'static str, field: &'static str, value: &str, secret: bool| {
            headers
                .add(name, value, secret)
                .map_err(|reason| ConfigError {
                    provider: PROVIDER,
                    field,
                    reason,
                })
        };
        if let Some(tenant) = &self.tenant_id {
            let parsed = uuid::Uuid::parse_str(tenant).map_err(|_| ConfigError {
                provider: PROVIDER,
                field: "tenant_id",
                reason: "is not a UUID".to_string(),
            })?;
            add(
                "x-tenant-id",
                "tenant_id",
                &parsed.hyphenated().to_string(),
                false,
            )?;
        }
        if let Some(code) = &self.challenge_code {
            let len = code.chars().count();
            if len > MAX_CHALLENGE_CODE_LEN {
                return Err(ConfigError {
                    provider: PROVIDER,
                    field: "challenge_code",
                    reason: format!(
                        "is {len} characters long; JTL accepts at most {MAX_CHALLENGE_CODE_LEN}"
                    ),
                });
            }
            add("x-challengecode", "challenge_code", code, false)?;
        }
        if let Some(app_id) = &self.app_id {
            add("x-appid", "app_id", app_id, false)?;
        }
        if let Some(version) = &self.app_version {
            add("x-appversion", "app_version", version, false)?;
        }
        if let Some(key) = &self.api_key {
            add("x-api-key", "api_key", key.expose(), true)?;
        }
        if let Some(version) = &self.api_version {
            add("api-version", "api_version", version, false)?;
        }
        let authorization = match &self.auth {
            Some(auth) => {
                let (scheme, field, secret) = match auth {
                    Auth::Bearer(s) => ("Bearer", "bearer_token", s),
                    Auth::Wawi(s) => ("Wawi", "wawi_api_key", s),
                };
                let refuse = |reason: String| ConfigError {
                    provider: PROVIDER,
                    field,
                    reason,
                };
                check_non_empty("Authorization", secret.expose()).map_err(|e| refuse(e.reason))?;
                Some(Authorization::new(scheme, secret).map_err(refuse)?)
            }
            None => None,
        };

        let inner = Inner {
            authorization,
            headers,
            max_body_bytes: transport.max_body_bytes,
            retry: transport.retry,
        };
        Ok(JtlClient {
            api: generated::Client::new_with_client(
                &transport.base_url,
                transport.client,
                Arc::new(inner),
            ),
        })
    }
}

impl Inner {
    /// Checks the path, adds the configured headers and authentication.
    #[allow(clippy::result_large_err)] // progenitor's error, which the call returns anyway
    fn prepare_call(
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
        if let Some(authorization) = &self.authorization {
            authorization.apply(request);
        }
        Ok(())
    }
}

impl Hooks for Inner {
    fn prepare<'a>(
        &'a self,
        call: Call<'a>,
        request: &'a mut reqwest::Request,
    ) -> HookFuture<'a, Result<(), HookError>> {
        let prepared = self.prepare_call(call, request);
        Box::pin(std::future::ready(prepared))
    }

    fn execute<'a>(
        &'a self,
        call: Call<'a>,
        request: reqwest::Request,
    ) -> HookFuture<'a, reqwest::Result<reqwest::Response>> {
        send_unchanged(call, request, self.max_body_bytes, &self.retry)
    }
}
