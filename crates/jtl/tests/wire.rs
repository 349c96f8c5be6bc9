//! Wire tests: each operation's exact method, path, headers and body, decoding of the seeds'
//! examples and realistic variants, and how bad input and bad responses surface.

use apifleet_jtl::{ErrorKind, JtlClient, RegistrationStatus, RegistrationType, types};
use serde_json::{Value, json};
use wiremock::matchers::{body_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const TENANT: &str = "7b0e5c1e-3f3e-4a44-9a55-0a8d4c1f2e10";
const TOKEN: &str = "test-token-not-a-secret";

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn client(server: &MockServer) -> JtlClient {
    JtlClient::builder()
        .base_url(server.uri())
        .bearer_token(TOKEN)
        .tenant_id(TENANT)
        .challenge_code("chal-123")
        .app("MyApp/1.0.0", "1.0.0")
        .build()
        .expect("valid test configuration")
}

fn registration_v2() -> types::builder::CreateAppRegistrationRequestV2 {
    types::CreateAppRegistrationRequestV2::builder()
        .app_id("myApp/v1")
        .display_name("My App")
        .description("Syncs orders")
        .version("1.0.0")
        .provider_name("Example GmbH")
        .provider_website("https://example.com")
        .mandatory_api_scopes(vec!["all.read".to_string()])
        .app_icon(b"\x89PNG\r\n".to_vec())
        .registration_type(RegistrationType::MultiInstance)
}

/// The one request the server received.
async fn only_request(server: &MockServer) -> Request {
    let mut requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests.len(), 1, "expected exactly one request");
    requests.remove(0)
}

fn header_of<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

