//! What a spec change means for client users: drift finds where two documents differ (following
//! `$ref`s, in request or response position); these rules say whether each difference breaks users,
//! deprecates something, or is compatible, with a one-line reason. Operation-level rules (renames,
//! deprecation, security, removal) look at the two documents directly.

use crate::spec::Spec;
use drift::{ChangeClass, ChangeComparison, ChangeDetails};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// How a change affects client users.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// Code that compiled and worked against the old client may fail to compile or to work.
    Breaking,
    /// Something is newly deprecated: code keeps working, with a warning.
    Deprecation,
    /// Existing code is unaffected.
    Compatible,
}

impl Class {
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Breaking => "breaking",
            Class::Deprecation => "deprecation",
            Class::Compatible => "compatible",
        }
    }
}

/// One classified change.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Finding {
    /// Severity first, so sorting puts breaking changes first.
    pub class: Class,
    /// The spec file, e.g. `openapi/jtl-erp.yaml`.
    pub spec: String,
    /// The operationId (or `METHOD path`), or `(document)`.
    pub operation: String,
    /// A stable rule name, for tooling.
    pub rule: &'static str,
    /// One line for humans.
    pub reason: String,
}

/// An operation of a document, keyed by `METHOD path`.
struct Op<'a> {
    id: String,
    value: &'a Value,
}

fn operations(spec: &Spec) -> BTreeMap<String, Op<'_>> {
    spec.operations()
        .into_iter()
        .map(|o| {
            let key = format!("{} {}", o.method.to_uppercase(), o.path);
            let id =
                o.op.get("operationId")
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .unwrap_or_else(|| key.clone());
            (key, Op { id, value: o.op })
        })
        .collect()
}

fn is_deprecated(op: &Value) -> bool {
    op.get("deprecated").and_then(Value::as_bool) == Some(true)
}

