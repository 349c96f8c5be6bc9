//! Bodies added, removed or given other media types. drift compares only the media types both
//! revisions declare (it panics on the others), so these are found here, and drift is handed
//! copies of the documents in which each such request body or response carries only the media
//! types both revisions give a schema.

use super::rules::{Class, Finding};
use crate::spec::Spec;
use serde_json::Value;
use std::collections::BTreeSet;

/// The documents to hand drift, and what this pass found.
pub struct Split {
    pub old: Value,
    pub new: Value,
    pub findings: Vec<Finding>,
}

/// Media types with a schema, and all media types, of a request body or response.
fn media(value: &Value) -> (BTreeSet<String>, BTreeSet<String>) {
    let content = value.get("content").and_then(Value::as_object);
    let all: BTreeSet<String> = content
        .into_iter()
        .flatten()
        .map(|(k, _)| k.clone())
        .collect();
    let typed = content
        .into_iter()
        .flatten()
        .filter(|(_, m)| m.get("schema").is_some())
        .map(|(k, _)| k.clone())
        .collect();
    (typed, all)
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Compares the bodies of every operation both revisions have.
pub fn split(file: &str, old: &Spec, new: &Spec) -> Split {
    let mut out = Split {
        old: old.doc.clone(),
        new: new.doc.clone(),
        findings: Vec::new(),
    };
    let new_ops = new.operations();
    for o in old.operations() {
        let Some(n) = new_ops
            .iter()
            .find(|n| n.path == o.path && n.method == o.method)
        else {
            continue;
        };
        let operation =
            n.op.get("operationId")
                .and_then(Value::as_str)
                .map(str::to_string)
                .unwrap_or_else(|| n.label());
        let base = format!("/paths/{}/{}", escape(o.path), o.method);
        let mut finding = |class, rule, reason: String| {
            out.findings.push(Finding {
                class,
                spec: file.to_string(),
                operation: operation.clone(),
                rule,
                reason,
            })
        };
        let mut places: Vec<(String, Option<String>)> = vec![("requestBody".into(), None)];
        if let (Some(a), Some(b)) = (
            o.op.get("responses").and_then(Value::as_object),
            n.op.get("responses").and_then(Value::as_object),
        ) {
            places.extend(
                a.keys()
                    .filter(|k| b.contains_key(*k))
                    .map(|k| (format!("responses/{}", escape(k)), Some(k.clone()))),
            );
        }
        for (place, status) in places {
            let pointer = format!("{base}/{place}");
            let (Some(a), Some(b)) = (old.doc.pointer(&pointer), new.doc.pointer(&pointer)) else {
                continue;
            };
            let (Ok(a), Ok(b)) = (old.resolve(a), new.resolve(b)) else {
                continue;
            };
            let ((a_typed, a_all), (b_typed, b_all)) = (media(a), media(b));
            if a_typed == a_all && b_typed == b_all && a_all == b_all {
                continue; // drift can compare these
            }
            match &status {
                Some(code) => {
                    let success = !(code.starts_with('4') || code.starts_with('5'));
                    let (rule, what) = if b_all.is_empty() && !a_all.is_empty() {
                        ("response-body-removed", "is now declared without a body")
                    } else if a_all.is_empty() && !b_all.is_empty() {
                        ("response-body-added", "now declares a body")
                    } else {
                        ("response-media-type-changed", "declares other media types")
                    };
                    if a_all != b_all {
                        let (class, effect) = if success {
                            (Class::Breaking, "the method's return type changes")
                        } else {
                            (
                                Class::Compatible,
                                "the error keeps its type; `Error::body()` follows the spec",
                            )
                        };
                        finding(
                            class,
                            rule,
                            format!("response status {code} {what} ({effect})"),
                        );
                    }
                }
                None => {
                    let required = b.get("required").and_then(Value::as_bool) == Some(true);
                    if a_all != b_all {
                        let (class, rule, reason) = if b_all.is_empty() {
                            (
                                Class::Breaking,
                                "request-body-removed",
                                "the request body was removed".to_string(),
                            )
                        } else if a_all.is_empty() {
                            let class = if required {
                                Class::Breaking
                            } else {
                                Class::Compatible
                            };
                            let kind = if required { "required" } else { "optional" };
                            (
                                class,
                                "request-body-added",
                                format!("the request takes a new {kind} body"),
                            )
                        } else {
                            (
                                Class::Breaking,
                                "request-media-type-changed",
                                "the request body's media types changed".to_string(),
                            )
                        };
                        finding(class, rule, reason);
                    }
                }
            }
            // drift sees only what both revisions type: each side inlined, with common media types.
            let common: BTreeSet<&String> = a_typed.intersection(&b_typed).collect();
            for (doc, resolved) in [(&mut out.old, a), (&mut out.new, b)] {
                let mut copy = resolved.clone();
                if let Some(content) = copy.get_mut("content").and_then(Value::as_object_mut) {
                    content.retain(|k, _| common.contains(k));
                }
                if let Some(slot) = doc.pointer_mut(&pointer) {
                    *slot = copy;
                }
            }
        }
    }
    out
}
