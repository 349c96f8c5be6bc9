//! Values made from a schema: response bodies (every property, one item per array) and minimal
//! arguments (required properties only). Deterministic for a seed: the same seed, schema and place
//! give the same value, and values look like what the provider sends (UUIDs, RFC 3339 dates,
//! the spec's `example`s, strings that match their `pattern`).

use super::schema::Validator;
use super::spec::{SpecDoc, escape};
use regex_syntax::hir::{Class, Hir, HirKind};
use serde_json::{Map, Value, json};

/// How much of a schema a value fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fill {
    /// Every property (to a depth), one item per array: what a response shows.
    Full,
    /// Only what the schema requires: minimal arguments.
    Required,
}

/// Optional properties and array items stop below this depth, so recursive schemas end.
const FULL_DEPTH: usize = 4;
/// Nothing goes deeper than this.
const MAX_DEPTH: usize = 16;

pub(crate) struct Examples<'a> {
    pub(crate) spec: &'a SpecDoc,
    pub(crate) validator: &'a Validator,
    pub(crate) seed: u64,
    pub(crate) fill: Fill,
    /// Whether the spec's `example`s are used (off for a second try when an example breaks its
    /// own schema, as some of JTL's do).
    pub(crate) examples: bool,
}

impl Examples<'_> {
    /// A value for the schema at `pointer`; `name` is the property or parameter it is for.
    pub(crate) fn value(&mut self, pointer: &str, name: &str, depth: usize) -> Value {
        let Some((pointer, schema)) = self.spec.resolve(pointer) else {
            return Value::Null;
        };
        if depth > MAX_DEPTH {
            return Value::Null;
        }
        if let Some(example) = schema.get("example")
            && self.examples
            && !example.is_null()
            && fits(schema, example)
        {
            return example.clone();
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array)
            && let Some(first) = values.iter().find(|v| !v.is_null())
        {
            return first.clone();
        }
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            let mut merged = Value::Null;
            for i in 0..parts.len() {
                let part = self.value(&format!("{pointer}/allOf/{i}"), name, depth);
                merge(&mut merged, part);
            }
            if schema.get("properties").is_some() {
                merge(&mut merged, self.object(&pointer, schema, depth));
            }
            return merged;
        }
        for keyword in ["oneOf", "anyOf"] {
            if let Some(choices) = schema.get(keyword).and_then(Value::as_array) {
                let mut first = None;
                for i in 0..choices.len() {
                    let choice = format!("{pointer}/{keyword}/{i}");
                    if self
                        .spec
                        .resolve(&choice)
                        .is_some_and(|(_, s)| s.get("type") == Some(&json!("null")))
                    {
                        continue;
                    }
                    let mut candidate = self.value(&choice, name, depth);
                    if schema.get("properties").is_some() {
                        merge(&mut candidate, self.object(&pointer, schema, depth));
                    }
                    if self.validator.check(&pointer, &candidate).is_ok() {
                        return candidate;
                    }
                    first.get_or_insert(candidate);
                }
                return first.unwrap_or(Value::Null);
            }
        }
        match primary_type(schema) {
            Some("object") => self.object(&pointer, schema, depth),
            Some("array") => {
                let min = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
                let wanted = match self.fill {
                    Fill::Full if depth < FULL_DEPTH => 1,
                    _ => 0,
                };
                let n = min.max(wanted);
                let items = (0..n)
                    .map(|_| self.value(&format!("{pointer}/items"), name, depth + 1))
                    .collect();
                Value::Array(items)
            }
            Some("string") => Value::String(self.string(schema, name, &pointer)),
            Some("integer") => json!(self.integer(schema, name)),
            Some("number") => {
                let n = self.integer(schema, name) as f64;
                json!(n + 0.5)
            }
            Some("boolean") => Value::Bool(true),
            Some("null") => Value::Null,
            _ if schema.get("properties").is_some() => self.object(&pointer, schema, depth),
            _ => Value::String(format!("sandbox-{}", slug(name))),
        }
    }

    fn object(&mut self, pointer: &str, schema: &Value, depth: usize) -> Value {
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        // A oneof group (`x-apifleet-oneof`, protojson): only its first member is ever filled.
        let later_members: Vec<&str> = schema
            .get("x-apifleet-oneof")
            .and_then(Value::as_object)
            .into_iter()
            .flat_map(|groups| groups.values())
            .filter_map(Value::as_array)
            .flat_map(|members| members.iter().skip(1))
            .filter_map(Value::as_str)
            .collect();
        let mut out = Map::new();
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
            for (property, sub) in properties {
                if later_members.contains(&property.as_str()) {
                    continue;
                }
                let wanted = required.contains(&property.as_str())
                    || (self.fill == Fill::Full && depth < FULL_DEPTH && !write_only(sub));
                if !wanted || read_only(sub) && self.fill == Fill::Required {
                    continue;
                }
                let at = format!("{pointer}/properties/{}", escape(property));
                let value = self.value(&at, property, depth + 1);
                out.insert(property.clone(), value);
            }
        }
        Value::Object(out)
    }

    fn hash(&self, name: &str, salt: &str) -> u64 {
        // FNV-1a over the seed, the place and the name: stable across runs and platforms.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ self.seed;
        for b in salt.bytes().chain([0]).chain(name.bytes()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        h
    }

    fn integer(&self, schema: &Value, name: &str) -> i64 {
        let exclusive = |key: &str| schema.get(key).and_then(Value::as_bool) == Some(true);
        let bound = |key: &str, exclusive_key: &str, step: i128| {
            schema.get(key).and_then(Value::as_f64).map(|m| {
                let m = if step > 0 { m.ceil() } else { m.floor() } as i128;
                if exclusive(exclusive_key) {
                    m + step
                } else {
                    m
                }
            })
        };
        let lo = bound("minimum", "exclusiveMinimum", 1);
        let hi = bound("maximum", "exclusiveMaximum", -1);
        let lo = lo.unwrap_or_else(|| hi.map_or(1, |hi| hi.min(1)));
        let hi = hi.unwrap_or(lo + 99).max(lo);
        let span = (hi - lo + 1).min(100) as u64;
        let value = lo + i128::from(self.hash(name, "integer") % span);
        i64::try_from(value).unwrap_or(if value < 0 { i64::MIN } else { i64::MAX })
    }

    fn string(&mut self, schema: &Value, name: &str, pointer: &str) -> String {
        let h = self.hash(name, pointer);
        let mut text = match schema.get("format").and_then(Value::as_str) {
            Some("uuid") => uuid(h),
            Some("date-time") => format!(
                "2026-{:02}-{:02}T{:02}:{:02}:{:02}Z",
                h % 12 + 1,
                h % 28 + 1,
                h % 24,
                h % 60,
                (h / 60) % 60
            ),
            Some("date") => format!("2026-{:02}-{:02}", h % 12 + 1, h % 28 + 1),
            Some("email") => format!("{}@example.com", slug(name)),
            Some("uri" | "url") => format!("https://example.com/{}", slug(name)),
            Some("byte") => "c2FuZGJveA==".to_string(),
            Some("int64" | "uint64" | "int32" | "uint32" | "double" | "decimal") => {
                (h % 900 + 100).to_string()
            }
            Some("ipv4") => "192.0.2.10".to_string(),
            _ => {
                let lower = name.to_ascii_lowercase();
                if lower == "id" || lower.ends_with("id") {
                    format!("{}-{:08x}", slug(name), h as u32)
                } else {
                    format!("sandbox-{}", slug(name))
                }
            }
        };
        if let Some(pattern) = schema.get("pattern").and_then(Value::as_str)
            && !matches(pattern, &text)
            && let Some(made) = from_pattern(pattern, h)
        {
            text = made;
        }
        let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
        let max = schema
            .get("maxLength")
            .and_then(Value::as_u64)
            .map(|m| m as usize);
        while text.chars().count() < min {
            text.push('x');
        }
        if let Some(max) = max {
            text = text.chars().take(max).collect();
        }
        text
    }
}

