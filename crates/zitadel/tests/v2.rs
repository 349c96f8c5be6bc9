//! ZITADEL's v2 services on the wire: the Connect path and JSON body of an RPC, Connect errors
//! decoded into the same typed error as v1, retries decided by each operation's idempotency (reads
//! are POSTs too), a list RPC walked as a `Stream`, and protobuf `oneof`s as Rust enums.

use apifleet_zitadel::v2::types;
use apifleet_zitadel::{ErrorExt as _, ErrorKind, GrpcCode, RetryPolicy, ZitadelClient};
use serde_json::{Value, json};
use std::time::Duration;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "pat-for-tests-only";

fn client(server: &MockServer) -> ZitadelClient {
    ZitadelClient::builder()
        .base_url(server.uri())
        .personal_access_token(TOKEN)
        .retry(RetryPolicy {
            max_attempts: 3,
            min_delay: Duration::from_millis(1),
            max_delay: Duration::from_millis(2),
            max_retry_after: Duration::from_millis(2),
        })
        .build()
        .expect("valid test configuration")
}

fn human(email: &str) -> types::AddHumanUserRequest {
    types::AddHumanUserRequest {
        organization: Some(types::UserOrganization {
            org: Some(types::UserOrganizationOrg::OrgId(
                "69629023906488334".into(),
            )),
        }),
        profile: Some(types::SetHumanProfile {
            given_name: Some("Ada".into()),
            family_name: Some("Lovelace".into()),
            ..Default::default()
        }),
        email: Some(types::SetHumanEmail {
            email: Some(email.into()),
            verification: Some(types::SetHumanEmailVerification::ReturnCode(
                serde_json::Map::new(),
            )),
        }),
        ..Default::default()
    }
}

#[tokio::test]
async fn an_rpc_is_a_post_to_its_connect_path_with_its_message_as_json() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/zitadel.user.v2.UserService/AddHumanUser"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "userId": "300000000000000001",
            "details": {"sequence": "7", "changeDate": "2025-01-01T00:00:00Z", "resourceOwner": "69629023906488334"},
            "emailCode": "ABC123"
        })))
        .expect(1)
        .mount(&server)
        .await;
    let added = client(&server)
        .v2()
        .add_human_user()
        .body(human("ada@example.com"))
        .send()
        .await
        .expect("added")
        .into_inner();
    assert_eq!(added.user_id.as_deref(), Some("300000000000000001"));
    assert_eq!(
        added.details.and_then(|d| d.sequence).map(u64::from),
        Some(7)
    );
    let requests = server.received_requests().await.expect("recording is on");
    let request = &requests[0];
    assert_eq!(
        request
            .headers
            .get("authorization")
            .and_then(|v| v.to_str().ok()),
        Some("Bearer pat-for-tests-only")
    );
    assert_eq!(
        request
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("application/json")
    );
    let body: Value = serde_json::from_slice(&request.body).expect("a JSON body");
    // Zero values are omitted; an empty oneof branch (`returnCode: {}`) is sent.
    assert_eq!(
        body,
        json!({
            "organization": {"orgId": "69629023906488334"},
            "profile": {"givenName": "Ada", "familyName": "Lovelace"},
            "email": {"email": "ada@example.com", "returnCode": {}}
        })
    );
}

#[tokio::test]
async fn a_connect_error_decodes_into_the_typed_error_with_its_code_and_detail() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/zitadel.user.v2.UserService/GetUserByID"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({
            "code": "not_found",
            "message": "User could not be found (QUERY-Dfbg2)",
            "details": [{
                "type": "zitadel.v1.ErrorDetail",
                "value": "CgpRVUVSWS1EZmJnMg==",
                "debug": {"id": "QUERY-Dfbg2", "message": "User could not be found"}
            }]
        })))
        .mount(&server)
        .await;
    let err = client(&server)
        .v2()
        .get_user_by_id()
        .body(types::GetUserByIdRequest::builder().user_id("404".to_string()))
        .send()
        .await
        .map_err(apifleet_zitadel::Error::from)
        .expect_err("not found");
    assert_eq!(err.kind(), Some(ErrorKind::NotFound));
    assert_eq!(err.grpc_code(), Some(GrpcCode::NotFound));
    let body = err.body().expect("a decoded body");
    assert_eq!(
        body.message.as_deref(),
        Some("User could not be found (QUERY-Dfbg2)")
    );
    assert_eq!(body.error_id(), Some("QUERY-Dfbg2"));
    assert_eq!(
        body.details[0].type_url.as_deref(),
        Some("zitadel.v1.ErrorDetail")
    );
    assert!(!err.is_not_changed());
}

