//! Signers: known answers for Ed25519 (RFC 8032), verification round trips for P-256 and RSA in
//! every PEM form, and refusals for keys that cannot sign.

use apifleet_dfns::{KeyAlgorithm, KeySigner, client_data};
use ed25519_dalek::pkcs8::EncodePrivateKey as _;
use p256::pkcs8::LineEnding;
use rsa::signature::Verifier as _;

fn hex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex"))
        .collect()
}

/// RFC 8032 section 7.1, tests 1 and 2.
#[test]
fn ed25519_matches_rfc8032_known_answers() {
    let secret: [u8; 32] = hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        .try_into()
        .expect("32 bytes");
    let pem = ed25519_dalek::SigningKey::from_bytes(&secret)
        .to_pkcs8_pem(LineEnding::LF)
        .expect("PEM");
    let signer = KeySigner::from_pem("cred-1", &pem).expect("loads");
    assert_eq!(signer.algorithm_kind(), KeyAlgorithm::Ed25519);
    assert_eq!(
        signer.sign_now(b""),
        hex(
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        )
    );
    let secret: [u8; 32] = hex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
        .try_into()
        .expect("32 bytes");
    let pem = ed25519_dalek::SigningKey::from_bytes(&secret)
        .to_pkcs8_pem(LineEnding::LF)
        .expect("PEM");
    assert_eq!(
        KeySigner::from_pem("cred-1", &pem)
            .expect("loads")
            .sign_now(&[0x72]),
        hex(
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
        )
    );
}

#[test]
fn client_data_is_the_exact_json_dfns_expects() {
    assert_eq!(
        client_data("dGVzdC1jaGFsbGVuZ2U"),
        br#"{"type":"key.get","challenge":"dGVzdC1jaGFsbGVuZ2U"}"#.to_vec()
    );
}

#[test]
fn p256_signs_der_over_sha256_from_pkcs8_and_sec1() {
    use p256::elliptic_curve::SecretKey;
    use p256::pkcs8::EncodePrivateKey as _;
    let key = p256::ecdsa::SigningKey::random(&mut rand::thread_rng());
    let verifying = *key.verifying_key();
    let pkcs8 = key.to_pkcs8_pem(LineEnding::LF).expect("PKCS#8");
    let sec1 = SecretKey::<p256::NistP256>::from(key)
        .to_sec1_pem(LineEnding::LF)
        .expect("SEC1");
    for pem in [pkcs8.as_str(), sec1.as_str()] {
        let signer = KeySigner::from_pem("cred-2", pem).expect("loads");
        assert_eq!(signer.algorithm_kind(), KeyAlgorithm::EcdsaP256);
        let message = client_data("Y2hhbGxlbmdl");
        let der = signer.sign_now(&message);
        assert_eq!(der[0], 0x30, "ASN.1 DER sequence, not raw r||s");
        let signature = p256::ecdsa::Signature::from_der(&der).expect("DER");
        verifying.verify(&message, &signature).expect("verifies");
    }
}

#[test]
fn secp256k1_signs_low_s_der_over_sha256_from_pkcs8_and_sec1() {
    use k256::elliptic_curve::SecretKey;
    use k256::pkcs8::EncodePrivateKey as _;
    let key = k256::ecdsa::SigningKey::random(&mut rand::thread_rng());
    let verifying = *key.verifying_key();
    let pkcs8 = key.to_pkcs8_pem(LineEnding::LF).expect("PKCS#8");
    let sec1 = SecretKey::<k256::Secp256k1>::from(key)
        .to_sec1_pem(LineEnding::LF)
        .expect("SEC1");
    for pem in [pkcs8.as_str(), sec1.as_str()] {
        let signer = KeySigner::from_pem("cred-k1", pem).expect("loads");
        assert_eq!(signer.algorithm_kind(), KeyAlgorithm::EcdsaSecp256k1);
        let message = client_data("Y2hhbGxlbmdl");
        let der = signer.sign_now(&message);
        assert_eq!(der[0], 0x30, "ASN.1 DER sequence, not raw r||s");
        let signature = k256::ecdsa::Signature::from_der(&der).expect("DER");
        assert!(
            signature.normalize_s().is_none(),
            "s is already in the lower half"
        );
        verifying.verify(&message, &signature).expect("verifies");
    }
}

#[test]
fn rsa_signs_pkcs1v15_sha256_from_pkcs8_and_pkcs1() {
    use rsa::pkcs1::EncodeRsaPrivateKey as _;
    use rsa::pkcs8::EncodePrivateKey as _;
    let key = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048).expect("key");
    let verifier = rsa::pkcs1v15::VerifyingKey::<sha2::Sha256>::new(key.to_public_key());
    let pkcs8 = key.to_pkcs8_pem(LineEnding::LF).expect("PKCS#8");
    let pkcs1 = key.to_pkcs1_pem(LineEnding::LF).expect("PKCS#1");
    for pem in [pkcs8.as_str(), pkcs1.as_str()] {
        let signer = KeySigner::from_pem("cred-3", pem).expect("loads");
        assert_eq!(signer.algorithm_kind(), KeyAlgorithm::RsaPkcs1Sha256);
        let message = client_data("Y2hhbGxlbmdl");
        let signature = rsa::pkcs1v15::Signature::try_from(signer.sign_now(&message).as_slice())
            .expect("signature");
        verifier.verify(&message, &signature).expect("verifies");
    }
}

#[test]
fn keys_that_cannot_sign_are_refused_with_a_reason_and_no_key_material() {
    let public = p256::ecdsa::SigningKey::random(&mut rand::thread_rng());
    let public_pem =
        p256::pkcs8::EncodePublicKey::to_public_key_pem(public.verifying_key(), LineEnding::LF)
            .expect("PEM");
    let cases = [
        ("not a pem", "no BEGIN line"),
        (
            "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
            "unsupported or malformed PKCS#8",
        ),
        (
            "-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n",
            "malformed SEC1",
        ),
        (
            "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n",
            "malformed PKCS#1",
        ),
        (
            "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n",
            "unsupported PEM type",
        ),
        (public_pem.as_str(), "this is a public key"),
    ];
    for (pem, expected) in cases {
        let err = KeySigner::from_pem("cred", pem).expect_err("refused");
        assert!(err.to_string().contains(expected), "{pem:?}: {err}");
    }
    let ed = ed25519_dalek::SigningKey::from_bytes(&[7u8; 32])
        .to_pkcs8_pem(LineEnding::LF)
        .expect("PEM");
    assert!(KeySigner::from_pem("", &ed).is_err(), "empty credential id");
    let shown = format!("{:?}", KeySigner::from_pem("cred", &ed).expect("loads"));
    assert!(
        shown.contains("[redacted]") && !shown.contains("PRIVATE"),
        "{shown}"
    );
}
