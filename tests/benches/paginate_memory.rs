//! Walking 100 000 items through the JTL paginator (pages of 1 000 from a local server) keeps peak
//! heap use near one page, not the whole list: `cargo bench -p apifleet-e2e --bench paginate_memory`.
//! A peak-tracking allocator (`peak_alloc`) watches the heap; the bench prints the peak above the starting point next to
//! the size of one page and of the whole list decoded.

use apifleet::jtl::{JtlClient, types};
use futures_util::StreamExt as _;
use peak_alloc::PeakAlloc;
use std::num::NonZeroU32;

#[global_allocator]
static ALLOCATOR: PeakAlloc = PeakAlloc;

const TOTAL: usize = 100_000;
const PAGE: usize = 1_000;

fn item(id: usize) -> serde_json::Value {
    serde_json::json!({"Id": id, "SKU": format!("SKU-{id:06}"), "Name": format!("Item number {id}"), "IsActive": true,
        "Categories": [{"CategoryId": 3, "Name": "Shirts"}], "ItemPriceData": {"SalesPriceNet": 12.5}})
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let pages: Vec<Vec<u8>> = (0..TOTAL / PAGE)
        .map(|p| {
            let items: Vec<_> = (p * PAGE..(p + 1) * PAGE).map(item).collect();
            serde_json::to_vec(
                &serde_json::json!({"PageNumber": p + 1, "PageSize": PAGE, "TotalItems": TOTAL,
                "HasNextPage": p + 1 < TOTAL / PAGE, "Items": items}),
            )
            .unwrap_or_default()
        })
        .collect();
    let page_bytes = pages[0].len();
    let pages = std::sync::Arc::new(pages);
    let router = axum::Router::new().route(
        "/v1/items",
        axum::routing::get(
            move |axum::extract::Query(q): axum::extract::Query<
                std::collections::HashMap<String, usize>,
            >| {
                let pages = pages.clone();
                async move {
                    let n = q
                        .get("pageNumber")
                        .copied()
                        .unwrap_or(1)
                        .clamp(1, TOTAL / PAGE);
                    ([("content-type", "application/json")], pages[n - 1].clone())
                }
            },
        ),
    );
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap_or_else(|e| panic!("{e}"));
    let base = format!(
        "http://{}",
        listener.local_addr().unwrap_or_else(|e| panic!("{e}"))
    );
    runtime.spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    let jtl = JtlClient::builder()
        .base_url(base)
        .bearer_token("bench-token")
        .tenant_id("7b0e5c1e-3f3e-4a44-9a55-0a8d4c1f2e10")
        .build()
        .unwrap_or_else(|e| panic!("{e}"));

    // One decoded page, for scale.
    let one_page: types::PagedListOfItem = serde_json::from_slice(
        &runtime
            .block_on(async {
                reqwest::get(format!("{}/v1/items", jtl.base_url()))
                    .await?
                    .bytes()
                    .await
            })
            .unwrap_or_default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    drop(one_page);

    let started = std::time::Instant::now();
    let baseline = ALLOCATOR.current_usage();
    ALLOCATOR.reset_peak_usage();
    let (count, checksum) = runtime.block_on(async {
        let mut stream = jtl.items(
            NonZeroU32::new(PAGE as u32).unwrap_or(NonZeroU32::MIN),
            |q| q,
        );
        let (mut count, mut checksum) = (0usize, 0i64);
        while let Some(item) = stream.next().await {
            let item = item.unwrap_or_else(|e| panic!("{e}"));
            count += 1;
            checksum += i64::from(item.id);
        }
        (count, checksum)
    });
    let elapsed = started.elapsed();
    let peak = ALLOCATOR.peak_usage().saturating_sub(baseline);
    assert_eq!(count, TOTAL);
    assert_eq!(checksum, (0..TOTAL as i64).sum::<i64>());

    // The whole list held at once, for comparison.
    let baseline = ALLOCATOR.current_usage();
    ALLOCATOR.reset_peak_usage();
    let all: Vec<types::Item> = runtime.block_on(async {
        jtl.items(
            NonZeroU32::new(PAGE as u32).unwrap_or(NonZeroU32::MIN),
            |q| q,
        )
        .map(|i| i.unwrap_or_else(|e| panic!("{e}")))
        .collect()
        .await
    });
    let whole = ALLOCATOR.peak_usage().saturating_sub(baseline);
    drop(all);

    println!(
        "paginate_memory: {TOTAL} items in pages of {PAGE} in {:.2} s",
        elapsed.as_secs_f64()
    );
    println!(
        "paginate_memory: peak heap while streaming {} KiB (one page on the wire: {} KiB)",
        peak / 1024,
        page_bytes / 1024
    );
    println!(
        "paginate_memory: peak heap when collecting the whole list {} KiB",
        whole / 1024
    );
}
