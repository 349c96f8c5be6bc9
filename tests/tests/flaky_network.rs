//! A flaky network between the clients and the sandbox: every fault the proxy injects, against each
//! class of call. Idempotent calls (a GET, a PUT, a signed Dfns PUT) survive with one retry; a POST
//! is sent once and ends in a typed error that says whether the write may have happened.

use apifleet::dfns::{KeySigner, SignFuture, Signer, SignerError};
use apifleet::jtl::ErrorKind;
use apifleet_e2e::behind_proxy::{self, SLOW, TIMEOUT, quick_policy};
use apifleet_e2e::fault_proxy::{Fault, FaultProxy, Plan};
use apifleet_e2e::keys::{Algorithm, key_pair};
use apifleet_sandbox::dfns::{DfnsSandbox, DfnsSandboxConfig};
use apifleet_sandbox::jtl::{JtlSandbox, JtlSandboxConfig};
use apifleet_sandbox::zitadel::ZitadelSandbox;
use std::sync::atomic::{AtomicUsize, Ordering};

const CRED: &str = "cr-flaky-credential";

/// `fault` once for the first eligible request, then a clean network.
fn once(fault: Fault) -> Plan {
    Plan::script([Some(fault)]).slow_for(SLOW)
}

async fn proxy(upstream: &str, plan: Plan) -> FaultProxy {
    FaultProxy::start(upstream, plan).await.expect("proxy")
}

/// One `#[tokio::test]` per fault kind, each running `$check(fault)`.
macro_rules! one_test_per_fault {
    ($check:path) => {
        #[tokio::test]
        async fn unavailable() {
            $check(Fault::Unavailable).await
        }
        #[tokio::test]
        async fn too_many_requests_retry_after_0() {
            $check(Fault::TooManyRequestsRetryAfter0).await
        }
        #[tokio::test]
        async fn too_many_requests_retry_after_1() {
            $check(Fault::TooManyRequestsRetryAfter1).await
        }
        #[tokio::test]
        async fn reset_before_response() {
            $check(Fault::ResetBeforeResponse).await
        }
        #[tokio::test]
        async fn reset_after_headers() {
            $check(Fault::ResetAfterHeaders).await
        }
        #[tokio::test]
        async fn cut_body() {
            $check(Fault::CutBody).await
        }
        #[tokio::test]
        async fn slower_than_the_timeout() {
            $check(Fault::Slow).await
        }
    };
}

// ------------------------------------------------------------------ idempotent read (GET)

/// A GET meets `fault` once, is sent again and returns the item.
async fn a_get_survives(fault: Fault) {
    let sandbox = JtlSandbox::start(JtlSandboxConfig::default())
        .await
        .expect("sandbox");
    let id = sandbox.add_item("SKU-1", "Shirt");
    let proxy = proxy(&sandbox.base_url(), once(fault)).await;
    let jtl = behind_proxy::jtl(&proxy.base_url(), quick_policy(3), TIMEOUT);
    let item = jtl
        .get_item()
        .item_id(id)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{fault:?}: {}", apifleet::jtl::Error::from(e)))
        .into_inner();
    assert_eq!(item.name.as_deref(), Some("Shirt"), "{fault:?}");
    let faults: Vec<_> = proxy.seen().into_iter().map(|s| s.fault).collect();
    assert_eq!(faults, [Some(fault), None], "one failed attempt, one retry");
    assert_eq!(proxy.count("GET", &format!("/v1/items/{id}")), 2);
}

mod idempotent_read {
    use super::*;
    one_test_per_fault!(a_get_survives);
}

// ------------------------------------------------------------------ idempotent write (PUT)

/// A ZITADEL PUT meets `fault` once and is sent again. When the first attempt reached the server,
/// ZITADEL answers the identical second one with "nothing changed" (400, FAILED_PRECONDITION):
/// the update is in place either way.
#[allow(deprecated)] // AddOrgJWTIDP makes the IDP that the replacement endpoint updates
async fn a_put_survives(fault: Fault) {
    use apifleet::zitadel::{ErrorExt as _, types};
    let sandbox = ZitadelSandbox::start(Default::default())
        .await
        .expect("sandbox");
    let proxy = proxy(&sandbox.base_url(), once(fault).only(|m, _| m == "PUT")).await;
    let zitadel = behind_proxy::zitadel(&proxy.base_url(), quick_policy(3), TIMEOUT);
    let added = zitadel
        .mgmt_add_org_jwt_idp()
        .body(apifleet_e2e::jwt_idp("flaky"))
        .send()
        .await
        .expect("added")
        .into_inner();
    let id = added.idp_id.unwrap_or_default();
    let update = types::UpdateJwtProviderRequest::builder()
        .name("flaky")
        .issuer("https://accounts.custom.com")
        .jwt_endpoint("https://custom.com/auth/jwt/v2")
        .header_name("x-auth-token");
    let result = zitadel
        .mgmt_update_jwt_provider()
        .id(id.as_str())
        .body(update)
        .send()
        .await
        .map_err(apifleet::zitadel::Error::from);
    match (fault.reaches_server(), result) {
        (false, Ok(_)) => {}
        (true, Err(e)) if e.is_not_changed() => {}
        (_, other) => panic!("{fault:?}: {other:?}"),
    }
    assert_eq!(
        proxy.count("PUT", &format!("/management/v1/idps/generic_jwt/{id}")),
        2,
        "{fault:?}"
    );
    let stored = sandbox
        .idps()
        .into_iter()
        .find(|i| i.id == id)
        .expect("stored");
    assert!(
        format!("{:?}", stored.kind).contains("https://custom.com/auth/jwt/v2"),
        "{fault:?}: {stored:?}"
    );
}

