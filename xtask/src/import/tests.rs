//! The importer end to end, on a small 3.1 document written for this test
//! (`xtask/tests/import/`), with every conversion category in it.

use super::*;
use crate::providers::Provider;

const PUBLISHED: &str = include_str!("../../tests/import/published.json");
const OVERLAY: &str = include_str!("../../tests/import/overlay.yaml");
const NAMES: &str = include_str!("../../tests/import/names.yaml");

const SOURCE: Source = Source {
    provider: "example",
    publisher: "Example",
    spec: "openapi/example.yaml",
    overlay: "openapi/overlays/example.yaml",
    names: "openapi/overlays/example.names.yaml",
    reference: |tag, summary| format!("https://docs.example.test/{}/{}", slug(tag), slug(summary)),
    path_prefix: "",
    shared_parameters: &[],
    optional_response_properties: false,
    areas: &[],
};

fn imported() -> (Imported, Value) {
    let imported = import(
        &SOURCE,
        "published.json",
        PUBLISHED.as_bytes(),
        OVERLAY,
        NAMES,
    )
    .expect("the example imports");
    let doc: Value = serde_norway::from_str(&imported.spec).expect("the spec is YAML");
    (imported, doc)
}

fn op<'a>(doc: &'a Value, path: &str, method: &str) -> &'a Value {
    &doc["paths"][path][method]
}

