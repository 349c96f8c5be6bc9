//! Keeps credentials out of logs and out of the control API's request listing.

use http::HeaderMap;
use serde_json::Value;
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

/// Parts of JSON field names that mark a credential in a request body (ZITADEL's `clientSecret`,
/// say), compared without case, `_` or `-`.
const SECRET_FIELDS: [&str; 4] = ["secret", "password", "privatekey", "apikey"];

/// Replaces, at any depth, the value of every field whose name marks a credential.
pub(crate) fn json_body(value: &mut Value) {
    match value {
        Value::Object(fields) => {
            for (name, field) in fields.iter_mut() {
                let folded: String = name
                    .chars()
                    .filter(|c| *c != '_' && *c != '-')
                    .flat_map(char::to_lowercase)
                    .collect();
                if SECRET_FIELDS.iter().any(|s| folded.contains(s)) {
                    *field = Value::String(REDACTED.to_string());
                } else {
                    json_body(field);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(json_body),
        _ => {}
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
    fn secret_fields_are_replaced_at_any_depth() {
        let mut body = serde_json::json!({
            "name": "Corp OIDC",
            "clientSecret": "cs-0451",
            "config": {"client_secret": "cs-0452", "issuer": "https://i.example"},
            "keys": [{"Private-Key": "pk-0453"}, {"publicKey": "PUBLIC"}],
            "apiKey": {"nested": "ak-0454"},
        });
        json_body(&mut body);
        assert_eq!(
            body,
            serde_json::json!({
                "name": "Corp OIDC",
                "clientSecret": REDACTED,
                "config": {"client_secret": REDACTED, "issuer": "https://i.example"},
                "keys": [{"Private-Key": REDACTED}, {"publicKey": "PUBLIC"}],
                "apiKey": REDACTED,
            })
        );
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
