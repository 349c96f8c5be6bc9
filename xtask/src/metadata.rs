//! Per-operation facts the hand-written layers read at run time, taken from the spec.
//!
//! Two spec extensions drive it:
//! - `x-apifleet-from-config: true` on a header parameter: the client sets this header from its
//!   configuration, so it is removed from the generated builders and listed here instead.
//! - `deprecated: true` with `x-replaced-by` (an operationId) and `x-deprecation-note`: becomes a Rust
//!   `#[deprecated]` note on the generated method.
//! - `x-idempotent: true|false`: whether the operation may be sent twice (the retry policy reads
//!   it); without it, the method decides.

use crate::spec::Spec;
use serde_json::Value;

/// A header the client adds from its configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigHeader {
    pub name: String,
    pub required: bool,
}

/// What the generator and the hand-written layer need to know about one operation.
#[derive(Debug, Clone)]
pub struct OperationMeta {
    pub id: String,
    /// The Rust method name, which progenitor also passes to the hooks as `OperationInfo::operation_id`.
    pub rust_name: String,
    pub method: String,
    pub path: String,
    pub deprecated: Option<String>,
    pub security: Vec<String>,
    pub config_headers: Vec<ConfigHeader>,
    /// `x-idempotent` where the spec says, else from the method (GET, HEAD, PUT, DELETE, OPTIONS).
    pub idempotent: bool,
}

/// Removes config-supplied header parameters from a copy of the spec and collects every operation's
/// metadata, sorted by Rust method name.
pub fn extract(spec: &Spec) -> Result<(Value, Vec<OperationMeta>), String> {
    let mut doc = spec.doc.clone();
    let mut metas = Vec::new();
    let global_security = security_names(spec.doc.get("security"));
    for op in spec.operations() {
        let id = op
            .op
            .get("operationId")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let mut config_headers = Vec::new();
        for params in [op.path_params, op.op.get("parameters")]
            .into_iter()
            .flatten()
        {
            for param in params.as_array().into_iter().flatten() {
                let resolved = spec.resolve(param)?;
                if resolved
                    .get("x-apifleet-from-config")
                    .and_then(Value::as_bool)
                    == Some(true)
                {
                    if resolved.get("in").and_then(Value::as_str) != Some("header") {
                        return Err(format!(
                            "{}: {}: x-apifleet-from-config is only for header parameters",
                            spec.file,
                            op.label()
                        ));
                    }
                    let name = resolved
                        .get("name")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string();
                    let required = resolved
                        .get("required")
                        .and_then(Value::as_bool)
                        .unwrap_or(false);
                    config_headers.push(ConfigHeader { name, required });
                }
            }
        }
        let deprecated = if op.op.get("deprecated").and_then(Value::as_bool) == Some(true) {
            Some(deprecation_note(spec, op.op)?)
        } else {
            None
        };
        let security = match op.op.get("security") {
            Some(s) => security_names(Some(s)),
            None => global_security.clone(),
        };
        let idempotent = match op.op.get("x-idempotent") {
            None => matches!(op.method, "get" | "head" | "put" | "delete" | "options"),
            Some(Value::Bool(b)) => *b,
            Some(_) => {
                return Err(format!(
                    "{}: {}: x-idempotent must be true or false",
                    spec.file,
                    op.label()
                ));
            }
        };
        metas.push(OperationMeta {
            idempotent,
            rust_name: crate::generate::method_name(&id),
            id,
            method: op.method.to_uppercase(),
            path: op.path.to_string(),
            deprecated,
            security,
            config_headers,
        });
    }
    // Strip the config-supplied parameters so progenitor does not make them builder fields.
    let is_config = |spec: &Spec, p: &Value| {
        spec.resolve(p)
            .map(|r| r.get("x-apifleet-from-config").and_then(Value::as_bool) == Some(true))
            .unwrap_or(false)
    };
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for item in paths.values_mut() {
            let Some(item) = item.as_object_mut() else {
                continue;
            };
            for (key, value) in item.iter_mut() {
                let params = if key == "parameters" {
                    Some(value)
                } else {
                    value.get_mut("parameters")
                };
                if let Some(Value::Array(list)) = params {
                    list.retain(|p| !is_config(spec, p));
                }
            }
        }
    }
    metas.sort_by(|a, b| a.rust_name.cmp(&b.rust_name));
    Ok((doc, metas))
}

fn security_names(security: Option<&Value>) -> Vec<String> {
    let mut names: Vec<String> = security
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .flat_map(|req| req.keys().cloned())
        .collect();
    names.sort();
    names.dedup();
    names
}

fn deprecation_note(spec: &Spec, op: &Value) -> Result<String, String> {
    let id = op
        .get("operationId")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let note = op
        .get("x-deprecation-note")
        .and_then(Value::as_str)
        .map(str::trim);
    let replaced_by = op.get("x-replaced-by").and_then(Value::as_str);
    if note.is_none() && replaced_by.is_none() {
        return Err(format!(
            "{}: {id}: deprecated operations need `x-replaced-by` or `x-deprecation-note` so users learn what to use instead",
            spec.file
        ));
    }
    if let Some(target) = replaced_by {
        let exists = spec
            .operations()
            .iter()
            .any(|o| o.op.get("operationId").and_then(Value::as_str) == Some(target));
        if !exists {
            return Err(format!(
                "{}: {id}: x-replaced-by names `{target}`, which is not an operationId in this spec",
                spec.file
            ));
        }
    }
    let mut text = String::new();
    if let Some(note) = note {
        text.push_str(note);
    }
    if let Some(target) = replaced_by {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&format!(
            "Use `{}` instead.",
            crate::generate::method_name(target)
        ));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn metas(yaml: &str) -> Result<Vec<OperationMeta>, String> {
        let spec = Spec::parse("test.yaml", yaml)?;
        extract(&spec).map(|(_, metas)| metas)
    }

    const SPEC: &str = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /read:
    post: {operationId: read, x-idempotent: true, responses: {'200': {description: OK}}}
  /write:
    post: {operationId: write, responses: {'200': {description: OK}}}
  /append:
    put: {operationId: append, x-idempotent: false, responses: {'200': {description: OK}}}
  /get:
    get: {operationId: get, responses: {'200': {description: OK}}}
"#;

    #[test]
    fn idempotency_comes_from_the_spec_else_from_the_method() {
        let metas = metas(SPEC).expect("valid spec");
        let idempotent = |id: &str| {
            metas
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.idempotent)
                .expect("operation")
        };
        assert!(idempotent("read"), "a POST the spec marks");
        assert!(!idempotent("write"), "a POST without a mark");
        assert!(!idempotent("append"), "a PUT the spec marks false");
        assert!(idempotent("get"), "a GET without a mark");
    }

    #[test]
    fn a_non_boolean_mark_is_refused() {
        let err =
            metas(&SPEC.replace("x-idempotent: true", "x-idempotent: 'yes'")).expect_err("refused");
        assert!(err.contains("x-idempotent must be true or false"), "{err}");
    }
}
