//! `apifleet-sandbox serve` as other languages see it: a process printing its URLs, answering plain
//! HTTP (the requests curl would send, no apifleet client involved), steered through `/_sandbox`.

#![allow(clippy::unwrap_used)]

use reqwest::StatusCode;
use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_apifleet-sandbox");
const TENANT: &str = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

/// A running server; killed when dropped.
struct Server {
    child: Child,
    lines: Vec<String>,
}

impl Server {
    /// Starts the binary and reads the `expected` provider lines it prints.
    fn start(args: &[&str], expected: usize) -> Server {
        let mut child = Command::new(BIN)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut lines = Vec::new();
        for _ in 0..expected {
            let mut line = String::new();
            stdout.read_line(&mut line).unwrap();
            assert!(
                !line.is_empty(),
                "the server exited before printing its URLs"
            );
            lines.push(line.trim_end().to_string());
        }
        Server { child, lines }
    }

    /// The base URL printed for a provider (plain format).
    fn url(&self, provider: &str) -> String {
        self.lines
            .iter()
            .find_map(|l| l.strip_prefix(&format!("{provider} ")))
            .unwrap_or_else(|| panic!("no line for {provider} in {:?}", self.lines))
            .to_string()
    }

    /// Stops it with SIGTERM and returns its exit status and everything it logged.
    fn stop(mut self) -> (std::process::ExitStatus, String) {
        let pid = self.child.id().to_string();
        assert!(
            Command::new("kill")
                .args(["-TERM", &pid])
                .status()
                .unwrap()
                .success()
        );
        let status = self.child.wait().unwrap();
        let mut logs = String::new();
        self.child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut logs)
            .unwrap();
        (status, logs)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs the binary expecting it to refuse to start; returns its exit code and stderr.
fn refused(args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(BIN).args(args).output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("apifleet-sandbox-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Sends a request and reads the answer's status and JSON body (`Null` when it has none).
async fn exchange(request: reqwest::RequestBuilder) -> (StatusCode, Value) {
    json(request.send().await.unwrap()).await
}

async fn json(response: reqwest::Response) -> (StatusCode, Value) {
    let status = response.status();
    let body = response.bytes().await.unwrap();
    (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
}

#[tokio::test]
async fn prints_a_parsable_line_per_provider_and_serves_each() {
    let server = Server::start(&["serve"], 3);
    let names: Vec<&str> = server
        .lines
        .iter()
        .map(|l| l.split(' ').next().unwrap())
        .collect();
    assert_eq!(names, ["jtl", "dfns", "zitadel"]);
    for provider in names {
        let url = server.url(provider);
        assert!(url.starts_with("http://127.0.0.1:"), "{url}");
        let (status, body) = json(
            reqwest::get(format!("{url}/_sandbox/health"))
                .await
                .unwrap(),
        )
        .await;
        assert_eq!((status, body), (StatusCode::OK, json!({"status": "ok"})));
    }
    let (status, logs) = server.stop();
    assert!(
        status.success(),
        "SIGTERM is a graceful stop: {status}\n{logs}"
    );
    assert!(logs.contains("stopped"), "{logs}");
}

#[tokio::test]
async fn json_lines_and_chosen_ports() {
    let free = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let port = free.to_string();
    let server = Server::start(
        &[
            "serve",
            "--json",
            "--only",
            "zitadel,jtl",
            "--zitadel-port",
            &port,
        ],
        2,
    );
    let lines: Vec<Value> = server
        .lines
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["provider"], "jtl");
    assert_eq!(lines[1]["provider"], "zitadel");
    let zitadel = format!("http://127.0.0.1:{port}");
    assert_eq!(lines[1]["base_url"], zitadel.as_str());
    assert_eq!(
        lines[1]["control_url"],
        format!("{zitadel}/_sandbox").as_str()
    );
    let ok = reqwest::get(format!("{zitadel}/_sandbox/health"))
        .await
        .unwrap();
    assert_eq!(ok.status(), StatusCode::OK);
}

#[tokio::test]
async fn jtl_registration_with_curl_style_requests_and_the_control_api() {
    let dir = scratch("jtl");
    let seed = write(
        &dir,
        "sandbox.toml",
        &format!(
            "[jtl]\ntokens = [\"jtl-token\"]\ntenants = [\"{TENANT}\"]\napproval = \"manual\"\nchallenge_code = \"WAWI-42\"\n"
        ),
    );
    let server = Server::start(&["serve", "--config", &seed, "--only", "jtl"], 1);
    let url = server.url("jtl");
    let http = reqwest::Client::new();
    let call = |method: reqwest::Method, path: &str, tenant: &str, code: &str| {
        http.request(method, format!("{url}{path}"))
            .header("authorization", "Bearer jtl-token")
            .header("x-tenant-id", tenant)
            .header("x-challengecode", code)
    };
    let body = json!({
        "appId": "acme-sync", "displayName": "Acme Sync", "description": "Sync", "version": "1.0.0",
        "providerName": "Acme", "providerWebsite": "https://acme.example", "mandatoryApiScopes": ["all.read"],
        "appIcon": "iVBORw0KGgo=",
    });

    // The challenge code the merchant's dialog shows, and only that one.
    let (status, _) =
        exchange(call(reqwest::Method::POST, "/v2/authentication", TENANT, "WRONG").json(&body))
            .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // A tenant the sandbox does not know.
    let other = "00000000-0000-4000-8000-000000000000";
    let (status, _) = exchange(
        call(
            reqwest::Method::POST,
            "/v2/authentication",
            other,
            "WAWI-42",
        )
        .json(&body),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let (status, created) = exchange(
        call(
            reqwest::Method::POST,
            "/v2/authentication",
            TENANT,
            "WAWI-42",
        )
        .json(&body),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(created["status"], 0);
    let id = created["registrationRequestId"]
        .as_str()
        .unwrap()
        .to_string();
    let poll = || {
        call(
            reqwest::Method::GET,
            &format!("/v2/authentication/{id}"),
            TENANT,
            "WAWI-42",
        )
        .send()
    };
    let (_, pending) = json(poll().await.unwrap()).await;
    assert_eq!(pending["requestStatusInfo"]["status"], 0);

    let listed = exchange(http.get(format!("{url}/_sandbox/registrations")))
        .await
        .1;
    assert_eq!(listed["registrations"][0]["id"], id.as_str());
    assert_eq!(listed["registrations"][0]["state"], "Pending");
    let (status, approved) =
        exchange(http.post(format!("{url}/_sandbox/registrations/{id}/approve"))).await;
    assert_eq!(
        (status, approved["state"].as_str()),
        (StatusCode::OK, Some("Accepted"))
    );
    let (status, _) =
        exchange(http.post(format!("{url}/_sandbox/registrations/{id}/reject"))).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "only a pending registration can be decided"
    );

    let (status, accepted) = json(poll().await.unwrap()).await;
    assert_eq!(
        (status, accepted["requestStatusInfo"]["status"].as_i64()),
        (StatusCode::OK, Some(2))
    );
    let key = accepted["token"]["apiKey"].as_str().unwrap().to_string();
    assert_eq!(
        poll().await.unwrap().status(),
        StatusCode::GONE,
        "the key is delivered once"
    );

    // The issued key works as on-premise `Wawi` auth.
    let info = http
        .get(format!("{url}/v1/info"))
        .header("authorization", format!("Wawi {key}"))
        .header("x-tenant-id", TENANT)
        .send()
        .await
        .unwrap();
    assert_eq!(info.status(), StatusCode::OK);

    // Recorded requests, credentials redacted; control calls are not recorded.
    let (_, log) = exchange(http.get(format!("{url}/_sandbox/requests"))).await;
    let requests = log["requests"].as_array().unwrap();
    assert_eq!(requests.len(), 7);
    let last = &requests[6];
    assert_eq!(last["uri"], "/v1/info");
    assert!(
        last["headers"]
            .as_array()
            .unwrap()
            .contains(&json!(["authorization", "Wawi <redacted>"]))
    );
    assert!(
        !log.to_string().contains(&key),
        "the API key never appears in the listing"
    );
    assert_eq!(requests[2]["body"]["appId"], "acme-sync");

    // The approval policy can be changed while running; reset restores the start.
    let (status, policy) = exchange(
        http.put(format!("{url}/_sandbox/approval"))
            .json(&json!({"approval": "auto:2"})),
    )
    .await;
    assert_eq!(
        (status, policy),
        (StatusCode::OK, json!({"approval": "auto:2"}))
    );
    let (status, problem) = exchange(
        http.put(format!("{url}/_sandbox/approval"))
            .json(&json!({"approval": "sometimes"})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        problem["error"].as_str().unwrap().contains("sometimes"),
        "{problem}"
    );
    let reset = http
        .post(format!("{url}/_sandbox/reset"))
        .send()
        .await
        .unwrap();
    assert_eq!(reset.status(), StatusCode::NO_CONTENT);
    let (_, after) = exchange(http.get(format!("{url}/_sandbox/registrations"))).await;
    assert_eq!(after, json!({"registrations": []}));
    let (_, log) = exchange(http.get(format!("{url}/_sandbox/requests"))).await;
    assert_eq!(log, json!({"requests": []}));
    let (status, unknown) = exchange(http.get(format!("{url}/_sandbox/nope"))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(unknown["error"].as_str().unwrap().contains("control route"));
}

#[tokio::test]
async fn zitadel_idps_with_curl_style_requests() {
    let dir = scratch("zitadel");
    let seed = write(
        &dir,
        "sandbox.toml",
        "[zitadel]\ntokens = [\"pat\"]\ninstance_id = \"900\"\ndefault_org_id = \"901\"\norganizations = [\"902\"]\n",
    );
    let server = Server::start(&["serve", "-c", &seed, "--only", "zitadel"], 1);
    let url = server.url("zitadel");
    let http = reqwest::Client::new();
    let provider = json!({"name": "Corp JWT", "issuer": "https://issuer.example", "jwtEndpoint": "https://issuer.example/jwt", "keysEndpoint": "https://issuer.example/keys", "headerName": "x-auth"});

    let (status, created) = exchange(
        http.post(format!("{url}/management/v1/idps/generic_jwt"))
            .bearer_auth("pat")
            .header("x-zitadel-orgid", "902")
            .json(&provider),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{created}");
    let id = created["id"].as_str().unwrap().to_string();
    assert_eq!(created["details"]["resourceOwner"], "902");

    let (status, read) = exchange(http.get(format!("{url}/v2/idps/{id}")).bearer_auth("pat")).await;
    assert_eq!(status, StatusCode::OK, "{read}");
    assert_eq!(read["idp"]["name"], "Corp JWT");

    // An organisation the seed does not list: ZITADEL's permission error.
    let (status, denied) = exchange(
        http.post(format!("{url}/management/v1/idps/generic_jwt"))
            .bearer_auth("pat")
            .header("x-zitadel-orgid", "999")
            .json(&provider),
    )
    .await;
    assert_eq!(
        (status, denied["code"].as_i64()),
        (StatusCode::FORBIDDEN, Some(7))
    );
    // Admin objects belong to the seeded instance.
    let (_, admin) = exchange(
        http.post(format!("{url}/admin/v1/idps/generic_jwt"))
            .bearer_auth("pat")
            .json(&provider),
    )
    .await;
    assert_eq!(admin["details"]["resourceOwner"], "900");
    // A token not in the seed.
    let (status, unauthenticated) =
        exchange(http.get(format!("{url}/v2/idps/{id}")).bearer_auth("other")).await;
    assert_eq!(
        (status, unauthenticated["code"].as_i64()),
        (StatusCode::UNAUTHORIZED, Some(16))
    );

    let (_, idps) = exchange(http.get(format!("{url}/_sandbox/idps"))).await;
    let owners: Vec<&Value> = idps["idps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| &i["owner"])
        .collect();
    assert_eq!(owners, [&json!({"org": "902"}), &json!({"instance": true})]);

    // The request listing shows what was sent, but not a client secret in a body.
    let oidc = json!({"name": "Corp OIDC", "clientId": "app", "clientSecret": "cs-secret-0451", "issuer": "https://issuer.example", "scopes": ["openid"]});
    let (status, added) = exchange(
        http.post(format!("{url}/management/v1/idps/oidc"))
            .bearer_auth("pat")
            .json(&oidc),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{added}");
    let (_, log) = exchange(http.get(format!("{url}/_sandbox/requests"))).await;
    assert!(!log.to_string().contains("cs-secret-0451"), "{log}");
    let last = log["requests"].as_array().unwrap().last().unwrap();
    assert_eq!(last["uri"], "/management/v1/idps/oidc");
    assert_eq!(
        last["body"],
        json!({"name": "Corp OIDC", "clientId": "app", "clientSecret": "<redacted>", "issuer": "https://issuer.example", "scopes": ["openid"]})
    );
}

#[tokio::test]
async fn oversized_bodies_get_413_and_the_log_stays_bounded() {
    let server = Server::start(
        &[
            "serve",
            "--only",
            "dfns",
            "--max-body-bytes",
            "1024",
            "--record-limit",
            "2",
        ],
        1,
    );
    let url = server.url("dfns");
    let http = reqwest::Client::new();
    let big = vec![b'x'; 4096];
    let response = http
        .post(format!("{url}/auth/action/init"))
        .bearer_auth("t")
        .body(big)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let (_, body) = json(response).await;
    assert!(
        body["error"].as_str().unwrap().contains("1024 bytes"),
        "{body}"
    );
    for path in ["/auth/apps", "/auth/pats", "/auth/service-accounts"] {
        let ok = http
            .get(format!("{url}{path}"))
            .bearer_auth("t")
            .send()
            .await
            .unwrap();
        assert_eq!(ok.status(), StatusCode::OK);
    }
    let (_, log) = exchange(http.get(format!("{url}/_sandbox/requests"))).await;
    let uris: Vec<&str> = log["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["uri"].as_str().unwrap())
        .collect();
    assert_eq!(
        uris,
        ["/auth/pats", "/auth/service-accounts"],
        "only the latest two are kept"
    );
}

#[tokio::test]
async fn logs_every_request_without_its_secrets() {
    let server = Server::start(&["serve", "--only", "jtl", "--log", "debug"], 1);
    let url = server.url("jtl");
    let secret = "bearer-secret-0451";
    let response = reqwest::Client::new()
        .get(format!("{url}/v1/info?page=1"))
        .bearer_auth(secret)
        .header("x-api-key", "api-key-secret-0452")
        .header("x-tenant-id", TENANT)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let (status, logs) = server.stop();
    assert!(status.success());
    let handled = logs
        .lines()
        .find(|l| l.contains("request handled"))
        .unwrap_or_else(|| panic!("{logs}"));
    for part in [
        "provider=\"jtl\"",
        "method=GET",
        "path=\"/v1/info\"",
        "status=200",
        "latency_us=",
    ] {
        assert!(handled.contains(part), "{part} missing from {handled}");
    }
    assert!(
        logs.contains("authorization: \"Bearer <redacted>\""),
        "{logs}"
    );
    assert!(
        !logs.contains(secret) && !logs.contains("api-key-secret-0452"),
        "{logs}"
    );
}

#[test]
fn seed_file_mistakes_name_the_file_and_line() {
    let dir = scratch("seed");
    write(
        &dir,
        "not-a-key.pem",
        "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
    );
    let cases = [
        (
            "unknown.toml",
            "[jtl]\ntokens = [\"a\"]\napprovel = \"manual\"\n",
            ":3:1: unknown field `approvel`",
        ),
        ("malformed.toml", "[jtl\ntokens = 1\n", ":1:"),
        (
            "wrong-type.toml",
            "[zitadel]\n\nport = \"eighty\"\n",
            ":3:8:",
        ),
        (
            "tenant.toml",
            "[jtl]\ntenants = [\n  \"not-a-uuid\",\n]\n",
            ":3:3: jtl.tenants: not a UUID",
        ),
        (
            "approval.toml",
            "[jtl]\napproval = \"auto:0\"\n",
            ":2:12: jtl.approval",
        ),
        (
            "code.toml",
            "[jtl]\nchallenge_code = \"\"\n",
            ":2:18: jtl.challenge_code",
        ),
        (
            "missing-pem.toml",
            "[dfns]\n[[dfns.credentials]]\nid = \"cr-1\"\npublic_key_file = \"absent.pem\"\n",
            ":2:1: dfns.credentials \"cr-1\": cannot read",
        ),
        (
            "bad-pem.toml",
            "[dfns]\n\n[[dfns.credentials]]\nid = \"cr-1\"\npublic_key_file = \"not-a-key.pem\"\n",
            ":3:1: dfns.credentials \"cr-1\"",
        ),
        (
            "org.toml",
            "[zitadel]\norganizations = [\"acme\"]\n",
            ":2:18: zitadel.organizations: \"acme\" is not a ZITADEL id",
        ),
        (
            "providers.toml",
            "[server]\nproviders = [\"jtl\", \"aws\"]\n",
            ":2:21: server.providers: unknown provider \"aws\"",
        ),
    ];
    for (name, text, expected) in cases {
        let path = write(&dir, name, text);
        let (code, stderr) = refused(&["serve", "--config", &path]);
        assert_eq!(code, Some(2), "{name}: {stderr}");
        assert!(
            stderr.contains(&format!("{path}{expected}")),
            "{name}: expected {expected:?} in {stderr}"
        );
    }
    let (code, stderr) = refused(&[
        "serve",
        "--config",
        &dir.join("absent.toml").to_string_lossy(),
    ]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("absent.toml: cannot read the seed file"),
        "{stderr}"
    );
    let (code, stderr) = refused(&["serve", "--jtl-approval", "maybe"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("--jtl-approval: approval policy \"maybe\""),
        "{stderr}"
    );
    let (code, stderr) = refused(&["serve", "--port", "65534"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("over 65535"), "{stderr}");
}

#[test]
fn flags_seed_dfns_credentials_from_pem_files() {
    let dir = scratch("flags");
    let bad = write(&dir, "bad.pem", "not a pem");
    let (code, stderr) = refused(&["serve", "--dfns-credential", &format!("cr-1={bad}")]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains(&format!("--dfns-credential cr-1: {bad}")),
        "{stderr}"
    );
    let (code, stderr) = refused(&["serve", "--wat"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("--wat") && stderr.contains("USAGE"),
        "{stderr}"
    );
    let help = Command::new(BIN).arg("--help").output().unwrap();
    assert!(help.status.success());
    assert!(String::from_utf8_lossy(&help.stdout).contains("apifleet-sandbox serve [OPTIONS]"));
}

#[tokio::test]
async fn the_example_seed_in_the_readme_starts() {
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/sandbox.example.toml");
    let server = Server::start(&["serve", "--config", example], 3);
    let jtl = server.url("jtl");
    let info = reqwest::Client::new()
        .get(format!("{jtl}/v1/info"))
        .bearer_auth("jtl-demo-token")
        .header("x-tenant-id", TENANT)
        .send()
        .await
        .unwrap();
    assert_eq!(info.status(), StatusCode::OK);
    let refused = reqwest::Client::new()
        .get(format!("{jtl}/v1/info"))
        .bearer_auth("another-token")
        .header("x-tenant-id", TENANT)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_seeded_credential_with_a_token_belongs_to_that_user_alone() {
    // Generated for this test; public keys only.
    const ALICE: &str = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEALW59aWnItIDhCE0zT0j5PAG/9m6Yy2Jr8yQ3qexm75A=\n-----END PUBLIC KEY-----\n";
    const SHARED: &str = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA2J9I9orU1fq7Uo+/OyHL9xSAWKeMaa7AoJyAxb/rBA0=\n-----END PUBLIC KEY-----\n";
    let dir = scratch("owned-credentials");
    let seed = write(
        &dir,
        "seed.toml",
        &format!(
            "[server]\nproviders = [\"dfns\"]\n\n[dfns]\ntokens = [\"alice-token\", \"bob-token\"]\n\n\
             [[dfns.credentials]]\nid = \"cr-alice\"\ntoken = \"alice-token\"\npublic_key = \"\"\"{ALICE}\"\"\"\n\n\
             [[dfns.credentials]]\nid = \"cr-shared\"\npublic_key = \"\"\"{SHARED}\"\"\"\n"
        ),
    );
    let server = Server::start(&["serve", "--config", &seed], 1);
    let url = server.url("dfns");
    let http = reqwest::Client::new();
    let init = json!({
        "userActionPayload": "{}",
        "userActionHttpMethod": "POST",
        "userActionHttpPath": "/wallets",
        "userActionServerKind": "Api"
    });
    for (token, expected) in [("alice-token", ["cr-alice"]), ("bob-token", ["cr-shared"])] {
        let (status, challenge) = exchange(
            http.post(format!("{url}/auth/action/init"))
                .bearer_auth(token)
                .json(&init),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{challenge}");
        let offered: Vec<&str> = challenge["allowCredentials"]["key"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap())
            .collect();
        assert_eq!(offered, expected, "{token}: {challenge}");
    }

    let empty = write(
        &dir,
        "empty-token.toml",
        &format!(
            "[dfns]\n\n[[dfns.credentials]]\nid = \"cr-1\"\ntoken = \"\"\npublic_key = \"\"\"{ALICE}\"\"\"\n"
        ),
    );
    let (code, stderr) = refused(&["serve", "--config", &empty]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("dfns.credentials \"cr-1\": `token` must not be empty"),
        "{stderr}"
    );
}
