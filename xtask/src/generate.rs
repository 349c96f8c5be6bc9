//! `cargo xtask generate [--check]`: spec → validation → progenitor → post-processing → prettyplease.

use crate::metadata::{self, OperationMeta};
use crate::providers::{PROVIDERS, Provider};
use crate::spec::Spec;
use crate::validate::validate;
use heck::ToSnakeCase;
use proc_macro2::TokenStream;
use quote::quote;
use std::path::Path;
use syn::visit_mut::VisitMut;

/// The Rust method name progenitor gives an operationId.
pub fn method_name(operation_id: &str) -> String {
    operation_id.to_snake_case()
}

/// Regenerates every provider; with `check`, compares instead of writing and fails when stale.
pub fn run(root: &Path, check: bool) -> Result<(), String> {
    let mut stale = Vec::new();
    for provider in PROVIDERS {
        let code = generate(root, provider)?;
        let out = root.join(provider.output);
        if check {
            let current = std::fs::read_to_string(&out).unwrap_or_default();
            if current != code {
                stale.push(format!(
                    "{} is stale: it does not match {} (run `cargo xtask generate`)\n{}",
                    provider.output,
                    provider.spec,
                    short_diff(&current, &code, provider.output)
                ));
            }
        } else {
            std::fs::write(&out, &code)
                .map_err(|e| format!("{}: cannot write: {e}", provider.output))?;
            println!("generated {} from {}", provider.output, provider.spec);
        }
    }
    if stale.is_empty() {
        if check {
            println!(
                "generated code is up to date ({} providers)",
                PROVIDERS.len()
            );
        }
        Ok(())
    } else {
        Err(stale.join("\n"))
    }
}

/// Generates one provider's module as formatted source text.
pub fn generate(root: &Path, provider: &Provider) -> Result<String, String> {
    let spec = Spec::load(root, provider.spec)?;
    generate_from(&spec, provider)
}

/// Generates from an already loaded spec (also used by tests and spec-diff).
pub fn generate_from(spec: &Spec, provider: &Provider) -> Result<String, String> {
    let problems = validate(spec);
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    let (doc, metas) = metadata::extract(spec)?;
    let openapi: openapiv3::OpenAPI = serde_json::from_value(doc)
        .map_err(|e| format!("{}: not a valid OpenAPI 3.0 document: {e}", spec.file))?;

    let inner: TokenStream = provider
        .inner_type
        .parse()
        .map_err(|e| format!("provider {}: bad inner_type: {e}", provider.name))?;
    let mut settings = progenitor::GenerationSettings::default();
    settings
        .with_interface(progenitor::InterfaceStyle::Builder)
        .with_tag(progenitor::TagStyle::Merged)
        .with_hooks(progenitor::HooksMode::Expected)
        .with_inner_type(inner)
        .with_derive("schemars::JsonSchema")
        .with_derive("PartialEq");
    for (schema, path) in provider.replacements {
        settings.with_replacement(schema, path, std::iter::empty());
    }
    let mut generator = progenitor::Generator::new(&settings);
    let tokens = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        generator.generate_tokens(&openapi)
    }))
    .map_err(|_| {
        format!(
            "{}: progenitor panicked (see the message above); fix the spec",
            spec.file
        )
    })?
    .map_err(|e| format!("{}: progenitor: {e}", spec.file))?;

    let mut file: syn::File = syn::parse2(tokens)
        .map_err(|e| format!("{}: generated code does not parse: {e}", spec.file))?;
    post_process(&mut file, provider, &metas)?;
    let body = prettyplease::unparse(&file);
    Ok(format!(
        "// Generated from `{}` by `cargo xtask generate` (progenitor {}).\n\
         // Do not edit: change the spec or xtask/src/providers.rs, then run `cargo xtask generate`.\n\n{body}",
        provider.spec, PROGENITOR_VERSION
    ))
}

/// The progenitor release the generated code comes from, stated in each file's header.
const PROGENITOR_VERSION: &str = "0.15.1";

/// The edits progenitor cannot be configured to make.
fn post_process(
    file: &mut syn::File,
    provider: &Provider,
    metas: &[OperationMeta],
) -> Result<(), String> {
    let mut editor = Editor {
        provider,
        metas,
        deprecated_found: 0,
        error: None,
    };
    editor.visit_file_mut(file);
    if let Some(e) = editor.error {
        return Err(e);
    }
    let expected = metas.iter().filter(|m| m.deprecated.is_some()).count();
    if editor.deprecated_found != expected {
        return Err(format!(
            "{}: marked {} of {expected} deprecated operations; progenitor's method naming changed?",
            provider.spec, editor.deprecated_found
        ));
    }
    file.items.push(
        syn::parse2(operations_module(metas)).map_err(|e| format!("operations module: {e}"))?,
    );
    Ok(())
}

