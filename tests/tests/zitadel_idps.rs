//! ZITADEL identity providers end to end against the sandbox stand-in.
#![allow(deprecated)] // the deprecated v1 family is what these tests exercise, next to its replacement

use apifleet::zitadel::{Error, ErrorExt as _, ErrorKind, GrpcCode, IdpState, IdpTypeV2, types};
use apifleet_e2e::{jwt_idp, seed_jwt_config, zitadel_client};
use apifleet_sandbox::zitadel::{IdpKind, Owner, ZitadelSandbox, ZitadelSandboxConfig};
use futures_util::StreamExt as _;

async fn sandbox() -> ZitadelSandbox {
    ZitadelSandbox::start(ZitadelSandboxConfig::default())
        .await
        .expect("sandbox starts")
}

fn sequence(details: &Option<types::ObjectDetails>) -> u64 {
    details
        .as_ref()
        .and_then(|d| d.sequence)
        .map(u64::from)
        .unwrap_or(0)
}

#[tokio::test]
async fn the_seed_flow_add_update_then_no_op_in_an_organisation() {
    let sb = sandbox().await;
    let _conformance = apifleet_e2e::Conformant::new(sb.traffic());
    let z = zitadel_client(&sb.base_url(), Some("org-a"));
    let added = z
        .mgmt_add_org_jwt_idp()
        .body(jwt_idp("Partner SSO"))
        .send()
        .await
        .expect("added")
        .into_inner();
    let id = added.idp_id.clone().expect("idp id");
    let first = sequence(&added.details);

    let updated = z
        .mgmt_update_org_idp_jwt_config()
        .idp_id(id.as_str())
        .body(seed_jwt_config())
        .send()
        .await
        .expect("updated");
    let details = updated.details.as_ref().expect("details");
    assert!(sequence(&updated.details) > first, "sequence grows");
    assert_eq!(details.resource_owner.as_deref(), Some("org-a"));
    assert!(
        details.creation_date.is_none(),
        "writes answer without creationDate, as ZITADEL"
    );

    let same = z
        .mgmt_update_org_idp_jwt_config()
        .idp_id(id.as_str())
        .body(seed_jwt_config())
        .send()
        .await;
    let err = Error::from(same.expect_err("no-op"));
    assert!(err.is_not_changed(), "{err}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400));

    let stored = sb.idps();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].owner, Owner::Org("org-a".into()));
    assert!(
        matches!(&stored[0].kind, IdpKind::Jwt { issuer, .. } if issuer == "https://accounts.custom.com")
    );
    let request = sb
        .requests()
        .into_iter()
        .find(|r| r.method == "PUT")
        .expect("recorded");
    assert_eq!(request.header("x-zitadel-orgid"), Some("org-a"));
}

#[tokio::test]
async fn the_replacement_endpoints_manage_the_same_idp() {
    let sb = sandbox().await;
    let _conformance = apifleet_e2e::Conformant::new(sb.traffic());
    let z = zitadel_client(&sb.base_url(), None);
    let id = z
        .admin_add_jwt_idp()
        .body(jwt_idp("Legacy"))
        .send()
        .await
        .expect("added")
        .into_inner()
        .idp_id
        .expect("id");
    let update = types::UpdateJwtProviderRequest::builder()
        .name("Legacy, renamed")
        .issuer("https://accounts.custom.com")
        .jwt_endpoint("https://custom.com/auth/jwt")
        .keys_endpoint(Some(
            "https://accounts.custom.com/keys".parse().expect("valid"),
        ))
        .header_name("x-auth-token");
    z.admin_update_jwt_provider()
        .id(id.as_str())
        .body(update.clone())
        .send()
        .await
        .expect("updated");
    let again = Error::from(
        z.admin_update_jwt_provider()
            .id(id.as_str())
            .body(update)
            .send()
            .await
            .expect_err("no-op"),
    );
    assert!(again.is_not_changed());

    let provider = z
        .admin_get_provider_by_id()
        .id(id.as_str())
        .send()
        .await
        .expect("read")
        .into_inner()
        .idp
        .expect("idp");
    assert_eq!(provider.name.as_deref(), Some("Legacy, renamed"));
    assert_eq!(
        provider
            .config
            .and_then(|c| c.jwt)
            .and_then(|j| j.header_name)
            .as_deref(),
        Some("x-auth-token")
    );

    let v2 = z
        .get_idp_by_id_v2()
        .id(id.as_str())
        .send()
        .await
        .expect("v2")
        .into_inner()
        .idp
        .expect("idp");
    assert_eq!(v2.type_, Some(IdpTypeV2::Jwt));
    assert_eq!(
        v2.details.and_then(|d| d.resource_owner),
        Some(sb.instance_id())
    );

    // The Admin API's deprecated read puts the IDP id in resourceOwner: the quirk is reproduced.
    let legacy = z
        .admin_get_idp_by_id()
        .idp_id(id.as_str())
        .send()
        .await
        .expect("read")
        .into_inner()
        .idp
        .expect("idp");
    assert_eq!(
        legacy.details.and_then(|d| d.resource_owner),
        Some(id.clone())
    );
    assert_eq!(legacy.state, Some(IdpState::Active));
    assert_eq!(legacy.auto_register, None, "false is omitted on the wire");

    z.admin_delete_provider()
        .id(id.as_str())
        .send()
        .await
        .expect("deleted");
    let gone = Error::from(
        z.get_idp_by_id_v2()
            .id(id.as_str())
            .send()
            .await
            .expect_err("404"),
    );
    assert_eq!(gone.kind(), Some(ErrorKind::NotFound));
    assert_eq!(gone.grpc_code(), Some(GrpcCode::NotFound));
}

