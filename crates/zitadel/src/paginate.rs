//! The `_search` operations as a `Stream` of results, walking `query.offset` / `query.limit` until
//! `details.totalResult`.

use crate::ZitadelClient;
use crate::error::Error;
use crate::generated::types;
use apifleet_runtime::Uint64;
use apifleet_runtime::paginate::{PageStream, by_offset};
use apifleet_runtime::progenitor_client::{Error as RawError, ResponseValue};
use std::future::Future;
use std::num::NonZeroU32;

fn query(offset: u64, limit: NonZeroU32) -> types::ListQuery {
    types::ListQuery {
        offset: Some(Uint64(offset)),
        limit: Some(limit.get()),
        asc: Some(true),
    }
}

/// Walks a providers `_search` through `list`, which sends one request body.
fn providers<'a, F, Fut>(
    limit: NonZeroU32,
    queries: Vec<types::ProviderQuery>,
    list: F,
) -> PageStream<'a, types::Provider, Error>
where
    F: Fn(types::ListProvidersRequest) -> Fut + Send + 'a,
    Fut: Future<
            Output = Result<
                ResponseValue<types::ListProvidersResponse>,
                RawError<types::RpcStatus>,
            >,
        > + Send
        + 'a,
{
    by_offset(limit.get(), move |offset| {
        let sent = list(types::ListProvidersRequest {
            query: Some(query(offset, limit)),
            queries: queries.clone(),
        });
        async move {
            let page = sent.await.map_err(Error::from)?.into_inner();
            Ok((
                page.result,
                page.details.and_then(|d| d.total_result).map(u64::from),
            ))
        }
    })
}

impl ZitadelClient {
    /// Every provider of the organisation matching `queries`, `limit` per request
    /// (`POST /management/v1/idps/templates/_search`).
    pub fn mgmt_providers(
        &self,
        limit: NonZeroU32,
        queries: Vec<types::ProviderQuery>,
    ) -> PageStream<'_, types::Provider, Error> {
        providers(limit, queries, move |body| {
            self.mgmt_list_providers().body(body).send()
        })
    }

    /// Every provider of the instance matching `queries`, `limit` per request
    /// (`POST /admin/v1/idps/templates/_search`).
    pub fn admin_providers(
        &self,
        limit: NonZeroU32,
        queries: Vec<types::ProviderQuery>,
    ) -> PageStream<'_, types::Provider, Error> {
        providers(limit, queries, move |body| {
            self.admin_list_providers().body(body).send()
        })
    }
}
