//! OpenAPI 3.1 → 3.0.3, keeping facts and dropping the provider's prose.
//!
//! progenitor reads 3.0.x only. Each rewrite below is one category the report counts, so an import
//! says what it had to change and a new upstream construct shows up as a count, not a surprise.

use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

/// How many places each conversion rewrote (category → count), for the import report.
pub type Counts = BTreeMap<&'static str, usize>;

/// Converts a published 3.1 document in place. Operations, webhooks and components are walked with
/// their position (request or response) known, because some rewrites depend on it.
pub fn convert(doc: &mut Value, counts: &mut Counts) -> Result<(), String> {
    let version = doc.get("openapi").and_then(Value::as_str).unwrap_or("");
    if !version.starts_with("3.1") && !version.starts_with("3.0") {
        return Err(format!(
            "expected an OpenAPI 3.0 or 3.1 document, found openapi: {version:?}"
        ));
    }
    doc["openapi"] = json!("3.0.3");

    // Webhook payloads become named schemas: users parse deliveries with them.
    if let Some(Value::Object(webhooks)) = doc.as_object_mut().and_then(|d| d.remove("webhooks")) {
        for (event, item) in webhooks {
            let mut schema = ["post", "put"]
                .iter()
                .find_map(|m| {
                    item.pointer(&format!(
                        "/{m}/requestBody/content/application~1json/schema"
                    ))
                })
                .cloned()
                .ok_or_else(|| format!("webhook {event}: no JSON request body"))?;
            // The event's area (its tag), so that its type compiles with that area's feature.
            let tag = ["post", "put"]
                .iter()
                .find_map(|m| item.pointer(&format!("/{m}/tags/0")))
                .cloned();
            if let (Some(tag), Some(map)) = (tag, schema.as_object_mut()) {
                map.insert("x-apifleet-area".into(), tag);
            }
            let name = format!("{}Event", pascal_case(&event));
            let schemas = doc
                .pointer_mut("/components/schemas")
                .and_then(Value::as_object_mut)
                .ok_or("the document has no components.schemas")?;
            if schemas.insert(name.clone(), schema).is_some() {
                return Err(format!("webhook {event}: schema {name} already exists"));
            }
            *counts
                .entry("webhook payloads kept as schemas")
                .or_default() += 1;
        }
    }

    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for item in paths.values_mut() {
            let Some(item) = item.as_object_mut() else {
                continue;
            };
            strip_prose(item, counts);
            for (key, op) in item.iter_mut() {
                if key == "parameters" {
                    convert_parameters(op, counts);
                } else if let Some(op) = op.as_object_mut() {
                    convert_operation(op, counts);
                }
            }
        }
    }
    if let Some(components) = doc.get_mut("components").and_then(Value::as_object_mut) {
        for (kind, entries) in components.iter_mut() {
            let Some(entries) = entries.as_object_mut() else {
                continue;
            };
            for entry in entries.values_mut() {
                match kind.as_str() {
                    // Named schemas are what responses are built from: read as responses.
                    "schemas" => convert_schema(entry, Position::Response, counts),
                    "securitySchemes" => strip_prose_value(entry, counts),
                    _ => {}
                }
            }
        }
    }
    if let Some(info) = doc.get_mut("info").and_then(Value::as_object_mut) {
        strip_prose(info, counts);
    }
    if let Some(tags) = doc.get_mut("tags").and_then(Value::as_array_mut) {
        for tag in tags {
            strip_prose_value(tag, counts);
        }
    }
    if let Some(servers) = doc.get_mut("servers").and_then(Value::as_array_mut) {
        for server in servers {
            strip_prose_value(server, counts);
        }
    }
    Ok(())
}

/// Where a schema is read: a request schema may stay closed, a response schema must decode fields a
/// provider adds later.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Position {
    Request,
    Response,
}

fn convert_operation(op: &mut Map<String, Value>, counts: &mut Counts) {
    strip_prose(op, counts);
    op.remove("x-mint");
    if let Some(params) = op.get_mut("parameters") {
        convert_parameters(params, counts);
    }
    if let Some(body) = op.get_mut("requestBody").and_then(Value::as_object_mut) {
        strip_prose(body, counts);
        for media in body
            .get_mut("content")
            .and_then(Value::as_object_mut)
            .into_iter()
            .flat_map(|c| c.values_mut())
        {
            if let Some(schema) = media.get_mut("schema") {
                convert_schema(schema, Position::Request, counts);
            }
        }
    }
    if let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) {
        for (status, response) in responses.iter_mut() {
            let Some(response) = response.as_object_mut() else {
                continue;
            };
            if response.remove("description").is_some() {
                *counts.entry("descriptions dropped").or_default() += 1;
            }
            // A 3.0 Response object must have a description; ours is the status, not their prose.
            response.insert("description".into(), json!(status_text(status)));
            for media in response
                .get_mut("content")
                .and_then(Value::as_object_mut)
                .into_iter()
                .flat_map(|c| c.values_mut())
            {
                if let Some(schema) = media.get_mut("schema") {
                    convert_schema(schema, Position::Response, counts);
                }
            }
        }
    }
}

