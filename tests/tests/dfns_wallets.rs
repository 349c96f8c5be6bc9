//! Dfns wallets and signatures end to end against the sandbox: a wallet is created with a signed
//! write, listed page by page, and signs a hash or a message with its own key; the signature
//! verifies offline against the wallet's public key.

use apifleet::dfns::{DfnsClient, Wait, types};
use apifleet_e2e::dfns_client;
use apifleet_e2e::keys::{Algorithm, key_pair};
use apifleet_sandbox::dfns::{DfnsSandbox, DfnsSandboxConfig};
use futures_util::StreamExt as _;
use serde_json::json;

const CRED: &str = "cr-sandbox-wallets";
const HASH: &str = "0x4f7c2a0b6ac7d3c4a1a0cbe2e1f3c1f0f5f6d8e9a2b3c4d5e6f708192a3b4c5d";

async fn setup() -> (DfnsSandbox, DfnsClient) {
    let (private, public) = key_pair(Algorithm::Ed25519);
    let sandbox = DfnsSandbox::start(DfnsSandboxConfig::default().credential(CRED, public))
        .await
        .expect("sandbox");
    let client = dfns_client(&sandbox.base_url(), CRED, &private);
    (sandbox, client)
}

async fn create_wallet(dfns: &DfnsClient, network: &str, name: &str) -> types::Wallet {
    let body: types::CreateWalletBody =
        serde_json::from_value(json!({"network": network, "name": name})).expect("a valid body");
    dfns.create_wallet()
        .body(body)
        .send()
        .await
        .expect("created")
        .into_inner()
}

fn unhex(text: &str) -> Vec<u8> {
    let text = text.trim_start_matches("0x");
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex"))
        .collect()
}

async fn sign(dfns: &DfnsClient, key_id: &str, body: serde_json::Value) -> types::SignatureRequest {
    let body: types::GenerateKeySignatureRequest = serde_json::from_value(body).expect("valid");
    dfns.generate_key_signature()
        .key_id(key_id)
        .body(body)
        .send()
        .await
        .expect("signed")
        .into_inner()
}

#[tokio::test]
async fn an_evm_wallet_signs_a_hash_that_verifies_with_its_public_key() {
    let (sandbox, dfns) = setup().await;
    let _conformance = apifleet_e2e::Conformant::new(sandbox.traffic());
    let wallet = create_wallet(&dfns, "EthereumSepolia", "treasury").await;
    assert_eq!(wallet.signing_key.curve.to_string(), "secp256k1");
    let request = sign(
        &dfns,
        &wallet.signing_key.id,
        json!({"kind": "Hash", "hash": HASH}),
    )
    .await;
    assert_eq!(request.status, types::SignatureStatus::Signed);
    let signature = request.signature.as_ref().expect("a signature");

    use k256::ecdsa::signature::hazmat::PrehashVerifier as _;
    let public = k256::ecdsa::VerifyingKey::from_sec1_bytes(&unhex(&wallet.signing_key.public_key))
        .expect("a secp256k1 public key");
    let mut rs = unhex(&signature.r);
    rs.extend(unhex(&signature.s));
    let parsed = k256::ecdsa::Signature::from_slice(&rs).expect("r || s");
    public
        .verify_prehash(&unhex(HASH), &parsed)
        .expect("the signature verifies with the wallet's public key");
    // Not a signature over another hash.
    let mut other = unhex(HASH);
    other[0] ^= 1;
    assert!(public.verify_prehash(&other, &parsed).is_err());

    // The signed write carried a user action: init, sign, write for each of the two writes.
    let paths: Vec<String> = sandbox.requests().into_iter().map(|r| r.uri).collect();
    assert_eq!(
        paths
            .iter()
            .filter(|p| p.as_str() == "/auth/action/init")
            .count(),
        2,
        "{paths:?}"
    );
    // Reading it back is already settled.
    let read = dfns
        .wait_until_signed(&wallet.signing_key.id, &request.id, Wait::default())
        .await
        .expect("signed");
    assert_eq!(read.id, request.id);
}

#[tokio::test]
async fn a_solana_wallet_signs_a_message_with_ed25519() {
    let (_sandbox, dfns) = setup().await;
    let _conformance = apifleet_e2e::Conformant::new(_sandbox.traffic());
    let wallet = create_wallet(&dfns, "SolanaDevnet", "payouts").await;
    assert_eq!(wallet.signing_key.curve.to_string(), "ed25519");
    let message = "0x68656c6c6f2064666e73"; // "hello dfns"
    let request = sign(
        &dfns,
        &wallet.signing_key.id,
        json!({"kind": "Message", "message": message}),
    )
    .await;
    let signature = request.signature.as_ref().expect("a signature");
    let key: [u8; 32] = unhex(&wallet.signing_key.public_key)
        .try_into()
        .expect("32 bytes");
    let public = ed25519_dalek::VerifyingKey::from_bytes(&key).expect("an Ed25519 key");
    let mut bytes = unhex(&signature.r);
    bytes.extend(unhex(&signature.s));
    let parsed = ed25519_dalek::Signature::from_slice(&bytes).expect("64 bytes");
    public
        .verify_strict(&unhex(message), &parsed)
        .expect("verifies");
}

#[tokio::test]
async fn wallets_are_listed_page_by_page() {
    let (_sandbox, dfns) = setup().await;
    let _conformance = apifleet_e2e::Conformant::new(_sandbox.traffic());
    for i in 0..5 {
        create_wallet(&dfns, "EthereumSepolia", &format!("w{i}")).await;
    }
    let names: Vec<String> = dfns
        .list_wallets_stream(|r| r.limit("2"))
        .map(|w| w.expect("a wallet").name.unwrap_or_default())
        .collect()
        .await;
    assert_eq!(names, ["w0", "w1", "w2", "w3", "w4"]);
}

#[tokio::test]
async fn a_signature_for_an_unknown_key_is_a_typed_404() {
    let (_sandbox, dfns) = setup().await;
    let _conformance = apifleet_e2e::Conformant::new(_sandbox.traffic());
    let body: types::GenerateKeySignatureRequest =
        serde_json::from_value(json!({"kind": "Hash", "hash": HASH})).expect("valid");
    let err = apifleet::dfns::Error::from(
        dfns.generate_key_signature()
            .key_id("key-missing")
            .body(body)
            .send()
            .await
            .expect_err("404"),
    );
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
}
