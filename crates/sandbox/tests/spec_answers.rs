//! The spec-driven engine over HTTP: who answers each operation, what a made-up success looks
//! like, and how a request that breaks the spec is refused, per provider.

use apifleet_sandbox::dfns::{DfnsSandbox, DfnsSandboxConfig};
use apifleet_sandbox::engine::spec::{Location, Operation};
use apifleet_sandbox::engine::{ANSWER_HEADER, Api, Arguments};
use apifleet_sandbox::jtl::{JtlSandbox, JtlSandboxConfig};
use apifleet_sandbox::zitadel::{ZitadelSandbox, ZitadelSandboxConfig};
use apifleet_sandbox::{Answers, ServerOptions};
use serde_json::{Value, json};

const TENANT: &str = "5d0b8f0e-2c71-4a36-b0f5-6e9a1c3d7b42";

/// The request `args` make for `op`: path filled in, query and headers set, the JSON body.
fn request(
    http: &reqwest::Client,
    base: &str,
    op: &Operation,
    args: &Arguments,
) -> reqwest::RequestBuilder {
    let text = |v: &Value| match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let mut path = op.path.clone();
    let mut query = Vec::new();
    let mut headers = Vec::new();
    for param in &op.params {
        let Some((_, value)) = args.params.iter().find(|(n, _)| *n == param.name) else {
            continue;
        };
        match param.location {
            Location::Path => path = path.replace(&format!("{{{}}}", param.name), &text(value)),
            Location::Query => match value {
                Value::Array(items) => {
                    query.extend(items.iter().map(|i| (param.name.clone(), text(i))))
                }
                other => query.push((param.name.clone(), text(other))),
            },
            Location::Header => headers.push((param.name.clone(), text(value))),
            Location::Cookie => {}
        }
    }
    let method = reqwest::Method::from_bytes(op.method.as_bytes()).expect("a method");
    let mut builder = http
        .request(method, format!("{base}{path}"))
        .query(&query)
        .bearer_auth("sandbox-token")
        .header("x-tenant-id", TENANT);
    for (name, value) in headers {
        builder = builder.header(name, value);
    }
    if let Some(body) = &args.body {
        builder = builder.json(body);
    }
    builder
}

