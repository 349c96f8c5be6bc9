//! Cargo features per area: an operation, and every type only its area reaches, compile only when
//! the area's feature is on, so a user who needs wallets does not pay for staking.
//!
//! An operation's area is its first tag (`Fee Sponsors` → feature `fee-sponsors`). Types are gated
//! by reachability: each type's "family" (the type, its impls, its builder in `types::builder`) is
//! reached from the operation builders that mention it, and from the families it mentions in turn.
//! Webhook payloads are roots of the area their schema names (`x-apifleet-area`). A family reached by
//! every area, or from the provider's `always` list (what the hand-written layer needs whatever is
//! enabled), stays ungated; one nothing reaches (an `allOf` part typify merged away) is kept behind
//! `full` only. Mentions are found by identifier, which can only over-approximate: a type compiled
//! once too often, never once too few.

use crate::spec::Spec;
use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// The feature name of an area (tag).
pub fn feature_of(tag: &str) -> String {
    tag.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

/// Rust method name → feature, for every operation with an area: its `x-apifleet-area` (set by
/// the import from the provider's grouping of tags) or else its first tag.
pub fn areas(spec: &Spec) -> BTreeMap<String, String> {
    spec.operations()
        .into_iter()
        .filter_map(|op| {
            let id = op.op.get("operationId").and_then(Value::as_str)?;
            let tag = op
                .op
                .get("x-apifleet-area")
                .and_then(Value::as_str)
                .or_else(|| op.op.pointer("/tags/0").and_then(Value::as_str))?;
            Some((crate::generate::method_name(id), feature_of(tag)))
        })
        .collect()
}

/// Checks that the provider's crate declares a feature for every area of its spec, and a `full`
/// feature enabling them all, so that a new upstream area cannot go unnoticed.
pub fn check_manifest(
    root: &std::path::Path,
    provider: &crate::providers::Provider,
) -> Result<(), String> {
    if !provider.area_features {
        return Ok(());
    }
    let spec = Spec::load(root, provider.spec)?;
    let features: BTreeSet<String> = areas(&spec).into_values().collect();
    let manifest_path = provider.manifest()?;
    let manifest = std::fs::read_to_string(root.join(&manifest_path))
        .map_err(|e| format!("{}: {e}", manifest_path.display()))?;
    let declared = |name: &str| {
        manifest
            .lines()
            .any(|l| l.trim_start().starts_with(&format!("{name} =")))
    };
    let full_line = manifest
        .lines()
        .find(|l| l.trim_start().starts_with("full ="))
        .unwrap_or("");
    let missing: Vec<&String> = features
        .iter()
        .filter(|f| !declared(f) || !full_line.contains(&format!("\"{f}\"")))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}: the spec has areas without a feature, or missing from `full`: {} (add them under [features])",
            manifest_path.display(),
            missing
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))
    }
}

/// Named schemas that belong to an area without an operation reaching them (webhook payloads carry
/// `x-apifleet-area`): type name → feature.
pub fn type_areas(spec: &Spec) -> BTreeMap<String, String> {
    spec.doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(name, schema)| {
            let tag = schema.get("x-apifleet-area").and_then(Value::as_str)?;
            Some((name.clone(), feature_of(tag)))
        })
        .collect()
}

/// What gating did, for `generate`'s checks and `build-cost`.
#[derive(Debug, Default)]
pub struct Gated {
    /// Every feature used.
    pub features: BTreeSet<String>,
    /// Type families gated (behind at least one feature, not all).
    pub gated_types: usize,
    /// Type families left ungated.
    pub shared_types: usize,
    /// Of the gated families, those no area reaches (behind `full` only).
    pub unreached_types: usize,
}

/// The feature that enables every area; every crate with area features has it.
pub const FULL: &str = "full";

