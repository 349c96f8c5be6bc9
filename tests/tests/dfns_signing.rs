//! Dfns user action signing end to end: the sandbox verifies every signature, binds tokens to the
//! exact request, and refuses reuse, absence and tampering.
#![allow(deprecated)] // the seed's Update Application is deprecated upstream and exercised here

use apifleet::dfns::{DfnsClient, ErrorExt as _, ErrorKind, KeySigner, client_data, types};
use apifleet_e2e::dfns_client;
use apifleet_e2e::keys::{Algorithm, key_pair};
use apifleet_sandbox::dfns::{DfnsSandbox, DfnsSandboxConfig};
use base64::Engine as _;
use serde_json::{Value, json};

const CRED: &str = "cr-sandbox-credential";

async fn setup(algorithm: Algorithm) -> (DfnsSandbox, DfnsClient, String) {
    let (private, public) = key_pair(algorithm);
    let sandbox = DfnsSandbox::start(DfnsSandboxConfig::default().credential(CRED, public))
        .await
        .expect("sandbox");
    let client = dfns_client(&sandbox.base_url(), CRED, &private);
    (sandbox, client, private)
}

fn new_account(name: &str) -> types::builder::CreateServiceAccountRequest {
    types::CreateServiceAccountRequest::builder()
        .name(name)
        .public_key("-----BEGIN PUBLIC KEY-----\nsandbox\n-----END PUBLIC KEY-----\n")
}

#[tokio::test]
async fn signed_writes_succeed_with_each_algorithm() {
    for algorithm in [
        Algorithm::Ed25519,
        Algorithm::P256,
        Algorithm::Secp256k1,
        Algorithm::Rsa,
    ] {
        let (sandbox, dfns, _) = setup(algorithm).await;
        let account = dfns
            .create_service_account()
            .body(new_account("ci-bot"))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{algorithm:?}: {e}"));
        let id = account.user_info.user_id.to_string();
        assert!(
            account.access_tokens[0].access_token.is_some(),
            "the token is shown on creation"
        );

        let app = sandbox.add_application("Legacy app");
        let update = types::UpdateApplicationRequest::builder()
            .name(Some("My new Application name".parse().expect("non-empty")))
            .external_id(Some("my_internal_id".to_string()));
        let updated = dfns
            .update_application()
            .app_id(app.as_str())
            .body(update)
            .send()
            .await
            .expect("signed PUT");
        assert_eq!(updated.name, "My new Application name");

        dfns.deactivate_service_account()
            .service_account_id(id.as_str())
            .send()
            .await
            .expect("signed PUT without body");
        let stored = sandbox.object(&id).expect("stored");
        assert_eq!(stored["userInfo"]["isActive"], false, "{algorithm:?}");
    }
}

