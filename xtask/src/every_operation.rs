//! The table behind the every-operation test (`tests/tests/every_operation.rs`): for each operation
//! of a provider's spec, one match arm that calls the generated builder with the arguments the
//! sandbox makes from the spec, and reports the status of the typed success.
//!
//! The arms are written from the generated code itself (each builder's setters and the type each
//! takes), so the table follows the spec with no code per operation written by hand; a builder
//! setter that names no parameter of the spec fails generation.

use crate::metadata::OperationMeta;
use crate::providers::Provider;
use crate::spec::Spec;
use heck::ToSnakeCase;
use quote::ToTokens;
use serde_json::Value;
use std::collections::BTreeMap;

/// Where a provider's table is written, relative to the workspace root.
pub fn output(provider: &Provider) -> String {
    format!(
        "tests/tests/every_operation/{}.rs",
        provider.name.replace('-', "_")
    )
}

/// The generated module's path in the facade: `crates/dfns-api/src/generated.rs` →
/// `apifleet::dfns::generated` (the hand-written crate re-exports its generated crate under that
/// name).
fn module_path(provider: &Provider) -> Result<String, String> {
    let (_, file) = provider
        .output
        .split_once("/src/")
        .ok_or_else(|| format!("{}: not under a crate's src/", provider.output))?;
    let module = file.trim_end_matches(".rs").replace('/', "::");
    let dir = provider.hand_written_dir()?;
    let krate = dir
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| format!("{}: no hand-written crate", provider.output))?;
    Ok(format!("apifleet::{}::{module}", krate.replace('-', "_")))
}

/// `apifleet::dfns::generated` → `apifleet::dfns`.
fn facade_crate(module: &str) -> String {
    module.split("::").take(2).collect::<Vec<_>>().join("::")
}

/// Hand-written replacement types are named from inside their crate (`crate :: enums :: X`);
/// the crate re-exports them at its root (`apifleet::dfns::X`).
fn from_outside(ty: &str, facade: &str) -> String {
    let mut out = ty.to_string();
    while let Some(at) = out.find("crate :: ") {
        let rest = &out[at + "crate :: ".len()..];
        let module_end = rest.find(" :: ").map_or(0, |i| i + " :: ".len());
        out = format!("{}{facade} :: {}", &out[..at], &rest[module_end..]);
    }
    out
}

/// One setter of a builder: its name and the type its `TryInto` bound names.
struct Setter {
    name: String,
    ty: String,
}

/// What the generated code says about each operation: the builder behind each client method,
/// and each builder's setters.
struct Builders {
    /// Client method → (builder struct, deprecated).
    methods: BTreeMap<String, (String, bool)>,
    /// Builder struct → setters.
    setters: BTreeMap<String, Vec<Setter>>,
}

