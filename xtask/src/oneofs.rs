//! Protobuf `oneof` groups as Rust enums.
//!
//! A schema's `x-apifleet-oneof` (`{group: [member, ...]}`, set by an overlay) names properties of
//! which at most one is set on the wire, each directly in the object (protojson's form). typify
//! sees only optional fields; this pass replaces each group's fields with one
//! `#[serde(flatten)] group: Option<TypeGroup>`, where `TypeGroup` is an externally tagged enum with
//! a variant per member, so that the type cannot hold two members at once. The type's builder gets
//! one setter for the group in place of the members' setters.

use crate::spec::Spec;
use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, TokenStream, TokenTree};
use quote::{ToTokens, format_ident, quote};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// One group: its name (the proto oneof's, snake case) and its members' wire names.
#[derive(Debug, Clone)]
pub struct Group {
    pub name: String,
    pub members: Vec<String>,
}

/// Rust type name → its groups, from every schema with `x-apifleet-oneof`.
pub fn find(spec: &Spec) -> Result<BTreeMap<String, Vec<Group>>, String> {
    let mut out = BTreeMap::new();
    let schemas = spec
        .doc
        .pointer("/components/schemas")
        .and_then(Value::as_object);
    for (name, schema) in schemas.into_iter().flatten() {
        let Some(groups) = schema.get("x-apifleet-oneof") else {
            continue;
        };
        let groups = groups
            .as_object()
            .ok_or_else(|| format!("{}: {name}: x-apifleet-oneof is not a map", spec.file))?;
        let properties = schema.get("properties").and_then(Value::as_object);
        let mut list = Vec::new();
        for (group, members) in groups {
            let members: Vec<String> = members
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default();
            if members.len() < 2 {
                return Err(format!(
                    "{}: {name}: oneof `{group}` needs two members or more",
                    spec.file
                ));
            }
            if let Some(missing) = members
                .iter()
                .find(|m| !properties.is_some_and(|p| p.contains_key(m.as_str())))
            {
                return Err(format!(
                    "{}: {name}: oneof `{group}` names `{missing}`, which is not a property",
                    spec.file
                ));
            }
            list.push(Group {
                name: group.to_snake_case(),
                members,
            });
        }
        out.insert(name.to_upper_camel_case(), list);
    }
    Ok(out)
}

/// One group of one type, as rewritten: the group's field, the members' fields, the enum.
type Rewrite = (Ident, Vec<Ident>, Ident);
/// Type name → its rewritten groups.
type Rewrites = BTreeMap<String, Vec<Rewrite>>;