#[tokio::test]
async fn a_connect_failed_precondition_is_recognised_as_nothing_changed() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(
            "/zitadel.org.v2.OrganizationService/UpdateOrganization",
        ))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({
            "code": "failed_precondition",
            "message": "Organisation not changed (ORG-F2b9s)"
        })))
        .mount(&server)
        .await;
    let err = client(&server)
        .v2()
        .update_organization()
        .body(
            types::UpdateOrganizationRequest::builder()
                .organization_id("1".to_string())
                .name("Same".to_string()),
        )
        .send()
        .await
        .map_err(apifleet_zitadel::Error::from)
        .expect_err("not changed");
    assert_eq!(err.grpc_code(), Some(GrpcCode::FailedPrecondition));
    assert!(err.is_not_changed());
}

#[tokio::test]
async fn a_read_rpc_is_retried_although_it_is_a_post() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/zitadel.user.v2.UserService/ListUsers"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/zitadel.user.v2.UserService/ListUsers"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"details": {}})))
        .mount(&server)
        .await;
    client(&server)
        .v2()
        .list_users()
        .body(types::ListUsersRequest::default())
        .send()
        .await
        .expect("the second attempt succeeds");
    let sent = server.received_requests().await.expect("recording is on");
    assert_eq!(
        sent.len(),
        2,
        "ListUsers is idempotent: tried again after 503"
    );
}

#[tokio::test]
async fn a_write_rpc_is_sent_once() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/zitadel.user.v2.UserService/AddHumanUser"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let err = client(&server)
        .v2()
        .add_human_user()
        .body(human("once@example.com"))
        .send()
        .await
        .map_err(apifleet_zitadel::Error::from)
        .expect_err("503");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    let sent = server.received_requests().await.expect("recording is on");
    assert_eq!(sent.len(), 1, "AddHumanUser is not idempotent: sent once");
}

#[test]
fn every_operation_knows_whether_it_may_be_sent_twice() {
    let ops = &apifleet_zitadel::v2::operations::ALL;
    assert_eq!(ops.len(), 179);
    let find = |name: &str| {
        apifleet_zitadel::v2::operations::find(name)
            .unwrap_or_else(|| panic!("{name} is an operation"))
    };
    for read in [
        "list_users",
        "get_user_by_id",
        "get_session",
        "list_organizations",
    ] {
        assert!(find(read).idempotent, "{read}");
    }
    for write in [
        "add_human_user",
        "create_session",
        "set_password",
        "delete_user",
    ] {
        assert!(!find(write).idempotent, "{write}");
    }
    assert!(find("set_instance_features").idempotent);
    assert!(
        ops.iter()
            .all(|m| m.method == "POST" && m.path.starts_with("/zitadel."))
    );
}

#[tokio::test]
async fn list_users_stream_walks_offsets_until_the_total() {
    use futures_util::StreamExt as _;
    let server = MockServer::start().await;
    // Three users, two per page: offsets 0 and 2, the query's other fields kept on every page.
    for (offset, ids) in [(0u64, vec!["1", "2"]), (2, vec!["3"])] {
        let result: Vec<Value> = ids.iter().map(|id| json!({"userId": id})).collect();
        Mock::given(method("POST"))
            .and(path("/zitadel.user.v2.UserService/ListUsers"))
            .and(wiremock::matchers::body_partial_json(json!({
                "query": {"offset": offset.to_string(), "limit": 2, "asc": true}
            })))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "details": {"totalResult": "3", "appliedLimit": "2"},
                "result": result
            })))
            .expect(1)
            .mount(&server)
            .await;
    }
    let request = types::ListUsersRequest {
        query: Some(types::ListQuery {
            asc: Some(true),
            ..Default::default()
        }),
        ..Default::default()
    };
    let zitadel = client(&server);
    let ids: Vec<String> = zitadel
        .v2()
        .list_users_stream(std::num::NonZeroU32::new(2).expect("non-zero"), request)
        .map(|user| user.expect("a page").user_id.unwrap_or_default())
        .collect()
        .await;
    assert_eq!(ids, ["1", "2", "3"]);
}

