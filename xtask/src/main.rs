//! Workspace automation. `cargo xtask generate [--check]` regenerates the committed clients from
//! `openapi/*.yaml`; see `--help`.

#![allow(unreachable_pub)] // a binary: `pub` marks what a module offers the others

mod bodiless;
mod build_cost;
mod every_operation;
mod gate;
mod generate;
mod import;
mod int_enums;
mod metadata;
mod oneofs;
mod open_enums;
mod providers;
mod spec;
mod spec_diff;
mod streams;
mod validate;
mod workspace;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command>

commands:
  generate           regenerate every client from openapi/*.yaml (and the every-operation test tables)
  generate --check   fail (exit 1) if committed generated code differs from the specs
  import <provider> --from <document>
                     import a provider's published OpenAPI document into openapi/<provider>.yaml
                     (3.1 → 3.0.3, names, merged schemas, openapi/overlays/<provider>.yaml)
  spec-diff [--base REV] [--head REV] [--format text|markdown|json] [--fail-on breaking|deprecation|any]
                     what changes in openapi/*.yaml mean for client users (default: merge base with
                     main against the working tree); exit 1 when --fail-on matches, 2 on errors
  build-cost         cold build times: the facade with one provider and with all, the same specs
                     through progenitor's generate_api! macro, and generation time (slow: minutes), then the per-area builds below
  build-cost --areas only the per-area builds of providers with area features (no area, one, all,
                     and the rebuild after touching a hand-written file)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["generate"] => generate::run(&workspace_root(), false),
        ["generate", "--check"] => generate::run(&workspace_root(), true),
        ["build-cost"] => build_cost::run(&workspace_root()),
        ["build-cost", "--areas"] => build_cost::run_areas(&workspace_root()),
        ["import", rest @ ..] => import::run(&workspace_root(), rest),
        ["spec-diff", rest @ ..] => {
            return match spec_diff::Options::parse(rest)
                .and_then(|o| spec_diff::run(&workspace_root(), &o))
            {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) => ExitCode::from(1),
                Err(message) => {
                    eprintln!("error: {message}");
                    ExitCode::from(2)
                }
            };
        }
        ["-h" | "--help" | "help"] | [] => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("unknown arguments: {}\n\n{USAGE}", args.join(" "))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root, found at run time (see [`workspace::root`]): clones sharing one target
/// directory share this binary, so the tree it was compiled in may not be the one to work on.
fn workspace_root() -> PathBuf {
    workspace::root()
}