fn convert_parameters(params: &mut Value, counts: &mut Counts) {
    for param in params.as_array_mut().into_iter().flatten() {
        strip_prose_value(param, counts);
        if let Some(schema) = param.get_mut("schema") {
            convert_schema(schema, Position::Request, counts);
        }
    }
}

/// Converts one schema and everything below it.
fn convert_schema(schema: &mut Value, position: Position, counts: &mut Counts) {
    let Some(map) = schema.as_object_mut() else {
        return;
    };
    // `$ref` with siblings: 3.0 ignores the siblings. Annotations go; anything that constrains
    // (rare) keeps its meaning through `allOf`.
    if map.contains_key("$ref") && map.len() > 1 {
        *counts.entry("$ref with sibling keywords").or_default() += 1;
        let constraining: Vec<String> = map
            .keys()
            .filter(|k| *k != "$ref" && !ANNOTATIONS.contains(&k.as_str()))
            .cloned()
            .collect();
        let reference = map.remove("$ref").unwrap_or(Value::Null);
        if constraining.is_empty() {
            map.clear();
            map.insert("$ref".into(), reference);
        } else {
            let mut kept = Map::new();
            for key in constraining {
                if let Some(v) = map.remove(&key) {
                    kept.insert(key, v);
                }
            }
            map.clear();
            map.insert("allOf".into(), json!([{ "$ref": reference }]));
            map.extend(kept);
        }
        return;
    }
    strip_prose(map, counts);

    // `type: [T, "null"]` → `type: T, nullable: true`.
    if let Some(Value::Array(types)) = map.get("type").cloned() {
        let non_null: Vec<Value> = types.iter().filter(|t| *t != "null").cloned().collect();
        if non_null.len() < types.len() {
            *counts.entry("type: [T, null] → nullable").or_default() += 1;
            map.insert("nullable".into(), json!(true));
        }
        match non_null.as_slice() {
            [one] => {
                map.insert("type".into(), one.clone());
            }
            [] => {
                map.remove("type");
            }
            many => {
                // Several types: one alternative each.
                *counts.entry("type: [T, U] → anyOf").or_default() += 1;
                map.remove("type");
                let alternatives: Vec<Value> = many.iter().map(|t| json!({ "type": t })).collect();
                map.insert("anyOf".into(), Value::Array(alternatives));
            }
        }
    }
    // `oneOf`/`anyOf` with a `{type: null}` alternative → nullable.
    for key in ["oneOf", "anyOf"] {
        if let Some(Value::Array(alternatives)) = map.get_mut(key) {
            let before = alternatives.len();
            alternatives.retain(|a| a.get("type").and_then(Value::as_str) != Some("null"));
            if alternatives.len() < before {
                *counts.entry("null alternative → nullable").or_default() += 1;
                let single = (alternatives.len() == 1).then(|| alternatives[0].clone());
                map.insert("nullable".into(), json!(true));
                if let Some(single) = single {
                    map.remove(key);
                    if single.get("$ref").is_some() {
                        map.insert("allOf".into(), json!([single]));
                    } else if let Value::Object(inner) = single {
                        for (k, v) in inner {
                            map.entry(k).or_insert(v);
                        }
                    }
                }
            }
        }
    }
    // Numeric `exclusiveMinimum`/`exclusiveMaximum` → the 3.0 boolean form.
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(value) = map.get(exclusive).filter(|v| v.is_number()).cloned() {
            *counts
                .entry("numeric exclusiveMinimum/Maximum")
                .or_default() += 1;
            map.insert(bound.into(), value);
            map.insert(exclusive.into(), json!(true));
        }
    }
    if let Some(value) = map.remove("const") {
        *counts.entry("const → single-value enum").or_default() += 1;
        map.insert("enum".into(), json!([value]));
    }
    if let Some(Value::Array(examples)) = map.remove("examples") {
        *counts.entry("examples → example").or_default() += 1;
        if let Some(first) = examples.into_iter().next() {
            map.entry("example").or_insert(first);
        }
    }
    if position == Position::Response
        && map.get("additionalProperties") == Some(&Value::Bool(false))
    {
        // A closed response object would refuse the field a provider adds next month.
        map.remove("additionalProperties");
        *counts
            .entry("additionalProperties: false opened (responses)")
            .or_default() += 1;
    }
    if position == Position::Response {
        // What we receive is decoded, not validated: an id format or a length limit that changes
        // upstream must not make a whole response undecodable. Requests keep their constraints, so
        // bad arguments are refused before sending.
        let before = map.len();
        for key in RESPONSE_RELAXED {
            map.remove(*key);
        }
        if map.len() < before {
            *counts
                .entry("constraints relaxed where we receive (pattern, lengths, bounds)")
                .or_default() += 1;
        }
    }
    for key in UNSUPPORTED {
        if map.remove(*key).is_some() {
            *counts.entry("3.1-only keywords dropped").or_default() += 1;
        }
    }

    if let Some(Value::Object(properties)) = map.get_mut("properties") {
        for property in properties.values_mut() {
            convert_schema(property, position, counts);
        }
    }
    for key in ["items", "additionalProperties", "not"] {
        if let Some(inner) = map.get_mut(key) {
            convert_schema(inner, position, counts);
        }
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        for inner in map
            .get_mut(key)
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
        {
            convert_schema(inner, position, counts);
        }
    }
    // `allOf: [X, {}]` (the `{}` was prose only): the empty members go, and a lone member is X
    // itself, so the generated type is X rather than a copy of it.
    if let Some(Value::Array(members)) = map.get_mut("allOf") {
        let before = members.len();
        members.retain(|m| m.as_object().is_none_or(|o| !o.is_empty()));
        if members.len() < before {
            *counts.entry("empty allOf members dropped").or_default() += 1;
            if members.len() == 1
                && map.len() == 1
                && let Some(Value::Array(mut members)) = map.remove("allOf")
            {
                *schema = members.remove(0);
            }
        }
    }
    enum_union(schema, counts);
}