#[tokio::test]
async fn register_app_v2_sends_camel_case_body_with_tenant_and_challenge_headers() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/authentication"))
        .respond_with(ResponseTemplate::new(201).set_body_json(
            json!({"appId": "myApp/v1", "registrationRequestId": "r-1", "status": 0}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let created = client(&server)
        .register_app_v2()
        .body(registration_v2())
        .send()
        .await
        .expect("201");
    assert_eq!(created.status().as_u16(), 201);
    assert_eq!(created.registration_request_id, "r-1");
    assert_eq!(created.status, Some(RegistrationStatus::Pending));

    let request = only_request(&server).await;
    assert_eq!(
        header_of(&request, "authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    assert_eq!(header_of(&request, "x-tenant-id"), Some(TENANT));
    assert_eq!(header_of(&request, "x-challengecode"), Some("chal-123"));
    assert_eq!(
        header_of(&request, "content-type"),
        Some("application/json")
    );
    // Registration operations do not declare the app headers, and no api-version was configured.
    assert_eq!(header_of(&request, "x-appid"), None);
    assert_eq!(header_of(&request, "api-version"), None);
    let body: Value = serde_json::from_slice(&request.body).expect("JSON body");
    assert_eq!(
        body,
        json!({
            "appId": "myApp/v1", "displayName": "My App", "description": "Syncs orders", "version": "1.0.0",
            "providerName": "Example GmbH", "providerWebsite": "https://example.com",
            "mandatoryApiScopes": ["all.read"], "appIcon": "iVBORw0K", "registrationType": 1
        })
    );
}

#[tokio::test]
#[allow(deprecated)]
async fn register_app_v1_sends_pascal_case_body_and_decodes_the_seed_response() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/authentication"))
        .and(header("x-challengecode", "chal-123"))
        .and(header("x-tenant-id", TENANT))
        .and(body_json(json!({
            "AppId": "myApp/v1", "DisplayName": "My App", "Description": "d", "Version": "1.0.0",
            "ProviderName": "p", "ProviderWebsite": "https://example.com", "MandatoryApiScopes": ["all.read"],
            "AppIcon": "AAEC", "SignatureData": "2025-03-20T07:57:00Z"
        })))
        .respond_with(ResponseTemplate::new(201).set_body_json(fixture("register_app_v1_201.json")))
        .expect(1)
        .mount(&server)
        .await;
    let body = types::CreateAppRegistrationRequest::builder()
        .app_id("myApp/v1")
        .display_name("My App")
        .description("d")
        .version("1.0.0")
        .provider_name("p")
        .provider_website("https://example.com")
        .mandatory_api_scopes(vec!["all.read".to_string()])
        .app_icon(vec![0u8, 1, 2])
        .signature_data(Some(
            "2025-03-20T08:57:00+01:00"
                .parse::<chrono::DateTime<chrono::FixedOffset>>()
                .expect("date")
                .into(),
        ));
    let created = client(&server)
        .register_app_v1()
        .body(body)
        .send()
        .await
        .expect("201")
        .into_inner();
    assert_eq!(created.app_id, "myApp/v1");
    assert_eq!(
        created.registration_request_id,
        "3f0d2c4e-8b1a-4f7e-9c2d-5e6f7a8b9c0d"
    );
    assert_eq!(created.status, Some(RegistrationStatus::Pending));
}

#[tokio::test]
async fn fetch_registration_status_v2_decodes_variants() {
    let variants = fixture("registration_status_v2_variants.json");
    let expected = [
        (Some(RegistrationStatus::Pending), None, vec![]),
        (None, None, vec![]),
        (
            Some(RegistrationStatus::Accepted),
            Some("K-1"),
            vec!["all.read", "items.read"],
        ),
        (Some(RegistrationStatus::Unknown(5)), None, vec![]),
    ];
    for (variant, (status, key, scopes)) in variants.as_array().expect("array").iter().zip(expected)
    {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/v2/authentication/r-1"))
            .respond_with(ResponseTemplate::new(200).set_body_json(variant))
            .expect(1)
            .mount(&server)
            .await;
        let info = client(&server)
            .fetch_registration_status_v2()
            .registration_id("r-1")
            .send()
            .await
            .expect("200");
        assert_eq!(info.request_status_info.status, status, "{variant}");
        assert_eq!(
            info.token.as_ref().map(|t| t.api_key.as_str()),
            key,
            "{variant}"
        );
        let got: Vec<&str> = info
            .granted_scopes
            .as_ref()
            .map(|s| s.as_slice().iter().map(String::as_str).collect())
            .unwrap_or_default();
        assert_eq!(got, scopes, "{variant}");
        let request = only_request(&server).await;
        assert_eq!(header_of(&request, "x-challengecode"), Some("chal-123"));
        assert!(request.body.is_empty());
    }
}

#[tokio::test]
#[allow(deprecated)]
async fn update_foreign_app_by_registration_id_matches_the_seed() {
    let server = MockServer::start().await;
    let id = "3f0d2c4e-8b1a-4f7e-9c2d-5e6f7a8b9c0d";
    Mock::given(method("PATCH"))
        .and(path(format!("/authentication/foreign/{id}/registration")))
        .and(body_json(
            json!({"DisplayName": "Renamed", "RegistrationType": 0}),
        ))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(fixture("update_foreign_app_v1_200.json")),
        )
        .expect(1)
        .mount(&server)
        .await;
    let jtl = JtlClient::builder()
        .base_url(server.uri())
        .bearer_token(TOKEN)
        .tenant_id(TENANT)
        .challenge_code("chal-123")
        .app("MyApp/1.0.0", "1.0.0")
        .api_key("api-key-from-registration")
        .api_version("1.2")
        .build()
        .expect("config");
    let session = uuid::Uuid::parse_str("0d6c9e1b-5a7f-4c2e-8e3d-1f2a3b4c5d6e").expect("uuid");
    let info = jtl
        .update_foreign_app_by_registration_id_v1()
        .registration_id(uuid::Uuid::parse_str(id).expect("uuid"))
        .x_runas("42")
        .x_session_id(session)
        .body(
            types::UpdateAppRegistrationRequest::builder()
                .display_name(Some("Renamed".to_string()))
                .registration_type(Some(RegistrationType::OneInstance)),
        )
        .send()
        .await
        .expect("200")
        .into_inner();
    assert_eq!(
        info.request_status_info.status,
        Some(RegistrationStatus::Accepted)
    );
    assert_eq!(
        info.token.map(|t| t.api_key).as_deref(),
        Some("FB622234-98A7-46FA-A01B-06C9D0971AAF")
    );
    assert_eq!(info.granted_scopes.map(|s| s.0.len()), Some(2));

    let request = only_request(&server).await;
    for (name, value) in [
        ("x-api-key", "api-key-from-registration"),
        ("x-appid", "MyApp/1.0.0"),
        ("x-appversion", "1.0.0"),
        ("x-runas", "42"),
        ("x-sessionid", "0d6c9e1b-5a7f-4c2e-8e3d-1f2a3b4c5d6e"),
        ("x-challengecode", "chal-123"),
        ("x-tenant-id", TENANT),
        ("api-version", "1.2"),
    ] {
        assert_eq!(header_of(&request, name), Some(value), "header {name}");
    }
}

#[tokio::test]
#[allow(deprecated)]
async fn remove_foreign_app_v2_is_a_delete_answered_with_204() {
    let server = MockServer::start().await;
    let id = uuid::Uuid::new_v4();
    Mock::given(method("DELETE"))
        .and(path(format!(
            "/v2/authentication/foreign/{id}/registration"
        )))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let done = client(&server)
        .remove_foreign_app_by_registration_id_v2()
        .registration_id(id)
        .send()
        .await
        .expect("204");
    assert_eq!(done.status().as_u16(), 204);
}

#[tokio::test]
#[allow(deprecated)]
async fn update_foreign_app_by_app_id_percent_encodes_the_app_id() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(path("/authentication/foreign/myApp%2Fv1/app"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"RequestStatusInfo": {"AppId": "myApp/v1", "RegistrationRequestId": "r"}}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let info = client(&server)
        .update_foreign_app_by_app_id_v1()
        .app_id("myApp/v1")
        .body(types::UpdateAppRegistrationRequest::default())
        .send()
        .await
        .expect("200");
    assert_eq!(info.request_status_info.status, None);
}

/// `GET /v1/items?searchKeyWord=shirt&pageNumber=1&pageSize=2`, ready to send.
fn shirts_page_1_of_2(jtl: &JtlClient) -> apifleet_jtl::builder::QueryItems<'_> {
    jtl.query_items()
        .search_key_word("shirt")
        .page_number(std::num::NonZeroU32::MIN)
        .page_size(std::num::NonZeroU32::new(2).expect("non-zero"))
}

#[tokio::test]
async fn query_items_sends_filters_and_paging_and_app_headers() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/items"))
        .and(query_param("searchKeyWord", "shirt"))
        .and(query_param("pageNumber", "1"))
        .and(query_param("pageSize", "2"))
        .and(header("x-appid", "MyApp/1.0.0"))
        .and(header("x-appversion", "1.0.0"))
        .and(header("x-tenant-id", TENANT))
        .respond_with(ResponseTemplate::new(200).set_body_json(fixture("paged_items_page1.json")))
        .expect(1)
        .mount(&server)
        .await;
    let page = shirts_page_1_of_2(&client(&server))
        .send()
        .await
        .expect("200")
        .into_inner();
    assert_eq!(page.items.len(), 2);
    assert_eq!(page.items[0].sku.as_deref(), Some("A-1"));
    assert_eq!(
        page.items[0]
            .item_price_data
            .as_ref()
            .and_then(|p| p.sales_price_net),
        Some(12.5)
    );
    assert_eq!(page.items[1].sku, None);
    // No challenge code on ERP operations.
    assert_eq!(
        header_of(&only_request(&server).await, "x-challengecode"),
        None
    );
}

