//! Every call is one `apifleet.request` span with the operation, method, path template, attempts,
//! status and duration, and no credential anywhere in what is traced.

use apifleet_jtl::JtlClient;
use std::sync::{Arc, Mutex};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Records every span name and field and every event field as text, and each event's fields with
/// how deep inside spans the (single) thread was when it fired.
#[derive(Clone, Default)]
struct Capture {
    lines: Arc<Mutex<Vec<String>>>,
    depth: Arc<Mutex<i64>>,
    events: Arc<Mutex<Vec<(String, i64)>>>,
}

struct Fields<'a>(&'a mut Vec<String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.push(format!("{}={:?}", field.name(), value));
    }
}

impl Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let mut lines = self.lines.lock().expect("lock");
        lines.push(format!("span {}", span.metadata().name()));
        span.record(&mut Fields(&mut lines));
        Id::from_u64(1)
    }
    fn record(&self, _: &Id, values: &Record<'_>) {
        values.record(&mut Fields(&mut self.lines.lock().expect("lock")));
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut fields = Vec::new();
        event.record(&mut Fields(&mut fields));
        let depth = *self.depth.lock().expect("lock");
        self.events
            .lock()
            .expect("lock")
            .push((fields.join(" "), depth));
        self.lines.lock().expect("lock").extend(fields);
    }
    fn enter(&self, _: &Id) {
        *self.depth.lock().expect("lock") += 1;
    }
    fn exit(&self, _: &Id) {
        *self.depth.lock().expect("lock") -= 1;
    }
}

/// A server answering every GET with 404 after `delay`, and a client of it whose bearer token is
/// the sentinel that must never be traced.
async fn client_of_404_server(delay: std::time::Duration) -> (MockServer, JtlClient) {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(404).set_delay(delay))
        .mount(&server)
        .await;
    let jtl = JtlClient::builder()
        .base_url(server.uri())
        .bearer_token("tok-TRACE-SENTINEL")
        .tenant_id("7b0e5c1e-3f3e-4a44-9a55-0a8d4c1f2e10")
        .build()
        .expect("config");
    (server, jtl)
}

#[tokio::test]
async fn each_call_is_one_span_with_its_operation_and_outcome() {
    let capture = Capture::default();
    let _guard = tracing::subscriber::set_default(capture.clone());
    let (_server, jtl) = client_of_404_server(std::time::Duration::ZERO).await;
    jtl.get_item().item_id(42).send().await.expect_err("404");

    let lines = capture.lines.lock().expect("lock").clone();
    let text = lines.join("\n");
    assert!(
        lines.contains(&"span apifleet.request".to_string()),
        "{text}"
    );
    for expected in [
        "operation=\"getItem\"",
        "method=GET",
        "path=\"/v1/items/{itemId}\"",
        "attempts=1",
        "status=404",
        "attempt=1",
    ] {
        assert!(
            lines.iter().any(|l| l == expected),
            "missing {expected} in\n{text}"
        );
    }
    assert!(
        lines.iter().any(|l| l.starts_with("duration_ms=")),
        "{text}"
    );
    assert!(!text.contains("TRACE-SENTINEL"), "no credential is traced");
}

/// The span is entered only while the call is being polled: another task running while the
/// call waits for the server is not inside it (a span guard held across `.await` would put it there).
#[tokio::test(flavor = "current_thread")]
async fn the_span_covers_the_call_and_not_other_tasks_while_it_waits() {
    let capture = Capture::default();
    let _guard = tracing::subscriber::set_default(capture.clone());
    let (_server, jtl) = client_of_404_server(std::time::Duration::from_millis(300)).await;
    let other = async {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        tracing::info!(marker = "other task");
    };
    let (result, ()) = tokio::join!(jtl.get_item().item_id(42).send(), other);
    result.expect_err("404");

    let events = capture.events.lock().expect("lock").clone();
    let depth_of = |needle: &str| {
        events
            .iter()
            .find(|(fields, _)| fields.contains(needle))
            .map(|(_, depth)| *depth)
            .unwrap_or_else(|| panic!("no event with {needle} in {events:?}"))
    };
    assert_eq!(depth_of("other task"), 0, "{events:?}");
    assert_eq!(depth_of("attempt=1"), 1, "{events:?}");
    assert_eq!(
        *capture.depth.lock().expect("lock"),
        0,
        "every enter has its exit"
    );
}
