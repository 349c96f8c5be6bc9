//! Building blocks of the provider clients' configuration: base URL checks, the HTTP client with
//! its timeouts, and the headers a client sets from its configuration on the operations that
//! declare them (see `x-apifleet-from-config` in the specs).

use crate::OperationMeta;
use crate::headers::check_non_empty;
use crate::retry::RetryPolicy;
use reqwest::header::{HeaderName, HeaderValue};
use std::time::Duration;

/// Default limit for establishing a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default limit for a whole request, response body included.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// Parses a base URL, refusing plain HTTP to anything but loopback unless `allow_insecure_http`, and
/// returns it without a trailing slash. The error says what is wrong, for a `base_url` setting.
pub fn check_base_url(url: &str, allow_insecure_http: bool) -> Result<String, String> {
    // The URL parser silently drops tabs and line breaks, while the raw string is kept for
    // building request URLs: refuse them here rather than later, by accident.
    if let Some((i, c)) = url.char_indices().find(|(_, c)| c.is_control()) {
        return Err(match c {
            '\r' => format!("contains a line break (CR at byte {i})"),
            '\n' => format!("contains a line break (LF at byte {i})"),
            _ => format!("contains a control character at byte {i}"),
        });
    }
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
pub struct ConfigHeaders(Vec<(HeaderName, HeaderValue)>);

impl ConfigHeaders {
    /// Adds a header; refuses empty values, CR/LF, control and non-ASCII characters. `sensitive`
    /// values (API keys) are marked so that HTTP/2 never indexes them. The error never shows the value.
    pub fn add(&mut self, name: &'static str, value: &str, sensitive: bool) -> Result<(), String> {
        check_non_empty(name, value).map_err(|e| e.reason)?;
        let mut v =
            HeaderValue::from_str(value).map_err(|_| "is not a valid header value".to_string())?;
        v.set_sensitive(sensitive);
        let name = HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| format!("`{name}` is not a valid header name"))?;
        self.0.push((name, v));
        Ok(())
    }

    /// The configured value of a header.
    pub fn get(&self, name: &str) -> Option<&HeaderValue> {
        self.entry(name).map(|(_, v)| v)
    }

    /// Name and value, both built once when the client was: requests only clone them.
    fn entry(&self, name: &str) -> Option<&(HeaderName, HeaderValue)> {
        self.0
            .iter()
            .find(|(n, _)| n.as_str().eq_ignore_ascii_case(name))
    }

    /// Sets on `request` every configured header that `meta` declares; fails, naming the header,
    /// when the operation requires one that is not configured.
    pub fn apply(
        &self,
        meta: &OperationMeta,
        request: &mut reqwest::Request,
    ) -> Result<(), String> {
        for header in meta.config_headers {
            match self.entry(header.name) {
                Some((name, value)) => {
                    request.headers_mut().insert(name.clone(), value.clone());
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

/// Sets `Authorization: <scheme> <credential>`, marked sensitive. For a credential that changes
/// (a refreshed token); a fixed one is built once as an [`Authorization`].
pub fn set_authorization(
    request: &mut reqwest::Request,
    scheme: &'static str,
    credential: &crate::Secret,
) -> Result<(), String> {
    Authorization::new(scheme, credential)?.apply(request);
    Ok(())
}

/// An `Authorization` header value built once, when the client is, from a fixed credential: each
/// request only clones it. Marked sensitive; `Debug` shows the scheme only.
#[derive(Clone)]
pub struct Authorization {
    scheme: &'static str,
    value: HeaderValue,
}

impl Authorization {
    /// `<scheme> <credential>`; refused when the credential is not a valid header value.
    pub fn new(scheme: &'static str, credential: &crate::Secret) -> Result<Self, String> {
        let mut value = HeaderValue::from_str(&format!("{scheme} {}", credential.expose()))
            .map_err(|_| "the credential is not a valid header value".to_string())?;
        value.set_sensitive(true);
        Ok(Authorization { scheme, value })
    }

    /// Sets the header on `request`, replacing any earlier value.
    pub fn apply(&self, request: &mut reqwest::Request) {
        request
            .headers_mut()
            .insert(reqwest::header::AUTHORIZATION, self.value.clone());
    }
}

impl std::fmt::Debug for Authorization {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Authorization({} [redacted])", self.scheme)
    }
}

/// A configuration value that was refused when a client was built; nothing was sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The provider whose client refused it, e.g. `JTL`.
    pub provider: &'static str,
    /// The setting at fault.
    pub field: &'static str,
    /// What is wrong with it (never the value itself).
    pub reason: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "invalid {} client setting `{}`: {}",
            self.provider, self.field, self.reason
        )
    }
}

impl std::error::Error for ConfigError {}

/// The transport settings every provider client takes (see [`http_option_setters!`](crate::http_option_setters)).
#[derive(Clone, Debug, Default)]
pub struct HttpOptions {
    /// Limit for establishing a connection; default [`DEFAULT_CONNECT_TIMEOUT`].
    pub connect_timeout: Option<Duration>,
    /// Limit for a whole request; default [`DEFAULT_TIMEOUT`].
    pub timeout: Option<Duration>,
    /// Largest response body read; default [`crate::transport::DEFAULT_MAX_BODY_BYTES`].
    pub max_body_bytes: Option<usize>,
    /// Whether plain `http://` to a host that is not loopback is allowed.
    pub allow_insecure_http: bool,
    /// A ready `reqwest::Client` to use instead of building one.
    pub http_client: Option<reqwest::Client>,
    /// When to try again; default [`RetryPolicy::default`].
    pub retry: Option<RetryPolicy>,
}

/// What [`HttpOptions::build`] makes: the checked base URL, the connection pool and the body limit.
#[derive(Debug)]
pub struct Transport {
    /// The base URL without a trailing slash.
    pub base_url: String,
    /// The client (one connection pool, shared by every clone of the provider client).
    pub client: reqwest::Client,
    /// The response body limit.
    pub max_body_bytes: usize,
    /// The retry policy.
    pub retry: RetryPolicy,
}

impl HttpOptions {
    /// Checks the base URL and builds the HTTP client; errors name the setting for `provider`.
    pub fn build(self, provider: &'static str, base_url: &str) -> Result<Transport, ConfigError> {
        let refuse = |field, reason| ConfigError {
            provider,
            field,
            reason,
        };
        let base_url = check_base_url(base_url, self.allow_insecure_http)
            .map_err(|r| refuse("base_url", r))?;
        let client = match self.http_client {
            Some(client) => client,
            None => http_client(self.connect_timeout, self.timeout)
                .map_err(|r| refuse("http_client", r))?,
        };
        let max_body_bytes = self
            .max_body_bytes
            .unwrap_or(crate::transport::DEFAULT_MAX_BODY_BYTES);
        let retry = self.retry.unwrap_or_default();
        if retry.max_attempts == 0 {
            return Err(refuse("retry", "max_attempts must be at least 1".into()));
        }
        Ok(Transport {
            base_url,
            client,
            max_body_bytes,
            retry,
        })
    }
}

/// The builder methods for [`HttpOptions`], for a provider builder with an `HttpOptions` field:
/// `apifleet_runtime::http_option_setters!(http);` inside its `impl`.
#[macro_export]
macro_rules! http_option_setters {
    ($field:ident) => {
        /// Limit for establishing a connection; default 10 s.
        pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
            self.$field.connect_timeout = Some(timeout);
            self
        }

        /// Limit for a whole request, response body included; default 30 s.
        pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
            self.$field.timeout = Some(timeout);
            self
        }

        /// Largest response body read; default 16 MiB. Larger bodies are refused unread.
        pub fn max_body_bytes(mut self, limit: usize) -> Self {
            self.$field.max_body_bytes = Some(limit);
            self
        }

        /// Allow a plain `http://` base URL to a host that is not loopback. Credentials then cross the
        /// network unencrypted.
        pub fn allow_insecure_http(mut self, allow: bool) -> Self {
            self.$field.allow_insecure_http = allow;
            self
        }

        /// How failed idempotent requests are tried again; default 3 attempts with exponential backoff
        /// (200 ms doubling, at most 5 s, jitter), honouring `Retry-After` up to 30 s.
        /// `RetryPolicy::never()` disables retries.
        pub fn retry(mut self, policy: $crate::retry::RetryPolicy) -> Self {
            self.$field.retry = Some(policy);
            self
        }

        /// Use this `reqwest::Client` (its timeouts, proxy and TLS settings) instead of building one.
        pub fn http_client(mut self, client: reqwest::Client) -> Self {
            self.$field.http_client = Some(client);
            self
        }
    };
}

