//! Rules of OpenAPI 3.0 that its JSON Schema cannot express, and what progenitor cannot take:
//! identical path templates, keys no OpenAPI object has, and media types without a schema.
//! Each finding is a JSON pointer and a message; the caller adds file, line and operation.

use super::yaml::escape;
use serde_json::Value;
use std::collections::BTreeMap;

/// One problem at one place of the document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    /// JSON pointer of the offending node.
    pub at: String,
    pub message: String,
}

/// Every finding of the rules, in document order.
pub fn check(doc: &Value) -> Vec<Finding> {
    let mut out = identical_paths(doc);
    walk(doc, Kind::OpenApi, &mut String::new(), &mut out);
    out
}

/// `/a/{id}` and `/a/{idpId}` are the same template: a server cannot tell which one a request
/// meant, so OpenAPI allows only one of them.
fn identical_paths(doc: &Value) -> Vec<Finding> {
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return Vec::new();
    };
    let mut first: BTreeMap<String, &str> = BTreeMap::new();
    let mut out = Vec::new();
    for path in paths.keys() {
        let template = crate::spec::path_template(path);
        match first.get(&template) {
            Some(earlier) => out.push(Finding {
                at: format!("/paths/{}", escape(path)),
                message: format!(
                    "path `{path}` is the same template as `{earlier}` (only parameter names differ), \
                     which OpenAPI forbids: put their operations in one path item"
                ),
            }),
            None => {
                first.insert(template, path);
            }
        }
    }
    out
}

/// The OpenAPI 3.0 objects the walk knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    OpenApi,
    Info,
    Contact,
    License,
    Server,
    ServerVariable,
    Components,
    Paths,
    PathItem,
    Operation,
    ExternalDocs,
    Parameter,
    RequestBody,
    MediaType,
    Encoding,
    Responses,
    Response,
    Callback,
    Example,
    Link,
    Header,
    Tag,
    Schema,
    Discriminator,
    Xml,
    SecurityScheme,
    OAuthFlows,
    OAuthFlow,
}

/// What the value under a key is.
enum Child {
    One(Kind),
    MapOf(Kind),
    ListOf(Kind),
    /// Free-form (examples, defaults, enum values, scopes, security requirements, ...).
    Any,
}

const PARAMETER: &[&str] = &[
    "name",
    "in",
    "description",
    "required",
    "deprecated",
    "allowEmptyValue",
    "style",
    "explode",
    "allowReserved",
    "schema",
    "example",
    "examples",
    "content",
];

