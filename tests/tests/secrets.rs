//! No credential reaches a formatted error, config or client: every kind of failure of every provider
//! is formatted with `Display` and `Debug` and searched for the secrets it was configured with.

use apifleet::{dfns, jtl, zitadel};
use apifleet_e2e::keys::{Algorithm, key_pair};
use apifleet_sandbox::dfns::{DfnsSandbox, DfnsSandboxConfig};
use apifleet_sandbox::jtl::{JtlSandbox, JtlSandboxConfig};
use apifleet_sandbox::zitadel::{ZitadelSandbox, ZitadelSandboxConfig};

const SECRETS: [&str; 4] = [
    "SECRET-TOKEN-71",
    "SECRET-KEY-72",
    "SECRET-CLIENT-73",
    "PRIVATE KEY",
];

fn assert_clean(what: &str, shown: String) {
    for secret in SECRETS {
        assert!(!shown.contains(secret), "{what} shows `{secret}`: {shown}");
    }
}

fn check<E: std::fmt::Display + std::fmt::Debug>(what: &str, error: E) {
    assert_clean(what, format!("{error} {error:?}"));
}

/// An address nothing listens on.
fn closed_port() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
    let addr = listener.local_addr().unwrap_or_else(|e| panic!("{e}"));
    drop(listener);
    format!("http://{addr}")
}

#[tokio::test]
async fn jtl_errors_and_config_never_show_the_token_or_key() {
    let sb = JtlSandbox::start(JtlSandboxConfig::default().accepted_tokens(["other"]))
        .await
        .expect("sandbox");
    let build = |url: String| {
        jtl::JtlClient::builder()
            .base_url(url)
            .bearer_token("SECRET-TOKEN-71")
            .api_key("SECRET-KEY-72")
            .tenant_id(apifleet_e2e::TENANT)
            .retry(apifleet_runtime::retry::RetryPolicy::never())
    };
    assert_clean("builder", format!("{:?}", build(sb.base_url())));
    let client = build(sb.base_url()).build().expect("config");
    assert_clean("client", format!("{client:?}"));
    check(
        "401",
        jtl::Error::from(client.get_info().send().await.expect_err("401")),
    );
    check(
        "invalid request",
        jtl::Error::from(
            client
                .register_app_v2()
                .body(apifleet_e2e::registration("a"))
                .send()
                .await
                .expect_err("no challenge code"),
        ),
    );
    let offline = build(closed_port()).build().expect("config");
    check(
        "transport",
        jtl::Error::from(offline.get_info().send().await.expect_err("refused")),
    );
    let bad = jtl::JtlClient::builder()
        .bearer_token("SECRET-TOKEN-71\n")
        .build()
        .expect_err("bad token");
    check("config error", bad);
}

#[tokio::test]
async fn zitadel_errors_and_token_sources_never_show_secrets() {
    let sb = ZitadelSandbox::start(ZitadelSandboxConfig::default().accepted_tokens(["other"]))
        .await
        .expect("sandbox");
    let client = zitadel::ZitadelClient::builder()
        .base_url(sb.base_url())
        .personal_access_token("SECRET-TOKEN-71")
        .retry(apifleet_runtime::retry::RetryPolicy::never())
        .build()
        .expect("config");
    assert_clean("client", format!("{client:?}"));
    check(
        "401",
        zitadel::Error::from(
            client
                .get_idp_by_id_v2()
                .id("1")
                .send()
                .await
                .expect_err("401"),
        ),
    );

    let credentials = zitadel::ClientCredentials::new(closed_port(), "svc", "SECRET-CLIENT-73");
    assert_clean("client credentials", format!("{credentials:?}"));
    let offline = zitadel::ZitadelClient::builder()
        .base_url(closed_port())
        .token_source(credentials)
        .build()
        .expect("config");
    check(
        "token failure",
        zitadel::Error::from(
            offline
                .get_idp_by_id_v2()
                .id("1")
                .send()
                .await
                .expect_err("no token"),
        ),
    );

    let (private, _) = key_pair(Algorithm::Rsa);
    let key = zitadel::ServiceAccountKey::new("kid", "user", private);
    assert_clean("key file", format!("{key:?}"));
    let profile = zitadel::JwtProfile::new(closed_port(), key).expect("key");
    assert_clean("jwt profile", format!("{profile:?}"));
}

#[tokio::test]
async fn dfns_errors_signers_and_user_actions_never_show_secrets() {
    let (private, public) = key_pair(Algorithm::Ed25519);
    let sb = DfnsSandbox::start(
        DfnsSandboxConfig::default()
            .credential("cred", public)
            .accepted_tokens(["SECRET-TOKEN-71"]),
    )
    .await
    .expect("sandbox");
    let signer = dfns::KeySigner::from_pem("cred", &private).expect("key");
    assert_clean("signer", format!("{signer:?}"));
    let client = dfns::DfnsClient::builder()
        .base_url(sb.base_url())
        .auth_token("SECRET-TOKEN-71")
        .signer(signer)
        .build()
        .expect("config");
    assert_clean("client", format!("{client:?}"));
    sb.require_approval(true);
    let pending = client
        .create_service_account()
        .body(
            dfns::types::CreateServiceAccountRequest::builder()
                .name("n")
                .public_key(
                    "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n",
                ),
        )
        .send()
        .await
        .expect_err("202");
    check("pending", dfns::Error::from(pending));
    let token = sb
        .requests()
        .iter()
        .find_map(|r| r.header("x-dfns-useraction").map(str::to_string))
        .expect("a user action token was sent");
    let missing = client
        .get_service_account()
        .service_account_id("us-none")
        .send()
        .await
        .expect_err("404");
    let shown = format!("{0} {0:?}", dfns::Error::from(missing));
    assert!(
        !shown.contains(&token),
        "the user action token is not shown: {shown}"
    );
    assert_clean("404", shown);
    let unsigned = dfns::DfnsClient::builder()
        .base_url(closed_port())
        .auth_token("SECRET-TOKEN-71")
        .build()
        .expect("config");
    check(
        "transport",
        dfns::Error::from(
            unsigned
                .list_service_accounts()
                .send()
                .await
                .expect_err("refused"),
        ),
    );
    check(
        "signer error",
        dfns::KeySigner::from_pem(
            "cred",
            "-----BEGIN PRIVATE KEY-----\nSECRET-KEY-72\n-----END PRIVATE KEY-----\n",
        )
        .expect_err("bad"),
    );
}
