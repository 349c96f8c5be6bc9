//! Hand-written wire types that replace generated ones (see `xtask/src/providers.rs`): JTL's integer
//! enums as named Rust enums that tolerate values added later, and the scope list that some Wawi
//! builds send as a comma-joined string.

use serde::{Deserialize, Deserializer, Serialize};

use apifleet_runtime::int_enum;

int_enum! {
    /// Status of a registration request.
    RegistrationStatus {
        /// Waiting for the merchant to accept or reject it in JTL-Wawi.
        Pending = 0,
        /// The merchant rejected it.
        Rejected = 1,
        /// The merchant accepted it; the API key is in the response (once).
        Accepted = 2,
    }
}

int_enum! {
    /// Whether several instances of the app may be registered.
    RegistrationType {
        /// One instance per tenant.
        OneInstance = 0,
        /// Several instances (see Register Multi Instance App).
        MultiInstance = 1,
        /// One instance per user.
        PerUserInstance = 2,
        /// One instance per user login.
        PerUserLoginInstance = 3,
    }
}

/// The API scopes granted to an app. JTL documents an array; some Wawi builds send one
/// comma-joined string, which is split here.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct GrantedScopes(pub Vec<String>);

impl GrantedScopes {
    /// The scopes, in the order the provider sent them.
    pub fn as_slice(&self) -> &[String] {
        &self.0
    }
}

impl From<Vec<String>> for GrantedScopes {
    fn from(value: Vec<String>) -> Self {
        GrantedScopes(value)
    }
}

impl<'de> Deserialize<'de> for GrantedScopes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Wire {
            List(Vec<String>),
            Joined(String),
        }
        Ok(match Wire::deserialize(deserializer)? {
            Wire::List(list) => GrantedScopes(list),
            Wire::Joined(text) => GrantedScopes(
                text.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect(),
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_is_an_integer_on_the_wire_and_tolerates_new_values() {
        assert_eq!(
            serde_json::to_string(&RegistrationStatus::Accepted).ok(),
            Some("2".into())
        );
        let parsed: Vec<RegistrationStatus> = serde_json::from_str("[0,1,2,7]").expect("decodes");
        assert_eq!(
            parsed,
            vec![
                RegistrationStatus::Pending,
                RegistrationStatus::Rejected,
                RegistrationStatus::Accepted,
                RegistrationStatus::Unknown(7)
            ]
        );
        assert!(serde_json::from_str::<RegistrationStatus>("\"Pending\"").is_err());
        assert_eq!(
            RegistrationType::from_value(1),
            RegistrationType::MultiInstance
        );
    }

    #[test]
    fn scopes_accept_an_array_or_a_joined_string() {
        let a: GrantedScopes = serde_json::from_str(r#"["all.read","items.read"]"#).expect("array");
        let b: GrantedScopes = serde_json::from_str(r#""all.read, items.read""#).expect("string");
        assert_eq!(a, b);
        assert_eq!(
            serde_json::to_string(&a).ok(),
            Some(r#"["all.read","items.read"]"#.into())
        );
    }
}