#[tokio::test]
async fn items_stream_walks_every_page() {
    use futures_util::StreamExt as _;
    let server = MockServer::start().await;
    for (page, file) in [
        ("1", "paged_items_page1.json"),
        ("2", "paged_items_page2.json"),
    ] {
        Mock::given(method("GET"))
            .and(path("/v1/items"))
            .and(query_param("pageNumber", page))
            .respond_with(ResponseTemplate::new(200).set_body_json(fixture(file)))
            .expect(1)
            .mount(&server)
            .await;
    }
    let jtl = client(&server);
    let ids: Vec<i32> = jtl
        .items(std::num::NonZeroU32::new(2).expect("non-zero"), |q| q)
        .map(|item| item.expect("item").id)
        .collect()
        .await;
    assert_eq!(ids, vec![1, 2, 3]);
}

#[tokio::test]
async fn create_customer_posts_the_body_and_the_workflow_flag() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/customers"))
        .and(query_param("disableAutomaticWorkflows", "true"))
        .and(body_json(json!({
            "CustomerGroupId": 1, "InternalCompanyId": 1, "LanguageIso": "DE",
            "BillingAddress": {"City": "Hückelhoven", "CountryIso": "DE"}
        })))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({"Id": 7, "Number": null, "LanguageIso": "DE", "BillingAddress": {"Id": 1, "City": "Hückelhoven"}})))
        .expect(1)
        .mount(&server)
        .await;
    let customer = client(&server)
        .create_customer()
        .disable_automatic_workflows(true)
        .body(
            types::CreateCustomer::builder()
                .customer_group_id(1)
                .internal_company_id(1)
                .language_iso("DE")
                .billing_address(
                    types::CreateAddress::builder()
                        .city("Hückelhoven")
                        .country_iso("DE"),
                ),
        )
        .send()
        .await
        .expect("201")
        .into_inner();
    assert_eq!(customer.id, 7);
    assert_eq!(
        customer.billing_address.and_then(|a| a.city).as_deref(),
        Some("Hückelhoven")
    );
}

