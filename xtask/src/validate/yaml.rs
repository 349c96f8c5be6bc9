//! What the YAML text tells that the parsed document no longer does: the line a node starts on,
//! and keys given twice in one mapping (the parser keeps the last one silently).
//!
//! serde reports no positions, but serde_norway attaches the line to an error raised while a node
//! is being read; so a walk that fails on purpose at the node sought learns its line.

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::collections::BTreeSet;
use std::fmt;

/// The message of the deliberate error that marks the node sought.
const FOUND: &str = "\u{0}apifleet: node found";

/// The 1-based line where the node at `pointer` (a JSON pointer, `""` for the document) starts,
/// or the key naming it; `None` when the text has no such node.
pub fn line_of(text: &str, pointer: &str) -> Option<usize> {
    let path = segments(pointer);
    if path.is_empty() {
        return Some(1);
    }
    let seek = Seek {
        path: &path,
        occurrence: 0,
    };
    located(seek.deserialize(serde_norway::Deserializer::from_str(text)))
}

/// A key given more than once in one mapping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DuplicateKey {
    /// The JSON pointer of the mapping.
    pub mapping: String,
    pub key: String,
    /// The line of the repeated key, where the text lets it be found.
    pub line: Option<usize>,
}

/// Every key repeated within one mapping, in document order.
pub fn duplicate_keys(text: &str) -> Vec<DuplicateKey> {
    let mut found = Vec::new();
    let walk = Duplicates {
        at: String::new(),
        out: &mut found,
    };
    if walk
        .deserialize(serde_norway::Deserializer::from_str(text))
        .is_err()
    {
        return Vec::new(); // not valid YAML: parsing the document says so, with its own position
    }
    found
        .into_iter()
        .map(|(mapping, key, occurrence)| {
            let mut path = segments(&mapping);
            path.push(key.clone());
            let seek = Seek {
                path: &path,
                occurrence,
            };
            let line = located(seek.deserialize(serde_norway::Deserializer::from_str(text)));
            DuplicateKey { mapping, key, line }
        })
        .collect()
}

/// JSON pointer escaping of one segment.
pub fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

fn segments(pointer: &str) -> Vec<String> {
    pointer
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect()
}

fn located(result: Result<(), serde_norway::Error>) -> Option<usize> {
    match result {
        Err(e) if e.to_string().contains(FOUND) => e.location().map(|l| l.line()),
        _ => None,
    }
}

/// Walks to `path`, failing with [`FOUND`] at its last segment (the `occurrence`-th key of that
/// name, counting from 0, or the item of that index).
struct Seek<'a> {
    path: &'a [String],
    occurrence: usize,
}

impl<'de> DeserializeSeed<'de> for Seek<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seek<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML node")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Some((want, rest)) = self.path.split_first() else {
            return Ok(());
        };
        let mut seen = 0;
        loop {
            // The sought key fails while it is read, so the error carries the key's own line.
            let fail_on = (rest.is_empty() && seen == self.occurrence).then_some(want.as_str());
            let Some(key) = map.next_key_seed(KeyText { fail_on })? else {
                break;
            };
            if key != *want {
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            if rest.is_empty() {
                seen += 1;
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            return map.next_value_seed(Seek {
                path: rest,
                occurrence: self.occurrence,
            });
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Some((want, rest)) = self.path.split_first() else {
            return Ok(());
        };
        let Ok(index) = want.parse::<usize>() else {
            return Ok(());
        };
        for _ in 0..index {
            if seq.next_element::<IgnoredAny>()?.is_none() {
                return Ok(());
            }
        }
        if rest.is_empty() {
            seq.next_element_seed(Found)?;
            return Ok(());
        }
        seq.next_element_seed(Seek {
            path: rest,
            occurrence: self.occurrence,
        })?;
        Ok(())
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
}

/// Fails on the node it is given, so the error carries that node's position.
struct Found;

impl<'de> DeserializeSeed<'de> for Found {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(KeyText { fail_on: Some(ANY) }).map(drop)
    }
}

/// `fail_on` value that matches every node.
const ANY: &str = "\u{0}any";

/// A mapping key as text (YAML allows numbers and booleans as keys: `200:` is the key "200");
/// fails with [`FOUND`] on the key `fail_on`.
struct KeyText<'a> {
    fail_on: Option<&'a str>,
}

