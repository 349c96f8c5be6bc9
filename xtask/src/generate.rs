//! `cargo xtask generate [--check]`: spec → validation → progenitor → post-processing → prettyplease.

use crate::bodiless::{self, Statuses};
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
/// Providers are generated side by side, one thread each.
pub fn run(root: &Path, check: bool) -> Result<(), String> {
    // Every spec is checked before failing, so one run names every problem.
    let stale: Vec<String> = std::thread::scope(|scope| {
        let workers: Vec<_> = PROVIDERS
            .iter()
            .map(|provider| scope.spawn(move || generate_provider(root, provider, check)))
            .collect();
        workers
            .into_iter()
            .zip(PROVIDERS)
            .flat_map(|(worker, provider)| {
                worker.join().unwrap_or_else(|_| {
                    vec![format!(
                        "{}: generation panicked (see above)",
                        provider.spec
                    )]
                })
            })
            .collect()
    });
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

/// One provider: its module and every-operation table, written or checked; the problems found.
fn generate_provider(root: &Path, provider: &Provider, check: bool) -> Vec<String> {
    let mut stale = Vec::new();
    // The spec is loaded once for the module and the every-operation table.
    let spec = match Spec::load(root, provider.spec) {
        Ok(spec) => spec,
        Err(e) => return vec![e],
    };
    let (file, code) = match generate_checked(&spec, provider) {
        Ok(generated) => generated,
        Err(e) => return vec![e],
    };
    if let Err(e) = crate::gate::check_manifest(root, provider) {
        stale.push(e);
    }
    let table = match every_operation_table(&spec, provider, &file) {
        Ok(table) => table,
        Err(e) => {
            stale.push(e);
            return stale;
        }
    };
    for (file, text) in [
        (provider.output.to_string(), &code),
        (crate::every_operation::output(provider), &table),
    ] {
        if let Err(e) = write_or_check(root, &file, provider.spec, text, check) {
            stale.push(e);
        }
    }
    stale
}

/// The provider's table for the every-operation test, from its spec and its generated code.
fn every_operation_table(
    spec: &Spec,
    provider: &Provider,
    file: &syn::File,
) -> Result<String, String> {
    let (_, metas) = metadata::extract(spec)?;
    crate::every_operation::dispatcher(provider, spec, &metas, file)
}

/// Writes `text` to `file`, or with `check` fails with a diff when the file differs.
fn write_or_check(
    root: &Path,
    file: &str,
    spec: &str,
    text: &str,
    check: bool,
) -> Result<(), String> {
    let out = root.join(file);
    if check {
        let current = std::fs::read_to_string(&out).unwrap_or_default();
        if current != text {
            return Err(format!(
                "{file} is stale: it does not match {spec} (run `cargo xtask generate`)\n{}",
                short_diff(&current, text, file)
            ));
        }
    } else if std::fs::read_to_string(&out).is_ok_and(|current| current == text) {
        // Left alone: a rewrite with the same bytes would still make cargo rebuild the crate.
        println!("unchanged {file}");
    } else {
        if let Some(dir) = out.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("{file}: cannot create its folder: {e}"))?;
        }
        std::fs::write(&out, text).map_err(|e| format!("{file}: cannot write: {e}"))?;
        println!("generated {file} from {spec}");
    }
    Ok(())
}

/// Checks one provider's spec is valid OpenAPI 3.0, then generates its module as formatted source
/// text.
#[cfg(test)]
pub fn generate(root: &Path, provider: &Provider) -> Result<String, String> {
    generate_checked(&Spec::load(root, provider.spec)?, provider).map(|(_, code)| code)
}

/// Checks a loaded spec is valid OpenAPI 3.0, then generates its module (`run` loads each spec once
/// for the module and the every-operation table).
fn generate_checked(spec: &Spec, provider: &Provider) -> Result<(syn::File, String), String> {
    let problems = crate::validate::openapi(spec);
    if !problems.is_empty() {
        return Err(format!(
            "{} is not valid OpenAPI 3.0 ({} problems):\n{}",
            provider.spec,
            problems.len(),
            problems.join("\n")
        ));
    }
    generate_file(spec, provider)
}