/// Refuses a request whose path does not have the shape of the operation's path template: a path
/// parameter of `.` or `..` would otherwise be normalised away by URL parsing and send the request to
/// another endpoint. (Other characters, `/`, `?`, `#`, are percent-encoded by the generated code.)
pub fn check_path_shape(
    meta: &OperationMeta,
    url: &reqwest::Url,
    base_url: &str,
) -> Result<(), String> {
    // The base URL's own path (e.g. `/erp`), without parsing it again on every request.
    // Byte windows rather than `str::find`, whose substring searcher costs more to set up than the
    // whole scan of a short URL.
    let after_scheme = base_url
        .as_bytes()
        .windows(3)
        .position(|w| w == b"://")
        .map_or(base_url, |i| &base_url[i + 3..]);
    let prefix = after_scheme
        .bytes()
        .position(|b| b == b'/')
        .map_or("", |i| after_scheme[i..].trim_end_matches('/'));
    let path = url.path().strip_prefix(prefix).unwrap_or(url.path());
    // Counted over bytes: this runs on every request.
    let segments = |p: &str| p.bytes().filter(|&b| b == b'/').count() + 1;
    let expected = segments(meta.path);
    let actual = segments(path);
    let empty_segment =
        path.as_bytes().windows(2).any(|w| w == b"//") || path.as_bytes().last() == Some(&b'/');
    if actual != expected || empty_segment {
        return Err(format!(
            "{} ({} {}): a path parameter is empty or a dot segment (`.` or `..`) and would change the path",
            meta.id, meta.method, meta.path
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_base_url_with_a_line_break_or_control_character_is_refused() {
        assert_eq!(
            check_base_url("https://api.example.com/erp\r\nX-Evil: 1", false),
            Err("contains a line break (CR at byte 27)".to_string())
        );
        assert_eq!(
            check_base_url("https://api.example\n.com", false),
            Err("contains a line break (LF at byte 19)".to_string())
        );
        assert_eq!(
            check_base_url("https://api.example.com/\tx", false),
            Err("contains a control character at byte 24".to_string())
        );
        assert_eq!(
            check_base_url("https://api.example.com/erp/", false),
            Ok("https://api.example.com/erp".to_string())
        );
    }
}
