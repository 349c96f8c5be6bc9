//! `cargo xtask import <provider> --from <published document>`: a provider's published OpenAPI
//! document, converted to 3.0.3, named, merged and corrected by our overlay, becomes
//! `openapi/<provider>.yaml`, the reviewed spec `generate` and `spec-diff` read.
//!
//! The published document is read here and nowhere else; it is not committed. Only facts travel
//! (paths, parameters, schemas, constraints, enum values, short titles): descriptions are dropped and
//! each operation links to the provider's reference page instead. The spec records which document it
//! came from (title, version, SHA-256).
//!
//! Steps, each in its own module: [`convert`] (3.1 → 3.0.3), [`names`] (operationIds from the
//! committed table), [`merge`] (repeated inline schemas → named components), [`overlay`] (our
//! corrections, each with its reason).

pub mod convert;
pub mod merge;
pub mod names;
pub mod overlay;

use crate::spec::Spec;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::path::Path;

/// What an import needs to know about one provider.
#[derive(Debug)]
pub struct Source {
    /// The name on the command line.
    pub provider: &'static str,
    /// Who publishes the document, for messages and the spec header.
    pub publisher: &'static str,
    /// The spec we write, relative to the workspace root.
    pub spec: &'static str,
    /// Our corrections (OpenAPI Overlay 1.0).
    pub overlay: &'static str,
    /// The committed names table.
    pub names: &'static str,
    /// The provider's reference page for an operation, from its tag and summary.
    pub reference: fn(tag: &str, summary: &str) -> String,
    /// Put before every published path: JTL's document says `/items` for what its Cloud serves
    /// version 1 of at `/v1/items` (an unversioned path gets the newest version).
    pub path_prefix: &'static str,
    /// Parameters the document repeats inline on every operation that our spec declares once:
    /// `(in, published name, component)`; each becomes `$ref: '#/components/parameters/<component>'`
    /// and the overlay defines the component (name, type, `x-apifleet-from-config`, deviation).
    pub shared_parameters: &'static [(&'static str, &'static str, &'static str)],
    /// Whether every property of what we receive is optional: JTL marks every response property
    /// required and never nullable, and sends nulls or leaves them out. The overlay restores
    /// `required` where a value is always there.
    pub optional_response_properties: bool,
    /// The provider's tags grouped into our areas (one Cargo feature each): `(tag, area)`. Each
    /// operation gets `x-apifleet-area` from its first tag; a tag not listed fails the import, so
    /// a new upstream area is placed by a person. Empty: the first tag is the area (Dfns).
    pub areas: &'static [(&'static str, &'static str)],
}

