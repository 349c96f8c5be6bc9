//! Wire tests: every operation's method, path, headers and body; decoding of the seed's example and of
//! protojson answers with zero values omitted; error mapping; validation before sending.

use apifleet_zitadel::{
    ErrorExt as _, ErrorKind, GrpcCode, IdpState, ProviderType, ZitadelClient, types,
};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const TOKEN: &str = "pat-for-tests-only";
const ORG: &str = "69629023906488334";

fn client(server: &MockServer) -> ZitadelClient {
    ZitadelClient::builder()
        .base_url(server.uri())
        .personal_access_token(TOKEN)
        .org_id(ORG)
        .build()
        .expect("valid test configuration")
}

fn jwt_config() -> types::builder::UpdateJwtConfigRequest {
    types::UpdateJwtConfigRequest::builder()
        .jwt_endpoint("https://custom.com/auth/jwt")
        .issuer("https://accounts.custom.com")
        .keys_endpoint("https://accounts.custom.com/keys")
        .header_name("x-auth-token")
}

async fn only_request(server: &MockServer) -> Request {
    let mut requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests.len(), 1, "expected exactly one request");
    requests.remove(0)
}

fn header<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

#[tokio::test]
#[allow(deprecated)]
async fn update_jwt_config_matches_the_seed_in_both_apis() {
    let seed: Value =
        serde_json::from_str(include_str!("fixtures/update_jwt_config_200.json")).expect("fixture");
    for (mgmt, route) in [
        (true, "/management/v1/idps/1234/jwt_config"),
        (false, "/admin/v1/idps/1234/jwt_config"),
    ] {
        let server = MockServer::start().await;
        Mock::given(method("PUT"))
            .and(path(route))
            .respond_with(ResponseTemplate::new(200).set_body_json(&seed))
            .expect(1)
            .mount(&server)
            .await;
        let zitadel = client(&server);
        let done = if mgmt {
            zitadel
                .mgmt_update_org_idp_jwt_config()
                .idp_id("1234")
                .body(jwt_config())
                .send()
                .await
        } else {
            zitadel
                .admin_update_idp_jwt_config()
                .idp_id("1234")
                .body(jwt_config())
                .send()
                .await
        }
        .expect("200")
        .into_inner();
        let details = done.details.expect("details");
        assert_eq!(details.sequence.map(u64::from), Some(2));
        assert_eq!(details.resource_owner.as_deref(), Some(ORG));
        assert_eq!(
            details.change_date.map(|d| d.to_rfc3339()),
            Some("2024-04-10T04:31:14.842+00:00".to_string())
        );

        let request = only_request(&server).await;
        assert_eq!(
            header(&request, "authorization"),
            Some(format!("Bearer {TOKEN}").as_str())
        );
        assert_eq!(
            header(&request, "x-zitadel-orgid"),
            if mgmt { Some(ORG) } else { None },
            "{route}"
        );
        assert_eq!(header(&request, "api-version"), None);
        let body: Value = serde_json::from_slice(&request.body).expect("JSON");
        assert_eq!(
            body,
            json!({"jwtEndpoint": "https://custom.com/auth/jwt", "issuer": "https://accounts.custom.com",
                   "keysEndpoint": "https://accounts.custom.com/keys", "headerName": "x-auth-token"})
        );
    }
}

