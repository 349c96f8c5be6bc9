//! The three outputs: text for a terminal, Markdown for a pull-request comment, JSON for tooling.
//! Text and Markdown group the findings of each spec by rule, breaking rules first, with counts,
//! so a review with hundreds of findings still reads from the top.

use super::Report;
use super::rules::{Class, Finding};
use serde_json::json;

/// The version of the JSON output's shape; bumped when a field changes meaning or goes away.
pub const JSON_VERSION: u32 = 1;

/// Markdown groups of at most this many breaking findings are shown unfolded.
const OPEN_BREAKING: usize = 5;

/// Past this many bytes the Markdown lists groups without their findings: a pull-request comment
/// holds at most 65 536 characters.
const MARKDOWN_BUDGET: usize = 60_000;

fn count(findings: &[&Finding], class: Class) -> usize {
    findings.iter().filter(|f| f.class == class).count()
}

fn counts(report: &Report) -> (usize, usize, usize) {
    let all: Vec<&Finding> = report.findings.iter().collect();
    (
        count(&all, Class::Breaking),
        count(&all, Class::Deprecation),
        count(&all, Class::Compatible),
    )
}

fn specs(report: &Report) -> Vec<&str> {
    let mut specs: Vec<&str> = report.findings.iter().map(|f| f.spec.as_str()).collect();
    specs.sort();
    specs.dedup();
    specs
}

