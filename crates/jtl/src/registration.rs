//! The app registration flow: send the request, poll its status, return the API key.

use crate::error::Error;
use crate::generated::RegistrationStatus;
use crate::generated::types;
use crate::{ErrorKind, JtlClient, Secret};
use std::fmt;
use std::time::Duration;

/// How `register_and_wait` polls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WaitOptions {
    /// Time between two status requests; default 5 s (what JTL's community clients use).
    pub interval: Duration,
    /// How long to wait for the merchant in all; default 10 minutes.
    pub timeout: Duration,
}

impl Default for WaitOptions {
    fn default() -> Self {
        WaitOptions {
            interval: Duration::from_secs(5),
            timeout: Duration::from_secs(600),
        }
    }
}

impl WaitOptions {
    /// Sets the polling interval.
    pub fn interval(mut self, interval: Duration) -> Self {
        self.interval = interval;
        self
    }

    /// Sets the overall deadline.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }
}

/// An accepted registration.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RegisteredApp {
    /// The registration request's id.
    pub registration_id: String,
    /// The app id JTL registered.
    pub app_id: String,
    /// The API key. JTL delivers it once: store it before doing anything else.
    pub api_key: Secret,
    /// The scopes the merchant granted.
    pub granted_scopes: Vec<String>,
    /// How many status requests it took.
    pub polls: u32,
}

/// Why a registration did not produce an API key.
#[derive(Debug)]
#[non_exhaustive]
pub enum RegistrationError {
    /// Refused before sending: bad arguments or configuration.
    InvalidRequest(String),
    /// The merchant rejected the registration in JTL-Wawi.
    Rejected {
        /// The registration request's id.
        registration_id: String,
    },
    /// The merchant did not answer before the deadline.
    TimedOut {
        /// The registration request's id.
        registration_id: String,
        /// How many status requests were made.
        polls: u32,
    },
    /// JTL does not know the registration (404): wrong tenant, or the dialog was closed.
    NotFound {
        /// The registration request's id.
        registration_id: String,
    },
    /// The registration was already answered and its key delivered (410); register again.
    AlreadyAnswered {
        /// The registration request's id.
        registration_id: String,
    },
    /// JTL reported "accepted" without a key.
    AcceptedWithoutKey {
        /// The registration request's id.
        registration_id: String,
    },
    /// Any other failure of a request.
    Api(Error),
}

impl fmt::Display for RegistrationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RegistrationError::InvalidRequest(m) => write!(f, "registration not sent: {m}"),
            RegistrationError::Rejected { registration_id } => {
                write!(f, "registration {registration_id} was rejected in JTL-Wawi")
            }
            RegistrationError::TimedOut {
                registration_id,
                polls,
            } => {
                write!(
                    f,
                    "registration {registration_id} still pending after {polls} status requests; gave up"
                )
            }
            RegistrationError::NotFound { registration_id } => {
                write!(f, "JTL does not know registration {registration_id} (404)")
            }
            RegistrationError::AlreadyAnswered { registration_id } => write!(
                f,
                "registration {registration_id} was already answered and its key delivered (410); register again"
            ),
            RegistrationError::AcceptedWithoutKey { registration_id } => {
                write!(
                    f,
                    "registration {registration_id} was accepted but JTL sent no API key"
                )
            }
            RegistrationError::Api(e) => write!(f, "registration failed: {e}"),
        }
    }
}

impl std::error::Error for RegistrationError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            RegistrationError::Api(e) => Some(e),
            _ => None,
        }
    }
}

impl From<Error> for RegistrationError {
    fn from(e: Error) -> Self {
        match e {
            Error::InvalidRequest(m) => RegistrationError::InvalidRequest(m),
            other => RegistrationError::Api(other),
        }
    }
}

impl JtlClient {
    /// Registers an app (v2 API) and waits until the merchant answers in JTL-Wawi.
    ///
    /// Sends `POST /v2/authentication`, then polls `GET /v2/authentication/{id}` every
    /// `options.interval` until the status is Accepted (returns the key), Rejected, or
    /// `options.timeout` passes. Needs a client built with a tenant id and a challenge code.
    pub async fn register_and_wait<R>(
        &self,
        request: R,
        options: WaitOptions,
    ) -> Result<RegisteredApp, RegistrationError>
    where
        R: TryInto<types::CreateAppRegistrationRequestV2>,
        R::Error: fmt::Display,
    {
        let request: types::CreateAppRegistrationRequestV2 = request
            .try_into()
            .map_err(|e| RegistrationError::InvalidRequest(e.to_string()))?;
        if options.interval.is_zero() {
            return Err(RegistrationError::InvalidRequest(
                "the polling interval must be above zero".to_string(),
            ));
        }
        let started = tokio::time::Instant::now();
        let created = self
            .register_app_v2()
            .body(request)
            .send()
            .await
            .map_err(Error::from)?
            .into_inner();
        let registration_id = created.registration_request_id;
        let mut polls = 0u32;
        loop {
            polls += 1;
            let info = match self
                .fetch_registration_status_v2()
                .registration_id(registration_id.as_str())
                .send()
                .await
            {
                Ok(info) => info.into_inner(),
                Err(e) => {
                    let e = Error::from(e);
                    return Err(match e.kind() {
                        Some(ErrorKind::NotFound) => {
                            RegistrationError::NotFound { registration_id }
                        }
                        Some(ErrorKind::Gone) => {
                            RegistrationError::AlreadyAnswered { registration_id }
                        }
                        _ => RegistrationError::from(e),
                    });
                }
            };
            match info.request_status_info.status {
                Some(RegistrationStatus::Accepted) => {
                    let Some(token) = info.token else {
                        return Err(RegistrationError::AcceptedWithoutKey { registration_id });
                    };
                    return Ok(RegisteredApp {
                        app_id: info.request_status_info.app_id,
                        registration_id,
                        api_key: Secret::new(token.api_key),
                        granted_scopes: info.granted_scopes.map(|s| s.0).unwrap_or_default(),
                        polls,
                    });
                }
                Some(RegistrationStatus::Rejected) => {
                    return Err(RegistrationError::Rejected { registration_id });
                }
                // Pending, a status this client does not know yet, or none: keep waiting.
                _ => {}
            }
            if started.elapsed() + options.interval > options.timeout {
                return Err(RegistrationError::TimedOut {
                    registration_id,
                    polls,
                });
            }
            tokio::time::sleep(options.interval).await;
        }
    }
}