/// Adds `#[cfg(feature = ...)]` to operations, their builders and the types only they reach.
pub fn apply(
    file: &mut syn::File,
    areas: &BTreeMap<String, String>,
    type_areas: &BTreeMap<String, String>,
    always: &[&str],
) -> Result<Gated, String> {
    let mut gated = Gated {
        features: areas.values().cloned().collect(),
        ..Gated::default()
    };
    if areas.is_empty() {
        return Ok(gated);
    }
    // 1. Client methods: the builder each returns, and its feature.
    let mut builder_feature: BTreeMap<String, String> = BTreeMap::new();
    for item in &mut file.items {
        let syn::Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() || last_ident(&imp.self_ty).as_deref() != Some("Client") {
            continue;
        }
        for impl_item in &mut imp.items {
            let syn::ImplItem::Fn(f) = impl_item else {
                continue;
            };
            let Some(feature) = areas.get(&f.sig.ident.to_string()) else {
                continue;
            };
            if let syn::ReturnType::Type(_, ty) = &f.sig.output
                && let Some(builder) = last_ident(ty)
            {
                builder_feature.insert(builder, feature.clone());
            }
            f.attrs.push(cfg(std::slice::from_ref(feature)));
        }
    }

    // 2. Type families and what they mention.
    let families = type_families(file);
    let names: BTreeSet<String> = families.keys().cloned().collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (name, tokens) in &families {
        let mut mentioned = BTreeSet::new();
        mentions(tokens.clone(), &names, &mut mentioned);
        mentioned.remove(name);
        edges.insert(name.clone(), mentioned);
    }

    // 3. Operation builders: gate them, and collect each feature's roots.
    let mut roots: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for item in &mut file.items {
        let syn::Item::Mod(m) = item else { continue };
        if m.ident != "builder" {
            continue;
        }
        for inner in m.content.iter_mut().flat_map(|(_, items)| items.iter_mut()) {
            let Some(owner) = item_owner(inner, &|n| builder_feature.contains_key(n)) else {
                continue;
            };
            let feature = builder_feature[&owner].clone();
            let mut found = BTreeSet::new();
            mentions(inner.to_token_stream(), &names, &mut found);
            roots.entry(feature.clone()).or_default().extend(found);
            push_attr(inner, cfg(std::slice::from_ref(&feature)));
        }
    }

    for (name, feature) in type_areas {
        if names.contains(name) {
            roots
                .entry(feature.clone())
                .or_default()
                .insert(name.clone());
        }
    }

    // 4. Reachability per feature; the `always` closure and unreached types stay ungated.
    let closure = |start: &mut dyn Iterator<Item = String>| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<String> = start.collect();
        while let Some(n) = stack.pop() {
            if seen.insert(n.clone()) {
                stack.extend(edges.get(&n).into_iter().flatten().cloned());
            }
        }
        seen
    };
    for name in always {
        if !names.contains(*name) {
            return Err(format!(
                "provider `always` names `{name}`, which is not a generated type"
            ));
        }
    }
    let reach: BTreeMap<String, BTreeSet<String>> = roots
        .iter()
        .map(|(feature, r)| (feature.clone(), closure(&mut r.iter().cloned())))
        .collect();
    // Ungated: the `always` types and everything they mention.
    let always = closure(&mut always.iter().map(|s| s.to_string()));
    let all = gated.features.clone();
    let mut family_cfg: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for name in &names {
        let mut features: Vec<String> = reach
            .iter()
            .filter(|(_, set)| set.contains(name))
            .map(|(f, _)| f.clone())
            .collect();
        if always.contains(name) || features.iter().cloned().collect::<BTreeSet<_>>() == all {
            gated.shared_types += 1;
            continue;
        }
        if features.is_empty() {
            // No operation, webhook or hand-written need reaches it: typically an `allOf` part that
            // typify merged into the type that uses it. Kept for complete builds only, so that it
            // (and all it mentions) costs nothing to a user who enables a few areas.
            features.push(FULL.to_string());
            gated.unreached_types += 1;
        }
        gated.gated_types += 1;
        family_cfg.insert(name.clone(), features);
    }

    // 5. Gate every item of each gated family, in `types` and `types::builder`.
    for item in &mut file.items {
        let syn::Item::Mod(m) = item else { continue };
        if m.ident != "types" {
            continue;
        }
        gate_family_items(m, &family_cfg);
    }
    Ok(gated)
}

