//! ZITADEL's v2 services end to end against the sandbox stand-in: an organization, a human user
//! with a password, a machine user, users listed with queries and pages, a session with a password
//! check; each request checked on the wire (method, Connect path, JSON body).

use apifleet::zitadel::v2::types;
use apifleet::zitadel::{Error, ErrorExt as _, GrpcCode, ZitadelClient};
use apifleet_e2e::zitadel_client;
use apifleet_sandbox::zitadel::{ZitadelSandbox, ZitadelSandboxConfig};
use futures_util::StreamExt as _;
use serde_json::{Value, json};
use std::num::NonZeroU32;

async fn sandbox() -> ZitadelSandbox {
    ZitadelSandbox::start(ZitadelSandboxConfig::default())
        .await
        .expect("sandbox starts")
}

/// The last request the sandbox received: method, path and JSON body.
fn last(sb: &ZitadelSandbox) -> (String, String, Value) {
    let request = sb.requests().pop().expect("a request");
    let body = serde_json::from_slice(&request.body).unwrap_or(Value::Null);
    (request.method, request.uri, body)
}

async fn add_org(z: &ZitadelClient, name: &str) -> String {
    z.v2()
        .add_organization()
        .body(types::AddOrganizationRequest {
            name: Some(name.into()),
            ..Default::default()
        })
        .send()
        .await
        .expect("organization added")
        .into_inner()
        .organization_id
        .expect("an id")
}

fn human(org: &str, username: &str, password: Option<&str>) -> types::AddHumanUserRequest {
    types::AddHumanUserRequest {
        username: Some(username.into()),
        organization: Some(types::UserOrganization {
            org: Some(types::UserOrganizationOrg::OrgId(org.into())),
        }),
        profile: Some(types::SetHumanProfile {
            given_name: Some("Ada".into()),
            family_name: Some("Lovelace".into()),
            ..Default::default()
        }),
        email: Some(types::SetHumanEmail {
            email: Some(format!("{username}@example.com")),
            verification: Some(types::SetHumanEmailVerification::IsVerified(true)),
        }),
        password_type: password.map(|p| {
            types::AddHumanUserRequestPasswordType::Password(types::Password {
                password: Some(p.into()),
                change_required: None,
            })
        }),
        ..Default::default()
    }
}

fn password_session(user_id: &str, password: &str) -> types::CreateSessionRequest {
    types::CreateSessionRequest {
        checks: Some(types::Checks {
            user: Some(types::CheckUser {
                search: Some(types::CheckUserSearch::UserId(user_id.into())),
            }),
            password: Some(types::CheckPassword {
                password: Some(password.into()),
            }),
            ..Default::default()
        }),
        ..Default::default()
    }
}

