//! Our specs, embedded and indexed: every operation with its parameters, body and responses, each
//! schema named by its JSON pointer into the spec so the validator and the example generator work
//! on the same places.

use serde_json::{Map, Value};

/// Where a parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    Path,
    Query,
    Header,
    Cookie,
}

/// One parameter of an operation.
#[derive(Debug, Clone)]
pub struct Param {
    /// The name as the spec spells it.
    pub name: String,
    pub location: Location,
    pub required: bool,
    /// JSON pointer of its schema, if it has one.
    pub schema: Option<String>,
    /// The client sets it from its configuration (`x-apifleet-from-config`).
    pub from_config: bool,
}

/// One media type of a body.
#[derive(Debug, Clone)]
pub struct Media {
    /// `application/json`, ...
    pub media_type: String,
    /// JSON pointer of its schema, if it has one.
    pub schema: Option<String>,
}

/// The request body an operation takes.
#[derive(Debug, Clone)]
pub struct RequestBody {
    pub required: bool,
    pub content: Vec<Media>,
}

/// One declared response: `200`, `4XX`, `default`, ...
#[derive(Debug, Clone)]
pub struct ResponseSpec {
    pub status: String,
    pub content: Vec<Media>,
    /// Response headers the spec marks required.
    pub required_headers: Vec<String>,
}

impl ResponseSpec {
    /// Whether this declaration covers `status`.
    pub fn covers(&self, status: u16) -> bool {
        let key = self.status.as_str();
        key == status.to_string()
            || (key.len() == 3
                && key.ends_with("XX")
                && key.as_bytes()[0] == b'0' + (status / 100) as u8)
    }
}

/// One operation of a spec.
#[derive(Debug, Clone)]
pub struct Operation {
    /// The spec's operationId.
    pub id: String,
    /// Upper-case method.
    pub method: String,
    /// The path template, `/wallets/{walletId}`.
    pub path: String,
    /// The first tag (the area), if any.
    pub area: Option<String>,
    pub params: Vec<Param>,
    pub body: Option<RequestBody>,
    pub responses: Vec<ResponseSpec>,
    /// Security scheme names that apply (all of one requirement, any requirement).
    pub security: Vec<String>,
    segments: Vec<Segment>,
}

#[derive(Debug, Clone)]
enum Segment {
    Literal(String),
    Param(String),
}

impl Operation {
    /// The path parameters' values if `path` fits this operation's template (percent-decoded).
    pub fn match_path(&self, path: &str) -> Option<Vec<(String, String)>> {
        let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        if parts.len() != self.segments.len() {
            return None;
        }
        let mut values = Vec::new();
        for (segment, part) in self.segments.iter().zip(parts) {
            match segment {
                Segment::Literal(text) if text == part => {}
                Segment::Literal(_) => return None,
                Segment::Param(_) if part.is_empty() => return None,
                Segment::Param(name) => values.push((name.clone(), percent_decode(part))),
            }
        }
        Some(values)
    }

    /// How many literal segments the template has: the more, the more specific
    /// (`/wallets/all` before `/wallets/{walletId}`).
    fn literals(&self) -> usize {
        self.segments
            .iter()
            .filter(|s| matches!(s, Segment::Literal(_)))
            .count()
    }

    /// The JSON media type of the request body, when the operation takes one.
    pub fn json_body(&self) -> Option<&Media> {
        self.body
            .as_ref()?
            .content
            .iter()
            .find(|m| super::is_json(&m.media_type))
    }

    /// The lowest declared 2xx response.
    pub fn success(&self) -> Option<&ResponseSpec> {
        self.responses
            .iter()
            .filter(|r| r.status.len() == 3 && r.status.starts_with('2'))
            .min_by_key(|r| r.status.replace('X', "9"))
    }

    /// The declared response that covers `status`: the exact code, else its range, else `default`.
    pub fn response_for(&self, status: u16) -> Option<&ResponseSpec> {
        let exact = status.to_string();
        self.responses
            .iter()
            .find(|r| r.status == exact)
            .or_else(|| self.responses.iter().find(|r| r.covers(status)))
            .or_else(|| self.responses.iter().find(|r| r.status == "default"))
    }
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// An operation with the values of its path parameters.
pub type Found<'a> = (&'a Operation, Vec<(String, String)>);

/// A spec, ready for matching, validating and generating.
#[derive(Debug)]
pub struct SpecDoc {
    /// `dfns`, `jtl-erp`, ... (the file's stem).
    pub name: &'static str,
    /// The document with OpenAPI's `nullable` spelled as JSON Schema (`type: [T, "null"]`), so a
    /// JSON Schema validator reads the schemas as OpenAPI means them.
    pub(crate) doc: Value,
    /// Most specific template first.
    pub(crate) operations: Vec<Operation>,
}

