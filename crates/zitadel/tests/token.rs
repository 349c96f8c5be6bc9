//! Token sources: personal access tokens, client credentials and JWT profile, with caching.

use apifleet_zitadel::{
    ClientCredentials, JwtProfile, ServiceAccountKey, ZITADEL_API_SCOPE, ZitadelClient,
};
use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use rsa::pkcs1::EncodeRsaPrivateKey as _;
use rsa::signature::Verifier as _;
use serde_json::{Value, json};
use std::collections::HashMap;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

fn form(request: &Request) -> HashMap<String, String> {
    serde_urlencoded::from_bytes(&request.body).expect("form body")
}

async fn mount_api(server: &MockServer, token: &str, calls: u64) {
    Mock::given(method("GET"))
        .and(path("/v2/idps/1"))
        .and(header("authorization", format!("Bearer {token}").as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"idp": {"id": "1"}})))
        .expect(calls)
        .mount(server)
        .await;
}

async fn token_requests(server: &MockServer) -> Vec<Request> {
    let all = server.received_requests().await.unwrap_or_default();
    all.into_iter()
        .filter(|r| r.url.path() == "/oauth/v2/token")
        .collect()
}

#[tokio::test]
async fn client_credentials_are_exchanged_once_and_the_token_is_reused() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/v2/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"access_token": "at-1", "token_type": "Bearer", "expires_in": 43199}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    mount_api(&server, "at-1", 2).await;
    let source = ClientCredentials::new(server.uri(), "svc@proj", "client-secret-for-tests");
    let zitadel = ZitadelClient::builder()
        .base_url(server.uri())
        .token_source(source)
        .build()
        .expect("config");
    zitadel
        .get_idp_by_id_v2()
        .id("1")
        .send()
        .await
        .expect("first call");
    zitadel
        .get_idp_by_id_v2()
        .id("1")
        .send()
        .await
        .expect("second call");

    let requests = token_requests(&server).await;
    let fields = form(&requests[0]);
    assert_eq!(
        fields.get("grant_type").map(String::as_str),
        Some("client_credentials")
    );
    assert_eq!(
        fields.get("scope").map(String::as_str),
        Some(format!("openid {ZITADEL_API_SCOPE}").as_str())
    );
    let basic = format!(
        "Basic {}",
        STANDARD.encode("svc%40proj:client-secret-for-tests")
    );
    assert_eq!(
        requests[0]
            .headers
            .get("authorization")
            .and_then(|v| v.to_str().ok()),
        Some(basic.as_str())
    );
}

#[tokio::test]
async fn a_token_close_to_expiry_is_refreshed_before_use() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/v2/token"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"access_token": "short", "expires_in": 30})),
        )
        .expect(2)
        .mount(&server)
        .await;
    mount_api(&server, "short", 2).await;
    let source = ClientCredentials::new(server.uri(), "svc", "secret");
    let zitadel = ZitadelClient::builder()
        .base_url(server.uri())
        .token_source(source)
        .build()
        .expect("config");
    zitadel
        .get_idp_by_id_v2()
        .id("1")
        .send()
        .await
        .expect("first call");
    zitadel
        .get_idp_by_id_v2()
        .id("1")
        .send()
        .await
        .expect("second call");
}

#[tokio::test]
async fn a_refused_token_request_is_a_clear_error_and_the_api_is_not_called() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/v2/token"))
        .respond_with(ResponseTemplate::new(400).set_body_json(
            json!({"error": "invalid_client", "error_description": "client not found"}),
        ))
        .mount(&server)
        .await;
    mount_api(&server, "never", 0).await;
    let source = ClientCredentials::new(server.uri(), "svc", "secret-SENTINEL");
    let zitadel = ZitadelClient::builder()
        .base_url(server.uri())
        .token_source(source)
        .build()
        .expect("config");
    let err = apifleet_zitadel::Error::from(
        zitadel
            .get_idp_by_id_v2()
            .id("1")
            .send()
            .await
            .expect_err("no token"),
    );
    let text = err.to_string();
    assert!(
        text.contains("HTTP 400 Bad Request: invalid_client: client not found"),
        "{text}"
    );
    assert!(!text.contains("SENTINEL") && !format!("{err:?}").contains("SENTINEL"));
}