/// Whether an `example` has its schema's type (and, for strings, a plausible format): examples
/// that contradict their schema are not used.
fn fits(schema: &Value, example: &Value) -> bool {
    let typed = match primary_type(schema) {
        Some("string") => example.as_str().is_some_and(|text| {
            match schema.get("format").and_then(Value::as_str) {
                Some("date-time") => text.len() >= 20 && text.contains('T'),
                Some("date") => text.len() == 10,
                Some("uuid") => text.len() == 36 && text.matches('-').count() == 4,
                _ => true,
            }
        }),
        Some("integer") => example.is_i64() || example.is_u64(),
        Some("number") => example.is_number(),
        Some("boolean") => example.is_boolean(),
        Some("array") => example.is_array(),
        Some("object") => example.is_object(),
        _ => true,
    };
    typed
        && schema
            .get("enum")
            .and_then(Value::as_array)
            .is_none_or(|values| values.contains(example))
}

fn primary_type(schema: &Value) -> Option<&str> {
    match schema.get("type") {
        Some(Value::String(t)) => Some(t),
        Some(Value::Array(types)) => types
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null"),
        _ => None,
    }
}

fn read_only(schema: &Value) -> bool {
    schema.get("readOnly").and_then(Value::as_bool) == Some(true)
}

fn write_only(schema: &Value) -> bool {
    schema.get("writeOnly").and_then(Value::as_bool) == Some(true)
}