/// Every other operation: (method, path, whether it is a Management call, expected body, answer).
#[tokio::test]
#[allow(deprecated)]
async fn every_operation_sends_its_method_path_headers_and_body() {
    use std::num::NonZeroU32;
    let details = json!({"details": {"sequence": "5"}});
    let idp =
        json!({"idp": {"id": "1", "state": "IDP_STATE_ACTIVE", "jwtConfig": {"issuer": "i"}}});
    let provider = json!({"idp": {"id": "1", "type": "PROVIDER_TYPE_JWT", "config": {"jwt": {"issuer": "i"}}}});
    let add_jwt = json!({"name": "n", "jwtEndpoint": "j", "issuer": "i", "keysEndpoint": "k", "headerName": "h"});
    let add_oidc = json!({"name": "n", "clientId": "c", "clientSecret": "s", "issuer": "i", "scopes": ["openid"]});
    let update = json!({"name": "n2", "stylingType": "STYLING_TYPE_GOOGLE", "autoRegister": true});
    let oidc_config = json!({"clientId": "c", "issuer": "i"});
    let search = json!({"query": {"offset": "0", "limit": 1, "asc": true}});
    let provider_update =
        json!({"name": "n", "issuer": "i", "jwtEndpoint": "j", "headerName": "h"});
    type Case = (&'static str, &'static str, bool, Option<Value>, Value);
    let cases: Vec<Case> = vec![
        ("GET", "/management/v1/idps/1", true, None, idp.clone()),
        (
            "POST",
            "/management/v1/idps/_search",
            true,
            Some(search.clone()),
            json!({"result": []}),
        ),
        (
            "POST",
            "/management/v1/idps/oidc",
            true,
            Some(add_oidc.clone()),
            json!({"idpId": "7"}),
        ),
        (
            "POST",
            "/management/v1/idps/jwt",
            true,
            Some(add_jwt.clone()),
            json!({"idpId": "7"}),
        ),
        (
            "PUT",
            "/management/v1/idps/1",
            true,
            Some(update.clone()),
            details.clone(),
        ),
        ("DELETE", "/management/v1/idps/1", true, None, json!({})),
        (
            "POST",
            "/management/v1/idps/1/_deactivate",
            true,
            Some(json!({})),
            details.clone(),
        ),
        (
            "POST",
            "/management/v1/idps/1/_reactivate",
            true,
            Some(json!({})),
            details.clone(),
        ),
        (
            "PUT",
            "/management/v1/idps/1/oidc_config",
            true,
            Some(oidc_config.clone()),
            details.clone(),
        ),
        (
            "POST",
            "/management/v1/idps/generic_jwt",
            true,
            Some(add_jwt.clone()),
            json!({"id": "8"}),
        ),
        (
            "PUT",
            "/management/v1/idps/generic_jwt/1",
            true,
            Some(provider_update.clone()),
            details.clone(),
        ),
        (
            "POST",
            "/management/v1/idps/templates/_search",
            true,
            Some(search.clone()),
            json!({}),
        ),
        (
            "GET",
            "/management/v1/idps/templates/1",
            true,
            None,
            provider.clone(),
        ),
        (
            "DELETE",
            "/management/v1/idps/templates/1",
            true,
            None,
            details.clone(),
        ),
        ("GET", "/admin/v1/idps/1", false, None, idp),
        (
            "POST",
            "/admin/v1/idps/_search",
            false,
            Some(search.clone()),
            json!({}),
        ),
        (
            "POST",
            "/admin/v1/idps/oidc",
            false,
            Some(add_oidc),
            json!({"idpId": "7"}),
        ),
        (
            "POST",
            "/admin/v1/idps/jwt",
            false,
            Some(add_jwt.clone()),
            json!({"idpId": "7"}),
        ),
        (
            "PUT",
            "/admin/v1/idps/1",
            false,
            Some(update),
            details.clone(),
        ),
        ("DELETE", "/admin/v1/idps/1", false, None, details.clone()),
        (
            "POST",
            "/admin/v1/idps/1/_deactivate",
            false,
            None,
            details.clone(),
        ),
        (
            "POST",
            "/admin/v1/idps/1/_reactivate",
            false,
            None,
            details.clone(),
        ),
        (
            "PUT",
            "/admin/v1/idps/1/oidc_config",
            false,
            Some(oidc_config),
            details.clone(),
        ),
        (
            "POST",
            "/admin/v1/idps/generic_jwt",
            false,
            Some(add_jwt),
            json!({"id": "8"}),
        ),
        (
            "PUT",
            "/admin/v1/idps/generic_jwt/1",
            false,
            Some(provider_update),
            details.clone(),
        ),
        (
            "POST",
            "/admin/v1/idps/templates/_search",
            false,
            Some(search),
            json!({}),
        ),
        ("GET", "/admin/v1/idps/templates/1", false, None, provider),
        ("DELETE", "/admin/v1/idps/templates/1", false, None, details),
        (
            "GET",
            "/v2/idps/1",
            false,
            None,
            json!({"idp": {"id": "1", "type": "IDP_TYPE_JWT", "state": "IDP_STATE_MIGRATED"}}),
        ),
    ];
    let query = || types::ListQuery {
        offset: Some(0.into()),
        limit: Some(NonZeroU32::MIN.get()),
        asc: Some(true),
    };
    let add_jwt_idp = || {
        types::AddJwtIdpRequest::builder()
            .name("n")
            .jwt_endpoint("j")
            .issuer("i")
            .keys_endpoint("k")
            .header_name("h")
    };
    let add_oidc_idp = || {
        types::AddOidcIdpRequest::builder()
            .name("n")
            .client_id("c")
            .client_secret("s")
            .issuer("i")
            .scopes(vec!["openid".into()])
    };
    let add_provider = || {
        types::AddJwtProviderRequest::builder()
            .name("n")
            .jwt_endpoint("j")
            .issuer("i")
            .keys_endpoint("k")
            .header_name("h")
    };
    let update_provider = || {
        types::UpdateJwtProviderRequest::builder()
            .name("n")
            .jwt_endpoint("j")
            .issuer("i")
            .header_name("h")
    };
    let update_idp = || {
        types::UpdateIdpRequest::builder()
            .name("n2")
            .styling_type(Some(apifleet_zitadel::IdpStylingType::Google))
            .auto_register(Some(true))
    };
    let oidc = || {
        types::UpdateOidcConfigRequest::builder()
            .client_id("c")
            .issuer("i")
    };
    let list_idps = || types::ListIdpsRequest {
        query: Some(query()),
        sorting_column: None,
        queries: vec![],
    };
    let list_providers = || types::ListProvidersRequest {
        query: Some(query()),
        queries: vec![],
    };

    for (i, (verb, route, mgmt, expected, answer)) in cases.into_iter().enumerate() {
        let server = MockServer::start().await;
        Mock::given(method(verb))
            .and(path(route))
            .respond_with(ResponseTemplate::new(200).set_body_json(answer))
            .expect(1)
            .mount(&server)
            .await;
        let z = client(&server);
        let e = apifleet_zitadel::Error::from;
        let status = match i {
            0 => z
                .mgmt_get_org_idp_by_id()
                .idp_id("1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            1 => z
                .mgmt_list_org_idps()
                .body(list_idps())
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            2 => z
                .mgmt_add_org_oidc_idp()
                .body(add_oidc_idp())
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            3 => z
                .mgmt_add_org_jwt_idp()
                .body(add_jwt_idp())
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            4 => z
                .mgmt_update_org_idp()
                .idp_id("1")
                .body(update_idp())
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            5 => z
                .mgmt_remove_org_idp()
                .idp_id("1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            6 => z
                .mgmt_deactivate_org_idp()
                .idp_id("1")
                .body(types::EmptyRequest {})
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            7 => z
                .mgmt_reactivate_org_idp()
                .idp_id("1")
                .body(types::EmptyRequest {})
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            8 => z
                .mgmt_update_org_idp_oidc_config()
                .idp_id("1")
                .body(oidc())
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            9 => z
                .mgmt_add_jwt_provider()
                .body(add_provider())
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            10 => z
                .mgmt_update_jwt_provider()
                .id("1")
                .body(update_provider())
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            11 => z
                .mgmt_list_providers()
                .body(list_providers())
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            12 => z
                .mgmt_get_provider_by_id()
                .id("1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            13 => z
                .mgmt_delete_provider()
                .id("1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            14 => z
                .admin_get_idp_by_id()
                .idp_id("1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            15 => z
                .admin_list_idps()
                .body(list_idps())
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            16 => z
                .admin_add_oidc_idp()
                .body(add_oidc_idp())
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            17 => z
                .admin_add_jwt_idp()
                .body(add_jwt_idp())
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            18 => z
                .admin_update_idp()
                .idp_id("1")
                .body(update_idp())
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            19 => z
                .admin_remove_idp()
                .idp_id("1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            20 => z
                .admin_deactivate_idp()
                .idp_id("1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            21 => z
                .admin_reactivate_idp()
                .idp_id("1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            22 => z
                .admin_update_idp_oidc_config()
                .idp_id("1")
                .body(oidc())
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            23 => z
                .admin_add_jwt_provider()
                .body(add_provider())
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            24 => z
                .admin_update_jwt_provider()
                .id("1")
                .body(update_provider())
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            25 => z
                .admin_list_providers()
                .body(list_providers())
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            26 => z
                .admin_get_provider_by_id()
                .id("1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            27 => z
                .admin_delete_provider()
                .id("1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            _ => z
                .get_idp_by_id_v2()
                .id("1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
        };
        assert_eq!(
            status
                .unwrap_or_else(|err| panic!("{verb} {route}: {err}"))
                .as_u16(),
            200
        );
        let request = only_request(&server).await;
        assert_eq!(
            header(&request, "authorization"),
            Some(format!("Bearer {TOKEN}").as_str()),
            "{route}"
        );
        assert_eq!(
            header(&request, "x-zitadel-orgid"),
            if mgmt { Some(ORG) } else { None },
            "{verb} {route}"
        );
        match expected {
            Some(body) => {
                let sent: Value = serde_json::from_slice(&request.body)
                    .unwrap_or_else(|e| panic!("{route}: {e}"));
                assert_eq!(sent, body, "{verb} {route}");
            }
            None => assert!(request.body.is_empty(), "{verb} {route} sends no body"),
        }
    }
}

#[tokio::test]
async fn answers_with_zero_values_omitted_and_unknown_enum_values_decode() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/admin/v1/idps/templates/_search"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "details": {"totalResult": "3", "processedSequence": "18446744073709551615"},
            "result": [
                {"id": "1"},
                {"id": "2", "state": "IDP_STATE_ACTIVE", "type": "PROVIDER_TYPE_NEW_KIND", "config": {"google": {"clientId": "x"}}},
                {"id": "3", "type": "PROVIDER_TYPE_JWT", "details": {"sequence": 12}, "extra": {"ignored": true}}
            ]
        })))
        .mount(&server)
        .await;
    let page = client(&server)
        .admin_list_providers()
        .body(types::ListProvidersRequest::default())
        .send()
        .await
        .expect("200");
    let details = page.details.as_ref().expect("details");
    assert_eq!(details.total_result.map(u64::from), Some(3));
    assert_eq!(details.processed_sequence.map(u64::from), Some(u64::MAX));
    assert_eq!(page.result[0].state, None);
    assert_eq!(page.result[0].config, None);
    assert_eq!(page.result[1].state, Some(IdpState::Active));
    assert_eq!(
        page.result[1].type_,
        Some(ProviderType::Unknown("PROVIDER_TYPE_NEW_KIND".into()))
    );
    assert_eq!(
        page.result[1]
            .config
            .as_ref()
            .and_then(|c| c.google.as_ref())
            .and_then(|g| g.get("clientId")),
        Some(&json!("x"))
    );
    assert_eq!(
        page.result[2]
            .details
            .as_ref()
            .and_then(|d| d.sequence)
            .map(u64::from),
        Some(12)
    );
}

// ------------------------------------------------------------------ errors

#[tokio::test]
#[allow(deprecated)]
async fn a_no_op_update_is_400_failed_precondition_and_easy_to_recognise() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({
            "code": 9,
            "message": "Errors.IDPConfig.NotChanged (INSTANCE-3n9gg)",
            "details": [{"@type": "type.googleapis.com/zitadel.v1.ErrorDetail", "id": "INSTANCE-3n9gg", "message": "Errors.IDPConfig.NotChanged"}]
        })))
        .mount(&server)
        .await;
    let err = apifleet_zitadel::Error::from(
        client(&server)
            .admin_update_idp_jwt_config()
            .idp_id("1")
            .body(jwt_config())
            .send()
            .await
            .expect_err("400"),
    );
    assert!(err.is_not_changed());
    assert_eq!(err.grpc_code(), Some(GrpcCode::FailedPrecondition));
    assert_eq!(err.kind(), Some(ErrorKind::BadRequest));
    assert_eq!(
        err.body().and_then(|b| b.error_id()),
        Some("INSTANCE-3n9gg")
    );
    assert_eq!(
        err.to_string(),
        "HTTP 400 Bad Request: FAILED_PRECONDITION: Errors.IDPConfig.NotChanged (INSTANCE-3n9gg)"
    );
}

#[tokio::test]
async fn each_status_and_grpc_code_maps_to_a_typed_error() {
    let cases = [
        (400, 3, ErrorKind::BadRequest, GrpcCode::InvalidArgument),
        (401, 16, ErrorKind::Unauthorized, GrpcCode::Unauthenticated),
        (403, 7, ErrorKind::Forbidden, GrpcCode::PermissionDenied),
        (404, 5, ErrorKind::NotFound, GrpcCode::NotFound),
        (409, 6, ErrorKind::Conflict, GrpcCode::AlreadyExists),
        (
            429,
            8,
            ErrorKind::TooManyRequests,
            GrpcCode::ResourceExhausted,
        ),
        (500, 13, ErrorKind::ServerError, GrpcCode::Internal),
        (501, 12, ErrorKind::ServerError, GrpcCode::Unimplemented),
        (503, 14, ErrorKind::ServerError, GrpcCode::Unavailable),
        (504, 4, ErrorKind::ServerError, GrpcCode::DeadlineExceeded),
    ];
    for (status, code, kind, grpc) in cases {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(
                ResponseTemplate::new(status)
                    .set_body_json(json!({"code": code, "message": "m", "details": []})),
            )
            .mount(&server)
            .await;
        let err = apifleet_zitadel::Error::from(
            client(&server)
                .get_idp_by_id_v2()
                .id("1")
                .send()
                .await
                .expect_err("error"),
        );
        assert_eq!(err.kind(), Some(kind), "HTTP {status}");
        assert_eq!(err.grpc_code(), Some(grpc), "HTTP {status}");
        assert!(!err.is_not_changed());
    }
}

#[tokio::test]
async fn a_non_json_error_from_a_proxy_keeps_status_and_excerpt() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(502)
                .set_body_raw("<html>upstream connect error</html>", "text/html"),
        )
        .mount(&server)
        .await;
    let err = apifleet_zitadel::Error::from(
        client(&server)
            .get_idp_by_id_v2()
            .id("1")
            .send()
            .await
            .expect_err("502"),
    );
    assert_eq!(err.kind(), Some(ErrorKind::ServerError));
    assert_eq!(err.grpc_code(), None);
    assert_eq!(
        err.to_string(),
        "HTTP 502 Bad Gateway: \"<html>upstream connect error</html>\""
    );
}

// ------------------------------------------------------------------ validation before sending

#[tokio::test]
#[allow(deprecated)]
async fn a_field_over_200_characters_or_empty_is_refused_without_a_request() {
    let server = MockServer::start().await;
    let zitadel = client(&server);
    let too_long = "x".repeat(201);
    for (what, body) in [
        ("headerName empty", jwt_config().header_name("")),
        ("issuer too long", jwt_config().issuer(too_long.as_str())),
        ("jwtEndpoint empty", jwt_config().jwt_endpoint("")),
        (
            "keysEndpoint too long",
            jwt_config().keys_endpoint(too_long.as_str()),
        ),
    ] {
        let err = apifleet_zitadel::Error::from(
            zitadel
                .mgmt_update_org_idp_jwt_config()
                .idp_id("1")
                .body(body)
                .send()
                .await
                .expect_err(what),
        );
        assert!(
            matches!(err, apifleet_zitadel::Error::InvalidRequest(_)),
            "{what}: {err:?}"
        );
    }
    let ok = jwt_config().header_name("x".repeat(200));
    assert!(
        types::UpdateJwtConfigRequest::try_from(ok).is_ok(),
        "200 characters are allowed"
    );
    let err = zitadel
        .mgmt_get_org_idp_by_id()
        .idp_id("")
        .send()
        .await
        .expect_err("empty id");
    assert!(matches!(
        apifleet_zitadel::Error::from(err),
        apifleet_zitadel::Error::InvalidRequest(_)
    ));
    assert!(
        server
            .received_requests()
            .await
            .unwrap_or_default()
            .is_empty(),
        "nothing was sent"
    );
}

#[test]
fn configuration_is_checked_when_the_client_is_built() {
    let err = ZitadelClient::builder()
        .personal_access_token("t")
        .build()
        .expect_err("no base URL");
    assert_eq!(err.field, "base_url");
    let err = ZitadelClient::builder()
        .base_url("https://x.zitadel.cloud")
        .org_id("org\r\nx")
        .build()
        .expect_err("CR/LF");
    assert_eq!(err.field, "org_id");
    let err = ZitadelClient::builder()
        .base_url("http://x.zitadel.cloud")
        .build()
        .expect_err("plain http");
    assert_eq!(err.field, "base_url");
    let shown = format!(
        "{:?}",
        ZitadelClient::builder().personal_access_token("pat-SECRET-value")
    );
    assert!(!shown.contains("SECRET"), "{shown}");
}
