//! `cargo xtask build-cost`: what committed generated code saves users at build time.
//!
//! Cold builds (empty target directory, registry already downloaded) of
//! 1. the facade with one provider (`apifleet`, feature `jtl`),
//! 2. the facade with every provider (default features),
//! 3. a scratch crate that expands the same three specs with progenitor's `generate_api!` macro at
//!    build time, with the same derives and the same other dependencies as the facade (our runtime
//!    crate, the signing crates), so that the two differ only in how the generated code arrives; it
//!    lacks our post-processing and hand-written layer, so it still does a little less than 2 and
//!    the ratio slightly understates the macro's cost,
//!
//! and the time `cargo xtask generate --check` spends generating every client in process. The figures
//! are wall-clock and (on Linux) CPU seconds on whatever machine runs it; compare ratios, not absolute
//! numbers.

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

    let ratio = match (macro_build.cpu, all.cpu) {
        (Some(m), Some(a)) => format!(
            "{:.2}x wall, {:.2}x CPU",
            macro_build.wall / all.wall,
            m / a
        ),
        _ => format!("{:.2}x wall", macro_build.wall / all.wall),
    };
    println!("build cost (cold dev builds, registry cached)");
    println!("  apifleet, feature jtl            {}", one.show());
    println!("  apifleet, all providers          {}", all.show());
    println!(
        "  generate_api! macro, three specs {}  ({ratio} the committed-code facade; same other dependencies)",
        macro_build.show()
    );
    println!(
        "  cargo xtask generate (all specs) {generate:7.2} s  (in process, after the xtask build)"
    );
    run_areas(root)
}

