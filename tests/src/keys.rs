//! Fresh key pairs for Dfns credentials, generated per run (never committed).

use p256::pkcs8::{EncodePrivateKey as _, EncodePublicKey as _, LineEnding};

/// The algorithms Dfns Key credentials use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    /// Ed25519.
    Ed25519,
    /// ECDSA P-256.
    P256,
    /// ECDSA secp256k1.
    Secp256k1,
    /// RSA 2048, PKCS#1 v1.5 SHA-256.
    Rsa,
}

/// A generated key pair as PEM: (PKCS#8 private key, SPKI public key).
pub fn key_pair(algorithm: Algorithm) -> (String, String) {
    let mut rng = rand::thread_rng();
    let (private, public) = match algorithm {
        Algorithm::Ed25519 => {
            let key = ed25519_dalek::SigningKey::generate(&mut rng);
            (
                key.to_pkcs8_pem(LineEnding::LF).map(|p| p.to_string()),
                key.verifying_key().to_public_key_pem(LineEnding::LF),
            )
        }
        Algorithm::P256 => {
            let key = p256::ecdsa::SigningKey::random(&mut rng);
            (
                key.to_pkcs8_pem(LineEnding::LF).map(|p| p.to_string()),
                key.verifying_key().to_public_key_pem(LineEnding::LF),
            )
        }
        Algorithm::Secp256k1 => {
            let key = k256::ecdsa::SigningKey::random(&mut rng);
            (
                key.to_pkcs8_pem(LineEnding::LF).map(|p| p.to_string()),
                key.verifying_key().to_public_key_pem(LineEnding::LF),
            )
        }
        Algorithm::Rsa => {
            let key = rsa::RsaPrivateKey::new(&mut rng, 2048)
                .unwrap_or_else(|e| panic!("RSA key generation: {e}"));
            (
                key.to_pkcs8_pem(LineEnding::LF).map(|p| p.to_string()),
                key.to_public_key().to_public_key_pem(LineEnding::LF),
            )
        }
    };
    (
        private.unwrap_or_else(|e| panic!("PEM: {e}")),
        public.unwrap_or_else(|e| panic!("PEM: {e}")),
    )
}
