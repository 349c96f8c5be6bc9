//! Wallets and signatures with state: each wallet holds a real key (secp256k1, or Ed25519 on the
//! networks that sign with it), and a signature request is signed at once with that key, so the
//! signature verifies offline against the wallet's public key.
//!
//! Signing rules (the stand-in's, stated so callers can verify): `Hash` (32 bytes, hex) is signed as
//! a prehash, ECDSA with secp256k1 (`r`, `s`, `recid`) or Ed25519 over the 32 bytes; `Message`
//! (hex) is signed over SHA-256 of its bytes with secp256k1, over the bytes themselves with Ed25519.
//! Addresses are sandbox addresses (hex of the key's SHA-256), not derived by each network's rules.

// Handlers return ready-made error responses through `Result`; size does not matter in a stand-in.
#![allow(clippy::result_large_err)]

use super::routes::{authenticate, error, json_object, lock, ok, signed_write, text};
use super::state::Store;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::Response;
use axum::routing::get;
use serde_json::{Map, Value, json};
use sha2::Digest as _;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

type Shared = Arc<Mutex<Store>>;
type Reply = Result<Response, Response>;

/// A wallet: what reads return, and its key.
pub(crate) struct Wallet {
    pub(crate) json: Value,
    key_id: String,
    key: WalletKey,
}

impl std::fmt::Debug for Wallet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Wallet")
            .field("json", &self.json)
            .field("key", &"[redacted]")
            .finish()
    }
}

enum WalletKey {
    Secp256k1(k256::ecdsa::SigningKey),
    Ed25519(ed25519_dalek::SigningKey),
}

/// Networks whose keys are Ed25519; every other network signs with secp256k1.
const ED25519_NETWORKS: &[&str] = &[
    "Algorand",
    "AlgorandTestnet",
    "Aptos",
    "AptosTestnet",
    "Cardano",
    "CardanoPreprod",
    "Iota",
    "IotaTestnet",
    "Kusama",
    "Near",
    "NearTestnet",
    "Polkadot",
    "Solana",
    "SolanaDevnet",
    "Stellar",
    "StellarTestnet",
    "Sui",
    "SuiTestnet",
    "Ton",
    "TonTestnet",
    "Westend",
];

/// Adds the wallet and signature routes.
pub(super) fn routes(router: Router<Shared>) -> Router<Shared> {
    router
        .route("/wallets", get(list_wallets).post(create_wallet))
        .route("/wallets/{wallet_id}", get(get_wallet))
        .route(
            "/keys/{key_id}/signatures",
            get(list_signatures).post(generate_signature),
        )
        .route(
            "/keys/{key_id}/signatures/{signature_id}",
            get(get_signature),
        )
}

fn random_32() -> [u8; 32] {
    let mut out = [0u8; 32];
    out[..16].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
    out[16..].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
    out
}