mod idempotent_write {
    use super::*;
    one_test_per_fault!(a_put_survives);
}

// ------------------------------------------------------------------ non-idempotent write (POST)

/// A POST meets `fault`: it is sent exactly once. A fault answered by the proxy itself is the
/// status it sent (nothing happened); a fault after the server got the request is
/// `Error::OutcomeUnknown`, and the customer does exist.
async fn a_post_is_sent_once(fault: Fault) {
    let sandbox = JtlSandbox::start(JtlSandboxConfig::default())
        .await
        .expect("sandbox");
    let before = sandbox.customers().len();
    let proxy = proxy(&sandbox.base_url(), once(fault)).await;
    let jtl = behind_proxy::jtl(&proxy.base_url(), quick_policy(3), TIMEOUT);
    let error = apifleet::jtl::Error::from(
        jtl.create_customer()
            .body(behind_proxy::customer("Berlin"))
            .send()
            .await
            .expect_err("the only attempt fails"),
    );
    assert_eq!(
        proxy.count("POST", "/v1/customers"),
        1,
        "{fault:?}: sent once"
    );
    let created = sandbox.customers().len() - before;
    match fault {
        Fault::Unavailable => {
            assert_eq!(error.kind(), Some(ErrorKind::ServerError), "{error}");
            assert!(error.is_retryable());
        }
        Fault::TooManyRequestsRetryAfter0 | Fault::TooManyRequestsRetryAfter1 => {
            assert_eq!(error.kind(), Some(ErrorKind::TooManyRequests), "{error}");
            assert!(error.is_retryable());
        }
        Fault::ResetBeforeResponse | Fault::Slow => {
            assert!(
                matches!(
                    error,
                    apifleet::jtl::Error::OutcomeUnknown { status: None, .. }
                ),
                "{fault:?}: {error:?}"
            );
        }
        Fault::ResetAfterHeaders | Fault::CutBody => {
            assert!(
                matches!(error, apifleet::jtl::Error::OutcomeUnknown { status: Some(s), .. } if s == 201),
                "{fault:?}: {error:?}"
            );
        }
    }
    if fault.reaches_server() {
        assert!(error.is_outcome_unknown() && !error.is_retryable());
        assert!(
            error.to_string().contains("may have been carried out")
                || error.to_string().contains("so the write was carried out"),
            "{error}"
        );
        assert_eq!(created, 1, "{fault:?}: the server acted");
    } else {
        assert_eq!(created, 0, "{fault:?}: nothing reached the server");
    }
}

mod non_idempotent_post {
    use super::*;
    one_test_per_fault!(a_post_is_sent_once);
}

// ------------------------------------------------------------------ Dfns signed write (PUT)

/// A Dfns signed write's PUT meets `fault` once: it is signed again (a new challenge, a new
/// token) and sent again.
async fn a_signed_put_survives(fault: Fault) {
    let (private, public) = key_pair(Algorithm::Ed25519);
    let sandbox = DfnsSandbox::start(DfnsSandboxConfig::default().credential(CRED, public))
        .await
        .expect("sandbox");
    let proxy = proxy(&sandbox.base_url(), once(fault).only(|m, _| m == "PUT")).await;
    let signer = KeySigner::from_pem(CRED, &private).expect("key");
    let dfns = behind_proxy::dfns(&proxy.base_url(), quick_policy(3), TIMEOUT, signer);
    let account = dfns
        .create_service_account()
        .body(behind_proxy::service_account("flaky"))
        .send()
        .await
        .expect("created")
        .into_inner();
    let id = account.user_info.user_id.to_string();
    dfns.deactivate_service_account()
        .service_account_id(id.as_str())
        .send()
        .await
        .unwrap_or_else(|e| panic!("{fault:?}: {}", apifleet::dfns::Error::from(e)));
    let path = format!("/auth/service-accounts/{id}/deactivate");
    assert_eq!(proxy.count("PUT", &path), 2, "{fault:?}");
    assert_eq!(
        proxy.count("POST", "/auth/action/init"),
        3,
        "one challenge for the POST, one for each attempt of the PUT"
    );
    let tokens: Vec<String> = sandbox
        .requests()
        .into_iter()
        .filter(|r| r.method == "PUT")
        .filter_map(|r| r.header("x-dfns-useraction").map(str::to_string))
        .collect();
    let expected = if fault.reaches_server() { 2 } else { 1 };
    assert_eq!(tokens.len(), expected, "{fault:?}");
    assert!(tokens.len() < 2 || tokens[0] != tokens[1], "a fresh token");
    let stored = sandbox.object(&id).expect("stored");
    assert_eq!(stored["userInfo"]["isActive"], false, "{fault:?}");
}

