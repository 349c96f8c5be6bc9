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
            declare_body_as_sent(response, counts);
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
        // A parameter's integer enum is named in the parameter's description (`0=UnPayed | 1=Payed`).
        let described = param
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_string);
        if let (Some(text), Some(schema)) = (described, param.get_mut("schema"))
            && let Some(map) = schema.as_object_mut()
        {
            name_integer_enum(map, &text, counts);
        }
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
    if let Some(text) = map
        .get("description")
        .and_then(Value::as_str)
        .map(str::to_string)
    {
        name_integer_enum(map, &text, counts);
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
    // An example that contradicts its schema's type (JTL: `"Pending"`, `""` or `"TODO"` on integer
    // enums, `""` on arrays, a string on an object) is no fact; dropped, so that equal enums merge
    // into one type and nothing (the sandbox) hands it out as a value.
    let contradicts = match (map.get("type").and_then(Value::as_str), map.get("example")) {
        (_, None | Some(Value::Null)) => false,
        (Some("integer" | "number"), Some(e)) => !e.is_number(),
        (Some("array"), Some(e)) => !e.is_array(),
        (Some("object"), Some(e)) => !e.is_object(),
        (Some("boolean"), Some(e)) => !e.is_boolean(),
        (Some("string"), Some(e)) => {
            match (e.as_str(), map.get("format").and_then(Value::as_str)) {
                (None, _) => true,
                (Some(text), Some("date-time")) => !is_rfc3339(text),
                _ => false,
            }
        }
        _ => false,
    };
    if contradicts {
        map.remove("example");
        *counts
            .entry("examples contradicting their type dropped")
            .or_default() += 1;
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

/// A response's body as the provider sends it. `application/json` without a schema (JTL's 401 and
/// 402, its mail and print answers) is a response without a body; a binary string declared as JSON
/// (JTL's PDF answers) is bytes, not a JSON string.
fn declare_body_as_sent(response: &mut Map<String, Value>, counts: &mut Counts) {
    let Some(content) = response.get_mut("content").and_then(Value::as_object_mut) else {
        return;
    };
    let before = content.len();
    content.retain(|_, media| media.get("schema").is_some());
    if content.len() < before {
        *counts
            .entry("JSON without a schema → no body (responses)")
            .or_default() += before - content.len();
    }
    if let Some(media) = content.get("application/json")
        && media
            .get("schema")
            .and_then(|s| s.get("format"))
            .and_then(Value::as_str)
            == Some("binary")
        && media
            .get("schema")
            .and_then(|s| s.get("type"))
            .and_then(Value::as_str)
            == Some("string")
        && let Some(media) = content.remove("application/json")
    {
        content.insert("application/octet-stream".into(), media);
        *counts
            .entry("binary string declared as JSON → application/octet-stream (responses)")
            .or_default() += 1;
    }
    if content.is_empty() {
        response.remove("content");
    }
}

/// Names the values of an integer enum from the provider's `0=Name | 1=Other` listing (JTL writes
/// it at the end of a description), as `x-enumNames`, when the schema has none and every value is
/// named. The names are facts (the provider's identifiers), the rest of the text is dropped.
fn name_integer_enum(map: &mut Map<String, Value>, text: &str, counts: &mut Counts) {
    if map.contains_key("x-enumNames") || map.get("type").and_then(Value::as_str) != Some("integer")
    {
        return;
    }
    let Some(values) = map.get("enum").and_then(Value::as_array) else {
        return;
    };
    let mut named = BTreeMap::new();
    for part in text.split('|') {
        let Some((number, name)) = part.rsplit_once('=') else {
            continue;
        };
        // `...started.1=Created`: the value is the digits just before `=`.
        let digits: String = number
            .trim_end()
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let name = name.trim();
        if let Ok(value) = digits.parse::<i64>()
            && !name.is_empty()
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            named.insert(value, name.to_string());
        }
    }
    let names: Option<Vec<Value>> = values
        .iter()
        .map(|v| v.as_i64().and_then(|v| named.get(&v)).map(|n| json!(n)))
        .collect();
    if let Some(names) = names {
        map.insert("x-enumNames".into(), Value::Array(names));
        *counts
            .entry("integer enum names read from the description (x-enumNames)")
            .or_default() += 1;
    }
}

/// Makes every property of what we receive optional (`required` dropped), for providers that mark
/// every response property required but send nulls or omit them (JTL). Named schemas a response
/// reaches and inline response schemas are relaxed; returns the named ones relaxed that a request
/// also reaches (their builders lose the checks).
pub fn optional_response_properties(doc: &mut Value, counts: &mut Counts) -> Vec<String> {
    let mut responses = Vec::new();
    let mut requests = Vec::new();
    for item in doc
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|p| p.values())
    {
        for (key, op) in item.as_object().into_iter().flatten() {
            if key == "parameters" {
                requests.push(op);
                continue;
            }
            if let Some(r) = op.get("responses") {
                responses.push(r);
            }
            for k in ["requestBody", "parameters"] {
                if let Some(v) = op.get(k) {
                    requests.push(v);
                }
            }
        }
    }
    let reached_by_responses = reached(doc, &responses);
    let reached_by_requests = reached(doc, &requests);
    let mut relaxed = 0;
    if let Some(schemas) = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    {
        for name in &reached_by_responses {
            if let Some(schema) = schemas.get_mut(name) {
                relaxed += drop_required(schema);
            }
        }
    }
    for item in doc
        .get_mut("paths")
        .and_then(Value::as_object_mut)
        .into_iter()
        .flat_map(|p| p.values_mut())
    {
        for op in item
            .as_object_mut()
            .into_iter()
            .flat_map(|m| m.values_mut())
        {
            for response in op
                .get_mut("responses")
                .and_then(Value::as_object_mut)
                .into_iter()
                .flat_map(|r| r.values_mut())
            {
                for media in response
                    .get_mut("content")
                    .and_then(Value::as_object_mut)
                    .into_iter()
                    .flat_map(|c| c.values_mut())
                {
                    if let Some(schema) = media.get_mut("schema") {
                        relaxed += drop_required(schema);
                    }
                }
            }
        }
    }
    if relaxed > 0 {
        *counts
            .entry("response properties made optional (required dropped)")
            .or_default() += relaxed;
    }
    reached_by_responses
        .intersection(&reached_by_requests)
        .cloned()
        .collect()
}