/// Only the per-area measurements (`cargo xtask build-cost --areas`).
pub fn run_areas(root: &Path) -> Result<(), String> {
    let scratch = root.join("target").join("build-cost");
    std::fs::create_dir_all(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;
    for provider in PROVIDERS.iter().filter(|p| p.area_features) {
        area_builds(root, &scratch, provider)?;
    }
    Ok(())
}

/// A provider's crates with area features (the generated `apifleet-<provider>-api` and the
/// hand-written `apifleet-<provider>` over it), alone, their dependencies already built: no area,
/// one area (the first of `MEASURED_AREAS` the spec has), every area, and the rebuild after a
/// hand-written file changes (incremental, as a developer's edit-compile loop runs).
fn area_builds(
    root: &Path,
    scratch: &Path,
    provider: &crate::providers::Provider,
) -> Result<(), String> {
    let api_package = package_name(root, &provider.manifest()?)?;
    let crate_dir = provider.hand_written_dir()?;
    let package = package_name(root, &crate_dir.join("Cargo.toml"))?;
    let spec = crate::spec::Spec::load(root, provider.spec)?;
    let areas: std::collections::BTreeSet<String> =
        crate::gate::areas(&spec).into_values().collect();
    let one = MEASURED_AREAS
        .iter()
        .find(|a| areas.contains(**a))
        .copied()
        .unwrap_or("full");
    let target = scratch.join(format!("{package}-areas"));
    let cargo = |args: &[&str], incremental: bool| timed_cargo(root, &target, args, incremental);
    let build = |features: &str, incremental: bool| {
        let mut args = vec!["build", "-p", &package, "--no-default-features"];
        if !features.is_empty() {
            args.extend(["--features", features]);
        }
        cargo(&args, incremental)
    };
    eprintln!("{package}: building its dependencies once");
    build("full", false)?;
    println!("{package} and {api_package} alone, dependencies built (cold crates, dev profile)");
    for (label, features) in [("no area", ""), (one, one), ("every area", "full")] {
        cargo(&["clean", "-p", &package, "-p", &api_package], false)?;
        println!("  {label:<28} {}", build(features, false)?.show());
    }
    // The edit-compile loop: an incremental build, then the same after touching a hand-written
    // file (its modification time only; the source is not changed).
    build("full", true)?;
    let hand_written = root.join(&crate_dir).join("src").join("client.rs");
    let file = std::fs::File::options()
        .append(true)
        .open(&hand_written)
        .map_err(|e| format!("{}: {e}", hand_written.display()))?;
    file.set_modified(std::time::SystemTime::now())
        .map_err(|e| format!("{}: {e}", hand_written.display()))?;
    println!(
        "  rebuild after touching {}/src/client.rs (incremental, every area) {}",
        crate_dir.display(),
        build("full", true)?.show()
    );
    Ok(())
}

/// The `name` in a crate's manifest.
fn package_name(root: &Path, manifest: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(root.join(manifest))
        .map_err(|e| format!("{}: {e}", manifest.display()))?;
    text.lines()
        .find_map(|l| l.strip_prefix("name = \""))
        .and_then(|l| l.strip_suffix('"'))
        .map(str::to_string)
        .ok_or_else(|| format!("{}: no package name", manifest.display()))
}

/// The area measured alone, first one the spec has.
const MEASURED_AREAS: &[&str] = &["wallets", "items", "users", "user"];

/// Wall-clock and CPU seconds of one build.
#[derive(Clone, Copy)]
struct Cost {
    wall: f64,
    /// User + system time of cargo and every compiler it ran (Linux only): steadier than wall time
    /// on a shared machine, where waiting for a core counts in wall time only.
    cpu: Option<f64>,
}

impl Cost {
    fn show(self) -> String {
        match self.cpu {
            Some(cpu) => format!("{:7.1} s wall {cpu:7.1} s CPU", self.wall),
            None => format!("{:7.1} s wall", self.wall),
        }
    }
}

/// CPU seconds used by the children this process has waited for (fields 16 and 17 of
/// `/proc/self/stat`, in clock ticks of 1/100 s), or `None` where there is no such file.
fn children_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name (field 2) may contain spaces; the fields after it are plain numbers.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // `rest` starts at field 3, so fields 16 and 17 are at indices 13 and 14.
    let ticks = fields.get(13)?.parse::<f64>().ok()? + fields.get(14)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// Runs `cargo <args>` in `dir` with an emptied target directory; returns what it cost.
fn cold_build(dir: &Path, target: &Path, args: &[&str]) -> Result<Cost, String> {
    if target.exists() {
        std::fs::remove_dir_all(target).map_err(|e| format!("{}: {e}", target.display()))?;
    }
    eprintln!("cold: cargo {} (in {})", args.join(" "), dir.display());
    timed_cargo(dir, target, args, false)
}

/// Runs `cargo <args>` in `dir` with `target` as its target directory; returns what it cost.
fn timed_cargo(
    dir: &Path,
    target: &Path,
    args: &[&str],
    incremental: bool,
) -> Result<Cost, String> {
    let cpu_before = children_cpu_seconds();
    let started = Instant::now();
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(args)
        .arg("--quiet")
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_INCREMENTAL", if incremental { "1" } else { "0" })
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(format!("cargo {} failed ({status})", args.join(" ")));
    }
    let wall = started.elapsed().as_secs_f64();
    let cpu = children_cpu_seconds()
        .zip(cpu_before)
        .map(|(after, before)| after - before);
    Ok(Cost { wall, cpu })
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
# What the facade builds besides the generated code: the runtime and the crates signing needs.
apifleet-runtime = { path = "RUNTIME_PATH" }
tracing = "0.1.41"
tokio = { version = "1.47", features = ["time", "sync"] }
futures-util = { version = "0.3.31", default-features = false, features = ["std"] }
base64 = "0.22.1"
serde_urlencoded = "0.7"
rsa = { version = "0.9", default-features = false, features = ["std", "pem", "sha2"] }
sha2 = "0.10"
ed25519-dalek = { version = "2.2", default-features = false, features = ["std", "pkcs8", "pem", "zeroize", "rand_core"] }
p256 = { version = "0.13", default-features = false, features = ["std", "ecdsa", "pkcs8", "pem"] }
"#
    .replace(
        "RUNTIME_PATH",
        &root.join("crates").join("runtime").display().to_string(),
    );
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
    write(dir.join("Cargo.toml"), &manifest)?;
    write(src.join("lib.rs"), &lib)?;
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))
        .map_err(|e| format!("copying Cargo.lock: {e}"))?;
    Ok(dir.to_path_buf())
}
