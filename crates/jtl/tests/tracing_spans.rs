//! Every call is one `apifleet.request` span with the operation, method, path template, attempts,
//! status and duration, and no credential anywhere in what is traced.

use apifleet_jtl::JtlClient;
use std::sync::{Arc, Mutex};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Records every span name and field, and every event field, as text.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<String>>>);

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
        let mut lines = self.0.lock().expect("lock");
        lines.push(format!("span {}", span.metadata().name()));
        span.record(&mut Fields(&mut lines));
        Id::from_u64(1)
    }
    fn record(&self, _: &Id, values: &Record<'_>) {
        values.record(&mut Fields(&mut self.0.lock().expect("lock")));
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        event.record(&mut Fields(&mut self.0.lock().expect("lock")));
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

#[tokio::test]
async fn each_call_is_one_span_with_its_operation_and_outcome() {
    let capture = Capture::default();
    let _guard = tracing::subscriber::set_default(capture.clone());
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(404))
        .mount(&server)
        .await;
    let jtl = JtlClient::builder()
        .base_url(server.uri())
        .bearer_token("tok-TRACE-SENTINEL")
        .tenant_id("7b0e5c1e-3f3e-4a44-9a55-0a8d4c1f2e10")
        .build()
        .expect("config");
    jtl.get_item().item_id(42).send().await.expect_err("404");

    let lines = capture.0.lock().expect("lock").clone();
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