/// Generates from an already loaded spec (also used by tests and spec-diff, which compares past
/// revisions too and so checks only what progenitor needs).
pub fn generate_from(spec: &Spec, provider: &Provider) -> Result<String, String> {
    generate_file(spec, provider).map(|(_, code)| code)
}

/// [`generate_from`], with the generated module as syntax too (the every-operation table reads it).
fn generate_file(spec: &Spec, provider: &Provider) -> Result<(syn::File, String), String> {
    let problems = validate(spec);
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    let (mut doc, metas) = metadata::extract(spec)?;
    let bodiless = bodiless::take(spec, &mut doc)?;
    let openapi: openapiv3::OpenAPI = serde_json::from_value(doc)
        .map_err(|e| format!("{}: not a valid OpenAPI 3.0 document: {e}", spec.file))?;

    let inner = quote!(apifleet_runtime::hooks::SharedHooks);
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
    let int_enums = if provider.int_enums {
        crate::int_enums::find(spec, provider.replacements)?
    } else {
        Vec::new()
    };
    for e in &int_enums {
        settings.with_replacement(
            &e.name,
            crate::int_enums::rust_path(&e.name),
            [progenitor::TypeImpl::Display].into_iter(),
        );
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
    post_process(&mut file, provider, &metas, &bodiless)?;
    crate::int_enums::emit(&mut file, &int_enums).map_err(|e| format!("{}: {e}", spec.file))?;
    let oneofs = crate::oneofs::find(spec)?;
    crate::oneofs::apply(&mut file, &oneofs).map_err(|e| format!("{}: oneofs: {e}", spec.file))?;
    if provider.schemars_feature {
        optional_json_schema(&mut file);
    }
    if provider.open_enums {
        crate::open_enums::apply(&mut file);
    }
    if provider.request_builders_only {
        crate::gate::trim_response_builders(&mut file);
    }
    // Operation → feature, when the provider has area features (streams carry them too).
    let areas = if provider.area_features {
        crate::gate::areas(spec)
    } else {
        Default::default()
    };
    if let Some(paging) = &provider.number_paging {
        let paged = crate::streams::number_paged_operations(spec, paging)?;
        crate::streams::emit_by_number(&mut file, &paged, paging, &areas)
            .map_err(|e| format!("{}: streams: {e}", spec.file))?;
    }
    if let Some(paging) = &provider.token_paging {
        let paged = crate::streams::paged_operations(spec, paging)?;
        crate::streams::emit(&mut file, &paged, paging, &areas)
            .map_err(|e| format!("{}: streams: {e}", spec.file))?;
    }
    if let Some(paging) = &provider.offset_paging {
        let paged = crate::streams::offset_paged_operations(spec, paging)?;
        crate::streams::emit_offset(&mut file, &paged, paging, &areas)
            .map_err(|e| format!("{}: streams: {e}", spec.file))?;
    }
    if provider.area_features {
        crate::gate::apply(
            &mut file,
            &areas,
            &crate::gate::type_areas(spec),
            provider.always,
        )
        .map_err(|e| format!("{}: {e}", spec.file))?;
    }
    let body = prettyplease::unparse(&file);
    let code = format!(
        "// Generated from `{}` by `cargo xtask generate` (progenitor {}).\n\
         // Do not edit: change the spec or xtask/src/providers.rs, then run `cargo xtask generate`.\n\n{body}",
        provider.spec, PROGENITOR_VERSION
    );
    Ok((file, code))
}

/// The items of the generated `types` module, which the post-processing passes add to and edit.
pub fn types_items(file: &mut syn::File) -> Option<&mut Vec<syn::Item>> {
    file.items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == "types" => m.content.as_mut().map(|(_, items)| items),
        _ => None,
    })
}