const SCHEMA: &[&str] = &[
    "title",
    "multipleOf",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "maxProperties",
    "minProperties",
    "required",
    "enum",
    "type",
    "allOf",
    "oneOf",
    "anyOf",
    "not",
    "items",
    "properties",
    "additionalProperties",
    "description",
    "format",
    "default",
    "nullable",
    "discriminator",
    "readOnly",
    "writeOnly",
    "xml",
    "externalDocs",
    "example",
    "deprecated",
];

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::OpenApi => "OpenAPI",
            Kind::Info => "Info",
            Kind::Contact => "Contact",
            Kind::License => "License",
            Kind::Server => "Server",
            Kind::ServerVariable => "Server Variable",
            Kind::Components => "Components",
            Kind::Paths => "Paths",
            Kind::PathItem => "Path Item",
            Kind::Operation => "Operation",
            Kind::ExternalDocs => "External Documentation",
            Kind::Parameter => "Parameter",
            Kind::RequestBody => "Request Body",
            Kind::MediaType => "Media Type",
            Kind::Encoding => "Encoding",
            Kind::Responses => "Responses",
            Kind::Response => "Response",
            Kind::Callback => "Callback",
            Kind::Example => "Example",
            Kind::Link => "Link",
            Kind::Header => "Header",
            Kind::Tag => "Tag",
            Kind::Schema => "Schema",
            Kind::Discriminator => "Discriminator",
            Kind::Xml => "XML",
            Kind::SecurityScheme => "Security Scheme",
            Kind::OAuthFlows => "OAuth Flows",
            Kind::OAuthFlow => "OAuth Flow",
        }
    }

    /// The fixed keys of this object; `None` for objects keyed by the document's own names.
    fn keys(self) -> Option<&'static [&'static str]> {
        Some(match self {
            Kind::OpenApi => &[
                "openapi",
                "info",
                "servers",
                "paths",
                "components",
                "security",
                "tags",
                "externalDocs",
            ],
            Kind::Info => &[
                "title",
                "description",
                "termsOfService",
                "contact",
                "license",
                "version",
            ],
            Kind::Contact => &["name", "url", "email"],
            Kind::License => &["name", "url"],
            Kind::Server => &["url", "description", "variables"],
            Kind::ServerVariable => &["enum", "default", "description"],
            Kind::Components => &[
                "schemas",
                "responses",
                "parameters",
                "examples",
                "requestBodies",
                "headers",
                "securitySchemes",
                "links",
                "callbacks",
            ],
            Kind::PathItem => &[
                "$ref",
                "summary",
                "description",
                "get",
                "put",
                "post",
                "delete",
                "options",
                "head",
                "patch",
                "trace",
                "servers",
                "parameters",
            ],
            Kind::Operation => &[
                "tags",
                "summary",
                "description",
                "externalDocs",
                "operationId",
                "parameters",
                "requestBody",
                "responses",
                "callbacks",
                "deprecated",
                "security",
                "servers",
            ],
            Kind::ExternalDocs => &["description", "url"],
            Kind::Parameter => PARAMETER,
            Kind::Header => &PARAMETER[2..],
            Kind::RequestBody => &["description", "content", "required"],
            Kind::MediaType => &["schema", "example", "examples", "encoding"],
            Kind::Encoding => &[
                "contentType",
                "headers",
                "style",
                "explode",
                "allowReserved",
            ],
            Kind::Response => &["description", "headers", "content", "links"],
            Kind::Example => &["summary", "description", "value", "externalValue"],
            Kind::Link => &[
                "operationRef",
                "operationId",
                "parameters",
                "requestBody",
                "description",
                "server",
            ],
            Kind::Tag => &["name", "description", "externalDocs"],
            Kind::Schema => SCHEMA,
            Kind::Discriminator => &["propertyName", "mapping"],
            Kind::Xml => &["name", "namespace", "prefix", "attribute", "wrapped"],
            Kind::SecurityScheme => &[
                "type",
                "description",
                "name",
                "in",
                "scheme",
                "bearerFormat",
                "flows",
                "openIdConnectUrl",
            ],
            Kind::OAuthFlows => &[
                "implicit",
                "password",
                "clientCredentials",
                "authorizationCode",
            ],
            Kind::OAuthFlow => &["authorizationUrl", "tokenUrl", "refreshUrl", "scopes"],
            Kind::Paths | Kind::Responses | Kind::Callback => return None,
        })
    }

    /// What the value under `key` is, for a key this object has.
    fn child(self, key: &str) -> Child {
        use Child::{Any, ListOf, MapOf, One};
        match (self, key) {
            (Kind::OpenApi, "info") => One(Kind::Info),
            (Kind::OpenApi | Kind::PathItem | Kind::Operation, "servers") => ListOf(Kind::Server),
            (Kind::OpenApi, "paths") => One(Kind::Paths),
            (Kind::OpenApi, "components") => One(Kind::Components),
            (Kind::OpenApi, "tags") => ListOf(Kind::Tag),
            (_, "externalDocs") => One(Kind::ExternalDocs),
            (Kind::Info, "contact") => One(Kind::Contact),
            (Kind::Info, "license") => One(Kind::License),
            (Kind::Server, "variables") => MapOf(Kind::ServerVariable),
            (Kind::Components, "schemas") => MapOf(Kind::Schema),
            (Kind::Components, "responses") => MapOf(Kind::Response),
            (Kind::Components, "parameters") => MapOf(Kind::Parameter),
            (Kind::Components, "examples") => MapOf(Kind::Example),
            (Kind::Components, "requestBodies") => MapOf(Kind::RequestBody),
            (Kind::Components | Kind::Encoding | Kind::Response, "headers") => MapOf(Kind::Header),
            (Kind::Components, "securitySchemes") => MapOf(Kind::SecurityScheme),
            (Kind::Components | Kind::Response, "links") => MapOf(Kind::Link),
            (Kind::Components, "callbacks") => MapOf(Kind::Callback),
            (Kind::Operation, "callbacks") => MapOf(Kind::Callback),
            (Kind::Paths | Kind::Callback, _) => One(Kind::PathItem),
            (Kind::PathItem, m) if METHODS.contains(&m) => One(Kind::Operation),
            (Kind::PathItem | Kind::Operation, "parameters") => ListOf(Kind::Parameter),
            (Kind::Operation, "requestBody") => One(Kind::RequestBody),
            (Kind::Operation, "responses") => One(Kind::Responses),
            (Kind::Responses, _) => One(Kind::Response),
            (Kind::Parameter | Kind::Header | Kind::MediaType, "schema") => One(Kind::Schema),
            (Kind::Parameter | Kind::Header | Kind::MediaType, "examples") => MapOf(Kind::Example),
            (Kind::Parameter | Kind::Header | Kind::RequestBody | Kind::Response, "content") => {
                MapOf(Kind::MediaType)
            }
            (Kind::MediaType, "encoding") => MapOf(Kind::Encoding),
            (Kind::Link, "server") => One(Kind::Server),
            (Kind::Schema, "items" | "not") => One(Kind::Schema),
            (Kind::Schema, "allOf" | "oneOf" | "anyOf") => ListOf(Kind::Schema),
            (Kind::Schema, "properties") => MapOf(Kind::Schema),
            (Kind::Schema, "additionalProperties") => One(Kind::Schema),
            (Kind::Schema, "discriminator") => One(Kind::Discriminator),
            (Kind::Schema, "xml") => One(Kind::Xml),
            (Kind::SecurityScheme, "flows") => One(Kind::OAuthFlows),
            (Kind::OAuthFlows, _) => One(Kind::OAuthFlow),
            _ => Any,
        }
    }
}

