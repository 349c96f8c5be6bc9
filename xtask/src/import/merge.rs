//! Repeated inline schemas → named components.
//!
//! Published documents often repeat one shape inline wherever it is used (Dfns writes a wallet out in
//! full in every response that holds one). Generated per occurrence, each copy becomes its own Rust
//! type; merged, it is one type with a name a person would choose. Names come, in this order, from
//! the pins in the names table (a JSON pointer of one occurrence → name), an existing component with
//! the same shape, the schema's `title`, or the most common place it appears (the property or the
//! operation that holds it). A name that would collide is qualified with its holder; a numeric
//! suffix is the last resort, and the import reports those so that a pin can replace them.

use super::convert::pascal_case;
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashMap};

/// The outcome: every component the merge created or reused, with its occurrence count.
#[derive(Debug, Default)]
pub struct Merged {
    /// `(name, occurrences replaced by a $ref)`, in creation order.
    pub components: Vec<(String, usize)>,
    /// Names that needed a numeric suffix: pin them in the names table.
    pub suffixed: Vec<String>,
    /// Pins that matched no schema (a stale names table).
    pub unused_pins: Vec<String>,
}

/// Where one copy of a shape sits, and what its surroundings suggest calling it.
#[derive(Debug, Clone)]
struct Occurrence {
    pointer: String,
    /// A name suggested by the holder (`signingKey` → `SigningKey`, a request body → `CreateWalletRequest`).
    hint: String,
    /// The holder's own hint, to qualify a name that collides.
    parent: String,
}

#[derive(Debug, Default)]
struct Shape {
    occurrences: Vec<Occurrence>,
    title: Option<String>,
    /// The component this shape already is, when one exists.
    existing: Option<String>,
    /// Its canonical text.
    canon: Option<String>,
}

/// Merges every repeated inline schema (and every pinned one) into `components.schemas`.
pub fn merge(doc: &mut Value, pins: &BTreeMap<String, String>) -> Result<Merged, String> {
    let mut shapes: HashMap<String, Shape> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    census_document(doc, &mut |canon, occurrence, title, existing| {
        let shape = shapes.entry(canon.to_string()).or_insert_with(|| {
            order.push(canon.to_string());
            Shape {
                canon: Some(canon.to_string()),
                ..Shape::default()
            }
        });
        if let Some(name) = existing {
            shape.existing.get_or_insert_with(|| name.to_string());
        } else {
            shape.occurrences.push(occurrence);
        }
        if shape.title.is_none() {
            shape.title = title.map(str::to_string);
        }
    });

    let mut taken: HashMap<String, String> = HashMap::new(); // name → canon
    let existing_names: Vec<String> = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    for name in &existing_names {
        taken.insert(name.clone(), String::new());
    }
    let mut chosen: HashMap<String, String> = HashMap::new(); // canon → name
    let mut merged = Merged::default();
    let mut used_pins = std::collections::BTreeSet::new();

    for canon in &order {
        let shape = &shapes[canon];
        let pinned = shape.occurrences.iter().find_map(|o| {
            pins.get(&o.pointer)
                .map(|name| (o.pointer.clone(), name.clone()))
        });
        let repeated = shape.occurrences.len() >= 2
            || (shape.existing.is_some() && !shape.occurrences.is_empty());
        if pinned.is_none() && !repeated {
            continue;
        }
        let name = if let Some((pointer, name)) = pinned {
            used_pins.insert(pointer);
            if taken.get(&name).is_some_and(|c| c != canon) {
                return Err(format!(
                    "names table: pinned name {name} is already a different schema"
                ));
            }
            name
        } else if let Some(existing) = &shape.existing {
            existing.clone()
        } else {
            let (name, suffixed) = choose_name(shape, &taken);
            if suffixed {
                merged.suffixed.push(name.clone());
            }
            name
        };
        taken.insert(name.clone(), canon.clone());
        chosen.insert(canon.clone(), name.clone());
        merged.components.push((name, shape.occurrences.len()));
    }
    merged.unused_pins = pins
        .keys()
        .filter(|p| !used_pins.contains(*p))
        .cloned()
        .collect();

    // Replace occurrences top-down, collecting each new component's body once.
    let mut bodies: BTreeMap<String, Value> = BTreeMap::new();
    replace_document(doc, &chosen, &mut bodies);
    let mut pending: Vec<(String, Value)> = bodies.into_iter().collect();
    let mut created: BTreeMap<String, Value> = BTreeMap::new();
    while let Some((name, mut body)) = pending.pop() {
        let mut inner = BTreeMap::new();
        replace_children(&mut body, &chosen, &mut inner);
        for (n, b) in inner {
            if !created.contains_key(&n) && !pending.iter().any(|(p, _)| *p == n) {
                pending.push((n, b));
            }
        }
        created.insert(name, body);
    }
    let schemas = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
        .ok_or("the document has no components.schemas")?;
    for (name, body) in created {
        if !existing_names.contains(&name) {
            schemas.insert(name, body);
        }
    }
    Ok(merged)
}