/// The named schemas the given parts of the document reach, following `$ref`s.
fn reached(doc: &Value, roots: &[&Value]) -> std::collections::BTreeSet<String> {
    fn walk(doc: &Value, value: &Value, out: &mut std::collections::BTreeSet<String>) {
        match value {
            Value::Object(map) => {
                if let Some(name) = map
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.strip_prefix("#/components/schemas/"))
                {
                    if out.insert(name.to_string())
                        && let Some(target) = doc.pointer(&format!(
                            "/components/schemas/{}",
                            super::merge::escape(name)
                        ))
                    {
                        walk(doc, target, out);
                    }
                    return;
                }
                for v in map.values() {
                    walk(doc, v, out);
                }
            }
            Value::Array(items) => {
                for v in items {
                    walk(doc, v, out);
                }
            }
            _ => {}
        }
    }
    let mut out = std::collections::BTreeSet::new();
    for root in roots {
        walk(doc, root, &mut out);
    }
    out
}

/// Removes `required` from a schema and the inline schemas below it; returns how many lists went.
fn drop_required(schema: &mut Value) -> usize {
    let Value::Object(map) = schema else {
        return 0;
    };
    if map.contains_key("$ref") {
        return 0;
    }
    let mut count = usize::from(map.remove("required").is_some());
    for (key, child) in map.iter_mut() {
        count += match (key.as_str(), child) {
            ("properties", Value::Object(props)) => props.values_mut().map(drop_required).sum(),
            ("allOf" | "oneOf" | "anyOf", Value::Array(members)) => {
                members.iter_mut().map(drop_required).sum()
            }
            ("items" | "additionalProperties", other) => drop_required(other),
            _ => 0,
        };
    }
    count
}

