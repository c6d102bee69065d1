//! A cache of the public pages for visitors who are not signed in. The week a report is
//! published a crowd asks for the same map again and again; rendering it each time would cost
//! the server far more than sending it.
//!
//! Kept: a 200 HTML answer to a GET of `/`, `/oversikt` or `/profil/<id>` (with its query) by a
//! request without a session cookie, per query, language cookie and day. A page is used for at
//! most [`TTL`] and never after this process has written to the profiles since it was made;
//! saves through other instances show within the [`TTL`]. Each answer carries its own request's
//! script nonce in place of the one the page was made with.

use api::state::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
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
    /// The body cut where the nonce it was made with stood: the new nonce goes between pieces.
    pieces: Vec<Bytes>,
}

impl Page {
    fn new(
        made: Instant,
        writes: u64,
        headers: HeaderMap,
        body: &Bytes,
        nonce: Option<&str>,
    ) -> Self {
        let mut pieces = Vec::new();
        let mut start = 0;
        if let Some(nonce) = nonce.filter(|n| !n.is_empty()) {
            let needle = nonce.as_bytes();
            let mut at = 0;
            while let Some(found) = body[at..].windows(needle.len()).position(|w| w == needle) {
                pieces.push(body.slice(start..at + found));
                at += found + needle.len();
                start = at;
            }
        }
        pieces.push(body.slice(start..));
        Self {
            made,
            writes,
            headers,
            pieces,
        }
    }

    fn body(&self, nonce: Option<&str>) -> Bytes {
        let nonce = nonce.unwrap_or_default().as_bytes();
        let length = self.pieces.iter().map(Bytes::len).sum::<usize>()
            + nonce.len() * (self.pieces.len() - 1);
        let mut body = Vec::with_capacity(length);
        for (i, piece) in self.pieces.iter().enumerate() {
            if i > 0 {
                body.extend_from_slice(nonce);
            }
            body.extend_from_slice(piece);
        }
        Bytes::from(body)
    }
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

fn answer(page: &Page, nonce: Option<&str>) -> Response {
    let mut response = Response::new(Body::from(page.body(nonce)));
    *response.headers_mut() = page.headers.clone();
    response
}

/// Middleware: answers from the cache, or renders and keeps the page.
pub async fn pages(State(state): State<CacheState>, request: Request, next: Next) -> Response {
    let Some(key) = key(&request, state.app.clock.today()) else {
        return next.run(request).await;
    };
    let nonce = api::csp::request_nonce(&request).map(str::to_owned);
    let writes = state.app.db.writes();
    if let Some(page) = state.pages.fresh(&key, writes) {
        return answer(&page, nonce.as_deref());
    }
    let _turn = state.pages.rendering.lock().await;
    if let Some(page) = state.pages.fresh(&key, writes) {
        return answer(&page, nonce.as_deref());
    }
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
    let page = Arc::new(Page::new(
        made,
        writes,
        parts.headers.clone(),
        &body,
        nonce.as_deref(),
    ));
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
