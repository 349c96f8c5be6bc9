//! Client overhead against raw reqwest, on the same local server, for identical requests:
//! `cargo bench -p apifleet-e2e --bench overhead`.
//!
//! - `small_get`: GET /v1/items/1, one small item decoded into `types::Item`.
//! - `list_100`: GET /v1/items?pageNumber=1&pageSize=100, a page of 100 items into `PagedListOfItem`.
//! - `throughput_10k_c64`: 10 000 GETs with 64 in flight; it also prints how many TCP connections the
//!   server saw, to show the pool is reused.
//!
//! `cargo bench -p apifleet-e2e --bench overhead -- --paired` runs the same three cases with the two
//! peers alternating round by round and prints the median per-round ratio: the figure to take on a
//! machine whose speed drifts.

use apifleet::jtl::{JtlClient, types};
use axum::extract::{ConnectInfo, State};
use axum::routing::get;
use futures_util::StreamExt as _;
use std::collections::HashSet;
use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex, OnceLock};

const TENANT: &str = "7b0e5c1e-3f3e-4a44-9a55-0a8d4c1f2e10";

struct Fixture {
    runtime: tokio::runtime::Runtime,
    base: String,
    jtl: JtlClient,
    raw: reqwest::Client,
    peers: Arc<Mutex<HashSet<SocketAddr>>>,
}

fn item(id: usize) -> serde_json::Value {
    serde_json::json!({"Id": id, "SKU": format!("SKU-{id}"), "Name": format!("Item {id}"), "IsActive": true,
        "Identifiers": {"Gtin": "4006381333931", "Asins": []}, "ItemPriceData": {"SalesPriceNet": 12.5},
        "Added": "2025-03-20T08:57:00+01:00", "Categories": [{"CategoryId": 3, "Name": "Shirts"}]})
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap_or_else(|e| panic!("{e}"));
        let peers: Arc<Mutex<HashSet<SocketAddr>>> = Arc::default();
        let small = serde_json::to_vec(&item(1)).unwrap_or_default();
        let page = serde_json::to_vec(&serde_json::json!({
            "TotalItems": 100, "PageNumber": 1, "PageSize": 100, "HasNextPage": false,
            "Items": (1..=100).map(item).collect::<Vec<_>>(),
        }))
        .unwrap_or_default();
        let record = |State(peers): State<Arc<Mutex<HashSet<SocketAddr>>>>,
                      ConnectInfo(addr): ConnectInfo<SocketAddr>| {
            if let Ok(mut p) = peers.lock() {
                p.insert(addr);
            }
        };
        let router = axum::Router::new()
            .route(
                "/v1/items/1",
                get(move |s, c| {
                    record(s, c);
                    let b = small.clone();
                    async move { ([("content-type", "application/json")], b) }
                }),
            )
            .route(
                "/v1/items",
                get(move |s, c| {
                    record(s, c);
                    let b = page.clone();
                    async move { ([("content-type", "application/json")], b) }
                }),
            )
            .with_state(peers.clone());
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .unwrap_or_else(|e| panic!("{e}"));
        let base = format!(
            "http://{}",
            listener.local_addr().unwrap_or_else(|e| panic!("{e}"))
        );
        runtime.spawn(async move {
            let _ = axum::serve(
                listener,
                router.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .await;
        });
        let jtl = JtlClient::builder()
            .base_url(base.clone())
            .bearer_token("bench-token")
            .tenant_id(TENANT)
            .app("BenchApp/1.0.0", "1.0.0")
            .build()
            .unwrap_or_else(|e| panic!("{e}"));
        // The client's default timeouts, as a production hand-written client would set them.
        let raw = reqwest::Client::builder()
            .connect_timeout(std::time::Duration::from_secs(10))
            .timeout(std::time::Duration::from_secs(30))
            .build()
            .unwrap_or_else(|e| panic!("{e}"));
        Fixture {
            runtime,
            base,
            jtl,
            raw,
            peers,
        }
    })
}

/// The request the generated client sends, written by hand.
fn raw_get(f: &Fixture, path_and_query: &str) -> reqwest::RequestBuilder {
    f.raw
        .get(format!("{}{path_and_query}", f.base))
        .header("accept", "application/json")
        .header("authorization", "Bearer bench-token")
        .header("x-tenant-id", TENANT)
        .header("x-appid", "BenchApp/1.0.0")
        .header("x-appversion", "1.0.0")
}

fn main() {
    if std::env::args().any(|a| a == "--paired") {
        paired::run();
    } else {
        divan::main();
    }
}

mod small_get {
    use super::*;

    #[divan::bench]
    pub(crate) fn apifleet() -> types::Item {
        let f = fixture();
        f.runtime
            .block_on(async {
                f.jtl
                    .get_item()
                    .item_id(1)
                    .send()
                    .await
                    .map(|r| r.into_inner())
            })
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[divan::bench]
    pub(crate) fn raw_reqwest() -> types::Item {
        let f = fixture();
        f.runtime
            .block_on(async {
                raw_get(f, "/v1/items/1")
                    .send()
                    .await?
                    .error_for_status()?
                    .json::<types::Item>()
                    .await
            })
            .unwrap_or_else(|e| panic!("{e}"))
    }
}

mod list_100 {
    use super::*;