#[test]
fn converts_every_31_construct_to_303() {
    let (imported, doc) = imported();
    assert_eq!(doc["openapi"], "3.0.3");
    // type: [T, null] → nullable.
    assert_eq!(
        doc["components"]["schemas"]["Wallet"]["properties"]["name"],
        json!({"type": "string", "nullable": true})
    );
    // Numeric exclusiveMinimum → boolean form where we send it; dropped where we receive it.
    assert_eq!(
        op(&doc, "/wallets", "post")["requestBody"]["content"]["application/json"]["schema"]["properties"]
            ["fundingAmount"],
        json!({"type": "number", "minimum": 0, "exclusiveMinimum": true})
    );
    assert_eq!(
        doc["components"]["schemas"]["Signature"]["properties"]["fee"],
        json!({"type": "number"})
    );
    // $ref siblings dropped.
    assert_eq!(
        op(&doc, "/wallets", "post")["responses"]["200"]["content"]["application/json"]["schema"],
        json!({"$ref": "#/components/schemas/Wallet"})
    );
    // additionalProperties: false kept on requests, opened on responses.
    let create =
        &op(&doc, "/wallets", "post")["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(create["additionalProperties"], json!(false));
    assert!(
        doc["components"]["schemas"]["Wallet"]
            .get("additionalProperties")
            .is_none()
    );
    assert!(
        doc["components"]["schemas"]["Signature"]
            .get("additionalProperties")
            .is_none()
    );
    // Webhook payloads kept as named types; const → enum.
    let event = &doc["components"]["schemas"]["WalletCreatedEvent"];
    assert_eq!(
        event["properties"]["kind"]["enum"],
        json!(["wallet.created"])
    );
    assert!(doc.get("webhooks").is_none());
    for category in [
        "type: [T, null] → nullable",
        "numeric exclusiveMinimum/Maximum",
        "$ref with sibling keywords",
        "additionalProperties: false opened (responses)",
        "webhook payloads kept as schemas",
        "const → single-value enum",
        "constraints relaxed where we receive (pattern, lengths, bounds)",
    ] {
        assert!(
            imported.report.contains(category),
            "report lacks {category}:\n{}",
            imported.report
        );
    }
}

#[test]
fn names_operations_from_the_table_then_summaries_qualifying_collisions() {
    let (imported, doc) = imported();
    assert_eq!(op(&doc, "/wallets", "get")["operationId"], "listWallets");
    assert_eq!(op(&doc, "/wallets", "post")["operationId"], "createWallet");
    assert_eq!(
        op(&doc, "/staking/stats", "get")["operationId"],
        "stakingGetStats"
    );
    assert_eq!(
        op(&doc, "/yields/stats", "get")["operationId"],
        "yieldsGetStats"
    );
    // New names are added to the table, the table's own kept.
    let names = names::Names::parse("names", &imported.names).expect("table");
    assert_eq!(names.operations["GET /wallets"], "listWallets");
    assert_eq!(names.operations["POST /wallets"], "createWallet");
    assert!(
        imported
            .report
            .contains("new operation named: POST /wallets → createWallet")
    );
}

#[test]
fn merges_repeated_shapes_under_pinned_and_derived_names() {
    let (_, doc) = imported();
    let schemas = doc["components"]["schemas"].as_object().expect("schemas");
    // Pinned: the signature shape, used by two operations.
    assert!(schemas.contains_key("Signature"));
    assert_eq!(
        op(&doc, "/wallets/{walletId}/signatures", "get")["responses"]["200"]["content"]["application/json"]
            ["schema"]["properties"]["items"]["items"],
        json!({"$ref": "#/components/schemas/Signature"})
    );
    // The inline network enum equals Wallet's: one named type, named from its property.
    assert_eq!(
        schemas["Wallet"]["properties"]["network"],
        json!({"$ref": "#/components/schemas/Network"})
    );
    assert_eq!(schemas["Network"]["enum"], json!(["Ethereum", "Solana"]));
    // The repeated stats body is named from the operations that return it.
    assert!(
        schemas.keys().any(|k| k.ends_with("GetStatsResponse")),
        "{:?}",
        schemas.keys().collect::<Vec<_>>()
    );
}

#[test]
fn keeps_facts_drops_prose_and_records_the_source() {
    let (imported, doc) = imported();
    assert!(!imported.spec.contains("Their prose"), "{}", imported.spec);
    assert_eq!(
        op(&doc, "/wallets", "post")["description"],
        "Example reference: <https://docs.example.test/wallets/create-wallet>"
    );
    assert_eq!(op(&doc, "/wallets", "post")["summary"], "Create Wallet");
    assert_eq!(
        doc["components"]["schemas"]["Wallet"]["properties"]["id"]["example"],
        "wa-1"
    );
    let source = &doc["info"]["x-apifleet-source"];
    assert_eq!(source["title"], "Example Custody");
    assert_eq!(source["version"], "2.4.1");
    assert_eq!(source["sha256"].as_str().map(str::len), Some(64));
    assert_eq!(doc["info"]["title"], "Example Custody API");
}

#[test]
fn applies_the_overlay_and_reports_what_it_leaves_out() {
    let (imported, doc) = imported();
    assert_eq!(
        op(&doc, "/wallets", "get")["responses"]["4XX"],
        json!({"$ref": "#/components/responses/Error"})
    );
    assert!(doc["paths"].get("/beta/experiment").is_none());
    assert!(
        imported.report.contains(
            "left out: GET /beta/experiment: A beta endpoint the provider does not support for customers. (Experiment)"
        ),
        "{}",
        imported.report
    );
}

#[test]
fn importing_twice_gives_identical_bytes_and_the_table_is_a_fixed_point() {
    let (first, _) = imported();
    let second = import(
        &SOURCE,
        "published.json",
        PUBLISHED.as_bytes(),
        OVERLAY,
        &first.names,
    )
    .expect("imports again");
    assert_eq!(first.spec, second.spec);
    assert_eq!(first.names, second.names);
}

#[test]
fn the_imported_spec_generates_a_client() {
    let (imported, _) = imported();
    let spec = Spec::parse("openapi/example.yaml", &imported.spec).expect("parses");
    let provider = Provider::plain("example", "openapi/example.yaml", "generated.rs");
    let code = crate::generate::generate_from(&spec, &provider).expect("generates");
    assert!(
        code.contains("pub fn create_wallet"),
        "no create_wallet method"
    );
    assert!(
        code.contains("pub struct WalletCreatedEvent"),
        "no webhook event type"
    );
}

#[test]
fn refuses_a_document_that_is_not_openapi_3() {
    let err =
        import(&SOURCE, "x.json", br#"{"swagger": "2.0"}"#, OVERLAY, "").expect_err("refused");
    assert!(
        err.contains("expected an OpenAPI 3.0 or 3.1 document"),
        "{err}"
    );
}

/// A document shaped like JTL's: unversioned paths, the same headers inline on every operation,
/// every response property required, `application/json` without a schema on body-less statuses.
const JTL_LIKE: &str = r##"{
  "openapi": "3.0.4",
  "info": {"title": "Shop", "version": "1.0"},
  "paths": {
    "/items": {"get": {"tags": ["item"], "summary": "Query Items",
      "parameters": [
        {"name": "pageNumber", "in": "query", "schema": {"type": "integer", "format": "int32"}},
        {"name": "tenant-id", "in": "header", "required": true, "schema": {"type": "string", "format": "uuid"}}],
      "responses": {
        "200": {"description": "Their prose", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}},
        "401": {"description": "Unauthorized", "content": {"application/json": {}}},
        "404": {"description": "nf", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}}}}}
  },
  "components": {"schemas": {
    "Page": {"type": "object", "required": ["Items", "PageNumber"], "properties": {
      "PageNumber": {"type": "integer", "format": "int32"},
      "Items": {"type": "array", "items": {"type": "string"}}}},
    "ErrorResponse": {"type": "object", "properties": {"ErrorCode": {"type": "string"}}}
  }}
}"##;

