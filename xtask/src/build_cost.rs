//! `cargo xtask build-cost`: what committed generated code saves users at build time.
//!
//! Cold builds (empty target directory, registry already downloaded) of
//! 1. the facade with one provider (`apifleet`, feature `jtl`),
//! 2. the facade with every provider (default features),
//! 3. a scratch crate that expands the same three specs with progenitor's `generate_api!` macro at
//!    build time (same derives; without our post-processing and hand-written layer, so it does less
//!    than 2 and the ratio understates the macro's cost),
//!
//! and the time `cargo xtask generate --check` spends generating every client in process. The figures
//! are wall-clock seconds on whatever machine runs it; compare ratios, not absolute numbers.

use crate::providers::PROVIDERS;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// Runs every measurement and prints a table.
pub fn run(root: &Path) -> Result<(), String> {
    let scratch = root.join("target").join("build-cost");
    std::fs::create_dir_all(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;

    let started = Instant::now();
    crate::generate::run(root, true)?;
    let generate = started.elapsed().as_secs_f64();

    eprintln!("generation: {generate:.2} s");
    let one = cold_build(
        root,
        &scratch.join("facade-jtl"),
        &[
            "build",
            "-p",
            "apifleet",
            "--no-default-features",
            "--features",
            "jtl",
        ],
    )?;
    let all = cold_build(
        root,
        &scratch.join("facade-all"),
        &["build", "-p", "apifleet"],
    )?;
    let crate_dir = write_macro_crate(root, &scratch.join("macro-crate"))?;
    let macro_build = cold_build(&crate_dir, &scratch.join("macro"), &["build"])?;

    println!("build cost (cold dev builds, registry cached, wall clock)");
    println!("  apifleet, feature jtl            {one:7.1} s");
    println!("  apifleet, all providers          {all:7.1} s");
    println!(
        "  generate_api! macro, three specs {macro_build:7.1} s  ({:.2}x the committed-code facade)",
        macro_build / all
    );
    println!(
        "  cargo xtask generate (all specs) {generate:7.2} s  (in process, after the xtask build)"
    );
    Ok(())
}

/// Runs `cargo <args>` in `dir` with an emptied target directory; returns the seconds it took.
fn cold_build(dir: &Path, target: &Path, args: &[&str]) -> Result<f64, String> {
    if target.exists() {
        std::fs::remove_dir_all(target).map_err(|e| format!("{}: {e}", target.display()))?;
    }
    eprintln!("cold: cargo {} (in {})", args.join(" "), dir.display());
    let started = Instant::now();
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(args)
        .arg("--quiet")
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_INCREMENTAL", "0")
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(format!("cargo {} failed ({status})", args.join(" ")));
    }
    Ok(started.elapsed().as_secs_f64())
}

/// A crate outside the workspace whose whole content is one `generate_api!` per spec, with the
/// dependencies the generated code needs at the workspace's versions (its lock file is copied).
fn write_macro_crate(root: &Path, dir: &Path) -> Result<PathBuf, String> {
    let src = dir.join("src");
    std::fs::create_dir_all(&src).map_err(|e| format!("{}: {e}", src.display()))?;
    let manifest = r#"[package]
name = "apifleet-macro-build-cost"
version = "0.0.0"
edition = "2024"
publish = false

# Not part of the apifleet workspace.
[workspace]

[dependencies]
progenitor = "=0.15.1"
progenitor-client = "=0.15.1"
reqwest = { version = "0.13.5", default-features = false, features = ["json", "query", "rustls", "stream", "http2"] }
serde = { version = "1.0.228", features = ["derive"] }
serde_json = "1.0.145"
schemars = { version = "0.8.22", features = ["chrono", "uuid1"] }
uuid = { version = "1.18", features = ["serde", "v4"] }
chrono = { version = "0.4.42", default-features = false, features = ["serde", "clock", "std"] }
futures-core = "0.3.31"
# Typify validates `pattern`s with it; the committed clients take those headers from their config.
regress = "0.12"
"#;
    let mut lib = String::from(
        "//! Every spec expanded by progenitor's macro at build time.\n#![allow(warnings)]\n",
    );
    for provider in PROVIDERS {
        let spec = root.join(provider.spec);
        lib.push_str(&format!(
            "pub mod {} {{ progenitor::generate_api!(spec = {:?}, interface = Builder, tags = Merged, derives = [schemars::JsonSchema, PartialEq]); }}\n",
            provider.name,
            spec.display().to_string()
        ));
    }
    let write = |path: PathBuf, text: &str| {
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
    };
    write(dir.join("Cargo.toml"), manifest)?;
    write(src.join("lib.rs"), &lib)?;
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))
        .map_err(|e| format!("copying Cargo.lock: {e}"))?;
    Ok(dir.to_path_buf())
}
