//! End-to-end tests (in `tests/`) and the tour (`cargo run --example tour`): every client against
//! the embedded sandbox on 127.0.0.1. This library only holds helpers the tests share.

use apifleet::jtl::{JtlClient, types};

pub mod behind_proxy;
pub mod fault_proxy;
pub mod keys;

/// A tenant id for tests.
pub const TENANT: &str = "5d0b8f0e-2c71-4a36-b0f5-6e9a1c3d7b42";

/// A JTL client for a sandbox (fake token, test tenant, the given challenge code).
pub fn jtl_client(base_url: &str, challenge_code: &str) -> JtlClient {
    JtlClient::builder()
        .base_url(base_url)
        .bearer_token("sandbox-token")
        .tenant_id(TENANT)
        .challenge_code(challenge_code)
        .app("TourApp/1.0.0", "1.0.0")
        .build()
        .unwrap_or_else(|e| panic!("test configuration is valid: {e}"))
}

/// A complete v2 registration request for `app_id`.
pub fn registration(app_id: &str) -> types::builder::CreateAppRegistrationRequestV2 {
    types::CreateAppRegistrationRequestV2::builder()
        .app_id(app_id)
        .display_name("Tour App")
        .description("Shows the apifleet JTL client")
        .version("1.0.0")
        .provider_name("apifleet")
        .provider_website("https://example.com")
        .mandatory_api_scopes(vec!["all.read".to_string()])
        .app_icon(b"\x89PNG\r\n\x1a\n".to_vec())
}

/// A Dfns client for a sandbox (fake token) that signs user actions with the Key credential
/// `credential_id` (private key in PEM).
pub fn dfns_client(
    base_url: &str,
    credential_id: &str,
    private_pem: &str,
) -> apifleet::dfns::DfnsClient {
    let signer = apifleet::dfns::KeySigner::from_pem(credential_id, private_pem)
        .unwrap_or_else(|e| panic!("test key is valid: {e}"));
    apifleet::dfns::DfnsClient::builder()
        .base_url(base_url)
        .auth_token("sandbox-token")
        .signer(signer)
        .build()
        .unwrap_or_else(|e| panic!("test configuration is valid: {e}"))
}

/// A ZITADEL client for a sandbox (fake token), acting in `org` on Management calls.
pub fn zitadel_client(base_url: &str, org: Option<&str>) -> apifleet::zitadel::ZitadelClient {
    let mut builder = apifleet::zitadel::ZitadelClient::builder()
        .base_url(base_url)
        .personal_access_token("sandbox-pat");
    if let Some(org) = org {
        builder = builder.org_id(org);
    }
    builder
        .build()
        .unwrap_or_else(|e| panic!("test configuration is valid: {e}"))
}

/// A JWT IDP of the deprecated family.
pub fn jwt_idp(name: &str) -> apifleet::zitadel::types::builder::AddJwtIdpRequest {
    apifleet::zitadel::types::AddJwtIdpRequest::builder()
        .name(name)
        .jwt_endpoint("https://sso.partner.example/jwt")
        .issuer("https://sso.partner.example")
        .keys_endpoint("https://sso.partner.example/keys")
        .header_name("x-auth-token")
}

/// The JWT configuration of the seed's example (`Update JWT Identity Provider`).
pub fn seed_jwt_config() -> apifleet::zitadel::types::builder::UpdateJwtConfigRequest {
    apifleet::zitadel::types::UpdateJwtConfigRequest::builder()
        .jwt_endpoint("https://custom.com/auth/jwt")
        .issuer("https://accounts.custom.com")
        .keys_endpoint("https://accounts.custom.com/keys")
        .header_name("x-auth-token")
}

/// Holds a stand-in's traffic to the spec when it goes out of scope at the end of a test: every
/// request the client sent and every answer the stand-in gave (see
/// `apifleet_sandbox::conformance`). A finding fails the test with the operation, the direction
/// and the place; a test that already failed is left to report its own failure.
#[derive(Debug)]
pub struct Conformant(apifleet_sandbox::conformance::Traffic);

impl Conformant {
    /// Starts watching (the check runs over everything recorded, from the start).
    pub fn new(traffic: apifleet_sandbox::conformance::Traffic) -> Conformant {
        Conformant(traffic)
    }
}

impl Drop for Conformant {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        let report = self.0.check();
        // One line per test, so a run's totals can be summed (`grep '^conformance:'`).
        eprintln!(
            "conformance: {} requests, {} responses, {} findings",
            report.requests,
            report.responses,
            report.findings.len()
        );
        assert!(
            report.findings.is_empty(),
            "traffic breaks the spec: {report}"
        );
    }
}