const JTL_LIKE_OVERLAY: &str = "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  \
  - target: $.components\n    description: the shared parameters\n    update:\n      parameters:\n        \
  TenantId: {name: x-tenant-id, in: header, required: true, schema: {type: string, format: uuid}, x-apifleet-from-config: true}\n        \
  PageNumber: {name: pageNumber, in: query, schema: {type: integer, format: int32, minimum: 1}}\n";

#[test]
fn prefixes_paths_shares_parameters_and_declares_bodies_as_sent() {
    let source = Source {
        path_prefix: "/v1",
        shared_parameters: &[
            ("header", "tenant-id", "TenantId"),
            ("query", "pageNumber", "PageNumber"),
        ],
        optional_response_properties: true,
        ..SOURCE
    };
    let imported = import(
        &source,
        "shop.json",
        JTL_LIKE.as_bytes(),
        JTL_LIKE_OVERLAY,
        "",
    )
    .expect("imports");
    let doc: Value = serde_norway::from_str(&imported.spec).expect("the spec is YAML");
    let get = op(&doc, "/v1/items", "get");
    assert_eq!(get["operationId"], "queryItems");
    assert_eq!(
        get["parameters"],
        json!([{"$ref": "#/components/parameters/PageNumber"}, {"$ref": "#/components/parameters/TenantId"}])
    );
    // The 401 has no body; the 404 keeps its error type.
    assert!(get["responses"]["401"].get("content").is_none());
    assert!(get["responses"]["404"].get("content").is_some());
    assert!(
        doc["components"]["schemas"]["Page"]
            .get("required")
            .is_none()
    );
    assert!(
        imported.report.contains("left out: none"),
        "{}",
        imported.report
    );
    for category in [
        "paths prefixed with the version served",
        "repeated parameters → shared components",
        "JSON without a schema → no body (responses)",
        "response properties made optional (required dropped)",
    ] {
        assert!(
            imported.report.contains(category),
            "report lacks {category}:\n{}",
            imported.report
        );
    }
}

#[test]
fn zitadel_reference_pages_follow_the_docs_kebab_case() {
    assert_eq!(kebab("AddIDPLink"), "add-idp-link");
    assert_eq!(kebab("GetUserByID"), "get-user-by-id");
    assert_eq!(kebab("ListUsers"), "list-users");
    assert_eq!(
        zitadel_reference("Organization", "AddOrganization"),
        "https://zitadel.com/docs/apis/resources/org_service_v2/organization-service-add-organization"
    );
    assert_eq!(
        zitadel_reference("User", "AddHumanUser"),
        "https://zitadel.com/docs/apis/resources/user_service_v2/user-service-add-human-user"
    );
    assert_eq!(
        zitadel_reference("Web Key", "ListWebKeys"),
        "https://zitadel.com/docs/apis/resources/webkey_service_v2/web-key-service-list-web-keys"
    );
}

/// The committed ZITADEL v2 spec: every operation is a Connect POST that names its RPC, links to
/// ZITADEL's reference page, and sits in its service's area; the service counts are the SDK's.
#[test]
fn the_zitadel_v2_spec_names_every_rpc_and_links_its_page() {
    let root = crate::workspace::root();
    let spec = crate::spec::Spec::load(&root, "openapi/zitadel-v2.yaml").expect("committed spec");
    let mut per_service = std::collections::BTreeMap::<String, usize>::new();
    for op in spec.operations() {
        assert_eq!(op.method, "post", "{}", op.path);
        let rpc = op.op["x-zitadel-rpc"].as_str().expect("x-zitadel-rpc");
        assert_eq!(format!("/{rpc}"), op.path);
        let page = op.op["description"].as_str().unwrap_or("");
        assert!(
            page.starts_with("ZITADEL reference: <https://zitadel.com/docs/apis/resources/"),
            "{page}"
        );
        let tag = op
            .op
            .pointer("/tags/0")
            .and_then(Value::as_str)
            .expect("a tag");
        *per_service.entry(tag.to_string()).or_default() += 1;
    }
    let expected = [
        ("Action", 15),
        ("Application", 12),
        ("Authorization", 6),
        ("Feature", 12),
        ("Identity Provider", 1),
        ("Instance", 10),
        ("Internal Permission", 4),
        ("OIDC", 4),
        ("Organization", 14),
        ("Project", 17),
        ("SAML", 2),
        ("Session", 5),
        ("Settings", 13),
        ("User", 60),
        ("Web Key", 4),
    ];
    let expected: std::collections::BTreeMap<String, usize> =
        expected.iter().map(|(t, n)| (t.to_string(), *n)).collect();
    assert_eq!(per_service, expected);
}