/// An operation now at another `METHOD path`: where only path parameter names changed, the
/// request is the same but the builder setters are renamed.
fn moved_rule(
    from: &str,
    to: &str,
    id: &str,
    finding: &impl Fn(Class, &str, &'static str, String) -> Finding,
) -> Finding {
    let (Some((m1, p1)), Some((m2, p2))) = (from.split_once(' '), to.split_once(' ')) else {
        return finding(
            Class::Breaking,
            id,
            "operation-moved",
            format!("moved from `{from}` to `{to}`"),
        );
    };
    if m1 != m2 || crate::spec::path_template(p1) != crate::spec::path_template(p2) {
        return finding(
            Class::Breaking,
            id,
            "operation-moved",
            format!("moved from `{from}` to `{to}`"),
        );
    }
    let setters: Vec<String> = crate::spec::path_params(p1)
        .into_iter()
        .zip(crate::spec::path_params(p2))
        .filter(|(a, b)| a != b)
        .map(|(a, b)| {
            format!(
                "`.{}()` → `.{}()`",
                crate::generate::method_name(a),
                crate::generate::method_name(b)
            )
        })
        .collect();
    finding(
        Class::Breaking,
        id,
        "path-parameter-renamed",
        format!(
            "`{from}` → `{to}`: the same request, but the builder setter is renamed ({})",
            setters.join(", ")
        ),
    )
}

/// An operation's security (its own, or the document's): alternatives, any one of which suffices,
/// each a set of schemes that are all needed. No requirement at all is one empty alternative.
fn security(spec: &Spec, op: &Value) -> BTreeSet<BTreeSet<String>> {
    let alternatives: BTreeSet<BTreeSet<String>> = op
        .get("security")
        .or_else(|| spec.doc.get("security"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .map(|req| req.keys().cloned().collect())
        .collect();
    if alternatives.is_empty() {
        BTreeSet::from([BTreeSet::new()])
    } else {
        alternatives
    }
}

fn schemes(set: &BTreeSet<String>) -> String {
    if set.is_empty() {
        return "no authentication".to_string();
    }
    set.iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(" + ")
}

/// Security compared as alternatives: an old alternative that no longer suffices breaks its
/// callers; a new alternative, or one that needs fewer schemes, breaks nobody.
fn security_rules(was: &BTreeSet<BTreeSet<String>>, is: &BTreeSet<BTreeSet<String>>) -> Vec<Rule> {
    let mut out = Vec::new();
    for old in was {
        if is.iter().any(|n| n.is_subset(old)) {
            continue;
        }
        let reason = match is
            .iter()
            .filter(|n| old.is_subset(n))
            .min_by_key(|n| n.len())
        {
            Some(n) if old.is_empty() => format!("now requires {}", schemes(n)),
            Some(n) => {
                let more: BTreeSet<String> = n.difference(old).cloned().collect();
                format!(
                    "callers authenticating with {} now also need {}",
                    schemes(old),
                    schemes(&more)
                )
            }
            None => format!(
                "callers authenticating with {} are no longer accepted",
                schemes(old)
            ),
        };
        out.push((Class::Breaking, "security-added", reason));
    }
    for new in is.difference(was) {
        if was
            .iter()
            .any(|o| o.is_subset(new) && o != new && !is.contains(o))
        {
            continue; // a tightened alternative, reported above
        }
        match was.iter().find(|o| new.is_subset(o) && *o != new) {
            Some(o) => {
                let fewer: BTreeSet<String> = o.difference(new).cloned().collect();
                out.push((
                    Class::Compatible,
                    "security-removed",
                    format!(
                        "no longer requires {} beside {}",
                        schemes(&fewer),
                        schemes(new)
                    ),
                ));
            }
            None => out.push((
                Class::Compatible,
                "security-alternative-added",
                format!("also accepts {}", schemes(new)),
            )),
        }
    }
    out
}

/// Compares one spec file between two revisions; `None` where the file does not exist.
/// `replaced` names the component schemas the generator replaces with hand-written types.
pub fn compare(
    file: &str,
    old: Option<&Spec>,
    new: Option<&Spec>,
    replaced: &[&str],
) -> Result<Vec<Finding>, String> {
    let finding = |class, operation: &str, rule, reason: String| Finding {
        class,
        spec: file.to_string(),
        operation: operation.to_string(),
        rule,
        reason,
    };
    let (old, new) = match (old, new) {
        (None, None) => return Ok(Vec::new()),
        (None, Some(_)) => {
            return Ok(vec![finding(
                Class::Compatible,
                "(document)",
                "spec-added",
                "a new spec: a new client".into(),
            )]);
        }
        (Some(_), None) => {
            return Ok(vec![finding(
                Class::Breaking,
                "(document)",
                "spec-removed",
                "the spec was removed: its client goes".into(),
            )]);
        }
        (Some(o), Some(n)) => (o, n),
    };
    let mut out = Vec::new();
    let old_ops = operations(old);
    let new_ops = operations(new);
    let new_ids: BTreeMap<&str, &str> = new_ops
        .iter()
        .map(|(k, o)| (o.id.as_str(), k.as_str()))
        .collect();

    for (key, op) in &old_ops {
        match new_ops.get(key) {
            None => match new_ids.get(op.id.as_str()) {
                Some(moved) => out.push(moved_rule(key, moved, &op.id, &finding)),
                None => {
                    let first = if is_deprecated(op.value) {
                        "it was deprecated first"
                    } else {
                        "without being deprecated first"
                    };
                    out.push(finding(
                        Class::Breaking,
                        &op.id,
                        "operation-removed",
                        format!("`{key}` was removed ({first})"),
                    ));
                }
            },
            Some(now) => {
                if now.id != op.id {
                    let (a, b) = (
                        crate::generate::method_name(&op.id),
                        crate::generate::method_name(&now.id),
                    );
                    out.push(finding(
                        Class::Breaking,
                        &now.id,
                        "operation-id-renamed",
                        format!(
                            "operationId `{}` → `{}` renames the Rust method `{a}` to `{b}`",
                            op.id, now.id
                        ),
                    ));
                }
                match (is_deprecated(op.value), is_deprecated(now.value)) {
                    (false, true) => {
                        let hint = now
                            .value
                            .get("x-replaced-by")
                            .and_then(Value::as_str)
                            .map(|r| format!("; use `{r}`"))
                            .unwrap_or_default();
                        out.push(finding(
                            Class::Deprecation,
                            &now.id,
                            "operation-deprecated",
                            format!("newly deprecated{hint}"),
                        ));
                    }
                    (true, false) => out.push(finding(
                        Class::Compatible,
                        &now.id,
                        "operation-undeprecated",
                        "no longer deprecated".into(),
                    )),
                    _ => {}
                }
                let (was, is) = (security(old, op.value), security(new, now.value));
                for (class, rule, reason) in security_rules(&was, &is) {
                    out.push(finding(class, &now.id, rule, reason));
                }
            }
        }
    }
    let old_ids: BTreeSet<&str> = old_ops.values().map(|o| o.id.as_str()).collect();
    for (key, op) in &new_ops {
        if !old_ops.contains_key(key) && !old_ids.contains(op.id.as_str()) {
            out.push(finding(
                Class::Compatible,
                &op.id,
                "operation-added",
                format!("new operation `{key}`"),
            ));
        }
    }

    // Everything below the operation: drift finds it, the rules classify it. drift reports a shared
    // component once, through the first path it took to reach it; every operation that uses the
    // component is affected, in request or response position, so those are looked up here. A
    // change between two different components (a `$ref` now pointing elsewhere) concerns only the
    // operations where the old and the new target stand in the same place (`Retargets`).
    let split = super::content::split(file, old, new);
    out.extend(split.findings);
    let (old_doc, new_doc) = (&split.old, &split.new);
    let changes = std::panic::catch_unwind(|| drift::compare(old_doc, new_doc))
        .map_err(|_| format!("{file}: the comparison library panicked on these documents"))?
        .map_err(|e| format!("{file}: cannot compare: {e:#}"))?;
    let users_new = Users::of(new);
    let users_old = Users::of(old);
    let retargets = Retargets::of(old, new);
    for change in &changes {
        for path in &change.paths {
            let mut affected: BTreeSet<(String, ChangeComparison)> = BTreeSet::new();
            let (old_base, new_base) = (path.old.component_base(), path.new.component_base());
            // A change between two different components is a `$ref` that now points elsewhere: it
            // concerns the operations where that pair meets, not every user of either.
            if let (Some(from), Some(to)) = (old_base, new_base)
                && from != to
            {
                affected.extend(retargets.meeting(from, to));
            }
            if affected.is_empty()
                && let Some(component) = new_base.or(old_base)
            {
                affected.extend(users_new.of_component(component));
                affected.extend(users_old.of_component(component));
            }
            if affected.is_empty() {
                let Some(endpoint) = path.new.endpoint_base().or(path.old.endpoint_base()) else {
                    continue;
                };
                let operation = operation_label(new, endpoint)
                    .or_else(|| operation_label(old, endpoint))
                    .unwrap_or_else(|| endpoint.to_string());
                affected.insert((operation, path.comparison));
            }
            for info in &change.changes {
                if info.class == ChangeClass::Trivial {
                    continue;
                }
                if path.comparison == ChangeComparison::Structural
                    && matches!(info.details, ChangeDetails::Added | ChangeDetails::Removed)
                {
                    continue; // operations added or removed: the rules above say it with renames in mind
                }
                let old_value = pointer(old_doc, path.old.base_and_subpath().0, &info.old_subpath);
                let new_value = pointer(new_doc, path.new.base_and_subpath().0, &info.new_subpath);
                let open_type = path
                    .new
                    .component_base()
                    .or(path.old.component_base())
                    .and_then(|c| c.rsplit('/').next())
                    .filter(|name| replaced.contains(name));
                // The rules depend on the side only: classified once per side, not per user (a
                // shared error schema has hundreds).
                let mut by_side: BTreeMap<ChangeComparison, Vec<Rule>> = BTreeMap::new();
                for (operation, side) in &affected {
                    let rules = by_side
                        .entry(*side)
                        .or_insert_with(|| classify(info, *side, old_value, new_value, open_type));
                    for (class, rule, reason) in rules.iter() {
                        out.push(finding(*class, operation, rule, reason.clone()));
                    }
                }
            }
        }
    }
    for change in super::schemas::changes(old, new) {
        let affected: BTreeSet<(String, ChangeComparison)> = match &change.owner {
            super::schemas::Owner::Component(name) => {
                let component = format!("#/components/schemas/{name}");
                users_new
                    .of_component(&component)
                    .into_iter()
                    .chain(users_old.of_component(&component))
                    .collect()
            }
            super::schemas::Owner::Operation { key, input } => {
                let id = new_ops
                    .get(key)
                    .map(|o| o.id.clone())
                    .unwrap_or(key.clone());
                let side = if *input {
                    ChangeComparison::Input
                } else {
                    ChangeComparison::Output
                };
                BTreeSet::from([(id, side)])
            }
        };
        for (operation, side) in &affected {
            if let Some((class, rule, reason)) = node_rule(&change, *side) {
                out.push(finding(class, operation, rule, reason));
            }
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// The rule for a `nullable` or `default` change, in request or response position.
fn node_rule(change: &super::schemas::NodeChange, side: ChangeComparison) -> Option<Rule> {
    use super::schemas::What;
    let input = side == ChangeComparison::Input;
    let at = if input { "request" } else { "response" };
    let what = match &change.property {
        Some(p) => format!("{at} property \"{p}\""),
        None => format!("{at} value"),
    };
    Some(match (&change.what, input) {
        (What::NowNullable, true) => (
            Class::Compatible,
            "request-now-nullable",
            format!("{what} may now be null"),
        ),
        (What::NowNullable, false) if change.property.is_some() && !change.required => (
            Class::Compatible,
            "response-optional-property-now-nullable",
            format!("{what} may now be null (it was optional already: still an `Option`)"),
        ),
        (What::NowNullable, false) if change.property.is_some() => (
            Class::Breaking,
            "response-property-now-nullable",
            format!("required {what} may now be null (its Rust type becomes an `Option`)"),
        ),
        (What::NowNullable, false) => (
            Class::Breaking,
            "response-now-nullable",
            format!("{what} may now be null"),
        ),
        (What::NoLongerNullable, true) => (
            Class::Breaking,
            "request-no-longer-nullable",
            format!("{what} may no longer be null"),
        ),
        (What::NoLongerNullable, false) => (
            Class::Compatible,
            "response-no-longer-nullable",
            format!("{what} is no longer null"),
        ),
        (What::DefaultChanged { old, new }, _) => {
            let show = |v: &Option<Value>| v.as_ref().map_or("none".to_string(), Value::to_string);
            let (class, rule, effect) = if input {
                (
                    Class::Breaking,
                    "request-default-changed",
                    "callers who omit it get the new behaviour",
                )
            } else {
                (
                    Class::Compatible,
                    "response-default-changed",
                    "a response without it decodes to the new value",
                )
            };
            (
                class,
                rule,
                format!("{what}: default {} → {} ({effect})", show(old), show(new)),
            )
        }
    })
}

/// Which operations use which components, and whether in request or response position.
struct Users {
    /// `(operation, side)` → every component pointer reachable from there.
    reach: Vec<(String, ChangeComparison, BTreeSet<String>)>,
}

impl Users {
    fn of(spec: &Spec) -> Users {
        let mut reach = Vec::new();
        for op in spec.operations() {
            let label = finding_label(&op);
            let mut input = BTreeSet::new();
            for part in [
                op.path_params,
                op.op.get("parameters"),
                op.op.get("requestBody"),
            ]
            .into_iter()
            .flatten()
            {
                collect_refs(spec, part, &mut input);
            }
            let mut output = BTreeSet::new();
            if let Some(responses) = op.op.get("responses") {
                collect_refs(spec, responses, &mut output);
            }
            reach.push((label.clone(), ChangeComparison::Input, input));
            reach.push((label, ChangeComparison::Output, output));
        }
        Users { reach }
    }

    fn of_component(&self, component: &str) -> Vec<(String, ChangeComparison)> {
        self.reach
            .iter()
            .filter(|(_, _, refs)| refs.contains(component))
            .map(|(op, side, _)| (op.clone(), *side))
            .collect()
    }
}

/// Where a `$ref` in the old revision and a different one in the new revision stand in the same
/// place of an operation: `(operation, side)` → the `(old target, new target)` pairs met walking
/// both revisions side by side.
struct Retargets {
    pairs: Vec<(String, ChangeComparison, Met)>,
}

/// `(old target, new target)` pairs of `$ref`s met in the same place.
type Met = BTreeSet<(String, String)>;

impl Retargets {
    fn of(old: &Spec, new: &Spec) -> Retargets {
        let old_ops: BTreeMap<(String, String), _> = old
            .operations()
            .into_iter()
            .map(|o| ((o.method.to_string(), o.path.to_string()), o))
            .collect();
        let mut pairs = Vec::new();
        for op in new.operations() {
            let Some(before) = old_ops.get(&(op.method.to_string(), op.path.to_string())) else {
                continue;
            };
            let label = finding_label(&op);
            for (side, keys) in [
                (ChangeComparison::Input, &["parameters", "requestBody"][..]),
                (ChangeComparison::Output, &["responses"][..]),
            ] {
                let mut met = BTreeSet::new();
                for key in keys {
                    if let (Some(a), Some(b)) = (before.op.get(*key), op.op.get(*key)) {
                        walk_pair(old, new, a, b, &mut met);
                    }
                }
                pairs.push((label.clone(), side, met));
            }
        }
        Retargets { pairs }
    }

    fn meeting(&self, from: &str, to: &str) -> Vec<(String, ChangeComparison)> {
        self.pairs
            .iter()
            .filter(|(_, _, met)| met.contains(&(from.to_string(), to.to_string())))
            .map(|(op, side, _)| (op.clone(), *side))
            .collect()
    }
}

/// Walks the old and new value of one place together, following `$ref`s on either side, and
/// records every pair of reference targets that meet.
fn walk_pair(old: &Spec, new: &Spec, a: &Value, b: &Value, met: &mut BTreeSet<(String, String)>) {
    let target = |v: &Value| v.get("$ref").and_then(Value::as_str).map(str::to_string);
    match (target(a), target(b)) {
        (Some(x), Some(y)) => {
            if met.insert((x.clone(), y.clone()))
                && let (Ok(a), Ok(b)) = (old.lookup(&x), new.lookup(&y))
            {
                walk_pair(old, new, a, b, met);
            }
            return;
        }
        // A reference on one side only: follow it. The other side is inline, so finite, and the
        // walk ends with it; pairs of references end through `met`.
        (Some(x), None) => {
            if let Ok(a) = old.lookup(&x) {
                walk_pair(old, new, a, b, met);
            }
            return;
        }
        (None, Some(y)) => {
            if let Ok(b) = new.lookup(&y) {
                walk_pair(old, new, a, b, met);
            }
            return;
        }
        (None, None) => {}
    }
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (key, child) in x {
                if let Some(other) = y.get(key) {
                    walk_pair(old, new, child, other, met);
                }
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            for (child, other) in x.iter().zip(y) {
                walk_pair(old, new, child, other, met);
            }
        }
        _ => {}
    }
}

/// How findings name an operation: its `operationId`, else `METHOD path`.
fn finding_label(op: &crate::spec::OperationRef<'_>) -> String {
    op.op
        .get("operationId")
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| op.label())
}

/// Every `$ref` target reachable from `value`, following references transitively.
fn collect_refs(spec: &Spec, value: &Value, seen: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            if let Some(target) = map.get("$ref").and_then(Value::as_str)
                && seen.insert(target.to_string())
                && let Ok(resolved) = spec.lookup(target)
            {
                collect_refs(spec, resolved, seen);
            }
            for (key, child) in map {
                if key != "$ref" {
                    collect_refs(spec, child, seen);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(spec, v, seen)),
        _ => {}
    }
}

/// `#/paths/~1a~1b/get` → the operationId there.
fn operation_label(spec: &Spec, endpoint: &str) -> Option<String> {
    let op = spec.doc.pointer(endpoint.strip_prefix('#')?)?;
    op.get("operationId")
        .and_then(Value::as_str)
        .map(str::to_string)
}

fn pointer<'a>(doc: &'a Value, base: &str, subpath: &str) -> Option<&'a Value> {
    let base = base.strip_prefix('#').unwrap_or(base);
    let full = if subpath.is_empty() {
        base.to_string()
    } else {
        format!("{base}/{subpath}")
    };
    doc.pointer(&full)
}

type Rule = (Class, &'static str, String);

/// Classifies one difference drift found, in request (`Input`) or response (`Output`) position.
fn classify(
    info: &drift::ChangeInfo,
    side: ChangeComparison,
    old: Option<&Value>,
    new: Option<&Value>,
    open_type: Option<&str>,
) -> Vec<Rule> {
    let message = info.message.as_str();
    if message.contains("body parameter") {
        // drift words a request body that appears or goes as a "body parameter".
        return vec![match info.details {
            ChangeDetails::AddedRequired => (
                Class::Breaking,
                "request-body-added",
                "the request takes a new required body".to_string(),
            ),
            ChangeDetails::Added => (
                Class::Compatible,
                "request-body-added",
                "the request takes a new optional body".to_string(),
            ),
            ChangeDetails::Removed => (
                Class::Breaking,
                "request-body-removed",
                "the request body was removed".to_string(),
            ),
            _ => (Class::Breaking, "request-body-changed", message.to_string()),
        }];
    }
    if message.contains("parameter") {
        return vec![match info.details {
            ChangeDetails::AddedRequired => (
                Class::Breaking,
                "parameter-added-required",
                message.to_string(),
            ),
            ChangeDetails::Added => (
                Class::Compatible,
                "parameter-added-optional",
                message.to_string(),
            ),
            ChangeDetails::Removed => (Class::Breaking, "parameter-removed", message.to_string()),
            ChangeDetails::MoreStrict => (
                Class::Breaking,
                "parameter-now-required",
                message.to_string(),
            ),
            ChangeDetails::LessStrict => (
                Class::Compatible,
                "parameter-now-optional",
                message.to_string(),
            ),
            _ => (Class::Breaking, "parameter-changed", message.to_string()),
        }];
    }
    if let Some(status) = message.strip_prefix("operation no longer responds with status ") {
        let class = if status.starts_with('2') {
            Class::Breaking
        } else {
            Class::Compatible
        };
        return vec![(
            class,
            "response-status-removed",
            format!("no longer answers with status {status}"),
        )];
    }
    if message.starts_with("operation added a new response code") {
        return vec![(
            Class::Compatible,
            "response-status-added",
            message.to_string(),
        )];
    }
    let mut rules = Vec::new();
    if let (Some(old), Some(new)) = (old, new) {
        if same_but_order(old, new) {
            return rules; // a reordered `required` list: the same set of names
        }
        match ["oneOf", "anyOf"].into_iter().find(|k| message.contains(k)) {
            // drift may point at the variant list itself rather than the schema holding it.
            Some(key) if old.is_array() && new.is_array() => {
                let wrap = |v: &Value| serde_json::json!({ key: v });
                schema_rules(side, &wrap(old), &wrap(new), open_type, &mut rules);
            }
            _ => schema_rules(side, old, new, open_type, &mut rules),
        }
    }
    if rules.is_empty() {
        let class = match info.class {
            ChangeClass::Trivial | ChangeClass::ForwardIncompatible => Class::Compatible,
            _ => Class::Breaking,
        };
        rules.push((
            class,
            "schema-changed",
            format!("{message} (review: no finer rule applies)"),
        ));
    }
    rules
}

fn num(v: &Value, key: &str) -> Option<f64> {
    v.get(key).and_then(Value::as_f64)
}

fn text<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

fn strings(v: &Value, key: &str) -> BTreeSet<String> {
    v.get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|x| x.to_string())
        .collect()
}

/// Whether two values differ only in the order of `required` lists.
fn same_but_order(old: &Value, new: &Value) -> bool {
    fn sorted(v: &Value, is_required: bool) -> Value {
        match v {
            Value::Object(map) => Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), sorted(v, k == "required")))
                    .collect(),
            ),
            Value::Array(items) => {
                let mut items: Vec<Value> = items.iter().map(|i| sorted(i, false)).collect();
                if is_required {
                    items.sort_by_key(Value::to_string);
                }
                Value::Array(items)
            }
            other => other.clone(),
        }
    }
    let is_required_list = |v: &Value| v.as_array().is_some_and(|a| a.iter().all(Value::is_string));
    if is_required_list(old) && is_required_list(new) {
        return sorted(old, true) == sorted(new, true);
    }
    sorted(old, false) == sorted(new, false)
}