/// Every provider imported from a published document.
pub const SOURCES: &[Source] = &[
    Source {
        provider: "dfns",
        publisher: "Dfns",
        spec: "openapi/dfns.yaml",
        overlay: "openapi/overlays/dfns.yaml",
        names: "openapi/overlays/dfns.names.yaml",
        reference: |tag, summary| {
            format!(
                "https://docs.dfns.co/api-reference/{}/{}",
                slug(tag),
                slug(summary)
            )
        },
        path_prefix: "",
        shared_parameters: &[],
        optional_response_properties: false,
        areas: &[],
    },
    Source {
        provider: "jtl",
        publisher: "JTL",
        spec: "openapi/jtl-erp.yaml",
        overlay: "openapi/overlays/jtl.yaml",
        names: "openapi/overlays/jtl.names.yaml",
        reference: |tag, summary| {
            format!(
                "https://developer.jtl-software.com/api-reference/v1.0/{}/{}",
                slug(tag),
                slug(summary)
            )
        },
        path_prefix: "/v1",
        shared_parameters: &[
            ("header", "tenant-id", "TenantId"),
            ("header", "x-challengecode", "ChallengeCode"),
            ("header", "api-version", "ApiVersion"),
            ("header", "x-api-key", "ApiKey"),
            ("header", "x-appid", "AppIdHeader"),
            ("header", "x-appversion", "AppVersionHeader"),
            ("header", "x-runas", "RunAs"),
            ("query", "pageNumber", "PageNumber"),
            ("query", "pageSize", "PageSize"),
            ("path", "registrationId", "RegistrationId"),
        ],
        optional_response_properties: true,
        areas: &[
            ("appRegistration", "registration"),
            ("info", "general"),
            ("features", "general"),
            ("odata", "general"),
            ("company", "general"),
            ("printer", "general"),
            ("colorcodes", "general"),
            ("item", "items"),
            ("category", "items"),
            ("property", "items"),
            ("supplier", "items"),
            ("tax", "items"),
            ("customer", "customers"),
            ("customerCategory", "customers"),
            ("customerGroup", "customers"),
            ("salesorder", "sales-orders"),
            ("offer", "sales-orders"),
            ("cancellationreason", "sales-orders"),
            ("onholdreason", "sales-orders"),
            ("saleschannel", "sales-orders"),
            ("paymentmethod", "sales-orders"),
            ("shippingmethod", "sales-orders"),
            ("transactionStatus", "sales-orders"),
            ("deliverynote", "delivery-notes"),
            ("invoice", "invoices"),
            ("creditnote", "invoices"),
            ("accountingData", "invoices"),
            ("return", "returns"),
            ("returnreason", "returns"),
            ("returnstate", "returns"),
            ("stock", "stock"),
            ("warehouse", "stock"),
            ("wms", "stock"),
        ],
    },
    // ZITADEL's v2 services: the input is one document of what ZITADEL's official SDK calls
    // (`xtask/scripts/zitadel_sdk_to_openapi.py`); tags are services, summaries RPC names.
    Source {
        provider: "zitadel-v2",
        publisher: "ZITADEL",
        spec: "openapi/zitadel-v2.yaml",
        overlay: "openapi/overlays/zitadel-v2.yaml",
        names: "openapi/overlays/zitadel-v2.names.yaml",
        reference: zitadel_reference,
        path_prefix: "",
        shared_parameters: &[],
        optional_response_properties: false,
        areas: &[],
    },
];

/// ZITADEL's reference page of an RPC: `<package>_service_v2/<service>-service-<rpc>`, the docs'
/// kebab case (`Organization`, `AddIDPLink` → `org_service_v2/organization-service-add-idp-link`).
fn zitadel_reference(tag: &str, rpc: &str) -> String {
    let package = match tag {
        "Organization" => "org".to_string(),
        "Identity Provider" => "idp".to_string(),
        "Web Key" => "webkey".to_string(),
        other => slug(other).replace('-', "_"),
    };
    format!(
        "https://zitadel.com/docs/apis/resources/{package}_service_v2/{}-service-{}",
        slug(tag),
        kebab(rpc)
    )
}

