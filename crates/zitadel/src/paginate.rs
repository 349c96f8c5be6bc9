//! The `_search` operations as a `Stream` of results, walking `query.offset` / `query.limit` until
//! `details.totalResult`.

use crate::ZitadelClient;
use crate::error::Error;
use crate::generated::types;
use apifleet_runtime::Uint64;
use apifleet_runtime::paginate::{PageStream, by_offset};
use std::num::NonZeroU32;

fn query(offset: u64, limit: NonZeroU32) -> types::ListQuery {
    types::ListQuery {
        offset: Some(Uint64(offset)),
        limit: Some(limit.get()),
        asc: Some(true),
    }
}

impl ZitadelClient {
    /// Every provider of the organisation matching `queries`, `limit` per request
    /// (`POST /management/v1/idps/templates/_search`).
    pub fn mgmt_providers(
        &self,
        limit: NonZeroU32,
        queries: Vec<types::ProviderQuery>,
    ) -> PageStream<'_, types::Provider, Error> {
        by_offset(limit.get(), move |offset| {
            let body = types::ListProvidersRequest {
                query: Some(query(offset, limit)),
                queries: queries.clone(),
            };
            let request = self.mgmt_list_providers().body(body);
            async move {
                let page = request.send().await.map_err(Error::from)?.into_inner();
                Ok((
                    page.result,
                    page.details.and_then(|d| d.total_result).map(u64::from),
                ))
            }
        })
    }

    /// Every provider of the instance matching `queries`, `limit` per request
    /// (`POST /admin/v1/idps/templates/_search`).
    pub fn admin_providers(
        &self,
        limit: NonZeroU32,
        queries: Vec<types::ProviderQuery>,
    ) -> PageStream<'_, types::Provider, Error> {
        by_offset(limit.get(), move |offset| {
            let body = types::ListProvidersRequest {
                query: Some(query(offset, limit)),
                queries: queries.clone(),
            };
            let request = self.admin_list_providers().body(body);
            async move {
                let page = request.send().await.map_err(Error::from)?.into_inner();
                Ok((
                    page.result,
                    page.details.and_then(|d| d.total_result).map(u64::from),
                ))
            }
        })
    }
}
