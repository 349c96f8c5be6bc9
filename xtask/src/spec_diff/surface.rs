//! What a spec change does to the generated Rust: client methods and types added, removed, or changed
//! in signature, found by generating both revisions and comparing their syntax trees.

use quote::ToTokens;
use std::collections::BTreeMap;

/// The public items of one generated module: `name → signature`.
#[derive(Debug, Default)]
pub struct Surface {
    items: BTreeMap<String, String>,
}

impl Surface {
    /// Reads the generated source of one provider.
    pub fn of(source: &str) -> Result<Surface, String> {
        let file: syn::File =
            syn::parse_str(source).map_err(|e| format!("generated code does not parse: {e}"))?;
        let mut items = BTreeMap::new();
        for item in &file.items {
            match item {
                syn::Item::Impl(block)
                    if block.trait_.is_none()
                        && block.self_ty.to_token_stream().to_string() == "Client" =>
                {
                    for member in &block.items {
                        if let syn::ImplItem::Fn(f) = member {
                            let deprecated =
                                f.attrs.iter().any(|a| a.path().is_ident("deprecated"));
                            let signature = format!(
                                "{}{}",
                                if deprecated { "#[deprecated] " } else { "" },
                                f.sig.to_token_stream()
                            );
                            items.insert(format!("method Client::{}", f.sig.ident), signature);
                        }
                    }
                }
                syn::Item::Mod(module) if module.ident == "types" => {
                    for inner in module.content.iter().flat_map(|(_, items)| items) {
                        match inner {
                            syn::Item::Struct(s) => {
                                let fields: Vec<String> = s
                                    .fields
                                    .iter()
                                    .map(|f| {
                                        format!(
                                            "{}: {}",
                                            f.ident
                                                .as_ref()
                                                .map(|i| i.to_string())
                                                .unwrap_or_default(),
                                            f.ty.to_token_stream()
                                        )
                                    })
                                    .collect();
                                items.insert(
                                    format!("type types::{}", s.ident),
                                    format!("struct {{ {} }}", fields.join(", ")),
                                );
                            }
                            syn::Item::Enum(e) => {
                                let variants: Vec<String> = e
                                    .variants
                                    .iter()
                                    .map(|v| v.to_token_stream().to_string())
                                    .collect();
                                items.insert(
                                    format!("type types::{}", e.ident),
                                    format!("enum {{ {} }}", variants.join(", ")),
                                );
                            }
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(Surface { items })
    }

    /// `(item, "added" | "removed" | "changed")`, sorted.
    pub fn diff(old: &Surface, new: &Surface) -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        for (name, signature) in &old.items {
            match new.items.get(name) {
                None => out.push((name.clone(), "removed")),
                Some(now) if now != signature => out.push((name.clone(), "changed")),
                Some(_) => {}
            }
        }
        for name in new.items.keys() {
            if !old.items.contains_key(name) {
                out.push((name.clone(), "added"));
            }
        }
        out.sort();
        out
    }
}