impl KeyText<'_> {
    fn text<E: de::Error>(&self, v: String) -> Result<String, E> {
        match self.fail_on {
            Some(want) if want == v || want == ANY => Err(E::custom(FOUND)),
            _ => Ok(v),
        }
    }
}

impl<'de> DeserializeSeed<'de> for KeyText<'_> {
    type Value = String;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for KeyText<'_> {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a scalar key")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        self.text(v.to_string())
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<String, E> {
        self.text(v.to_string())
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
        self.text(v.to_string())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
        self.text(v.to_string())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
        self.text(v.to_string())
    }
    fn visit_unit<E: de::Error>(self) -> Result<String, E> {
        self.text("null".to_string())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<String, A::Error> {
        if self.fail_on == Some(ANY) {
            return Err(de::Error::custom(FOUND));
        }
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok("(a mapping)".to_string())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<String, A::Error> {
        if self.fail_on == Some(ANY) {
            return Err(de::Error::custom(FOUND));
        }
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok("(a sequence)".to_string())
    }
}

/// Collects `(mapping pointer, key, occurrence)` for every repeated key.
struct Duplicates<'a> {
    at: String,
    out: &'a mut Vec<(String, String, usize)>,
}

impl<'de> DeserializeSeed<'de> for Duplicates<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Duplicates<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML node")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut repeats: Vec<String> = Vec::new();
        while let Some(key) = map.next_key_seed(KeyText { fail_on: None })? {
            if !seen.insert(key.clone()) {
                let occurrence = repeats.iter().filter(|k| **k == key).count() + 1;
                self.out.push((self.at.clone(), key.clone(), occurrence));
                repeats.push(key.clone());
            }
            map.next_value_seed(Duplicates {
                at: format!("{}/{}", self.at, escape(&key)),
                out: self.out,
            })?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0;
        while seq
            .next_element_seed(Duplicates {
                at: format!("{}/{index}", self.at),
                out: self.out,
            })?
            .is_some()
        {
            index += 1;
        }
        Ok(())
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "openapi: 3.0.3\npaths:\n  /a/{id}:\n    get:\n      responses:\n        '200': {description: ok, x-y: [1, 2]}\n        404:\n          description: nf\n  /b:\n    parameters:\n      - name: p\n      - name: q\n        in: query\n";

    #[test]
    fn finds_the_line_of_keys_items_and_flow_entries() {
        assert_eq!(line_of(TEXT, ""), Some(1));
        assert_eq!(line_of(TEXT, "/openapi"), Some(1));
        assert_eq!(line_of(TEXT, "/paths/~1a~1{id}/get"), Some(4));
        assert_eq!(
            line_of(TEXT, "/paths/~1a~1{id}/get/responses/200/x-y"),
            Some(6)
        );
        assert_eq!(line_of(TEXT, "/paths/~1a~1{id}/get/responses/404"), Some(7));
        assert_eq!(line_of(TEXT, "/paths/~1b/parameters/1"), Some(12));
        assert_eq!(line_of(TEXT, "/paths/~1b/parameters/1/in"), Some(13));
        assert_eq!(line_of(TEXT, "/paths/~1nope"), None);
        assert_eq!(line_of(TEXT, "/paths/~1b/parameters/7"), None);
    }

    #[test]
    fn names_each_repeated_key_with_the_line_of_the_repeat() {
        let text = "a: 1\nb:\n  c: 1\n  d: 2\n  c: 3\n  c: 4\na: 5\n";
        let got = duplicate_keys(text);
        assert_eq!(
            got,
            [
                DuplicateKey {
                    mapping: "/b".into(),
                    key: "c".into(),
                    line: Some(5)
                },
                DuplicateKey {
                    mapping: "/b".into(),
                    key: "c".into(),
                    line: Some(6)
                },
                DuplicateKey {
                    mapping: "".into(),
                    key: "a".into(),
                    line: Some(7)
                },
            ]
        );
        assert!(duplicate_keys("a: 1\nb: {c: 1}\n").is_empty());
    }
}