/// `anyOf`/`oneOf` whose every member is a string enum is one string enum with all their values:
/// the same strings on the wire, and a Rust enum instead of a struct of optional flattened
/// variants (which no string decodes into).
fn enum_union(schema: &mut Value, counts: &mut Counts) {
    let Some(map) = schema.as_object_mut() else {
        return;
    };
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(members)) = map.get(key) else {
            continue;
        };
        let is_string_enum = |m: &Value| {
            m.get("type") == Some(&json!("string"))
                && m.get("enum").is_some_and(Value::is_array)
                && m.as_object().is_some_and(|o| {
                    o.keys()
                        .all(|k| ["type", "enum", "nullable"].contains(&k.as_str()))
                })
        };
        if members.len() < 2 || !members.iter().all(is_string_enum) {
            continue;
        }
        let nullable = members
            .iter()
            .any(|m| m.get("nullable") == Some(&json!(true)));
        let mut values: Vec<Value> = Vec::new();
        for value in members
            .iter()
            .filter_map(|m| m.get("enum").and_then(Value::as_array))
            .flatten()
        {
            if !values.contains(value) {
                values.push(value.clone());
            }
        }
        map.remove(key);
        map.insert("type".into(), json!("string"));
        map.insert("enum".into(), Value::Array(values));
        if nullable {
            map.insert("nullable".into(), json!(true));
        }
        *counts.entry("string-enum unions → one enum").or_default() += 1;
        return;
    }
}

/// Keywords beside `$ref` that only annotate, and can go without changing what validates.
const ANNOTATIONS: &[&str] = &[
    "description",
    "summary",
    "title",
    "example",
    "examples",
    "deprecated",
    "readOnly",
    "writeOnly",
];

/// Validation keywords dropped from schemas we receive.
const RESPONSE_RELAXED: &[&str] = &[
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minItems",
    "maxItems",
];

/// 3.1 keywords 3.0 has no counterpart for; dropped (and counted) rather than failing generation.
const UNSUPPORTED: &[&str] = &[
    "$schema",
    "$id",
    "$comment",
    "contentMediaType",
    "contentEncoding",
    "unevaluatedProperties",
    "patternProperties",
    "propertyNames",
    "dependentRequired",
];

/// Drops the provider's prose from one object: descriptions are their words, not ours.
fn strip_prose(map: &mut Map<String, Value>, counts: &mut Counts) {
    if map.remove("description").is_some() {
        *counts.entry("descriptions dropped").or_default() += 1;
    }
}

