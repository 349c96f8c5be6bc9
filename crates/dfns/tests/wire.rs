//! Wire tests: the signed-write sequence byte for byte, unsigned reads, every operation's method and
//! path, Dfns' error shapes, the 202 outcome, legacy headers, and refusals before anything is sent.

use apifleet_dfns::{DfnsClient, ErrorExt as _, ErrorKind, KeySigner, types};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ed25519_dalek::Verifier as _;
use ed25519_dalek::pkcs8::EncodePrivateKey as _;
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const TOKEN: &str = "dfns-token-for-tests";
const CRED: &str = "Y2ktM2J2YnEtdWF1bDctOG8zYmFrY2d2b2xhZTUzYg";
const CHALLENGE: &str = "Y2gtNzloaHQtbXJlb2stOGFwOHFtMmVpZWZ0amxhZw";

fn key() -> ed25519_dalek::SigningKey {
    ed25519_dalek::SigningKey::from_bytes(&[42u8; 32])
}

fn client(server: &MockServer) -> DfnsClient {
    let pem = key()
        .to_pkcs8_pem(p256::pkcs8::LineEnding::LF)
        .expect("PEM");
    DfnsClient::builder()
        .base_url(server.uri())
        .auth_token(TOKEN)
        .signer(KeySigner::from_pem(CRED, &pem).expect("key"))
        .build()
        .expect("config")
}

/// Mounts `/auth/action/init` (allowing `allowed`) and `/auth/action` (answering `ua-1`).
async fn mount_signing(server: &MockServer, allowed: &str) {
    Mock::given(method("POST"))
        .and(path("/auth/action/init"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "challenge": CHALLENGE, "challengeIdentifier": "eyJ0eXAiOiJKV1QifQ.ci",
            "allowCredentials": {"key": [{"type": "public-key", "id": allowed}], "webauthn": []},
            "supportedCredentialKinds": [{"kind": "Key", "factor": "first", "requiresSecondFactor": false}],
            "userVerification": "required", "attestation": "none", "externalAuthenticationUrl": ""
        })))
        .mount(server)
        .await;
    Mock::given(method("POST"))
        .and(path("/auth/action"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"userAction": "ua-1"})))
        .mount(server)
        .await;
}

async fn requests(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.unwrap_or_default()
}

fn header<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

/// An access token as Dfns returns it, with every field its document requires.
fn access_token(kind: &str, active: bool) -> Value {
    json!({"tokenId": "to-1", "kind": kind, "isActive": active, "dateCreated": "2024-05-01T10:00:00.000Z",
           "credId": "cr-1", "linkedUserId": "us-1", "linkedAppId": "", "name": "t", "orgId": "or-1",
           "permissionAssignments": [], "publicKey": "SHA256:pk"})
}

fn service_account() -> Value {
    let mut token = access_token("ServiceAccount", true);
    token["accessToken"] = json!("secret-once");
    json!({"userInfo": {"userId": "us-1", "username": "ci-bot", "name": "ci-bot", "kind": "CustomerEmployee",
                        "credentialUuid": "cr-1", "orgId": "or-1", "isActive": true, "isServiceAccount": true,
                        "isRegistered": true, "permissionAssignments": []},
           "accessTokens": [token]})
}

