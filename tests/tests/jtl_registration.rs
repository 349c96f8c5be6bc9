//! The JTL registration flow end to end against the sandbox stand-in.

use apifleet::jtl::{ErrorKind, JtlClient, RegistrationError, WaitOptions};
use apifleet_e2e::{TENANT, jtl_client, registration};
use apifleet_sandbox::jtl::{Approval, JtlSandbox, JtlSandboxConfig, RegistrationState};
use std::time::Duration;

fn fast() -> WaitOptions {
    WaitOptions::default()
        .interval(Duration::from_millis(10))
        .timeout(Duration::from_secs(5))
}

async fn sandbox(approval: Approval) -> JtlSandbox {
    JtlSandbox::start(JtlSandboxConfig::default().approval(approval))
        .await
        .expect("sandbox starts")
}

#[tokio::test]
async fn register_and_wait_returns_key_after_two_pending_polls() {
    let sb = sandbox(Approval::AfterPolls(3)).await;
    let _conformance = apifleet_e2e::Conformant::new(sb.traffic());
    let jtl = jtl_client(&sb.base_url(), "chal-ok");
    let app = jtl
        .register_and_wait(registration("myApp/v1"), fast())
        .await
        .expect("accepted");
    assert_eq!(app.polls, 3);
    assert_eq!(app.app_id, "myApp/v1");
    assert_eq!(app.granted_scopes, vec!["all.read".to_string()]);

    let stored = sb.registrations();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].state, RegistrationState::Accepted);
    assert_eq!(Some(app.api_key.expose()), stored[0].api_key.as_deref());

    // On the wire: one POST and three GETs, all with the same challenge code and tenant.
    let requests = sb.requests();
    let lines: Vec<String> = requests
        .iter()
        .map(|r| format!("{} {}", r.method, r.uri))
        .collect();
    let id = &app.registration_id;
    assert_eq!(
        lines,
        vec![
            "POST /v2/authentication".to_string(),
            format!("GET /v2/authentication/{id}"),
            format!("GET /v2/authentication/{id}"),
            format!("GET /v2/authentication/{id}"),
        ]
    );
    for r in &requests {
        assert_eq!(r.header("x-challengecode"), Some("chal-ok"));
        assert_eq!(r.header("x-tenant-id"), Some(TENANT));
        assert_eq!(r.header("authorization"), Some("Bearer sandbox-token"));
    }
    assert_eq!(
        requests[0]
            .json()
            .and_then(|b| b["appId"].as_str().map(str::to_string))
            .as_deref(),
        Some("myApp/v1")
    );
}

#[tokio::test]
async fn the_key_is_delivered_once_then_410() {
    let sb = sandbox(Approval::AfterPolls(1)).await;
    let _conformance = apifleet_e2e::Conformant::new(sb.traffic());
    let jtl = jtl_client(&sb.base_url(), "chal-ok");
    let app = jtl
        .register_and_wait(registration("myApp/v1"), fast())
        .await
        .expect("accepted");
    let again = jtl
        .fetch_registration_status_v2()
        .registration_id(app.registration_id.as_str())
        .send()
        .await;
    let err = apifleet::jtl::Error::from(again.expect_err("410"));
    assert_eq!(err.kind(), Some(ErrorKind::Gone));
}

#[tokio::test]
async fn a_rejected_registration_is_a_typed_error() {
    let sb = sandbox(Approval::AlwaysReject).await;
    let _conformance = apifleet_e2e::Conformant::new(sb.traffic());
    let err = jtl_client(&sb.base_url(), "c")
        .register_and_wait(registration("myApp/v1"), fast())
        .await
        .expect_err("rejected");
    assert!(matches!(err, RegistrationError::Rejected { .. }), "{err:?}");
}

