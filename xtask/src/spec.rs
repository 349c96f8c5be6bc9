//! Loading a hand-written spec and walking its operations.

use serde_json::Value;
use std::path::Path;

/// HTTP methods an OpenAPI path item may hold, in the order we report them.
pub const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// A path template with every parameter name dropped (`/a/{id}` → `/a/{}`): two paths with the
/// same template are the same to a server.
pub fn path_template(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_param = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_param = true;
                out.push('{');
            }
            '}' => {
                in_param = false;
                out.push('}');
            }
            _ if in_param => {}
            _ => out.push(c),
        }
    }
    out
}

/// The parameter names of a path template, in order.
pub fn path_params(path: &str) -> Vec<&str> {
    path.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

/// A spec read from disk, as plain JSON so that messages can point at anything in it.
#[derive(Debug, Clone)]
pub struct Spec {
    /// Where it came from, for messages.
    pub file: String,
    /// The document.
    pub doc: Value,
    /// The text it was parsed from, for line numbers and checks of the YAML itself.
    pub text: String,
}

/// One operation of a spec, by reference into the document.
#[derive(Debug)]
pub struct OperationRef<'a> {
    pub path: &'a str,
    pub method: &'a str,
    pub op: &'a Value,
    /// Parameters declared on the path item, shared by its operations.
    pub path_params: Option<&'a Value>,
}

impl OperationRef<'_> {
    /// `operationId`, or `METHOD path` where it is missing.
    pub fn label(&self) -> String {
        match self.op.get("operationId").and_then(Value::as_str) {
            Some(id) => format!("{id} ({} {})", self.method.to_uppercase(), self.path),
            None => format!("{} {}", self.method.to_uppercase(), self.path),
        }
    }
}

impl Spec {
    /// Reads a YAML (or JSON) document.
    pub fn load(root: &Path, file: &str) -> Result<Spec, String> {
        let text = std::fs::read_to_string(root.join(file))
            .map_err(|e| format!("{file}: cannot read: {e}"))?;
        Self::parse(file, &text)
    }

    /// Parses a document's text; `file` names it in messages.
    pub fn parse(file: &str, text: &str) -> Result<Spec, String> {
        let doc: Value =
            serde_norway::from_str(text).map_err(|e| format!("{file}: not valid YAML: {e}"))?;
        if !doc.is_object() {
            return Err(format!("{file}: the document is not a mapping"));
        }
        Ok(Spec {
            file: file.to_string(),
            doc,
            text: text.to_string(),
        })
    }

    /// Every operation, in document order.
    pub fn operations(&self) -> Vec<OperationRef<'_>> {
        let mut out = Vec::new();
        if let Some(paths) = self.doc.get("paths").and_then(Value::as_object) {
            for (path, item) in paths {
                for method in METHODS {
                    if let Some(op) = item.get(*method) {
                        out.push(OperationRef {
                            path,
                            method,
                            op,
                            path_params: item.get("parameters"),
                        });
                    }
                }
            }
        }
        out
    }

    /// Resolves a local `$ref` (`#/a/b/c`), following chains of references.
    pub fn resolve<'a>(&'a self, mut value: &'a Value) -> Result<&'a Value, String> {
        for _ in 0..32 {
            match value.get("$ref").and_then(Value::as_str) {
                Some(reference) => value = self.lookup(reference)?,
                None => return Ok(value),
            }
        }
        Err(format!(
            "{}: a chain of $ref is too long or circular",
            self.file
        ))
    }

    /// Finds the target of one local `$ref`.
    pub fn lookup(&self, reference: &str) -> Result<&Value, String> {
        let pointer = reference.strip_prefix('#').ok_or_else(|| {
            format!(
                "{}: `{reference}` is not a local reference (only `#/...` is supported)",
                self.file
            )
        })?;
        self.doc
            .pointer(pointer)
            .ok_or_else(|| format!("{}: unresolved $ref `{reference}`", self.file))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_templates_compare_without_parameter_names() {
        assert_eq!(path_template("/a/{id}/b/{x}"), "/a/{}/b/{}");
        assert_eq!(path_template("/a/{id}"), path_template("/a/{idpId}"));
        assert_ne!(path_template("/a/{id}"), path_template("/a/{id}/b"));
        assert_eq!(path_params("/a/{id}/b/{x}"), ["id", "x"]);
        assert!(path_params("/a").is_empty());
    }
}
