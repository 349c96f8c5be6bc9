//! Our corrections to a published document, in the OpenAPI Overlay 1.0 format.
//!
//! An overlay is a list of actions, each a `target` (a JSONPath), a `description` (why: we require
//! one on every action) and either `update` (merged into every node the target selects) or
//! `remove: true`. Targets use the JSONPath subset overlays need: `$`, `.name`, `['name']`,
//! `['a','b']` (either name), `.*` / `[*]` and `[n]`. An action that selects nothing is an error:
//! it means the published document changed under the correction, which a person should look at.
//!
//! Merging: objects merge key by key, recursively; anything else in `update` replaces what was there;
//! when the target itself is an array, `update` is appended to it (each element if it is an array).

use serde_json::Value;

/// One action, parsed, for reporting.
#[derive(Debug, Clone)]
pub struct Action {
    pub target: String,
    pub description: String,
    pub remove: bool,
    pub update: Option<Value>,
}

/// An overlay document.
#[derive(Debug)]
pub struct Overlay {
    pub file: String,
    pub actions: Vec<Action>,
}

/// What applying one action did: which concrete nodes (JSON pointers) it touched.
#[derive(Debug)]
pub struct Applied {
    pub action: usize,
    pub pointers: Vec<String>,
}

impl Overlay {
    /// Parses an overlay document (YAML).
    pub fn parse(file: &str, text: &str) -> Result<Overlay, String> {
        let doc: Value =
            serde_norway::from_str(text).map_err(|e| format!("{file}: not valid YAML: {e}"))?;
        let version = doc.get("overlay").and_then(Value::as_str).unwrap_or("");
        if !version.starts_with("1.") {
            return Err(format!(
                "{file}: expected `overlay: 1.0.0`, found {version:?}"
            ));
        }
        let actions = doc
            .get("actions")
            .and_then(Value::as_array)
            .ok_or_else(|| format!("{file}: no `actions` list"))?;
        let mut out = Vec::new();
        for (i, action) in actions.iter().enumerate() {
            let at = format!("{file}: action {}", i + 1);
            let target = action
                .get("target")
                .and_then(Value::as_str)
                .ok_or_else(|| format!("{at}: no `target`"))?;
            parse_path(target).map_err(|e| format!("{at}: target `{target}`: {e}"))?;
            let description = action
                .get("description")
                .and_then(Value::as_str)
                .filter(|d| !d.trim().is_empty())
                .ok_or_else(|| {
                    format!("{at} ({target}): every action says why in `description`")
                })?;
            let remove = action.get("remove").and_then(Value::as_bool) == Some(true);
            let update = action.get("update").cloned();
            if remove == update.is_some() {
                return Err(format!(
                    "{at} ({target}): an action has either `update` or `remove: true`"
                ));
            }
            out.push(Action {
                target: target.to_string(),
                description: description.to_string(),
                remove,
                update,
            });
        }
        Ok(Overlay {
            file: file.to_string(),
            actions: out,
        })
    }

    /// Applies every action in order.
    pub fn apply(&self, doc: &mut Value) -> Result<Vec<Applied>, String> {
        let mut applied = Vec::new();
        for (i, action) in self.actions.iter().enumerate() {
            let at = format!("{}: action {} ({})", self.file, i + 1, action.target);
            let segments = parse_path(&action.target).map_err(|e| format!("{at}: {e}"))?;
            let pointers = select(doc, &segments);
            if pointers.is_empty() {
                return Err(format!(
                    "{at}: selects nothing in the document (did the published document change?)"
                ));
            }
            if action.remove {
                // Remove from the back so that array indices stay valid.
                for pointer in pointers.iter().rev() {
                    remove(doc, pointer).map_err(|e| format!("{at}: {e}"))?;
                }
            } else if let Some(update) = &action.update {
                for pointer in &pointers {
                    let node = doc
                        .pointer_mut(pointer)
                        .ok_or_else(|| format!("{at}: {pointer} vanished"))?;
                    merge(node, update).map_err(|e| format!("{at}: at {pointer}: {e}"))?;
                }
            }
            applied.push(Applied {
                action: i,
                pointers,
            });
        }
        Ok(applied)
    }
}