struct Editor<'a> {
    provider: &'a Provider,
    metas: &'a [OperationMeta],
    deprecated_found: usize,
    error: Option<String>,
}

impl VisitMut for Editor<'_> {
    fn visit_item_impl_mut(&mut self, item: &mut syn::ItemImpl) {
        // `impl Client { pub fn op(&self) -> builder::Op }`: deprecate the methods of deprecated operations.
        let is_client = matches!(&*item.self_ty, syn::Type::Path(p) if p.path.is_ident("Client"))
            && item.trait_.is_none();
        if is_client {
            for impl_item in &mut item.items {
                if let syn::ImplItem::Fn(f) = impl_item {
                    let name = f.sig.ident.to_string();
                    if let Some(meta) = self.metas.iter().find(|m| method_name(&m.id) == name) {
                        if let Some(note) = &meta.deprecated {
                            f.attrs.push(syn::parse_quote!(#[deprecated(note = #note)]));
                            self.deprecated_found += 1;
                        }
                    }
                }
            }
        }
        syn::visit_mut::visit_item_impl_mut(self, item);
    }

    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        if !self.provider.api_version_header {
            block.stmts.retain(|stmt| {
                let text = quote!(#stmt).to_string();
                !(text.contains("\"api-version\"") && text.contains("api_version"))
            });
        }
        syn::visit_mut::visit_block_mut(self, block);
    }

    fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
        // progenitor's `ResponseValue::from_response` drops the HTTP status when a body fails to decode;
        // the runtime's version keeps status and body so callers get a typed error with both.
        if let syn::Expr::Path(p) = &mut *call.func {
            let segments: Vec<String> = p
                .path
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect();
            if segments == ["ResponseValue", "from_response"] {
                p.path = syn::parse_quote!(apifleet_runtime::decode::from_response);
            }
        }
        if self.error.is_none() {
            syn::visit_mut::visit_expr_call_mut(self, call);
        }
    }
}

/// `pub mod operations`: each operation's metadata as a sorted static table.
fn operations_module(metas: &[OperationMeta]) -> TokenStream {
    let entries = metas.iter().map(|m| {
        let id = &m.id;
        let rust_name = &m.rust_name;
        let method = &m.method;
        let path = &m.path;
        let deprecated = match &m.deprecated {
            Some(n) => quote!(Some(#n)),
            None => quote!(None),
        };
        let security = &m.security;
        let headers = m.config_headers.iter().map(|h| {
            let name = &h.name;
            let required = h.required;
            quote!(apifleet_runtime::ConfigHeader { name: #name, required: #required })
        });
        quote! {
            apifleet_runtime::OperationMeta {
                id: #id,
                rust_name: #rust_name,
                method: #method,
                path: #path,
                deprecated: #deprecated,
                security: &[#(#security),*],
                config_headers: &[#(#headers),*],
            }
        }
    });
    let count = metas.len();
    quote! {
        /// What the spec says about each operation (method, path template, deprecation, security
        /// schemes, headers set from the client's configuration), sorted by Rust method name.
        pub mod operations {
            /// Every operation of the spec.
            pub static ALL: [apifleet_runtime::OperationMeta; #count] = [#(#entries),*];

            /// Looks an operation up by its Rust method name (what hooks receive as `OperationInfo::operation_id`).
            pub fn find(rust_name: &str) -> Option<&'static apifleet_runtime::OperationMeta> {
                ALL.binary_search_by(|m| m.rust_name.cmp(rust_name)).ok().map(|i| &ALL[i])
            }
        }
    }
}

/// A unified diff of at most 40 lines, for `--check`.
fn short_diff(old: &str, new: &str, name: &str) -> String {
    let diff = similar::TextDiff::from_lines(old, new);
    let text = diff
        .unified_diff()
        .context_radius(2)
        .header(
            &format!("{name} (committed)"),
            &format!("{name} (from spec)"),
        )
        .to_string();
    let mut lines: Vec<&str> = text.lines().collect();
    let total = lines.len();
    if total > 40 {
        lines.truncate(40);
        return format!("{}\n... ({} more diff lines)", lines.join("\n"), total - 40);
    }
    lines.join("\n")
}
