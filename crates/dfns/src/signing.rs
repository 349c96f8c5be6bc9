//! Signing user action challenges with a Key credential: the [`Signer`] trait (plug in a KMS or an
//! HSM) and [`KeySigner`] for Ed25519, ECDSA P-256, ECDSA secp256k1 and RSA keys in PEM.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use std::fmt;
use std::future::Future;
use std::pin::Pin;

/// Why a signature could not be made, or a key not loaded. Never contains key material.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignerError(pub String);

impl fmt::Display for SignerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "signer: {}", self.0)
    }
}

impl std::error::Error for SignerError {}

/// A future returned by [`Signer::sign`].
pub type SignFuture<'a> = Pin<Box<dyn Future<Output = Result<Vec<u8>, SignerError>> + Send + 'a>>;

/// Signs the clientData of a user action with a Key credential registered at Dfns.
pub trait Signer: fmt::Debug + Send + Sync {
    /// The credential id Dfns knows the key by (must be in the challenge's `allowCredentials.key`).
    fn credential_id(&self) -> &str;

    /// Signs `client_data` exactly as given: Ed25519 raw (64 bytes), ECDSA over SHA-256 as ASN.1 DER,
    /// RSA PKCS#1 v1.5 over SHA-256.
    fn sign<'a>(&'a self, client_data: &'a [u8]) -> SignFuture<'a>;

    /// The `algorithm` to declare in the assertion; `None` lets Dfns infer it from the key.
    fn algorithm(&self) -> Option<&str> {
        None
    }
}

/// The key inside a [`KeySigner`].
enum Key {
    Ed25519(ed25519_dalek::SigningKey),
    P256(p256::ecdsa::SigningKey),
    Secp256k1(k256::ecdsa::SigningKey),
    Rsa(rsa::pkcs1v15::SigningKey<sha2::Sha256>),
}

/// Which algorithm a [`KeySigner`] uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAlgorithm {
    /// Ed25519.
    Ed25519,
    /// ECDSA on P-256 (secp256r1) with SHA-256, DER signatures.
    EcdsaP256,
    /// ECDSA on secp256k1 with SHA-256, DER signatures (low-S, as Dfns and most verifiers expect).
    EcdsaSecp256k1,
    /// RSA PKCS#1 v1.5 with SHA-256.
    RsaPkcs1Sha256,
}

/// A private key held in memory, with its credential id.
pub struct KeySigner {
    credential_id: String,
    key: Key,
}

impl fmt::Debug for KeySigner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeySigner")
            .field("credential_id", &self.credential_id)
            .field("algorithm", &self.algorithm_kind())
            .field("key", &"[redacted]")
            .finish()
    }
}

