//! Waiting for a signature Dfns answered `Pending`: polled until it settles or the deadline passes.

use apifleet_dfns::{DfnsClient, Wait, WaitError, types};
use serde_json::{Value, json};
use std::time::Duration;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const SIGNATURE: &str = "/keys/key-1/signatures/sig-1";

fn signature(status: &str) -> Value {
    json!({"id": "sig-1", "keyId": "key-1", "status": status, "dateRequested": "2026-01-01T00:00:00.000Z",
           "requester": {"userId": "us-1"},
           "requestBody": {"kind": "Hash", "hash": "0x0000000000000000000000000000000000000000000000000000000000000001"}})
}

fn quick() -> Wait {
    Wait {
        timeout: Duration::from_secs(5),
        interval: Duration::from_millis(5),
    }
}

async fn answer(server: &MockServer, statuses: &[&str]) {
    // wiremock answers with the first mounted mock that still matches: each answer but the last
    // serves one request, in order.
    for (i, status) in statuses.iter().enumerate() {
        let mock = Mock::given(method("GET"))
            .and(path(SIGNATURE))
            .respond_with(ResponseTemplate::new(200).set_body_json(signature(status)));
        if i + 1 == statuses.len() {
            mock.mount(server).await;
        } else {
            mock.up_to_n_times(1).mount(server).await;
        }
    }
}

fn client(server: &MockServer) -> DfnsClient {
    DfnsClient::builder()
        .base_url(server.uri())
        .auth_token("fake-token")
        .build()
        .expect("config")
}

async fn gets(server: &MockServer) -> usize {
    server.received_requests().await.unwrap_or_default().len()
}

#[tokio::test]
async fn polls_a_pending_signature_until_it_is_signed() {
    let server = MockServer::start().await;
    answer(&server, &["Pending", "Executing", "Signed"]).await;
    let signed = client(&server)
        .wait_until_signed("key-1", "sig-1", quick())
        .await
        .expect("signed");
    assert_eq!(signed.status, types::SignatureStatus::Signed);
    assert_eq!(gets(&server).await, 3);
}

#[tokio::test]
async fn a_rejected_signature_ends_the_wait_with_the_request() {
    let server = MockServer::start().await;
    answer(&server, &["Pending", "Rejected"]).await;
    match client(&server)
        .wait_until_signed("key-1", "sig-1", quick())
        .await
    {
        Err(WaitError::Settled(request)) => {
            assert_eq!(request.status, types::SignatureStatus::Rejected)
        }
        other => panic!("expected Settled, got {other:?}"),
    }
    assert_eq!(gets(&server).await, 2);
}

#[tokio::test]
async fn the_deadline_ends_a_wait_that_never_settles() {
    let server = MockServer::start().await;
    answer(&server, &["Pending"]).await;
    let wait = Wait {
        timeout: Duration::from_millis(30),
        interval: Duration::from_millis(10),
    };
    match client(&server)
        .wait_until_signed("key-1", "sig-1", wait)
        .await
    {
        Err(WaitError::TimedOut(request)) => {
            assert_eq!(request.status, types::SignatureStatus::Pending)
        }
        other => panic!("expected TimedOut, got {other:?}"),
    }
    let asked = gets(&server).await;
    assert!((2..=4).contains(&asked), "asked {asked} times");
}

#[tokio::test]
async fn an_api_error_while_waiting_is_typed() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(SIGNATURE))
        .respond_with(
            ResponseTemplate::new(404)
                .set_body_json(json!({"error": {"status": 404, "message": "not found"}})),
        )
        .mount(&server)
        .await;
    match client(&server)
        .wait_until_signed("key-1", "sig-1", quick())
        .await
    {
        Err(WaitError::Api(e)) => assert_eq!(e.status().map(|s| s.as_u16()), Some(404)),
        other => panic!("expected Api, got {other:?}"),
    }
}
