//! Clients of the three providers configured to talk through a [`crate::fault_proxy::FaultProxy`],
//! with a given timeout (short in tests, so [`crate::fault_proxy::Fault::Slow`] costs little) and
//! retry policy.

use crate::TENANT;
use apifleet::RetryPolicy;
use std::time::Duration;

/// The client timeout in tests: long enough that a busy machine running tests in parallel does not
/// make an attempt fail on its own (that would change what the tests count); [`SLOW`] is longer.
pub const TIMEOUT: Duration = Duration::from_secs(2);
/// How long the proxy holds back a slow answer.
pub const SLOW: Duration = Duration::from_secs(3);

/// `attempts` attempts with millisecond backoff, `Retry-After` honoured up to 2 s.
pub fn quick_policy(attempts: u32) -> RetryPolicy {
    RetryPolicy {
        max_attempts: attempts,
        min_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(5),
        max_retry_after: Duration::from_secs(2),
    }
}

fn built<T, E: std::fmt::Display>(client: Result<T, E>) -> T {
    client.unwrap_or_else(|e| panic!("test configuration is valid: {e}"))
}

/// A JTL client for the sandbox behind `base_url`.
pub fn jtl(base_url: &str, policy: RetryPolicy, timeout: Duration) -> apifleet::jtl::JtlClient {
    built(
        apifleet::jtl::JtlClient::builder()
            .base_url(base_url)
            .bearer_token("sandbox-token")
            .tenant_id(TENANT)
            .timeout(timeout)
            .retry(policy)
            .build(),
    )
}

/// A ZITADEL client for the sandbox behind `base_url`.
pub fn zitadel(
    base_url: &str,
    policy: RetryPolicy,
    timeout: Duration,
) -> apifleet::zitadel::ZitadelClient {
    built(
        apifleet::zitadel::ZitadelClient::builder()
            .base_url(base_url)
            .personal_access_token("sandbox-pat")
            .timeout(timeout)
            .retry(policy)
            .build(),
    )
}

/// A Dfns client for the sandbox behind `base_url`, signing with `signer`.
pub fn dfns(
    base_url: &str,
    policy: RetryPolicy,
    timeout: Duration,
    signer: impl apifleet::dfns::Signer + 'static,
) -> apifleet::dfns::DfnsClient {
    built(
        apifleet::dfns::DfnsClient::builder()
            .base_url(base_url)
            .auth_token("sandbox-token")
            .signer(signer)
            .timeout(timeout)
            .retry(policy)
            .build(),
    )
}

/// A new service account's request.
pub fn service_account(name: &str) -> apifleet::dfns::types::builder::CreateServiceAccountRequest {
    apifleet::dfns::types::CreateServiceAccountRequest::builder()
        .name(name)
        .public_key("-----BEGIN PUBLIC KEY-----\nsandbox\n-----END PUBLIC KEY-----\n")
}

/// A new customer's request.
pub fn customer(city: &str) -> apifleet::jtl::types::builder::CreateCustomer {
    apifleet::jtl::types::CreateCustomer::builder()
        .customer_group_id(1)
        .internal_company_id(1)
        .language_iso("DE")
        .billing_address(
            apifleet::jtl::types::CreateAddress::builder()
                .city(city)
                .country_iso("DE"),
        )
}