#[tokio::test]
async fn organization_user_password_and_session() {
    let sb = sandbox().await;
    let z = zitadel_client(&sb.base_url(), None);

    let org = add_org(&z, "Analytical Engines").await;
    assert_eq!(
        last(&sb),
        (
            "POST".into(),
            "/zitadel.org.v2.OrganizationService/AddOrganization".into(),
            json!({"name": "Analytical Engines"})
        )
    );

    let added = z
        .v2()
        .add_human_user()
        .body(human(&org, "ada", None))
        .send()
        .await
        .expect("user added")
        .into_inner();
    let user_id = added.user_id.expect("a user id");
    assert_eq!(
        added
            .details
            .as_ref()
            .and_then(|d| d.resource_owner.as_deref()),
        Some(org.as_str())
    );
    assert_eq!(
        last(&sb),
        (
            "POST".into(),
            "/zitadel.user.v2.UserService/AddHumanUser".into(),
            json!({
                "username": "ada",
                "organization": {"orgId": org},
                "profile": {"givenName": "Ada", "familyName": "Lovelace"},
                "email": {"email": "ada@example.com", "isVerified": true},
            })
        )
    );

    // No password yet: a password check fails.
    let err = Error::from(
        z.v2()
            .create_session()
            .body(password_session(&user_id, "Secr3t!pass"))
            .send()
            .await
            .expect_err("no password set"),
    );
    assert_eq!(err.grpc_code(), Some(GrpcCode::FailedPrecondition));

    // A weak password is refused by the complexity policy.
    let weak = z
        .v2()
        .set_password()
        .body(types::SetPasswordRequest {
            user_id: Some(user_id.clone()),
            new_password: Some(types::Password {
                password: Some("short".into()),
                change_required: None,
            }),
            ..Default::default()
        })
        .send()
        .await;
    assert_eq!(
        Error::from(weak.expect_err("too weak")).grpc_code(),
        Some(GrpcCode::InvalidArgument)
    );

    z.v2()
        .set_password()
        .body(types::SetPasswordRequest {
            user_id: Some(user_id.clone()),
            new_password: Some(types::Password {
                password: Some("Secr3t!pass".into()),
                change_required: Some(false),
            }),
            ..Default::default()
        })
        .send()
        .await
        .expect("password set");
    assert_eq!(
        last(&sb),
        (
            "POST".into(),
            "/zitadel.user.v2.UserService/SetPassword".into(),
            json!({"userId": user_id, "newPassword": {"password": "Secr3t!pass", "changeRequired": false}})
        )
    );

    let wrong = z
        .v2()
        .create_session()
        .body(password_session(&user_id, "Wr0ng!pass"))
        .send()
        .await;
    let err = Error::from(wrong.expect_err("wrong password"));
    assert_eq!(err.grpc_code(), Some(GrpcCode::InvalidArgument));
    assert_eq!(err.body().and_then(|b| b.error_id()), Some("COMMAND-3M0fs"));

    let session = z
        .v2()
        .create_session()
        .body(password_session(&user_id, "Secr3t!pass"))
        .send()
        .await
        .expect("session created")
        .into_inner();
    assert_eq!(
        last(&sb),
        (
            "POST".into(),
            "/zitadel.session.v2.SessionService/CreateSession".into(),
            json!({"checks": {"user": {"userId": user_id}, "password": {"password": "Secr3t!pass"}}})
        )
    );
    let session_id = session.session_id.expect("a session id");
    let read = z
        .v2()
        .get_session()
        .body(types::GetSessionRequest {
            session_id: Some(session_id.clone()),
            session_token: session.session_token.clone(),
        })
        .send()
        .await
        .expect("session read")
        .into_inner()
        .session
        .expect("a session");
    let factors = read.factors.expect("factors");
    assert_eq!(
        factors.user.as_ref().and_then(|u| u.id.as_deref()),
        Some(user_id.as_str())
    );
    assert_eq!(
        factors.user.and_then(|u| u.organization_id),
        Some(org.clone())
    );
    assert!(
        factors.password.and_then(|p| p.verified_at).is_some(),
        "the password was checked"
    );
}

