//! What user action signing costs end to end: a signed Dfns write through the client (init, sign,
//! action, write: three requests and one signature) against the identical write sent unsigned to a
//! stand-in that accepts unsigned writes (one request). `cargo bench -p apifleet-e2e --bench dfns_write`.
//!
//! - `signed_update/<algorithm>`: `update_service_account` through `DfnsClient` with a `KeySigner`.
//! - `unsigned_update`: the same PUT, same body and token, written by hand with reqwest.
//! - `read`: `get_service_account` through the client (one request, no signing), for scale.

use apifleet::dfns::{DfnsClient, KeySigner, types};
use apifleet_e2e::keys::{Algorithm, key_pair};
use apifleet_sandbox::dfns::{DfnsSandbox, DfnsSandboxConfig};
use std::sync::OnceLock;

const CRED: &str = "cr-bench";

struct Fixture {
    runtime: tokio::runtime::Runtime,
    /// Signed stand-in, one client per algorithm, and the account they update.
    clients: Vec<(Algorithm, DfnsClient, String)>,
    /// The unsigned stand-in, a raw client and the account there.
    unsigned_base: String,
    unsigned_account: String,
    raw: reqwest::Client,
    _sandboxes: Vec<DfnsSandbox>,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap_or_else(|e| panic!("{e}"));
        let parts = runtime.block_on(async {
            let mut sandboxes = Vec::new();
            let mut clients = Vec::new();
            for algorithm in [Algorithm::Ed25519, Algorithm::P256, Algorithm::Rsa] {
                let (private, public) = key_pair(algorithm);
                let sandbox =
                    DfnsSandbox::start(DfnsSandboxConfig::default().credential(CRED, public))
                        .await
                        .unwrap_or_else(|e| panic!("{e}"));
                let client = signing_client(&sandbox, &private);
                let account = create(&client).await;
                clients.push((algorithm, client, account));
                sandboxes.push(sandbox);
            }
            let (private, public) = key_pair(Algorithm::Ed25519);
            let unsigned = DfnsSandbox::start(
                DfnsSandboxConfig::default()
                    .credential(CRED, public)
                    .accept_unsigned_writes(true),
            )
            .await
            .unwrap_or_else(|e| panic!("{e}"));
            let unsigned_account = create(&signing_client(&unsigned, &private)).await;
            let unsigned_base = unsigned.base_url();
            sandboxes.push(unsigned);
            (clients, unsigned_base, unsigned_account, sandboxes)
        });
        let (clients, unsigned_base, unsigned_account, sandboxes) = parts;
        Fixture {
            runtime,
            clients,
            unsigned_base,
            unsigned_account,
            raw: reqwest::Client::new(),
            _sandboxes: sandboxes,
        }
    })
}

fn signing_client(sandbox: &DfnsSandbox, private_pem: &str) -> DfnsClient {
    DfnsClient::builder()
        .base_url(sandbox.base_url())
        .auth_token("bench-token")
        .signer(KeySigner::from_pem(CRED, private_pem).unwrap_or_else(|e| panic!("{e}")))
        .build()
        .unwrap_or_else(|e| panic!("{e}"))
}

async fn create(client: &DfnsClient) -> String {
    let body = types::CreateServiceAccountRequest::builder()
        .name("bench-bot")
        .public_key("-----BEGIN PUBLIC KEY-----\nbench\n-----END PUBLIC KEY-----\n");
    client
        .create_service_account()
        .body(body)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .into_inner()
        .user_info
        .user_id
        .to_string()
}

fn rename() -> types::builder::UpdateServiceAccountRequest {
    types::UpdateServiceAccountRequest::builder().name(Some(
        "renamed-bot".parse().unwrap_or_else(|e| panic!("{e}")),
    ))
}

fn main() {
    divan::main();
}

#[divan::bench(args = ["Ed25519", "P256", "Rsa"])]
fn signed_update(algorithm: &str) -> types::ServiceAccount {
    let f = fixture();
    let (_, client, account) = f
        .clients
        .iter()
        .find(|(a, _, _)| format!("{a:?}") == algorithm)
        .unwrap_or_else(|| panic!("no client for {algorithm}"));
    f.runtime
        .block_on(async {
            client
                .update_service_account()
                .service_account_id(account.as_str())
                .body(rename())
                .send()
                .await
                .map(|r| r.into_inner())
        })
        .unwrap_or_else(|e| panic!("{e}"))
}

#[divan::bench]
fn unsigned_update() -> types::ServiceAccount {
    let f = fixture();
    f.runtime
        .block_on(async {
            f.raw
                .put(format!(
                    "{}/auth/service-accounts/{}",
                    f.unsigned_base, f.unsigned_account
                ))
                .header("authorization", "Bearer bench-token")
                .header("content-type", "application/json")
                .body(r#"{"name":"renamed-bot"}"#)
                .send()
                .await?
                .error_for_status()?
                .json::<types::ServiceAccount>()
                .await
        })
        .unwrap_or_else(|e| panic!("{e}"))
}

#[divan::bench]
fn read() -> types::ServiceAccount {
    let f = fixture();
    let (_, client, account) = &f.clients[0];
    f.runtime
        .block_on(async {
            client
                .get_service_account()
                .service_account_id(account.as_str())
                .send()
                .await
                .map(|r| r.into_inner())
        })
        .unwrap_or_else(|e| panic!("{e}"))
}
