//! Official SDKs of other languages, unchanged, against `apifleet-sandbox serve`.
//!
//! The Dfns TypeScript SDK test lives in `tests/node/` (a `node --test` file with pinned npm
//! packages); this harness installs the packages when they are missing and runs it against the
//! binary Cargo just built. Without Node.js and npm it is skipped with a message saying so.

use std::path::Path;
use std::process::Command;

fn available(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn the_official_dfns_typescript_sdk_performs_signed_writes() {
    if !available("node") || !available("npm") {
        eprintln!(
            "SKIPPED: the official Dfns SDK test needs Node.js (18 or later) and npm on PATH; \
             neither was found, so the sandbox was not tested against @dfns/sdk"
        );
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/node");
    if !dir.join("node_modules/@dfns/sdk-keysigner").is_dir() {
        let install = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir)
            .output()
            .expect("npm starts");
        assert!(
            install.status.success(),
            "npm ci in {} failed:\n{}",
            dir.display(),
            String::from_utf8_lossy(&install.stderr)
        );
    }
    let run = Command::new("node")
        .arg("--test")
        .current_dir(&dir)
        .env(
            "APIFLEET_SANDBOX_BIN",
            env!("CARGO_BIN_EXE_apifleet-sandbox"),
        )
        .output()
        .expect("node starts");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(run.status.success(), "node --test failed:\n{report}");
    // The file's five tests ran and passed (not, say, zero tests found).
    assert!(report.contains("# pass 5"), "{report}");
    assert!(report.contains("# fail 0"), "{report}");
}