/// One step of a JSONPath.
#[derive(Debug, PartialEq)]
enum Segment {
    Names(Vec<String>),
    Index(usize),
    Wildcard,
}

fn parse_path(path: &str) -> Result<Vec<Segment>, String> {
    let rest = path.strip_prefix('$').ok_or("a target starts with `$`")?;
    let mut segments = Vec::new();
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '.' => {
                if chars.peek() == Some(&'*') {
                    chars.next();
                    segments.push(Segment::Wildcard);
                    continue;
                }
                let mut name = String::new();
                while let Some(&c) = chars.peek() {
                    if c == '.' || c == '[' {
                        break;
                    }
                    name.push(c);
                    chars.next();
                }
                if name.is_empty() {
                    return Err("empty name after `.` (`..` is not supported)".into());
                }
                segments.push(Segment::Names(vec![name]));
            }
            '[' => {
                let mut inner = String::new();
                let mut quote: Option<char> = None;
                loop {
                    let c = chars.next().ok_or("unclosed `[`")?;
                    match (quote, c) {
                        (None, ']') => break,
                        (None, '\'' | '"') => quote = Some(c),
                        (Some(q), c) if c == q => quote = None,
                        _ => {}
                    }
                    inner.push(c);
                }
                let inner = inner.trim();
                if inner == "*" {
                    segments.push(Segment::Wildcard);
                } else if let Ok(index) = inner.parse::<usize>() {
                    segments.push(Segment::Index(index));
                } else {
                    let mut names = Vec::new();
                    for part in split_union(inner)? {
                        names.push(part);
                    }
                    segments.push(Segment::Names(names));
                }
            }
            other => return Err(format!("unexpected `{other}`")),
        }
    }
    Ok(segments)
}

/// `'a', "b"` → `[a, b]`; every part must be quoted.
fn split_union(inner: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut chars = inner.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace() || *c == ',') {
            chars.next();
        }
        let Some(q) = chars.next() else { break };
        if q != '\'' && q != '"' {
            return Err(format!(
                "unsupported selector `[{inner}]` (quoted names, `*` or an index)"
            ));
        }
        let mut name = String::new();
        loop {
            let c = chars.next().ok_or("unclosed quote")?;
            if c == q {
                break;
            }
            name.push(c);
        }
        out.push(name);
    }
    if out.is_empty() {
        return Err("empty `[]`".into());
    }
    Ok(out)
}

/// The JSON pointers of every node a path selects, in document order.
fn select(doc: &Value, segments: &[Segment]) -> Vec<String> {
    let mut current = vec![(String::new(), doc)];
    for segment in segments {
        let mut next = Vec::new();
        for (pointer, node) in current {
            match (segment, node) {
                (Segment::Names(names), Value::Object(map)) => {
                    for name in names {
                        if let Some(child) = map.get(name) {
                            next.push((format!("{pointer}/{}", super::merge::escape(name)), child));
                        }
                    }
                }
                (Segment::Index(i), Value::Array(items)) => {
                    if let Some(child) = items.get(*i) {
                        next.push((format!("{pointer}/{i}"), child));
                    }
                }
                (Segment::Wildcard, Value::Object(map)) => {
                    for (name, child) in map {
                        next.push((format!("{pointer}/{}", super::merge::escape(name)), child));
                    }
                }
                (Segment::Wildcard, Value::Array(items)) => {
                    for (i, child) in items.iter().enumerate() {
                        next.push((format!("{pointer}/{i}"), child));
                    }
                }
                _ => {}
            }
        }
        current = next;
    }
    current.into_iter().map(|(p, _)| p).collect()
}

fn remove(doc: &mut Value, pointer: &str) -> Result<(), String> {
    let (parent, last) = pointer
        .rsplit_once('/')
        .ok_or("the whole document cannot be removed")?;
    let key = last.replace("~1", "/").replace("~0", "~");
    match doc.pointer_mut(parent) {
        Some(Value::Object(map)) => {
            map.remove(&key);
            Ok(())
        }
        Some(Value::Array(items)) => {
            let index: usize = key.parse().map_err(|_| format!("bad index in {pointer}"))?;
            if index < items.len() {
                items.remove(index);
            }
            Ok(())
        }
        _ => Err(format!("{pointer}: parent vanished")),
    }
}

