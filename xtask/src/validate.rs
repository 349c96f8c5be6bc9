//! What progenitor cannot take, reported with the file and operation at fault instead of a panic.

use crate::spec::Spec;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// Checks a spec; returns every problem found, one line each.
pub fn validate(spec: &Spec) -> Vec<String> {
    let mut problems = Vec::new();
    let file = &spec.file;

    match spec.doc.get("openapi").and_then(Value::as_str) {
        Some(v) if v.starts_with("3.0.") => {}
        Some(v) => problems.push(format!(
            "{file}: `openapi: {v}` is not supported; progenitor takes OpenAPI 3.0.x only"
        )),
        None => problems.push(format!(
            "{file}: no `openapi` version field; progenitor takes OpenAPI 3.0.x only"
        )),
    }

    collect_unresolved_refs(spec, &spec.doc, &mut String::new(), &mut problems);

    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for op in spec.operations() {
        let label = op.label();
        match op.op.get("operationId").and_then(Value::as_str) {
            None | Some("") => problems.push(format!("{file}: {label}: missing operationId")),
            Some(id) => {
                if let Some(first) = seen.insert(id.to_string(), label.clone()) {
                    problems.push(format!(
                        "{file}: {label}: duplicate operationId `{id}` (first used by {first})"
                    ));
                }
            }
        }
        let responses = op.op.get("responses").and_then(Value::as_object);
        let Some(responses) = responses else {
            problems.push(format!("{file}: {label}: no responses"));
            continue;
        };
        let mut success = BTreeSet::new();
        let mut error = BTreeSet::new();
        for (code, response) in responses {
            let Ok(response) = spec.resolve(response) else {
                continue;
            };
            let body = body_type(response);
            let first = code.chars().next().unwrap_or('x');
            if code == "default" || matches!(first, '1' | '2' | '3') {
                success.insert(body.clone());
            }
            if code == "default" || matches!(first, '4' | '5') {
                error.insert(body);
            }
        }
        for (kind, set) in [("success", &success), ("error", &error)] {
            if set.len() > 1 {
                let list: Vec<_> = set.iter().map(String::as_str).collect();
                problems.push(format!(
                    "{file}: {label}: {} different {kind} body types ({}); progenitor takes one per operation \
                     (note that `default` counts as both a success and an error)",
                    set.len(),
                    list.join(", ")
                ));
            }
        }
    }
    problems
}

/// A name for what a response carries: its JSON schema, "raw" for other media types, or "no body".
fn body_type(response: &Value) -> String {
    let Some(content) = response.get("content").and_then(Value::as_object) else {
        return "no body".to_string();
    };
    if content.is_empty() {
        return "no body".to_string();
    }
    match content.get("application/json") {
        Some(media) => match media.get("schema") {
            Some(schema) => match schema.get("$ref").and_then(Value::as_str) {
                Some(r) => r.rsplit('/').next().unwrap_or(r).to_string(),
                None => schema.to_string(),
            },
            None => "no body".to_string(),
        },
        None => "raw bytes".to_string(),
    }
}

fn collect_unresolved_refs(spec: &Spec, value: &Value, at: &mut String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                if key == "$ref" {
                    if let Some(reference) = child.as_str()
                        && let Err(e) = spec.lookup(reference)
                    {
                        out.push(format!("{e} (at {at})"));
                    }
                    continue;
                }
                let len = at.len();
                at.push('/');
                at.push_str(key);
                collect_unresolved_refs(spec, child, at, out);
                at.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let len = at.len();
                at.push_str(&format!("/{i}"));
                collect_unresolved_refs(spec, child, at, out);
                at.truncate(len);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(yaml: &str) -> Vec<String> {
        validate(&Spec::parse("t.yaml", yaml).expect("test spec parses"))
    }

    const HEAD: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";

    #[test]
    fn accepts_a_clean_spec() {
        let yaml = format!(
            "{HEAD}paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200': {{description: ok}}\n"
        );
        assert_eq!(problems(&yaml), Vec::<String>::new());
    }

    #[test]
    fn rejects_openapi_3_1() {
        let p = problems("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
        assert_eq!(p.len(), 1);
        assert!(p[0].contains("t.yaml") && p[0].contains("3.1.0"), "{p:?}");
    }

    #[test]
    fn names_missing_and_duplicate_operation_ids() {
        let yaml = format!(
            "{HEAD}paths:\n  /a:\n    get:\n      operationId: x\n      responses: {{'200': {{description: ok}}}}\n    \
             post:\n      responses: {{'200': {{description: ok}}}}\n  /b:\n    get:\n      operationId: x\n      \
             responses: {{'200': {{description: ok}}}}\n"
        );
        let p = problems(&yaml);
        assert!(
            p.iter().any(|m| m.contains("POST /a: missing operationId")),
            "{p:?}"
        );
        assert!(
            p.iter()
                .any(|m| m.contains("duplicate operationId `x`") && m.contains("GET /b")),
            "{p:?}"
        );
    }

    #[test]
    fn names_the_operation_with_two_error_bodies() {
        let yaml = format!(
            "{HEAD}paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200': {{description: ok}}\n        \
             '404':\n          description: nf\n          content: {{application/json: {{schema: {{$ref: '#/components/schemas/E'}}}}}}\n        \
             '402': {{description: no licence}}\ncomponents:\n  schemas:\n    E: {{type: object}}\n"
        );
        let p = problems(&yaml);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].contains("getA (GET /a)") && p[0].contains("2 different error body types"),
            "{p:?}"
        );
    }

    #[test]
    fn default_response_counts_as_success_and_error() {
        let yaml = format!(
            "{HEAD}paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        \
             '200': {{description: ok, content: {{application/json: {{schema: {{type: string}}}}}}}}\n        \
             default: {{description: e, content: {{application/json: {{schema: {{type: integer}}}}}}}}\n"
        );
        let p = problems(&yaml);
        assert!(p.iter().any(|m| m.contains("success body types")), "{p:?}");
    }

    #[test]
    fn reports_unresolved_refs_with_their_location() {
        let yaml = format!(
            "{HEAD}paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        \
             '200': {{$ref: '#/components/responses/Nope'}}\n"
        );
        let p = problems(&yaml);
        assert!(
            p.iter().any(
                |m| m.contains("unresolved $ref `#/components/responses/Nope`")
                    && m.contains("/paths/~1a")
                    || m.contains("/paths//a")
            ),
            "{p:?}"
        );
    }
}