/// Calls every operation of the listing once and checks that state answers exactly the ones the
/// listing says, and that it lists every operation of the spec.
async fn listing_matches_who_answers(base: &str, api: &Api) {
    let http = reqwest::Client::new();
    let listing: Value = http
        .get(format!("{base}/_sandbox/operations"))
        .send()
        .await
        .expect("the control API answers")
        .json()
        .await
        .expect("JSON");
    let listed = listing["operations"].as_array().expect("a list");
    assert_eq!(listed.len(), api.operations().len(), "{}", api.name());
    let mut wrong = Vec::new();
    for entry in listed {
        let op = api
            .operations()
            .iter()
            .find(|o| o.id == entry["operationId"])
            .expect("a listed operation is in the spec");
        let args = api.arguments(op, 1);
        let response = request(&http, base, op, &args)
            .send()
            .await
            .expect("an answer");
        let by_spec = response.headers().get(ANSWER_HEADER).is_some();
        let listed_spec = entry["answers"] == "spec";
        if by_spec != listed_spec {
            wrong.push(format!(
                "{} {} {}: listed {}, answered by {} ({})",
                op.id,
                op.method,
                op.path,
                entry["answers"],
                if by_spec { "the spec" } else { "state" },
                response.status()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[tokio::test]
async fn the_operations_listing_says_who_answers_each_operation() {
    let dfns = DfnsSandbox::start(DfnsSandboxConfig::default())
        .await
        .expect("starts");
    listing_matches_who_answers(&dfns.base_url(), Api::dfns().expect("spec")).await;
    let jtl = JtlSandbox::start(JtlSandboxConfig::default())
        .await
        .expect("starts");
    listing_matches_who_answers(&jtl.base_url(), Api::jtl().expect("spec")).await;
    let zitadel = ZitadelSandbox::start(ZitadelSandboxConfig::default())
        .await
        .expect("starts");
    listing_matches_who_answers(&zitadel.base_url(), Api::zitadel().expect("spec")).await;
}

#[tokio::test]
async fn an_operation_without_state_answers_a_valid_deterministic_body_echoing_the_path() {
    let sandbox = DfnsSandbox::start(DfnsSandboxConfig::default())
        .await
        .expect("starts");
    let api = Api::dfns().expect("spec");
    let (op, _) = api.find("GET", "/v2/policies/p-1").expect("GetPolicy");
    let http = reqwest::Client::new();
    let get = || {
        http.get(format!("{}/v2/policies/po-42", sandbox.base_url()))
            .bearer_auth("t")
            .send()
    };
    let first = get().await.expect("answers");
    assert_eq!(first.status(), 200);
    assert_eq!(first.headers()[ANSWER_HEADER], "spec");
    let first: Value = first.json().await.expect("JSON");
    let second: Value = get().await.expect("answers").json().await.expect("JSON");
    assert_eq!(first, second, "the same seed gives the same body");
    assert_eq!(first["id"], "po-42", "the path's identifier is echoed");
    let schema = op
        .success()
        .and_then(|s| s.content[0].schema.clone())
        .expect("a schema");
    api.check(&schema, &first)
        .expect("the body is valid against the spec");

    let other_seed =
        DfnsSandbox::start(DfnsSandboxConfig::default().server(ServerOptions::default().seed(9)))
            .await
            .expect("starts");
    let third: Value = http
        .get(format!("{}/v2/policies/po-42", other_seed.base_url()))
        .bearer_auth("t")
        .send()
        .await
        .expect("answers")
        .json()
        .await
        .expect("JSON");
    assert_ne!(first, third, "another seed gives another body");
}

#[tokio::test]
async fn a_request_that_breaks_the_spec_gets_the_providers_error_naming_the_field() {
    let http = reqwest::Client::new();
    let dfns = DfnsSandbox::start(DfnsSandboxConfig::default())
        .await
        .expect("starts");
    // POST /v2/policies takes a body with required fields: a number where a string belongs.
    let response = http
        .post(format!("{}/v2/policies", dfns.base_url()))
        .bearer_auth("t")
        .json(&json!({"name": 5}))
        .send()
        .await
        .expect("answers");
    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(body["error"]["status"], 400, "Dfns' shape: {body}");
    let message = body["error"]["message"].as_str().expect("a message");
    assert!(message.starts_with("body"), "{message}");

    // A query parameter of the wrong type.
    let response = http
        .get(format!("{}/v2/policies?status=Bogus", dfns.base_url()))
        .bearer_auth("t")
        .send()
        .await
        .expect("answers");
    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.expect("JSON");
    let message = body["error"]["message"].as_str().expect("a message");
    assert!(
        message.starts_with("query parameter status: \"Bogus\": "),
        "{message}"
    );

    // No token: the stand-in's own check, before any validation.
    let response = http
        .post(format!("{}/v2/policies", dfns.base_url()))
        .json(&json!({}))
        .send()
        .await
        .expect("answers");
    assert_eq!(response.status(), 401);

    // A signed operation with a valid body still needs its user action.
    let op = Api::dfns()
        .expect("spec")
        .find("POST", "/v2/policies")
        .expect("CreatePolicy")
        .0;
    let args = Api::dfns().expect("spec").arguments(op, 3);
    let response = http
        .post(format!("{}/v2/policies", dfns.base_url()))
        .bearer_auth("t")
        .json(&args.body)
        .send()
        .await
        .expect("answers");
    assert_eq!(response.status(), 403);

    // Unknown path and wrong method.
    let response = http
        .get(format!("{}/no/such/thing", dfns.base_url()))
        .bearer_auth("t")
        .send()
        .await
        .expect("answers");
    assert_eq!(response.status(), 404);
    let response = http
        .patch(format!("{}/v2/policies", dfns.base_url()))
        .bearer_auth("t")
        .send()
        .await
        .expect("answers");
    assert_eq!(response.status(), 405);
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(body["error"]["message"], "/v2/policies takes GET, POST");

    // ZITADEL's rpcStatus, JTL's ErrorResponse.
    let zitadel = ZitadelSandbox::start(
        ZitadelSandboxConfig::default().server(ServerOptions::default().answers(Answers::FromSpec)),
    )
    .await
    .expect("starts");
    let response = http
        .post(format!("{}/management/v1/idps/oidc", zitadel.base_url()))
        .bearer_auth("t")
        .json(&json!({"name": 7}))
        .send()
        .await
        .expect("answers");
    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(body["code"], 3, "{body}");
    let jtl = JtlSandbox::start(
        JtlSandboxConfig::default().server(ServerOptions::default().answers(Answers::FromSpec)),
    )
    .await
    .expect("starts");
    let response = http
        .get(format!("{}/v1/items?categoryId=x", jtl.base_url()))
        .bearer_auth("t")
        .header("x-tenant-id", TENANT)
        .send()
        .await
        .expect("answers");
    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(body["ErrorCode"], "VALIDATION_ERROR", "{body}");
}