    #[divan::bench]
    pub(crate) fn apifleet() -> types::PagedListOfItem {
        let f = fixture();
        f.runtime
            .block_on(async {
                f.jtl
                    .query_items()
                    .page_number(NonZeroU32::MIN)
                    .page_size(NonZeroU32::new(100).unwrap_or(NonZeroU32::MIN))
                    .send()
                    .await
                    .map(|r| r.into_inner())
            })
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[divan::bench]
    pub(crate) fn raw_reqwest() -> types::PagedListOfItem {
        let f = fixture();
        f.runtime
            .block_on(async {
                raw_get(f, "/v1/items?pageNumber=1&pageSize=100")
                    .send()
                    .await?
                    .error_for_status()?
                    .json::<types::PagedListOfItem>()
                    .await
            })
            .unwrap_or_else(|e| panic!("{e}"))
    }
}

mod throughput_10k_c64 {
    use super::*;

    pub(crate) const REQUESTS: usize = 10_000;

    fn report(name: &str, f: &Fixture) {
        let peers = f
            .peers
            .lock()
            .map(|mut p| std::mem::take(&mut *p).len())
            .unwrap_or(0);
        eprintln!("{name}: the server saw {peers} connections for {REQUESTS} requests");
    }

    /// 10 000 GETs, 64 in flight, through the client; returns how many succeeded.
    pub(crate) fn run_apifleet(f: &Fixture) -> usize {
        f.runtime.block_on(
            futures_util::stream::iter(0..REQUESTS)
                .map(|_| f.jtl.get_item().item_id(1).send())
                .buffer_unordered(64)
                .filter(|r| std::future::ready(r.is_ok()))
                .count(),
        )
    }

    /// The same through hand-written reqwest calls.
    pub(crate) fn run_raw(f: &Fixture) -> usize {
        f.runtime.block_on(
            futures_util::stream::iter(0..REQUESTS)
                .map(|_| async {
                    raw_get(f, "/v1/items/1")
                        .send()
                        .await?
                        .error_for_status()?
                        .json::<types::Item>()
                        .await
                })
                .buffer_unordered(64)
                .filter(|r| std::future::ready(r.is_ok()))
                .count(),
        )
    }

    #[divan::bench(sample_count = 10, sample_size = 1)]
    fn apifleet() {
        let f = fixture();
        assert_eq!(run_apifleet(f), REQUESTS);
        report("apifleet", f);
    }

    #[divan::bench(sample_count = 10, sample_size = 1)]
    fn raw_reqwest() {
        let f = fixture();
        assert_eq!(run_raw(f), REQUESTS);
        report("raw reqwest", f);
    }
}

/// `-- --paired`: the two peers alternate round by round (the order flips every round), and the
/// ratio is taken within each round. On a shared machine whose speed drifts over seconds, the
/// median of those ratios is far steadier than comparing two benchmarks run one after the other.
mod paired {
    use super::*;
    use std::time::{Duration, Instant};

    const ROUNDS: usize = 21;

    fn time(run: impl FnOnce()) -> Duration {
        let started = Instant::now();
        run();
        started.elapsed()
    }

    /// The values sorted, for medians and quartiles.
    fn sorted(mut values: Vec<f64>) -> Vec<f64> {
        values.sort_by(f64::total_cmp);
        values
    }

    /// A closure making `n` calls of `call`.
    fn repeated<T>(n: usize, call: fn() -> T) -> impl Fn() {
        move || {
            for _ in 0..n {
                divan::black_box(call());
            }
        }
    }

    /// Runs `ROUNDS` rounds of both peers and prints the medians and the median ratio.
    fn compare(name: &str, apifleet: impl Fn(), raw: impl Fn()) {
        apifleet();
        raw();
        let (mut ours, mut theirs, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
        for round in 0..ROUNDS {
            let (a, r) = if round % 2 == 0 {
                let a = time(&apifleet);
                (a, time(&raw))
            } else {
                let r = time(&raw);
                (time(&apifleet), r)
            };
            ours.push(a.as_secs_f64());
            theirs.push(r.as_secs_f64());
            ratios.push(a.as_secs_f64() / r.as_secs_f64());
        }
        let (ours, theirs, ratios) = (sorted(ours), sorted(theirs), sorted(ratios));
        let median = ROUNDS / 2;
        println!(
            "{name}: apifleet {:.2} ms, raw reqwest {:.2} ms (medians of {ROUNDS} rounds); \
             ratio per round: median {:.3}, middle half {:.3}-{:.3}",
            ours[median] * 1e3,
            theirs[median] * 1e3,
            ratios[median],
            ratios[ROUNDS / 4],
            ratios[ROUNDS * 3 / 4],
        );
    }

    pub(crate) fn run() {
        let f = fixture();
        let calls = 200;
        compare(
            &format!("small_get x{calls}"),
            repeated(calls, small_get::apifleet),
            repeated(calls, small_get::raw_reqwest),
        );
        compare(
            &format!("list_100 x{}", calls / 4),
            repeated(calls / 4, list_100::apifleet),
            repeated(calls / 4, list_100::raw_reqwest),
        );
        let requests = throughput_10k_c64::REQUESTS;
        compare(
            &format!("throughput {requests} at c64"),
            || assert_eq!(throughput_10k_c64::run_apifleet(f), requests),
            || assert_eq!(throughput_10k_c64::run_raw(f), requests),
        );
    }
}
