//! Checking a Key credential's assertion the way Dfns does: the clientData names the challenge, and
//! the signature over the exact clientData bytes verifies against the registered public key.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// A registered public key.
#[derive(Debug, Clone)]
pub enum PublicKey {
    /// Ed25519: raw signatures.
    Ed25519(ed25519_dalek::VerifyingKey),
    /// ECDSA P-256: DER signatures over SHA-256.
    P256(p256::ecdsa::VerifyingKey),
    /// ECDSA secp256k1: DER signatures over SHA-256.
    Secp256k1(k256::ecdsa::VerifyingKey),
    /// RSA: PKCS#1 v1.5 over SHA-256.
    Rsa(rsa::pkcs1v15::VerifyingKey<sha2::Sha256>),
}

impl PublicKey {
    /// Parses an SPKI PEM (`PUBLIC KEY`) of any of the four kinds.
    pub fn from_pem(pem: &str) -> Result<Self, String> {
        use p256::pkcs8::DecodePublicKey as _;
        if let Ok(k) = ed25519_dalek::VerifyingKey::from_public_key_pem(pem) {
            return Ok(PublicKey::Ed25519(k));
        }
        if let Ok(k) = p256::ecdsa::VerifyingKey::from_public_key_pem(pem) {
            return Ok(PublicKey::P256(k));
        }
        if let Ok(k) = k256::ecdsa::VerifyingKey::from_public_key_pem(pem) {
            return Ok(PublicKey::Secp256k1(k));
        }
        if let Ok(k) = rsa::RsaPublicKey::from_public_key_pem(pem) {
            return Ok(PublicKey::Rsa(rsa::pkcs1v15::VerifyingKey::new(k)));
        }
        Err("not an Ed25519, P-256, secp256k1 or RSA public key in SPKI PEM".into())
    }

    /// Whether `signature` signs `message`.
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> bool {
        use rsa::signature::Verifier as _;
        match self {
            PublicKey::Ed25519(k) => ed25519_dalek::Signature::from_slice(signature)
                .is_ok_and(|s| k.verify(message, &s).is_ok()),
            PublicKey::P256(k) => p256::ecdsa::Signature::from_der(signature)
                .is_ok_and(|s| k.verify(message, &s).is_ok()),
            PublicKey::Secp256k1(k) => k256::ecdsa::Signature::from_der(signature)
                .is_ok_and(|s| k.verify(message, &s).is_ok()),
            PublicKey::Rsa(k) => rsa::pkcs1v15::Signature::try_from(signature)
                .is_ok_and(|s| k.verify(message, &s).is_ok()),
        }
    }
}

/// Decodes base64url without padding, refusing padding and other alphabets as Dfns does.
pub(crate) fn b64url(text: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(text).ok()
}

/// Checks an assertion: returns why it fails, if it does.
pub(crate) fn check(
    key: &PublicKey,
    expected_challenge: &str,
    client_data_b64: &str,
    signature_b64: &str,
) -> Result<(), &'static str> {
    let client_data =
        b64url(client_data_b64).ok_or("clientData is not base64url without padding")?;
    let parsed: serde_json::Value =
        serde_json::from_slice(&client_data).map_err(|_| "clientData is not JSON")?;
    if parsed.get("type").and_then(|v| v.as_str()) != Some("key.get") {
        return Err("clientData.type must be key.get");
    }
    if parsed.get("challenge").and_then(|v| v.as_str()) != Some(expected_challenge) {
        return Err("clientData.challenge does not match the challenge");
    }
    let signature = b64url(signature_b64).ok_or("signature is not base64url without padding")?;
    if !key.verify(&client_data, &signature) {
        return Err("the signature does not verify against the credential's public key");
    }
    Ok(())
}