/// Moves `schemars::JsonSchema` out of every derive list into
/// `#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]`.
fn optional_json_schema(file: &mut syn::File) {
    struct Derives;
    impl VisitMut for Derives {
        fn visit_attributes_mut(&mut self, attrs: &mut Vec<syn::Attribute>) {
            let mut moved = false;
            for attr in attrs.iter_mut() {
                if !attr.path().is_ident("derive") {
                    continue;
                }
                let Ok(paths) = attr.parse_args_with(
                    syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
                ) else {
                    continue;
                };
                let kept: Vec<&syn::Path> = paths
                    .iter()
                    .filter(|p| {
                        let is_schema = p.segments.last().is_some_and(|s| s.ident == "JsonSchema");
                        moved |= is_schema;
                        !is_schema
                    })
                    .collect();
                *attr = syn::parse_quote!(#[derive(#(#kept),*)]);
            }
            if moved {
                attrs.push(syn::parse_quote!(
                    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
                ));
            }
        }
    }
    Derives.visit_file_mut(file);
}

/// The progenitor release the generated code comes from, stated in each file's header.
const PROGENITOR_VERSION: &str = "0.15.1";

/// The edits progenitor cannot be configured to make.
fn post_process(
    file: &mut syn::File,
    provider: &Provider,
    metas: &[OperationMeta],
    bodiless: &Statuses,
) -> Result<(), String> {
    let mut editor = Editor {
        provider,
        metas,
        deprecated_found: 0,
        bodiless,
        sending: None,
        bodiless_answered: 0,
    };
    editor.visit_file_mut(file);
    let expected = metas.iter().filter(|m| m.deprecated.is_some()).count();
    if editor.deprecated_found != expected {
        return Err(format!(
            "{}: marked {} of {expected} deprecated operations; progenitor's method naming changed?",
            provider.spec, editor.deprecated_found
        ));
    }
    if editor.bodiless_answered != bodiless.len() {
        return Err(format!(
            "{}: answered body-less error statuses in {} of {} operations; progenitor's `send()` changed?",
            provider.spec,
            editor.bodiless_answered,
            bodiless.len()
        ));
    }
    file.items.push(
        syn::parse2(operations_module(metas)).map_err(|e| format!("operations module: {e}"))?,
    );
    file.items
        .push(syn::parse2(hooks_impl()).map_err(|e| format!("hooks impl: {e}"))?);
    Ok(())
}

/// progenitor's `ClientHooks` for the generated `Client`, handing every call to the
/// `apifleet_runtime::hooks::Hooks` the client was built with. It must live beside the generated
/// `Client` (the orphan rule), and it is all the generated crate knows of the hand-written layer.
fn hooks_impl() -> TokenStream {
    quote! {
        impl ClientHooks<apifleet_runtime::hooks::SharedHooks> for Client {
            async fn pre<E>(
                &self,
                request: &mut reqwest::Request,
                info: &OperationInfo,
            ) -> Result<(), Error<E>> {
                let call = apifleet_runtime::hooks::Call {
                    http: self.client(),
                    base_url: self.baseurl(),
                    operation_id: info.operation_id,
                    meta: operations::find(info.operation_id),
                };
                self.inner()
                    .prepare(call, request)
                    .await
                    .map_err(apifleet_runtime::hooks::widen)
            }

            async fn exec(
                &self,
                request: reqwest::Request,
                info: &OperationInfo,
            ) -> reqwest::Result<reqwest::Response> {
                let call = apifleet_runtime::hooks::Call {
                    http: self.client(),
                    base_url: self.baseurl(),
                    operation_id: info.operation_id,
                    meta: operations::find(info.operation_id),
                };
                self.inner().execute(call, request).await
            }
        }
    }
}

struct Editor<'a> {
    provider: &'a Provider,
    metas: &'a [OperationMeta],
    deprecated_found: usize,
    bodiless: &'a Statuses,
    /// The body-less error statuses of the builder `send()` being visited.
    sending: Option<&'a [u16]>,
    bodiless_answered: usize,
}

