//! `cargo xtask spec-diff`: what a change to `openapi/*.yaml` means for client users, for a
//! pull-request review. See CONTRIBUTING.md for how to read it.

mod content;
mod git;
mod render;
pub mod rules;
mod schemas;
mod surface;

use crate::providers::{PROVIDERS, Provider};
use crate::spec::Spec;
use rules::{Class, Finding};
use std::collections::BTreeSet;
use std::path::Path;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Json,
}

/// When the command exits non-zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOn {
    Breaking,
    Deprecation,
    Any,
}

/// The command line.
#[derive(Debug, Clone)]
pub struct Options {
    pub base: Option<String>,
    pub head: Option<String>,
    pub format: Format,
    pub fail_on: Option<FailOn>,
}

impl Options {
    /// Parses `[--base REV] [--head REV] [--format F] [--fail-on F]`.
    pub fn parse(args: &[&str]) -> Result<Options, String> {
        let mut options = Options {
            base: None,
            head: None,
            format: Format::Text,
            fail_on: None,
        };
        let mut rest = args.iter();
        while let Some(flag) = rest.next() {
            let mut value = || {
                rest.next()
                    .copied()
                    .ok_or_else(|| format!("{flag} needs a value"))
            };
            match *flag {
                "--base" => options.base = Some(value()?.to_string()),
                "--head" => options.head = Some(value()?.to_string()),
                "--format" => {
                    options.format = match value()? {
                        "text" => Format::Text,
                        "markdown" => Format::Markdown,
                        "json" => Format::Json,
                        other => {
                            return Err(format!("unknown format `{other}` (text, markdown, json)"));
                        }
                    }
                }
                "--fail-on" => {
                    options.fail_on = Some(match value()? {
                        "breaking" => FailOn::Breaking,
                        "deprecation" => FailOn::Deprecation,
                        "any" => FailOn::Any,
                        other => {
                            return Err(format!(
                                "unknown --fail-on `{other}` (breaking, deprecation, any)"
                            ));
                        }
                    })
                }
                other => return Err(format!("unknown spec-diff argument `{other}`")),
            }
        }
        Ok(options)
    }
}