impl SpecDoc {
    /// Parses and indexes a spec's YAML text.
    pub(crate) fn parse(name: &'static str, yaml: &str) -> Result<SpecDoc, String> {
        let mut doc: Value =
            serde_norway::from_str(yaml).map_err(|e| format!("{name}: not YAML: {e}"))?;
        nullable_as_json_schema(&mut doc);
        let mut operations = index(&doc).map_err(|e| format!("{name}: {e}"))?;
        operations.sort_by(|a, b| {
            b.literals()
                .cmp(&a.literals())
                .then_with(|| a.path.cmp(&b.path))
                .then_with(|| a.method.cmp(&b.method))
        });
        Ok(SpecDoc {
            name,
            doc,
            operations,
        })
    }

    /// Every operation, most specific path first.
    pub fn operations(&self) -> &[Operation] {
        &self.operations
    }

    /// The operation with this operationId.
    pub fn operation(&self, id: &str) -> Option<&Operation> {
        self.operations.iter().find(|op| op.id == id)
    }

    /// The operation a request names, with its path parameters; `None` when no template fits.
    /// `Err` carries the methods the path allows, when only the method is wrong.
    pub fn find(&self, method: &str, path: &str) -> Result<Option<Found<'_>>, Vec<String>> {
        let mut allowed = Vec::new();
        for op in &self.operations {
            if let Some(values) = op.match_path(path) {
                if op.method == method {
                    return Ok(Some((op, values)));
                }
                allowed.push(op.method.clone());
            }
        }
        if allowed.is_empty() {
            Ok(None)
        } else {
            Err(allowed)
        }
    }

    /// The value a JSON pointer names.
    pub(crate) fn at(&self, pointer: &str) -> Option<&Value> {
        self.doc.pointer(pointer)
    }

    /// Follows `$ref`s from `pointer` to the schema that holds the keywords.
    pub(crate) fn resolve(&self, pointer: &str) -> Option<(String, &Value)> {
        let mut pointer = pointer.to_string();
        for _ in 0..32 {
            let value = self.doc.pointer(&pointer)?;
            match value.get("$ref").and_then(Value::as_str) {
                Some(target) => pointer = target.strip_prefix('#')?.to_string(),
                None => return Some((pointer, value)),
            }
        }
        None
    }
}

/// Escapes one JSON pointer token.
pub(crate) fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// `nullable: true` becomes a `null` the JSON Schema way: added to `type` (and to `enum`), or
/// an `anyOf` with `null` where the schema has no `type` (a `$ref`, an `allOf`).
fn nullable_as_json_schema(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for child in map.values_mut() {
                nullable_as_json_schema(child);
            }
            if map.get("nullable") == Some(&Value::Bool(true)) {
                map.remove("nullable");
                if let Some(Value::String(t)) = map.get("type").cloned() {
                    map.insert("type".into(), Value::from(vec![t, "null".to_string()]));
                    if let Some(Value::Array(values)) = map.get_mut("enum")
                        && !values.contains(&Value::Null)
                    {
                        values.push(Value::Null);
                    }
                } else if !map.contains_key("type") {
                    let inner = Value::Object(std::mem::take(map));
                    map.insert(
                        "anyOf".into(),
                        Value::from(vec![inner, serde_json::json!({"type": "null"})]),
                    );
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(nullable_as_json_schema),
        _ => {}
    }
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

fn index(doc: &Value) -> Result<Vec<Operation>, String> {
    let global_security = security(doc.get("security"));
    let mut out = Vec::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return Ok(out);
    };
    for (path, item) in paths {
        let item_pointer = format!("/paths/{}", escape(path));
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let op_pointer = format!("{item_pointer}/{method}");
            let id = op
                .get("operationId")
                .and_then(Value::as_str)
                .ok_or_else(|| format!("{} {path}: no operationId", method.to_uppercase()))?
                .to_string();
            let mut params: Vec<Param> = Vec::new();
            // Operation parameters override path-item ones with the same name and place.
            for (list, at) in [
                (op.get("parameters"), format!("{op_pointer}/parameters")),
                (item.get("parameters"), format!("{item_pointer}/parameters")),
            ] {
                for (i, raw) in list
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .enumerate()
                {
                    let (pointer, param) = follow(doc, raw, format!("{at}/{i}"))?;
                    let param = parameter(param, &pointer)?;
                    if !params
                        .iter()
                        .any(|p| p.name == param.name && p.location == param.location)
                    {
                        params.push(param);
                    }
                }
            }
            let body = match op.get("requestBody") {
                Some(raw) => {
                    let (pointer, body) = follow(doc, raw, format!("{op_pointer}/requestBody"))?;
                    Some(RequestBody {
                        required: body.get("required").and_then(Value::as_bool) == Some(true),
                        content: content(body, &pointer),
                    })
                }
                None => None,
            };
            let mut responses = Vec::new();
            for (status, raw) in op
                .get("responses")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                let at = format!("{op_pointer}/responses/{}", escape(status));
                let (pointer, response) = follow(doc, raw, at)?;
                let required_headers = response
                    .get("headers")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                    .filter(|(_, h)| h.get("required").and_then(Value::as_bool) == Some(true))
                    .map(|(name, _)| name.clone())
                    .collect();
                responses.push(ResponseSpec {
                    status: status.clone(),
                    content: content(response, &pointer),
                    required_headers,
                });
            }
            let security = match op.get("security") {
                Some(list) => security(Some(list)),
                None => global_security.clone(),
            };
            out.push(Operation {
                id,
                method: method.to_uppercase(),
                path: path.clone(),
                area: op
                    .get("tags")
                    .and_then(|t| t.get(0))
                    .and_then(Value::as_str)
                    .map(str::to_string),
                params,
                body,
                responses,
                security,
                segments: segments(path),
            });
        }
    }
    Ok(out)
}