/// `AddIDPLink` → `add-idp-link`, `GetUserByID` → `get-user-by-id` (word breaks at a lower-upper
/// step, and before the last capital of a run that a lower-case letter follows).
fn kebab(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(char::is_ascii_lowercase);
            if prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower)
            {
                out.push('-');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// `Fee Sponsors` → `fee-sponsors`.
fn slug(text: &str) -> String {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

/// The result of one import, before anything is written.
#[derive(Debug)]
pub struct Imported {
    /// The spec's text.
    pub spec: String,
    /// The names table's text (new operations added, vanished ones dropped).
    pub names: String,
    /// What the import did, for people.
    pub report: String,
}

/// Reads the published document and our files, imports, writes the spec and the names table.
pub fn run(root: &Path, args: &[&str]) -> Result<(), String> {
    let (provider, from, replace) = match args {
        [provider, "--from", from] => (*provider, *from, false),
        [provider, "--from", from, "--replace-hand-written"] => (*provider, *from, true),
        _ => {
            return Err(
                "usage: cargo xtask import <provider> --from <published document> [--replace-hand-written]"
                    .into(),
            );
        }
    };
    let source = SOURCES
        .iter()
        .find(|s| s.provider == provider)
        .ok_or_else(|| {
            let known: Vec<&str> = SOURCES.iter().map(|s| s.provider).collect();
            format!("no importer for `{provider}` (known: {})", known.join(", "))
        })?;
    let published = std::fs::read(from)
        .map_err(|e| format!("{from}: cannot read the published document: {e}"))?;
    let read = |file: &str| {
        std::fs::read_to_string(root.join(file)).map_err(|e| format!("{file}: cannot read: {e}"))
    };
    let overlay = read(source.overlay)?;
    let names = std::fs::read_to_string(root.join(source.names)).unwrap_or_default();
    let file_name = Path::new(from)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let imported = import(source, &file_name, &published, &overlay, &names)?;
    // A spec without `x-apifleet-source` was written by hand: replacing it is a decision, not a
    // side effect of an import.
    let current = std::fs::read_to_string(root.join(source.spec)).unwrap_or_default();
    if !current.is_empty() && !current.contains("x-apifleet-source") && !replace {
        return Err(format!(
            "{} is hand-written (it has no x-apifleet-source); pass --replace-hand-written to replace it \
             with the imported spec\n{}",
            source.spec, imported.report
        ));
    }
    for (file, text) in [
        (source.spec, &imported.spec),
        (source.names, &imported.names),
    ] {
        std::fs::write(root.join(file), text).map_err(|e| format!("{file}: cannot write: {e}"))?;
    }
    print!("{}", imported.report);
    println!(
        "wrote {} and {}; next: cargo xtask generate",
        source.spec, source.names
    );
    Ok(())
}

/// The whole import, on texts: the same inputs give the same bytes.
pub fn import(
    source: &Source,
    file_name: &str,
    published: &[u8],
    overlay_text: &str,
    names_text: &str,
) -> Result<Imported, String> {
    let sha256 = hex(&Sha256::digest(published));
    let text = std::str::from_utf8(published)
        .map_err(|_| format!("{file_name}: the published document is not UTF-8"))?;
    let mut doc: Value =
        serde_norway::from_str(text).map_err(|e| format!("{file_name}: not JSON or YAML: {e}"))?;
    let title = doc
        .pointer("/info/title")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let version = doc
        .pointer("/info/version")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    // Keys as they read after the path prefix, so that kept and published compare.
    let with_prefix = |key: String| match key.split_once(' ') {
        Some((method, path)) => format!("{method} {}{path}", source.path_prefix),
        None => key,
    };
    let published_summaries: std::collections::BTreeMap<String, String> = summaries(&doc)
        .into_iter()
        .map(|(k, v)| (with_prefix(k), v))
        .collect();
    let published_ops: BTreeSet<String> = published_summaries.keys().cloned().collect();

    let mut counts = convert::Counts::new();
    convert::convert(&mut doc, &mut counts).map_err(|e| format!("{file_name}: {e}"))?;
    prefix_paths(&mut doc, source.path_prefix, &mut counts);
    share_parameters(&mut doc, source.shared_parameters, &mut counts);
    let mut names = names::Names::parse(source.names, names_text)?;
    let renamed = names.apply(&mut doc)?;
    link_reference_pages(&mut doc, source);
    let merged = merge::merge(&mut doc, &names.schemas)?;
    let relaxed_shared = if source.optional_response_properties {
        convert::optional_response_properties(&mut doc, &mut counts)
    } else {
        Vec::new()
    };
    let overlay = overlay::Overlay::parse(source.overlay, overlay_text)?;
    let applied = overlay.apply(&mut doc)?;
    assign_areas(&mut doc, source.areas)?;
    doc["info"]["x-apifleet-source"] = json!({
        "title": title, "version": version, "sha256": sha256, "file": file_name,
    });

    // The result must be a spec `generate` accepts.
    let spec_text = render(source, &doc);
    let spec = Spec::parse(source.spec, &spec_text)?;
    let mut problems = crate::validate::openapi(&spec);
    problems.extend(crate::validate::validate(&spec));
    if !problems.is_empty() {
        return Err(format!(
            "the imported spec is not one we can generate from:\n{}",
            problems.join("\n")
        ));
    }

    let mut report = format!(
        "{} {version} ({file_name}, sha256 {sha256}): {} operations published, {} in {}\n",
        source.publisher,
        published_ops.len(),
        operation_keys(&doc).len(),
        source.spec
    );
    report.push_str("conversion to 3.0.3:\n");
    for (category, count) in &counts {
        report.push_str(&format!("  {count:>6}  {category}\n"));
    }
    if !relaxed_shared.is_empty() {
        report.push_str(&format!(
            "optional in requests too (a response reaches them): {}\n",
            relaxed_shared.join(", ")
        ));
    }
    let occurrences: usize = merged.components.iter().map(|(_, n)| n).sum();
    report.push_str(&format!(
        "merged: {} named schemas in place of {occurrences} inline copies\n",
        merged.components.len()
    ));
    for name in &merged.suffixed {
        report.push_str(&format!(
            "  named with a suffix (pin a better name): {name}\n"
        ));
    }
    for pointer in &merged.unused_pins {
        report.push_str(&format!(
            "  pinned schema not found (stale pin): {pointer}\n"
        ));
    }
    for (key, name) in &renamed.added {
        report.push_str(&format!("new operation named: {key} → {name}\n"));
    }
    for (key, name) in &renamed.dropped {
        report.push_str(&format!(
            "gone from the published document: {key} ({name})\n"
        ));
    }
    report.push_str(&format!(
        "overlay: {} actions applied from {}\n",
        applied.len(),
        source.overlay
    ));
    // Every published operation that did not make it, with the overlay's reason.
    let kept = operation_keys(&doc);
    let mut left_out = 0;
    for key in published_ops.difference(&kept) {
        left_out += 1;
        let reason = removal_reason(&overlay, &applied, key, &published_summaries)
            .unwrap_or_else(|| "no overlay action names it (a bug in the import)".into());
        report.push_str(&format!("left out: {key}: {reason}\n"));
    }
    if left_out == 0 {
        report.push_str("left out: none\n");
    }
    Ok(Imported {
        spec: spec_text,
        names: names.render(source.provider),
        report,
    })
}

/// Sets each operation's `x-apifleet-area` from its first tag through the provider's table.
fn assign_areas(doc: &mut Value, areas: &[(&str, &str)]) -> Result<(), String> {
    if areas.is_empty() {
        return Ok(());
    }
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return Ok(());
    };
    for (path, item) in paths.iter_mut() {
        for (method, op) in item.as_object_mut().into_iter().flatten() {
            if !crate::spec::METHODS.contains(&method.as_str()) {
                continue;
            }
            let tag = op.pointer("/tags/0").and_then(Value::as_str).unwrap_or("");
            let area = areas
                .iter()
                .find(|(t, _)| *t == tag)
                .map(|(_, a)| *a)
                .ok_or_else(|| {
                    format!(
                        "{} {path}: tag `{tag}` has no area: add it to the source's `areas` \
                         (xtask/src/import/mod.rs)",
                        method.to_uppercase()
                    )
                })?;
            op["x-apifleet-area"] = json!(area);
        }
    }
    Ok(())
}

/// Puts `prefix` before every path (the published `METHOD /path` keys the report uses keep it).
fn prefix_paths(doc: &mut Value, prefix: &str, counts: &mut convert::Counts) {
    if prefix.is_empty() {
        return;
    }
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    let old = std::mem::take(paths);
    for (path, item) in old {
        paths.insert(format!("{prefix}{path}"), item);
        *counts
            .entry("paths prefixed with the version served")
            .or_default() += 1;
    }
}

/// Replaces every inline parameter named in `shared` by a `$ref` to its component.
fn share_parameters(doc: &mut Value, shared: &[(&str, &str, &str)], counts: &mut convert::Counts) {
    if shared.is_empty() {
        return;
    }
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for item in paths.values_mut() {
        for (key, node) in item.as_object_mut().into_iter().flatten() {
            let params = if key == "parameters" {
                Some(node)
            } else {
                node.get_mut("parameters")
            };
            for param in params.and_then(Value::as_array_mut).into_iter().flatten() {
                let place = param.get("in").and_then(Value::as_str).unwrap_or("");
                let name = param.get("name").and_then(Value::as_str).unwrap_or("");
                if let Some((_, _, component)) = shared
                    .iter()
                    .find(|(i, n, _)| *i == place && n.eq_ignore_ascii_case(name))
                {
                    *param = json!({ "$ref": format!("#/components/parameters/{component}") });
                    *counts
                        .entry("repeated parameters → shared components")
                        .or_default() += 1;
                }
            }
        }
    }
}

/// Each operation's description is a link to the provider's page, in our words.
fn link_reference_pages(doc: &mut Value, source: &Source) {
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for item in paths.values_mut() {
        for (method, op) in item.as_object_mut().into_iter().flatten() {
            if !crate::spec::METHODS.contains(&method.as_str()) {
                continue;
            }
            let tag = op.pointer("/tags/0").and_then(Value::as_str).unwrap_or("");
            let Some(summary) = op.get("summary").and_then(Value::as_str) else {
                continue;
            };
            let url = (source.reference)(tag, summary);
            let mut description = format!("{} reference: <{url}>", source.publisher);
            // A note the source document carries (operations added from an SDK) reaches the docs.
            if let Some(note) = op.get("x-deviation").and_then(Value::as_str) {
                description.push_str("\n\n");
                description.push_str(note);
            }
            op["description"] = json!(description);
        }
    }
}

/// The overlay action that removed an operation (or its whole path), if any.
fn removal_reason(
    overlay: &overlay::Overlay,
    applied: &[overlay::Applied],
    key: &str,
    summaries: &std::collections::BTreeMap<String, String>,
) -> Option<String> {
    let (method, path) = key.split_once(' ')?;
    let path_pointer = format!("/paths/{}", merge::escape(path));
    let op_pointer = format!("{path_pointer}/{}", method.to_ascii_lowercase());
    applied.iter().find_map(|a| {
        let action = &overlay.actions[a.action];
        (action.remove
            && a.pointers
                .iter()
                .any(|p| *p == op_pointer || *p == path_pointer))
        .then(|| {
            format!(
                "{} ({})",
                action.description.trim(),
                summaries.get(key).map(String::as_str).unwrap_or("")
            )
        })
    })
}

/// `METHOD /path` of every operation.
fn operation_keys(doc: &Value) -> BTreeSet<String> {
    summaries(doc).into_keys().collect()
}

fn summaries(doc: &Value) -> std::collections::BTreeMap<String, String> {
    let mut out = std::collections::BTreeMap::new();
    for (path, item) in doc
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        for (method, op) in item.as_object().into_iter().flatten() {
            if crate::spec::METHODS.contains(&method.as_str()) {
                let summary = op.get("summary").and_then(Value::as_str).unwrap_or("");
                out.insert(
                    format!("{} {path}", method.to_uppercase()),
                    summary.to_string(),
                );
            }
        }
    }
    out
}

/// The spec's text: a header saying where it came from, then the document.
fn render(source: &Source, doc: &Value) -> String {
    let body = serde_norway::to_string(doc).unwrap_or_default();
    format!(
        "# Imported from {}'s published OpenAPI document by `cargo xtask import {}`; do not edit.\n\
         # Corrections go in {} (each with its reason), names in {}.\n{body}",
        source.publisher, source.provider, source.overlay, source.names
    )
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests;