mod dfns_signed_write {
    use super::*;
    one_test_per_fault!(a_signed_put_survives);
}

/// The challenge round trip fails transiently (a 503 from `/auth/action/init`, then a reset of
/// `/auth/action`): the flow starts again from a fresh challenge and the write goes through.
#[tokio::test]
async fn the_signing_round_trip_is_retried_from_a_fresh_challenge() {
    let (private, public) = key_pair(Algorithm::Ed25519);
    let sandbox = DfnsSandbox::start(DfnsSandboxConfig::default().credential(CRED, public))
        .await
        .expect("sandbox");
    let plan = Plan::script([
        Some(Fault::Unavailable),
        None,
        Some(Fault::ResetBeforeResponse),
    ])
    .only(|_, path| path.starts_with("/auth/action"));
    let proxy = proxy(&sandbox.base_url(), plan).await;
    let signer = KeySigner::from_pem(CRED, &private).expect("key");
    let dfns = behind_proxy::dfns(&proxy.base_url(), quick_policy(3), TIMEOUT, signer);
    dfns.create_service_account()
        .body(behind_proxy::service_account("flaky"))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{}", apifleet::dfns::Error::from(e)));
    let signing: Vec<_> = proxy
        .seen()
        .into_iter()
        .map(|s| (s.method, s.path, s.fault))
        .collect();
    assert_eq!(
        signing,
        [
            (
                "POST".into(),
                "/auth/action/init".into(),
                Some(Fault::Unavailable)
            ),
            ("POST".into(), "/auth/action/init".into(), None),
            (
                "POST".into(),
                "/auth/action".into(),
                Some(Fault::ResetBeforeResponse)
            ),
            ("POST".into(), "/auth/action/init".into(), None),
            ("POST".into(), "/auth/action".into(), None),
            ("POST".into(), "/auth/service-accounts".into(), None),
        ]
    );
    let created: Vec<_> = sandbox
        .requests()
        .into_iter()
        .filter(|r| r.uri == "/auth/service-accounts")
        .collect();
    assert_eq!(created.len(), 1, "the write itself is sent once");
}

/// Signs with a key for the first `allowed` signatures, then fails.
#[derive(Debug)]
struct FailingAfter {
    key: KeySigner,
    allowed: AtomicUsize,
}

impl Signer for FailingAfter {
    fn credential_id(&self) -> &str {
        self.key.credential_id()
    }

    fn sign<'a>(&'a self, client_data: &'a [u8]) -> SignFuture<'a> {
        let left = self
            .allowed
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1));
        match left {
            Ok(_) => self.key.sign(client_data),
            Err(_) => Box::pin(async { Err(SignerError("the HSM is offline".into())) }),
        }
    }
}

/// The PUT meets a 503, and signing its retry fails: the caller sees why signing failed, not the
/// 503.
#[tokio::test]
#[allow(deprecated)] // Activate Application: a signed PUT on an object the sandbox adds directly
async fn a_failed_re_signing_reports_its_own_cause() {
    let (private, public) = key_pair(Algorithm::Ed25519);
    let sandbox = DfnsSandbox::start(DfnsSandboxConfig::default().credential(CRED, public))
        .await
        .expect("sandbox");
    let id = sandbox.add_application("flaky app");
    let proxy = proxy(
        &sandbox.base_url(),
        once(Fault::Unavailable).only(|m, _| m == "PUT"),
    )
    .await;
    let signer = FailingAfter {
        key: KeySigner::from_pem(CRED, &private).expect("key"),
        allowed: AtomicUsize::new(1),
    };
    let dfns = behind_proxy::dfns(&proxy.base_url(), quick_policy(3), TIMEOUT, signer);
    let error = apifleet::dfns::Error::from(
        dfns.activate_application()
            .app_id(id.as_str())
            .send()
            .await
            .expect_err("re-signing fails"),
    );
    assert!(
        matches!(&error, apifleet::dfns::Error::Hook(m) if m.contains("the HSM is offline")),
        "{error:?}"
    );
    assert_eq!(error.status(), None, "not the 503: {error}");
    assert_eq!(proxy.count("PUT", "/auth/apps/"), 1);
}