/// Whether `text` reads as an RFC 3339 date-time (`2023-02-01T12:45:00.0000000+00:00`); JTL's
/// examples include `TODO` and `1985-01-01T00-00-00`.
fn is_rfc3339(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        b.get(range)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    let rest = b.get(19..).unwrap_or_default();
    let rest = match rest.first() {
        Some(b'.') => {
            let n = rest[1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if n == 0 {
                return false;
            }
            &rest[1 + n..]
        }
        _ => rest,
    };
    let offset_ok = matches!(rest, [b'Z' | b'z'])
        || (rest.len() == 6
            && matches!(rest[0], b'+' | b'-')
            && rest[1..3].iter().all(u8::is_ascii_digit)
            && rest[3] == b':'
            && rest[4..6].iter().all(u8::is_ascii_digit));
    digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
        && matches!(b.get(10), Some(b'T' | b't'))
        && digits(11..13)
        && b.get(13) == Some(&b':')
        && digits(14..16)
        && b.get(16) == Some(&b':')
        && digits(17..19)
        && offset_ok
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
    fn json_without_schema_is_no_body_and_binary_json_is_bytes() {
        let mut counts = Counts::new();
        let mut empty = json!({"description": "x", "content": {"application/json": {}}});
        declare_body_as_sent(empty.as_object_mut().expect("object"), &mut counts);
        assert_eq!(empty, json!({"description": "x"}));
        let mut pdf = json!({"content": {"application/json": {"schema": {"type": "string", "format": "binary"}}}});
        declare_body_as_sent(pdf.as_object_mut().expect("object"), &mut counts);
        assert_eq!(
            pdf,
            json!({"content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}})
        );
        let mut typed = json!({"content": {"application/json": {"schema": {"type": "string"}}}});
        let before = typed.clone();
        declare_body_as_sent(typed.as_object_mut().expect("object"), &mut counts);
        assert_eq!(typed, before, "a JSON string stays JSON");
        assert_eq!(counts["JSON without a schema → no body (responses)"], 1);
    }

    #[test]
    fn integer_enum_names_come_from_the_listing_in_the_description() {
        let (s, c) = converted(
            json!({"type": "integer", "enum": [0, 1, 2],
                   "description": "The payment status.0=UnPayed | 1=PartialPayed | 2=Payed"}),
            Position::Response,
        );
        assert_eq!(
            s["x-enumNames"],
            json!(["UnPayed", "PartialPayed", "Payed"])
        );
        assert!(s.get("description").is_none(), "the prose goes");
        assert_eq!(
            c["integer enum names read from the description (x-enumNames)"],
            1
        );
        // A listing that misses a value names nothing; names already given win.
        let (s, _) = converted(
            json!({"type": "integer", "enum": [0, 1], "description": "0=A"}),
            Position::Request,
        );
        assert!(s.get("x-enumNames").is_none());
        let (s, _) = converted(
            json!({"type": "integer", "enum": [0], "x-enumNames": ["Kept"], "description": "0=Other"}),
            Position::Request,
        );
        assert_eq!(s["x-enumNames"], json!(["Kept"]));
        // A parameter's listing is in the parameter's description.
        let mut params = json!([{"name": "s", "in": "query", "description": "Filter.1=Created | 3=Paid",
                                 "schema": {"type": "integer", "enum": [1, 3]}}]);
        convert_parameters(&mut params, &mut Counts::new());
        assert_eq!(
            params[0]["schema"]["x-enumNames"],
            json!(["Created", "Paid"])
        );
    }

    #[test]
    fn response_properties_become_optional_requests_keep_theirs() {
        let mut doc = json!({
            "paths": {"/a": {"post": {
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Create"}}}},
                "responses": {"200": {"content": {"application/json": {"schema": {
                    "type": "object", "required": ["page"],
                    "properties": {"page": {"$ref": "#/components/schemas/Thing"}}}}}}}
            }}},
            "components": {"schemas": {
                "Create": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "kind": {"$ref": "#/components/schemas/Kind"}}},
                "Thing": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"},
                          "inner": {"type": "object", "required": ["x"], "properties": {"x": {"type": "string"}}},
                          "kind": {"$ref": "#/components/schemas/Kind"}}},
                "Kind": {"type": "object", "required": ["k"], "properties": {"k": {"type": "string"}}}
            }}
        });
        let mut counts = Counts::new();
        let shared = optional_response_properties(&mut doc, &mut counts);
        assert_eq!(shared, vec!["Kind".to_string()]);
        let schemas = &doc["components"]["schemas"];
        assert_eq!(schemas["Create"]["required"], json!(["name"]));
        assert!(schemas["Thing"].get("required").is_none());
        assert!(
            schemas["Thing"]["properties"]["inner"]
                .get("required")
                .is_none()
        );
        assert!(schemas["Kind"].get("required").is_none());
        assert!(
            doc.pointer("/paths/~1a/post/responses/200/content/application~1json/schema/required")
                .is_none()
        );
        assert_eq!(
            counts["response properties made optional (required dropped)"],
            4
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
    fn examples_that_contradict_their_schema_go() {
        for (schema, kept) in [
            (json!({"type": "integer", "example": "Pending"}), false),
            (json!({"type": "integer", "example": 2}), true),
            (
                json!({"type": "array", "items": {"type": "string"}, "example": ""}),
                false,
            ),
            (json!({"type": "object", "example": "text"}), false),
            (
                json!({"type": "string", "format": "date-time", "example": "TODO"}),
                false,
            ),
            (
                json!({"type": "string", "format": "date-time", "example": "1985-01-01T00-00-00"}),
                false,
            ),
            (
                json!({"type": "string", "format": "date-time", "example": "2023-02-01T12:45:00.0000000+00:00"}),
                true,
            ),
            (json!({"type": "string", "example": "any text"}), true),
        ] {
            let (s, _) = converted(schema.clone(), Position::Response);
            assert_eq!(s.get("example").is_some(), kept, "{schema}");
        }
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