/// Follows a `$ref` (components/parameters, requestBodies, responses) to the object and its
/// pointer.
fn follow<'a>(doc: &'a Value, raw: &'a Value, at: String) -> Result<(String, &'a Value), String> {
    match raw.get("$ref").and_then(Value::as_str) {
        Some(target) => {
            let pointer = target
                .strip_prefix('#')
                .ok_or_else(|| format!("{at}: only local $refs are supported, not {target}"))?;
            let value = doc
                .pointer(pointer)
                .ok_or_else(|| format!("{at}: $ref {target} names nothing"))?;
            follow(doc, value, pointer.to_string())
        }
        None => Ok((at, raw)),
    }
}

fn parameter(param: &Value, pointer: &str) -> Result<Param, String> {
    let name = param
        .get("name")
        .and_then(Value::as_str)
        .ok_or_else(|| format!("{pointer}: a parameter without a name"))?;
    let location = match param.get("in").and_then(Value::as_str) {
        Some("path") => Location::Path,
        Some("query") => Location::Query,
        Some("header") => Location::Header,
        Some("cookie") => Location::Cookie,
        other => return Err(format!("{pointer}: parameter {name} in {other:?}")),
    };
    Ok(Param {
        name: name.to_string(),
        location,
        required: location == Location::Path
            || param.get("required").and_then(Value::as_bool) == Some(true),
        schema: param.get("schema").map(|_| format!("{pointer}/schema")),
        from_config: param.get("x-apifleet-from-config").and_then(Value::as_bool) == Some(true),
    })
}

fn content(holder: &Value, pointer: &str) -> Vec<Media> {
    holder
        .get("content")
        .and_then(Value::as_object)
        .map(|media| {
            media
                .iter()
                .map(|(media_type, m)| Media {
                    media_type: media_type.clone(),
                    schema: m
                        .get("schema")
                        .map(|_| format!("{pointer}/content/{}/schema", escape(media_type))),
                })
                .collect()
        })
        .unwrap_or_default()
}

fn security(list: Option<&Value>) -> Vec<String> {
    let mut names: Vec<String> = list
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .flat_map(Map::keys)
        .cloned()
        .collect();
    names.sort();
    names.dedup();
    names
}

fn segments(path: &str) -> Vec<Segment> {
    path.trim_start_matches('/')
        .split('/')
        .map(
            |part| match part.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
                Some(name) => Segment::Param(name.to_string()),
                None => Segment::Literal(part.to_string()),
            },
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /wallets/{walletId}:
    parameters:
      - {name: walletId, in: path, required: true, schema: {type: string}}
    get:
      operationId: GetWallet
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/W'}}}}
        4XX: {description: error}
  /wallets/all:
    get: {operationId: ListAll, responses: {"200": {description: ok}}}
components:
  schemas:
    W: {type: object, nullable: true, properties: {name: {type: string, nullable: true, enum: [a]}, other: {$ref: '#/components/schemas/W', nullable: true}}}
"#;

    #[test]
    fn literal_segments_win_and_path_values_are_decoded() {
        let spec = SpecDoc::parse("t", SPEC).expect("parses");
        let (op, _) = spec
            .find("GET", "/wallets/all")
            .expect("ok")
            .expect("found");
        assert_eq!(op.id, "ListAll");
        let (op, values) = spec
            .find("GET", "/wallets/w%2D1")
            .expect("ok")
            .expect("found");
        assert_eq!(op.id, "GetWallet");
        assert_eq!(values, vec![("walletId".to_string(), "w-1".to_string())]);
        assert!(matches!(spec.find("DELETE", "/wallets/x"), Err(m) if m == ["GET"]));
        assert!(spec.find("GET", "/nope").expect("ok").is_none());
        assert_eq!(op.response_for(404).map(|r| r.status.as_str()), Some("4XX"));
        assert_eq!(op.success().map(|r| r.status.as_str()), Some("200"));
    }

    #[test]
    fn nullable_is_spelled_as_json_schema() {
        let spec = SpecDoc::parse("t", SPEC).expect("parses");
        let w = spec.at("/components/schemas/W").expect("there");
        assert_eq!(w["type"], serde_json::json!(["object", "null"]));
        assert_eq!(
            w["properties"]["name"]["enum"],
            serde_json::json!(["a", null])
        );
        assert_eq!(
            w["properties"]["other"]["anyOf"][1],
            serde_json::json!({"type": "null"})
        );
    }
}