// ------------------------------------------------------------------ errors

#[tokio::test]
async fn json_error_body_becomes_a_typed_api_error() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(400).set_body_json(fixture("error_v2_400.json")))
        .mount(&server)
        .await;
    let err = apifleet_jtl::Error::from(
        client(&server)
            .register_app_v2()
            .body(registration_v2())
            .send()
            .await
            .expect_err("400"),
    );
    assert_eq!(err.kind(), Some(ErrorKind::BadRequest));
    let body = err.body().expect("decoded body");
    assert_eq!(body.code.as_deref(), Some("VALIDATION_ERROR"));
    assert_eq!(
        body.validation_errors.get("appId").map(String::as_str),
        Some("The field is required.")
    );
    assert_eq!(
        err.to_string(),
        "HTTP 400 Bad Request: VALIDATION_ERROR: One or more validation errors occurred."
    );
}

#[tokio::test]
async fn every_documented_status_is_a_typed_error_even_with_an_empty_body() {
    let cases = [
        (400, ErrorKind::BadRequest),
        (401, ErrorKind::Unauthorized),
        (402, ErrorKind::PaymentRequired),
        (403, ErrorKind::Forbidden),
        (404, ErrorKind::NotFound),
        (409, ErrorKind::Conflict),
        (410, ErrorKind::Gone),
        (412, ErrorKind::PreconditionFailed),
        (422, ErrorKind::UnprocessableEntity),
        (429, ErrorKind::TooManyRequests),
        (503, ErrorKind::ServerError),
    ];
    for (status, kind) in cases {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(status))
            .mount(&server)
            .await;
        let err = apifleet_jtl::Error::from(
            client(&server)
                .get_info()
                .send()
                .await
                .expect_err("error status"),
        );
        assert_eq!(err.kind(), Some(kind), "status {status}");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        assert!(err.body().is_none());
        assert!(err.to_string().contains("(empty body)"), "{err}");
        assert_eq!(
            err.is_retryable(),
            matches!(status, 429 | 503),
            "status {status}"
        );
    }
}

#[tokio::test]
async fn statuses_declared_without_a_body_are_typed_errors_whatever_arrives() {
    // JTL sends 401, 402 and 410 without a body; the spec says so and the generated code answers
    // them before decoding anything: no body, even when something that looks like one arrives.
    for (status, kind, body) in [
        (
            410,
            ErrorKind::Gone,
            r#"{"errorCode":"X","errorMessage":"not read"}"#,
        ),
        (402, ErrorKind::PaymentRequired, "no licence"),
        (401, ErrorKind::Unauthorized, ""),
    ] {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(status).set_body_string(body))
            .mount(&server)
            .await;
        let raw = client(&server)
            .fetch_registration_status_v2()
            .registration_id("r-1")
            .send()
            .await
            .expect_err("error status");
        assert!(
            matches!(raw, progenitor_client::Error::UnexpectedResponse(_)),
            "status {status}: not decoded as an error body: {raw:?}"
        );
        let err = apifleet_jtl::Error::from(raw);
        assert_eq!(err.kind(), Some(kind), "status {status}");
        assert!(err.body().is_none(), "status {status}: {err}");
        let excerpt = match &err {
            apifleet_jtl::Error::Api(api) => api.excerpt.to_string(),
            other => panic!("status {status}: {other:?}"),
        };
        if body.is_empty() {
            assert_eq!(excerpt, "(empty body)");
        } else {
            assert!(excerpt.contains(body), "status {status}: {excerpt}");
        }
    }
}

#[tokio::test]
async fn a_json_error_body_on_another_status_of_the_same_operation_is_still_decoded() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(404).set_body_json(
                json!({"errorCode": "NOT_FOUND", "errorMessage": "no such request"}),
            ),
        )
        .mount(&server)
        .await;
    let err = apifleet_jtl::Error::from(
        client(&server)
            .fetch_registration_status_v2()
            .registration_id("r-1")
            .send()
            .await
            .expect_err("404"),
    );
    assert_eq!(err.kind(), Some(ErrorKind::NotFound));
    assert_eq!(
        err.body().and_then(|b| b.code.as_deref()),
        Some("NOT_FOUND")
    );
}