/// The operation a builder's `send()` performs: the `operation_id` it passes to the hooks
/// (`OperationInfo { operation_id: "..." }`).
fn operation_of(f: &syn::ImplItemFn) -> Option<String> {
    let text = quote!(#f).to_string();
    let rest = text.split("operation_id : \"").nth(1)?;
    rest.split('"').next().map(str::to_string)
}

impl VisitMut for Editor<'_> {
    fn visit_impl_item_fn_mut(&mut self, f: &mut syn::ImplItemFn) {
        // A builder's `send()`: statuses declared without a body are answered first (see
        // `crate::bodiless`).
        self.sending = if f.sig.ident == "send" {
            operation_of(f)
                .and_then(|op| self.bodiless.get(&op))
                .map(Vec::as_slice)
        } else {
            None
        };
        syn::visit_mut::visit_impl_item_fn_mut(self, f);
        self.sending = None;
    }

    fn visit_expr_match_mut(&mut self, m: &mut syn::ExprMatch) {
        let scrutinee = &m.expr;
        let on_status = quote!(#scrutinee).to_string().contains("status ()");
        if let Some(statuses) = self.sending.filter(|_| on_status) {
            m.arms.insert(0, bodiless::arm(statuses));
            self.bodiless_answered += 1;
            self.sending = None;
        }
        syn::visit_mut::visit_expr_match_mut(self, m);
    }

    fn visit_item_impl_mut(&mut self, item: &mut syn::ItemImpl) {
        // `impl Client { pub fn op(&self) -> builder::Op }`: deprecate the methods of deprecated operations.
        let is_client = matches!(&*item.self_ty, syn::Type::Path(p) if p.path.is_ident("Client"))
            && item.trait_.is_none();
        if is_client {
            // `Client::new` unwraps the result of building a `reqwest::Client` (which can fail, e.g.
            // when TLS cannot initialise); the hand-written layers build clients with
            // `new_with_client` and report that failure as an error, so the panicking path goes.
            item.items.retain(
                |impl_item| !matches!(impl_item, syn::ImplItem::Fn(f) if f.sig.ident == "new"),
            );
            for impl_item in &mut item.items {
                if let syn::ImplItem::Fn(f) = impl_item {
                    let name = f.sig.ident.to_string();
                    if let Some(meta) = self.metas.iter().find(|m| m.rust_name == name)
                        && let Some(note) = &meta.deprecated
                    {
                        f.attrs.push(syn::parse_quote!(#[deprecated(note = #note)]));
                        self.deprecated_found += 1;
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
        syn::visit_mut::visit_expr_call_mut(self, call);
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
        let idempotent = m.idempotent;
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
                idempotent: #idempotent,
            }
        }
    });
    let count = metas.len();
    quote! {
        /// What the spec says about each operation (method, path template, deprecation, security
        /// schemes, headers set from the client's configuration, idempotency), sorted by Rust
        /// method name.
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

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> std::path::PathBuf {
        crate::workspace_root()
    }

    fn jtl() -> &'static Provider {
        &PROVIDERS[0]
    }

    /// A scratch copy of the workspace's spec and committed output, to edit freely.
    struct Scratch(std::path::PathBuf);

    impl Scratch {
        fn new(name: &str) -> Scratch {
            let dir =
                std::env::temp_dir().join(format!("apifleet-xtask-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            for provider in PROVIDERS {
                let manifest = provider
                    .manifest()
                    .expect("crate directory")
                    .to_string_lossy()
                    .into_owned();
                let table = crate::every_operation::output(provider);
                for file in [provider.spec, provider.output, &manifest, &table] {
                    let to = dir.join(file);
                    std::fs::create_dir_all(to.parent().expect("has a parent")).expect("mkdir");
                    std::fs::copy(root().join(file), &to).expect("copy");
                }
            }
            Scratch(dir)
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn committed_code_is_fresh_and_generation_is_deterministic() {
        let first = generate(&root(), jtl()).expect("generates");
        let second = generate(&root(), jtl()).expect("generates");
        assert_eq!(first, second, "two runs must give the same bytes");
        let committed = std::fs::read_to_string(root().join(jtl().output)).expect("committed file");
        assert!(
            committed == first,
            "crates/jtl-api/src/generated.rs is stale: run `cargo xtask generate`"
        );
        assert!(
            first.starts_with("// Generated from `openapi/jtl-erp.yaml` by `cargo xtask generate`")
        );
        assert!(first.contains("Do not edit"));
    }

    #[test]
    fn check_fails_with_a_diff_when_the_spec_changes_without_regenerating() {
        let scratch = Scratch::new("stale");
        run(&scratch.0, true).expect("fresh copy passes");
        let spec = scratch.0.join(jtl().spec);
        let text = std::fs::read_to_string(&spec).expect("spec");
        let edited = text.replace("summary: Get Status", "summary: Get API status");
        assert_ne!(text, edited);
        std::fs::write(&spec, edited).expect("write");
        let err = run(&scratch.0, true).expect_err("stale output must fail the check");
        assert!(
            err.contains("crates/jtl-api/src/generated.rs is stale"),
            "{err}"
        );
        assert!(
            err.contains("Get API status"),
            "the diff shows the change: {err}"
        );
        run(&scratch.0, false).expect("regenerates");
        run(&scratch.0, true).expect("fresh again");
    }

    #[test]
    fn deprecated_operations_carry_a_rust_deprecation_with_the_replacement() {
        let code = generate(&root(), jtl()).expect("generates");
        let note = "#[deprecated(\n        note = \"Foreign-app registration is a no-op since JTL-Wawi 2.2.0 (since 2.1.0 the Wawi registers \
                    itself); register the app itself instead. Use `register_app_v2` instead.\"\n    )]\n    #[cfg(feature = \"registration\")]\n    pub fn \
                    update_foreign_app_by_registration_id_v1(";
        assert!(code.contains(note), "seed operation lost its deprecation");
        let count = code.matches("#[deprecated(").count();
        assert_eq!(
            count, 9,
            "the 6 v1 and 3 v2 deprecated operations, and nothing else"
        );
    }

    #[test]
    fn post_processing_removes_api_version_and_routes_decoding_through_the_runtime() {
        let code = generate(&root(), jtl()).expect("generates");
        assert!(
            !code.contains("HeaderName::from_static(\"api-version\")"),
            "JTL sets api-version from config"
        );
        assert!(
            !code.contains("Client::api_version()"),
            "JTL sets api-version from config"
        );
        assert!(!code.contains("ResponseValue::from_response"));
        assert!(code.contains("apifleet_runtime::decode::from_response(response)"));
        assert!(!code.contains(".unwrap()"), "no panicking constructor");
        assert!(code.contains("pub mod operations"));
        // Config-supplied headers are not builder fields.
        assert!(!code.contains("fn x_tenant_id") && !code.contains("fn x_challengecode"));
        assert!(code.contains("pub fn x_runas<"));
    }

    #[test]
    fn error_statuses_declared_without_a_body_are_answered_before_anything_is_decoded() {
        let code = generate(&root(), jtl()).expect("generates");
        let send = code
            .split("operation_id: \"fetch_registration_status_v2\"")
            .nth(1)
            .expect("the operation's send()");
        let arms = send
            .split("match response.status().as_u16() {")
            .nth(1)
            .expect("the status match");
        assert!(
            arms.trim_start().starts_with(
                "401u16 | 402u16 | 410u16 => {\n                    \
                 Err(apifleet_runtime::decode::error_without_body(response).await)"
            ),
            "{}",
            &arms[..300.min(arms.len())]
        );
        let this_match = arms
            .split("_ => Err(Error::UnexpectedResponse(response))")
            .next()
            .unwrap_or(arms);
        assert!(
            this_match.contains("404u16 =>") && this_match.matches("410u16").count() == 1,
            "progenitor no longer sees the body-less 410"
        );
    }

    #[test]
    fn a_deprecated_operation_without_a_replacement_hint_is_refused() {
        let mut spec = Spec::load(&root(), jtl().spec).expect("loads");
        let op = spec
            .doc
            .pointer_mut("/paths/~1v1~1info/get")
            .expect("getInfo");
        op["deprecated"] = serde_json::Value::Bool(true);
        let err = generate_from(&spec, jtl()).expect_err("refused");
        assert!(
            err.contains(
                "openapi/jtl-erp.yaml: getInfo: deprecated operations need `x-replaced-by`"
            ),
            "{err}"
        );
    }

    #[test]
    fn a_spec_problem_is_reported_with_file_and_operation_not_a_panic() {
        let mut spec = Spec::load(&root(), jtl().spec).expect("loads");
        let op = spec
            .doc
            .pointer_mut("/paths/~1v1~1info/get/responses")
            .expect("responses");
        op["404"] = serde_json::json!({"description": "x", "content": {"application/json": {"schema": {"type": "string"}}}});
        let err = generate_from(&spec, jtl()).expect_err("refused");
        assert!(
            err.contains(
                "openapi/jtl-erp.yaml: getInfo (GET /v1/info): 2 different error body types"
            ),
            "{err}"
        );
    }
}
