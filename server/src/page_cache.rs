//! A cache of the public pages for visitors who are not signed in. The week a report is
//! published a crowd asks for the same map again and again; rendering it each time would cost
//! the server far more than sending it.
//!
//! Kept: a 200 HTML answer to a GET of `/`, `/oversikt` or `/profil/<id>` (with its query) by a
//! request without a session cookie, per query, language cookie and day. A page is used for at
//! most [`TTL`] and never after this process has written to the profiles since it was made;
//! saves through other instances show within the [`TTL`]. It is sent again as the bytes it was
//! made as, or as a copy compressed once when it was made, and its policy allows its scripts by
//! their hashes (`api::csp::StoredScripts`), since it cannot carry a new nonce unchanged.

use crate::static_files::{COPIES, Effort, Encoding};
use api::csp::StoredScripts;
use api::state::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const TTL: Duration = Duration::from_secs(1);
/// Any query string is a new key; past this many pages the cache starts over.
const MAX_PAGES: usize = 256;
const MAX_PAGE_BYTES: usize = 4 << 20;

struct Page {
    made: Instant,
    writes: u64,
    headers: HeaderMap,
    scripts: StoredScripts,
    /// The page as made.
    plain: Bytes,
    /// The page compressed, in the encodings it could be compressed in.
    copies: Vec<(Encoding, Bytes)>,
}

impl Page {
    /// The answer to a request that accepts `encoding`.
    fn answer(&self, encoding: Option<Encoding>) -> Response {
        let copy = encoding.and_then(|e| self.copies.iter().find(|(c, _)| *c == e));
        let body = copy.map_or_else(|| self.plain.clone(), |(_, bytes)| bytes.clone());
        let mut response = Response::new(Body::from(body));
        *response.headers_mut() = self.headers.clone();
        let headers = response.headers_mut();
        if let Some((encoding, _)) = copy {
            headers.insert(
                header::CONTENT_ENCODING,
                HeaderValue::from_static(encoding.name()),
            );
        }
        // The bytes sent depend on the request's `Accept-Encoding`: a cache must know.
        headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
        response.extensions_mut().insert(self.scripts.clone());
        response
    }
}

/// `plain` in each encoding it compresses in (a failure is logged, and that copy left out).
async fn compressed(plain: Bytes) -> Vec<(Encoding, Bytes)> {
    let copies = tokio::task::spawn_blocking(move || {
        COPIES
            .into_iter()
            .filter_map(|encoding| match encoding.compress(&plain, Effort::Often) {
                Ok(bytes) => Some((encoding, Bytes::from(bytes))),
                Err(error) => {
                    tracing::warn!(%error, ?encoding, "a page could not be compressed");
                    None
                }
            })
            .collect()
    })
    .await;
    copies.unwrap_or_else(|error| {
        tracing::warn!(%error, "a page could not be compressed");
        Vec::new()
    })
}

#[derive(Clone, Default)]
pub struct PageCache {
    pages: Arc<Mutex<HashMap<String, Arc<Page>>>>,
    /// One render at a time: when a page expires under a crowd, one request makes it again and
    /// the others wait for it instead of all rendering the same page.
    rendering: Arc<tokio::sync::Mutex<()>>,
}

impl PageCache {
    fn fresh(&self, key: &str, writes: u64) -> Option<Arc<Page>> {
        let pages = self.pages.lock().unwrap_or_else(|p| p.into_inner());
        pages
            .get(key)
            .filter(|p| p.writes == writes && p.made.elapsed() < TTL)
            .cloned()
    }
}

#[derive(Clone)]
pub struct CacheState {
    pub app: AppState,
    pub pages: PageCache,
}

fn cacheable_path(path: &str) -> bool {
    path == "/"
        || path == "/oversikt"
        || path
            .strip_prefix("/profil/")
            .is_some_and(|id| !id.is_empty() && !id.contains('/'))
}

/// The cache key, or `None` when the request must be rendered for itself. A page tells what is
/// late and old on the clock's `today`, so a new day is a new key.
fn key(request: &Request, today: chrono::NaiveDate) -> Option<String> {
    if request.method() != Method::GET || !cacheable_path(request.uri().path()) {
        return None;
    }
    let headers = request.headers();
    // Any session cookie at all, valid or not: the page is made for that request alone.
    if api::session::has_session_cookie(headers) {
        return None;
    }
    let lang = api::session::lang_from_headers(headers).code();
    Some(format!("{lang} {today} {}", request.uri()))
}

/// Middleware: answers from the cache, or renders and keeps the page.
pub async fn pages(State(state): State<CacheState>, request: Request, next: Next) -> Response {
    let Some(key) = key(&request, state.app.clock.today()) else {
        return next.run(request).await;
    };
    let encoding = Encoding::accepted(request.headers());
    let writes = state.app.db.writes();
    if let Some(page) = state.pages.fresh(&key, writes) {
        return page.answer(encoding);
    }
    let _turn = state.pages.rendering.lock().await;
    if let Some(page) = state.pages.fresh(&key, writes) {
        return page.answer(encoding);
    }
    // The nonce the page is made with tells its own scripts from any other.
    let Some(nonce) = api::csp::request_nonce(&request).map(str::to_owned) else {
        return next.run(request).await;
    };
    let made = Instant::now();
    let response = next.run(request).await;
    let html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if response.status() != StatusCode::OK
        || !html
        || response.headers().contains_key(header::SET_COOKIE)
    {
        return response;
    }
    let (parts, body) = response.into_parts();
    let body = match axum::body::to_bytes(body, MAX_PAGE_BYTES).await {
        Ok(body) => body,
        Err(error) => {
            tracing::error!(%error, "page body could not be read");
            return Response::builder()
                .status(StatusCode::INTERNAL_SERVER_ERROR)
                .body(Body::empty())
                .unwrap_or_default();
        }
    };
    let Ok(html) = std::str::from_utf8(&body) else {
        return Response::from_parts(parts, Body::from(body));
    };
    let page = Arc::new(Page {
        made,
        writes,
        headers: parts.headers.clone(),
        scripts: StoredScripts::of(html, &nonce),
        copies: compressed(body.clone()).await,
        plain: body.clone(),
    });
    {
        let mut pages = state.pages.pages.lock().unwrap_or_else(|p| p.into_inner());
        if pages.len() >= MAX_PAGES {
            pages.clear();
        }
        pages.insert(key, page);
    }
    Response::from_parts(parts, Body::from(body))
}

#[cfg(test)]
mod tests;