#[tokio::test]
async fn a_proxy_html_page_keeps_status_and_a_bounded_excerpt() {
    let server = MockServer::start().await;
    let html = format!(
        "<html><body>Bad gateway\r\n{}</body></html>",
        "x".repeat(5000)
    );
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(502).set_body_raw(html.clone(), "text/html"))
        .mount(&server)
        .await;
    let err = apifleet_jtl::Error::from(client(&server).get_info().send().await.expect_err("502"));
    assert_eq!(err.kind(), Some(ErrorKind::ServerError));
    let message = err.to_string();
    assert!(
        message.starts_with("HTTP 502 Bad Gateway: \"<html><body>Bad gateway\\r\\n"),
        "{message}"
    );
    assert!(
        message.ends_with(&format!("({} bytes in all)", html.len())),
        "{message}"
    );
    assert!(message.len() < 700, "bounded: {} chars", message.len());
}

#[tokio::test]
async fn a_malformed_success_body_is_an_invalid_response_with_status() {
    for body in ["{\"Version\": 1", "[]", "not json", ""] {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(200).set_body_raw(body, "application/json"))
            .mount(&server)
            .await;
        let err = apifleet_jtl::Error::from(
            client(&server)
                .get_info()
                .send()
                .await
                .expect_err("bad body"),
        );
        match &err {
            apifleet_jtl::Error::InvalidResponse {
                status, excerpt, ..
            } => {
                assert_eq!(status.map(|s| s.as_u16()), Some(200));
                assert_eq!(excerpt.total_len(), body.len());
            }
            other => panic!("expected InvalidResponse for {body:?}, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn wrong_types_in_a_response_are_an_invalid_response() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"requestStatusInfo": {"appId": 5, "registrationRequestId": "r"}}),
        ))
        .mount(&server)
        .await;
    let err = apifleet_jtl::Error::from(
        client(&server)
            .fetch_registration_status_v2()
            .registration_id("r")
            .send()
            .await
            .expect_err("bad"),
    );
    assert!(
        matches!(err, apifleet_jtl::Error::InvalidResponse { .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("invalid type"), "{err}");
}

#[tokio::test]
async fn a_redirect_is_an_unexpected_status() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(304))
        .mount(&server)
        .await;
    let err = apifleet_jtl::Error::from(client(&server).get_info().send().await.expect_err("304"));
    assert!(
        matches!(err, apifleet_jtl::Error::UnexpectedStatus { .. }),
        "{err:?}"
    );
    assert_eq!(err.status().map(|s| s.as_u16()), Some(304));
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused_unread() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(vec![b' '; 4096], "application/json"))
        .mount(&server)
        .await;
    let jtl = JtlClient::builder()
        .base_url(server.uri())
        .tenant_id(TENANT)
        .max_body_bytes(1024)
        .build()
        .expect("config");
    let err = apifleet_jtl::Error::from(jtl.get_info().send().await.expect_err("too large"));
    assert!(
        matches!(err, apifleet_jtl::Error::BodyTooLarge { limit: 1024, .. }),
        "{err:?}"
    );
}

// ------------------------------------------------------------------ bad input: nothing is sent

#[tokio::test]
async fn a_registration_without_challenge_code_is_refused_before_sending() {
    let server = MockServer::start().await;
    let jtl = JtlClient::builder()
        .base_url(server.uri())
        .bearer_token(TOKEN)
        .tenant_id(TENANT)
        .build()
        .expect("config");
    let err = apifleet_jtl::Error::from(
        jtl.register_app_v2()
            .body(registration_v2())
            .send()
            .await
            .expect_err("refused"),
    );
    assert!(
        matches!(err, apifleet_jtl::Error::InvalidRequest(_)),
        "{err:?}"
    );
    assert!(err.to_string().contains("x-challengecode"), "{err}");
    assert!(
        server
            .received_requests()
            .await
            .unwrap_or_default()
            .is_empty()
    );
}

#[tokio::test]
async fn an_empty_app_id_is_refused_before_sending() {
    let server = MockServer::start().await;
    let err = client(&server)
        .register_app_v2()
        .body(registration_v2().app_id(""))
        .send()
        .await
        .expect_err("refused");
    let err = apifleet_jtl::Error::from(err);
    assert!(
        matches!(err, apifleet_jtl::Error::InvalidRequest(_)),
        "{err:?}"
    );
    assert!(
        server
            .received_requests()
            .await
            .unwrap_or_default()
            .is_empty()
    );
}

