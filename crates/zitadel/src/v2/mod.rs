//! ZITADEL's v2 services: 179 RPCs in 15 services (User, Session, Organization, Project,
//! Application, Settings, Feature, Instance, Action, Authorization, Internal Permission, Web Key,
//! OIDC, SAML, Identity Provider), generated from `openapi/zitadel-v2.yaml`.
//!
//! Every RPC is sent the way ZITADEL's official SDKs send it: `POST /<proto service>/<RPC>` with the
//! request message as JSON (the Connect protocol's unary form), e.g. `add_human_user` →
//! `POST /zitadel.user.v2.UserService/AddHumanUser`. Reach the client through
//! [`ZitadelClient::v2`](crate::ZitadelClient::v2): it shares the instance, token source, timeouts and
//! retry policy of the v1 client. Errors decode into the same [`Error`](crate::Error) as v1 (the
//! Connect code becomes a [`GrpcCode`](crate::GrpcCode)).
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use apifleet_zitadel::{ZitadelClient, v2::types};
//!
//! let zitadel = ZitadelClient::builder()
//!     .base_url("https://example.zitadel.cloud")
//!     .personal_access_token("pat-from-the-console")
//!     .build()?;
//! let user = zitadel
//!     .v2()
//!     .get_user_by_id()
//!     .body(types::GetUserByIdRequest::builder().user_id("69629023906488334".to_string()))
//!     .send()
//!     .await
//!     .map_err(apifleet_zitadel::Error::from)?
//!     .into_inner();
//! println!("{:?}", user.user.and_then(|u| u.username));
//! # Ok(()) }
//! ```

/// The v2 operations and types, generated from `openapi/zitadel-v2.yaml` (in `apifleet-zitadel-api`).
pub use apifleet_zitadel_api::v2 as generated;

pub use generated::{Client, builder, operations, types};
