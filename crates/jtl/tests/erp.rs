//! The imported ERP surface on the wire: the generic page-number streams, open integer enums,
//! the tenant header's name, body-less answers JTL's document declared as JSON, and `x-runas`.

use apifleet_jtl::{ErrorKind, JtlClient, types};
use futures_util::StreamExt;
use serde_json::json;
use std::num::NonZeroU32;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TENANT: &str = "7b0e5c1e-3f3e-4a44-9a55-0a8d4c1f2e10";

fn client(server: &MockServer) -> JtlClient {
    JtlClient::builder()
        .base_url(server.uri())
        .bearer_token("test-token-not-a-secret")
        .tenant_id(TENANT)
        .app("MyApp/1.0.0", "1.0.0")
        .build()
        .expect("valid test configuration")
}

fn page(number: u32, items: serde_json::Value, has_next: Option<bool>) -> ResponseTemplate {
    let mut body = json!({"TotalItems": 3, "PageNumber": number, "PageSize": 2, "Items": items});
    if let Some(next) = has_next {
        body["HasNextPage"] = json!(next);
    }
    ResponseTemplate::new(200).set_body_json(body)
}

#[tokio::test]
async fn a_generated_stream_walks_every_page_of_any_paged_list() {
    let server = MockServer::start().await;
    for (n, items, next) in [
        ("1", json!([{"Id": 1, "Number": "RE-1"}, {"Id": 2}]), true),
        ("2", json!([{"Id": 3, "PaymentStatus": 7}]), false),
    ] {
        Mock::given(method("GET"))
            .and(path("/v1/invoices"))
            .and(query_param("pageNumber", n))
            .and(query_param("pageSize", "2"))
            .and(query_param("customerId", "42"))
            .respond_with(page(1, items, Some(next)))
            .expect(1)
            .mount(&server)
            .await;
    }
    let jtl = client(&server);
    let size = NonZeroU32::new(2).expect("non-zero");
    let ids: Vec<Option<i32>> = jtl
        .query_invoices_stream(size, |q| q.customer_id(42))
        .map(|invoice| invoice.expect("decodes").id)
        .collect()
        .await;
    assert_eq!(ids, vec![Some(1), Some(2), Some(3)]);
}

#[tokio::test]
async fn without_has_next_page_a_short_page_is_the_last() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/warehouses"))
        .and(query_param("pageNumber", "1"))
        .respond_with(page(1, json!([{"Id": 1}, {"Id": 2}]), None))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/warehouses"))
        .and(query_param("pageNumber", "2"))
        .respond_with(page(2, json!([{"Id": 3}]), None))
        .mount(&server)
        .await;
    let jtl = client(&server);
    let size = NonZeroU32::new(2).expect("non-zero");
    let all: Vec<_> = jtl.query_warehouses_stream(size, |q| q).collect().await;
    assert_eq!(all.len(), 3);
    assert_eq!(server.received_requests().await.map(|r| r.len()), Some(2));
}

#[tokio::test]
async fn a_stream_yields_the_error_and_stops() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/items"))
        .respond_with(ResponseTemplate::new(402))
        .mount(&server)
        .await;
    let jtl = client(&server);
    let results: Vec<_> = jtl.items(NonZeroU32::MIN, |q| q).collect().await;
    assert_eq!(results.len(), 1);
    let err = results
        .into_iter()
        .next()
        .and_then(Result::err)
        .expect("an error");
    assert_eq!(err.kind(), Some(ErrorKind::PaymentRequired));
}

#[test]
fn integer_enums_have_names_and_a_new_value_decodes() {
    let line: types::SalesOrderLineItem =
        serde_json::from_value(json!({"Id": 1, "Type": 1})).expect("a known value decodes");
    assert_eq!(line.type_, Some(types::SalesOrderLineItemType::Item));
    let line: types::SalesOrderLineItem = serde_json::from_value(json!({"Id": 1, "Type": 99}))
        .expect("a value added after the spec decodes");
    assert_eq!(line.type_, Some(types::SalesOrderLineItemType::Unknown(99)));
    assert_eq!(
        serde_json::to_value(types::PaymentStatus::PartialPayed).ok(),
        Some(json!(1))
    );
    assert_eq!(
        types::SalesOrderWorkflowEvent::CompletePaid.to_string(),
        "10"
    );
}

#[tokio::test]
async fn the_tenant_goes_out_as_x_tenant_id_and_an_enum_as_its_number() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/salesOrders/5/workflow/10"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/salesOrders"))
        .and(query_param("paymentStatus", "2"))
        .respond_with(page(1, json!([]), Some(false)))
        .mount(&server)
        .await;
    let jtl = client(&server);
    jtl.trigger_sales_order_workflow()
        .sales_order_id(5)
        .workflow_event_id(types::SalesOrderWorkflowEvent::CompletePaid)
        .x_runas("17")
        .send()
        .await
        .expect("204");
    jtl.query_sales_orders()
        .payment_status(types::PaymentStatus::Payed)
        .send()
        .await
        .expect("a page");
    let requests = server.received_requests().await.expect("recording is on");
    for request in &requests {
        let headers = &request.headers;
        assert_eq!(
            headers.get("x-tenant-id").and_then(|v| v.to_str().ok()),
            Some(TENANT)
        );
        assert!(
            headers.get("tenant-id").is_none(),
            "the document's name is not sent"
        );
        assert_eq!(
            headers.get("x-appid").and_then(|v| v.to_str().ok()),
            Some("MyApp/1.0.0")
        );
    }
    assert_eq!(
        requests[0]
            .headers
            .get("x-runas")
            .and_then(|v| v.to_str().ok()),
        Some("17"),
        "RunAs is a per-call setting"
    );
    assert!(requests[1].headers.get("x-runas").is_none());
}

#[tokio::test]
async fn answers_without_a_body_and_pdf_bytes() {
    let server = MockServer::start().await;
    // JTL's document declares these as JSON without a schema; JTL sends nothing.
    Mock::given(method("POST"))
        .and(path("/v1/invoices/3/output/mail"))
        .respond_with(ResponseTemplate::new(201))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/invoices/3/output/pdf"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(b"%PDF-1.7 ...".to_vec(), "application/pdf"),
        )
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/v1/customers/9"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({
            "ErrorCode": "NOT_FOUND", "ErrorMessage": "No customer", "ValidationErrors": null, "Stacktrace": null
        })))
        .mount(&server)
        .await;
    let jtl = client(&server);
    jtl.mail_invoice()
        .invoice_id(3)
        .send()
        .await
        .expect("201 without a body");
    let pdf = jtl
        .invoice_pdf()
        .invoice_id(3)
        .send()
        .await
        .expect("200 with bytes")
        .into_inner()
        .into_inner()
        .collect::<Vec<_>>()
        .await;
    let bytes: Vec<u8> = pdf
        .into_iter()
        .flat_map(|chunk| chunk.expect("a chunk").to_vec())
        .collect();
    assert!(bytes.starts_with(b"%PDF"));
    let err = jtl
        .delete_customer()
        .customer_id(9)
        .send()
        .await
        .map_err(apifleet_jtl::Error::from)
        .expect_err("404");
    assert_eq!(err.kind(), Some(ErrorKind::NotFound));
    assert_eq!(
        err.body().and_then(|b| b.code.as_deref()),
        Some("NOT_FOUND")
    );
}
