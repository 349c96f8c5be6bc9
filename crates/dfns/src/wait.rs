//! Waiting for Dfns' long-running outcomes: a signature or a transfer answered `Pending` (held for
//! policy approval, being signed, being broadcast) is polled until it settles or a deadline passes.

use crate::DfnsClient;
use crate::error::Error;
#[cfg(any(feature = "keys", feature = "wallets"))]
use crate::generated::types;
use std::fmt;
use std::time::Duration;

/// How long to wait and how often to ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wait {
    /// Give up after this long (measured from the first request).
    pub timeout: Duration,
    /// Pause between two requests.
    pub interval: Duration,
}

impl Default for Wait {
    /// Two minutes, asking every two seconds: MPC signing takes seconds, a policy approval by a
    /// person can take much longer (raise the timeout for those).
    fn default() -> Self {
        Wait {
            timeout: Duration::from_secs(120),
            interval: Duration::from_secs(2),
        }
    }
}

/// Why a wait ended without the outcome asked for.
#[derive(Debug)]
pub enum WaitError<T> {
    /// Dfns settled the request another way (`Failed`, `Rejected`): the request as last read,
    /// with its `reason` where Dfns gives one.
    Settled(Box<T>),
    /// The deadline passed while the request was still in progress: the request as last read.
    TimedOut(Box<T>),
    /// Reading the request failed.
    Api(Box<Error>),
}

impl<T: fmt::Debug> fmt::Display for WaitError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaitError::Settled(r) => write!(f, "the request settled without success: {r:?}"),
            WaitError::TimedOut(_) => {
                f.write_str("the request was still in progress at the deadline")
            }
            WaitError::Api(e) => write!(f, "reading the request failed: {e}"),
        }
    }
}

impl<T: fmt::Debug> std::error::Error for WaitError<T> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WaitError::Api(e) => Some(e.as_ref()),
            _ => None,
        }
    }
}

/// Where a polled request stands.
#[cfg(any(feature = "keys", feature = "wallets"))]
enum Progress {
    Done,
    Failed,
    Running,
}

/// Polls `read` until `progress` says it is done or failed, or `wait.timeout` passes.
#[cfg(any(feature = "keys", feature = "wallets"))]
async fn poll<T, F, Fut>(
    wait: Wait,
    mut read: F,
    progress: impl Fn(&T) -> Progress,
) -> Result<T, WaitError<T>>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, Error>>,
{
    let deadline = tokio::time::Instant::now() + wait.timeout;
    loop {
        let current = read().await.map_err(|e| WaitError::Api(Box::new(e)))?;
        match progress(&current) {
            Progress::Done => return Ok(current),
            Progress::Failed => return Err(WaitError::Settled(Box::new(current))),
            Progress::Running if tokio::time::Instant::now() + wait.interval > deadline => {
                return Err(WaitError::TimedOut(Box::new(current)));
            }
            Progress::Running => tokio::time::sleep(wait.interval).await,
        }
    }
}

impl DfnsClient {
    /// Reads the signature request until Dfns has signed it (`Signed` or `Confirmed`), polling
    /// `GET /keys/{keyId}/signatures/{signatureId}` every `wait.interval`.
    #[cfg(feature = "keys")]
    pub async fn wait_until_signed(
        &self,
        key_id: &str,
        signature_id: &str,
        wait: Wait,
    ) -> Result<types::SignatureRequest, WaitError<types::SignatureRequest>> {
        use types::SignatureStatus as S;
        poll(
            wait,
            || async {
                Ok(self
                    .get_key_signature()
                    .key_id(key_id)
                    .signature_id(signature_id)
                    .send()
                    .await?
                    .into_inner())
            },
            |r: &types::SignatureRequest| match r.status {
                S::Signed | S::Confirmed => Progress::Done,
                S::Failed | S::Rejected => Progress::Failed,
                // A status added after the spec: not settled as far as we know.
                S::Pending | S::Executing | S::Unknown => Progress::Running,
            },
        )
        .await
    }

    /// Reads the transfer until it is on chain (`Broadcasted` or `Confirmed`), polling
    /// `GET /wallets/{walletId}/transfers/{transferId}` every `wait.interval`.
    #[cfg(feature = "wallets")]
    pub async fn wait_until_broadcast(
        &self,
        wallet_id: &str,
        transfer_id: &str,
        wait: Wait,
    ) -> Result<types::TransferRequest, WaitError<types::TransferRequest>> {
        use types::TransferRequestStatus as S;
        poll(
            wait,
            || async {
                Ok(self
                    .get_transfer()
                    .wallet_id(wallet_id)
                    .transfer_id(transfer_id)
                    .send()
                    .await?
                    .into_inner())
            },
            |r: &types::TransferRequest| match r.status {
                S::Broadcasted | S::Confirmed => Progress::Done,
                S::Failed | S::Rejected => Progress::Failed,
                S::Pending | S::Executing | S::Unknown => Progress::Running,
            },
        )
        .await
    }
}
