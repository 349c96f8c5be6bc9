//! `DfnsClient`: configuration, construction, and the hooks that authenticate every request and
//! sign every operation the spec marks with the `userActionSignature` security scheme.

use crate::generated;
use crate::signing::Signer;
use crate::user_action::{self, USER_ACTION_HEADER, USER_ACTION_SCHEME, UserAction};
use apifleet_runtime::Secret;
use apifleet_runtime::config::{Authorization, HttpOptions};
use apifleet_runtime::hooks::{Call, HookError, HookFuture, Hooks};
use apifleet_runtime::progenitor_client::{ClientInfo, Error as RawError};
use apifleet_runtime::transport::{CallSettings, Outcome, execute_with_retry, refused};
use base64::Engine as _;
use reqwest::header::{HeaderName, HeaderValue};
use std::fmt;
use std::sync::Arc;

pub use apifleet_runtime::config::{ConfigError, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT};

/// Names this provider in configuration errors.
const PROVIDER: &str = "Dfns";

/// Dfns' production API.
pub const DEFAULT_BASE_URL: &str = "https://api.dfns.io";

/// The validated settings the hooks read; shared by every clone of a client.
#[derive(Debug)]
pub(crate) struct Inner {
    authorization: Authorization,
    signer: Option<Arc<dyn Signer>>,
    legacy_app_id: Option<HeaderValue>,
    pub(crate) max_body_bytes: usize,
    retry: apifleet_runtime::retry::RetryPolicy,
}

impl Inner {
    /// The client's retry policy; the user action flow follows it too.
    pub(crate) fn retry(&self) -> &apifleet_runtime::retry::RetryPolicy {
        &self.retry
    }

    /// Adds `Authorization` and, for organisations that still need them, the legacy headers.
    pub(crate) fn authenticate(&self, request: &mut reqwest::Request) -> Result<(), String> {
        self.authorization.apply(request);
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
///     .body(types::CreateServiceAccountRequest::builder().name("ci-bot").public_key("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA...\n-----END PUBLIC KEY-----\n"))
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
    http: HttpOptions,
    base_url: Option<String>,
    token: Option<Secret>,
    signer: Option<Arc<dyn Signer>>,
    legacy_app_id: Option<String>,
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
    apifleet_runtime::http_option_setters!(http);

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

    /// Checks every setting and builds the client.
    pub fn build(self) -> Result<DfnsClient, ConfigError> {
        let url = self
            .base_url
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_string());
        let transport = self.http.build(PROVIDER, &url)?;
        let token = self.token.ok_or_else(|| ConfigError {
            provider: PROVIDER,
            field: "auth_token",
            reason: "is required".into(),
        })?;
        apifleet_runtime::headers::check_non_empty("Authorization", token.expose()).map_err(
            |e| ConfigError {
                provider: PROVIDER,
                field: "auth_token",
                reason: e.reason,
            },
        )?;
        let authorization = Authorization::new("Bearer", &token).map_err(|reason| ConfigError {
            provider: PROVIDER,
            field: "auth_token",
            reason,
        })?;
        let legacy_app_id = match self.legacy_app_id {
            Some(id) => {
                apifleet_runtime::headers::check_non_empty("X-DFNS-APPID", &id).map_err(|e| {
                    ConfigError {
                        provider: PROVIDER,
                        field: "legacy_app_id",
                        reason: e.reason,
                    }
                })?;
                Some(HeaderValue::from_str(&id).map_err(|_| ConfigError {
                    provider: PROVIDER,
                    field: "legacy_app_id",
                    reason: "is not a valid header value".into(),
                })?)
            }
            None => None,
        };
        let inner = Inner {
            authorization,
            signer: self.signer,
            legacy_app_id,
            max_body_bytes: transport.max_body_bytes,
            retry: transport.retry,
        };
        Ok(DfnsClient {
            api: generated::Client::new_with_client(
                &transport.base_url,
                transport.client,
                Arc::new(inner),
            ),
        })
    }
}

impl Inner {
    /// Replaces the user action token of `request` with a fresh one. When that fails, the call
    /// ends with the reason (not with the answer that made it retry).
    async fn sign_again(
        &self,
        call: Call<'_>,
        mut request: reqwest::Request,
    ) -> Result<reqwest::Request, Outcome> {
        let signer = self.signer.as_deref().ok_or_else(|| {
            Ok(refused(
                "a retried write needs a signed user action and no signer is configured".into(),
            ))
        })?;
        self.sign(call, &mut request, signer)
            .await
            .map_err(signing_failure)?;
        Ok(request)
    }

    /// Runs the user action flow for `request` and sets its token header.
    async fn sign(
        &self,
        call: Call<'_>,
        request: &mut reqwest::Request,
        signer: &dyn Signer,
    ) -> Result<(), HookError> {
        let action = UserAction::of(request, call.base_url).map_err(RawError::InvalidRequest)?;
        let token = user_action::obtain(call.http, call.base_url, self, signer, &action).await?;
        let mut value = HeaderValue::from_str(token.expose()).map_err(|_| {
            RawError::InvalidRequest(
                "Dfns sent a user action token that is not a header value".into(),
            )
        })?;
        value.set_sensitive(true);
        request
            .headers_mut()
            .insert(HeaderName::from_static(USER_ACTION_HEADER), value);
        Ok(())
    }

    /// Checks the path, authenticates and, where the spec asks for it, signs the user action.
    async fn prepare_call(
        &self,
        call: Call<'_>,
        request: &mut reqwest::Request,
    ) -> Result<(), HookError> {
        let meta = call.require_meta()?;
        apifleet_runtime::config::check_path_shape(meta, request.url(), call.base_url)
            .map_err(RawError::InvalidRequest)?;
        self.authenticate(request)
            .map_err(RawError::InvalidRequest)?;
        if meta.security.contains(&USER_ACTION_SCHEME) {
            let signer = self.signer.as_deref().ok_or_else(|| {
                RawError::InvalidRequest(format!(
                    "{} ({} {}) needs a signed user action; configure a signer on the DfnsClient builder",
                    meta.id, meta.method, meta.path
                ))
            })?;
            self.sign(call, request, signer).await?;
        }
        Ok(())
    }
}

/// What a call ends with when signing its retry failed: the signing flow's own failure. An error
/// answer from a signing endpoint is handed on as it is, so the caller reads Dfns' message.
fn signing_failure(error: HookError) -> Outcome {
    match error {
        RawError::CommunicationError(e)
        | RawError::ResponseBodyError(e)
        | RawError::InvalidUpgrade(e) => Err(e),
        RawError::UnexpectedResponse(response) => Ok(response),
        RawError::InvalidRequest(m) | RawError::Custom(m) => Ok(refused(m)),
        RawError::ErrorResponse(answer) => Ok(refused(format!(
            "user action signing: HTTP {}",
            answer.status()
        ))),
        RawError::InvalidResponsePayload(_, e) => Ok(refused(format!(
            "user action signing: invalid response: {e}"
        ))),
    }
}

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
        let signed = call
            .meta
            .is_some_and(|m| m.security.contains(&USER_ACTION_SCHEME));
        let settings = CallSettings {
            max_body_bytes: self.max_body_bytes,
            retry: &self.retry,
            operation: call.meta,
        };
        // A user action token is single-use: a retried signed write is signed again.
        Box::pin(execute_with_retry(
            call.http,
            request,
            settings,
            move |_, request| async move {
                if signed {
                    self.sign_again(call, request).await
                } else {
                    Ok(request)
                }
            },
        ))
    }
}