#[tokio::test]
async fn a_manual_rejection_by_the_test_reaches_the_flow() {
    let sb = sandbox(Approval::Manual).await;
    let _conformance = apifleet_e2e::Conformant::new(sb.traffic());
    let jtl = jtl_client(&sb.base_url(), "c");
    let flow = tokio::spawn(async move {
        jtl.register_and_wait(registration("myApp/v1"), fast())
            .await
    });
    let id = loop {
        if let Some(r) = sb.registrations().first() {
            break r.id.clone();
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    };
    assert!(sb.reject(&id));
    let err = flow.await.expect("task").expect_err("rejected");
    assert!(
        matches!(err, RegistrationError::Rejected { ref registration_id } if *registration_id == id),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_registration_nobody_answers_times_out() {
    let sb = sandbox(Approval::Manual).await;
    let _conformance = apifleet_e2e::Conformant::new(sb.traffic());
    let options = WaitOptions::default()
        .interval(Duration::from_millis(20))
        .timeout(Duration::from_millis(150));
    let err = jtl_client(&sb.base_url(), "c")
        .register_and_wait(registration("myApp/v1"), options)
        .await
        .expect_err("timeout");
    match err {
        RegistrationError::TimedOut { polls, .. } => {
            assert!((2..=9).contains(&polls), "polls {polls}")
        }
        other => panic!("expected TimedOut, got {other:?}"),
    }
}

#[tokio::test]
async fn registering_an_app_id_twice_is_a_409_conflict() {
    let sb = sandbox(Approval::AfterPolls(1)).await;
    let _conformance = apifleet_e2e::Conformant::new(sb.traffic());
    let jtl = jtl_client(&sb.base_url(), "c");
    jtl.register_and_wait(registration("myApp/v1"), fast())
        .await
        .expect("first");
    let err = jtl
        .register_and_wait(registration("myApp/v1"), fast())
        .await
        .expect_err("second");
    match err {
        RegistrationError::Api(e) => assert_eq!(e.kind(), Some(ErrorKind::Conflict), "{e}"),
        other => panic!("expected a 409, got {other:?}"),
    }
}

#[tokio::test]
async fn a_closed_registration_dialog_is_a_403() {
    let sb = JtlSandbox::start(JtlSandboxConfig::default().dialog_open(false))
        .await
        .expect("sandbox");
    let _conformance = apifleet_e2e::Conformant::new(sb.traffic());
    let err = jtl_client(&sb.base_url(), "c")
        .register_and_wait(registration("myApp/v1"), fast())
        .await
        .expect_err("403");
    match err {
        RegistrationError::Api(e) => {
            assert_eq!(e.kind(), Some(ErrorKind::Forbidden));
            assert_eq!(
                e.body().and_then(|b| b.code.as_deref()),
                Some("NO_APPLICATION_SERVICE")
            );
        }
        other => panic!("expected a 403, got {other:?}"),
    }
}

#[tokio::test]
async fn polling_with_another_challenge_code_is_refused_and_unknown_ids_are_404() {
    let sb = sandbox(Approval::Manual).await;
    let _conformance = apifleet_e2e::Conformant::new(sb.traffic());
    let created = jtl_client(&sb.base_url(), "right")
        .register_app_v2()
        .body(registration("myApp/v1"))
        .send()
        .await
        .expect("201")
        .into_inner();
    let wrong = jtl_client(&sb.base_url(), "wrong");
    let err = apifleet::jtl::Error::from(
        wrong
            .fetch_registration_status_v2()
            .registration_id(created.registration_request_id.as_str())
            .send()
            .await
            .expect_err("403"),
    );
    assert_eq!(err.kind(), Some(ErrorKind::Forbidden));
    let err = apifleet::jtl::Error::from(
        wrong
            .fetch_registration_status_v2()
            .registration_id("no-such-id")
            .send()
            .await
            .expect_err("404"),
    );
    assert_eq!(err.kind(), Some(ErrorKind::NotFound));
}

#[tokio::test]
async fn a_wrong_token_is_a_401_with_an_empty_body() {
    let sb = JtlSandbox::start(JtlSandboxConfig::default().accepted_tokens(["good"]))
        .await
        .expect("sandbox");
    let _conformance = apifleet_e2e::Conformant::new(sb.traffic());
    let jtl = JtlClient::builder()
        .base_url(sb.base_url())
        .bearer_token("bad")
        .tenant_id(TENANT)
        .build()
        .expect("config");
    let err = apifleet::jtl::Error::from(jtl.get_info().send().await.expect_err("401"));
    assert_eq!(err.kind(), Some(ErrorKind::Unauthorized));
    assert!(err.to_string().contains("(empty body)"), "{err}");
}

#[tokio::test]
async fn the_issued_key_authenticates_on_premise_style() {
    let sb = sandbox(Approval::AfterPolls(1)).await;
    let _conformance = apifleet_e2e::Conformant::new(sb.traffic());
    let app = jtl_client(&sb.base_url(), "c")
        .register_and_wait(registration("myApp/v1"), fast())
        .await
        .expect("accepted");
    let onprem = JtlClient::builder()
        .base_url(sb.base_url())
        .wawi_api_key(app.api_key.clone())
        .tenant_id(TENANT)
        .api_version("1.0")
        .build()
        .expect("config");
    let info = onprem.get_info().send().await.expect("200");
    assert_eq!(info.tenant.as_deref(), Some(TENANT));
    let last = sb.requests().pop().expect("recorded");
    assert_eq!(
        last.header("authorization").map(|a| a.starts_with("Wawi ")),
        Some(true)
    );
    assert_eq!(last.header("api-version"), Some("1.0"));
}

#[tokio::test]
async fn customers_round_trip_and_validation_errors_are_typed() {
    use apifleet::jtl::types;
    use futures_util::StreamExt as _;
    let sb = sandbox(Approval::Manual).await;
    let _conformance = apifleet_e2e::Conformant::new(sb.traffic());
    let jtl = jtl_client(&sb.base_url(), "c");
    let created = jtl
        .create_customer()
        .body(
            types::CreateCustomer::builder()
                .customer_group_id(1)
                .internal_company_id(1)
                .language_iso("DE")
                .billing_address(
                    types::CreateAddress::builder()
                        .city("Berlin")
                        .country_iso("DE"),
                ),
        )
        .send()
        .await
        .expect("201")
        .into_inner();
    let fetched = jtl
        .get_customer()
        .customer_id(created.id)
        .send()
        .await
        .expect("200")
        .into_inner();
    assert_eq!(
        fetched.billing_address.and_then(|a| a.city).as_deref(),
        Some("Berlin")
    );
    let all: Vec<_> = jtl
        .customers(std::num::NonZeroU32::MIN, |q| q)
        .collect()
        .await;
    assert_eq!(all.len(), 1);

    let missing = apifleet::jtl::Error::from(
        jtl.get_customer()
            .customer_id(999)
            .send()
            .await
            .expect_err("404"),
    );
    assert_eq!(missing.kind(), Some(ErrorKind::NotFound));
    assert_eq!(
        missing.body().and_then(|b| b.code.as_deref()),
        Some("NOT_FOUND")
    );
}