/// Replays a recorded write with reqwest: the token, method, path and body as given.
async fn replay(
    sandbox: &DfnsSandbox,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: &str,
) -> (u16, Value) {
    let http = reqwest::Client::new();
    let mut request = http
        .request(
            method.parse().expect("method"),
            format!("{}{path}", sandbox.base_url()),
        )
        .bearer_auth("sandbox-token")
        .header("content-type", "application/json")
        .body(body.to_string());
    if let Some(token) = token {
        request = request.header("x-dfns-useraction", token);
    }
    let response = request.send().await.expect("answer");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn a_user_action_token_is_single_use_and_bound_to_the_request() {
    let (sandbox, dfns, _) = setup(Algorithm::Ed25519).await;
    dfns.create_service_account()
        .body(new_account("first"))
        .send()
        .await
        .expect("created");
    let write = sandbox
        .requests()
        .into_iter()
        .find(|r| r.uri == "/auth/service-accounts")
        .expect("recorded");
    let token = write
        .header("x-dfns-useraction")
        .expect("token")
        .to_string();
    let body = String::from_utf8(write.body.clone()).expect("UTF-8");

    let (status, answer) = replay(
        &sandbox,
        "POST",
        "/auth/service-accounts",
        Some(&token),
        &body,
    )
    .await;
    assert_eq!(
        (status, answer["error"]["message"].as_str()),
        (400, Some("user action has already been used"))
    );
    let (status, answer) = replay(&sandbox, "POST", "/auth/service-accounts", None, &body).await;
    assert_eq!(
        (status, answer["error"]["message"].as_str()),
        (403, Some("user action signature is missing or invalid"))
    );
    let (status, _) = replay(
        &sandbox,
        "POST",
        "/auth/service-accounts",
        Some("ua-made-up"),
        &body,
    )
    .await;
    assert_eq!(status, 403);
}

#[tokio::test]
async fn tampering_with_the_body_after_signing_is_rejected() {
    let (sandbox, _, private) = setup(Algorithm::P256).await;
    let http = reqwest::Client::new();
    let base = sandbox.base_url();
    // Both bodies are valid service accounts (the stand-in checks bodies against the spec first).
    const PK: &str = "-----BEGIN PUBLIC KEY-----MCowBQYDK2VwAyEA-----END PUBLIC KEY-----";
    let signed_body = format!(r#"{{"name":"honest","publicKey":"{PK}"}}"#);
    let challenge: Value = http
        .post(format!("{base}/auth/action/init"))
        .bearer_auth("sandbox-token")
        .json(&json!({"userActionPayload": signed_body, "userActionHttpMethod": "POST", "userActionHttpPath": "/auth/service-accounts"}))
        .send()
        .await
        .expect("init")
        .json()
        .await
        .expect("JSON");
    let data = client_data(challenge["challenge"].as_str().expect("challenge"));
    let signature = KeySigner::from_pem(CRED, &private)
        .expect("key")
        .sign_now(&data);
    let b64 = |b: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
    let token: Value = http
        .post(format!("{base}/auth/action"))
        .bearer_auth("sandbox-token")
        .json(&json!({"challengeIdentifier": challenge["challengeIdentifier"], "firstFactor": {"kind": "Key", "credentialAssertion": {"credId": CRED, "clientData": b64(&data), "signature": b64(&signature)}}}))
        .send()
        .await
        .expect("sign")
        .json()
        .await
        .expect("JSON");
    let token = token["userAction"].as_str().expect("token").to_string();
    let tampered = &format!(r#"{{"name":"evil","publicKey":"{PK}"}}"#);
    let (status, answer) = replay(
        &sandbox,
        "POST",
        "/auth/service-accounts",
        Some(&token),
        tampered,
    )
    .await;
    assert_eq!(status, 403, "{answer}");
}

#[tokio::test]
async fn a_signature_by_another_key_is_rejected_at_signing() {
    let (private_other, _) = key_pair(Algorithm::Ed25519);
    let (_, public) = key_pair(Algorithm::Ed25519);
    let sandbox = DfnsSandbox::start(DfnsSandboxConfig::default().credential(CRED, public))
        .await
        .expect("sandbox");
    let dfns = dfns_client(&sandbox.base_url(), CRED, &private_other);
    let err = apifleet::dfns::Error::from(
        dfns.create_service_account()
            .body(new_account("x"))
            .send()
            .await
            .expect_err("bad signature"),
    );
    assert_eq!(err.kind(), Some(ErrorKind::Unauthorized), "{err}");
    assert!(err.to_string().contains("does not verify"), "{err}");
    assert!(
        !sandbox
            .requests()
            .iter()
            .any(|r| r.uri == "/auth/service-accounts"),
        "the write was never sent"
    );
}

#[tokio::test]
async fn a_write_held_for_policy_approval_is_pending_and_changes_nothing() {
    let (sandbox, dfns, _) = setup(Algorithm::Rsa).await;
    sandbox.require_approval(true);
    let err = apifleet::dfns::Error::from(
        dfns.create_personal_access_token()
            .body(
                types::CreatePersonalAccessTokenRequest::builder()
                    .name("t")
                    .public_key(
                        "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n",
                    ),
            )
            .send()
            .await
            .expect_err("202"),
    );
    let pending = err.policy_pending().expect("pending");
    assert!(pending.approval_id.is_some_and(|id| id.starts_with("ap-")));
    let list = dfns
        .list_personal_access_tokens()
        .send()
        .await
        .expect("list");
    assert!(list.items.is_empty(), "nothing was created");
}

/// `POST /auth/action/init` for a made-up wallet creation, as `token`'s user.
async fn init_challenge(base: &str, token: &str) -> Value {
    reqwest::Client::new()
        .post(format!("{base}/auth/action/init"))
        .bearer_auth(token)
        .json(&json!({"userActionPayload": "{}", "userActionHttpMethod": "POST", "userActionHttpPath": "/wallets"}))
        .send()
        .await
        .expect("init")
        .json()
        .await
        .expect("JSON")
}

/// `POST /auth/action` with a Key assertion as the test writes it.
async fn sign_action(
    base: &str,
    token: &str,
    assertion: Value,
    extra: Option<(&str, Value)>,
) -> (u16, Value) {
    let http = reqwest::Client::new();
    let challenge = init_challenge(base, token).await;
    let mut body = json!({"challengeIdentifier": challenge["challengeIdentifier"], "firstFactor": {"kind": "Key", "credentialAssertion": assertion}});
    if let Some((field, value)) = extra {
        body[field] = value;
    }
    let response = http
        .post(format!("{base}/auth/action"))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .expect("sign");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn the_user_action_request_is_held_to_dfns_schema() {
    let (sandbox, _, _) = setup(Algorithm::Ed25519).await;
    let base = sandbox.base_url();
    let assertion = json!({"credId": CRED, "clientData": "e30", "signature": "c2ln"});
    let cases = [
        (
            "an unknown top-level field",
            assertion.clone(),
            Some(("extra", json!(1))),
            "extra",
        ),
        (
            "a null algorithm",
            json!({"credId": CRED, "clientData": "e30", "signature": "c2ln", "algorithm": null}),
            None,
            "/firstFactor",
        ),
        (
            "authenticatorData in a Key assertion",
            json!({"credId": CRED, "clientData": "e30", "signature": "c2ln", "authenticatorData": "AA"}),
            None,
            "/firstFactor",
        ),
        (
            "an empty signature",
            json!({"credId": CRED, "clientData": "e30", "signature": ""}),
            None,
            "/firstFactor",
        ),
    ];
    for (what, assertion, extra, names) in cases {
        let (status, body) = sign_action(&base, "sandbox-token", assertion, extra).await;
        assert_eq!(status, 400, "{what}: {body}");
        let message = body["error"]["message"].as_str().unwrap_or_default();
        assert!(message.contains(names), "{what}: {message}");
    }
}

#[tokio::test]
async fn each_caller_is_offered_and_may_use_only_its_own_credentials() {
    let (alice_private, alice_public) = key_pair(Algorithm::Ed25519);
    let (_, bob_public) = key_pair(Algorithm::Ed25519);
    let (_, shared_public) = key_pair(Algorithm::Ed25519);
    let sandbox = DfnsSandbox::start(
        DfnsSandboxConfig::default()
            .user_credential("alice-token", "cr-alice", alice_public)
            .user_credential("bob-token", "cr-bob", bob_public)
            .credential("cr-default", shared_public),
    )
    .await
    .expect("sandbox");
    let offered = |token: &'static str| {
        let base = sandbox.base_url();
        async move {
            init_challenge(&base, token).await["allowCredentials"]["key"]
                .as_array()
                .expect("a list")
                .iter()
                .map(|c| c["id"].as_str().unwrap_or_default().to_string())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(offered("alice-token").await, ["cr-alice"]);
    assert_eq!(offered("bob-token").await, ["cr-bob"]);
    assert_eq!(offered("anyone-else").await, ["cr-default"]);

    // Bob cannot sign with Alice's credential, even with her valid signature; Alice can.
    let http = reqwest::Client::new();
    let base = sandbox.base_url();
    for (token, expected) in [("bob-token", 401), ("alice-token", 200)] {
        let challenge = init_challenge(&base, token).await;
        let data = client_data(challenge["challenge"].as_str().expect("challenge"));
        let signature = KeySigner::from_pem("cr-alice", &alice_private)
            .expect("key")
            .sign_now(&data);
        let b64 = |b: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
        let response = http
            .post(format!("{base}/auth/action"))
            .bearer_auth(token)
            .json(&json!({"challengeIdentifier": challenge["challengeIdentifier"], "firstFactor": {"kind": "Key", "credentialAssertion": {"credId": "cr-alice", "clientData": b64(&data), "signature": b64(&signature)}}}))
            .send()
            .await
            .expect("sign");
        assert_eq!(response.status().as_u16(), expected, "{token}");
    }
}
