//! Error statuses a spec declares without a body (JTL answers 401, 402 and 410 with nothing).
//!
//! progenitor takes one error type per operation, and a status without a body would be a second
//! one. So such statuses are kept from progenitor when the operation has an error type, and the
//! generated `send()` answers them before anything else with that error type and no body
//! (`apifleet_runtime::decode::error_without_body`).

use crate::spec::Spec;
use serde_json::Value;
use std::collections::BTreeMap;

/// Rust method name → the body-less error statuses of that operation.
pub type Statuses = BTreeMap<String, Vec<u16>>;

/// Removes, from the copy of the spec handed to progenitor, the body-less error statuses of every
/// operation that also declares an error with a body; returns them per operation.
pub fn take(spec: &Spec, doc: &mut Value) -> Result<Statuses, String> {
    let mut out = Statuses::new();
    for op in spec.operations() {
        let Some(responses) = op.op.get("responses").and_then(Value::as_object) else {
            continue;
        };
        let mut bodiless = Vec::new();
        let mut typed_error = false;
        for (code, response) in responses {
            let response = spec.resolve(response)?;
            let has_body = response
                .get("content")
                .and_then(Value::as_object)
                .is_some_and(|c| !c.is_empty());
            let error = code == "default" || code.starts_with('4') || code.starts_with('5');
            match code.parse::<u16>() {
                Ok(status @ 400..=599) if !has_body => bodiless.push(status),
                _ if error && has_body => typed_error = true,
                _ => {}
            }
        }
        if bodiless.is_empty() || !typed_error {
            continue;
        }
        let pointer = format!(
            "/paths/{}/{}/responses",
            op.path.replace('~', "~0").replace('/', "~1"),
            op.method
        );
        let Some(kept) = doc.pointer_mut(&pointer).and_then(Value::as_object_mut) else {
            return Err(format!(
                "{}: {}: responses not found",
                spec.file,
                op.label()
            ));
        };
        for status in &bodiless {
            kept.remove(&status.to_string());
        }
        let id = op
            .op
            .get("operationId")
            .and_then(Value::as_str)
            .unwrap_or_default();
        out.insert(crate::generate::method_name(id), bodiless);
    }
    Ok(out)
}

/// The match arm answering `statuses` first, for the start of a generated `send()`'s status match.
pub fn arm(statuses: &[u16]) -> syn::Arm {
    let codes = statuses
        .iter()
        .map(|s| proc_macro2::Literal::u16_suffixed(*s));
    syn::parse_quote! {
        #(#codes)|* => Err(apifleet_runtime::decode::error_without_body(response).await),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_only_body_less_error_statuses_beside_a_typed_error() {
        let spec = Spec::parse(
            "t.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: getA\n      \
             responses:\n        '200': {description: ok}\n        '204': {description: none}\n        \
             '401': {$ref: '#/components/responses/Empty'}\n        '410': {description: gone}\n        \
             4XX: {description: e, content: {application/json: {schema: {type: object}}}}\n    \
             put:\n      operationId: putA\n      responses:\n        '200': {description: ok}\n        \
             '404': {description: nf}\ncomponents:\n  responses:\n    Empty: {description: nothing}\n",
        )
        .expect("parses");
        let mut doc = spec.doc.clone();
        let taken = take(&spec, &mut doc).expect("takes");
        assert_eq!(
            taken,
            Statuses::from([("get_a".to_string(), vec![401, 410])]),
            "put_a has no typed error: progenitor takes its 404 as it is"
        );
        let kept: Vec<&String> = doc["paths"]["/a"]["get"]["responses"]
            .as_object()
            .expect("responses")
            .keys()
            .collect();
        assert_eq!(kept, ["200", "204", "4XX"]);
        assert!(doc["paths"]["/a"]["put"]["responses"].get("404").is_some());
    }
}