#[tokio::test]
async fn jwt_profile_sends_an_rs256_assertion_signed_with_the_key_file() {
    let private = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048).expect("key generation");
    let pem = private
        .to_pkcs1_pem(rsa::pkcs8::LineEnding::LF)
        .expect("PEM");
    let key_json = json!({"type": "serviceaccount", "keyId": "kid-1", "key": pem.as_str(), "userId": "user-9"}).to_string();
    let key = ServiceAccountKey::from_json(&key_json).expect("key file");
    assert!(
        !format!("{key:?}").contains("PRIVATE KEY"),
        "the key never shows in Debug"
    );

    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/v2/token"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"access_token": "jwt-at", "expires_in": 3600})),
        )
        .expect(1)
        .mount(&server)
        .await;
    mount_api(&server, "jwt-at", 1).await;
    let profile = JwtProfile::new(server.uri(), key).expect("valid key");
    let zitadel = ZitadelClient::builder()
        .base_url(server.uri())
        .token_source(profile)
        .build()
        .expect("config");
    zitadel
        .get_idp_by_id_v2()
        .id("1")
        .send()
        .await
        .expect("call");

    let fields = form(&token_requests(&server).await[0]);
    assert_eq!(
        fields.get("grant_type").map(String::as_str),
        Some("urn:ietf:params:oauth:grant-type:jwt-bearer")
    );
    let assertion = fields.get("assertion").expect("assertion");
    let parts: Vec<&str> = assertion.split('.').collect();
    assert_eq!(parts.len(), 3);
    let decode = |p: &str| -> Value {
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(p).expect("base64url")).expect("JSON")
    };
    let (head, claims) = (decode(parts[0]), decode(parts[1]));
    assert_eq!(head, json!({"alg": "RS256", "kid": "kid-1"}));
    assert_eq!(claims["iss"], "user-9");
    assert_eq!(claims["sub"], "user-9");
    assert_eq!(claims["aud"], server.uri());
    assert_eq!(
        claims["exp"]
            .as_u64()
            .zip(claims["iat"].as_u64())
            .map(|(e, i)| e - i),
        Some(3600)
    );
    let verifier = rsa::pkcs1v15::VerifyingKey::<sha2::Sha256>::new(private.to_public_key());
    let signature = rsa::pkcs1v15::Signature::try_from(
        URL_SAFE_NO_PAD.decode(parts[2]).expect("sig").as_slice(),
    )
    .expect("sig");
    verifier
        .verify(format!("{}.{}", parts[0], parts[1]).as_bytes(), &signature)
        .expect("signature verifies");
}

#[test]
fn bad_key_files_are_refused_with_a_message() {
    assert!(ServiceAccountKey::from_json("{}").is_err());
    let key = ServiceAccountKey::new(
        "kid",
        "user",
        "-----BEGIN RSA PRIVATE KEY-----\nnope\n-----END RSA PRIVATE KEY-----\n",
    );
    let err = JwtProfile::new("https://x.zitadel.cloud", key).expect_err("not a key");
    assert!(err.to_string().contains("not an RSA private key"), "{err}");
}

#[tokio::test]
async fn the_v2_services_use_the_same_token_source_and_cache() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/v2/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"access_token": "at-v2", "token_type": "Bearer", "expires_in": 43199}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    mount_api(&server, "at-v2", 1).await;
    Mock::given(method("POST"))
        .and(path("/zitadel.user.v2.UserService/GetUserByID"))
        .and(header("authorization", "Bearer at-v2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"user": {"userId": "7"}})))
        .expect(1)
        .mount(&server)
        .await;
    let source = ClientCredentials::new(server.uri(), "svc@proj", "client-secret-for-tests");
    let zitadel = ZitadelClient::builder()
        .base_url(server.uri())
        .token_source(source)
        .build()
        .expect("config");
    zitadel
        .get_idp_by_id_v2()
        .id("1")
        .send()
        .await
        .expect("v1 client call");
    let user = zitadel
        .v2()
        .get_user_by_id()
        .body(apifleet_zitadel::v2::types::GetUserByIdRequest {
            user_id: Some("7".into()),
        })
        .send()
        .await
        .expect("v2 call")
        .into_inner();
    assert_eq!(user.user.and_then(|u| u.user_id).as_deref(), Some("7"));
    assert_eq!(token_requests(&server).await.len(), 1, "one token for both");
}