#[test]
fn a_oneof_decodes_into_the_variant_its_key_names_and_encodes_back_to_that_key_alone() {
    let sent = json!({
        "email": "ada@example.com",
        "sendCode": {"urlTemplate": "https://example.com/verify?code={{.Code}}"}
    });
    let email: types::SetHumanEmail = serde_json::from_value(sent.clone()).expect("decodes");
    let Some(types::SetHumanEmailVerification::SendCode(code)) = &email.verification else {
        panic!("the sendCode variant: {email:?}");
    };
    assert_eq!(
        code.url_template.as_deref(),
        Some("https://example.com/verify?code={{.Code}}")
    );
    assert_eq!(serde_json::to_value(&email).expect("encodes"), sent);

    // No member set: no variant, and nothing on the wire.
    let plain: types::SetHumanEmail =
        serde_json::from_value(json!({"email": "ada@example.com"})).expect("decodes");
    assert_eq!(plain.verification, None);
    assert_eq!(
        serde_json::to_value(&plain).expect("encodes"),
        json!({"email": "ada@example.com"})
    );

    // A scalar member, and a field this client does not know yet beside it.
    let verified: types::SetHumanEmail = serde_json::from_value(
        json!({"email": "ada@example.com", "isVerified": true, "addedLater": 1}),
    )
    .expect("an unknown field does not fail the decode");
    assert_eq!(
        verified.verification,
        Some(types::SetHumanEmailVerification::IsVerified(true))
    );
}

#[test]
fn a_oneof_is_set_through_one_builder_setter() {
    let request: types::SetEmailRequest = types::SetEmailRequest::builder()
        .user_id(Some("300000000000000001".to_string()))
        .email(Some("ada@example.com".to_string()))
        .verification(Some(types::SetEmailRequestVerification::IsVerified(true)))
        .try_into()
        .expect("builds");
    assert_eq!(
        serde_json::to_value(&request).expect("encodes"),
        json!({"userId": "300000000000000001", "email": "ada@example.com", "isVerified": true})
    );
}

#[test]
fn create_user_takes_the_create_message_of_a_human_with_a_hashed_password() {
    // The SDK's document reused UpdateUserRequest.Human here; the proto's CreateUserRequest.Human
    // has the `password_type` oneof, IDP links, a TOTP secret and metadata.
    let request = types::CreateUserRequest {
        organization_id: Some("69629023906488334".into()),
        user_type: Some(types::CreateUserRequestUserType::Human(
            types::CreateUserRequestHuman {
                profile: Some(types::SetHumanProfile {
                    given_name: Some("Ada".into()),
                    family_name: Some("Lovelace".into()),
                    ..Default::default()
                }),
                password_type: Some(types::CreateUserRequestHumanPasswordType::HashedPassword(
                    types::HashedPassword {
                        hash: Some("$2a$10$hashfortestsonly".into()),
                        change_required: Some(false),
                    },
                )),
                idp_links: vec![types::IdpLink {
                    idp_id: Some("idp-1".into()),
                    user_id: Some("ext-7".into()),
                    user_name: Some("ada".into()),
                }],
                ..Default::default()
            },
        )),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&request).expect("encodes"),
        json!({
            "organizationId": "69629023906488334",
            "human": {
                "profile": {"givenName": "Ada", "familyName": "Lovelace"},
                "hashedPassword": {"hash": "$2a$10$hashfortestsonly", "changeRequired": false},
                "idpLinks": [{"idpId": "idp-1", "userId": "ext-7", "userName": "ada"}]
            }
        })
    );
}