#[test]
fn configuration_is_checked_when_the_client_is_built() {
    let base = || JtlClient::builder().base_url("https://api.jtl-cloud.com/erp");
    let err = |b: apifleet_jtl::JtlClientBuilder| b.build().expect_err("refused");
    let e = err(base().challenge_code("c".repeat(31)));
    assert_eq!(e.field, "challenge_code");
    assert!(
        e.to_string()
            .contains("31 characters long; JTL accepts at most 30"),
        "{e}"
    );
    assert!(base().challenge_code("c".repeat(30)).build().is_ok());
    assert_eq!(err(base().challenge_code("")).field, "challenge_code");
    assert_eq!(err(base().app("My\r\nApp", "1")).field, "app_id");
    assert_eq!(err(base().app("MyApp", "1.0\n")).field, "app_version");
    assert_eq!(err(base().app("Mÿapp", "1")).field, "app_id");
    assert_eq!(err(base().tenant_id("not-a-uuid")).field, "tenant_id");
    assert_eq!(err(base().bearer_token("")).field, "bearer_token");
    assert_eq!(err(base().bearer_token("tok\nen")).field, "bearer_token");
    assert_eq!(
        err(JtlClient::builder().base_url("http://erp.example.com")).field,
        "base_url"
    );
    assert!(
        JtlClient::builder()
            .base_url("http://erp.example.com")
            .allow_insecure_http(true)
            .build()
            .is_ok()
    );
    assert!(
        JtlClient::builder()
            .base_url("http://127.0.0.1:64110/api/eazybusiness")
            .build()
            .is_ok()
    );
    assert_eq!(
        err(JtlClient::builder().base_url("ftp://x")).field,
        "base_url"
    );
    assert_eq!(
        err(JtlClient::builder().base_url("not a url")).field,
        "base_url"
    );
    // The URL parser would drop the line break; the raw string would be kept.
    assert_eq!(
        err(JtlClient::builder().base_url("https://api.jtl-cloud.com/erp\r\nX-Evil: 1"))
            .to_string(),
        "invalid JTL client setting `base_url`: contains a line break (CR at byte 29)"
    );
}

#[test]
fn secrets_never_appear_in_debug_output() {
    let builder = JtlClient::builder()
        .bearer_token("tok-SECRET-1")
        .api_key("key-SECRET-2");
    let shown = format!("{builder:?}");
    let client = builder.build().expect("config");
    let shown = format!("{shown} {client:?}");
    assert!(!shown.contains("SECRET"), "{shown}");
}