/// Picks a free name for a shape: title, then the most common hint, then qualified, then suffixed.
fn choose_name(shape: &Shape, taken: &HashMap<String, String>) -> (String, bool) {
    let free = |name: &str| !name.is_empty() && !taken.contains_key(name);
    let mut candidates = Vec::new();
    if let Some(title) = &shape.title {
        candidates.push(pascal_case(title));
    }
    let (common, share) = most_common(shape.occurrences.iter().map(|o| o.hint.clone()));
    // A constrained string used under many names is named by its constraints, unless one name
    // holds at least half of its places (`walletId` → `WalletId`).
    let by_constraint = shape
        .canon
        .as_deref()
        .and_then(|c| serde_json::from_str::<Value>(c).ok())
        .and_then(|v| v.as_object().and_then(constrained_string));
    if let Some(name) = &by_constraint
        && share * 2 < shape.occurrences.len()
    {
        candidates.push(name.clone());
    }
    // A one-value enum (a discriminator such as `kind: Native`) is named by its value and place:
    // `NativeKind`.
    let single = shape
        .canon
        .as_deref()
        .and_then(|c| serde_json::from_str::<Value>(c).ok())
        .and_then(
            |v| match v.get("enum").and_then(Value::as_array).map(Vec::as_slice) {
                Some([Value::String(one)]) => Some(pascal_case(one)),
                _ => None,
            },
        );
    if let Some(value) = &single {
        candidates.push(format!("{value}{common}"));
    }
    candidates.push(common.clone());
    for parent in shape.occurrences.iter().map(|o| o.parent.clone()) {
        if !common.starts_with(&parent) {
            candidates.push(format!("{parent}{common}"));
        }
        if let Some(title) = &shape.title {
            candidates.push(format!("{parent}{}", pascal_case(title)));
        }
    }
    if let Some(name) = candidates.iter().find(|n| free(n)) {
        return (name.clone(), false);
    }
    let base = if common.is_empty() {
        "Schema".to_string()
    } else {
        common
    };
    let name = (2..)
        .map(|n| format!("{base}{n}"))
        .find(|n| free(n))
        .unwrap_or(base);
    (name, true)
}

