//! The measurement behind the retry rules (ignored by `cargo test`; a few minutes): through a proxy
//! that breaks 30 % of requests, 300 GETs per provider for each fault kind and for all kinds mixed,
//! with the default policy and with 10 attempts; 30 signed Dfns PUTs; 50 POSTs per provider. Prints
//! success rates next to what the attempt count allows, 1 − p^attempts, and checks that no POST
//! was sent twice.
//!
//!     cargo test -p apifleet-e2e --test flaky_network_rates -- --ignored --nocapture
//!
//! Each run of 300 (or 30, or 50) calls draws its faults from its own seed, so the runs are
//! independent; calls run 50 at a time, so which call meets which draw varies between executions.
#![allow(deprecated)] // Dfns' legacy application operations: the objects the stand-in seeds directly

use apifleet::RetryPolicy;
use apifleet::dfns::KeySigner;
use apifleet_e2e::behind_proxy;
use apifleet_e2e::fault_proxy::{Fault, FaultProxy, Plan};
use apifleet_e2e::keys::{Algorithm, key_pair};
use apifleet_sandbox::dfns::{DfnsSandbox, DfnsSandboxConfig};
use apifleet_sandbox::jtl::{JtlSandbox, JtlSandboxConfig};
use apifleet_sandbox::zitadel::ZitadelSandbox;
use futures_util::StreamExt as _;
use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

const RATE: f64 = 0.3;
/// The first run's seed; each run takes the next, so runs draw independent fault sequences.
const SEED: u64 = 16;
const CONCURRENCY: usize = 50;
const CRED: &str = "cr-rates-credential";
/// The client timeout: long enough for 50 calls at a time to the debug-built stand-ins (signature
/// checks included) on a busy machine, so that only the injected faults fail attempts.
const TIMEOUT: Duration = Duration::from_secs(2);
/// How long the proxy holds back a slow answer: longer than [`TIMEOUT`].
const SLOW: Duration = Duration::from_millis(2500);

/// Runs `calls` calls of `call` 50 at a time; how many succeeded.
async fn successes<F, Fut>(calls: usize, call: F) -> usize
where
    F: Fn(usize) -> Fut,
    Fut: Future<Output = bool>,
{
    futures_util::stream::iter(0..calls)
        .map(call)
        .buffer_unordered(CONCURRENCY)
        .filter(|ok| std::future::ready(*ok))
        .count()
        .await
}

/// A plan for the next run: faults of `kinds` at [`RATE`], seeded with the next seed.
fn plan(kinds: &[Fault]) -> Plan {
    static RUN: AtomicU64 = AtomicU64::new(0);
    let seed = SEED + RUN.fetch_add(1, Ordering::Relaxed);
    Plan::random(seed, RATE, kinds).slow_for(SLOW)
}

fn ten_attempts() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 10,
        ..RetryPolicy::default()
    }
}

fn report(what: &str, kind: &str, attempts: u32, ok: usize, calls: usize) {
    let expected = 1.0 - RATE.powi(attempts as i32);
    report_against(what, kind, attempts, ok, calls, ("1 - p^n", expected));
}

fn report_against(
    what: &str,
    kind: &str,
    attempts: u32,
    ok: usize,
    calls: usize,
    (model, expected): (&str, f64),
) {
    println!(
        "{what:<30} {kind:<28} attempts {attempts:>2}: {ok:>3}/{calls} = {:>6.2} %  ({model} = {:>6.2} %)",
        100.0 * ok as f64 / calls as f64,
        100.0 * expected
    );
}

/// What a signed write can reach when every request (challenge, signature, write) meets a fault
/// with probability p: a signing round passes with (1 - p)², and up to n rounds make a token
/// (q = 1 - (1 - (1 - p)²)^n); attempt k of the write needs a token and its own luck:
/// q (1 - p) Σ_{k<n} (p q)^k.
fn signed_write_model(attempts: u32) -> f64 {
    let round = (1.0 - RATE).powi(2);
    let token = 1.0 - (1.0 - round).powi(attempts as i32);
    (0..attempts as i32)
        .map(|k| token * (1.0 - RATE) * (RATE * token).powi(k))
        .sum()
}

