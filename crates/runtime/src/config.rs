//! Building blocks of the provider clients' configuration: base URL checks, the HTTP client with
//! its timeouts, and the headers a client sets from its configuration on the operations that
//! declare them (see `x-apifleet-from-config` in the specs).

use crate::OperationMeta;
use crate::headers::check_non_empty;
use reqwest::header::{HeaderName, HeaderValue};
use std::time::Duration;

/// Default limit for establishing a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default limit for a whole request, response body included.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// Parses a base URL, refusing plain HTTP to anything but loopback unless `allow_insecure_http`, and
/// returns it without a trailing slash. The error says what is wrong, for a `base_url` setting.
pub fn check_base_url(url: &str, allow_insecure_http: bool) -> Result<String, String> {
    let parsed = reqwest::Url::parse(url).map_err(|e| format!("is not a URL: {e}"))?;
    match parsed.scheme() {
        "https" => {}
        "http" => {
            let loopback = match parsed.host() {
                Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
                Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
                Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
                None => false,
            };
            if !loopback && !allow_insecure_http {
                return Err("uses plain http to a host that is not loopback; use https or allow_insecure_http(true)".into());
            }
        }
        other => return Err(format!("has scheme `{other}`; expected https or http")),
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err("must not have a query or fragment".into());
    }
    Ok(url.trim_end_matches('/').to_string())
}

/// A `reqwest::Client` (one connection pool) with the given timeouts, defaults where `None`.
pub fn http_client(
    connect: Option<Duration>,
    total: Option<Duration>,
) -> Result<reqwest::Client, String> {
    reqwest::Client::builder()
        .connect_timeout(connect.unwrap_or(DEFAULT_CONNECT_TIMEOUT))
        .timeout(total.unwrap_or(DEFAULT_TIMEOUT))
        .build()
        .map_err(|e| format!("cannot build an HTTP client: {e}"))
}

/// The headers a client sets from its configuration, checked once when the client is built.
#[derive(Debug, Clone, Default)]
pub struct ConfigHeaders(Vec<(&'static str, HeaderValue)>);

impl ConfigHeaders {
    /// Adds a header; refuses empty values, CR/LF, control and non-ASCII characters. `sensitive`
    /// values (API keys) are marked so that HTTP/2 never indexes them. The error never shows the value.
    pub fn add(&mut self, name: &'static str, value: &str, sensitive: bool) -> Result<(), String> {
        check_non_empty(name, value).map_err(|e| e.reason)?;
        let mut v =
            HeaderValue::from_str(value).map_err(|_| "is not a valid header value".to_string())?;
        v.set_sensitive(sensitive);
        self.0.push((name, v));
        Ok(())
    }

    /// The configured value of a header.
    pub fn get(&self, name: &str) -> Option<&HeaderValue> {
        self.0
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    }

    /// Sets on `request` every configured header that `meta` declares; fails, naming the header,
    /// when the operation requires one that is not configured.
    pub fn apply(
        &self,
        meta: &OperationMeta,
        request: &mut reqwest::Request,
    ) -> Result<(), String> {
        for header in meta.config_headers {
            match self.get(header.name) {
                Some(value) => {
                    let name = HeaderName::from_static(header.name);
                    request.headers_mut().insert(name, value.clone());
                }
                None if header.required => {
                    return Err(format!(
                        "{} ({} {}) needs the `{}` header; set it on the client builder",
                        meta.id, meta.method, meta.path, header.name
                    ));
                }
                None => {}
            }
        }
        Ok(())
    }
}

/// Sets `Authorization: <scheme> <credential>`, marked sensitive.
pub fn set_authorization(
    request: &mut reqwest::Request,
    scheme: &str,
    credential: &crate::Secret,
) -> Result<(), String> {
    let mut value = HeaderValue::from_str(&format!("{scheme} {}", credential.expose()))
        .map_err(|_| "the credential is not a valid header value".to_string())?;
    value.set_sensitive(true);
    request
        .headers_mut()
        .insert(reqwest::header::AUTHORIZATION, value);
    Ok(())
}