/// The most frequent value and how often it occurs; ties go to the first seen.
fn most_common(values: impl Iterator<Item = String>) -> (String, usize) {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for v in values {
        match counts.iter_mut().find(|(k, _)| *k == v) {
            Some((_, n)) => *n += 1,
            None => counts.push((v, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    counts
        .into_iter()
        .find(|(_, n)| *n == best)
        .unwrap_or_default()
}

/// Whether a schema is worth a name: objects with properties, compositions and string enums.
fn is_candidate(schema: &Value) -> bool {
    let Some(map) = schema.as_object() else {
        return false;
    };
    if map.contains_key("$ref") {
        return false;
    }
    let has_properties = map
        .get("properties")
        .and_then(Value::as_object)
        .is_some_and(|p| !p.is_empty());
    let composition = ["oneOf", "anyOf"].iter().any(|k| {
        map.get(*k)
            .and_then(Value::as_array)
            .is_some_and(|a| a.len() > 1)
    }) || map
        .get("allOf")
        .and_then(Value::as_array)
        .is_some_and(|a| a.len() > 1);
    let enumeration = map
        .get("enum")
        .and_then(Value::as_array)
        .is_some_and(|values| !values.is_empty());
    let constrained_string = map.get("type").and_then(Value::as_str) == Some("string")
        && ["pattern", "minLength", "maxLength"]
            .iter()
            .any(|k| map.contains_key(*k));
    has_properties || composition || enumeration || constrained_string
}

/// A string with length constraints only (each becomes a validating newtype): the name its
/// constraints suggest when no single place names it (`NonEmptyString`, `StringMax100`).
fn constrained_string(map: &serde_json::Map<String, Value>) -> Option<String> {
    if map.get("type").and_then(Value::as_str) != Some("string")
        || map.contains_key("enum")
        || map.contains_key("pattern")
    {
        return None;
    }
    let min = map.get("minLength").and_then(Value::as_u64);
    let max = map.get("maxLength").and_then(Value::as_u64);
    match (min, max) {
        (None, None) => None,
        (Some(1), None) => Some("NonEmptyString".into()),
        (Some(1), Some(max)) => Some(format!("NonEmptyStringMax{max}")),
        (Some(min), None) => Some(format!("StringMin{min}")),
        (None, Some(max)) => Some(format!("StringMax{max}")),
        (Some(min), Some(max)) => Some(format!("String{min}To{max}")),
    }
}

type Visit<'v> = dyn FnMut(&str, Occurrence, Option<&str>, Option<&str>) + 'v;

/// Calls `visit(canonical text, occurrence, title, existing component)` for every candidate schema.
fn census_document(doc: &Value, visit: &mut Visit<'_>) {
    if let Some(schemas) = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    {
        for (name, schema) in schemas {
            let pointer = format!("/components/schemas/{}", escape(name));
            if is_candidate(schema) {
                let canon = canonical(schema);
                let occurrence = Occurrence {
                    pointer: pointer.clone(),
                    hint: name.clone(),
                    parent: String::new(),
                };
                visit(&canon, occurrence, title(schema), Some(name));
            }
            census_children(schema, &pointer, name, visit);
        }
    }
    for_each_operation_schema(doc, &mut |schema, pointer, hint, parent| {
        census(schema, pointer, hint, parent, visit);
    });
}

fn census(schema: &Value, pointer: &str, hint: &str, parent: &str, visit: &mut Visit<'_>) {
    if is_candidate(schema) {
        let occurrence = Occurrence {
            pointer: pointer.to_string(),
            hint: hint.to_string(),
            parent: parent.to_string(),
        };
        visit(&canonical(schema), occurrence, title(schema), None);
    }
    census_children(schema, pointer, hint, visit);
}

fn census_children(schema: &Value, pointer: &str, hint: &str, visit: &mut Visit<'_>) {
    // A titled schema is named by its title, so its parts are named after that too.
    let own = title(schema).map(pascal_case);
    let hint = own.as_deref().unwrap_or(hint);
    for (child, child_pointer, child_hint) in children(schema, pointer, hint) {
        census(child, &child_pointer, &child_hint, hint, visit);
    }
}

/// The subschemas of one schema, with their pointers and suggested names.
fn children<'a>(schema: &'a Value, pointer: &str, hint: &str) -> Vec<(&'a Value, String, String)> {
    let mut out = Vec::new();
    let Some(map) = schema.as_object() else {
        return out;
    };
    if let Some(properties) = map.get("properties").and_then(Value::as_object) {
        for (name, property) in properties {
            out.push((
                property,
                format!("{pointer}/properties/{}", escape(name)),
                pascal_case(name),
            ));
        }
    }
    if let Some(items) = map.get("items") {
        out.push((items, format!("{pointer}/items"), singular(hint)));
    }
    if let Some(extra) = map.get("additionalProperties").filter(|v| v.is_object()) {
        out.push((
            extra,
            format!("{pointer}/additionalProperties"),
            format!("{hint}Value"),
        ));
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        for (i, alternative) in map
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            // An alternative is named after what tells it apart: its title or its discriminator
            // value (`kind: Message` → `…Message`).
            let which = title(alternative)
                .or_else(|| discriminator(alternative))
                .map(pascal_case)
                .unwrap_or_else(|| format!("Variant{}", i + 1));
            out.push((
                alternative,
                format!("{pointer}/{key}/{i}"),
                format!("{hint}{which}"),
            ));
        }
    }
    out
}

/// Visits the top schema of every parameter, request body and response of every operation, with a
/// name suggested by the operation (`CreateWalletRequest`, `ListWalletsResponse`).
fn for_each_operation_schema(doc: &Value, f: &mut dyn FnMut(&Value, &str, &str, &str)) {
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return;
    };
    for (path, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        let path_pointer = format!("/paths/{}", escape(path));
        for (method, op) in item {
            let Some(op) = op.as_object() else {
                continue;
            };
            let op_name = pascal_case(
                op.get("operationId")
                    .and_then(Value::as_str)
                    .unwrap_or(method),
            );
            let op_pointer = format!("{path_pointer}/{method}");
            for (i, param) in op
                .get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                if let (Some(schema), Some(name)) = (
                    param.get("schema"),
                    param.get("name").and_then(Value::as_str),
                ) {
                    let pointer = format!("{op_pointer}/parameters/{i}/schema");
                    f(schema, &pointer, &pascal_case(name), &op_name);
                }
            }
            for (media, schema) in media_schemas(op.get("requestBody")) {
                let pointer = format!("{op_pointer}/requestBody/content/{}/schema", escape(media));
                f(schema, &pointer, &format!("{op_name}Request"), &op_name);
            }
            for (status, response) in op
                .get("responses")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                for (media, schema) in media_schemas(Some(response)) {
                    let pointer = format!(
                        "{op_pointer}/responses/{status}/content/{}/schema",
                        escape(media)
                    );
                    f(schema, &pointer, &format!("{op_name}Response"), &op_name);
                }
            }
        }
    }
}