fn new_key(network: &str) -> WalletKey {
    if ED25519_NETWORKS.contains(&network) {
        return WalletKey::Ed25519(ed25519_dalek::SigningKey::from_bytes(&random_32()));
    }
    loop {
        // A random scalar is out of range with negligible probability; draw again then.
        if let Ok(key) = k256::ecdsa::SigningKey::from_bytes(&random_32().into()) {
            return WalletKey::Secp256k1(key);
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    let text = text.strip_prefix("0x").unwrap_or(text);
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

impl WalletKey {
    /// `(scheme, curve, public key hex)`.
    fn public(&self) -> (&'static str, &'static str, String) {
        match self {
            WalletKey::Secp256k1(k) => (
                "ECDSA",
                "secp256k1",
                hex(&k.verifying_key().to_encoded_point(true).to_bytes()),
            ),
            WalletKey::Ed25519(k) => ("EdDSA", "ed25519", hex(k.verifying_key().as_bytes())),
        }
    }

    /// Signs a `Hash` (prehash) or `Message` request body; `Err` names what is wrong with it.
    fn sign(&self, body: &Map<String, Value>) -> Result<Value, String> {
        let kind = body.get("kind").and_then(Value::as_str).unwrap_or("");
        let field = match kind {
            "Hash" => "hash",
            "Message" => "message",
            other => {
                return Err(format!(
                    "the sandbox signs kind Hash or Message, not {other:?}"
                ));
            }
        };
        let bytes = body
            .get(field)
            .and_then(Value::as_str)
            .and_then(unhex)
            .ok_or_else(|| format!("\"{field}\" must be hex"))?;
        match self {
            WalletKey::Secp256k1(k) => {
                let prehash: [u8; 32] = if kind == "Hash" {
                    bytes
                        .try_into()
                        .map_err(|_| "\"hash\" must be 32 bytes".to_string())?
                } else {
                    sha2::Sha256::digest(&bytes).into()
                };
                let (signature, recid) = k
                    .sign_prehash_recoverable(&prehash)
                    .map_err(|e| format!("signing failed: {e}"))?;
                let (r, s) = signature.split_bytes();
                Ok(json!({
                    "r": format!("0x{}", hex(&r)), "s": format!("0x{}", hex(&s)),
                    "recid": recid.to_byte(),
                    "encoded": format!("0x{}{}{:02x}", hex(&r), hex(&s), recid.to_byte()),
                }))
            }
            WalletKey::Ed25519(k) => {
                use ed25519_dalek::Signer as _;
                let signature = k.sign(&bytes).to_bytes();
                Ok(json!({
                    "r": format!("0x{}", hex(&signature[..32])), "s": format!("0x{}", hex(&signature[32..])),
                    "encoded": format!("0x{}", hex(&signature)),
                }))
            }
        }
    }
}

/// The current time as Dfns writes it (RFC 3339, milliseconds, UTC).
fn now() -> String {
    chrono::Utc::now()
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

async fn create_wallet(
    State(store): State<Shared>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let mut store = lock(&store);
    let run = |store: &mut Store| -> Reply {
        authenticate(store, &headers)?;
        if let Some(pending) = signed_write(store, &method, &uri, &headers, &body)? {
            return Ok(pending);
        }
        let body = json_object(&body)?;
        let network = text(&body, "network")?.to_string();
        let key = new_key(&network);
        let (scheme, curve, public_key) = key.public();
        let (id, key_id) = (store.id("wa"), store.id("key"));
        let address = format!(
            "0x{}",
            hex(&sha2::Sha256::digest(public_key.as_bytes())[..20])
        );
        let mut wallet = json!({
            "id": id, "network": network, "status": "Active", "dateCreated": now(), "custodial": true,
            "tags": [], "address": address,
            "signingKey": {"id": key_id, "scheme": scheme, "curve": curve, "publicKey": public_key},
        });
        for field in ["name", "externalId"] {
            if let Some(v) = body.get(field) {
                wallet[field] = v.clone();
            }
        }
        store.wallets.push(Wallet {
            json: wallet.clone(),
            key_id,
            key,
        });
        ok(wallet)
    };
    run(&mut store).unwrap_or_else(|e| e)
}

async fn list_wallets(
    State(store): State<Shared>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let store = lock(&store);
    let run = || -> Reply {
        authenticate(&store, &headers)?;
        let limit = match query.get("limit") {
            None => 100,
            Some(l) => l
                .parse::<usize>()
                .ok()
                .filter(|l| (1..=500).contains(l))
                .ok_or_else(|| error(StatusCode::BAD_REQUEST, "\"limit\" must be 1 to 500"))?,
        };
        // The token is the index of the page's first wallet.
        let start = match query.get("paginationToken") {
            None => 0,
            Some(t) => t
                .strip_prefix("wallets-from-")
                .and_then(|n| n.parse::<usize>().ok())
                .ok_or_else(|| error(StatusCode::BAD_REQUEST, "unknown paginationToken"))?,
        };
        let items: Vec<Value> = store
            .wallets
            .iter()
            .skip(start)
            .take(limit)
            .map(|w| w.json.clone())
            .collect();
        let mut page = json!({"items": items});
        if start + limit < store.wallets.len() {
            page["nextPageToken"] = json!(format!("wallets-from-{}", start + limit));
        }
        ok(page)
    };
    run().unwrap_or_else(|e| e)
}

async fn get_wallet(
    State(store): State<Shared>,
    headers: HeaderMap,
    Path(wallet_id): Path<String>,
) -> Response {
    let store = lock(&store);
    let run = || -> Reply {
        authenticate(&store, &headers)?;
        let wallet = store
            .wallets
            .iter()
            .find(|w| w.json["id"] == wallet_id.as_str())
            .ok_or_else(|| error(StatusCode::NOT_FOUND, "wallet not found"))?;
        ok(wallet.json.clone())
    };
    run().unwrap_or_else(|e| e)
}

async fn generate_signature(
    State(store): State<Shared>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Path(key_id): Path<String>,
    body: Bytes,
) -> Response {
    let mut store = lock(&store);
    let run = |store: &mut Store| -> Reply {
        authenticate(store, &headers)?;
        if let Some(pending) = signed_write(store, &method, &uri, &headers, &body)? {
            return Ok(pending);
        }
        let body = json_object(&body)?;
        let wallet = store
            .wallets
            .iter()
            .find(|w| w.key_id == key_id)
            .ok_or_else(|| error(StatusCode::NOT_FOUND, "key not found"))?;
        let signature = wallet
            .key
            .sign(&body)
            .map_err(|message| error(StatusCode::BAD_REQUEST, &message))?;
        let network = wallet.json["network"].clone();
        let id = store.id("sig");
        let at = now();
        let request = json!({
            "id": id, "keyId": key_id, "network": network, "status": "Signed",
            "requester": {"userId": "us-sandbox-caller"}, "requestBody": Value::Object(body),
            "dateRequested": at, "dateSigned": at, "signature": signature,
        });
        store.signatures.push((id, request.clone()));
        ok(request)
    };
    run(&mut store).unwrap_or_else(|e| e)
}

async fn get_signature(
    State(store): State<Shared>,
    headers: HeaderMap,
    Path((key_id, signature_id)): Path<(String, String)>,
) -> Response {
    let store = lock(&store);
    let run = || -> Reply {
        authenticate(&store, &headers)?;
        let (_, request) = store
            .signatures
            .iter()
            .find(|(id, r)| *id == signature_id && r["keyId"] == key_id.as_str())
            .ok_or_else(|| error(StatusCode::NOT_FOUND, "signature request not found"))?;
        ok(request.clone())
    };
    run().unwrap_or_else(|e| e)
}

async fn list_signatures(
    State(store): State<Shared>,
    headers: HeaderMap,
    Path(key_id): Path<String>,
) -> Response {
    let store = lock(&store);
    let run = || -> Reply {
        authenticate(&store, &headers)?;
        let items: Vec<Value> = store
            .signatures
            .iter()
            .filter(|(_, r)| r["keyId"] == key_id.as_str())
            .map(|(_, r)| r.clone())
            .collect();
        ok(json!({"items": items}))
    };
    run().unwrap_or_else(|e| e)
}
