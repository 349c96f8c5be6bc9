//! Macros for enums that providers send as integers or strings and may extend later: each variant
//! has a name, and values this client does not know yet survive as `Unknown(..)` instead of failing
//! the whole response. Generated code uses them through `with_replacement` (see xtask/src/providers.rs).

/// Re-exports the macros expand to, so provider crates need no extra dependencies for them.
#[doc(hidden)]
pub mod __private {
    pub use schemars;
    pub use serde;
    pub use serde_json;
}

/// An integer enum: `int_enum! { /// doc
/// Name { /// doc
/// Variant = 0, ... } }`.
#[macro_export]
macro_rules! int_enum {
    (
        $(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $value:literal),+ $(,)? }
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)+
            /// A value this client does not know yet (the provider added it later).
            Unknown(i32),
        }

        impl $name {
            /// The integer sent on the wire.
            pub fn value(self) -> i32 {
                match self {
                    $($name::$variant => $value,)+
                    $name::Unknown(v) => v,
                }
            }

            /// The enum for a wire value.
            pub fn from_value(value: i32) -> Self {
                match value {
                    $($value => $name::$variant,)+
                    other => $name::Unknown(other),
                }
            }
        }

        impl std::fmt::Display for $name {
            /// The wire value (path and header parameters are written with it).
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.value())
            }
        }

        impl From<i32> for $name {
            fn from(value: i32) -> Self {
                Self::from_value(value)
            }
        }

        impl $crate::wire_enum::__private::serde::Serialize for $name {
            fn serialize<S: $crate::wire_enum::__private::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_i32(self.value())
            }
        }

        impl<'de> $crate::wire_enum::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::wire_enum::__private::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                <i32 as $crate::wire_enum::__private::serde::Deserialize>::deserialize(d).map(Self::from_value)
            }
        }

        impl $crate::wire_enum::__private::schemars::JsonSchema for $name {
            fn schema_name() -> String {
                stringify!($name).to_string()
            }

            fn json_schema(
                _: &mut $crate::wire_enum::__private::schemars::r#gen::SchemaGenerator,
            ) -> $crate::wire_enum::__private::schemars::schema::Schema {
                use $crate::wire_enum::__private::schemars::schema::{InstanceType, SchemaObject};
                SchemaObject {
                    instance_type: Some(InstanceType::Integer.into()),
                    format: Some("int32".to_string()),
                    enum_values: Some(vec![$($crate::wire_enum::__private::serde_json::json!($value)),+]),
                    ..Default::default()
                }
                .into()
            }
        }
    };
}

/// A string enum: `string_enum! { /// doc
/// Name { /// doc
/// Variant = "WIRE_NAME", ... } }`.
#[macro_export]
macro_rules! string_enum {
    (
        $(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $value:literal),+ $(,)? }
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)+
            /// A value this client does not know yet (the provider added it later).
            Unknown(String),
        }

        impl $name {
            /// The name sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $value,)+
                    $name::Unknown(v) => v.as_str(),
                }
            }

            /// The enum for a wire name.
            pub fn from_wire(value: &str) -> Self {
                match value {
                    $($value => $name::$variant,)+
                    other => $name::Unknown(other.to_string()),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $crate::wire_enum::__private::serde::Serialize for $name {
            fn serialize<S: $crate::wire_enum::__private::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::wire_enum::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::wire_enum::__private::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str> as $crate::wire_enum::__private::serde::Deserialize>::deserialize(d)?;
                Ok(Self::from_wire(&text))
            }
        }

        impl $crate::wire_enum::__private::schemars::JsonSchema for $name {
            fn schema_name() -> String {
                stringify!($name).to_string()
            }

            fn json_schema(
                _: &mut $crate::wire_enum::__private::schemars::r#gen::SchemaGenerator,
            ) -> $crate::wire_enum::__private::schemars::schema::Schema {
                use $crate::wire_enum::__private::schemars::schema::{InstanceType, SchemaObject};
                SchemaObject {
                    instance_type: Some(InstanceType::String.into()),
                    enum_values: Some(vec![$($crate::wire_enum::__private::serde_json::json!($value)),+]),
                    ..Default::default()
                }
                .into()
            }
        }
    };
}

#[cfg(test)]
#[allow(unreachable_pub)]
mod tests {
    crate::string_enum! {
        /// Test enum.
        Color { /// Red.
            Red = "COLOR_RED", /// Blue.
            Blue = "COLOR_BLUE" }
    }
    crate::int_enum! {
        /// Test enum.
        Level { /// Low.
            Low = 0, /// High.
            High = 1 }
    }

    #[test]
    fn known_and_unknown_values_round_trip() {
        let colors: Vec<Color> =
            serde_json::from_str(r#"["COLOR_RED","COLOR_GREEN"]"#).expect("decodes");
        assert_eq!(
            colors,
            vec![Color::Red, Color::Unknown("COLOR_GREEN".into())]
        );
        assert_eq!(
            serde_json::to_string(&colors).ok().as_deref(),
            Some(r#"["COLOR_RED","COLOR_GREEN"]"#)
        );
        let levels: Vec<Level> = serde_json::from_str("[1,9]").expect("decodes");
        assert_eq!(levels, vec![Level::High, Level::Unknown(9)]);
        assert!(serde_json::from_str::<Level>("\"High\"").is_err());
    }
}
