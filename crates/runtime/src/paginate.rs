//! Turning page-numbered list operations into a `Stream` of items.

use futures_core::Stream;
use std::future::Future;
use std::pin::Pin;

/// The stream [`by_page_number`] returns.
pub type PageStream<'a, T, E> = Pin<Box<dyn Stream<Item = Result<T, E>> + Send + 'a>>;

/// One page as the paginator needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The page's items, in order.
    pub items: Vec<T>,
    /// Whether the provider says another page follows.
    pub has_next: bool,
}

/// Walks pages `first, first + 1, ...` through `fetch`, yielding items one by one and holding one
/// page in memory at a time. Stops after a page that says it is the last, an empty page (so a
/// provider that keeps saying "more" cannot loop forever), or the first error, which it yields.
///
/// The stream is boxed so callers can `.next().await` on it without pinning it first.
pub fn by_page_number<'a, T, E, F, Fut>(first: u32, fetch: F) -> PageStream<'a, T, E>
where
    T: Send + 'a,
    E: Send + 'a,
    F: FnMut(u32) -> Fut + Send + 'a,
    Fut: Future<Output = Result<Page<T>, E>> + Send + 'a,
{
    struct State<T, F> {
        fetch: F,
        next: Option<u32>,
        buffered: std::vec::IntoIter<T>,
    }
    let state = State {
        fetch,
        next: Some(first),
        buffered: Vec::new().into_iter(),
    };
    Box::pin(futures_util::stream::unfold(
        state,
        |mut state| async move {
            loop {
                if let Some(item) = state.buffered.next() {
                    return Some((Ok(item), state));
                }
                let number = state.next?;
                match (state.fetch)(number).await {
                    Ok(page) => {
                        let more = page.has_next && !page.items.is_empty();
                        state.next = if more { number.checked_add(1) } else { None };
                        state.buffered = page.items.into_iter();
                    }
                    Err(e) => {
                        state.next = None;
                        return Some((Err(e), state));
                    }
                }
            }
        },
    ))
}

/// Walks an offset-paged list (`offset` from 0, `limit` per request) through `fetch`, which returns a
/// page's items and the total the provider reports. Stops at the total, after a short or empty page,
/// or at the first error, which it yields. One page is held in memory at a time.
pub fn by_offset<'a, T, E, F, Fut>(limit: u32, mut fetch: F) -> PageStream<'a, T, E>
where
    T: Send + 'a,
    E: Send + 'a,
    F: FnMut(u64) -> Fut + Send + 'a,
    Fut: Future<Output = Result<(Vec<T>, Option<u64>), E>> + Send + 'a,
{
    let limit = u64::from(limit.max(1));
    by_page_number(0, move |index| {
        let offset = u64::from(index) * limit;
        let page = fetch(offset);
        async move {
            let (items, total) = page.await?;
            let seen = offset + items.len() as u64;
            let has_next = items.len() as u64 >= limit && total.is_none_or(|t| seen < t);
            Ok(Page { items, has_next })
        }
    })
}