#[tokio::test]
async fn a_signed_write_signs_exactly_the_bytes_it_sends() {
    let server = MockServer::start().await;
    mount_signing(&server, CRED).await;
    Mock::given(method("POST"))
        .and(path("/auth/service-accounts"))
        .respond_with(ResponseTemplate::new(200).set_body_json(service_account()))
        .expect(1)
        .mount(&server)
        .await;
    let body = types::CreateServiceAccountRequest::builder()
        .name("ci-bot ✓")
        .public_key("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n")
        .external_id(Some("ext-1".to_string()));
    let created = client(&server)
        .create_service_account()
        .body(body)
        .send()
        .await
        .expect("200")
        .into_inner();
    assert_eq!(created.user_info.user_id.as_str(), "us-1");
    assert_eq!(
        created.access_tokens[0].access_token.as_deref(),
        Some("secret-once")
    );

    let sent = requests(&server).await;
    let lines: Vec<String> = sent
        .iter()
        .map(|r| format!("{} {}", r.method, r.url.path()))
        .collect();
    assert_eq!(
        lines,
        [
            "POST /auth/action/init",
            "POST /auth/action",
            "POST /auth/service-accounts"
        ]
    );
    for r in &sent {
        assert_eq!(
            header(r, "authorization"),
            Some(format!("Bearer {TOKEN}").as_str())
        );
        assert_eq!(header(r, "x-dfns-appid"), None, "legacy headers are opt-in");
    }
    let init: Value = serde_json::from_slice(&sent[0].body).expect("JSON");
    let write_body = String::from_utf8(sent[2].body.clone()).expect("UTF-8");
    assert_eq!(
        init["userActionPayload"].as_str(),
        Some(write_body.as_str()),
        "payload == bytes sent"
    );
    assert_eq!(init["userActionHttpMethod"], "POST");
    assert_eq!(init["userActionHttpPath"], "/auth/service-accounts");
    assert_eq!(init["userActionServerKind"], "Api");

    let sign: Value = serde_json::from_slice(&sent[1].body).expect("JSON");
    assert_eq!(sign["challengeIdentifier"], "eyJ0eXAiOiJKV1QifQ.ci");
    assert_eq!(sign["firstFactor"]["kind"], "Key");
    let assertion = &sign["firstFactor"]["credentialAssertion"];
    assert_eq!(assertion["credId"], CRED);
    assert!(
        assertion.get("algorithm").is_none(),
        "absent optionals are omitted, not null"
    );
    let client_data_b64 = assertion["clientData"].as_str().expect("clientData");
    assert!(!client_data_b64.contains('='), "no padding");
    let client_data = URL_SAFE_NO_PAD.decode(client_data_b64).expect("base64url");
    assert_eq!(
        client_data,
        format!(r#"{{"type":"key.get","challenge":"{CHALLENGE}"}}"#).into_bytes()
    );
    let signature = URL_SAFE_NO_PAD
        .decode(assertion["signature"].as_str().expect("signature"))
        .expect("base64url");
    let signature = ed25519_dalek::Signature::from_slice(&signature).expect("64 bytes");
    key()
        .verifying_key()
        .verify(&client_data, &signature)
        .expect("signature over the exact clientData");

    assert_eq!(header(&sent[2], "x-dfns-useraction"), Some("ua-1"));
    assert_eq!(header(&sent[2], "content-type"), Some("application/json"));
}

#[tokio::test]
async fn a_write_without_a_body_signs_the_empty_payload_and_sends_no_body() {
    let server = MockServer::start().await;
    mount_signing(&server, CRED).await;
    Mock::given(method("PUT"))
        .and(path("/auth/pats/to-1/deactivate"))
        .respond_with(ResponseTemplate::new(200).set_body_json(access_token("Pat", false)))
        .expect(1)
        .mount(&server)
        .await;
    let token = client(&server)
        .deactivate_personal_access_token()
        .token_id("to-1")
        .send()
        .await
        .expect("200")
        .into_inner();
    assert!(!token.is_active);
    let sent = requests(&server).await;
    let init: Value = serde_json::from_slice(&sent[0].body).expect("JSON");
    assert_eq!(init["userActionPayload"], "");
    assert_eq!(init["userActionHttpMethod"], "PUT");
    assert_eq!(init["userActionHttpPath"], "/auth/pats/to-1/deactivate");
    assert!(sent[2].body.is_empty());
}

#[tokio::test]
#[allow(deprecated)]
async fn the_seed_update_application_is_a_signed_put_and_decodes_the_seed_answer() {
    let server = MockServer::start().await;
    mount_signing(&server, CRED).await;
    let seed = json!({
        "appId": "ap-4s6se-e2t7n-89gfg50iaos73pm6", "kind": "ServerSideApplication", "orgId": "or-yanke-mars-6ulofamogg8fs87v",
        "expectedRpId": "localhost", "expectedOrigin": "http://localhost:3000", "name": "My new App Name", "isActive": true,
        "permissionAssignments": [{"permissionId": "pm-lit-yanke-46bfekf1548aeph4", "permissionName": "WalletAdmin", "assignmentId": "",
                                   "operations": ["Auth:Action:Sign", "Wallets:Read"]}],
        "accessTokens": [{"dateCreated": "2023-04-11T16:38:55.098Z", "credId": "Y2ktM2J2YnEtdWF1bDctOG8zYmFrY2d2b2xhZTUzYg",
                          "isActive": true, "kind": "Application", "linkedAppId": "ap-4s6se-e2t7n-89gfg50iaos73pm6", "linkedUserId": "",
                          "name": "Codys Localhost Server-Side App", "orgId": "or-yanke-mars-6ulofamogg8fs87v", "permissionAssignments": [],
                          "publicKey": "SHA256:lH6mAX/74SbWzSjwNBFapwJsUdccVQzA8yj7K8/R5eo", "tokenId": "to-3oona-vc575-9ueb17f2t4uq0m9b"}]
    });
    Mock::given(method("PUT"))
        .and(path("/auth/apps/ap-7pdin-482de-87l94d8909f9lve0"))
        .respond_with(ResponseTemplate::new(200).set_body_json(&seed))
        .expect(1)
        .mount(&server)
        .await;
    let body = types::UpdateApplicationRequest::builder()
        .name(Some("My new Application name".parse().expect("non-empty")))
        .external_id(Some("my_internal_id".to_string()));
    let app = client(&server)
        .update_application()
        .app_id("ap-7pdin-482de-87l94d8909f9lve0")
        .body(body)
        .send()
        .await
        .expect("200")
        .into_inner();
    assert_eq!(
        app.kind,
        apifleet_dfns::ApplicationKind::ServerSideApplication
    );
    assert_eq!(
        app.access_tokens[0].kind,
        apifleet_dfns::AccessTokenKind::Application
    );
    assert_eq!(app.permission_assignments[0].assignment_id, "");
    let sent = requests(&server).await;
    assert_eq!(
        String::from_utf8_lossy(&sent[2].body),
        r#"{"externalId":"my_internal_id","name":"My new Application name"}"#
    );
}

#[tokio::test]
#[allow(deprecated)]
async fn reads_are_not_signed_and_every_operation_has_its_method_and_path() {
    // (method, path, signed)
    let cases: [(&str, &str, bool); 22] = [
        ("GET", "/auth/apps", false),
        ("POST", "/auth/apps", true),
        ("GET", "/auth/apps/ap-1", false),
        ("PUT", "/auth/apps/ap-1/activate", true),
        ("PUT", "/auth/apps/ap-1/deactivate", true),
        ("DELETE", "/auth/apps/ap-1", true),
        ("GET", "/auth/service-accounts", false),
        ("GET", "/auth/service-accounts/us-1", false),
        ("PUT", "/auth/service-accounts/us-1", true),
        ("PUT", "/auth/service-accounts/us-1/activate", true),
        ("PUT", "/auth/service-accounts/us-1/deactivate", true),
        ("DELETE", "/auth/service-accounts/us-1", true),
        ("GET", "/auth/pats", false),
        ("POST", "/auth/pats", true),
        ("GET", "/auth/pats/to-1", false),
        ("PUT", "/auth/pats/to-1", true),
        ("PUT", "/auth/pats/to-1/activate", true),
        ("DELETE", "/auth/pats/to-1", true),
        ("POST", "/auth/action/init", false),
        ("POST", "/auth/action", false),
        ("POST", "/auth/service-accounts", true),
        ("PUT", "/auth/apps/ap-1", true),
    ];
    let app = json!({"appId": "ap-1", "kind": "ClientSideApplication", "orgId": "or-1", "name": "a", "isActive": true,
                     "permissionAssignments": [], "accessTokens": []});
    let pat = access_token("Pat", true);
    for (i, (verb, route, signed)) in cases.into_iter().enumerate() {
        let server = MockServer::start().await;
        if signed {
            mount_signing(&server, CRED).await;
        }
        let answer = match route {
            r if r.starts_with("/auth/apps") && verb == "GET" && r == "/auth/apps" => {
                json!({"items": [app.clone()]})
            }
            r if r.starts_with("/auth/apps") => app.clone(),
            "/auth/service-accounts" if verb == "GET" => json!({"items": []}),
            r if r.starts_with("/auth/service-accounts") => service_account(),
            "/auth/pats" if verb == "GET" => json!({"items": [pat.clone()]}),
            // Creation answers the token once, with its secret.
            "/auth/pats" => {
                let mut created = pat.clone();
                created["accessToken"] = json!("secret-once");
                created
            }
            r if r.starts_with("/auth/pats") => pat.clone(),
            "/auth/action/init" => {
                json!({"challenge": "c", "challengeIdentifier": "i", "allowCredentials": {"key": [], "webauthn": []},
                       "supportedCredentialKinds": [], "userVerification": "required", "attestation": "none",
                       "externalAuthenticationUrl": ""})
            }
            _ => json!({"userAction": "u"}),
        };
        Mock::given(method(verb))
            .and(path(route))
            .respond_with(ResponseTemplate::new(200).set_body_json(answer))
            .expect(1)
            .mount(&server)
            .await;
        let d = client(&server);
        let e = apifleet_dfns::Error::from;
        let new_app = types::CreateApplicationRequest::ClientSideApplication(
            types::CreateClientSideApplication::builder()
                .kind(types::CreateClientSideApplicationKind::ClientSideApplication)
                .name("a")
                .relying_party_id("app.example.com")
                .origin("https://app.example.com")
                .try_into()
                .expect("valid"),
        );
        let status = match i {
            0 => d
                .list_applications()
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            1 => d
                .create_application()
                .body(new_app)
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            2 => d
                .get_application()
                .app_id("ap-1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            3 => d
                .activate_application()
                .app_id("ap-1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            4 => d
                .deactivate_application()
                .app_id("ap-1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            5 => d
                .archive_application()
                .app_id("ap-1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            6 => d
                .list_service_accounts()
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            7 => d
                .get_service_account()
                .service_account_id("us-1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            8 => d
                .update_service_account()
                .service_account_id("us-1")
                .body(types::UpdateServiceAccountRequest::default())
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            9 => d
                .activate_service_account()
                .service_account_id("us-1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            10 => d
                .deactivate_service_account()
                .service_account_id("us-1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            11 => d
                .archive_service_account()
                .service_account_id("us-1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            12 => d
                .list_personal_access_tokens()
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            13 => d
                .create_personal_access_token()
                .body(
                    types::CreatePersonalAccessTokenRequest::builder()
                        .name("t")
                        .public_key("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n")
                        .seconds_valid(Some(std::num::NonZeroU64::new(60).expect("60"))),
                )
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            14 => d
                .get_personal_access_token()
                .token_id("to-1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            15 => d
                .update_personal_access_token()
                .token_id("to-1")
                .body(types::UpdateServiceAccountRequest::default())
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            16 => d
                .activate_personal_access_token()
                .token_id("to-1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            17 => d
                .archive_personal_access_token()
                .token_id("to-1")
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            18 => d
                .create_user_action_challenge()
                .body(
                    types::UserActionInitRequest::builder()
                        .user_action_payload("")
                        .user_action_http_method("GET")
                        .user_action_http_path("/x"),
                )
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            19 => {
                let factor = types::KeyFactor::builder()
                    .kind(types::KeyFactorKind::Key)
                    .credential_assertion(
                        types::KeyAssertion::builder()
                            .cred_id("c")
                            .client_data("d")
                            .signature("s"),
                    );
                let factor: types::KeyFactor = factor.try_into().expect("valid");
                d.sign_user_action()
                    .body(
                        types::UserActionRequest::builder()
                            .challenge_identifier("i")
                            .first_factor(types::FirstFactor::KeyFactor(factor)),
                    )
                    .send()
                    .await
                    .map(|r| r.status())
                    .map_err(e)
            }
            20 => d
                .create_service_account()
                .body(
                    types::CreateServiceAccountRequest::builder()
                        .name("n")
                        .public_key("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n"),
                )
                .send()
                .await
                .map(|r| r.status())
                .map_err(e),
            _ => d
                .update_application()
                .app_id("ap-1")
                .body(types::UpdateApplicationRequest::default())
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
        let sent = requests(&server).await;
        let last = sent.last().expect("the operation");
        assert_eq!((last.method.as_str(), last.url.path()), (verb, route));
        assert_eq!(sent.len(), if signed { 3 } else { 1 }, "{verb} {route}");
        assert_eq!(
            header(last, "x-dfns-useraction").is_some(),
            signed,
            "{verb} {route}"
        );
    }
}

// ------------------------------------------------------------------ refusals: nothing is written

#[tokio::test]
async fn a_credential_outside_allow_credentials_is_refused_before_signing() {
    let server = MockServer::start().await;
    mount_signing(&server, "some-other-credential").await;
    let err = client(&server)
        .activate_service_account()
        .service_account_id("us-1")
        .send()
        .await
        .expect_err("refused");
    let err = apifleet_dfns::Error::from(err);
    assert!(
        matches!(err, apifleet_dfns::Error::InvalidRequest(_)),
        "{err:?}"
    );
    assert!(err.to_string().contains("some-other-credential"), "{err}");
    let paths: Vec<String> = requests(&server)
        .await
        .iter()
        .map(|r| r.url.path().to_string())
        .collect();
    assert_eq!(paths, ["/auth/action/init"], "neither signed nor written");
}

#[tokio::test]
async fn a_write_without_a_signer_is_refused_and_nothing_is_sent() {
    let server = MockServer::start().await;
    let dfns = DfnsClient::builder()
        .base_url(server.uri())
        .auth_token(TOKEN)
        .build()
        .expect("config");
    let err = apifleet_dfns::Error::from(
        dfns.activate_service_account()
            .service_account_id("us-1")
            .send()
            .await
            .expect_err("refused"),
    );
    assert!(
        err.to_string().contains("needs a signed user action"),
        "{err}"
    );
    assert!(requests(&server).await.is_empty());
}

#[tokio::test]
async fn a_challenge_missing_fields_is_a_typed_error_and_nothing_is_written() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/auth/action/init"))
        .respond_with(
            ResponseTemplate::new(200)
                // Everything but `challengeIdentifier`.
                .set_body_json(json!({"challenge": "c", "allowCredentials": {"key": [], "webauthn": []},
                                      "supportedCredentialKinds": [], "userVerification": "required",
                                      "attestation": "none", "externalAuthenticationUrl": ""})),
        )
        .mount(&server)
        .await;
    let err = apifleet_dfns::Error::from(
        client(&server)
            .activate_service_account()
            .service_account_id("us-1")
            .send()
            .await
            .expect_err("bad"),
    );
    assert!(
        matches!(err, apifleet_dfns::Error::InvalidResponse { .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("challengeIdentifier"), "{err}");
    assert_eq!(requests(&server).await.len(), 1);
}

#[tokio::test]
async fn a_refused_challenge_request_keeps_status_and_message() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/auth/action/init"))
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(json!({"error": {"message": "Not Authorized."}})),
        )
        .mount(&server)
        .await;
    let err = apifleet_dfns::Error::from(
        client(&server)
            .activate_service_account()
            .service_account_id("us-1")
            .send()
            .await
            .expect_err("401"),
    );
    assert_eq!(err.kind(), Some(ErrorKind::Unauthorized));
    assert!(err.to_string().contains("Not Authorized."), "{err}");
}

// ------------------------------------------------------------------ answers

#[tokio::test]
async fn a_policy_approval_is_a_distinct_pending_outcome() {
    let server = MockServer::start().await;
    mount_signing(&server, CRED).await;
    Mock::given(method("PUT"))
        .and(path("/auth/service-accounts/us-1/deactivate"))
        .respond_with(
            ResponseTemplate::new(202)
                .set_body_json(json!({"id": "ap-2k3j4-pending", "status": "Pending"})),
        )
        .mount(&server)
        .await;
    let err = apifleet_dfns::Error::from(
        client(&server)
            .deactivate_service_account()
            .service_account_id("us-1")
            .send()
            .await
            .expect_err("202"),
    );
    assert!(
        matches!(err, apifleet_dfns::Error::Pending { .. }),
        "{err:?}"
    );
    let pending = err.policy_pending().expect("pending approval");
    assert_eq!(pending.approval_id.as_deref(), Some("ap-2k3j4-pending"));
    assert_eq!(pending.body["status"], "Pending");
    assert_eq!(err.kind(), None, "not an error status");
}

#[tokio::test]
async fn both_error_shapes_are_typed() {
    for (body, message) in [
        (
            json!({"error": {"id": "e-1", "status": 400, "message": "user action has already been used"}}),
            "user action has already been used",
        ),
        (
            json!({"message": "Fast auth is disabled", "details": {"kind": "FastAuthDisabled"}}),
            "Fast auth is disabled",
        ),
    ] {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(400).set_body_json(&body))
            .mount(&server)
            .await;
        let err = apifleet_dfns::Error::from(
            client(&server)
                .list_service_accounts()
                .send()
                .await
                .expect_err("400"),
        );
        assert_eq!(err.kind(), Some(ErrorKind::BadRequest));
        assert_eq!(err.body().and_then(|b| b.message.as_deref()), Some(message));
    }
}

#[tokio::test]
async fn legacy_headers_are_sent_when_asked_for() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"items": []})))
        .mount(&server)
        .await;
    let dfns = DfnsClient::builder()
        .base_url(server.uri())
        .auth_token(TOKEN)
        .legacy_app_id("ap-legacy")
        .build()
        .expect("config");
    dfns.list_service_accounts().send().await.expect("200");
    let sent = requests(&server).await;
    assert_eq!(header(&sent[0], "x-dfns-appid"), Some("ap-legacy"));
    let nonce = URL_SAFE_NO_PAD
        .decode(header(&sent[0], "x-dfns-nonce").expect("nonce"))
        .expect("base64url");
    let text = String::from_utf8(nonce).expect("UTF-8");
    assert!(
        text.starts_with("{\"uuid\":\"")
            && text.contains("\",\"date\":\"")
            && text.ends_with("Z\"}"),
        "{text}"
    );
}

#[test]
fn secrets_stay_out_of_debug_output() {
    let pem = key()
        .to_pkcs8_pem(p256::pkcs8::LineEnding::LF)
        .expect("PEM");
    let builder = DfnsClient::builder()
        .auth_token("tok-SENTINEL")
        .signer(KeySigner::from_pem(CRED, &pem).expect("key"));
    let shown = format!("{builder:?} {:?}", builder.clone().build().expect("config"));
    assert!(
        !shown.contains("SENTINEL") && !shown.contains("PRIVATE KEY"),
        "{shown}"
    );
}

#[tokio::test]
async fn a_retried_signed_write_is_signed_again() {
    let server = MockServer::start().await;
    mount_signing(&server, CRED).await;
    Mock::given(method("PUT"))
        .and(path("/auth/pats/to-1/activate"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path("/auth/pats/to-1/activate"))
        .respond_with(ResponseTemplate::new(200).set_body_json(access_token("Pat", true)))
        .mount(&server)
        .await;
    let pem = key()
        .to_pkcs8_pem(p256::pkcs8::LineEnding::LF)
        .expect("PEM");
    let policy = apifleet_runtime::retry::RetryPolicy {
        max_attempts: 2,
        min_delay: std::time::Duration::from_millis(1),
        max_delay: std::time::Duration::from_millis(2),
        ..Default::default()
    };
    let dfns = DfnsClient::builder()
        .base_url(server.uri())
        .auth_token(TOKEN)
        .signer(KeySigner::from_pem(CRED, &pem).expect("key"))
        .retry(policy)
        .build()
        .expect("config");
    dfns.activate_personal_access_token()
        .token_id("to-1")
        .send()
        .await
        .expect("the retry succeeds");
    let paths: Vec<String> = requests(&server)
        .await
        .iter()
        .map(|r| format!("{} {}", r.method, r.url.path()))
        .collect();
    assert_eq!(
        paths,
        [
            "POST /auth/action/init",
            "POST /auth/action",
            "PUT /auth/pats/to-1/activate",
            "POST /auth/action/init",
            "POST /auth/action",
            "PUT /auth/pats/to-1/activate"
        ],
        "each attempt has its own user action"
    );
}