/// Removes the `types::builder` struct (and `X::builder()`) of every type no request body reaches:
/// a response is decoded, never built, and these builders were half the generated code. Returns
/// how many builders went.
pub fn trim_response_builders(file: &mut syn::File) -> usize {
    let families = type_families(file);
    let names: BTreeSet<String> = families.keys().cloned().collect();
    // What requests carry: every type an operation builder's fields (body and parameters) hold.
    // Responses appear only in the builders' `send()`, never in their fields.
    let mut roots = BTreeSet::new();
    for item in &file.items {
        if let syn::Item::Mod(m) = item
            && m.ident == "builder"
        {
            for inner in m.content.iter().flat_map(|(_, items)| items.iter()) {
                if let syn::Item::Struct(s) = inner {
                    mentions(s.to_token_stream(), &names, &mut roots);
                }
            }
        }
    }
    let mut keep = BTreeSet::new();
    let mut stack: Vec<String> = roots.into_iter().collect();
    while let Some(name) = stack.pop() {
        if keep.insert(name.clone()) {
            let mut mentioned = BTreeSet::new();
            if let Some(tokens) = families.get(&name) {
                mentions(tokens.clone(), &names, &mut mentioned);
            }
            stack.extend(mentioned);
        }
    }
    let drop = |n: &str| names.contains(n) && !keep.contains(n);
    let mut removed = 0;
    for item in &mut file.items {
        let syn::Item::Mod(types) = item else {
            continue;
        };
        if types.ident != "types" {
            continue;
        }
        for inner in types
            .content
            .iter_mut()
            .flat_map(|(_, items)| items.iter_mut())
        {
            match inner {
                syn::Item::Mod(sub) if sub.ident == "builder" => {
                    if let Some((_, items)) = sub.content.as_mut() {
                        items.retain(|i| {
                            let gone = item_owner(i, &|n| drop(n)).is_some();
                            if gone && matches!(i, syn::Item::Struct(_)) {
                                removed += 1;
                            }
                            !gone
                        });
                    }
                }
                syn::Item::Impl(imp)
                    if imp.trait_.is_none()
                        && last_ident(&imp.self_ty).is_some_and(|n| drop(&n)) =>
                {
                    imp.items
                        .retain(|i| !matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == "builder"));
                }
                _ => {}
            }
        }
        if let Some((_, items)) = types.content.as_mut() {
            items.retain(|i| !matches!(i, syn::Item::Impl(imp) if imp.trait_.is_none() && imp.items.is_empty()));
        }
    }
    removed
}

fn gate_family_items(m: &mut syn::ItemMod, family_cfg: &BTreeMap<String, Vec<String>>) {
    for inner in m.content.iter_mut().flat_map(|(_, items)| items.iter_mut()) {
        if let syn::Item::Mod(sub) = inner {
            if sub.ident == "builder" {
                gate_family_items(sub, family_cfg);
            }
            continue;
        }
        if let Some(owner) = item_owner(inner, &|n| family_cfg.contains_key(n)) {
            push_attr(inner, cfg(&family_cfg[&owner]));
        }
    }
}

/// Every type family in `types` (and `types::builder`): name → the tokens of all its items.
fn type_families(file: &syn::File) -> BTreeMap<String, TokenStream> {
    let mut declared = BTreeSet::new();
    let types = file.items.iter().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == "types" => Some(m),
        _ => None,
    });
    let Some(types) = types else {
        return BTreeMap::new();
    };
    let items: Vec<&syn::Item> = types
        .content
        .iter()
        .flat_map(|(_, items)| items.iter())
        .collect();
    for item in &items {
        match item {
            syn::Item::Struct(s) => {
                declared.insert(s.ident.to_string());
            }
            syn::Item::Enum(e) => {
                declared.insert(e.ident.to_string());
            }
            syn::Item::Type(t) => {
                declared.insert(t.ident.to_string());
            }
            _ => {}
        }
    }
    let mut families: BTreeMap<String, TokenStream> = BTreeMap::new();
    let mut add = |item: &syn::Item| {
        if let Some(owner) = item_owner(item, &|n| declared.contains(n)) {
            families
                .entry(owner)
                .or_default()
                .extend(item.to_token_stream());
        }
    };
    for item in &items {
        match item {
            syn::Item::Mod(sub) if sub.ident == "builder" => {
                for inner in sub.content.iter().flat_map(|(_, items)| items.iter()) {
                    add(inner);
                }
            }
            _ => add(item),
        }
    }
    families
}

/// The family an item belongs to: a struct, enum or alias by its name; an impl by its self type,
/// or, when that is foreign (`impl From<Wallet> for String`), by the first family its trait names.
fn item_owner(item: &syn::Item, is_family: &dyn Fn(&str) -> bool) -> Option<String> {
    let name = match item {
        syn::Item::Struct(s) => Some(s.ident.to_string()),
        syn::Item::Enum(e) => Some(e.ident.to_string()),
        syn::Item::Type(t) => Some(t.ident.to_string()),
        syn::Item::Impl(imp) => {
            let own = last_ident(&imp.self_ty).filter(|n| is_family(n));
            own.or_else(|| {
                let (path, _) = imp.trait_.as_ref()?;
                let mut found = BTreeSet::new();
                first_family(path.to_token_stream(), is_family, &mut found);
                found.into_iter().next()
            })
        }
        _ => None,
    };
    name.filter(|n| is_family(n))
}

