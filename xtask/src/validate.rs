//! Checks of a spec before generation, reported with file, line and operation instead of a panic
//! or a silently wrong client: [`openapi`] for valid OpenAPI 3.0 (the OAI's JSON Schema, the rules
//! it cannot express, repeated YAML keys), [`validate`] for what progenitor cannot take.

mod rules;
mod schema;
mod yaml;

use crate::spec::Spec;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// Checks that a spec is valid OpenAPI 3.0: the OAI's JSON Schema, identical path templates, keys
/// no OpenAPI object has, media types without a schema, keys repeated in one YAML mapping. One
/// line per problem: `file:line: operation: message (at pointer)`.
pub fn openapi(spec: &Spec) -> Vec<String> {
    let mut problems = Vec::new();
    for dup in yaml::duplicate_keys(&spec.text) {
        let at = format!("{}/{}", dup.mapping, yaml::escape(&dup.key));
        problems.push(format!(
            "{}: key `{}` appears more than once in one mapping; YAML keeps only the last \
             (at {})",
            place(spec, &at, dup.line),
            dup.key,
            pointer_text(&dup.mapping)
        ));
    }
    let findings = rules::check(&spec.doc);
    for f in &findings {
        problems.push(format!(
            "{}: {} (at {})",
            place(spec, &f.at, None),
            f.message,
            pointer_text(&f.at)
        ));
    }
    match schema::check(&spec.doc) {
        Ok(violations) => {
            for v in violations {
                // A key the rules named already explains the schema's complaint about its object.
                let explained = findings.iter().any(|f| {
                    f.at == v.at || f.at.strip_prefix(&v.at).is_some_and(|r| r.starts_with('/'))
                });
                if !explained {
                    problems.push(format!(
                        "{}: not valid OpenAPI 3.0: {} (at {})",
                        place(spec, &v.at, None),
                        v.message,
                        pointer_text(&v.at)
                    ));
                }
            }
        }
        Err(e) => problems.push(e),
    }
    problems
}

/// `file:line: operation` for a JSON pointer, leaving out what is not known.
fn place(spec: &Spec, pointer: &str, line: Option<usize>) -> String {
    let line = line.or_else(|| yaml::line_of(&spec.text, pointer));
    let mut out = match line {
        Some(n) => format!("{}:{n}", spec.file),
        None => spec.file.clone(),
    };
    if let Some(op) = operation_at(spec, pointer) {
        out.push_str(": ");
        out.push_str(&op);
    }
    out
}

/// The operation a pointer lies in (`/paths/<path>/<method>/...`), as `operationId (METHOD path)`.
fn operation_at(spec: &Spec, pointer: &str) -> Option<String> {
    let mut parts = pointer.strip_prefix("/paths/")?.splitn(3, '/');
    let path = parts.next()?.replace("~1", "/").replace("~0", "~");
    let method = parts.next()?;
    spec.operations()
        .into_iter()
        .find(|o| o.path == path && o.method == method)
        .map(|o| o.label())
}

