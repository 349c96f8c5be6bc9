//! A spec checked against the OpenAPI Initiative's JSON Schema for OpenAPI 3.0 documents.

use boon::{Compiler, ErrorKind, SchemaIndex, Schemas, ValidationError};
use serde_json::Value;
use std::sync::OnceLock;

/// The OAI's schema (see `xtask/schemas/README.md`), embedded so checks need no network.
const OPENAPI_3_0: &str = include_str!("../../schemas/openapi-3.0.json");
/// The schema's own `id`, under which it is registered.
const OPENAPI_3_0_ID: &str = "https://spec.openapis.org/oas/3.0/schema/2021-09-28";

/// One place where a document breaks the schema.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Violation {
    /// JSON pointer of the offending value.
    pub at: String,
    pub message: String,
}

fn compiled() -> Result<&'static (Schemas, SchemaIndex), String> {
    static SCHEMA: OnceLock<Result<(Schemas, SchemaIndex), String>> = OnceLock::new();
    SCHEMA
        .get_or_init(|| {
            let json: Value = serde_json::from_str(OPENAPI_3_0)
                .map_err(|e| format!("the embedded OpenAPI 3.0 schema is not JSON: {e}"))?;
            let mut schemas = Schemas::new();
            let mut compiler = Compiler::new();
            compiler
                .add_resource(OPENAPI_3_0_ID, json)
                .map_err(|e| format!("the embedded OpenAPI 3.0 schema: {e}"))?;
            let index = compiler
                .compile(OPENAPI_3_0_ID, &mut schemas)
                .map_err(|e| format!("the embedded OpenAPI 3.0 schema does not compile: {e}"))?;
            Ok((schemas, index))
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// Every violation of the OpenAPI 3.0 schema, most specific first. Where a value may be one of
/// several objects (a Response or a Reference, ...), the schema's complaint that it lacks `$ref`
/// is left out: it only says the value is not a Reference.
pub fn check(doc: &Value) -> Result<Vec<Violation>, String> {
    let (schemas, index) = compiled()?;
    let Err(error) = schemas.validate(doc, *index) else {
        return Ok(Vec::new());
    };
    let mut leaves = Vec::new();
    collect_leaves(&error, &mut leaves);
    let mut out: Vec<Violation> = leaves
        .iter()
        .filter(|e| !is_missing_ref(e) || leaves.len() == 1)
        .map(|e| Violation {
            at: e.instance_location.to_string(),
            message: e.kind.to_string(),
        })
        .collect();
    // Deepest first: the innermost complaint is the one that says what to fix.
    out.sort_by(|a, b| {
        b.at.matches('/')
            .count()
            .cmp(&a.at.matches('/').count())
            .then(a.cmp(b))
    });
    out.dedup();
    Ok(out)
}

fn collect_leaves<'a, 's, 'v>(
    error: &'a ValidationError<'s, 'v>,
    out: &mut Vec<&'a ValidationError<'s, 'v>>,
) {
    if error.causes.is_empty() {
        out.push(error);
    }
    for cause in &error.causes {
        collect_leaves(cause, out);
    }
}

fn is_missing_ref(e: &ValidationError<'_, '_>) -> bool {
    matches!(&e.kind, ErrorKind::Required { want } if want.as_slice() == ["$ref"])
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn accepts_a_minimal_document_and_names_where_one_breaks_the_schema() {
        let ok = json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}});
        assert_eq!(check(&ok).expect("checks"), []);
        let bad = json!({"openapi": "3.0.3", "info": {"title": "t"}, "paths": {"/a": {"get": {
            "responses": {"200": {"description": "ok", "stray": true}}}}}});
        let got = check(&bad).expect("checks");
        assert!(
            got.iter()
                .any(|v| v.at == "/info" && v.message.contains("version")),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|v| v.at == "/paths/~1a/get/responses/200" && v.message.contains("stray")),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|v| v.message.contains("$ref")),
            "the Reference alternative is noise: {got:?}"
        );
    }
}