impl KeySigner {
    /// Loads a private key from PEM: PKCS#8 (`PRIVATE KEY`: Ed25519, P-256, secp256k1 or RSA), SEC1
    /// (`EC PRIVATE KEY`: P-256 or secp256k1) or PKCS#1 (`RSA PRIVATE KEY`).
    pub fn from_pem(credential_id: impl Into<String>, pem: &str) -> Result<Self, SignerError> {
        use p256::pkcs8::DecodePrivateKey as _;
        use rsa::pkcs1::DecodeRsaPrivateKey as _;
        let credential_id = credential_id.into();
        if credential_id.is_empty() {
            return Err(SignerError("the credential id is empty".into()));
        }
        let label = pem
            .lines()
            .map(str::trim)
            .find_map(|l| {
                l.strip_prefix("-----BEGIN ")
                    .and_then(|l| l.strip_suffix("-----"))
            })
            .ok_or_else(|| SignerError("not a PEM document (no BEGIN line)".into()))?;
        let key = match label {
            "PRIVATE KEY" => {
                if let Ok(k) = ed25519_dalek::SigningKey::from_pkcs8_pem(pem) {
                    Key::Ed25519(k)
                } else if let Ok(k) = p256::ecdsa::SigningKey::from_pkcs8_pem(pem) {
                    Key::P256(k)
                } else if let Ok(k) = k256::ecdsa::SigningKey::from_pkcs8_pem(pem) {
                    Key::Secp256k1(k)
                } else if let Ok(k) = rsa::RsaPrivateKey::from_pkcs8_pem(pem) {
                    Key::Rsa(rsa::pkcs1v15::SigningKey::new(k))
                } else {
                    return Err(SignerError(
                        "unsupported or malformed PKCS#8 key: expected Ed25519, ECDSA P-256, ECDSA secp256k1 or RSA"
                            .into(),
                    ));
                }
            }
            "EC PRIVATE KEY" => {
                use p256::elliptic_curve::SecretKey;
                if let Ok(secret) = SecretKey::<p256::NistP256>::from_sec1_pem(pem) {
                    Key::P256(p256::ecdsa::SigningKey::from(secret))
                } else if let Ok(secret) = SecretKey::<k256::Secp256k1>::from_sec1_pem(pem) {
                    Key::Secp256k1(k256::ecdsa::SigningKey::from(secret))
                } else {
                    return Err(SignerError(
                        "malformed SEC1 key, or a curve other than P-256 and secp256k1".into(),
                    ));
                }
            }
            "RSA PRIVATE KEY" => {
                let k = rsa::RsaPrivateKey::from_pkcs1_pem(pem)
                    .map_err(|_| SignerError("malformed PKCS#1 RSA key".into()))?;
                Key::Rsa(rsa::pkcs1v15::SigningKey::new(k))
            }
            "PUBLIC KEY" => {
                return Err(SignerError(
                    "this is a public key; the signer needs the private key".into(),
                ));
            }
            other => return Err(SignerError(format!("unsupported PEM type `{other}`"))),
        };
        Ok(KeySigner { credential_id, key })
    }

    /// The key's algorithm.
    pub fn algorithm_kind(&self) -> KeyAlgorithm {
        match self.key {
            Key::Ed25519(_) => KeyAlgorithm::Ed25519,
            Key::P256(_) => KeyAlgorithm::EcdsaP256,
            Key::Secp256k1(_) => KeyAlgorithm::EcdsaSecp256k1,
            Key::Rsa(_) => KeyAlgorithm::RsaPkcs1Sha256,
        }
    }

    /// Signs synchronously (what [`Signer::sign`] does).
    pub fn sign_now(&self, message: &[u8]) -> Vec<u8> {
        use rsa::signature::{SignatureEncoding as _, Signer as _};
        match &self.key {
            Key::Ed25519(k) => k.sign(message).to_bytes().to_vec(),
            Key::P256(k) => {
                let signature: p256::ecdsa::Signature = k.sign(message);
                signature.to_der().as_bytes().to_vec()
            }
            Key::Secp256k1(k) => {
                // k256 signs with RFC 6979 nonces and normalises to low-S.
                let signature: k256::ecdsa::Signature = k.sign(message);
                signature.to_der().as_bytes().to_vec()
            }
            Key::Rsa(k) => k.sign(message).to_vec(),
        }
    }
}

impl Signer for KeySigner {
    fn credential_id(&self) -> &str {
        &self.credential_id
    }

    fn sign<'a>(&'a self, client_data: &'a [u8]) -> SignFuture<'a> {
        Box::pin(async move { Ok(self.sign_now(client_data)) })
    }
}

/// The clientData Dfns expects for a Key credential: `{"type":"key.get","challenge":"<as received>"}`.
/// Field order is part of the signed bytes, so it is written out rather than left to a map.
pub fn client_data(challenge: &str) -> Vec<u8> {
    let challenge = serde_json::Value::String(challenge.to_string());
    format!("{{\"type\":\"key.get\",\"challenge\":{challenge}}}").into_bytes()
}

/// base64url without padding, as Dfns encodes clientData and signatures.
pub fn b64url(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}