fn strip_prose_value(value: &mut Value, counts: &mut Counts) {
    if let Some(map) = value.as_object_mut() {
        strip_prose(map, counts);
    }
}

/// A short, neutral response description (3.0 requires one).
fn status_text(status: &str) -> &'static str {
    match status {
        "200" => "OK",
        "201" => "Created",
        "202" => "Accepted",
        "204" => "No Content",
        s if s.starts_with('2') => "Success",
        s if s.starts_with('4') => "Client error",
        s if s.starts_with('5') => "Server error",
        _ => "Response",
    }
}

/// `wallet.offer.accepted` → `WalletOfferAccepted`; `EVM Fungible Token (ERC-20)` →
/// `EvmFungibleTokenErc20`. Words are split on anything not alphanumeric and at lower→upper changes.
pub fn pascal_case(text: &str) -> String {
    let mut out = String::new();
    for word in text.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            let rest: String = chars.collect();
            // Keep camelCase humps, but fold shouting acronyms (`EVM` → `Evm`).
            if rest.chars().all(|c| !c.is_ascii_lowercase()) {
                out.push_str(&rest.to_ascii_lowercase());
            } else {
                out.push_str(&rest);
            }
        }
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'N');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn converted(schema: Value, position: Position) -> (Value, Counts) {
        let mut schema = schema;
        let mut counts = Counts::new();
        convert_schema(&mut schema, position, &mut counts);
        (schema, counts)
    }

    #[test]
    fn type_with_null_becomes_nullable() {
        let (s, c) = converted(json!({"type": ["integer", "null"]}), Position::Response);
        assert_eq!(s, json!({"type": "integer", "nullable": true}));
        assert_eq!(c["type: [T, null] → nullable"], 1);
    }

    #[test]
    fn numeric_exclusive_minimum_becomes_boolean_form() {
        let (s, _) = converted(
            json!({"type": "number", "exclusiveMinimum": 0}),
            Position::Request,
        );
        assert_eq!(
            s,
            json!({"type": "number", "minimum": 0, "exclusiveMinimum": true})
        );
    }

    #[test]
    fn ref_siblings_are_dropped_or_kept_through_all_of() {
        let (s, _) = converted(
            json!({"$ref": "#/components/schemas/A", "summary": null, "description": "x"}),
            Position::Response,
        );
        assert_eq!(s, json!({"$ref": "#/components/schemas/A"}));
        let (s, _) = converted(
            json!({"$ref": "#/components/schemas/A", "nullable": true}),
            Position::Response,
        );
        assert_eq!(
            s,
            json!({"allOf": [{"$ref": "#/components/schemas/A"}], "nullable": true})
        );
    }

    #[test]
    fn closed_objects_stay_closed_in_requests_only() {
        let closed = json!({"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": false});
        let (request, _) = converted(closed.clone(), Position::Request);
        assert_eq!(request["additionalProperties"], json!(false));
        let (response, _) = converted(closed, Position::Response);
        assert!(response.get("additionalProperties").is_none());
    }

    #[test]
    fn null_alternative_becomes_nullable() {
        let (s, _) = converted(
            json!({"oneOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]}),
            Position::Response,
        );
        assert_eq!(
            s,
            json!({"allOf": [{"$ref": "#/components/schemas/A"}], "nullable": true})
        );
    }

    #[test]
    fn a_union_of_string_enums_is_one_enum() {
        let (s, c) = converted(
            json!({"anyOf": [{"type": "string", "enum": ["a", "b"]}, {"type": "string", "enum": ["b", "*"]}]}),
            Position::Response,
        );
        assert_eq!(s, json!({"type": "string", "enum": ["a", "b", "*"]}));
        assert_eq!(c["string-enum unions → one enum"], 1);
        let mixed = json!({"anyOf": [{"type": "string", "enum": ["a"]}, {"type": "integer"}]});
        let (s, _) = converted(mixed.clone(), Position::Response);
        assert_eq!(s, mixed, "a union with other members stays a union");
    }

    #[test]
    fn pascal_case_names() {
        assert_eq!(pascal_case("wallet.offer.accepted"), "WalletOfferAccepted");
        assert_eq!(
            pascal_case("EVM Fungible Token (ERC-20)"),
            "EvmFungibleTokenErc20"
        );
        assert_eq!(pascal_case("signingKey"), "SigningKey");
        assert_eq!(pascal_case("0fns Yield"), "N0fnsYield");
    }
}
