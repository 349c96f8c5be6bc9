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

#[rustfmt::skip]
// Generated: `unwrap_used` only meets `Regex::new` on the spec's constant `pattern`s;
// `unused_imports`: with no service enabled the operation builders do not use `types`.
#[allow(missing_docs, missing_debug_implementations, unreachable_pub, unreachable_patterns, unused_mut, unused_imports, clippy::all, clippy::unwrap_used)]
pub mod generated;

pub use generated::{Client, builder, operations, types};

use crate::client::{Inner, RawErrorKind};
use apifleet_runtime::progenitor_client::{
    ClientHooks, ClientInfo, Error as RawError, OperationInfo,
};
use std::sync::Arc;

impl ClientHooks<Arc<Inner>> for generated::Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), RawError<E>> {
        let meta = operations::find(info.operation_id);
        self.inner()
            .prepare(
                self.client(),
                self.baseurl(),
                meta,
                request,
                info.operation_id,
            )
            .await
            .map_err(RawErrorKind::into_raw)
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let meta = operations::find(info.operation_id);
        self.inner().execute(self.client(), request, meta).await
    }
}
