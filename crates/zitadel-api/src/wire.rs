//! `google.protobuf.Any` as ZITADEL's JSON carries it (in `rpcStatus.details` and Connect error
//! details): the generated types use it in place of the spec's `protobufAny`.

use serde::{Deserialize, Serialize};

/// One entry of `rpcStatus.details` (`google.protobuf.Any`): its type URL and fields. ZITADEL sends
/// `zitadel.v1.ErrorDetail {id, message}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Any {
    /// e.g. `type.googleapis.com/zitadel.v1.ErrorDetail`.
    #[serde(rename = "@type", default, skip_serializing_if = "Option::is_none")]
    pub type_url: Option<String>,
    /// The message's fields.
    #[serde(flatten)]
    pub fields: serde_json::Map<String, serde_json::Value>,
}

impl Any {
    /// A string field of the message (`id`, `message`, ...).
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields.get(name).and_then(serde_json::Value::as_str)
    }
}
