//! Open string enums: a value the provider adds after the spec decodes as `Unknown` instead of
//! failing the whole response.
//!
//! Enums that tell `#[serde(untagged)]` alternatives apart stay closed: the payload of an untagged
//! variant, and the enums its discriminating fields hold (`kind`, `type`, `…Kind`, `…Type`: how
//! the providers we generate tell alternatives apart). Opening those would let the first
//! alternative swallow data meant for another. One-value enums (discriminators) stay closed too.

use quote::ToTokens;
use std::collections::BTreeSet;
use syn::visit_mut::VisitMut;

/// Adds `#[serde(other)] Unknown` to every string enum that can take it; returns how many.
pub fn apply(file: &mut syn::File) -> usize {
    let Some(types) = crate::generate::types_items(file) else {
        return 0;
    };
    let closed = discriminating(types);
    let mut opened = BTreeSet::new();
    for item in types.iter_mut() {
        let syn::Item::Enum(e) = item else { continue };
        let name = e.ident.to_string();
        let unit_only = e
            .variants
            .iter()
            .all(|v| matches!(v.fields, syn::Fields::Unit));
        let deserializes = e.attrs.iter().any(|a| {
            a.path().is_ident("derive") && a.to_token_stream().to_string().contains("Deserialize")
        });
        let taken = e.variants.iter().any(|v| v.ident == "Unknown");
        if !unit_only || !deserializes || taken || e.variants.len() < 2 || closed.contains(&name) {
            continue;
        }
        e.variants.push(syn::parse_quote! {
            /// A value added after the spec this client was generated from.
            #[serde(other)]
            Unknown
        });
        opened.insert(name);
    }
    // `Display` matches every variant: give `Unknown` its arm.
    struct Arms<'a>(&'a BTreeSet<String>);
    impl VisitMut for Arms<'_> {
        fn visit_item_impl_mut(&mut self, imp: &mut syn::ItemImpl) {
            let is_display = imp.trait_.as_ref().is_some_and(|(path, _)| {
                path.segments.last().is_some_and(|s| s.ident == "Display")
            });
            let own = matches!(&*imp.self_ty, syn::Type::Path(p)
                if p.path.segments.last().is_some_and(|s| self.0.contains(&s.ident.to_string())));
            if is_display && own {
                syn::visit_mut::visit_item_impl_mut(self, imp);
            }
        }
        fn visit_expr_match_mut(&mut self, m: &mut syn::ExprMatch) {
            m.arms
                .push(syn::parse_quote!(Self::Unknown => f.write_str("Unknown"),));
        }
    }
    let count = opened.len();
    let mut arms = Arms(&opened);
    for item in types.iter_mut() {
        arms.visit_item_mut(item);
    }
    count
}

/// Enums that must stay closed: untagged variants' payloads and the enums their discriminating
/// fields hold.
fn discriminating(types: &[syn::Item]) -> BTreeSet<String> {
    let mut payloads = BTreeSet::new();
    let mut inline = BTreeSet::new();
    for item in types {
        let syn::Item::Enum(e) = item else { continue };
        let untagged = e.attrs.iter().any(|a| {
            a.path().is_ident("serde") && a.to_token_stream().to_string().contains("untagged")
        });
        if !untagged {
            continue;
        }
        for variant in &e.variants {
            match &variant.fields {
                // `Variant(Payload)`: the payload and its discriminating fields (below).
                syn::Fields::Unnamed(fields) => {
                    for field in &fields.unnamed {
                        idents(field.ty.to_token_stream(), &mut payloads);
                    }
                }
                // `Variant { kind: .., .. }`: the discriminating fields themselves.
                syn::Fields::Named(fields) => {
                    for field in fields.named.iter().filter(|f| discriminating_field(f)) {
                        idents(field.ty.to_token_stream(), &mut inline);
                    }
                }
                syn::Fields::Unit => {}
            }
        }
    }
    let mut closed = payloads.clone();
    closed.extend(inline);
    for item in types {
        if let syn::Item::Struct(s) = item
            && payloads.contains(&s.ident.to_string())
        {
            for field in s.fields.iter().filter(|f| discriminating_field(f)) {
                idents(field.ty.to_token_stream(), &mut closed);
            }
        }
    }
    closed
}

/// A field named like a discriminator: `kind`, `type`, `…_kind`, `…_type`.
fn discriminating_field(field: &syn::Field) -> bool {
    let name = field
        .ident
        .as_ref()
        .map(|i| i.to_string().trim_start_matches("r#").to_string())
        .unwrap_or_default();
    name == "kind"
        || name == "type_"
        || name == "type"
        || name.ends_with("_kind")
        || name.ends_with("_type")
}

fn idents(tokens: proc_macro2::TokenStream, out: &mut BTreeSet<String>) {
    for tree in tokens {
        match tree {
            proc_macro2::TokenTree::Ident(i) => {
                out.insert(i.to_string());
            }
            proc_macro2::TokenTree::Group(g) => idents(g.stream(), out),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opens_plain_enums_and_keeps_discriminators_closed() {
        let mut file: syn::File = syn::parse_str(
            r#"
            pub mod types {
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub enum Status { Active, Archived }
                impl ::std::fmt::Display for Status {
                    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        match *self { Self::Active => f.write_str("Active"), Self::Archived => f.write_str("Archived") }
                    }
                }
                #[derive(::serde::Deserialize)]
                #[serde(untagged)]
                pub enum Transfer { Native(NativeTransfer), Token(TokenTransfer) }
                #[derive(::serde::Deserialize)]
                pub struct NativeTransfer { pub kind: TransferKind, pub status: Option<Status> }
                #[derive(::serde::Deserialize)]
                pub struct TokenTransfer { pub kind: TokenKind }
                #[derive(::serde::Deserialize)]
                pub enum TransferKind { Native, Coin }
                #[derive(::serde::Deserialize)]
                pub enum TokenKind { Erc20, Spl }
                #[derive(::serde::Deserialize)]
                pub enum One { Only }
                #[derive(::serde::Deserialize)]
                #[serde(untagged)]
                pub enum Policy { Variant0 { activity_kind: ActivityKind, state: State } }
                #[derive(::serde::Deserialize)]
                pub enum ActivityKind { Sign, Transfer }
                #[derive(::serde::Deserialize)]
                pub enum State { On, Off }
            }
        "#,
        )
        .expect("parses");
        // `Status` (a payload's non-discriminating field) and `State` (an inline variant's) open.
        assert_eq!(apply(&mut file), 2);
        let out = prettyplease::unparse(&file);
        assert!(
            out.contains("#[serde(other)]\n        Unknown,\n    }"),
            "{out}"
        );
        assert!(
            out.contains("Self::Unknown => f.write_str(\"Unknown\")"),
            "{out}"
        );
        // What tells the untagged alternatives apart stays closed, and so does a one-value enum.
        assert!(!out.contains("Coin,\n        /// A value"), "{out}");
        assert!(!out.contains("Spl,\n        /// A value"), "{out}");
        assert!(!out.contains("Only,\n        /// A value"), "{out}");
        assert!(!out.contains("Transfer,\n        /// A value"), "{out}");
        assert!(out.contains("Off,\n        /// A value"), "{out}");
    }
}
