//! Hostile responses: whatever bytes a server sends for any operation's response type — random bytes,
//! truncated or wrongly typed JSON, deep nesting, huge strings — decoding ends in a value or a typed
//! error with a bounded message, never a panic.

use apifleet::{dfns, jtl, zitadel};
use apifleet_runtime::decode::from_response;
use proptest::prelude::*;
use serde::de::DeserializeOwned;
use std::sync::OnceLock;

fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap_or_else(|e| panic!("runtime: {e}"))
    })
}

fn response(status: u16, body: &[u8]) -> reqwest::Response {
    let mut response = http::Response::new(reqwest::Body::from(body.to_vec()));
    *response.status_mut() =
        reqwest::StatusCode::from_u16(status).unwrap_or(reqwest::StatusCode::OK);
    reqwest::Response::from(response)
}

/// Decodes `body` as `T` with the provider's error type `E` and error body `B`; a failure must become
/// a typed error whose message stays short.
fn check<T, E, B>(status: u16, body: &[u8])
where
    T: DeserializeOwned + std::fmt::Debug,
    E: serde::Serialize,
    B: From<E> + apifleet_runtime::ErrorBody,
{
    let decoded = runtime().block_on(from_response::<T, E>(response(status, body)));
    if let Err(raw) = decoded {
        let error = apifleet_runtime::Error::<B>::from(raw);
        let message = error.to_string();
        assert!(
            message.len() < 2_000,
            "unbounded message ({} bytes)",
            message.len()
        );
        assert!(error.status().is_some(), "the status is kept: {message}");
    }
}

macro_rules! every_response_type {
    ($status:expr, $body:expr) => {{
        let (s, b) = ($status, $body);
        every_response_type!(@ s, b, jtl, jtl::types::ErrorResponse,
            Status, Customer, Item, SalesOrder, SalesOrderLineItem, PagedListOfCustomer, PagedListOfItem, PagedListOfSalesOrder,
            RegistrationInformation, RegistrationRequestStatusInfo);
        every_response_type!(@ s, b, jtl, jtl::types::ErrorResponseV2, RegistrationInformationV2, RegistrationRequestStatusInfoV2);
        every_response_type!(@ s, b, zitadel, zitadel::types::RpcStatus,
            AddIdpResponse, AddProviderResponse, DetailsResponse, EmptyResponse, GetIdpResponse, GetIdpV2Response,
            GetProviderResponse, ListIdpsResponse, ListProvidersResponse);
        every_response_type!(@ s, b, dfns, dfns::types::ErrorResponse,
            AccessToken, Application, ListApplicationsResponse, ListPersonalAccessTokensResponse,
            ListServiceAccountsResponse, ServiceAccount, UserActionChallenge, UserActionResponse);
    }};
    (@ $s:ident, $b:ident, $provider:ident, $error:ty, $($t:ident),+) => {
        $( check::<$provider::types::$t, $error, $provider::ErrorBody>($s, $b); )+
    };
}

/// Arbitrary JSON, nested a few levels.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(serde_json::Value::from),
        ".{0,40}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(serde_json::Value::from),
            proptest::collection::btree_map("[a-zA-Z@]{1,12}", inner, 0..8)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

const STATUSES: [u16; 6] = [200, 201, 400, 404, 409, 503];

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(status in proptest::sample::select(&STATUSES[..]), body in proptest::collection::vec(any::<u8>(), 0..2048)) {
        every_response_type!(status, &body[..]);
    }

    #[test]
    fn arbitrary_and_truncated_json_never_panics(
        status in proptest::sample::select(&STATUSES[..]),
        value in json_value(),
        cut in any::<proptest::sample::Index>(),
    ) {
        let text = value.to_string();
        every_response_type!(status, text.as_bytes());
        let truncated = &text.as_bytes()[..cut.index(text.len() + 1)];
        every_response_type!(status, truncated);
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    every_response_type!(200, deep.as_bytes());
    let deep_objects = format!("{}1{}", "{\"a\":".repeat(50_000), "}".repeat(50_000));
    every_response_type!(200, deep_objects.as_bytes());
}

#[test]
fn huge_strings_decode_or_fail_with_a_short_message() {
    let huge = format!(
        "{{\"appId\":\"{}\",\"message\":\"{}\"}}",
        "x".repeat(2_000_000),
        "y".repeat(2_000_000)
    );
    every_response_type!(200, huge.as_bytes());
    every_response_type!(400, huge.as_bytes());
    // A huge string where a number belongs: the decoder's message quotes the value; ours must not.
    let wrong = format!(
        "{{\"Id\":\"{}\",\"items\":\"{}\",\"code\":\"{}\"}}",
        "z".repeat(1_000_000),
        "z".repeat(1_000_000),
        "z".repeat(1_000_000)
    );
    every_response_type!(200, wrong.as_bytes());
    every_response_type!(400, wrong.as_bytes());
}