fn media_schemas(holder: Option<&Value>) -> Vec<(&str, &Value)> {
    holder
        .and_then(|h| h.get("content"))
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(media, m)| m.get("schema").map(|s| (media.as_str(), s)))
        .collect()
}

/// Replaces chosen shapes in every operation (components' own roots stay; their children are
/// replaced through `replace_children`).
fn replace_document(
    doc: &mut Value,
    chosen: &HashMap<String, String>,
    bodies: &mut BTreeMap<String, Value>,
) {
    if let Some(schemas) = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    {
        for schema in schemas.values_mut() {
            replace_children(schema, chosen, bodies);
        }
    }
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for item in paths.values_mut() {
            for op in item
                .as_object_mut()
                .into_iter()
                .flat_map(|i| i.values_mut())
            {
                let Some(op) = op.as_object_mut() else {
                    continue;
                };
                for param in op
                    .get_mut("parameters")
                    .and_then(Value::as_array_mut)
                    .into_iter()
                    .flatten()
                {
                    if let Some(schema) = param.get_mut("schema") {
                        replace(schema, chosen, bodies);
                    }
                }
                if let Some(content) = op
                    .get_mut("requestBody")
                    .and_then(|b| b.get_mut("content"))
                    .and_then(Value::as_object_mut)
                {
                    for media in content.values_mut() {
                        if let Some(schema) = media.get_mut("schema") {
                            replace(schema, chosen, bodies);
                        }
                    }
                }
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
                            replace(schema, chosen, bodies);
                        }
                    }
                }
            }
        }
    }
}

fn replace(
    schema: &mut Value,
    chosen: &HashMap<String, String>,
    bodies: &mut BTreeMap<String, Value>,
) {
    if let Some(name) = is_candidate(schema)
        .then(|| chosen.get(&canonical(schema)))
        .flatten()
    {
        let body = std::mem::replace(schema, reference(name));
        bodies.entry(name.clone()).or_insert(body);
        return;
    }
    replace_children(schema, chosen, bodies);
}

fn replace_children(
    schema: &mut Value,
    chosen: &HashMap<String, String>,
    bodies: &mut BTreeMap<String, Value>,
) {
    let Some(map) = schema.as_object_mut() else {
        return;
    };
    if let Some(properties) = map.get_mut("properties").and_then(Value::as_object_mut) {
        for property in properties.values_mut() {
            replace(property, chosen, bodies);
        }
    }
    for key in ["items", "additionalProperties"] {
        if let Some(inner) = map.get_mut(key).filter(|v| v.is_object()) {
            replace(inner, chosen, bodies);
        }
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        for inner in map
            .get_mut(key)
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
        {
            replace(inner, chosen, bodies);
        }
    }
}

