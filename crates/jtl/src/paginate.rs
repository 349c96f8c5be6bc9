//! The list operations as a `Stream` of items, one page in memory at a time.

use crate::JtlClient;
use crate::error::Error;
use crate::generated::{builder, types};
use apifleet_runtime::paginate::{Page, PageStream, by_page_number};
use apifleet_runtime::progenitor_client::{Error as RawError, ResponseValue};
use std::future::Future;
use std::num::NonZeroU32;

/// A JTL `PagedListOf<T>` as a page.
trait PagedList {
    type Item;
    fn into_page(self) -> Page<Self::Item>;
}

macro_rules! paged_list {
    ($list:ty => $item:ty) => {
        impl PagedList for $list {
            type Item = $item;
            fn into_page(self) -> Page<$item> {
                // JTL sends HasNextPage; older builds may omit it, then a full page means "maybe more".
                let full = self
                    .page_size
                    .is_some_and(|size| size > 0 && self.items.len() >= size as usize);
                Page {
                    has_next: self.has_next_page.unwrap_or(full),
                    items: self.items,
                }
            }
        }
    };
}

#[cfg(feature = "items")]
paged_list!(types::PagedListOfItem => types::Item);
#[cfg(feature = "customers")]
paged_list!(types::PagedListOfCustomer => types::Customer);
#[cfg(feature = "sales-orders")]
paged_list!(types::PagedListOfSalesOrder => types::SalesOrder);

impl JtlClient {
    #[cfg(feature = "items")]
    /// Every item matching the filters set by `filter` (e.g. `|q| q.search_key_word("shirt")`),
    /// fetched `page_size` at a time.
    pub fn items<'a>(
        &'a self,
        page_size: NonZeroU32,
        filter: impl Fn(builder::QueryItems<'a>) -> builder::QueryItems<'a> + Send + 'a,
    ) -> PageStream<'a, types::Item, Error> {
        by_page_number(1, move |n| {
            page_of(
                filter(self.query_items())
                    .page_number(page_number(n))
                    .page_size(page_size)
                    .send(),
            )
        })
    }

    #[cfg(feature = "customers")]
    /// Every customer matching the filters set by `filter`, fetched `page_size` at a time.
    pub fn customers<'a>(
        &'a self,
        page_size: NonZeroU32,
        filter: impl Fn(builder::QueryCustomers<'a>) -> builder::QueryCustomers<'a> + Send + 'a,
    ) -> PageStream<'a, types::Customer, Error> {
        by_page_number(1, move |n| {
            page_of(
                filter(self.query_customers())
                    .page_number(page_number(n))
                    .page_size(page_size)
                    .send(),
            )
        })
    }

    #[cfg(feature = "sales-orders")]
    /// Every sales order matching the filters set by `filter`, fetched `page_size` at a time.
    pub fn sales_orders<'a>(
        &'a self,
        page_size: NonZeroU32,
        filter: impl Fn(builder::QuerySalesOrders<'a>) -> builder::QuerySalesOrders<'a> + Send + 'a,
    ) -> PageStream<'a, types::SalesOrder, Error> {
        by_page_number(1, move |n| {
            page_of(
                filter(self.query_sales_orders())
                    .page_number(page_number(n))
                    .page_size(page_size)
                    .send(),
            )
        })
    }
}

/// Sends one page request and turns the answer into a [`Page`].
async fn page_of<L, E>(
    sent: impl Future<Output = Result<ResponseValue<L>, RawError<E>>>,
) -> Result<Page<L::Item>, Error>
where
    L: PagedList,
    Error: From<RawError<E>>,
{
    Ok(sent.await.map_err(Error::from)?.into_inner().into_page())
}

/// The paginator counts pages from 1, so zero cannot occur; it maps to the first page regardless.
fn page_number(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN)
}
