//! Time per user action signature, per algorithm: `cargo bench -p apifleet-dfns --bench signing`.

use apifleet_dfns::{KeySigner, client_data};
use p256::pkcs8::{EncodePrivateKey as _, LineEnding};

fn main() {
    divan::main();
}

fn signer(algorithm: &str) -> KeySigner {
    let mut rng = rand::thread_rng();
    let pem = match algorithm {
        "ed25519" => ed25519_dalek::SigningKey::generate(&mut rng).to_pkcs8_pem(LineEnding::LF),
        "p256" => p256::ecdsa::SigningKey::random(&mut rng).to_pkcs8_pem(LineEnding::LF),
        "secp256k1" => k256::ecdsa::SigningKey::random(&mut rng).to_pkcs8_pem(LineEnding::LF),
        _ => rsa::RsaPrivateKey::new(&mut rng, 2048)
            .map_err(|_| p256::pkcs8::Error::KeyMalformed)
            .and_then(|k| k.to_pkcs8_pem(LineEnding::LF)),
    };
    let pem = pem.unwrap_or_else(|e| panic!("{algorithm}: {e}"));
    KeySigner::from_pem("bench-credential", &pem).unwrap_or_else(|e| panic!("{algorithm}: {e}"))
}

#[divan::bench(args = ["ed25519", "p256", "secp256k1", "rsa2048"])]
fn sign_client_data(bencher: divan::Bencher, algorithm: &str) {
    let signer = signer(algorithm);
    let data = client_data("Y2gtNzloaHQtbXJlb2stOGFwOHFtMmVpZWZ0amxhZw");
    bencher.bench_local(|| signer.sign_now(divan::black_box(&data)));
}