fn reference(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

/// Canonical text of a schema: `serde_json` maps are sorted, so equal shapes print equally.
fn canonical(schema: &Value) -> String {
    serde_json::to_string(schema).unwrap_or_default()
}

/// The value of a property that can hold only one string (Dfns' `kind: Message`), if any.
fn discriminator(schema: &Value) -> Option<&str> {
    let properties = schema.get("properties")?.as_object()?;
    fn single(p: &Value) -> Option<&str> {
        match p.get("enum").and_then(Value::as_array).map(Vec::as_slice) {
            Some([Value::String(v)]) => Some(v.as_str()),
            _ => None,
        }
    }
    properties
        .iter()
        .filter(|(name, _)| name.ends_with("kind") || name.ends_with("Kind") || *name == "type")
        .find_map(|(_, p)| single(p))
        .or_else(|| properties.values().find_map(single))
}

fn title(schema: &Value) -> Option<&str> {
    schema.get("title").and_then(Value::as_str)
}

/// `Wallets` → `Wallet`; `ListWalletsResponse` → `ListWalletsResponseItem`.
fn singular(hint: &str) -> String {
    match hint.strip_suffix("ies") {
        Some(stem) if !stem.is_empty() => format!("{stem}y"),
        _ => match hint.strip_suffix('s') {
            Some(stem) if !stem.is_empty() && !stem.ends_with('s') => stem.to_string(),
            _ => format!("{hint}Item"),
        },
    }
}

/// JSON pointer escaping of one segment.
pub fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Removes the keys of `map` not in `keep` (used by tests to compare shapes).
#[cfg(test)]
fn only(map: &serde_json::Map<String, Value>, keep: &[&str]) -> Value {
    Value::Object(
        map.iter()
            .filter(|(k, _)| keep.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Value {
        let wallet = json!({"type": "object", "properties": {"id": {"type": "string"}, "network": {"type": "string", "enum": ["A", "B"]}}, "required": ["id"]});
        json!({
            "openapi": "3.0.3",
            "paths": {
                "/wallets": {
                    "get": {"operationId": "listWallets", "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {
                        "type": "object", "properties": {"items": {"type": "array", "items": wallet.clone()}}}}}}}},
                    "post": {"operationId": "createWallet", "requestBody": {"content": {"application/json": {"schema": {
                        "type": "object", "properties": {"network": {"type": "string", "enum": ["A", "B"]}, "signingKey": {"type": "object", "properties": {"curve": {"type": "string"}}}}}}}},
                        "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": wallet.clone()}}}}}
                },
                "/wallets/{walletId}": {
                    "get": {"operationId": "getWallet", "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": wallet}}}}}
                }
            },
            "components": {"schemas": {"Network": {"type": "string", "enum": ["A", "B"]}}}
        })
    }

    #[test]
    fn repeated_shapes_become_one_component_named_by_their_place() {
        let mut doc = doc();
        let merged = merge(&mut doc, &BTreeMap::new()).expect("merge");
        // The wallet appears three times: as list items (hint `Item`... from `items`), and as two
        // whole responses; the most common hint wins.
        let schemas = doc["components"]["schemas"].as_object().expect("schemas");
        let (name, count) = merged
            .components
            .iter()
            .find(|(_, n)| *n == 3)
            .expect("the wallet shape was merged");
        assert_eq!(*count, 3);
        assert!(schemas.contains_key(name));
        assert_eq!(
            doc.pointer(
                "/paths/~1wallets~1{walletId}/get/responses/200/content/application~1json/schema"
            ),
            Some(&reference(name))
        );
        // The inline enum equal to the existing `Network` component is replaced by a reference,
        // inside the new component too.
        assert_eq!(schemas[name]["properties"]["network"], reference("Network"));
        assert_eq!(
            doc.pointer("/paths/~1wallets/post/requestBody/content/application~1json/schema/properties/network"),
            Some(&reference("Network"))
        );
        // A shape seen once stays inline.
        assert!(!schemas.contains_key("SigningKey"));
        assert!(merged.suffixed.is_empty());
    }

    #[test]
    fn pins_name_a_shape_and_extract_single_occurrences() {
        let mut doc = doc();
        let mut pins = BTreeMap::new();
        pins.insert(
            "/paths/~1wallets~1{walletId}/get/responses/200/content/application~1json/schema"
                .to_string(),
            "Wallet".to_string(),
        );
        pins.insert(
            "/paths/~1wallets/post/requestBody/content/application~1json/schema/properties/signingKey"
                .to_string(),
            "SigningKeyOptions".to_string(),
        );
        pins.insert("/nowhere".to_string(), "Stale".to_string());
        let merged = merge(&mut doc, &pins).expect("merge");
        let schemas = doc["components"]["schemas"].as_object().expect("schemas");
        assert_eq!(
            only(
                schemas["Wallet"].as_object().expect("object"),
                &["required"]
            ),
            json!({"required": ["id"]})
        );
        assert!(schemas.contains_key("SigningKeyOptions"));
        assert_eq!(
            doc.pointer("/paths/~1wallets/get/responses/200/content/application~1json/schema/properties/items/items"),
            Some(&reference("Wallet"))
        );
        assert_eq!(merged.unused_pins, vec!["/nowhere".to_string()]);
    }

    #[test]
    fn colliding_names_are_qualified_then_suffixed() {
        let mut taken = HashMap::new();
        taken.insert("Kind".to_string(), "x".to_string());
        let shape = Shape {
            occurrences: vec![Occurrence {
                pointer: "/a".into(),
                hint: "Kind".into(),
                parent: "Offer".into(),
            }],
            title: None,
            existing: None,
            canon: None,
        };
        assert_eq!(
            choose_name(&shape, &taken),
            ("OfferKind".to_string(), false)
        );
        taken.insert("OfferKind".to_string(), "y".to_string());
        assert_eq!(choose_name(&shape, &taken), ("Kind2".to_string(), true));
    }
}
