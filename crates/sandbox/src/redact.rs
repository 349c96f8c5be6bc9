//! Keeps credentials out of logs and out of the control API's request listing.

use http::HeaderMap;
use std::fmt;

/// Headers whose values are credentials.
const SECRET_HEADERS: [&str; 6] = [
    "authorization",
    "proxy-authorization",
    "cookie",
    "x-api-key",
    "x-dfns-useraction",
    "x-dfns-nonce",
];

/// What is shown instead of a credential.
pub(crate) const REDACTED: &str = "<redacted>";

/// A header value as it may be shown: credentials replaced, an `Authorization` scheme kept
/// (`Bearer <redacted>`) so a reader still sees which kind of credential was sent.
pub(crate) fn header_value(name: &str, value: &str) -> String {
    if !SECRET_HEADERS.iter().any(|s| name.eq_ignore_ascii_case(s)) {
        return value.to_string();
    }
    match value.split_once(' ') {
        Some((scheme, _)) if name.to_ascii_lowercase().ends_with("authorization") => {
            format!("{scheme} {REDACTED}")
        }
        _ => REDACTED.to_string(),
    }
}

/// Displays headers as `name: value` pairs with credentials redacted.
pub(crate) struct RedactedHeaders<'a>(pub(crate) &'a HeaderMap);

impl fmt::Display for RedactedHeaders<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("{")?;
        for (i, (name, value)) in self.0.iter().enumerate() {
            let shown = value
                .to_str()
                .map(|v| header_value(name.as_str(), v))
                .unwrap_or_else(|_| "<not text>".to_string());
            let sep = if i == 0 { "" } else { ", " };
            write!(f, "{sep}{name}: {shown:?}")?;
        }
        f.write_str("}")
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn credentials_are_replaced_and_schemes_kept() {
        assert_eq!(
            header_value("Authorization", "Bearer tok-123"),
            "Bearer <redacted>"
        );
        assert_eq!(header_value("authorization", "tok"), REDACTED);
        assert_eq!(header_value("X-DFNS-USERACTION", "ua-1"), REDACTED);
        assert_eq!(header_value("x-api-key", "k"), REDACTED);
        assert_eq!(header_value("x-tenant-id", "t-1"), "t-1");
    }

    #[test]
    fn header_maps_display_without_secrets() {
        let mut headers = HeaderMap::new();
        headers.insert("authorization", "Wawi key-secret".parse().unwrap());
        headers.insert("x-tenant-id", "tenant".parse().unwrap());
        let shown = RedactedHeaders(&headers).to_string();
        assert!(!shown.contains("key-secret"), "{shown}");
        assert!(shown.contains("Wawi <redacted>"), "{shown}");
        assert!(shown.contains("x-tenant-id: \"tenant\""), "{shown}");
    }
}