/// The operations not covered above: method, path, config headers, per-call headers and decoding.
#[tokio::test]
#[allow(deprecated)]
async fn every_remaining_operation_sends_its_method_path_and_headers() {
    use std::num::NonZeroU32;
    let reg = uuid::Uuid::parse_str("3f0d2c4e-8b1a-4f7e-9c2d-5e6f7a8b9c0d").expect("uuid");
    let status_v1 =
        json!({"RequestStatusInfo": {"AppId": "a", "RegistrationRequestId": "r-1", "Status": 0}});
    let info_v1 = json!({"AppId": "a", "RegistrationRequestId": "r-1", "Status": 2});
    let info_v2 = json!({"appId": "a", "registrationRequestId": "r-1", "status": 2});
    let status_v2 = json!({"requestStatusInfo": {"appId": "a", "registrationRequestId": "r-1"}});
    let page = json!({"Items": [], "HasNextPage": false});
    let foreign_v2 = types::RegisterForeignAppRequestV2::builder()
        .app_id("a")
        .display_name("A")
        .description("d")
        .version("1")
        .provider_name("p")
        .provider_website("w")
        .mandatory_api_scopes(vec![])
        .app_icon(vec![1u8]);

    // (method, path, response status, response body, whether the challenge code is sent)
    type Case = (&'static str, String, u16, Value, bool);
    let cases: Vec<Case> = vec![
        (
            "GET",
            "/v1/authentication/r-1".into(),
            200,
            status_v1.clone(),
            true,
        ),
        ("POST", "/v1/authentication/r-1".into(), 200, info_v1, true),
        (
            "POST",
            "/v2/authentication/r-1".into(),
            200,
            info_v2.clone(),
            true,
        ),
        (
            "POST",
            "/v2/authentication/foreign".into(),
            201,
            info_v2,
            true,
        ),
        (
            "PATCH",
            format!("/v2/authentication/foreign/{reg}/registration"),
            200,
            status_v2,
            true,
        ),
        (
            "DELETE",
            format!("/v1/authentication/foreign/{reg}/registration"),
            204,
            Value::Null,
            true,
        ),
        ("GET", "/v1/items/5".into(), 200, json!({"Id": 5}), false),
        ("GET", "/v1/customers".into(), 200, page.clone(), false),
        (
            "GET",
            "/v1/customers/6".into(),
            200,
            json!({"Id": 6}),
            false,
        ),
        ("GET", "/v1/salesOrders".into(), 200, page, false),
    ];
    for (i, (verb, route, status, body, challenge)) in cases.into_iter().enumerate() {
        let server = MockServer::start().await;
        let response = if body.is_null() {
            ResponseTemplate::new(status)
        } else {
            ResponseTemplate::new(status).set_body_json(body)
        };
        Mock::given(method(verb))
            .and(path(route.as_str()))
            .respond_with(response)
            .expect(1)
            .mount(&server)
            .await;
        let jtl = client(&server);
        let sent = match i {
            0 => jtl
                .fetch_registration_status_v1()
                .registration_id("r-1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(apifleet_jtl::Error::from),
            1 => jtl
                .register_multi_instance_app_v1()
                .registration_id("r-1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(apifleet_jtl::Error::from),
            2 => jtl
                .register_multi_instance_app_v2()
                .registration_id("r-1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(apifleet_jtl::Error::from),
            3 => jtl
                .register_foreign_app_v2()
                .x_companyid("3")
                .body(foreign_v2.clone())
                .send()
                .await
                .map(|r| r.status())
                .map_err(apifleet_jtl::Error::from),
            4 => jtl
                .update_foreign_app_by_registration_id_v2()
                .registration_id(reg)
                .body(types::UpdateAppRegistrationRequestV2::default())
                .send()
                .await
                .map(|r| r.status())
                .map_err(apifleet_jtl::Error::from),
            5 => jtl
                .remove_foreign_app_by_registration_id_v1()
                .registration_id(reg)
                .send()
                .await
                .map(|r| r.status())
                .map_err(apifleet_jtl::Error::from),
            6 => jtl
                .get_item()
                .item_id(5)
                .send()
                .await
                .map(|r| r.status())
                .map_err(apifleet_jtl::Error::from),
            7 => jtl
                .query_customers()
                .group_id(2)
                .page_size(NonZeroU32::MIN)
                .send()
                .await
                .map(|r| r.status())
                .map_err(apifleet_jtl::Error::from),
            8 => jtl
                .get_customer()
                .customer_id(6)
                .send()
                .await
                .map(|r| r.status())
                .map_err(apifleet_jtl::Error::from),
            _ => jtl
                .query_sales_orders()
                .customer_id(6)
                .is_cancelled(false)
                .send()
                .await
                .map(|r| r.status())
                .map_err(apifleet_jtl::Error::from),
        };
        let sent = sent.unwrap_or_else(|e| panic!("{verb} {route}: {e}"));
        assert_eq!(sent.as_u16(), status, "{verb} {route}");
        let request = only_request(&server).await;
        assert_eq!(
            header_of(&request, "x-tenant-id"),
            Some(TENANT),
            "{verb} {route}"
        );
        assert_eq!(
            header_of(&request, "authorization"),
            Some(format!("Bearer {TOKEN}").as_str())
        );
        let code = if challenge { Some("chal-123") } else { None };
        assert_eq!(
            header_of(&request, "x-challengecode"),
            code,
            "{verb} {route}"
        );
        match i {
            3 => assert_eq!(header_of(&request, "x-companyid"), Some("3")),
            6..=9 => assert_eq!(
                header_of(&request, "x-appid"),
                Some("MyApp/1.0.0"),
                "{verb} {route}"
            ),
            _ => {}
        }
        match i {
            7 => assert_eq!(request.url.query(), Some("groupId=2&pageSize=1")),
            9 => assert_eq!(request.url.query(), Some("customerId=6&isCancelled=false")),
            _ => {}
        }
    }
}

// ------------------------------------------------------------------ retries

fn quick_retries(server: &MockServer) -> JtlClient {
    let policy = apifleet_runtime::retry::RetryPolicy {
        max_attempts: 3,
        min_delay: std::time::Duration::from_millis(1),
        max_delay: std::time::Duration::from_millis(5),
        max_retry_after: std::time::Duration::from_secs(2),
    };
    JtlClient::builder()
        .base_url(server.uri())
        .bearer_token(TOKEN)
        .tenant_id(TENANT)
        .challenge_code("c")
        .retry(policy)
        .build()
        .expect("config")
}

/// A server whose first GET fails with `status` and whose next ones answer 200 with `body`;
/// each answer is expected exactly once.
async fn failing_once(status: u16, body: Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(status))
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .expect(1)
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn an_idempotent_call_is_retried_after_a_transient_failure() {
    let server = failing_once(503, json!({"Version": "1.0"})).await;
    let info = quick_retries(&server)
        .get_info()
        .send()
        .await
        .expect("second attempt succeeds");
    assert_eq!(info.version.as_deref(), Some("1.0"));
}

#[tokio::test]
async fn a_retry_sends_the_identical_request_again() {
    let server = failing_once(502, fixture("paged_items_page1.json")).await;
    shirts_page_1_of_2(&quick_retries(&server))
        .send()
        .await
        .expect("second attempt succeeds");
    let received = server.received_requests().await.expect("recorded");
    assert_eq!(received.len(), 2);
    let (first, second) = (&received[0], &received[1]);
    assert_eq!(first.method, second.method);
    assert_eq!(first.url, second.url);
    assert_eq!(
        second.url.query(),
        Some("pageNumber=1&pageSize=2&searchKeyWord=shirt")
    );
    assert_eq!(first.headers, second.headers);
    for name in ["authorization", "x-tenant-id", "accept"] {
        assert!(
            second.headers.contains_key(name),
            "{name} missing on the retry"
        );
    }
    assert!(second.body.is_empty());
}

#[tokio::test]
async fn retries_stop_after_the_policy_and_report_the_last_answer() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(429))
        .expect(3)
        .mount(&server)
        .await;
    let err = apifleet_jtl::Error::from(
        quick_retries(&server)
            .get_info()
            .send()
            .await
            .expect_err("429"),
    );
    assert_eq!(err.kind(), Some(ErrorKind::TooManyRequests));
}

#[tokio::test]
async fn non_idempotent_and_non_transient_failures_are_not_retried() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(500))
        .expect(1)
        .mount(&server)
        .await;
    let jtl = quick_retries(&server);
    jtl.register_app_v2()
        .body(registration_v2())
        .send()
        .await
        .expect_err("POST is sent once");
    jtl.get_info()
        .send()
        .await
        .expect_err("500 is not transient");
}