/// Deep merge for `allOf`: objects join, anything else is replaced.
fn merge(into: &mut Value, from: Value) {
    match (into, from) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in b {
                match a.get_mut(&k) {
                    Some(existing) => merge(existing, v),
                    None => {
                        a.insert(k, v);
                    }
                }
            }
        }
        (into, from) => {
            if !from.is_null() || into.is_null() {
                *into = from;
            }
        }
    }
}

fn slug(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    if s.is_empty() { "value".to_string() } else { s }
}

fn uuid(h: u64) -> String {
    let a = h;
    let b = h.rotate_left(29) ^ 0x9e37_79b9_7f4a_7c15;
    format!(
        "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
        (a >> 32) as u32,
        (a >> 16) as u16,
        a as u16 & 0x0fff,
        (b >> 48) as u16 & 0x3fff | 0x8000,
        b & 0xffff_ffff_ffff
    )
}

/// Whether `text` matches `pattern` (unanchored, as JSON Schema reads `pattern`); a pattern the
/// regex crate cannot read counts as matched, so the text is left alone.
fn matches(pattern: &str, text: &str) -> bool {
    regex::Regex::new(pattern).map_or(true, |re| re.is_match(text))
}

/// A string the pattern accepts: literals as written, the first letter or digit a class allows,
/// each repetition its minimum (at least once), the first alternative.
fn from_pattern(pattern: &str, h: u64) -> Option<String> {
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    let mut out = String::new();
    build(&hir, h, &mut out)?;
    Some(out)
}

fn build(hir: &Hir, h: u64, out: &mut String) -> Option<()> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(lit) => out.push_str(std::str::from_utf8(&lit.0).ok()?),
        HirKind::Class(class) => out.push(class_char(class, h)?),
        HirKind::Repetition(rep) => {
            let n = rep.min.max(1).min(rep.max.unwrap_or(u32::MAX));
            for _ in 0..n {
                build(&rep.sub, h, out)?;
            }
        }
        HirKind::Capture(cap) => build(&cap.sub, h, out)?,
        HirKind::Concat(parts) => {
            for part in parts {
                build(part, h, out)?;
            }
        }
        HirKind::Alternation(alts) => build(alts.first()?, h, out)?,
    }
    Some(())
}

/// A readable character of the class: a lower-case letter, a digit or an upper-case letter if it
/// has one, else its first.
fn class_char(class: &Class, h: u64) -> Option<char> {
    let ranges: Vec<(char, char)> = match class {
        Class::Unicode(u) => u.iter().map(|r| (r.start(), r.end())).collect(),
        Class::Bytes(b) => b
            .iter()
            .map(|r| (char::from(r.start()), char::from(r.end())))
            .collect(),
    };
    let offset = (h % 6) as u32;
    for (lo, hi) in [('a', 'z'), ('0', '9'), ('A', 'Z')] {
        for (start, end) in &ranges {
            let from = (*start).max(lo);
            let to = (*end).min(hi);
            if from <= to {
                let span = to as u32 - from as u32;
                return char::from_u32(from as u32 + offset.min(span));
            }
        }
    }
    ranges.first().map(|(start, _)| *start)
}
