//! The engine against our three specs: every schema compiles, every operation's made-up success
//! body and minimal arguments satisfy the spec.

use super::Api;
use super::spec::Location;

#[test]
fn every_schema_of_every_spec_compiles() {
    for api in Api::all().expect("the embedded specs parse") {
        assert!(
            api.schema_failures().is_empty(),
            "{}: {:#?}",
            api.name(),
            api.schema_failures()
        );
    }
}

#[test]
fn every_success_body_and_every_minimal_argument_is_valid() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for api in Api::all().expect("the embedded specs parse") {
        for op in api.operations() {
            checked += 1;
            let answer = api.success(op, &[], 7);
            if let Some(pointer) = op
                .success()
                .and_then(|s| s.content.first())
                .filter(|m| super::is_json(&m.media_type))
                .and_then(|m| m.schema.as_deref())
            {
                let body: serde_json::Value =
                    serde_json::from_slice(&answer.body).expect("the engine writes JSON");
                if let Err(v) = api.check(pointer, &body) {
                    problems.push(format!("{} {}: response {v}", api.name(), op.id));
                }
            }
            let args = api.arguments(op, 7);
            for param in op.params.iter().filter(|p| p.required && !p.from_config) {
                let Some((_, value)) = args.params.iter().find(|(n, _)| *n == param.name) else {
                    problems.push(format!("{} {}: no {}", api.name(), op.id, param.name));
                    continue;
                };
                if let Some(pointer) = &param.schema
                    && let Err(v) = api.check(pointer, value)
                {
                    problems.push(format!("{} {}: {} {v}", api.name(), op.id, param.name));
                }
                if param.location == Location::Path && value.is_null() {
                    problems.push(format!(
                        "{} {}: null path {}",
                        api.name(),
                        op.id,
                        param.name
                    ));
                }
            }
            if let (Some(body), Some(pointer)) = (
                &args.body,
                op.body
                    .as_ref()
                    .and_then(|b| b.content.first())
                    .and_then(|m| m.schema.as_deref()),
            ) && let Err(v) = api.check(pointer, body)
            {
                problems.push(format!("{} {}: body {v}", api.name(), op.id));
            }
        }
    }
    assert!(checked > 200, "only {checked} operations");
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn a_wallet_answer_looks_like_a_wallet_and_a_wrong_one_is_caught() {
    let api = Api::dfns().expect("parses");
    let (op, values) = api.find("GET", "/wallets/wa-123").expect("GetWallet");
    let answer = api.success(op, &values, 7);
    assert_eq!(answer.status, 200);
    let body: serde_json::Value = serde_json::from_slice(&answer.body).expect("json");
    assert_eq!(body["id"], "wa-123", "{body}");
    assert!(body["network"].is_string(), "{body}");
    let pointer = op
        .success()
        .and_then(|s| s.content.first())
        .and_then(|m| m.schema.clone())
        .expect("a schema");
    let mut wrong = body.clone();
    wrong["id"] = serde_json::json!(5);
    let violation = api
        .check(&pointer, &wrong)
        .expect_err("a number is not an id");
    assert_eq!(violation.at, "/id");
    let (create, _) = api.find("POST", "/wallets").expect("CreateWallet");
    let args = api.arguments(create, 7);
    assert!(args.params.is_empty());
    let body = args.body.expect("CreateWallet takes a body");
    assert_eq!(
        body.as_object().map(|m| m.keys().collect::<Vec<_>>()),
        Some(vec![&"network".to_string()]),
        "only the required field: {body}"
    );
}

#[test]
fn a_oneof_answer_carries_one_member_of_the_group() {
    let api = Api::zitadel_v2().expect("parses");
    let (op, values) = api
        .find("POST", "/zitadel.user.v2.UserService/GetUserByID")
        .expect("GetUserByID");
    let answer = api.success(op, &values, 7);
    let body: serde_json::Value = serde_json::from_slice(&answer.body).expect("json");
    let user = body["user"].as_object().expect("a user");
    // `User` has the oneof `type` {human, machine}: the answer fills the first member only.
    assert!(user.contains_key("human"), "{body}");
    assert!(!user.contains_key("machine"), "{body}");
}