/// Rewrites the types and builders; returns how many groups became enums.
pub fn apply(
    file: &mut syn::File,
    targets: &BTreeMap<String, Vec<Group>>,
) -> Result<usize, String> {
    if targets.is_empty() {
        return Ok(0);
    }
    let types = crate::generate::types_items(file).ok_or("no `types` module")?;
    let existing: BTreeSet<String> = types
        .iter()
        .filter_map(|i| match i {
            syn::Item::Struct(s) => Some(s.ident.to_string()),
            syn::Item::Enum(e) => Some(e.ident.to_string()),
            _ => None,
        })
        .collect();

    // 1. The structs: members out, one flattened field per group in; the enums after them.
    // type name → (group ident, member idents, enum ident)
    let mut renames: Rewrites = BTreeMap::new();
    let mut done = 0;
    let mut at = 0;
    while at < types.len() {
        let syn::Item::Struct(s) = &mut types[at] else {
            at += 1;
            continue;
        };
        let Some(groups) = targets.get(&s.ident.to_string()) else {
            at += 1;
            continue;
        };
        let type_name = s.ident.to_string();
        let derives: Vec<syn::Attribute> = s
            .attrs
            .iter()
            .filter(|a| a.path().is_ident("derive") || a.path().is_ident("cfg_attr"))
            .map(without_default)
            .collect();
        let syn::Fields::Named(fields) = &mut s.fields else {
            return Err(format!("{type_name}: not a struct with named fields"));
        };
        let mut enums = Vec::new();
        for group in groups {
            // `AzureAdTenant` + `type`; when a schema already has that name, `AzureAdTenantTypeOneof`.
            let enum_ident = [""]
                .iter()
                .chain(&["Oneof"])
                .map(|suffix| {
                    format_ident!("{}{}{suffix}", type_name, group.name.to_upper_camel_case())
                })
                .find(|name| !existing.contains(&name.to_string()))
                .ok_or_else(|| {
                    format!(
                        "{type_name}: oneof `{}`: every enum name is taken",
                        group.name
                    )
                })?;
            let group_ident = field_ident(&group.name);
            let mut variants = Vec::new();
            let mut member_idents = Vec::new();
            let mut first_at = None;
            for member in &group.members {
                let index = fields
                    .named
                    .iter()
                    .position(|f| wire_name(f).as_deref() == Some(member.as_str()))
                    .ok_or_else(|| {
                        format!(
                            "{type_name}: oneof `{}`: no field for `{member}`",
                            group.name
                        )
                    })?;
                let field = remove_at(&mut fields.named, index);
                first_at = Some(first_at.map_or(index, |f: usize| f.min(index)));
                let ty = option_inner(&field.ty).unwrap_or(&field.ty).clone();
                let variant = format_ident!("{}", member.to_upper_camel_case());
                variants.push(quote! {
                    #[serde(rename = #member)]
                    #variant(#ty)
                });
                member_idents.push(field.ident.clone().ok_or("unnamed field")?);
            }
            let doc = format!(
                " Which one of the `{}` fields is set (a protobuf `oneof`): at most one travels.",
                group.name
            );
            let field: syn::Field = syn::Field::parse_named
                .parse2(quote! {
                    #[doc = #doc]
                    #[serde(flatten)]
                    pub #group_ident: ::std::option::Option<#enum_ident>
                })
                .map_err(|e| format!("{type_name}: {e}"))?;
            insert_at(&mut fields.named, first_at.unwrap_or(0), field);
            let enum_doc = format!(" The `{}` oneof of [`{type_name}`].", group.name);
            let item: syn::Item = syn::parse2(quote! {
                #[doc = #enum_doc]
                #(#derives)*
                pub enum #enum_ident {
                    #(#variants,)*
                }
            })
            .map_err(|e| format!("{type_name}: enum: {e}"))?;
            enums.push(item);
            renames.entry(type_name.clone()).or_default().push((
                group_ident,
                member_idents,
                enum_ident,
            ));
            done += 1;
        }
        let count = enums.len();
        for (i, item) in enums.into_iter().enumerate() {
            types.insert(at + 1 + i, item);
        }
        at += 1 + count;
    }
    let missing: Vec<&String> = targets
        .keys()
        .filter(|t| !renames.contains_key(*t))
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "oneofs on types that were not generated: {missing:?}"
        ));
    }

    // 2. Impls of those types (explicit `Default`s) and their builders.
    for item in types.iter_mut() {
        match item {
            syn::Item::Impl(imp) => rewrite_impl(imp, &renames, false),
            syn::Item::Mod(m) if m.ident == "builder" => {
                for inner in m.content.iter_mut().flat_map(|(_, items)| items.iter_mut()) {
                    match inner {
                        syn::Item::Struct(s) => rewrite_builder_struct(s, &renames)?,
                        syn::Item::Impl(imp) => rewrite_impl(imp, &renames, true),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    Ok(done)
}

/// A builder struct: its members' fields out, one `Result<Option<Enum>, String>` per group in,
/// where the group's first member stood.
fn rewrite_builder_struct(s: &mut syn::ItemStruct, renames: &Rewrites) -> Result<(), String> {
    let (Some(groups), syn::Fields::Named(fields)) =
        (renames.get(&s.ident.to_string()), &mut s.fields)
    else {
        return Ok(());
    };
    for (group, members, enum_ident) in groups {
        let at = fields
            .named
            .iter()
            .position(|f| f.ident.as_ref() == members.first())
            .unwrap_or(0);
        let kept: Vec<syn::Field> = fields
            .named
            .iter()
            .filter(|f| !f.ident.as_ref().is_some_and(|i| members.contains(i)))
            .cloned()
            .collect();
        fields.named = kept.into_iter().collect();
        let field = syn::Field::parse_named
            .parse2(quote! {
                #group: ::std::result::Result<
                    ::std::option::Option<super::#enum_ident>,
                    ::std::string::String,
                >
            })
            .map_err(|e| e.to_string())?;
        insert_at(&mut fields.named, at, field);
    }
    Ok(())
}

use syn::parse::Parser as _;

/// The owner of an impl: its self type, or for `impl From<X> for super::Y` / `TryFrom`, whichever
/// of the two is ours (builders convert both ways).
fn impl_owner(imp: &syn::ItemImpl, renames: &Rewrites) -> Option<String> {
    let mut names = vec![last_ident(&imp.self_ty)];
    if let Some((path, _)) = &imp.trait_
        && let Some(seg) = path.segments.last()
        && let syn::PathArguments::AngleBracketed(args) = &seg.arguments
    {
        for arg in &args.args {
            if let syn::GenericArgument::Type(t) = arg {
                names.push(last_ident(t));
            }
        }
    }
    names
        .into_iter()
        .flatten()
        .find(|n| renames.contains_key(n))
}

fn rewrite_impl(imp: &mut syn::ItemImpl, renames: &Rewrites, builder: bool) {
    let Some(owner) = impl_owner(imp, renames) else {
        return;
    };
    let groups = &renames[&owner];
    // Setters (builder `impl X { pub fn member<T>(..) }`): one per group instead.
    if builder && imp.trait_.is_none() {
        for (group, members, enum_ident) in groups {
            let at = imp
                .items
                .iter()
                .position(|i| matches!(i, syn::ImplItem::Fn(f) if members.contains(&f.sig.ident)));
            imp.items
                .retain(|i| !matches!(i, syn::ImplItem::Fn(f) if members.contains(&f.sig.ident)));
            let message = format!("error converting supplied value for {group}: {{e}}");
            let setter: syn::ImplItem = syn::parse_quote! {
                pub fn #group<T>(mut self, value: T) -> Self
                where
                    T: ::std::convert::TryInto<::std::option::Option<super::#enum_ident>>,
                    T::Error: ::std::fmt::Display,
                {
                    self.#group = value.try_into().map_err(|e| format!(#message));
                    self
                }
            };
            let at = at.unwrap_or(imp.items.len()).min(imp.items.len());
            imp.items.insert(at, setter);
        }
    }
    // Struct literals (`Self { member: .., }`): the first member's value, renamed, for the group.
    struct Literals<'a>(&'a [Rewrite]);
    impl syn::visit_mut::VisitMut for Literals<'_> {
        fn visit_expr_struct_mut(&mut self, e: &mut syn::ExprStruct) {
            for (group, members, _) in self.0 {
                let Some(at) = e.fields.iter().position(|f| member_is(f, members)) else {
                    continue;
                };
                let mut fields: Vec<syn::FieldValue> = e.fields.iter().cloned().collect();
                let first = fields[at].clone();
                fields.retain(|f| !member_is(f, members));
                if let syn::Member::Named(member) = &first.member
                    && let Ok(value) = syn::parse2::<syn::FieldValue>(rename(
                        first.to_token_stream(),
                        member,
                        group,
                    ))
                {
                    fields.insert(at.min(fields.len()), value);
                }
                e.fields = fields.into_iter().collect();
            }
            syn::visit_mut::visit_expr_struct_mut(self, e);
        }
    }
    syn::visit_mut::VisitMut::visit_item_impl_mut(&mut Literals(groups), imp);
}

fn member_is(f: &syn::FieldValue, members: &[Ident]) -> bool {
    matches!(&f.member, syn::Member::Named(i) if members.contains(i))
}

/// Replaces every `from` identifier in `tokens` with `to`.
fn rename(tokens: TokenStream, from: &Ident, to: &Ident) -> TokenStream {
    tokens
        .into_iter()
        .map(|t| match t {
            TokenTree::Ident(i) if &i == from => TokenTree::Ident(to.clone()),
            TokenTree::Group(g) => {
                let mut out = proc_macro2::Group::new(g.delimiter(), rename(g.stream(), from, to));
                out.set_span(g.span());
                TokenTree::Group(out)
            }
            other => other,
        })
        .collect()
}

/// A field name for a group: a Rust keyword gets typify's trailing underscore (`type` → `type_`).
fn field_ident(name: &str) -> Ident {
    syn::parse_str::<Ident>(name).unwrap_or_else(|_| format_ident!("{name}_"))
}

/// The name a field has on the wire: its `serde(rename)`, else its identifier.
fn wire_name(field: &syn::Field) -> Option<String> {
    for attr in &field.attrs {
        if !attr.path().is_ident("serde") {
            continue;
        }
        let text = attr.to_token_stream().to_string();
        if let Some(rest) = text.split("rename = \"").nth(1) {
            return rest.split('"').next().map(String::from);
        }
    }
    field
        .ident
        .as_ref()
        .map(|i| i.to_string().trim_start_matches("r#").to_string())
}

/// `T` of `Option<T>` (any path ending in `Option`).
fn option_inner(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(p) = ty else { return None };
    let seg = p.path.segments.last()?;
    if seg.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &seg.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    }
}

fn last_ident(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// A `derive` without `Default` (an enum has no default variant).
fn without_default(attr: &syn::Attribute) -> syn::Attribute {
    if !attr.path().is_ident("derive") {
        return attr.clone();
    }
    let Ok(list) = attr.parse_args_with(
        syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
    ) else {
        return attr.clone();
    };
    let kept = list.iter().filter(|p| !p.is_ident("Default"));
    syn::parse_quote!(#[derive(#(#kept),*)])
}

fn remove_at(
    list: &mut syn::punctuated::Punctuated<syn::Field, syn::Token![,]>,
    index: usize,
) -> syn::Field {
    let mut items: Vec<syn::Field> = list.iter().cloned().collect();
    let removed = items.remove(index);
    *list = items.into_iter().collect();
    removed
}

fn insert_at(
    list: &mut syn::punctuated::Punctuated<syn::Field, syn::Token![,]>,
    index: usize,
    field: syn::Field,
) {
    let mut items: Vec<syn::Field> = list.iter().cloned().collect();
    items.insert(index.min(items.len()), field);
    *list = items.into_iter().collect();
}

#[cfg(test)]
mod tests {
    use super::*;

    const CODE: &str = r#"
        pub mod types {
            #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
            pub struct SetEmailRequest {
                #[serde(skip_serializing_if = "::std::option::Option::is_none")]
                pub email: ::std::option::Option<::std::string::String>,
                #[serde(rename = "isVerified", skip_serializing_if = "::std::option::Option::is_none")]
                pub is_verified: ::std::option::Option<bool>,
                #[serde(rename = "sendCode", skip_serializing_if = "::std::option::Option::is_none")]
                pub send_code: ::std::option::Option<SendCode>,
            }
            pub struct SendCode { pub url_template: Option<String> }
            pub mod builder {
                pub struct SetEmailRequest {
                    email: ::std::result::Result<::std::option::Option<::std::string::String>, ::std::string::String>,
                    is_verified: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
                    send_code: ::std::result::Result<::std::option::Option<super::SendCode>, ::std::string::String>,
                }
                impl ::std::default::Default for SetEmailRequest {
                    fn default() -> Self {
                        Self { email: Ok(Default::default()), is_verified: Ok(Default::default()), send_code: Ok(Default::default()) }
                    }
                }
                impl SetEmailRequest {
                    pub fn email<T>(mut self, value: T) -> Self { self }
                    pub fn is_verified<T>(mut self, value: T) -> Self { self }
                    pub fn send_code<T>(mut self, value: T) -> Self { self }
                }
                impl ::std::convert::TryFrom<SetEmailRequest> for super::SetEmailRequest {
                    type Error = String;
                    fn try_from(value: SetEmailRequest) -> Result<Self, String> {
                        Ok(Self { email: value.email?, is_verified: value.is_verified?, send_code: value.send_code? })
                    }
                }
                impl ::std::convert::From<super::SetEmailRequest> for SetEmailRequest {
                    fn from(value: super::SetEmailRequest) -> Self {
                        Self { email: Ok(value.email), is_verified: Ok(value.is_verified), send_code: Ok(value.send_code) }
                    }
                }
            }
        }
    "#;

    fn targets() -> BTreeMap<String, Vec<Group>> {
        let mut t = BTreeMap::new();
        t.insert(
            "SetEmailRequest".to_string(),
            vec![Group {
                name: "verification".into(),
                members: vec!["sendCode".into(), "isVerified".into()],
            }],
        );
        t
    }

    #[test]
    fn members_become_one_flattened_enum_field_and_one_setter() {
        let mut file: syn::File = syn::parse_str(CODE).expect("parses");
        assert_eq!(apply(&mut file, &targets()).expect("applies"), 1);
        let out = prettyplease::unparse(&file);
        let flat: String = out.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains("#[serde(flatten)] pub verification: ::std::option::Option<SetEmailRequestVerification>"), "{out}");
        assert!(flat.contains("pub enum SetEmailRequestVerification { #[serde(rename = \"sendCode\")] SendCode(SendCode), #[serde(rename = \"isVerified\")] IsVerified(bool), }"), "{out}");
        assert!(!flat.contains("pub send_code"), "{out}");
        assert!(!flat.contains("pub is_verified"), "{out}");
        // The enum derives what the struct does, but not Default.
        assert!(flat.contains("#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)] pub enum"), "{out}");
        // The builder: one field, one setter, every struct literal.
        assert!(flat.contains("verification: ::std::result::Result< ::std::option::Option<super::SetEmailRequestVerification>, ::std::string::String, >"), "{out}");
        assert!(
            flat.contains("pub fn verification<T>(mut self, value: T)"),
            "{out}"
        );
        assert!(
            !flat.contains("fn send_code") && !flat.contains("fn is_verified"),
            "{out}"
        );
        assert!(
            flat.contains("verification: Ok(Default::default())"),
            "{out}"
        );
        assert!(flat.contains("verification: value.verification?"), "{out}");
        assert!(
            flat.contains("verification: Ok(value.verification)"),
            "{out}"
        );
        assert!(!flat.contains("send_code:"), "{out}");
    }

    #[test]
    fn an_unknown_member_or_type_fails_generation() {
        let mut file: syn::File = syn::parse_str(CODE).expect("parses");
        let mut t = targets();
        t.get_mut("SetEmailRequest").expect("target").push(Group {
            name: "other".into(),
            members: vec!["nope".into(), "email".into()],
        });
        let err = apply(&mut file, &t).expect_err("no such field");
        assert!(err.contains("no field for `nope`"), "{err}");
        let mut file: syn::File = syn::parse_str(CODE).expect("parses");
        let mut t = BTreeMap::new();
        t.insert("Missing".to_string(), targets()["SetEmailRequest"].clone());
        assert!(apply(&mut file, &t).is_err());
    }
}
