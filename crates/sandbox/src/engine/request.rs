//! What a request must satisfy: its path, query and header parameters and its body, each against
//! the spec's schema. The first problem is reported, naming the parameter or the body field.

use super::spec::{Location, Operation, Param};
use super::{Api, is_json};
use axum::http::{HeaderMap, Uri};
use serde_json::Value;

/// Headers OpenAPI says parameters may not describe; the stand-in checks them itself.
const RESERVED_HEADERS: [&str; 3] = ["authorization", "accept", "content-type"];

/// The first thing wrong with a request: where (`query parameter limit`, `body at /name`,
/// `body`, `content-type`) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub at: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.at, self.message)
    }
}

fn problem(at: impl Into<String>, message: impl Into<String>) -> Problem {
    Problem {
        at: at.into(),
        message: message.into(),
    }
}

/// `Err` names the first problem: `query parameter limit: ...`, `body at /name: ...`.
pub(crate) fn check(
    api: &Api,
    op: &Operation,
    path_values: &[(String, String)],
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(), Problem> {
    let query: Vec<(String, String)> = uri
        .query()
        .map(|q| serde_urlencoded::from_str(q).unwrap_or_default())
        .unwrap_or_default();
    for param in &op.params {
        let texts: Vec<String> = match param.location {
            Location::Path => path_values
                .iter()
                .filter(|(n, _)| *n == param.name)
                .map(|(_, v)| v.clone())
                .collect(),
            Location::Query => query
                .iter()
                .filter(|(n, _)| *n == param.name)
                .map(|(_, v)| v.clone())
                .collect(),
            Location::Header => {
                if RESERVED_HEADERS.contains(&param.name.to_ascii_lowercase().as_str()) {
                    continue;
                }
                headers
                    .get_all(param.name.as_str())
                    .iter()
                    .filter_map(|v| v.to_str().ok().map(str::to_string))
                    .collect()
            }
            Location::Cookie => continue,
        };
        let place = place(param);
        if texts.is_empty() {
            if param.required {
                return Err(problem(place, "required"));
            }
            continue;
        }
        let Some(pointer) = &param.schema else {
            continue;
        };
        let value =
            typed(api, pointer, param.location, &texts).map_err(|why| problem(&place, why))?;
        api.check(pointer, &value)
            .map_err(|v| problem(&place, format!("{:?}: {}", texts.join(","), v.message)))?;
    }
    let Some(spec_body) = &op.body else {
        return Ok(());
    };
    if body.is_empty() {
        return if spec_body.required {
            Err(problem("body", "required"))
        } else {
            Ok(())
        };
    }
    let content_type = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let Some(media) = op.json_body() else {
        // Only JSON bodies are validated; others are taken as they come.
        return Ok(());
    };
    if !is_json(content_type) && !content_type.is_empty() {
        return Err(problem(
            "content-type",
            format!(
                "{content_type:?}; this operation takes {}",
                media.media_type
            ),
        ));
    }
    let value: Value =
        serde_json::from_slice(body).map_err(|e| problem("body", format!("not JSON: {e}")))?;
    if let Some(pointer) = &media.schema {
        api.check(pointer, &value).map_err(|v| {
            let at = if v.at.is_empty() {
                "body".to_string()
            } else {
                format!("body at {}", v.at)
            };
            problem(at, v.message)
        })?;
    }
    Ok(())
}

fn place(param: &Param) -> String {
    let location = match param.location {
        Location::Path => "path",
        Location::Query => "query",
        Location::Header => "header",
        Location::Cookie => "cookie",
    };
    format!("{location} parameter {}", param.name)
}

/// The parameter's text read as its schema's type: numbers and booleans parsed, arrays from
/// repeated query keys or comma-separated values.
fn typed(api: &Api, pointer: &str, location: Location, texts: &[String]) -> Result<Value, String> {
    let schema = api.spec.resolve(pointer).map(|(_, s)| s.clone());
    let kind = schema.as_ref().and_then(primary_type);
    if kind.as_deref() == Some("array") {
        let resolved = api
            .spec
            .resolve(pointer)
            .map(|(p, _)| p)
            .unwrap_or_default();
        let items = format!("{resolved}/items");
        let parts: Vec<String> = if location == Location::Query && texts.len() > 1 {
            texts.to_vec()
        } else {
            texts.join(",").split(',').map(str::to_string).collect()
        };
        let mut values = Vec::new();
        for part in parts {
            values.push(scalar(api, &items, &part)?);
        }
        return Ok(Value::Array(values));
    }
    scalar(api, pointer, texts.last().map(String::as_str).unwrap_or(""))
}

fn scalar(api: &Api, pointer: &str, text: &str) -> Result<Value, String> {
    let kind = api.spec.resolve(pointer).and_then(|(_, s)| primary_type(s));
    Ok(match kind.as_deref() {
        Some("integer") => text
            .parse::<i64>()
            .map(Value::from)
            .map_err(|_| format!("{text:?} is not an integer"))?,
        Some("number") => text
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| format!("{text:?} is not a number"))?,
        Some("boolean") => match text {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => return Err(format!("{text:?} is not true or false")),
        },
        _ => Value::String(text.to_string()),
    })
}

fn primary_type(schema: &Value) -> Option<String> {
    match schema.get("type") {
        Some(Value::String(t)) => Some(t.clone()),
        Some(Value::Array(types)) => types
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null")
            .map(str::to_string),
        _ => None,
    }
}
