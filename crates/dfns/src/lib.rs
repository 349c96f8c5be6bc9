//! Typed client for Dfns: every operation of Dfns' published API document (auth, wallets, keys,
//! signers, policies, permissions, webhooks, exchanges, staking, networks, fee sponsors, swaps,
//! yields, agreements), every further call Dfns' Python SDK makes (vaults, tenant, payins, payouts,
//! allocations, address watches, ...), the deprecated Applications, and user action signing that
//! works byte for byte.
//!
//! - [`DfnsClient`] (in `client.rs`): configuration and the hooks that authenticate and sign.
//! - [`Signer`] and [`KeySigner`] (in `signing.rs`): Ed25519, ECDSA P-256, ECDSA secp256k1 and RSA keys from PEM,
//!   or your own KMS/HSM behind the trait.
//! - The challenge → sign → token flow (in `user_action.rs`), run for every operation whose spec
//!   lists the `userActionSignature` security scheme; a retried write signs again.
//! - [`ErrorExt::policy_pending`] (in `error.rs`): a write held for policy approval (HTTP 202).
//! - `wait_until_signed` / `wait_until_broadcast` (in `wait.rs`): poll a signature or transfer that
//!   Dfns answered `Pending` until it settles or a [`Wait`] deadline passes.
//! - [`generated`]: every operation and type, generated from `openapi/dfns.yaml` into the crate
//!   `apifleet-dfns-api` (its own crate, so that a hand-written edit never recompiles it).
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use apifleet_dfns::{DfnsClient, ErrorExt as _, KeySigner, types};
//!
//! let pem = std::fs::read_to_string("credential-key.pem")?;
//! let dfns = DfnsClient::builder()
//!     .auth_token(std::env::var("DFNS_TOKEN")?)
//!     .signer(KeySigner::from_pem(std::env::var("DFNS_CRED_ID")?, &pem)?)
//!     .build()?;
//! let update = types::UpdateServiceAccountRequest::builder().name(Some("renamed".parse()?));
//! match dfns.update_service_account().service_account_id("us-123").body(update).send().await {
//!     Ok(account) => println!("{:?}", account.user_info.name),
//!     Err(e) => {
//!         let e = apifleet_dfns::Error::from(e);
//!         match e.policy_pending() {
//!             Some(pending) => println!("waiting for approval {:?}", pending.approval_id),
//!             None => return Err(e.into()),
//!         }
//!     }
//! }
//! # Ok(()) }
//! ```

mod client;
mod error;
/// Every operation and type, generated from `openapi/dfns.yaml` (the crate `apifleet-dfns-api`).
pub use apifleet_dfns_api as generated;
mod signing;
mod user_action;
mod wait;

pub use client::{
    ConfigError, DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, DfnsClient,
    DfnsClientBuilder, legacy_nonce,
};
pub use error::{Error, ErrorBody, ErrorExt, PolicyPending};
pub use generated::{AccessTokenKind, ApplicationKind, UserKind};
pub use generated::{builder, types};
pub use signing::{KeyAlgorithm, KeySigner, SignFuture, Signer, SignerError, b64url, client_data};
pub use user_action::{USER_ACTION_HEADER, USER_ACTION_SCHEME, UserAction};
pub use wait::{Wait, WaitError};

/// How failed requests are tried again; pass one to the builder's `retry`.
pub use apifleet_runtime::retry::RetryPolicy;
pub use apifleet_runtime::{ErrorKind, Secret};
