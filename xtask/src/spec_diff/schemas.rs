//! What drift folds into "equal": `nullable` and `default`. Both revisions' schemas are walked
//! node by node (components by name, inline schemas of operations in place); `$ref`s are not
//! followed, since the component they name is walked on its own.

use crate::spec::Spec;
use serde_json::Value;

/// Where a changed schema node sits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Owner {
    /// Inside `#/components/schemas/<name>`: its users decide request or response position.
    Component(String),
    /// Inline in an operation (`METHOD path`), in request (`true`) or response position.
    Operation { key: String, input: bool },
}

/// One change of `nullable` or `default`.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeChange {
    pub owner: Owner,
    /// The property's name, when the node is one.
    pub property: Option<String>,
    /// Whether that property is required in its object (in the new revision).
    pub required: bool,
    pub what: What,
}

#[derive(Debug, Clone, PartialEq)]
pub enum What {
    NowNullable,
    NoLongerNullable,
    DefaultChanged {
        old: Option<Value>,
        new: Option<Value>,
    },
}

/// Every `nullable` and `default` change between two revisions.
pub fn changes(old: &Spec, new: &Spec) -> Vec<NodeChange> {
    let mut out = Vec::new();
    let schemas = |s: &Spec| {
        s.doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .cloned()
    };
    if let (Some(a), Some(b)) = (schemas(old), schemas(new)) {
        for (name, a_schema) in &a {
            if let Some(b_schema) = b.get(name) {
                let owner = Owner::Component(name.clone());
                walk(a_schema, b_schema, &owner, None, false, &mut out);
            }
        }
    }
    let new_ops = new.operations();
    for o in old.operations() {
        let Some(n) = new_ops
            .iter()
            .find(|n| n.path == o.path && n.method == o.method)
        else {
            continue;
        };
        let key = format!("{} {}", o.method.to_uppercase(), o.path);
        let input = Owner::Operation {
            key: key.clone(),
            input: true,
        };
        let output = Owner::Operation { key, input: false };
        let params = |v: &Value| -> Vec<Value> {
            v.get("parameters")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        };
        for a in params(o.op) {
            let b = params(n.op)
                .into_iter()
                .find(|b| b.get("name") == a.get("name") && b.get("in") == a.get("in"));
            if let (Some(sa), Some(sb)) =
                (a.get("schema"), b.as_ref().and_then(|b| b.get("schema")))
            {
                walk(sa, sb, &input, None, false, &mut out);
            }
        }
        for (place, owner) in [("requestBody", &input), ("responses", &output)] {
            let (Some(a), Some(b)) = (o.op.get(place), n.op.get(place)) else {
                continue;
            };
            let pairs: Vec<(&Value, &Value)> = if place == "requestBody" {
                vec![(a, b)]
            } else {
                a.as_object()
                    .into_iter()
                    .flatten()
                    .filter_map(|(code, r)| b.get(code).map(|s| (r, s)))
                    .collect()
            };
            for (a, b) in pairs {
                let content = |v: &Value| v.get("content").and_then(Value::as_object).cloned();
                let (Some(ca), Some(cb)) = (content(a), content(b)) else {
                    continue;
                };
                for (media, ma) in &ca {
                    if let (Some(sa), Some(sb)) = (
                        ma.get("schema"),
                        cb.get(media).and_then(|m| m.get("schema")),
                    ) {
                        walk(sa, sb, owner, None, false, &mut out);
                    }
                }
            }
        }
    }
    out
}

fn walk(
    a: &Value,
    b: &Value,
    owner: &Owner,
    property: Option<&str>,
    required: bool,
    out: &mut Vec<NodeChange>,
) {
    if a.get("$ref").is_some() || b.get("$ref").is_some() {
        return;
    }
    let mut push = |what| {
        out.push(NodeChange {
            owner: owner.clone(),
            property: property.map(str::to_string),
            required,
            what,
        })
    };
    let nullable = |v: &Value| v.get("nullable").and_then(Value::as_bool) == Some(true);
    match (nullable(a), nullable(b)) {
        (false, true) => push(What::NowNullable),
        (true, false) => push(What::NoLongerNullable),
        _ => {}
    }
    if a.get("default") != b.get("default") {
        push(What::DefaultChanged {
            old: a.get("default").cloned(),
            new: b.get("default").cloned(),
        });
    }
    if let (Some(pa), Some(pb)) = (
        a.get("properties").and_then(Value::as_object),
        b.get("properties").and_then(Value::as_object),
    ) {
        let required_in_b = |name: &str| {
            b.get("required")
                .and_then(Value::as_array)
                .is_some_and(|r| r.iter().any(|x| x.as_str() == Some(name)))
        };
        for (name, sa) in pa {
            if let Some(sb) = pb.get(name) {
                walk(sa, sb, owner, Some(name), required_in_b(name), out);
            }
        }
    }
    for key in ["items", "additionalProperties", "not"] {
        if let (Some(sa), Some(sb)) = (a.get(key), b.get(key))
            && sa.is_object()
            && sb.is_object()
        {
            walk(sa, sb, owner, None, false, out);
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        if let (Some(la), Some(lb)) = (
            a.get(key).and_then(Value::as_array),
            b.get(key).and_then(Value::as_array),
        ) {
            for (sa, sb) in la.iter().zip(lb) {
                walk(sa, sb, owner, None, false, out);
            }
        }
    }
}