#[tokio::test]
async fn users_listed_with_queries_and_pages() {
    let sb = sandbox().await;
    let z = zitadel_client(&sb.base_url(), None);
    let org = add_org(&z, "Listing").await;
    for name in ["ann", "bob", "anna", "andy"] {
        z.v2()
            .add_human_user()
            .body(human(&org, name, Some("Secr3t!pass")))
            .send()
            .await
            .expect("user added");
    }
    z.v2()
        .create_user()
        .body(types::CreateUserRequest {
            organization_id: Some(org.clone()),
            username: Some("robot".into()),
            user_type: Some(types::CreateUserRequestUserType::Machine(types::Machine {
                name: Some("Robot".into()),
                description: None,
            })),
            ..Default::default()
        })
        .send()
        .await
        .expect("machine user created");

    // Humans whose user name starts with "an", oldest first, two per page.
    let request = types::ListUsersRequest {
        query: Some(types::ListQuery {
            asc: Some(true),
            ..Default::default()
        }),
        queries: vec![
            types::UserSearchQuery {
                query: Some(types::UserSearchQueryQuery::UserNameQuery(
                    types::UserNameQuery {
                        user_name: Some("an".into()),
                        method: Some(types::TextQueryMethod::TextQueryMethodStartsWith),
                    },
                )),
                ..Default::default()
            },
            types::UserSearchQuery {
                query: Some(types::UserSearchQueryQuery::TypeQuery(types::TypeQuery {
                    type_: Some(types::UserType::TypeHuman),
                })),
                ..Default::default()
            },
        ],
        ..Default::default()
    };
    let names: Vec<String> = z
        .v2()
        .list_users_stream(NonZeroU32::new(2).expect("non-zero"), request.clone())
        .map(|u| u.expect("a page").username.unwrap_or_default())
        .collect()
        .await;
    assert_eq!(names, ["ann", "anna", "andy"]);
    let pages: Vec<(String, Value)> = sb
        .requests()
        .into_iter()
        .filter(|r| r.uri == "/zitadel.user.v2.UserService/ListUsers")
        .map(|r| {
            (
                r.method,
                serde_json::from_slice(&r.body).unwrap_or(Value::Null),
            )
        })
        .collect();
    let queries = json!([
        {"userNameQuery": {"userName": "an", "method": "TEXT_QUERY_METHOD_STARTS_WITH"}},
        {"typeQuery": {"type": "TYPE_HUMAN"}}
    ]);
    assert_eq!(
        pages,
        [
            (
                "POST".to_string(),
                json!({"query": {"offset": "0", "limit": 2, "asc": true}, "queries": queries})
            ),
            (
                "POST".to_string(),
                json!({"query": {"offset": "2", "limit": 2, "asc": true}, "queries": queries})
            ),
        ]
    );

    // One page of machines in the organization.
    let machines = z
        .v2()
        .list_users()
        .body(types::ListUsersRequest {
            queries: vec![
                types::UserSearchQuery {
                    query: Some(types::UserSearchQueryQuery::OrganizationIdQuery(
                        types::UserOrganizationIdQuery {
                            organization_id: Some(org.clone()),
                        },
                    )),
                    ..Default::default()
                },
                types::UserSearchQuery {
                    query: Some(types::UserSearchQueryQuery::TypeQuery(types::TypeQuery {
                        type_: Some(types::UserType::TypeMachine),
                    })),
                    ..Default::default()
                },
            ],
            ..Default::default()
        })
        .send()
        .await
        .expect("listed")
        .into_inner();
    assert_eq!(
        machines.details.and_then(|d| d.total_result).map(u64::from),
        Some(1)
    );
    let Some(types::UserTypeOneof::Machine(machine)) = &machines.result[0].type_ else {
        panic!("a machine user: {:?}", machines.result[0]);
    };
    assert_eq!(machine.name.as_deref(), Some("Robot"));
}

#[tokio::test]
async fn v2_errors_are_connect_errors() {
    let sb = sandbox().await;
    let z = zitadel_client(&sb.base_url(), None);
    let missing = z
        .v2()
        .get_user_by_id()
        .body(types::GetUserByIdRequest {
            user_id: Some("404".into()),
        })
        .send()
        .await;
    let err = Error::from(missing.expect_err("not found"));
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(err.grpc_code(), Some(GrpcCode::NotFound));
    assert_eq!(err.body().and_then(|b| b.error_id()), Some("QUERY-Dfbg2"));

    let org = add_org(&z, "Dupes").await;
    z.v2()
        .add_human_user()
        .body(human(&org, "same", None))
        .send()
        .await
        .expect("first");
    let again = z
        .v2()
        .add_human_user()
        .body(human(&org, "same", None))
        .send()
        .await;
    assert_eq!(
        Error::from(again.expect_err("taken")).grpc_code(),
        Some(GrpcCode::AlreadyExists)
    );
}
