//! Token-paged lists as a `Stream`: generated for every list operation that takes
//! `paginationToken` and answers `nextPageToken` (here `list_wallets_stream`).

use apifleet_dfns::DfnsClient;
use futures_util::StreamExt as _;
use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A wallet as Dfns returns it, with a field the document does not know yet (at two depths): a
/// field Dfns adds later must not break decoding.
fn wallet(id: &str) -> Value {
    json!({"id": id, "network": "EthereumSepolia", "status": "Active", "dateCreated": "2026-01-01T00:00:00.000Z",
           "custodial": true, "tags": [], "addedNextYear": {"any": ["shape"]},
           "signingKey": {"id": "key-1", "scheme": "ECDSA", "curve": "secp256k1", "publicKey": "02ab",
                          "alsoNew": true}})
}

fn client(server: &MockServer) -> DfnsClient {
    DfnsClient::builder()
        .base_url(server.uri())
        .auth_token("fake-token")
        .build()
        .expect("config")
}

#[tokio::test]
async fn a_paged_list_follows_next_page_tokens_and_keeps_the_callers_parameters() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/wallets"))
        .and(query_param("limit", "2"))
        .and(query_param_is_missing("paginationToken"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"items": [wallet("wa-1"), wallet("wa-2")], "nextPageToken": "page-2"}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/wallets"))
        .and(query_param("limit", "2"))
        .and(query_param("paginationToken", "page-2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"items": [wallet("wa-3")]})))
        .expect(1)
        .mount(&server)
        .await;
    let dfns = client(&server);
    let ids: Vec<String> = dfns
        .list_wallets_stream(|request| request.limit("2"))
        .map(|wallet| wallet.expect("a wallet").id)
        .collect()
        .await;
    assert_eq!(ids, ["wa-1", "wa-2", "wa-3"]);
}

#[tokio::test]
async fn an_error_page_ends_the_stream_with_a_typed_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/wallets"))
        .and(query_param_is_missing("paginationToken"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"items": [wallet("wa-1")], "nextPageToken": "page-2"})),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/wallets"))
        .and(query_param("paginationToken", "page-2"))
        .respond_with(
            ResponseTemplate::new(403)
                .set_body_json(json!({"error": {"status": 403, "message": "Forbidden"}})),
        )
        .mount(&server)
        .await;
    let dfns = client(&server);
    let results: Vec<_> = dfns.list_wallets_stream(|r| r).collect().await;
    assert_eq!(results.len(), 2);
    assert_eq!(results[0].as_ref().expect("first page").id, "wa-1");
    let err = apifleet_dfns::Error::from(
        results
            .into_iter()
            .nth(1)
            .expect("second")
            .expect_err("403"),
    );
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403));
    assert!(err.to_string().contains("Forbidden"), "{err}");
}

#[tokio::test]
async fn an_enum_value_added_after_the_spec_decodes_as_unknown() {
    let server = MockServer::start().await;
    let mut frozen = wallet("wa-9");
    frozen["status"] = json!("FrozenByCompliance");
    Mock::given(method("GET"))
        .and(path("/wallets/wa-9"))
        .respond_with(ResponseTemplate::new(200).set_body_json(frozen))
        .mount(&server)
        .await;
    let wallet = client(&server)
        .get_wallet()
        .wallet_id("wa-9")
        .send()
        .await
        .expect("decodes")
        .into_inner();
    assert_eq!(wallet.status, apifleet_dfns::types::WalletStatus::Unknown);
    assert_eq!(wallet.status.to_string(), "Unknown");
}