#[tokio::test]
async fn organisations_are_separate_and_the_instance_is_separate_from_both() {
    let sb = sandbox().await;
    let _conformance = apifleet_e2e::Conformant::new(sb.traffic());
    let a = zitadel_client(&sb.base_url(), Some("org-a"));
    let b = zitadel_client(&sb.base_url(), Some("org-b"));
    let id = a
        .mgmt_add_org_jwt_idp()
        .body(jwt_idp("A"))
        .send()
        .await
        .expect("added")
        .into_inner()
        .idp_id
        .expect("id");
    let err = Error::from(
        b.mgmt_get_org_idp_by_id()
            .idp_id(id.as_str())
            .send()
            .await
            .expect_err("other org"),
    );
    assert_eq!(err.kind(), Some(ErrorKind::NotFound));
    let err = Error::from(
        a.admin_get_idp_by_id()
            .idp_id(id.as_str())
            .send()
            .await
            .expect_err("not an instance IDP"),
    );
    assert_eq!(err.grpc_code(), Some(GrpcCode::NotFound));
    assert_eq!(
        err.body().and_then(|body| body.error_id()),
        Some("INSTANCE-67J9d")
    );
}

#[tokio::test]
async fn deactivate_reactivate_and_remove_follow_each_api() {
    let sb = sandbox().await;
    let _conformance = apifleet_e2e::Conformant::new(sb.traffic());
    let z = zitadel_client(&sb.base_url(), Some("org-a"));
    let org_idp = z
        .mgmt_add_org_jwt_idp()
        .body(jwt_idp("A"))
        .send()
        .await
        .expect("added")
        .into_inner()
        .idp_id
        .expect("id");
    z.mgmt_deactivate_org_idp()
        .idp_id(org_idp.as_str())
        .body(types::EmptyRequest {})
        .send()
        .await
        .expect("deactivated");
    let twice = Error::from(
        z.mgmt_deactivate_org_idp()
            .idp_id(org_idp.as_str())
            .body(types::EmptyRequest {})
            .send()
            .await
            .expect_err("twice"),
    );
    assert_eq!(twice.grpc_code(), Some(GrpcCode::FailedPrecondition));
    z.mgmt_reactivate_org_idp()
        .idp_id(org_idp.as_str())
        .body(types::EmptyRequest {})
        .send()
        .await
        .expect("reactivated");
    let removed = z
        .mgmt_remove_org_idp()
        .idp_id(org_idp.as_str())
        .send()
        .await
        .expect("removed");
    assert_eq!(removed.status().as_u16(), 200);

    let inst = z
        .admin_add_jwt_idp()
        .body(jwt_idp("I"))
        .send()
        .await
        .expect("added")
        .into_inner()
        .idp_id
        .expect("id");
    z.admin_deactivate_idp()
        .idp_id(inst.as_str())
        .send()
        .await
        .expect("deactivated without a body");
    let removed = z
        .admin_remove_idp()
        .idp_id(inst.as_str())
        .send()
        .await
        .expect("removed")
        .into_inner();
    assert!(
        removed.details.and_then(|d| d.sequence).is_some(),
        "the Admin API answers details"
    );
    assert!(sb.idps().is_empty());
}

#[tokio::test]
async fn the_server_validates_lengths_like_zitadel() {
    // No conformance check: this test sends what the spec forbids on purpose.
    let sb = sandbox().await;
    // Bypass the client's own checks with a raw request, to see the stand-in's answer.
    let response = reqwest::Client::new()
        .put(format!("{}/admin/v1/idps/1/jwt_config", sb.base_url()))
        .bearer_auth("sandbox-pat")
        .json(&serde_json::json!({"jwtEndpoint": "j", "issuer": "i", "keysEndpoint": "k", "headerName": ""}))
        .send()
        .await
        .expect("answer");
    assert_eq!(response.status().as_u16(), 400);
    let body: serde_json::Value = response.json().await.expect("rpcStatus");
    assert_eq!(body["code"], 3);
    assert!(
        body["message"]
            .as_str()
            .is_some_and(|m| m.contains("HeaderName: value length must be between 1 and 200")),
        "{body}"
    );

    let unauthenticated = reqwest::get(format!("{}/v2/idps/1", sb.base_url()))
        .await
        .expect("answer");
    assert_eq!(unauthenticated.status().as_u16(), 401);
}

#[tokio::test]
async fn the_paginator_walks_every_provider_one_page_at_a_time() {
    let sb = sandbox().await;
    let _conformance = apifleet_e2e::Conformant::new(sb.traffic());
    let z = zitadel_client(&sb.base_url(), None);
    for i in 0..5 {
        let name = format!("P{i}");
        let request = types::AddJwtProviderRequest::builder()
            .name(name.as_str())
            .issuer("https://i.example")
            .jwt_endpoint("https://i.example/jwt")
            .keys_endpoint("https://i.example/keys")
            .header_name("authorization");
        z.admin_add_jwt_provider()
            .body(request)
            .send()
            .await
            .expect("added");
    }
    let limit = std::num::NonZeroU32::new(2).expect("non-zero");
    let names: Vec<String> = z
        .admin_providers(limit, vec![])
        .map(|p| p.expect("provider").name.unwrap_or_default())
        .collect()
        .await;
    assert_eq!(names, vec!["P0", "P1", "P2", "P3", "P4"]);
    let searches = sb
        .requests()
        .into_iter()
        .filter(|r| r.uri.ends_with("/templates/_search"))
        .count();
    assert_eq!(searches, 3, "offsets 0, 2, 4");
}
