//! The committed names table: operation → operationId (and so the Rust method), and pinned schema
//! names.
//!
//! An upstream summary edit must never rename a method silently, so names are looked up here, by
//! `METHOD /path`, not derived again on every import. An operation the table does not know yet gets
//! a name derived from its summary, is added to the table, and is reported; an entry whose operation
//! is gone from the published document is reported and dropped. `spec-diff` shows any rename that
//! a person makes here.

use super::convert::pascal_case;
use serde_json::Value;
use std::collections::BTreeMap;

/// The table as committed.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Names {
    /// `GET /wallets` → `listWallets`.
    pub operations: BTreeMap<String, String>,
    /// A JSON pointer of one occurrence in the converted document → component name.
    pub schemas: BTreeMap<String, String>,
}

/// What naming changed, for the import report.
#[derive(Debug, Default)]
pub struct Renamed {
    pub added: Vec<(String, String)>,
    pub dropped: Vec<(String, String)>,
}

impl Names {
    /// Parses the table (YAML with `operations` and `schemas` maps).
    pub fn parse(file: &str, text: &str) -> Result<Names, String> {
        if text.trim().is_empty() {
            return Ok(Names::default());
        }
        let doc: Value =
            serde_norway::from_str(text).map_err(|e| format!("{file}: not valid YAML: {e}"))?;
        let map = |key: &str| -> Result<BTreeMap<String, String>, String> {
            let mut out = BTreeMap::new();
            for (k, v) in doc
                .get(key)
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                let v = v
                    .as_str()
                    .ok_or_else(|| format!("{file}: {key}.{k}: expected a name"))?;
                out.insert(k.clone(), v.to_string());
            }
            Ok(out)
        };
        Ok(Names {
            operations: map("operations")?,
            schemas: map("schemas")?,
        })
    }

    /// The table as YAML, sorted, with a header saying what it is.
    pub fn render(&self, provider: &str) -> String {
        let mut out = format!(
            "# Names for `cargo xtask import {provider}`: edit by hand; the import only adds and drops entries.\n\
             # operations: `METHOD /path` → operationId (the Rust method is its snake_case).\n\
             # schemas: JSON pointer of one occurrence in the converted document → component name.\n"
        );
        for (title, map) in [("operations", &self.operations), ("schemas", &self.schemas)] {
            out.push_str(&format!("{title}:\n"));
            if map.is_empty() {
                out.truncate(out.len() - 1);
                out.push_str(" {}\n");
            }
            for (k, v) in map {
                out.push_str(&format!("  {}: {v}\n", yaml_key(k)));
            }
        }
        out
    }

    /// Sets every operation's `operationId` from the table, adding entries for new operations.
    pub fn apply(&mut self, doc: &mut Value) -> Result<Renamed, String> {
        let mut renamed = Renamed::default();
        let mut seen = BTreeMap::new();
        let mut fresh = Vec::new();
        if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
            for (path, item) in paths.iter_mut() {
                for (method, op) in item.as_object_mut().into_iter().flatten() {
                    if !crate::spec::METHODS.contains(&method.as_str()) {
                        continue;
                    }
                    let key = format!("{} {path}", method.to_uppercase());
                    let name = match self.operations.get(&key) {
                        Some(name) => name.clone(),
                        None => {
                            let name = derive(op);
                            fresh.push((key.clone(), op.clone()));
                            name
                        }
                    };
                    seen.insert(key, name);
                }
            }
        }
        // A derived name that collides (Dfns repeats some summaries across tags) is prefixed
        // with its tag.
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for name in seen.values() {
            *counts.entry(name.clone()).or_default() += 1;
        }
        for (key, op) in &fresh {
            let mut name = seen[key].clone();
            if counts[&name] > 1 {
                let tag = op
                    .pointer("/tags/0")
                    .and_then(Value::as_str)
                    .map(pascal_case)
                    .unwrap_or_default();
                name = lower_first(&format!("{tag}{}", upper_first(&name)));
            }
            seen.insert(key.clone(), name.clone());
            renamed.added.push((key.clone(), name));
        }
        let mut ids: BTreeMap<&str, &str> = BTreeMap::new();
        for (key, name) in &seen {
            if let Some(other) = ids.insert(name, key) {
                return Err(format!(
                    "names table: `{other}` and `{key}` would both be `{name}`: name one of them by hand"
                ));
            }
        }
        renamed.dropped = self
            .operations
            .iter()
            .filter(|(k, _)| !seen.contains_key(*k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        self.operations = seen.clone();
        if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
            for (path, item) in paths.iter_mut() {
                for (method, op) in item.as_object_mut().into_iter().flatten() {
                    if let Some(name) = seen.get(&format!("{} {path}", method.to_uppercase())) {
                        op["operationId"] = Value::String(name.clone());
                    }
                }
            }
        }
        Ok(renamed)
    }
}

/// `Create Wallet` → `createWallet`; an operation without a summary is named from its path.
fn derive(op: &Value) -> String {
    let summary = op
        .get("summary")
        .and_then(Value::as_str)
        .unwrap_or("unnamed");
    lower_first(&pascal_case(summary))
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_ascii_lowercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// Quotes a key where plain YAML would misread it.
fn yaml_key(key: &str) -> String {
    if key
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/_-{}. ".contains(c))
        && !key.starts_with(['{', '-'])
    {
        key.to_string()
    } else {
        format!("'{}'", key.replace('\'', "''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn table_names_win_new_operations_are_derived_and_collisions_qualified() {
        let mut names = Names::default();
        names
            .operations
            .insert("GET /wallets".into(), "listMyWallets".into());
        names.operations.insert("GET /gone".into(), "gone".into());
        let mut doc = json!({"paths": {
            "/wallets": {"get": {"summary": "List Wallets"}, "post": {"summary": "Create Wallet"}},
            "/a/stats": {"get": {"summary": "Get Stats", "tags": ["Staking"]}},
            "/b/stats": {"get": {"summary": "Get Stats", "tags": ["Yields"]}}
        }});
        let renamed = names.apply(&mut doc).expect("names");
        assert_eq!(
            doc["paths"]["/wallets"]["get"]["operationId"],
            "listMyWallets"
        );
        assert_eq!(
            doc["paths"]["/wallets"]["post"]["operationId"],
            "createWallet"
        );
        assert_eq!(
            doc["paths"]["/a/stats"]["get"]["operationId"],
            "stakingGetStats"
        );
        assert_eq!(
            doc["paths"]["/b/stats"]["get"]["operationId"],
            "yieldsGetStats"
        );
        assert_eq!(renamed.added.len(), 3);
        assert_eq!(renamed.dropped, vec![("GET /gone".into(), "gone".into())]);
        // The table now holds every operation, and round-trips through its text.
        let text = names.render("test");
        assert_eq!(Names::parse("t", &text).expect("parses"), names);
    }

    #[test]
    fn a_hand_made_duplicate_is_refused() {
        let mut names = Names::default();
        names.operations.insert("GET /a".into(), "same".into());
        names.operations.insert("GET /b".into(), "same".into());
        let mut doc = json!({"paths": {"/a": {"get": {}}, "/b": {"get": {}}}});
        let err = names.apply(&mut doc).expect_err("duplicate");
        assert!(err.contains("would both be `same`"), "{err}");
    }
}