/// One spec's findings grouped by `(class, rule)`, in that order (breaking first).
fn groups<'a>(report: &'a Report, spec: &str) -> Vec<((Class, &'static str), Vec<&'a Finding>)> {
    let mut out: Vec<((Class, &'static str), Vec<&Finding>)> = Vec::new();
    let mut findings: Vec<&Finding> = report.findings.iter().filter(|f| f.spec == spec).collect();
    findings.sort_by(|a, b| (a.class, a.rule, &a.operation).cmp(&(b.class, b.rule, &b.operation)));
    for f in findings {
        match out.last_mut() {
            Some((key, list)) if *key == (f.class, f.rule) => list.push(f),
            _ => out.push(((f.class, f.rule), vec![f])),
        }
    }
    out
}

pub fn text(report: &Report) -> String {
    let (b, d, c) = counts(report);
    let mut out = format!(
        "spec-diff {}..{}: {b} breaking, {d} deprecation, {c} compatible\n",
        report.base, report.head
    );
    for spec in specs(report) {
        out.push_str(&format!("\n{spec}\n"));
        for ((class, rule), findings) in groups(report, spec) {
            out.push_str(&format!(
                "  {:<11} {rule} ({})\n",
                class.as_str().to_uppercase(),
                findings.len()
            ));
            for f in findings {
                out.push_str(&format!("    {}: {}\n", f.operation, f.reason));
            }
        }
    }
    out
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn mark(class: Class) -> &'static str {
    match class {
        Class::Breaking => "🔴",
        Class::Deprecation => "🟡",
        Class::Compatible => "🟢",
    }
}

pub fn markdown(report: &Report) -> String {
    let (b, d, c) = counts(report);
    let icon = if b > 0 {
        mark(Class::Breaking)
    } else if d > 0 {
        mark(Class::Deprecation)
    } else {
        mark(Class::Compatible)
    };
    let mut out = format!(
        "### {icon} API review: {b} breaking, {d} deprecation, {c} compatible\n\n`cargo xtask spec-diff` between `{}` and `{}`.\n",
        report.base, report.head
    );
    let specs = specs(report);
    if specs.is_empty() {
        out.push_str("\nNo change to what client users see.\n");
        return out;
    }
    out.push_str("\n| Spec | 🔴 breaking | 🟡 deprecation | 🟢 compatible |\n|---|---|---|---|\n");
    for spec in &specs {
        let findings: Vec<&Finding> = report.findings.iter().filter(|f| f.spec == *spec).collect();
        out.push_str(&format!(
            "| `{spec}` | {} | {} | {} |\n",
            count(&findings, Class::Breaking),
            count(&findings, Class::Deprecation),
            count(&findings, Class::Compatible)
        ));
    }
    for spec in specs {
        out.push_str(&format!("\n#### `{spec}`\n"));
        for ((class, rule), findings) in groups(report, spec) {
            let open = if class == Class::Breaking && findings.len() <= OPEN_BREAKING {
                " open"
            } else {
                ""
            };
            out.push_str(&format!(
                "\n<details{open}><summary>{} <code>{rule}</code>: {} {}</summary>\n\n",
                mark(class),
                findings.len(),
                class.as_str()
            ));
            let mut table = String::from("| Operation or item | Change |\n|---|---|\n");
            for f in &findings {
                table.push_str(&format!(
                    "| `{}` | {} |\n",
                    cell(&f.operation),
                    cell(&f.reason)
                ));
            }
            if out.len() + table.len() > MARKDOWN_BUDGET {
                out.push_str(&format!(
                    "{} findings not listed, to keep this comment within GitHub's size limit: run `cargo xtask spec-diff` for all.\n",
                    findings.len()
                ));
            } else {
                out.push_str(&table);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// 200 findings over 2 specs and 8 rules, as a large spec change would give.
    fn big_report() -> Report {
        let rules: [(Class, &'static str); 4] = [
            (Class::Breaking, "operation-removed"),
            (Class::Breaking, "rust-removed"),
            (Class::Deprecation, "operation-deprecated"),
            (Class::Compatible, "operation-added"),
        ];
        let mut findings = Vec::new();
        for i in 0..200 {
            let (class, rule) = rules[i % 4];
            findings.push(Finding {
                class,
                spec: format!("openapi/s{}.yaml", (i / 4) % 2),
                operation: format!("op{i}"),
                rule,
                reason: format!("change {i}"),
            });
        }
        Report {
            base: "a".into(),
            head: "b".into(),
            findings,
            surface: Vec::new(),
        }
    }

    #[test]
    fn markdown_with_200_findings_is_grouped_by_rule_with_counts_and_folded() {
        let md = markdown(&big_report());
        assert!(md.starts_with("### 🔴 API review: 100 breaking, 50 deprecation, 50 compatible"));
        // The overview before the first group: title, one table row per spec.
        let overview = md.split("\n#### ").next().expect("overview");
        assert_eq!(overview.lines().count(), 8, "{overview}");
        assert!(
            overview.contains("| `openapi/s0.yaml` | 50 | 25 | 25 |"),
            "{overview}"
        );
        assert_eq!(
            md.matches("<details").count(),
            8,
            "one group per spec and rule"
        );
        assert_eq!(
            md.matches("<details open>").count(),
            0,
            "25 breaking findings are folded"
        );
        assert!(md.contains("<summary>🔴 <code>operation-removed</code>: 25 breaking</summary>"));
        assert_eq!(
            md.matches("` | change ").count(),
            200,
            "every finding is in a group"
        );
        let s0 = md.split("#### `openapi/s0.yaml`").nth(1).expect("s0");
        let first = s0.find("operation-removed").expect("breaking group");
        let last = s0.find("operation-added").expect("compatible group");
        assert!(first < last, "breaking groups come first");
    }

    #[test]
    fn a_huge_review_stays_within_a_comment_and_still_names_every_group() {
        let mut report = big_report();
        let many: Vec<Finding> = (0..3000)
            .map(|i| Finding {
                reason: format!("a long explanation of change {i} {}", "x".repeat(60)),
                operation: format!("operation{i}"),
                rule: ["operation-removed", "rust-removed", "operation-added"][i % 3],
                ..report.findings[0].clone()
            })
            .collect();
        report.findings.extend(many);
        let md = markdown(&report);
        assert!(md.len() < 65_536, "{} bytes", md.len());
        // The 8 groups of `big_report`, and the extra findings' (breaking, operation-added).
        assert_eq!(md.matches("<details").count(), 9);
        assert!(md.contains("findings not listed"), "the cut is said");
    }

    #[test]
    fn a_few_breaking_findings_are_shown_unfolded_and_text_groups_too() {
        let mut report = big_report();
        report.findings.truncate(3);
        let md = markdown(&report);
        assert_eq!(md.matches("<details open>").count(), 2, "{md}");
        assert_eq!(
            md.matches("<details>").count(),
            1,
            "deprecations fold: {md}"
        );
        let text = text(&report);
        assert!(
            text.contains("  BREAKING    operation-removed (1)\n    op0: change 0\n"),
            "{text}"
        );
    }
}
