//! Reading the specs of a git revision, or of the working tree.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// The folder holding the specs.
pub const SPEC_DIR: &str = "openapi";

fn git(root: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if output.status.success() {
        String::from_utf8(output.stdout)
            .map_err(|_| format!("git {}: output is not UTF-8", args.join(" ")))
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_string())
    }
}

/// The default base: the merge base of `main` and `HEAD` (or `HEAD` itself when there is no `main`).
pub fn default_base(root: &Path) -> Result<String, String> {
    match git(root, &["merge-base", "main", "HEAD"]) {
        Ok(rev) => Ok(rev.trim().to_string()),
        Err(_) => resolve(root, "HEAD"),
    }
}

/// The commit a revision names; a clear error for an unknown one.
pub fn resolve(root: &Path, rev: &str) -> Result<String, String> {
    git(
        root,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ],
    )
    .map(|s| s.trim().to_string())
    .map_err(|_| format!("unknown revision `{rev}`: git cannot resolve it to a commit"))
}

/// `openapi/*.yaml` at a revision: file name → text.
pub fn specs_at(root: &Path, rev: &str) -> Result<BTreeMap<String, String>, String> {
    let commit = resolve(root, rev)?;
    let listing = git(
        root,
        &["ls-tree", "--name-only", &commit, &format!("{SPEC_DIR}/")],
    )
    .map_err(|e| format!("cannot list {SPEC_DIR}/ at `{rev}`: {e}"))?;
    let mut specs = BTreeMap::new();
    for file in listing.lines().filter(|f| f.ends_with(".yaml")) {
        let text = git(root, &["show", &format!("{commit}:{file}")])
            .map_err(|e| format!("{file} at `{rev}`: {e}"))?;
        specs.insert(file.to_string(), text);
    }
    Ok(specs)
}

/// `openapi/*.yaml` in the working tree.
pub fn specs_in_tree(root: &Path) -> Result<BTreeMap<String, String>, String> {
    let mut specs = BTreeMap::new();
    let dir = root.join(SPEC_DIR);
    let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
        let name = entry.file_name().to_string_lossy().to_string();
        if name.ends_with(".yaml") {
            let file = format!("{SPEC_DIR}/{name}");
            let text = std::fs::read_to_string(entry.path()).map_err(|e| format!("{file}: {e}"))?;
            specs.insert(file, text);
        }
    }
    Ok(specs)
}
