//! What a spec change does to the generated Rust: client methods, builder methods and types added,
//! removed, renamed or changed, found by generating both revisions and comparing their syntax
//! trees. Each change carries a class like the spec rules' findings.

use super::rules::{Class, Finding};
use quote::ToTokens;
use std::collections::{BTreeMap, BTreeSet};

/// One public item: its signature, the same with its own name blanked (to spot renames), and its
/// fields or variants (to tell an extension from a change).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Item {
    signature: String,
    shape: String,
    parts: BTreeSet<String>,
}

/// The public items of one generated module: `kind path → item`, e.g. `method Client::get_a`,
/// `method builder::GetA::id`, `type types::Thing`.
#[derive(Debug, Default)]
pub struct Surface {
    items: BTreeMap<String, Item>,
}

fn method(f: &syn::ImplItemFn) -> Item {
    let deprecated = f.attrs.iter().any(|a| a.path().is_ident("deprecated"));
    let mark = if deprecated { "#[deprecated] " } else { "" };
    let mut blank = f.sig.clone();
    blank.ident = syn::Ident::new("__", blank.ident.span());
    Item {
        signature: format!("{mark}{}", f.sig.to_token_stream()),
        shape: format!("{mark}{}", blank.to_token_stream()),
        parts: BTreeSet::new(),
    }
}

fn methods(block: &syn::ItemImpl, prefix: &str, items: &mut BTreeMap<String, Item>) {
    for member in &block.items {
        if let syn::ImplItem::Fn(f) = member
            && matches!(f.vis, syn::Visibility::Public(_))
        {
            items.insert(format!("method {prefix}::{}", f.sig.ident), method(f));
        }
    }
}

fn type_item(item: &syn::Item) -> Option<(String, Item)> {
    let (name, kind, parts): (String, &str, Vec<String>) = match item {
        syn::Item::Struct(s) => (
            s.ident.to_string(),
            "struct",
            s.fields
                .iter()
                .map(|f| {
                    format!(
                        "{}: {}",
                        f.ident.as_ref().map(|i| i.to_string()).unwrap_or_default(),
                        f.ty.to_token_stream()
                    )
                })
                .collect(),
        ),
        syn::Item::Enum(e) => (
            e.ident.to_string(),
            "enum",
            e.variants
                .iter()
                .map(|v| v.to_token_stream().to_string())
                .collect(),
        ),
        _ => return None,
    };
    let shape = format!("{kind} {{ {} }}", parts.join(", "));
    Some((
        format!("type types::{name}"),
        Item {
            signature: shape.clone(),
            shape,
            parts: parts.into_iter().collect(),
        },
    ))
}

fn self_name(block: &syn::ItemImpl) -> Option<String> {
    match &*block.self_ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
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
                    if block.trait_.is_none() && self_name(block).as_deref() == Some("Client") =>
                {
                    methods(block, "Client", &mut items);
                }
                syn::Item::Mod(module) if module.ident == "types" => {
                    for inner in module.content.iter().flat_map(|(_, items)| items) {
                        if let Some((name, item)) = type_item(inner) {
                            items.insert(name, item);
                        }
                    }
                }
                syn::Item::Mod(module) if module.ident == "builder" => {
                    for inner in module.content.iter().flat_map(|(_, items)| items) {
                        if let syn::Item::Impl(block) = inner
                            && block.trait_.is_none()
                            && let Some(name) = self_name(block)
                        {
                            methods(block, &format!("builder::{name}"), &mut items);
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
        for (name, item) in &old.items {
            match new.items.get(name) {
                None => out.push((name.clone(), "removed")),
                Some(now) if now.signature != item.signature => out.push((name.clone(), "changed")),
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

    /// Every change as a classified finding: removing, renaming or changing a public item breaks
    /// code that uses it; adding one, or fields and variants to a type, breaks nobody who builds
    /// values through the builders.
    pub fn findings(file: &str, old: &Surface, new: &Surface) -> Vec<Finding> {
        let finding = |class, item: &str, rule, reason: String| Finding {
            class,
            spec: file.to_string(),
            operation: item
                .split_once(' ')
                .map_or(item, |(_, path)| path)
                .to_string(),
            rule,
            reason,
        };
        let container = |name: &str| name.rsplit_once("::").map(|(c, _)| c.to_string());
        let mut out = Vec::new();
        let changes = Surface::diff(old, new);
        let added: Vec<&String> = changes
            .iter()
            .filter(|(_, c)| *c == "added")
            .map(|(n, _)| n)
            .collect();
        let mut renamed_to: BTreeSet<&String> = BTreeSet::new();
        for (name, change) in &changes {
            match *change {
                "removed" => {
                    let item = &old.items[name];
                    let twin = added.iter().find(|a| {
                        !renamed_to.contains(**a)
                            && container(a) == container(name)
                            && new.items[**a].shape == item.shape
                    });
                    match twin {
                        Some(a) => {
                            renamed_to.insert(a);
                            let to = a.split_once(' ').map_or(a.as_str(), |(_, p)| p);
                            out.push(finding(
                                Class::Breaking,
                                name,
                                "rust-renamed",
                                format!("public Rust item renamed to `{to}`"),
                            ));
                        }
                        None => out.push(finding(
                            Class::Breaking,
                            name,
                            "rust-removed",
                            "public Rust item removed".into(),
                        )),
                    }
                }
                "changed" => {
                    let (was, is) = (&old.items[name], &new.items[name]);
                    let extended = !was.parts.is_empty()
                        && was.parts.is_subset(&is.parts)
                        && was.signature.split(' ').next() == is.signature.split(' ').next();
                    if extended {
                        let more: Vec<&str> = is
                            .parts
                            .difference(&was.parts)
                            .map(String::as_str)
                            .collect();
                        out.push(finding(
                            Class::Compatible,
                            name,
                            "rust-extended",
                            format!("gains {}", more.join(", ")),
                        ));
                    } else {
                        let reason = if was.parts.is_empty() && is.parts.is_empty() {
                            format!("`{}` → `{}`", was.signature, is.signature)
                        } else {
                            let list = |a: &BTreeSet<String>, b: &BTreeSet<String>| {
                                a.difference(b)
                                    .map(|p| format!("`{p}`"))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            };
                            format!(
                                "loses {}; gains {}",
                                list(&was.parts, &is.parts),
                                list(&is.parts, &was.parts)
                            )
                        };
                        out.push(finding(Class::Breaking, name, "rust-changed", reason));
                    }
                }
                _ => {}
            }
        }
        for name in added {
            if !renamed_to.contains(name) {
                out.push(finding(
                    Class::Compatible,
                    name,
                    "rust-added",
                    "new public Rust item".into(),
                ));
            }
        }
        out
    }
}
