//! The three outputs: text for a terminal, Markdown for a pull-request comment, JSON for tooling.

use super::Report;
use super::rules::Class;
use serde_json::json;

/// The version of the JSON output's shape; bumped when a field changes meaning or goes away.
pub const JSON_VERSION: u32 = 1;

fn counts(report: &Report) -> (usize, usize, usize) {
    let count = |c| report.findings.iter().filter(|f| f.class == c).count();
    (
        count(Class::Breaking),
        count(Class::Deprecation),
        count(Class::Compatible),
    )
}

fn specs(report: &Report) -> Vec<&str> {
    let mut specs: Vec<&str> = report
        .findings
        .iter()
        .map(|f| f.spec.as_str())
        .chain(report.surface.iter().map(|s| s.0.as_str()))
        .collect();
    specs.sort();
    specs.dedup();
    specs
}

pub fn text(report: &Report) -> String {
    let (b, d, c) = counts(report);
    let mut out = format!(
        "spec-diff {}..{}: {b} breaking, {d} deprecation, {c} compatible\n",
        report.base, report.head
    );
    for spec in specs(report) {
        out.push_str(&format!("\n{spec}\n"));
        for f in report.findings.iter().filter(|f| f.spec == spec) {
            out.push_str(&format!(
                "  {:<11} {}: {} [{}]\n",
                f.class.as_str().to_uppercase(),
                f.operation,
                f.reason,
                f.rule
            ));
        }
        let surface: Vec<_> = report.surface.iter().filter(|s| s.0 == spec).collect();
        if !surface.is_empty() {
            out.push_str("  generated Rust:\n");
            for (_, item, change) in surface {
                out.push_str(&format!("    {change:<7} {item}\n"));
            }
        }
    }
    out
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

pub fn markdown(report: &Report) -> String {
    let (b, d, c) = counts(report);
    let icon = if b > 0 {
        "🔴"
    } else if d > 0 {
        "🟡"
    } else {
        "🟢"
    };
    let mut out = format!(
        "### {icon} API review: {b} breaking, {d} deprecation, {c} compatible\n\n`cargo xtask spec-diff` between `{}` and `{}`.\n",
        report.base, report.head
    );
    if report.findings.is_empty() && report.surface.is_empty() {
        out.push_str("\nNo change to what client users see.\n");
    }
    for spec in specs(report) {
        out.push_str(&format!("\n#### `{spec}`\n\n"));
        let findings: Vec<_> = report.findings.iter().filter(|f| f.spec == spec).collect();
        if !findings.is_empty() {
            out.push_str("| | Operation | Change | Rule |\n|---|---|---|---|\n");
            for f in findings {
                let mark = match f.class {
                    Class::Breaking => "🔴 breaking",
                    Class::Deprecation => "🟡 deprecation",
                    Class::Compatible => "🟢 compatible",
                };
                out.push_str(&format!(
                    "| {mark} | `{}` | {} | `{}` |\n",
                    cell(&f.operation),
                    cell(&f.reason),
                    f.rule
                ));
            }
        }
        let surface: Vec<_> = report.surface.iter().filter(|s| s.0 == spec).collect();
        if !surface.is_empty() {
            out.push_str("\n<details><summary>Generated Rust surface</summary>\n\n");
            for (_, item, change) in surface {
                out.push_str(&format!("- {change}: `{item}`\n"));
            }
            out.push_str("\n</details>\n");
        }
    }
    out
}

pub fn json(report: &Report) -> String {
    let (b, d, c) = counts(report);
    let findings: Vec<_> = report
        .findings
        .iter()
        .map(|f| json!({"spec": f.spec, "operation": f.operation, "class": f.class.as_str(), "rule": f.rule, "reason": f.reason}))
        .collect();
    let surface: Vec<_> = report
        .surface
        .iter()
        .map(|(spec, item, change)| json!({"spec": spec, "item": item, "change": change}))
        .collect();
    let doc = json!({
        "version": JSON_VERSION,
        "base": report.base,
        "head": report.head,
        "summary": {"breaking": b, "deprecation": d, "compatible": c},
        "findings": findings,
        "surface": surface,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}
