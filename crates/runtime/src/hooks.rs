//! The bridge between a generated client and its provider's hand-written layer.
//!
//! Each provider's generated code lives in a crate of its own (`apifleet-<provider>-api`), so that
//! editing the hand-written layer never recompiles it. The orphan rule then forbids the
//! hand-written crate to implement progenitor's `ClientHooks` for the generated `Client`; instead
//! the generated crate implements it once, by calling the [`Hooks`] it was built with, and the
//! hand-written crate implements [`Hooks`] (authentication, signing, retries).

// `HookError` is progenitor's error, which every generated call returns anyway: boxing it here
// would only add a step.
#![allow(clippy::result_large_err)]

use crate::OperationMeta;
use crate::progenitor_client::Error;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// A boxed future a hook returns; `Send`, so that generated calls stay `Send`.
pub type HookFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// How a hook fails: a generated call's error without the operation's error body type, which the
/// hooks never see (they fail before or around the answer the operation decodes).
pub type HookError = Error<()>;

/// What the hand-written layer does around every generated call.
pub trait Hooks: Send + Sync + fmt::Debug {
    /// Before the request is sent: authenticate, add configured headers, sign.
    fn prepare<'a>(
        &'a self,
        call: Call<'a>,
        request: &'a mut reqwest::Request,
    ) -> HookFuture<'a, Result<(), HookError>>;

    /// Sends the request (with the retry policy and the body size limit).
    fn execute<'a>(
        &'a self,
        call: Call<'a>,
        request: reqwest::Request,
    ) -> HookFuture<'a, reqwest::Result<reqwest::Response>>;
}

/// The hooks a generated client holds; cloning a client shares them.
pub type SharedHooks = Arc<dyn Hooks>;

/// One generated call, as the hooks see it.
#[derive(Clone, Copy, Debug)]
pub struct Call<'a> {
    /// The generated client's HTTP client (one connection pool per client).
    pub http: &'a reqwest::Client,
    /// The generated client's base URL.
    pub base_url: &'a str,
    /// The generated method's name (progenitor's `OperationInfo::operation_id`).
    pub operation_id: &'a str,
    /// The operation's metadata from the spec, when the generated table has it.
    pub meta: Option<&'static OperationMeta>,
}

impl Call<'_> {
    /// The operation's metadata, or the error a call without it ends with (the generated client
    /// and its metadata table disagree: regenerate).
    pub fn require_meta(&self) -> Result<&'static OperationMeta, HookError> {
        self.meta.ok_or_else(|| {
            Error::InvalidRequest(format!(
                "no metadata for operation `{}`; regenerate the client",
                self.operation_id
            ))
        })
    }
}

/// The usual [`Hooks::execute`]: the request under the retry policy and the body size limit, sent
/// again unchanged when a try fails (providers whose retries need no fresh signature).
pub fn send_unchanged<'a>(
    call: Call<'a>,
    request: reqwest::Request,
    max_body_bytes: usize,
    retry: &'a crate::retry::RetryPolicy,
) -> HookFuture<'a, reqwest::Result<reqwest::Response>> {
    let settings = crate::transport::CallSettings {
        max_body_bytes,
        retry,
        operation: call.meta,
    };
    Box::pin(crate::transport::execute_with_retry(
        call.http,
        request,
        settings,
        |_, request| async { Ok(request) },
    ))
}

/// Gives a hook's error the operation's error type. An error answer that a hook itself received
/// (never one the operation decodes) keeps its status in a message.
pub fn widen<E>(error: HookError) -> Error<E> {
    match error {
        Error::InvalidRequest(m) => Error::InvalidRequest(m),
        Error::Custom(m) => Error::Custom(m),
        Error::CommunicationError(e) => Error::CommunicationError(e),
        Error::InvalidUpgrade(e) => Error::InvalidUpgrade(e),
        Error::ResponseBodyError(e) => Error::ResponseBodyError(e),
        Error::InvalidResponsePayload(bytes, e) => Error::InvalidResponsePayload(bytes, e),
        Error::UnexpectedResponse(response) => Error::UnexpectedResponse(response),
        Error::ErrorResponse(answer) => {
            Error::Custom(format!("a request hook received HTTP {}", answer.status()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widen_keeps_the_variant_and_its_message() {
        let e: Error<String> = widen(Error::InvalidRequest("no signer".into()));
        assert!(matches!(e, Error::InvalidRequest(m) if m == "no signer"));
        let e: Error<String> = widen(Error::Custom("x".into()));
        assert!(matches!(e, Error::Custom(m) if m == "x"));
    }

    #[test]
    fn a_call_without_metadata_names_the_operation() {
        let http = reqwest::Client::new();
        let call = Call {
            http: &http,
            base_url: "http://localhost",
            operation_id: "list_wallets",
            meta: None,
        };
        let e = call.require_meta().expect_err("no metadata");
        assert!(e.to_string().contains("`list_wallets`"), "{e}");
    }
}