/// Everything found between two revisions.
#[derive(Debug, Default)]
pub struct Report {
    pub base: String,
    pub head: String,
    pub findings: Vec<Finding>,
    /// `(spec, item, added | removed | changed)` in the generated Rust.
    pub surface: Vec<(String, String, &'static str)>,
}

impl Report {
    /// Whether `fail_on` says this report fails the check.
    pub fn fails(&self, fail_on: FailOn) -> bool {
        // Generated-Rust changes are findings too, so they count here like any other.
        self.findings.iter().any(|f| match fail_on {
            FailOn::Breaking => f.class == Class::Breaking,
            FailOn::Deprecation => f.class != Class::Compatible,
            FailOn::Any => true,
        })
    }
}

/// Loads a spec text, requiring OpenAPI 3.0.x; errors name the file and revision.
fn load(file: &str, rev: &str, text: &str) -> Result<Spec, String> {
    let spec = Spec::parse(&format!("{file} at `{rev}`"), text)?;
    match spec.doc.get("openapi").and_then(serde_json::Value::as_str) {
        Some(v) if v.starts_with("3.0.") => Ok(spec),
        Some(v) => Err(format!(
            "{file} at `{rev}`: `openapi: {v}` is not OpenAPI 3.0.x"
        )),
        None => Err(format!("{file} at `{rev}`: no `openapi` version field")),
    }
}

/// Compares the specs of two revisions (`head: None` is the working tree).
pub fn diff(root: &Path, base: &str, head: Option<&str>) -> Result<Report, String> {
    let old_specs = git::specs_at(root, base)?;
    let (head_label, new_specs) = match head {
        Some(rev) => (rev.to_string(), git::specs_at(root, rev)?),
        None => ("working tree".to_string(), git::specs_in_tree(root)?),
    };
    let mut report = Report {
        base: base.to_string(),
        head: head_label.clone(),
        ..Report::default()
    };
    let files: BTreeSet<&String> = old_specs.keys().chain(new_specs.keys()).collect();
    for file in files {
        let old = old_specs
            .get(file)
            .map(|t| load(file, base, t))
            .transpose()?;
        let new = new_specs
            .get(file)
            .map(|t| load(file, &head_label, t))
            .transpose()?;
        let provider = PROVIDERS.iter().find(|p| p.spec == file.as_str());
        let (findings, surface) = compare_specs(file, old.as_ref(), new.as_ref(), provider)?;
        report.findings.extend(findings);
        report.surface.extend(
            surface
                .into_iter()
                .map(|(item, change)| (file.clone(), item, change)),
        );
    }
    report.findings.sort();
    Ok(report)
}

/// Generated-Rust changes as `(item, "added" | "removed" | "changed")`.
pub type SurfaceChanges = Vec<(String, &'static str)>;

/// One spec file's findings: the spec rules, and (for a provider's spec) the generated Rust of
/// both revisions compared, each change classified; also the raw list of generated-Rust changes.
pub fn compare_specs(
    file: &str,
    old: Option<&Spec>,
    new: Option<&Spec>,
    provider: Option<&Provider>,
) -> Result<(Vec<Finding>, SurfaceChanges), String> {
    let replaced: Vec<&str> = provider
        .map(|p| p.replacements.iter().map(|(name, _)| *name).collect())
        .unwrap_or_default();
    let mut findings = rules::compare(file, old, new, &replaced)?;
    let Some(provider) = provider else {
        return Ok((findings, Vec::new()));
    };
    let generate = |spec: Option<&Spec>| -> Result<surface::Surface, String> {
        match spec {
            Some(s) => surface::Surface::of(&crate::generate::generate_from(s, provider)?),
            None => Ok(surface::Surface::default()),
        }
    };
    // Both revisions are generated at once: generation is most of spec-diff's time.
    let (before, after) = std::thread::scope(|scope| {
        let before = scope.spawn(|| generate(old));
        let after = generate(new);
        let before = before
            .join()
            .unwrap_or_else(|_| Err(format!("{file}: generating the base revision panicked")));
        (before, after)
    });
    let (before, after) = (before?, after?);
    findings.extend(surface::Surface::findings(file, &before, &after));
    findings.sort();
    findings.dedup();
    Ok((findings, surface::Surface::diff(&before, &after)))
}

/// Runs the command; `Ok(false)` when `--fail-on` says the report fails.
pub fn run(root: &Path, options: &Options) -> Result<bool, String> {
    let base = match &options.base {
        Some(rev) => rev.clone(),
        None => git::default_base(root)?,
    };
    let report = diff(root, &base, options.head.as_deref())?;
    let output = match options.format {
        Format::Text => render::text(&report),
        Format::Markdown => render::markdown(&report),
        Format::Json => render::json(&report),
    };
    println!("{output}");
    Ok(!options.fail_on.is_some_and(|f| report.fails(f)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn corpus() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/spec_diff")
    }

    /// A provider for corpus specs, replacing the named schemas like `providers.rs` does.
    fn test_provider(replaced: Vec<String>) -> Provider {
        let replacements: Vec<(&'static str, &'static str)> = replaced
            .into_iter()
            .map(|name| -> (&'static str, &'static str) {
                (Box::leak(name.into_boxed_str()), "crate::Open")
            })
            .collect();
        Provider {
            replacements: Box::leak(replacements.into_boxed_slice()),
            ..Provider::plain("test", "t.yaml", "t.rs")
        }
    }

    /// Each case file starts with `# expect: <class> <rule>` lines (or `# expect: nothing`), and
    /// may name its base (`# base: <file>`, default `base.yaml`) and the schemas the generator
    /// replaces (`# replaced: A B`). Cases on `base-variants.yaml` also generate both revisions'
    /// Rust, so their expectations include the generated-Rust findings (`base.yaml` has a
    /// deprecated operation without a replacement hint, which the generator refuses).
    #[test]
    fn every_corpus_case_is_classified_as_expected() {
        let mut cases = 0;
        let mut with_rust = 0;
        let mut wrong = Vec::new();
        for entry in std::fs::read_dir(corpus()).expect("corpus") {
            let path = entry.expect("entry").path();
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            if name.starts_with("base") || !name.ends_with(".yaml") {
                continue;
            }
            cases += 1;
            let text = std::fs::read_to_string(&path).expect("case");
            let header = |key: &str| -> Vec<String> {
                text.lines()
                    .filter_map(|l| l.strip_prefix(&format!("# {key}: ")))
                    .map(str::to_string)
                    .collect()
            };
            let expected: BTreeSet<String> = header("expect")
                .into_iter()
                .filter(|e| e != "nothing")
                .collect();
            let base_name = header("base")
                .pop()
                .unwrap_or_else(|| "base.yaml".to_string());
            let base_text = std::fs::read_to_string(corpus().join(&base_name)).expect("base");
            let base = Spec::parse(&base_name, &base_text).expect("base parses");
            let replaced: Vec<String> = header("replaced")
                .iter()
                .flat_map(|l| l.split_whitespace().map(str::to_string))
                .collect();
            let provider = test_provider(replaced);
            let case = Spec::parse(&name, &text).expect("case parses");
            let rust = base_name == "base-variants.yaml";
            with_rust += usize::from(rust);
            let (found, _) = if rust {
                compare_specs("t.yaml", Some(&base), Some(&case), Some(&provider))
            } else {
                let replaced: Vec<&str> = provider.replacements.iter().map(|(n, _)| *n).collect();
                rules::compare("t.yaml", Some(&base), Some(&case), &replaced)
                    .map(|f| (f, Vec::new()))
            }
            .unwrap_or_else(|e| panic!("{name}: {e}"));
            let got: BTreeSet<String> = found
                .iter()
                .map(|f| format!("{} {}", f.class.as_str(), f.rule))
                .collect();
            if got != expected {
                let found: Vec<String> = found
                    .iter()
                    .map(|f| {
                        format!(
                            "  {} {} {}: {}",
                            f.class.as_str(),
                            f.rule,
                            f.operation,
                            f.reason
                        )
                    })
                    .collect();
                wrong.push(format!(
                    "{name}: expected {expected:?}, got:\n{}",
                    found.join("\n")
                ));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
        assert!(cases >= 39, "the corpus has {cases} cases");
        assert!(with_rust >= 12, "{with_rust} cases compare generated Rust");
    }

    #[test]
    fn removal_says_whether_the_operation_was_deprecated_first() {
        let base = Spec::parse(
            "b",
            &std::fs::read_to_string(corpus().join("base.yaml")).expect("base"),
        )
        .expect("parses");
        let read = |n: &str| {
            Spec::parse(n, &std::fs::read_to_string(corpus().join(n)).expect("case"))
                .expect("parses")
        };
        let gone = rules::compare(
            "t",
            Some(&base),
            Some(&read("deprecated-operation-removed.yaml")),
            &[],
        )
        .expect("compares");
        assert!(
            gone[0].reason.contains("(it was deprecated first)"),
            "{gone:?}"
        );
        let gone = rules::compare("t", Some(&base), Some(&read("operation-removed.yaml")), &[])
            .expect("compares");
        assert!(
            gone[0].reason.contains("(without being deprecated first)"),
            "{gone:?}"
        );
        let renamed = rules::compare(
            "t",
            Some(&base),
            Some(&read("operation-id-renamed.yaml")),
            &[],
        )
        .expect("compares");
        assert!(
            renamed[0]
                .reason
                .contains("renames the Rust method `get_thing` to `fetch_thing`"),
            "{renamed:?}"
        );
    }

    fn git(dir: &Path, args: &[&str]) -> String {
        let out = std::process::Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(args)
            .output()
            .expect("git runs");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    #[test]
    fn compares_two_real_git_revisions_and_renders_every_format() {
        let dir = std::env::temp_dir().join(format!("apifleet-spec-diff-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("openapi")).expect("mkdir");
        git(&dir, &["init", "-q", "-b", "main"]);
        git(&dir, &["config", "user.email", "test@example.com"]);
        git(&dir, &["config", "user.name", "test"]);
        let base = std::fs::read_to_string(corpus().join("base.yaml")).expect("base");
        std::fs::write(dir.join("openapi/things.yaml"), &base).expect("write");
        git(&dir, &["add", "."]);
        git(&dir, &["commit", "-q", "-m", "v1"]);
        let v1 = git(&dir, &["rev-parse", "HEAD"]);
        let changed =
            std::fs::read_to_string(corpus().join("response-enum-value-added.yaml")).expect("case");
        std::fs::write(dir.join("openapi/things.yaml"), changed).expect("write");
        std::fs::write(dir.join("openapi/new.yaml"), &base).expect("write");
        git(&dir, &["add", "."]);
        git(&dir, &["commit", "-q", "-m", "v2"]);

        let report = diff(&dir, &v1, Some("HEAD")).expect("diff");
        let got: Vec<String> = report
            .findings
            .iter()
            .map(|f| format!("{} {} {} {}", f.spec, f.operation, f.class.as_str(), f.rule))
            .collect();
        assert_eq!(
            got,
            [
                "openapi/things.yaml createThing breaking response-enum-value-added",
                "openapi/things.yaml getThing breaking response-enum-value-added",
                "openapi/new.yaml (document) compatible spec-added",
            ]
        );
        assert!(
            report.fails(FailOn::Breaking)
                && report.fails(FailOn::Any)
                && report.fails(FailOn::Deprecation)
        );

        let md = render::markdown(&report);
        assert!(
            md.starts_with("### 🔴 API review: 2 breaking, 0 deprecation, 1 compatible"),
            "{md}"
        );
        assert!(
            md.contains("<summary>🔴 <code>response-enum-value-added</code>: 2 breaking</summary>"),
            "{md}"
        );
        assert!(md.contains("| `createThing` | response may carry"), "{md}");
        let json: serde_json::Value = serde_json::from_str(&render::json(&report)).expect("JSON");
        assert_eq!(json["version"], 1);
        assert_eq!(json["summary"]["breaking"], 2);
        assert_eq!(json["findings"][0]["rule"], "response-enum-value-added");
        assert!(
            render::text(&report).contains(
                "BREAKING    response-enum-value-added (2)\n    createThing: response may carry the new value \"deleted\""
            ),
            "{}",
            render::text(&report)
        );

        let same = diff(&dir, "HEAD", Some("HEAD")).expect("diff");
        assert!(same.findings.is_empty() && !same.fails(FailOn::Any));

        let err = diff(&dir, "no-such-rev", None).expect_err("unknown revision");
        assert!(err.contains("unknown revision `no-such-rev`"), "{err}");
        std::fs::write(
            dir.join("openapi/things.yaml"),
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
        )
        .expect("write");
        let err = diff(&dir, "HEAD", None).expect_err("3.1");
        assert!(
            err.contains(
                "openapi/things.yaml at `working tree`: `openapi: 3.1.0` is not OpenAPI 3.0.x"
            ),
            "{err}"
        );
        std::fs::write(dir.join("openapi/things.yaml"), "openapi: [unclosed").expect("write");
        let err = diff(&dir, "HEAD", None).expect_err("unparsable");
        assert!(
            err.contains("openapi/things.yaml at `working tree`: not valid YAML"),
            "{err}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn options_parse_and_refuse_unknown_values() {
        let o = Options::parse(&[
            "--base",
            "a",
            "--head",
            "b",
            "--format",
            "json",
            "--fail-on",
            "deprecation",
        ])
        .expect("parses");
        assert_eq!(
            (o.base.as_deref(), o.head.as_deref(), o.format, o.fail_on),
            (
                Some("a"),
                Some("b"),
                Format::Json,
                Some(FailOn::Deprecation)
            )
        );
        assert!(Options::parse(&["--format", "yaml"]).is_err());
        assert!(Options::parse(&["--fail-on"]).is_err());
        assert!(Options::parse(&["--bogus"]).is_err());
    }
}