fn walk(value: &Value, kind: Kind, at: &mut String, out: &mut Vec<Finding>) {
    let Some(map) = value.as_object() else {
        return; // a wrong type is the schema's to report
    };
    if map.contains_key("$ref") && kind != Kind::PathItem {
        return; // a Reference: its target is checked where it is defined
    }
    if kind == Kind::MediaType && !map.contains_key("schema") {
        out.push(Finding {
            at: at.clone(),
            message: "media type without a `schema`: say what the body is (progenitor cannot \
                      generate a body of unknown type)"
                .to_string(),
        });
    }
    for (key, child) in map {
        if key.starts_with("x-") {
            continue;
        }
        let known = match kind.keys() {
            Some(keys) => keys.contains(&key.as_str()),
            None => match kind {
                Kind::Paths => key.starts_with('/'),
                Kind::Responses => is_status_key(key),
                _ => true,
            },
        };
        let len = at.len();
        at.push('/');
        at.push_str(&escape(key));
        if !known {
            let hint = if key.contains(' ') {
                "; a `{...}` flow mapping with an unquoted `, ` in a value splits it into a new \
                 key: quote the value"
            } else {
                ""
            };
            out.push(Finding {
                at: at.clone(),
                message: format!(
                    "`{key}` is not a key of an OpenAPI {} object (only `x-` extensions may be added){hint}",
                    kind.name()
                ),
            });
        } else {
            match kind.child(key) {
                Child::One(k) => walk(child, k, at, out),
                Child::MapOf(k) => {
                    for (name, item) in child.as_object().into_iter().flatten() {
                        let len = at.len();
                        at.push('/');
                        at.push_str(&escape(name));
                        walk(item, k, at, out);
                        at.truncate(len);
                    }
                }
                Child::ListOf(k) => {
                    for (i, item) in child.as_array().into_iter().flatten().enumerate() {
                        let len = at.len();
                        at.push_str(&format!("/{i}"));
                        walk(item, k, at, out);
                        at.truncate(len);
                    }
                }
                Child::Any => {}
            }
        }
        at.truncate(len);
    }
}

/// `default`, `200`, `4XX`.
fn is_status_key(key: &str) -> bool {
    if key == "default" {
        return true;
    }
    let b = key.as_bytes();
    b.len() == 3
        && (b'1'..=b'5').contains(&b[0])
        && ((b[1].is_ascii_digit() && b[2].is_ascii_digit()) || (b[1] == b'X' && b[2] == b'X'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_keys() {
        for ok in ["200", "4XX", "default", "599"] {
            assert!(is_status_key(ok), "{ok}");
        }
        for bad in ["2XX0", "600", "4xx", "20", "ok"] {
            assert!(!is_status_key(bad), "{bad}");
        }
    }
}