/// Merges `update` into `target` (see the module docs).
fn merge(target: &mut Value, update: &Value) -> Result<(), String> {
    match (target, update) {
        (Value::Object(target), Value::Object(update)) => {
            for (key, value) in update {
                match target.get_mut(key) {
                    Some(existing) if existing.is_object() && value.is_object() => {
                        merge(existing, value)?
                    }
                    _ => {
                        target.insert(key.clone(), value.clone());
                    }
                }
            }
            Ok(())
        }
        (Value::Array(items), Value::Array(more)) => {
            items.extend(more.iter().cloned());
            Ok(())
        }
        (Value::Array(items), other) => {
            items.push(other.clone());
            Ok(())
        }
        (target, _) => Err(format!(
            "cannot merge into a {} (target an object or an array)",
            kind(target)
        )),
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn overlay(actions: &str) -> Result<Overlay, String> {
        Overlay::parse(
            "test.yaml",
            &format!("overlay: 1.0.0\ninfo: {{title: t, version: '1'}}\nactions:\n{actions}"),
        )
    }

    fn doc() -> Value {
        json!({"paths": {
            "/a": {"get": {"responses": {"200": {"description": "OK"}}}, "parameters": []},
            "/b": {"get": {"responses": {}}, "post": {"responses": {}, "tags": ["x"]}}
        }})
    }

    #[test]
    fn parses_the_path_subset() {
        assert_eq!(
            parse_path("$.paths['/a'].get").expect("parses"),
            vec![
                Segment::Names(vec!["paths".into()]),
                Segment::Names(vec!["/a".into()]),
                Segment::Names(vec!["get".into()])
            ]
        );
        assert_eq!(
            parse_path("$.paths.*[\"get\", 'post'][0]").expect("parses"),
            vec![
                Segment::Names(vec!["paths".into()]),
                Segment::Wildcard,
                Segment::Names(vec!["get".into(), "post".into()]),
                Segment::Index(0)
            ]
        );
        assert!(parse_path("paths").is_err());
        assert!(parse_path("$..x").is_err());
        assert!(parse_path("$[?(@.x)]").is_err());
    }

    #[test]
    fn updates_merge_into_every_selected_node() {
        let mut d = doc();
        let o = overlay(
            "  - target: \"$.paths.*['get','post'].responses\"\n    description: every operation answers errors\n    update: {4XX: {$ref: '#/components/responses/Error'}}\n",
        )
        .expect("overlay");
        let applied = o.apply(&mut d).expect("applies");
        assert_eq!(applied[0].pointers.len(), 3);
        assert_eq!(
            d["paths"]["/a"]["get"]["responses"]["200"]["description"],
            "OK"
        );
        assert_eq!(
            d["paths"]["/b"]["post"]["responses"]["4XX"]["$ref"],
            "#/components/responses/Error"
        );
    }

    #[test]
    fn remove_and_append() {
        let mut d = doc();
        let o = overlay(
            "  - target: $.paths['/b'].post\n    description: not served\n    remove: true\n  - target: $.paths['/a'].parameters\n    description: add one\n    update: {name: x, in: query}\n",
        )
        .expect("overlay");
        o.apply(&mut d).expect("applies");
        assert!(d["paths"]["/b"].get("post").is_none());
        assert_eq!(
            d["paths"]["/a"]["parameters"],
            json!([{"name": "x", "in": "query"}])
        );
    }

    #[test]
    fn refuses_actions_without_reason_or_match() {
        let err = overlay("  - target: $.paths\n    update: {}\n").expect_err("no description");
        assert!(err.contains("says why"), "{err}");
        let err = overlay("  - target: $.paths\n    description: x\n").expect_err("no update");
        assert!(err.contains("either"), "{err}");
        let o = overlay("  - target: $.paths['/zzz']\n    description: gone\n    remove: true\n")
            .expect("overlay");
        let err = o.apply(&mut doc()).expect_err("selects nothing");
        assert!(err.contains("selects nothing"), "{err}");
    }
}