fn first_family(tokens: TokenStream, is_family: &dyn Fn(&str) -> bool, out: &mut BTreeSet<String>) {
    for tree in tokens {
        if !out.is_empty() {
            return;
        }
        match tree {
            TokenTree::Ident(i) if is_family(&i.to_string()) => {
                out.insert(i.to_string());
            }
            TokenTree::Group(g) => first_family(g.stream(), is_family, out),
            _ => {}
        }
    }
}

/// Every known type name mentioned in `tokens`.
fn mentions(tokens: TokenStream, names: &BTreeSet<String>, out: &mut BTreeSet<String>) {
    for tree in tokens {
        match tree {
            TokenTree::Ident(i) => {
                let text = i.to_string();
                if names.contains(&text) {
                    out.insert(text);
                }
            }
            TokenTree::Group(g) => mentions(g.stream(), names, out),
            _ => {}
        }
    }
}

fn last_ident(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        syn::Type::Reference(r) => last_ident(&r.elem),
        _ => None,
    }
}

fn cfg(features: &[String]) -> syn::Attribute {
    if let [one] = features {
        syn::parse_quote!(#[cfg(feature = #one)])
    } else {
        let list = features.iter().map(|f| quote::quote!(feature = #f));
        syn::parse_quote!(#[cfg(any(#(#list),*))])
    }
}

fn push_attr(item: &mut syn::Item, attr: syn::Attribute) {
    match item {
        syn::Item::Struct(s) => s.attrs.push(attr),
        syn::Item::Enum(e) => e.attrs.push(attr),
        syn::Item::Type(t) => t.attrs.push(attr),
        syn::Item::Impl(i) => i.attrs.push(attr),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gated(code: &str, always: &[&str]) -> (String, Gated) {
        let mut file: syn::File = syn::parse_str(code).expect("parses");
        let mut areas = BTreeMap::new();
        areas.insert("list_wallets".to_string(), "wallets".to_string());
        areas.insert("stake".to_string(), "staking".to_string());
        let result = apply(&mut file, &areas, &BTreeMap::new(), always).expect("gates");
        (prettyplease::unparse(&file), result)
    }

    const CODE: &str = r#"
        pub mod types {
            pub struct Wallet { pub network: Network, pub stake: Option<StakeInfo> }
            pub struct Network(String);
            impl From<Network> for String { fn from(n: Network) -> String { n.0 } }
            pub struct StakeInfo { pub amount: String }
            pub struct StakeRequest { pub info: StakeInfo }
            pub struct ErrorResponse { pub message: String }
            pub struct WebhookEvent { pub id: String }
            pub mod builder {
                pub struct StakeRequest { info: Result<super::StakeInfo, String> }
                impl TryFrom<StakeRequest> for super::StakeRequest {
                    type Error = String;
                    fn try_from(v: StakeRequest) -> Result<Self, String> { todo!() }
                }
            }
        }
        pub struct Client;
        impl Client {
            pub fn list_wallets(&self) -> builder::ListWallets<'_> { todo!() }
            pub fn stake(&self) -> builder::Stake<'_> { todo!() }
            pub fn baseurl(&self) -> &str { "" }
        }
        pub mod builder {
            pub struct ListWallets<'a> { client: &'a super::Client }
            impl<'a> ListWallets<'a> { pub async fn send(self) -> Result<types::Wallet, types::ErrorResponse> { todo!() } }
            pub struct Stake<'a> { client: &'a super::Client, body: types::builder::StakeRequest }
            impl<'a> Stake<'a> { pub async fn send(self) -> Result<(), types::ErrorResponse> { todo!() } }
        }
    "#;

    /// The attribute lines right above the line holding `needle`.
    fn attrs_before(code: &str, needle: &str) -> String {
        let at = code.find(needle).unwrap_or_else(|| panic!("no {needle}"));
        let line_start = code[..at].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let mut attrs: Vec<&str> = code[..line_start]
            .lines()
            .rev()
            .take_while(|l| l.trim_start().starts_with("#[") || l.trim_start().starts_with("///"))
            .collect();
        attrs.reverse();
        attrs.join("\n")
    }

    #[test]
    fn operations_builders_and_their_own_types_are_gated_by_area() {
        let (code, result) = gated(CODE, &[]);
        assert!(
            code.contains("#[cfg(feature = \"wallets\")]\n    pub fn list_wallets"),
            "{code}"
        );
        assert!(
            code.contains("#[cfg(feature = \"staking\")]\n    pub fn stake"),
            "{code}"
        );
        assert!(
            !attrs_before(&code, "pub fn baseurl").contains("cfg"),
            "{code}"
        );
        // Reached from wallets only.
        assert!(
            attrs_before(&code, "pub struct Network").contains("feature = \"wallets\""),
            "{code}"
        );
        // A foreign impl follows the family it converts.
        assert!(
            attrs_before(&code, "impl From<Network> for String").contains("feature = \"wallets\""),
            "{code}"
        );
        // Reached from both areas: wallets through Wallet.stake, staking through the request.
        assert!(
            !attrs_before(&code, "pub struct StakeInfo").contains("cfg"),
            "{code}"
        );
        // The request and its builder: staking only.
        assert!(attrs_before(&code, "pub struct StakeRequest").contains("feature = \"staking\""));
        assert!(
            attrs_before(&code, "impl TryFrom<StakeRequest> for super::StakeRequest")
                .contains("feature = \"staking\"")
        );
        // Every area's error stays; a type nothing reaches is there in complete builds only.
        assert!(!attrs_before(&code, "pub struct ErrorResponse").contains("cfg"));
        assert_eq!(
            attrs_before(&code, "pub struct WebhookEvent").trim(),
            "#[cfg(feature = \"full\")]"
        );
        assert_eq!(
            result.features.into_iter().collect::<Vec<_>>(),
            vec!["staking".to_string(), "wallets".to_string()]
        );
        assert_eq!(result.gated_types, 4);
        assert_eq!(result.unreached_types, 1);
    }

    #[test]
    fn always_keeps_a_type_and_what_it_reaches() {
        let (code, _) = gated(CODE, &["Wallet"]);
        assert!(
            !attrs_before(&code, "pub struct Wallet ").contains("cfg"),
            "{code}"
        );
        assert!(
            !attrs_before(&code, "pub struct Network").contains("cfg"),
            "{code}"
        );
        let mut file: syn::File = syn::parse_str(CODE).expect("parses");
        let mut areas = BTreeMap::new();
        areas.insert("stake".to_string(), "staking".to_string());
        let err = apply(&mut file, &areas, &BTreeMap::new(), &["Nope"]).expect_err("unknown");
        assert!(err.contains("`Nope`"), "{err}");
    }

    #[test]
    fn only_types_a_request_reaches_keep_their_builders() {
        let code = r#"
            pub mod types {
                pub struct Wallet { pub id: String }
                impl Wallet { pub fn builder() -> builder::Wallet { todo!() } }
                pub struct CreateWallet { pub options: Options }
                impl CreateWallet { pub fn builder() -> builder::CreateWallet { todo!() } }
                pub struct Options { pub curve: String }
                impl Options { pub fn builder() -> builder::Options { todo!() } }
                pub mod builder {
                    pub struct Wallet { id: Result<String, String> }
                    impl TryFrom<Wallet> for super::Wallet { type Error = String; fn try_from(v: Wallet) -> Result<Self, String> { todo!() } }
                    pub struct CreateWallet { options: Result<super::Options, String> }
                    pub struct Options { curve: Result<String, String> }
                }
            }
            pub mod builder {
                pub struct CreateWallet<'a> { body: Result<types::builder::CreateWallet, String> }
                impl<'a> CreateWallet<'a> { pub async fn send(self) -> Result<types::Wallet, ()> { todo!() } }
            }
        "#;
        let mut file: syn::File = syn::parse_str(code).expect("parses");
        assert_eq!(trim_response_builders(&mut file), 1);
        let out = prettyplease::unparse(&file);
        assert!(!out.contains("impl Wallet"), "{out}");
        assert!(!out.contains("for super::Wallet"), "{out}");
        assert!(
            out.contains("pub struct Wallet {"),
            "the type itself stays: {out}"
        );
        assert!(
            out.contains("pub struct Options {\n            curve"),
            "{out}"
        );
        assert!(
            out.contains("impl Options {"),
            "a nested request type keeps its builder: {out}"
        );
    }

    #[test]
    fn feature_names_from_tags() {
        assert_eq!(feature_of("Fee Sponsors"), "fee-sponsors");
        assert_eq!(feature_of("Wallets"), "wallets");
    }
}
