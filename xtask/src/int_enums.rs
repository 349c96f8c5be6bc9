//! Named, open integer enums.
//!
//! typify turns an integer enum into a validated newtype (`Status(i32)`) that refuses a value it
//! does not list, and knows no names. A provider that names its values (`x-enumNames`, as JTL's
//! document does) gets a Rust enum per named schema instead, through
//! `apifleet_runtime::int_enum!`: one variant per value, and `Unknown(i32)` for a value added
//! after the spec, so a new value decodes instead of failing the whole response. The schema is
//! replaced (`with_replacement`) by the enum, which is emitted into the generated `types` module.

use crate::spec::Spec;
use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

/// One named integer enum of the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct IntEnum {
    /// The schema's name, which is also the Rust type's.
    pub name: String,
    /// `(variant, wire value)`, in the spec's order.
    pub variants: Vec<(String, i64)>,
}

/// Every named schema that is an integer enum with a name for each value, except those the
/// provider already replaces by hand.
pub fn find(spec: &Spec, replaced: &[(&str, &str)]) -> Result<Vec<IntEnum>, String> {
    let mut out = Vec::new();
    let Some(schemas) = spec
        .doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return Ok(out);
    };
    for (name, schema) in schemas {
        if replaced.iter().any(|(n, _)| n == name)
            || schema.get("type").and_then(Value::as_str) != Some("integer")
        {
            continue;
        }
        let (Some(values), Some(names)) = (
            schema.get("enum").and_then(Value::as_array),
            schema.get("x-enumNames").and_then(Value::as_array),
        ) else {
            continue;
        };
        if values.len() != names.len() {
            return Err(format!(
                "{}: schema {name}: {} enum values but {} x-enumNames",
                spec.file,
                values.len(),
                names.len()
            ));
        }
        let mut variants: Vec<(String, i64)> = Vec::new();
        for (value, label) in values.iter().zip(names) {
            let (Some(value), Some(label)) = (value.as_i64(), label.as_str()) else {
                return Err(format!(
                    "{}: schema {name}: enum values must be integers and names strings",
                    spec.file
                ));
            };
            let mut variant = label.to_upper_camel_case();
            if variant.is_empty() || variant.starts_with(|c: char| c.is_ascii_digit()) {
                variant.insert(0, 'N');
            }
            if variant == "Unknown" || variants.iter().any(|(v, _)| *v == variant) {
                variant = format!("{variant}{value}");
            }
            variants.push((variant, value));
        }
        out.push(IntEnum {
            name: name.clone(),
            variants,
        });
    }
    Ok(out)
}

/// The Rust path a replaced schema's references take: the enum lives in the generated module's
/// `types` (the provider crate declares that module as `generated`).
pub fn rust_path(name: &str) -> String {
    format!("crate::generated::types::{name}")
}

/// Adds the enums' definitions to the generated `types` module.
pub fn emit(file: &mut syn::File, enums: &[IntEnum]) -> Result<(), String> {
    let types =
        crate::generate::types_items(file).ok_or("the generated code has no `types` module")?;
    for e in enums {
        types.push(syn::parse2(definition(e)).map_err(|err| format!("enum {}: {err}", e.name))?);
    }
    Ok(())
}

fn definition(e: &IntEnum) -> TokenStream {
    let name = format_ident!("{}", e.name);
    let listing: Vec<String> = e
        .variants
        .iter()
        .map(|(v, n)| format!("{n} = {v}"))
        .collect();
    let doc = format!(
        " `{}` (an integer on the wire: {}). A value added later decodes as `Unknown`.",
        e.name,
        listing.join(", ")
    );
    let variants = e.variants.iter().map(|(variant, value)| {
        let ident = format_ident!("{variant}");
        let value = proc_macro2::Literal::i32_unsuffixed(*value as i32);
        let vdoc = format!(" `{value}` on the wire.");
        quote! { #[doc = #vdoc] #ident = #value }
    });
    quote! {
        apifleet_runtime::int_enum! {
            #[doc = #doc]
            #name { #(#variants),* }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_integer_enums_become_open_rust_enums() {
        let spec = Spec::parse(
            "t.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    \
             PaymentStatus: {type: integer, format: int32, enum: [0, 1, 2], x-enumNames: [UnPayed, PartialPayed, Payed]}\n    \
             Plain: {type: integer, enum: [1, 2]}\n    \
             Origin: {type: integer, enum: [0, 5], x-enumNames: [JTL_Wawi, '3rdParty']}\n    \
             Replaced: {type: integer, enum: [0], x-enumNames: [A]}\n",
        )
        .expect("parses");
        let found = find(&spec, &[("Replaced", "crate::X")]).expect("finds");
        assert_eq!(
            found,
            vec![
                IntEnum {
                    name: "Origin".into(),
                    variants: vec![("JtlWawi".into(), 0), ("N3rdParty".into(), 5)]
                },
                IntEnum {
                    name: "PaymentStatus".into(),
                    variants: vec![
                        ("UnPayed".into(), 0),
                        ("PartialPayed".into(), 1),
                        ("Payed".into(), 2)
                    ]
                },
            ]
        );
        let code = definition(&found[1]).to_string();
        assert!(code.contains("apifleet_runtime :: int_enum !"), "{code}");
        assert!(code.contains("PartialPayed = 1"), "{code}");
    }
}
