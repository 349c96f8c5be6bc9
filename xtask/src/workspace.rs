//! Finding the workspace to work on at run time.
//!
//! `cargo xtask` runs a binary that may have been built from another clone: git worktrees that
//! share one `CARGO_TARGET_DIR` share it. So the root is looked up from the current directory
//! upward; the directory the binary was compiled in is only the fallback.

use std::path::{Path, PathBuf};

/// The workspace root for this run: the nearest directory at or above the current one that holds
/// this project's workspace manifest, or else the one this binary was compiled in.
pub fn root() -> PathBuf {
    std::env::current_dir()
        .ok()
        .and_then(|dir| find_from(&dir))
        .unwrap_or_else(compiled_root)
}

/// The nearest ancestor of `start` (itself included) whose `Cargo.toml` is a workspace with an
/// `xtask` member.
pub fn find_from(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|dir| is_our_workspace(dir))
        .map(Path::to_path_buf)
}

fn is_our_workspace(dir: &Path) -> bool {
    let Ok(manifest) = std::fs::read_to_string(dir.join("Cargo.toml")) else {
        return false;
    };
    manifest.lines().any(|l| l.trim() == "[workspace]")
        && dir.join("xtask").join("Cargo.toml").is_file()
}

/// The parent of this crate's manifest directory at compile time.
fn compiled_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_workspace_above_a_nested_directory_not_the_compiled_one() {
        let dir = std::env::temp_dir().join(format!("apifleet-ws-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let nested = dir.join("crates").join("jtl").join("src");
        std::fs::create_dir_all(&nested).expect("mkdir");
        std::fs::create_dir_all(dir.join("xtask")).expect("mkdir");
        std::fs::write(
            dir.join("Cargo.toml"),
            "[workspace]\nmembers = [\"xtask\"]\n",
        )
        .expect("write");
        std::fs::write(dir.join("xtask").join("Cargo.toml"), "[package]\n").expect("write");
        // A member's manifest is not a workspace: the search goes on upward.
        std::fs::write(
            dir.join("crates").join("jtl").join("Cargo.toml"),
            "[package]\n",
        )
        .expect("write");
        let found = find_from(&nested).expect("found");
        assert_eq!(found, dir);
        assert_ne!(found, compiled_root());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn outside_any_workspace_nothing_is_found() {
        let dir = std::env::temp_dir().join(format!("apifleet-nows-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("mkdir");
        // /tmp itself is assumed not to sit inside a workspace with an xtask.
        assert_eq!(find_from(&dir), None);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