#[tokio::test]
async fn a_retry_after_beyond_the_limit_ends_the_retries_and_never_disables_them() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after", "3600"))
        .expect(1)
        .mount(&server)
        .await;
    quick_retries(&server)
        .get_info()
        .send()
        .await
        .expect_err("no hour-long wait");

    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503))
        .expect(1)
        .mount(&server)
        .await;
    let jtl = JtlClient::builder()
        .base_url(server.uri())
        .tenant_id(TENANT)
        .retry(apifleet_runtime::retry::RetryPolicy::never())
        .build()
        .expect("config");
    jtl.get_info().send().await.expect_err("one attempt");
}

#[tokio::test]
#[allow(deprecated)]
async fn hostile_path_parameters_are_encoded_or_refused_and_never_change_the_path() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"RequestStatusInfo": {"AppId": "a", "RegistrationRequestId": "r"}}),
        ))
        .mount(&server)
        .await;
    let jtl = client(&server);
    for (app_id, sent) in [
        ("my/app", "/authentication/foreign/my%2Fapp/app"),
        ("a?b=c", "/authentication/foreign/a%3Fb=c/app"),
        ("a#frag", "/authentication/foreign/a%23frag/app"),
        ("../..", "/authentication/foreign/..%2F../app"),
        ("100%", "/authentication/foreign/100%25/app"),
    ] {
        jtl.update_foreign_app_by_app_id_v1()
            .app_id(app_id)
            .body(types::UpdateAppRegistrationRequest::default())
            .send()
            .await
            .expect(app_id);
        let last = server
            .received_requests()
            .await
            .unwrap_or_default()
            .pop()
            .expect("sent");
        assert_eq!(last.url.path(), sent, "{app_id}");
    }
    let before = server.received_requests().await.unwrap_or_default().len();
    for app_id in ["..", "."] {
        let err = jtl
            .update_foreign_app_by_app_id_v1()
            .app_id(app_id)
            .body(types::UpdateAppRegistrationRequest::default())
            .send()
            .await
            .expect_err(app_id);
        let err = apifleet_jtl::Error::from(err);
        assert!(err.to_string().contains("dot segment"), "{app_id}: {err}");
    }
    assert_eq!(
        server.received_requests().await.unwrap_or_default().len(),
        before,
        "nothing sent for dot segments"
    );
}
