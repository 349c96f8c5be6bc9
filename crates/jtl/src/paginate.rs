//! The list operations as a `Stream` of items, one page in memory at a time.
//!
//! Every list operation JTL pages (`pageNumber` from 1, `pageSize`, a `PagedListOf<T>` answer) has
//! a generated `<operation>_stream(page_size, configure)` (`query_items_stream`,
//! `query_invoices_stream`, ...), all driven by the runtime's one page-number paginator; the
//! generator finds them from the spec. The methods here are the short names for the three lists
//! most apps walk, with the crate's [`Error`].

use crate::JtlClient;
use crate::error::Error;
use crate::generated::{builder, types};
use apifleet_runtime::paginate::PageStream;
use apifleet_runtime::progenitor_client::Error as RawError;
use std::num::NonZeroU32;

impl JtlClient {
    /// Every item matching the filters set by `filter` (e.g. `|q| q.search_key_word("shirt")`),
    /// fetched `page_size` at a time ([`query_items_stream`](crate::generated::Client::query_items_stream)).
    #[cfg(feature = "items")]
    pub fn items<'a>(
        &'a self,
        page_size: NonZeroU32,
        filter: impl Fn(builder::QueryItems<'a>) -> builder::QueryItems<'a> + Send + 'a,
    ) -> PageStream<'a, types::Item, Error> {
        typed_errors(self.query_items_stream(page_size, filter))
    }

    /// Every customer matching the filters set by `filter`, fetched `page_size` at a time.
    #[cfg(feature = "customers")]
    pub fn customers<'a>(
        &'a self,
        page_size: NonZeroU32,
        filter: impl Fn(builder::QueryCustomers<'a>) -> builder::QueryCustomers<'a> + Send + 'a,
    ) -> PageStream<'a, types::Customer, Error> {
        typed_errors(self.query_customers_stream(page_size, filter))
    }

    /// Every sales order matching the filters set by `filter`, fetched `page_size` at a time.
    #[cfg(feature = "sales-orders")]
    pub fn sales_orders<'a>(
        &'a self,
        page_size: NonZeroU32,
        filter: impl Fn(builder::QuerySalesOrders<'a>) -> builder::QuerySalesOrders<'a> + Send + 'a,
    ) -> PageStream<'a, types::SalesOrder, Error> {
        typed_errors(self.query_sales_orders_stream(page_size, filter))
    }
}

/// The generated stream with the crate's [`Error`] in place of progenitor's (the error is as large
/// as the crate's error type always is; it is what the stream yields).
#[allow(clippy::result_large_err)]
fn typed_errors<'a, T, E>(stream: PageStream<'a, T, RawError<E>>) -> PageStream<'a, T, Error>
where
    T: Send + 'a,
    E: Send + 'a,
    Error: From<RawError<E>>,
{
    Box::pin(futures_util::StreamExt::map(stream, |item| {
        item.map_err(Error::from)
    }))
}