fn builders(file: &syn::File) -> Result<Builders, String> {
    let mut out = Builders {
        methods: BTreeMap::new(),
        setters: BTreeMap::new(),
    };
    for item in &file.items {
        match item {
            syn::Item::Impl(imp) if type_name(&imp.self_ty).as_deref() == Some("Client") => {
                for f in impl_fns(imp) {
                    if let syn::ReturnType::Type(_, ty) = &f.sig.output
                        && let Some(builder) = builder_name(ty)
                    {
                        let deprecated = f.attrs.iter().any(|a| a.path().is_ident("deprecated"));
                        out.methods
                            .insert(f.sig.ident.to_string(), (builder, deprecated));
                    }
                }
            }
            syn::Item::Mod(m) if m.ident == "builder" => {
                for inner in m.content.iter().flat_map(|(_, items)| items) {
                    let syn::Item::Impl(imp) = inner else {
                        continue;
                    };
                    let Some(name) = type_name(&imp.self_ty) else {
                        continue;
                    };
                    let setters = impl_fns(imp).filter_map(setter).collect();
                    out.setters.insert(name, setters);
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

fn impl_fns(imp: &syn::ItemImpl) -> impl Iterator<Item = &syn::ImplItemFn> {
    imp.items.iter().filter_map(|i| match i {
        syn::ImplItem::Fn(f) => Some(f),
        _ => None,
    })
}

fn type_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// `builder::CreateWallet<'_>` → `CreateWallet`.
fn builder_name(ty: &syn::Type) -> Option<String> {
    let syn::Type::Path(p) = ty else { return None };
    let segments: Vec<String> = p
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    (segments.len() == 2 && segments[0] == "builder").then(|| segments[1].clone())
}

/// `pub fn wallet_id<V>(mut self, value: V) -> Self where V: std::convert::TryInto<T>` → `T`.
fn setter(f: &syn::ImplItemFn) -> Option<Setter> {
    let where_clause = f.sig.generics.where_clause.as_ref()?;
    for predicate in &where_clause.predicates {
        let syn::WherePredicate::Type(pt) = predicate else {
            continue;
        };
        if pt.bounded_ty.to_token_stream().to_string() != "V" {
            continue;
        }
        for bound in &pt.bounds {
            let syn::TypeParamBound::Trait(tb) = bound else {
                continue;
            };
            let last = tb.path.segments.last()?;
            if last.ident != "TryInto" {
                continue;
            }
            let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
                continue;
            };
            if let Some(syn::GenericArgument::Type(ty)) = args.args.first() {
                return Some(Setter {
                    name: f.sig.ident.to_string(),
                    ty: ty.to_token_stream().to_string(),
                });
            }
        }
    }
    None
}

/// The spec's parameter names of an operation (config headers included: they have no setter).
fn param_names(
    spec: &Spec,
    path_params: Option<&Value>,
    op: &Value,
) -> Result<Vec<String>, String> {
    let mut names = Vec::new();
    for list in [path_params, op.get("parameters")].into_iter().flatten() {
        for param in list.as_array().into_iter().flatten() {
            let param = spec.resolve(param)?;
            if let Some(name) = param.get("name").and_then(Value::as_str) {
                names.push(name.to_string());
            }
        }
    }
    Ok(names)
}

/// The table for one provider, as source text.
pub fn dispatcher(
    provider: &Provider,
    spec: &Spec,
    metas: &[OperationMeta],
    file: &syn::File,
) -> Result<String, String> {
    let builders = builders(file)?;
    let module = module_path(provider)?;
    let mut arms = String::new();
    let mut problems = Vec::new();
    let mut any_deprecated = false;
    for op in spec.operations() {
        let Some(id) = op.op.get("operationId").and_then(Value::as_str) else {
            continue;
        };
        let Some(meta) = metas.iter().find(|m| m.id == id) else {
            problems.push(format!("{id}: no metadata"));
            continue;
        };
        let Some((builder, deprecated)) = builders.methods.get(&meta.rust_name) else {
            problems.push(format!("{id}: no client method {}", meta.rust_name));
            continue;
        };
        any_deprecated |= *deprecated;
        let names = param_names(spec, op.path_params, op.op)?;
        let mut calls = String::new();
        for setter in builders.setters.get(builder).into_iter().flatten() {
            let ty = from_outside(&setter.ty, &facade_crate(&module));
            if setter.name == "body" {
                calls.push_str(&format!(
                    "            if let Some(v) = args.body::<{ty}>()? {{ call = call.body(v); }}\n"
                ));
                continue;
            }
            let Some(name) = names
                .iter()
                .find(|n| n.to_snake_case() == setter.name.trim_end_matches('_'))
            else {
                problems.push(format!(
                    "{id}: setter {} names no parameter of the spec",
                    setter.name
                ));
                continue;
            };
            calls.push_str(&format!(
                "            if let Some(v) = args.param::<{ty}>({name:?})? {{ call = call.{}(v); }}\n",
                setter.name
            ));
        }
        let mutable = if calls.is_empty() { "" } else { "mut " };
        arms.push_str(&format!(
            "        {id:?} => {{\n            let {mutable}call = client.{}();\n{calls}            crate::outcome(call.send().await)\n        }}\n",
            meta.rust_name
        ));
    }
    if !problems.is_empty() {
        return Err(format!(
            "{}: every-operation table:\n{}",
            spec.file,
            problems.join("\n")
        ));
    }
    let allow = if any_deprecated {
        "#[allow(deprecated)]\n"
    } else {
        ""
    };
    let source = format!(
        "#[allow(unused_imports)]\n\
         use {module}::{{Client, types}};\n\
         use apifleet_sandbox::engine::Arguments;\n\
         /// Calls `operation` with `args`; the status of its typed success, or what went wrong.\n\
         {allow}pub(crate) async fn call(client: &Client, operation: &str, args: &Arguments) -> Result<u16, String> {{\n\
         match operation {{\n{arms} other => Err(format!(\"{{other}}: no such operation\")), }} }}\n"
    );
    let file = syn::parse_file(&source)
        .map_err(|e| format!("{}: every-operation table does not parse: {e}", spec.file))?;
    Ok(format!(
        "// Generated from `{}` by `cargo xtask generate`: one arm per operation, calling the\n\
         // generated builder with the arguments the sandbox makes from the spec. Do not edit.\n\n{}",
        provider.spec,
        prettyplease::unparse(&file)
    ))
}