/// A pointer as shown in messages (`/` for the document itself).
fn pointer_text(pointer: &str) -> &str {
    if pointer.is_empty() { "/" } else { pointer }
}

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
            // An error status declared without a body is answered with the operation's error
            // type and no body (see `crate::bodiless`), so it takes no type of its own; a range or
            // `default` without a body does.
            let bodiless = body == NO_BODY && code.bytes().all(|b| b.is_ascii_digit());
            if (code == "default" || matches!(first, '4' | '5')) && !bodiless {
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

/// What [`body_type`] calls a response without content.
const NO_BODY: &str = "no body";

/// A name for what a response carries: its JSON schema, "raw" for other media types, or "no body".
fn body_type(response: &Value) -> String {
    let Some(content) = response.get("content").and_then(Value::as_object) else {
        return NO_BODY.to_string();
    };
    if content.is_empty() {
        return NO_BODY.to_string();
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
             '402': {{description: no licence, content: {{application/json: {{schema: {{type: string}}}}}}}}\n\
             components:\n  schemas:\n    E: {{type: object}}\n"
        );
        let p = problems(&yaml);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].contains("getA (GET /a)") && p[0].contains("2 different error body types"),
            "{p:?}"
        );
    }

    #[test]
    fn an_error_status_without_a_body_does_not_count_as_a_second_error_type() {
        let yaml = format!(
            "{HEAD}paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200': {{description: ok}}\n        \
             '404':\n          description: nf\n          content: {{application/json: {{schema: {{$ref: '#/components/schemas/E'}}}}}}\n        \
             '402': {{description: no licence}}\n        '410': {{description: gone}}\n\
             components:\n  schemas:\n    E: {{type: object}}\n"
        );
        assert_eq!(problems(&yaml), Vec::<String>::new());
    }

    fn openapi_problems(yaml: &str) -> Vec<String> {
        openapi(&Spec::parse("t.yaml", yaml).expect("test spec parses"))
    }

    /// One operation, `getA (GET /a)`, on lines 3-7; `extra` goes after its 200 response.
    fn one_operation(extra: &str) -> String {
        format!(
            "{HEAD}paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        \
             '200': {{description: ok, content: {{application/json: {{schema: {{type: string}}}}}}}}\n{extra}"
        )
    }

    #[test]
    fn a_clean_document_is_valid_openapi() {
        assert_eq!(openapi_problems(&one_operation("")), Vec::<String>::new());
    }

    #[test]
    fn the_openapi_schema_names_file_line_operation_and_place() {
        let yaml = one_operation("        '404': {content: {}}\n");
        let p = openapi_problems(&yaml);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].starts_with(
                "t.yaml:9: getA (GET /a): not valid OpenAPI 3.0: missing properties 'description'"
            ) && p[0].ends_with("(at /paths/~1a/get/responses/404)"),
            "{p:?}"
        );
    }

    #[test]
    fn identical_path_templates_are_named_with_both_paths() {
        let yaml = format!(
            "{HEAD}paths:\n  /a/{{id}}:\n    get:\n      operationId: getA\n      responses: {{'200': {{description: ok}}}}\n  \
             /a/{{aId}}:\n    put:\n      operationId: putA\n      responses: {{'200': {{description: ok}}}}\n"
        );
        let p = openapi_problems(&yaml);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].starts_with("t.yaml:4: path `/a/{id}` is the same template as `/a/{aId}`"),
            "{p:?}"
        );
    }

    #[test]
    fn a_flow_mapping_cut_at_a_comma_is_an_unknown_key_with_a_hint() {
        let yaml = one_operation(
            "        '201': {description: Created, with a body., content: {application/json: {schema: {type: string}}}}\n",
        );
        let p = openapi_problems(&yaml);
        assert_eq!(p.len(), 1, "the schema's own complaint is folded in: {p:?}");
        assert!(
            p[0].starts_with(
                "t.yaml:9: getA (GET /a): `with a body.` is not a key of an OpenAPI Response object"
            ) && p[0].contains("quote the value"),
            "{p:?}"
        );
    }

    #[test]
    fn a_misspelt_key_is_named_even_where_the_schema_allows_anything() {
        // The schema lets a Discriminator have any key; OpenAPI does not.
        let yaml = format!(
            "{}components:\n  schemas:\n    S:\n      type: object\n      discriminator: {{propertyName: k, mapin: {{}}}}\n",
            one_operation("")
        );
        let p = openapi_problems(&yaml);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].starts_with("t.yaml:13: `mapin` is not a key of an OpenAPI Discriminator object"),
            "{p:?}"
        );
    }

    #[test]
    fn a_media_type_without_a_schema_is_named_before_progenitor_panics() {
        let yaml =
            one_operation("        '404': {description: nf, content: {application/json: {}}}\n");
        let p = openapi_problems(&yaml);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].starts_with("t.yaml:9: getA (GET /a): media type without a `schema`")
                && p[0].ends_with("(at /paths/~1a/get/responses/404/content/application~1json)"),
            "{p:?}"
        );
    }

    #[test]
    fn a_success_declared_as_json_without_a_schema_is_named_too() {
        // JTL's document declares 63 success answers (mail, print) this way; the import declares
        // them without a body, a hand edit that brings one back is caught here.
        let yaml = one_operation(
            "        '201': {description: mailed, content: {application/json: {}}}\n",
        );
        let p = openapi_problems(&yaml);
        assert!(
            p.iter()
                .any(|m| m.contains("media type without a `schema`")
                    && m.contains("/responses/201/")),
            "{p:?}"
        );
    }

    #[test]
    fn a_repeated_yaml_key_is_named_with_the_line_of_the_repeat() {
        let yaml = format!("{}      operationId: getAgain\n", one_operation(""));
        let p = openapi_problems(&yaml);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].starts_with(
                "t.yaml:9: getAgain (GET /a): key `operationId` appears more than once in one mapping"
            ),
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