/// The fault kinds measured one at a time, then all mixed evenly.
fn kind_sets() -> Vec<(String, Vec<Fault>)> {
    let mut sets: Vec<(String, Vec<Fault>)> = Fault::ALL
        .iter()
        .map(|f| (format!("{f:?}"), vec![*f]))
        .collect();
    sets.push(("all kinds mixed".into(), Fault::ALL.to_vec()));
    sets
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a measurement of a few minutes; run it by name with --ignored --nocapture"]
async fn success_rates_at_30_percent_faults() {
    let jtl_sandbox = JtlSandbox::start(JtlSandboxConfig::default())
        .await
        .expect("sandbox");
    let item = jtl_sandbox.add_item("SKU-1", "Shirt");
    let zitadel_sandbox = ZitadelSandbox::start(Default::default())
        .await
        .expect("sandbox");
    let (private, public) = key_pair(Algorithm::Ed25519);
    let dfns_sandbox = DfnsSandbox::start(DfnsSandboxConfig::default().credential(CRED, public))
        .await
        .expect("sandbox");
    let app = dfns_sandbox.add_application("rates");

    // A ZITADEL IDP to read, added without faults.
    let idp = {
        let zitadel =
            behind_proxy::zitadel(&zitadel_sandbox.base_url(), RetryPolicy::never(), TIMEOUT);
        let added = zitadel
            .mgmt_add_org_jwt_idp()
            .body(apifleet_e2e::jwt_idp("rates"))
            .send()
            .await
            .expect("added");
        added.into_inner().idp_id.unwrap_or_default()
    };

    println!("\n== GETs, 300 per provider, p = {RATE}");
    for (policy_name, policy) in [
        ("default", RetryPolicy::default()),
        ("10 attempts", ten_attempts()),
    ] {
        let attempts = policy.max_attempts;
        for (kind, kinds) in kind_sets() {
            let proxy = FaultProxy::start(&jtl_sandbox.base_url(), plan(&kinds))
                .await
                .expect("proxy");
            let jtl = behind_proxy::jtl(&proxy.base_url(), policy.clone(), TIMEOUT);
            let ok = successes(300, |_| {
                let jtl = jtl.clone();
                async move { jtl.get_item().item_id(item).send().await.is_ok() }
            })
            .await;
            report(
                &format!("JTL GET ({policy_name})"),
                &kind,
                attempts,
                ok,
                300,
            );

            let proxy = FaultProxy::start(&zitadel_sandbox.base_url(), plan(&kinds))
                .await
                .expect("proxy");
            let zitadel = behind_proxy::zitadel(&proxy.base_url(), policy.clone(), TIMEOUT);
            let ok = successes(300, |_| {
                let (zitadel, idp) = (zitadel.clone(), idp.clone());
                async move { zitadel.get_idp_by_id_v2().id(idp).send().await.is_ok() }
            })
            .await;
            report(
                &format!("ZITADEL GET ({policy_name})"),
                &kind,
                attempts,
                ok,
                300,
            );

            let proxy = FaultProxy::start(&dfns_sandbox.base_url(), plan(&kinds))
                .await
                .expect("proxy");
            let signer = KeySigner::from_pem(CRED, &private).expect("key");
            let dfns = behind_proxy::dfns(&proxy.base_url(), policy.clone(), TIMEOUT, signer);
            let ok = successes(300, |_| {
                let (dfns, app) = (dfns.clone(), app.clone());
                async move { dfns.get_application().app_id(app).send().await.is_ok() }
            })
            .await;
            report(
                &format!("Dfns GET ({policy_name})"),
                &kind,
                attempts,
                ok,
                300,
            );
        }
    }

    println!("\n== signed Dfns PUTs, 30, all kinds mixed on every request (signing included)");
    for (policy_name, policy) in [
        ("default", RetryPolicy::default()),
        ("10 attempts", ten_attempts()),
    ] {
        let proxy = FaultProxy::start(&dfns_sandbox.base_url(), plan(&Fault::ALL))
            .await
            .expect("proxy");
        let signer = KeySigner::from_pem(CRED, &private).expect("key");
        let dfns = behind_proxy::dfns(&proxy.base_url(), policy.clone(), TIMEOUT, signer);
        let ok = successes(30, |i| {
            let (dfns, app) = (dfns.clone(), app.clone());
            async move {
                let sent = if i % 2 == 0 {
                    dfns.deactivate_application().app_id(app).send().await
                } else {
                    dfns.activate_application().app_id(app).send().await
                };
                sent.is_ok()
            }
        })
        .await;
        report_against(
            &format!("Dfns signed PUT ({policy_name})"),
            "all kinds mixed",
            policy.max_attempts,
            ok,
            30,
            ("model", signed_write_model(policy.max_attempts)),
        );
    }

    println!("\n== POSTs, 50 per provider, all kinds mixed, default policy");
    let proxy = FaultProxy::start(&jtl_sandbox.base_url(), plan(&Fault::ALL))
        .await
        .expect("proxy");
    let jtl = behind_proxy::jtl(&proxy.base_url(), RetryPolicy::default(), TIMEOUT);
    let before = jtl_sandbox.customers().len();
    let outcomes: Vec<_> = futures_util::stream::iter(0..50)
        .map(|_| {
            let jtl = jtl.clone();
            async move {
                jtl.create_customer()
                    .body(behind_proxy::customer("Berlin"))
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(apifleet::jtl::Error::from)
            }
        })
        .buffer_unordered(CONCURRENCY)
        .collect()
        .await;
    let created = jtl_sandbox.customers().len() - before;
    post_report(
        "JTL POST",
        &outcomes,
        proxy.count("POST", "/v1/customers"),
        created,
    );

    let proxy = FaultProxy::start(&zitadel_sandbox.base_url(), plan(&Fault::ALL))
        .await
        .expect("proxy");
    let zitadel = behind_proxy::zitadel(&proxy.base_url(), RetryPolicy::default(), TIMEOUT);
    let before = zitadel_sandbox.idps().len();
    let outcomes: Vec<_> = futures_util::stream::iter(0..50)
        .map(|i| {
            let zitadel = zitadel.clone();
            async move {
                let sent = zitadel
                    .mgmt_add_org_jwt_idp()
                    .body(apifleet_e2e::jwt_idp(&format!("rates {i}")))
                    .send()
                    .await;
                sent.map(|_| ()).map_err(apifleet::zitadel::Error::from)
            }
        })
        .buffer_unordered(CONCURRENCY)
        .collect()
        .await;
    let created = zitadel_sandbox.idps().len() - before;
    post_report(
        "ZITADEL POST",
        &outcomes,
        proxy.count("POST", "/management/v1/idps/jwt"),
        created,
    );

    let proxy = FaultProxy::start(&dfns_sandbox.base_url(), plan(&Fault::ALL))
        .await
        .expect("proxy");
    let signer = KeySigner::from_pem(CRED, &private).expect("key");
    let dfns = behind_proxy::dfns(&proxy.base_url(), RetryPolicy::default(), TIMEOUT, signer);
    let outcomes: Vec<_> = futures_util::stream::iter(0..50)
        .map(|i| {
            let dfns = dfns.clone();
            async move {
                dfns.create_service_account()
                    .body(behind_proxy::service_account(&format!("rates {i}")))
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(apifleet::dfns::Error::from)
            }
        })
        .buffer_unordered(CONCURRENCY)
        .collect()
        .await;
    // Every signed POST that reaches the stand-in creates an account (the faults are the proxy's).
    let created = dfns_sandbox
        .requests()
        .iter()
        .filter(|r| r.method == "POST" && r.uri == "/auth/service-accounts")
        .count();
    post_report(
        "Dfns signed POST",
        &outcomes,
        proxy.count("POST", "/auth/service-accounts"),
        created,
    );
}

/// Outcomes of 50 POSTs: none may have been sent twice, and every write the server carried out is
/// either a success or an `OutcomeUnknown`.
fn post_report<B: std::fmt::Debug>(
    what: &str,
    outcomes: &[Result<(), apifleet_runtime::Error<B>>],
    sent: usize,
    created: usize,
) {
    let ok = outcomes.iter().filter(|o| o.is_ok()).count();
    let unknown = outcomes
        .iter()
        .filter(|o| o.as_ref().is_err_and(|e| e.is_outcome_unknown()))
        .count();
    let retryable = outcomes
        .iter()
        .filter(|o| o.as_ref().is_err_and(|e| e.is_retryable()))
        .count();
    let other = outcomes.len() - ok - unknown - retryable;
    println!(
        "{what:<28} ok {ok}, outcome unknown {unknown}, refused and retryable {retryable}, other {other}; \
         sent {sent} for {} calls, carried out {created}",
        outcomes.len()
    );
    assert!(sent <= outcomes.len(), "{what}: a POST was sent twice");
    assert_eq!(
        created,
        ok + unknown,
        "{what}: every write carried out is reported as done or as unknown"
    );
}