/// A `oneOf`/`anyOf` variant by name: the schema it references, or its JSON.
fn variants(v: &Value, key: &str) -> BTreeSet<String> {
    v.get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(
            |variant| match variant.get("$ref").and_then(Value::as_str) {
                Some(r) => format!("`{}`", r.rsplit('/').next().unwrap_or(r)),
                None => variant.to_string(),
            },
        )
        .collect()
}

/// The rules for one schema object compared with its new version. `open_type` names the
/// component when the generator replaces it with a hand-written type.
fn schema_rules(
    side: ChangeComparison,
    old: &Value,
    new: &Value,
    open_type: Option<&str>,
    out: &mut Vec<Rule>,
) {
    let input = side == ChangeComparison::Input;
    let at = if input { "request" } else { "response" };
    let (old_type, new_type) = (text(old, "type"), text(new, "type"));
    let (old_format, new_format) = (text(old, "format"), text(new, "format"));
    if old_type != new_type || old_format != new_format {
        let show = |t: Option<&str>, f: Option<&str>| {
            format!(
                "{}{}",
                t.unwrap_or("any"),
                f.map(|f| format!(" ({f})")).unwrap_or_default()
            )
        };
        out.push((
            Class::Breaking,
            "type-changed",
            format!(
                "{at} type {} → {}",
                show(old_type, old_format),
                show(new_type, new_format)
            ),
        ));
        return; // constraints belong to the old type; comparing them would only add noise
    }
    // Constraints: a tighter request rejects values that worked; a looser response breaks the
    // generated types, which validate what they decode.
    let mut constraint = |tighter: bool, what: String| {
        let (class, rule) = match (input, tighter) {
            (true, true) => (Class::Breaking, "request-constraint-tightened"),
            (true, false) => (Class::Compatible, "request-constraint-relaxed"),
            (false, true) => (Class::Compatible, "response-constraint-tightened"),
            (false, false) => (Class::Breaking, "response-constraint-relaxed"),
        };
        out.push((class, rule, format!("{at} {what}")));
    };
    for key in ["maxLength", "maxItems", "maximum"] {
        match (num(old, key), num(new, key)) {
            (a, b) if a == b => {}
            (Some(a), Some(b)) => constraint(b < a, format!("{key} {a} → {b}")),
            (None, Some(b)) => constraint(true, format!("{key} {b} added")),
            (Some(a), None) => constraint(false, format!("{key} {a} removed")),
            (None, None) => {}
        }
    }
    for key in ["minLength", "minItems", "minimum"] {
        match (num(old, key), num(new, key)) {
            (a, b) if a == b => {}
            (Some(a), Some(b)) => constraint(b > a, format!("{key} {a} → {b}")),
            (None, Some(b)) => constraint(b > 0.0, format!("{key} {b} added")),
            (Some(a), None) => constraint(false, format!("{key} {a} removed")),
            (None, None) => {}
        }
    }
    match (text(old, "pattern"), text(new, "pattern")) {
        (a, b) if a == b => {}
        (_, Some(b)) => constraint(true, format!("pattern now `{b}`")),
        (Some(_), None) => constraint(false, "pattern removed".into()),
        (None, None) => {}
    }
    let (old_enum, new_enum) = (strings(old, "enum"), strings(new, "enum"));
    if !old_enum.is_empty() || !new_enum.is_empty() {
        for added in new_enum.difference(&old_enum) {
            if input {
                out.push((
                    Class::Compatible,
                    "request-enum-value-added",
                    format!("request accepts the new value {added}"),
                ));
            } else if let Some(name) = open_type {
                out.push((
                    Class::Compatible,
                    "response-enum-value-added-open-type",
                    format!(
                        "response may carry the new value {added}; `{name}` is a hand-written open type in the client, which keeps unknown values"
                    ),
                ));
            } else {
                out.push((
                    Class::Breaking,
                    "response-enum-value-added",
                    format!("response may carry the new value {added} (breaks closed enums)"),
                ));
            }
        }
        for removed in old_enum.difference(&new_enum) {
            if input {
                out.push((
                    Class::Breaking,
                    "request-enum-value-removed",
                    format!("request no longer accepts {removed}"),
                ));
            } else {
                out.push((
                    Class::Compatible,
                    "response-enum-value-removed",
                    format!("response no longer carries {removed}"),
                ));
            }
        }
    }
    let (old_required, new_required) = (strings(old, "required"), strings(new, "required"));
    let props = |v: &Value| -> BTreeSet<String> {
        v.get("properties")
            .and_then(Value::as_object)
            .map(|m| m.keys().map(|k| format!("\"{k}\"")).collect())
            .unwrap_or_default()
    };
    let (old_props, new_props) = (props(old), props(new));
    for added in new_props.difference(&old_props) {
        let required = new_required.contains(added);
        out.push(match (input, required) {
            (true, true) => (
                Class::Breaking,
                "request-property-added-required",
                format!("request needs the new property {added}"),
            ),
            (true, false) => (
                Class::Compatible,
                "request-property-added-optional",
                format!("request takes the new optional property {added}"),
            ),
            (false, _) => (
                Class::Compatible,
                "response-property-added",
                format!("response carries the new property {added}"),
            ),
        });
    }
    for removed in old_props.difference(&new_props) {
        let rule = if input {
            "request-property-removed"
        } else {
            "response-property-removed"
        };
        out.push((
            Class::Breaking,
            rule,
            format!("{at} property {removed} was removed"),
        ));
    }
    for name in old_props.intersection(&new_props) {
        match (old_required.contains(name), new_required.contains(name)) {
            (false, true) if input => out.push((
                Class::Breaking,
                "request-property-now-required",
                format!("request property {name} is now required"),
            )),
            (false, true) => out.push((
                Class::Compatible,
                "response-property-now-required",
                format!("response property {name} is now always present"),
            )),
            (true, false) if input => out.push((
                Class::Compatible,
                "request-property-now-optional",
                format!("request property {name} is now optional"),
            )),
            (true, false) => out.push((
                Class::Breaking,
                "response-property-now-optional",
                format!("response property {name} may now be absent"),
            )),
            _ => {}
        }
    }
    // Variants: a request may take more shapes; a response of a new shape breaks matches on the
    // generated enum.
    for key in ["oneOf", "anyOf"] {
        let (was, is) = (variants(old, key), variants(new, key));
        for added in is.difference(&was) {
            out.push(if input {
                (
                    Class::Compatible,
                    "request-variant-added",
                    format!("request accepts the new {key} variant {added}"),
                )
            } else {
                (
                    Class::Breaking,
                    "response-variant-added",
                    format!(
                        "response may be the new {key} variant {added} (breaks matches on the generated enum)"
                    ),
                )
            });
        }
        for removed in was.difference(&is) {
            out.push(if input {
                (
                    Class::Breaking,
                    "request-variant-removed",
                    format!("request no longer accepts the {key} variant {removed}"),
                )
            } else {
                (
                    Class::Compatible,
                    "response-variant-removed",
                    format!("response is no longer the {key} variant {removed}"),
                )
            });
        }
    }
    // `nullable` and `default` are compared in `super::schemas`: drift does not report them.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alternatives(list: &[&[&str]]) -> BTreeSet<BTreeSet<String>> {
        list.iter()
            .map(|alt| alt.iter().map(|s| s.to_string()).collect())
            .collect()
    }

    fn rules(was: &[&[&str]], is: &[&[&str]]) -> Vec<(Class, &'static str, String)> {
        security_rules(&alternatives(was), &alternatives(is))
    }

    #[test]
    fn a_retargeted_ref_concerns_the_operations_where_it_points_elsewhere_only() {
        // `createThing`'s body now points `detail` at `Brief` instead of `Full`; `getBrief`
        // answers a `Brief` in both revisions and `getFull` a `Full`: neither changed.
        let spec = |detail: &str| {
            let text = format!(
                r#"
openapi: 3.0.3
info: {{title: t, version: "1"}}
paths:
  /things:
    post:
      operationId: createThing
      requestBody:
        content:
          application/json:
            schema: {{$ref: '#/components/schemas/Thing'}}
      responses:
        '204': {{description: done}}
  /brief:
    get:
      operationId: getBrief
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {{$ref: '#/components/schemas/Brief'}}
  /full:
    get:
      operationId: getFull
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {{$ref: '#/components/schemas/Full'}}
components:
  schemas:
    Thing:
      type: object
      properties:
        detail: {{$ref: '#/components/schemas/{detail}'}}
    Brief:
      type: object
      properties:
        name: {{type: string}}
    Full:
      type: object
      properties:
        name: {{type: string}}
        history: {{type: string}}
"#
            );
            Spec::parse("t.yaml", &text).expect("parses")
        };
        let found =
            compare("t.yaml", Some(&spec("Full")), Some(&spec("Brief")), &[]).expect("compares");
        let removed: Vec<&str> = found
            .iter()
            .filter(|f| f.rule == "request-property-removed")
            .map(|f| f.operation.as_str())
            .collect();
        assert_eq!(removed, ["createThing"], "{found:#?}");
        assert!(
            found.iter().all(|f| f.operation == "createThing"),
            "{found:#?}"
        );
    }

    #[test]
    fn security_is_compared_as_alternatives_of_scheme_sets() {
        assert_eq!(rules(&[&["a"]], &[&["a"]]), []);
        assert_eq!(
            rules(&[&["a"]], &[&["a"], &["b"]]),
            [(
                Class::Compatible,
                "security-alternative-added",
                "also accepts `b`".to_string()
            )]
        );
        assert_eq!(
            rules(&[&["a"]], &[&["a", "b"]]),
            [(
                Class::Breaking,
                "security-added",
                "callers authenticating with `a` now also need `b`".to_string()
            )]
        );
        assert_eq!(
            rules(&[&["a"], &["b"]], &[&["a"]]),
            [(
                Class::Breaking,
                "security-added",
                "callers authenticating with `b` are no longer accepted".to_string()
            )]
        );
        assert_eq!(
            rules(&[&["a", "b"]], &[&["a"]]),
            [(
                Class::Compatible,
                "security-removed",
                "no longer requires `b` beside `a`".to_string()
            )]
        );
        assert_eq!(
            rules(&[&[]], &[&["a"]]),
            [(
                Class::Breaking,
                "security-added",
                "now requires `a`".to_string()
            )]
        );
    }
}