/// Walks a token-paged list (Dfns' `paginationToken` → `nextPageToken`) through `fetch`, which is
/// given the token of the page to fetch (`None` for the first) and returns the page's items and the
/// next token. Stops when there is no next token, after an empty page, when the provider hands back
/// a token it already gave (so a misbehaving server cannot loop the stream forever), or at the first
/// error, which it yields. One page is held in memory at a time.
pub fn by_token<'a, T, E, F, Fut>(fetch: F) -> PageStream<'a, T, E>
where
    T: Send + 'a,
    E: Send + 'a,
    F: FnMut(Option<String>) -> Fut + Send + 'a,
    Fut: Future<Output = Result<(Vec<T>, Option<String>), E>> + Send + 'a,
{
    struct State<T, F> {
        fetch: F,
        /// The token of the next page: `Some(None)` for the first page, `None` when done.
        next: Option<Option<String>>,
        seen: std::collections::HashSet<String>,
        buffered: std::vec::IntoIter<T>,
    }
    let state = State {
        fetch,
        next: Some(None),
        seen: std::collections::HashSet::new(),
        buffered: Vec::new().into_iter(),
    };
    Box::pin(futures_util::stream::unfold(
        state,
        |mut state| async move {
            loop {
                if let Some(item) = state.buffered.next() {
                    return Some((Ok(item), state));
                }
                let token = state.next.take()?;
                match (state.fetch)(token).await {
                    Ok((items, next)) => {
                        state.next = next
                            .filter(|t| !items.is_empty() && !t.is_empty())
                            .filter(|t| state.seen.insert(t.clone()))
                            .map(Some);
                        state.buffered = items.into_iter();
                    }
                    Err(e) => return Some((Err(e), state)),
                }
            }
        },
    ))
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn tokens_are_followed_until_none_and_a_repeated_token_ends_the_walk() {
        let asked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = asked.clone();
        let items: Vec<_> = by_token(move |token: Option<String>| {
            log.lock().expect("lock").push(token.clone());
            async move {
                Ok::<_, String>(match token.as_deref() {
                    None => (vec![1, 2], Some("b".to_string())),
                    Some("b") => (vec![3], Some("c".to_string())),
                    _ => (vec![4], None),
                })
            }
        })
        .collect()
        .await;
        assert_eq!(items, vec![Ok(1), Ok(2), Ok(3), Ok(4)]);
        assert_eq!(
            *asked.lock().expect("lock"),
            vec![None, Some("b".to_string()), Some("c".to_string())]
        );
        // A server that keeps answering the same token is asked twice, not forever.
        let mut calls = 0;
        let looping: Vec<_> = by_token(|_| {
            calls += 1;
            async { Ok::<_, String>((vec![0], Some("same".to_string()))) }
        })
        .collect()
        .await;
        assert_eq!(looping.len(), 2);
        assert_eq!(calls, 2);
    }

    #[tokio::test]
    async fn offsets_advance_by_limit_until_the_total() {
        let mut offsets = Vec::new();
        let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = seen.clone();
        let items: Vec<_> = by_offset(2, move |offset| {
            log.lock().expect("lock").push(offset);
            async move {
                let all = [1, 2, 3, 4, 5];
                let page: Vec<i32> = all.iter().copied().skip(offset as usize).take(2).collect();
                Ok::<_, String>((page, Some(5)))
            }
        })
        .collect()
        .await;
        offsets.extend(seen.lock().expect("lock").iter().copied());
        assert_eq!(items, vec![Ok(1), Ok(2), Ok(3), Ok(4), Ok(5)]);
        assert_eq!(offsets, vec![0, 2, 4]);
    }

    use super::*;
    use futures_util::StreamExt as _;

    #[tokio::test]
    async fn walks_every_page_then_stops() {
        let pages = |n: u32| async move {
            Ok::<_, String>(Page {
                items: vec![n * 10, n * 10 + 1],
                has_next: n < 3,
            })
        };
        let all: Vec<_> = by_page_number(1, pages).collect().await;
        let all: Result<Vec<_>, _> = all.into_iter().collect();
        assert_eq!(all, Ok(vec![10, 11, 20, 21, 30, 31]));
    }

    #[tokio::test]
    async fn stops_on_an_empty_page_that_claims_more() {
        let mut calls = 0;
        let items: Vec<_> = by_page_number(1, |_| {
            calls += 1;
            async {
                Ok::<Page<u8>, String>(Page {
                    items: vec![],
                    has_next: true,
                })
            }
        })
        .collect()
        .await;
        assert!(items.is_empty());
        assert_eq!(calls, 1);
    }

    #[tokio::test]
    async fn yields_the_error_and_ends() {
        let items: Vec<_> = by_page_number(1, |n| async move {
            if n == 1 {
                Ok(Page {
                    items: vec![1],
                    has_next: true,
                })
            } else {
                Err("boom")
            }
        })
        .collect()
        .await;
        assert_eq!(items, vec![Ok(1), Err("boom")]);
    }
}
