//! Values checked against a spec's schemas with `boon`, a maintained JSON Schema validator (the one
//! `xtask` checks our specs with). The spec is one resource; each schema is compiled once, on
//! first use, by its JSON pointer.

use super::spec::SpecDoc;
use boon::{Compiler, Draft, SchemaIndex, Schemas, ValidationError};
use serde_json::Value;
use std::collections::HashMap;
use std::fmt;

/// The first place where a value breaks its schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// JSON pointer into the value (empty for the value itself).
    pub at: String,
    /// What is wrong there.
    pub message: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.at.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "at {}: {}", self.at, self.message)
        }
    }
}

/// Compiled schemas of one spec: every schema an operation names, every named component and
/// every `oneOf`/`anyOf` holder (the example generator checks its choices there). All are compiled
/// up front, because boon's compiler cannot be shared between threads and the schemas can.
pub(crate) struct Validator {
    schemas: Schemas,
    compiled: HashMap<String, SchemaIndex>,
    /// Schemas that did not compile, with why (a test keeps this empty for our specs).
    pub(crate) failures: Vec<String>,
}

impl fmt::Debug for Validator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Validator")
            .field("compiled", &self.compiled.len())
            .field("failures", &self.failures)
            .finish()
    }
}

impl Validator {
    /// Registers the spec as a resource and compiles its schemas. OpenAPI 3.0 schemas are draft 4
    /// with extensions (`exclusiveMinimum: true`, `$ref` siblings ignored), so draft 4 it is;
    /// formats are asserted as draft 4 does (`date-time`, `uuid`, `email`, ...).
    pub(crate) fn new(spec: &SpecDoc) -> Result<Validator, String> {
        let base = format!("https://sandbox.apifleet.invalid/specs/{}.json", spec.name);
        let mut compiler = Compiler::new();
        compiler.set_default_draft(Draft::V4);
        compiler
            .add_resource(&base, spec.doc.clone())
            .map_err(|e| format!("{}: {e}", spec.name))?;
        let mut schemas = Schemas::new();
        let mut compiled = HashMap::new();
        let mut failures = Vec::new();
        for pointer in schema_pointers(spec) {
            match compiler.compile(&format!("{base}#{pointer}"), &mut schemas) {
                Ok(index) => {
                    compiled.insert(pointer, index);
                }
                Err(e) => failures.push(format!("{pointer}: {e}")),
            }
        }
        Ok(Validator {
            schemas,
            compiled,
            failures,
        })
    }

    /// Checks `value` against the schema at `pointer`.
    pub(crate) fn check(&self, pointer: &str, value: &Value) -> Result<(), Violation> {
        let Some(index) = self.compiled.get(pointer) else {
            return Err(Violation {
                at: String::new(),
                message: format!("no compiled schema at {pointer}"),
            });
        };
        self.schemas
            .validate(value, *index)
            .map_err(|e| deepest(&e))
    }
}

/// Every schema the engine checks against.
fn schema_pointers(spec: &SpecDoc) -> Vec<String> {
    let mut out = std::collections::BTreeSet::new();
    for op in spec.operations() {
        let params = op.params.iter().filter_map(|p| p.schema.clone());
        let bodies = op.body.iter().flat_map(|b| b.content.iter());
        let responses = op.responses.iter().flat_map(|r| r.content.iter());
        out.extend(params);
        out.extend(bodies.chain(responses).filter_map(|m| m.schema.clone()));
    }
    if let Some(named) = spec.at("/components/schemas").and_then(Value::as_object) {
        out.extend(
            named
                .keys()
                .map(|k| format!("/components/schemas/{}", super::spec::escape(k))),
        );
    }
    choice_holders(&spec.doc, &mut String::new(), &mut out);
    out.into_iter().collect()
}

/// Pointers of every object with `oneOf` or `anyOf` (outside examples).
fn choice_holders(value: &Value, at: &mut String, out: &mut std::collections::BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            if map.contains_key("oneOf") || map.contains_key("anyOf") {
                out.insert(at.clone());
            }
            for (k, v) in map {
                if k == "example" || k == "examples" {
                    continue;
                }
                let len = at.len();
                at.push('/');
                at.push_str(&super::spec::escape(k));
                choice_holders(v, at, out);
                at.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let len = at.len();
                at.push_str(&format!("/{i}"));
                choice_holders(v, at, out);
                at.truncate(len);
            }
        }
        _ => {}
    }
}

/// The innermost complaint: the one that says what to fix.
fn deepest(error: &ValidationError<'_, '_>) -> Violation {
    let mut best: Option<(usize, Violation)> = None;
    let mut stack = vec![error];
    while let Some(e) = stack.pop() {
        if e.causes.is_empty() {
            let at = e.instance_location.to_string();
            let depth = at.matches('/').count();
            if best.as_ref().is_none_or(|(d, _)| depth > *d) {
                best = Some((
                    depth,
                    Violation {
                        at,
                        message: e.kind.to_string(),
                    },
                ));
            }
        }
        stack.extend(e.causes.iter());
    }
    best.map(|(_, v)| v).unwrap_or_else(|| Violation {
        at: error.instance_location.to_string(),
        message: error.kind.to_string(),
    })
}
