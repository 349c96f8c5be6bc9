//! Wire types the specs share.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Binary data sent as a base64 string (OpenAPI `format: byte`). Users hold bytes; encoding happens
/// on the wire only.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Base64Bytes(pub Vec<u8>);

impl Base64Bytes {
    /// The raw bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// Takes the raw bytes out.
    pub fn into_vec(self) -> Vec<u8> {
        self.0
    }
}

impl fmt::Debug for Base64Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Base64Bytes({} bytes)", self.0.len())
    }
}

impl From<Vec<u8>> for Base64Bytes {
    fn from(value: Vec<u8>) -> Self {
        Base64Bytes(value)
    }
}

impl From<&[u8]> for Base64Bytes {
    fn from(value: &[u8]) -> Self {
        Base64Bytes(value.to_vec())
    }
}

impl<const N: usize> From<&[u8; N]> for Base64Bytes {
    fn from(value: &[u8; N]) -> Self {
        Base64Bytes(value.to_vec())
    }
}

impl Serialize for Base64Bytes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&STANDARD.encode(&self.0))
    }
}

impl<'de> Deserialize<'de> for Base64Bytes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        STANDARD
            .decode(text.as_bytes())
            .map(Base64Bytes)
            .map_err(|e| serde::de::Error::custom(format!("invalid base64: {e}")))
    }
}

impl schemars::JsonSchema for Base64Bytes {
    fn schema_name() -> String {
        "Base64Bytes".to_string()
    }

    fn json_schema(_: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        schemars::schema::SchemaObject {
            instance_type: Some(schemars::schema::InstanceType::String.into()),
            format: Some("byte".to_string()),
            ..Default::default()
        }
        .into()
    }
}

/// An unsigned 64-bit integer that protojson sends as a string (`"42"`). Numbers are accepted too.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Uint64(pub u64);

impl Uint64 {
    /// The number.
    pub fn get(self) -> u64 {
        self.0
    }
}

impl From<u64> for Uint64 {
    fn from(value: u64) -> Self {
        Uint64(value)
    }
}

impl From<Uint64> for u64 {
    fn from(value: Uint64) -> Self {
        value.0
    }
}

impl fmt::Display for Uint64 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl Serialize for Uint64 {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Uint64 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Wire<'a> {
            Number(u64),
            #[serde(borrow)]
            Text(std::borrow::Cow<'a, str>),
        }
        match Wire::deserialize(deserializer)? {
            Wire::Number(n) => Ok(Uint64(n)),
            Wire::Text(t) => t.parse().map(Uint64).map_err(|_| {
                serde::de::Error::custom(format!("expected an unsigned 64-bit integer, got {t:?}"))
            }),
        }
    }
}

impl schemars::JsonSchema for Uint64 {
    fn schema_name() -> String {
        "Uint64".to_string()
    }

    fn json_schema(_: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        schemars::schema::SchemaObject {
            instance_type: Some(schemars::schema::InstanceType::String.into()),
            format: Some("uint64".to_string()),
            string: Some(Box::new(schemars::schema::StringValidation {
                pattern: Some("^[0-9]+$".to_string()),
                ..Default::default()
            })),
            ..Default::default()
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn uint64_reads_strings_and_numbers_and_writes_strings() {
        let v: Vec<Uint64> =
            serde_json::from_str(r#"["18446744073709551615", 7]"#).expect("decodes");
        assert_eq!(v, vec![Uint64(u64::MAX), Uint64(7)]);
        assert_eq!(
            serde_json::to_string(&Uint64(2)).ok().as_deref(),
            Some("\"2\"")
        );
        assert!(serde_json::from_str::<Uint64>("\"-1\"").is_err());
        assert!(serde_json::from_str::<Uint64>("\"12a\"").is_err());
    }

    use super::*;

    #[test]
    fn round_trips_as_standard_base64() {
        let b = Base64Bytes::from(b"\x89PNG\r\n");
        let json = serde_json::to_string(&b).expect("serializes");
        assert_eq!(json, "\"iVBORw0K\"");
        let back: Base64Bytes = serde_json::from_str(&json).expect("deserializes");
        assert_eq!(back, b);
    }

    #[test]
    fn rejects_invalid_base64_with_a_message() {
        let err = serde_json::from_str::<Base64Bytes>("\"not base64!\"").expect_err("must fail");
        assert!(err.to_string().contains("invalid base64"), "{err}");
    }
}
