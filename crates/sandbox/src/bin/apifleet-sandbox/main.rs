//! `apifleet-sandbox serve`: the stand-ins as a server that tests in any language can start.

mod args;
mod seed;

use apifleet_sandbox::dfns::DfnsSandbox;
use apifleet_sandbox::jtl::JtlSandbox;
use apifleet_sandbox::zitadel::ZitadelSandbox;
use args::{Command, ServeArgs};
use std::io::Write as _;
use std::process::ExitCode;
use std::time::Duration;
use tracing::level_filters::LevelFilter;

/// How long requests in flight get to finish after Ctrl-C.
const GRACE: Duration = Duration::from_secs(5);

fn main() -> ExitCode {
    let command = match args::parse(std::env::args_os().skip(1)) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("apifleet-sandbox: {message}\n\n{}", args::USAGE);
            return ExitCode::from(2);
        }
    };
    let serve = match command {
        Command::Help => {
            print!("{}", args::USAGE);
            return ExitCode::SUCCESS;
        }
        Command::Version => {
            println!("apifleet-sandbox {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Command::Serve(serve) => serve,
    };
    let level = match serve
        .log
        .as_deref()
        .unwrap_or("info")
        .parse::<LevelFilter>()
    {
        Ok(level) => level,
        Err(_) => {
            eprintln!(
                "apifleet-sandbox: --log takes off, error, warn, info, debug or trace\n\n{}",
                args::USAGE
            );
            return ExitCode::from(2);
        }
    };
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_max_level(level)
        .with_target(false)
        .init();
    let plan = match seed::plan(&serve) {
        Ok(plan) => plan,
        Err(message) => {
            eprintln!("apifleet-sandbox: {message}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("apifleet-sandbox: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(plan, &serve)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("apifleet-sandbox: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The running stand-ins.
#[derive(Default)]
struct Stands {
    jtl: Option<JtlSandbox>,
    dfns: Option<DfnsSandbox>,
    zitadel: Option<ZitadelSandbox>,
}

async fn run(plan: seed::Plan, serve: &ServeArgs) -> Result<(), String> {
    let mut stands = Stands::default();
    let started = std::time::Instant::now();
    if let Some(config) = plan.jtl {
        let stand = JtlSandbox::start(config)
            .await
            .map_err(|e| format!("jtl: cannot listen: {e}"))?;
        stands.jtl = Some(stand);
    }
    if let Some(config) = plan.dfns {
        let stand = DfnsSandbox::start(config)
            .await
            .map_err(|e| format!("dfns: cannot start: {e}"))?;
        stands.dfns = Some(stand);
    }
    if let Some(config) = plan.zitadel {
        let stand = ZitadelSandbox::start(config)
            .await
            .map_err(|e| format!("zitadel: cannot listen: {e}"))?;
        stands.zitadel = Some(stand);
    }
    let urls = [
        ("jtl", stands.jtl.as_ref().map(JtlSandbox::base_url)),
        ("dfns", stands.dfns.as_ref().map(DfnsSandbox::base_url)),
        (
            "zitadel",
            stands.zitadel.as_ref().map(ZitadelSandbox::base_url),
        ),
    ];
    let mut out = std::io::stdout().lock();
    for (provider, url) in urls {
        let Some(url) = url else { continue };
        let line = if serve.json {
            serde_json::json!({
                "provider": provider,
                "base_url": url,
                "control_url": format!("{url}{}", apifleet_sandbox::CONTROL_PREFIX),
            })
            .to_string()
        } else {
            format!("{provider} {url}")
        };
        writeln!(out, "{line}").map_err(|e| format!("cannot write to stdout: {e}"))?;
    }
    out.flush()
        .map_err(|e| format!("cannot write to stdout: {e}"))?;
    drop(out);
    tracing::info!(
        startup_ms = started.elapsed().as_secs_f64() * 1000.0,
        "sandbox ready; Ctrl-C stops it"
    );

    stop_signal().await?;
    tracing::info!("stopping: letting requests in flight finish");
    let stopping = async {
        if let Some(s) = stands.jtl.take() {
            s.shutdown().await;
        }
        if let Some(s) = stands.dfns.take() {
            s.shutdown().await;
        }
        if let Some(s) = stands.zitadel.take() {
            s.shutdown().await;
        }
    };
    if tokio::time::timeout(GRACE, stopping).await.is_err() {
        tracing::warn!("requests still open after {GRACE:?}; closing them");
    }
    tracing::info!("stopped");
    Ok(())
}

/// Ctrl-C, or SIGTERM where there is one (what `kill` and CI runners send).
async fn stop_signal() -> Result<(), String> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut term = signal(SignalKind::terminate())
            .map_err(|e| format!("cannot listen for SIGTERM: {e}"))?;
        tokio::select! {
            result = tokio::signal::ctrl_c() => result.map_err(|e| format!("cannot listen for Ctrl-C: {e}")),
            _ = term.recv() => Ok(()),
        }
    }
    #[cfg(not(unix))]
    {
        tokio::signal::ctrl_c()
            .await
            .map_err(|e| format!("cannot listen for Ctrl-C: {e}"))
    }
}
