//! Stateful stand-ins for the providers apifleet covers.
//!
//! Each stand-in listens on `127.0.0.1` (a port the OS assigns unless [`ServerOptions::port`] says
//! otherwise), keeps its state in memory, and answers with the provider's paths, status codes, error
//! bodies and validation, so clients can be tested end to end without credentials. Tests and examples
//! steer it from Rust (approve a pending registration, say) or over HTTP through the control API under
//! [`CONTROL_PREFIX`]. Take it as a dev-dependency; library users never compile it.
//!
//! Operations a flow needs keep state; every other operation of our specs is answered by the
//! spec-driven [`engine`]: the request validated against the spec, a success body made from the
//! response schema (deterministic for [`ServerOptions::seed`]). [`Answers::FromSpec`] answers
//! everything from the spec; `GET /_sandbox/operations` lists which is which.
//!
//! The same stand-ins run as a server for tests in any language: `cargo run -p apifleet-sandbox --
//! serve` (the binary in `src/bin/apifleet-sandbox/`; see the README's sandbox section).
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use apifleet_sandbox::jtl::{Approval, JtlSandbox, JtlSandboxConfig};
//!
//! let sandbox = JtlSandbox::start(JtlSandboxConfig::default().approval(Approval::AfterPolls(2))).await?;
//! println!("JTL stand-in at {}", sandbox.base_url());
//! # Ok(()) }
//! ```

pub mod conformance;
mod control;
pub mod dfns;
pub mod engine;
pub mod jtl;
mod recorder;
mod redact;
mod server;
pub mod zitadel;

pub use control::PREFIX as CONTROL_PREFIX;
pub use recorder::{RecordedRequest, RecordedResponse};
pub use server::{Answers, ServerOptions};
