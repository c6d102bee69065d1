//! Content Security Policy. Pages allow scripts only from this site and the inline scripts
//! Leptos writes for hydration, each carrying this response's nonce; no `unsafe-inline`
//! scripts. Styles may be inline (the map's tooltip is positioned with a `style` attribute).
//!
//! The nonce is handed to Leptos through the request (made when it is first asked for, so a
//! page answered from the cache costs none) and put in the header after the response is made,
//! so the header never depends on when during rendering Leptos would have set it.
//!
//! A page sent again as stored bytes (the page cache) cannot carry a new nonce without being
//! rewritten; its policy names instead the hash of each inline script that carried the nonce
//! it was made with ([`StoredScripts`]). A script that got into the page without that nonce
//! (markup from data, were escaping ever to fail) is not among them and stays refused, as
//! under the nonce.

use axum::extract::Request;
use axum::http::header::{CONTENT_SECURITY_POLICY, CONTENT_TYPE, X_FRAME_OPTIONS};
use axum::http::{HeaderValue, request::Parts};
use axum::middleware::Next;
use axum::response::Response;
use leptos::prelude::*;

/// The policy of an HTML page whose inline scripts `scripts` allows: this response's nonce
/// (`'nonce-…'`) or the scripts' hashes ([`StoredScripts`]).
fn page_policy(scripts: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' {scripts} 'wasm-unsafe-eval'; \
         style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; \
         font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; \
         frame-ancestors 'none'"
    )
}

/// For every other response (data, files, images): nothing runs, nothing frames it.
pub const OTHER_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

/// For the embeddable map: no script, and any site may frame it.
pub const EMBED_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; \
     base-uri 'none'; form-action 'none'; frame-ancestors *";

/// For uploaded documents (PDF): nothing runs, nothing frames it, and a browser that opens
/// it anyway treats it as from no site at all.
pub const DOCUMENT_POLICY: &str = "default-src 'none'; sandbox; frame-ancestors 'none'";

/// This request's nonce, in the request's extensions: made when first asked for, so a page sent
/// as stored bytes costs no random numbers. Clones share it.
#[derive(Clone, Default)]
struct PageNonce(std::sync::Arc<std::sync::OnceLock<Option<String>>>);

impl PageNonce {
    /// The nonce, made now if nothing asked for it before; `None` when no random bytes could be
    /// had (the page's scripts will not run).
    fn get(&self) -> Option<&str> {
        self.0
            .get_or_init(|| match service::security::random_bytes::<16>() {
                Ok(bytes) => Some(hex::encode(bytes)),
                Err(error) => {
                    tracing::error!(%error, "no nonce: the page's scripts will not run");
                    None
                }
            })
            .as_deref()
    }

    /// The nonce, if the response was made with one.
    fn made(&self) -> Option<&str> {
        self.0.get().and_then(Option::as_deref)
    }
}

/// The scripts a page sent as stored bytes may run, as the sources of its policy: in the
/// response's extensions, set by whoever sends the stored page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredScripts(std::sync::Arc<str>);

impl StoredScripts {
    /// The hash of each inline script of `html` whose tag carries `nonce` (the nonce `html`
    /// was made with), and of no other.
    pub fn of(html: &str, nonce: &str) -> Self {
        let tag = format!(" nonce=\"{nonce}\"");
        let mut sources: Vec<String> = inline_scripts(html)
            .filter(|(attributes, _)| !nonce.is_empty() && attributes.contains(&tag))
            .map(|(_, text)| {
                format!(
                    "'sha256-{}'",
                    service::security::sha256_base64(text.as_bytes())
                )
            })
            .collect();
        sources.sort();
        sources.dedup();
        Self(sources.join(" ").into())
    }
}

/// Each inline `<script>` of `html` (one without `src`): its attributes and its text, read as
/// a browser reads it, up to the first `</script`. Tags are matched as Leptos writes them, in
/// lower case: a script written otherwise is not found, so not allowed, never the reverse.
fn inline_scripts(html: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut rest = html;
    std::iter::from_fn(move || {
        loop {
            let after = &rest[rest.find("<script")? + "<script".len()..];
            // `<scripts>` or `<script-x>` is another element.
            if !after.starts_with(|c: char| c == '>' || c == '/' || c.is_ascii_whitespace()) {
                rest = after;
                continue;
            }
            let (attributes, body) = after.split_once('>')?;
            let end = body.find("</script").unwrap_or(body.len());
            rest = &body[end..];
            if !attributes.contains(" src=") {
                return Some((attributes, &body[..end]));
            }
        }
    })
}

/// Middleware: a new nonce for the request, and the policy on the response; with it the one
/// decision of who may frame the response, also for browsers that know `X-Frame-Options` only.
pub async fn policy(mut request: Request, next: Next) -> Response {
    let framed = request.uri().path() == domain::model::embed::PATH;
    let nonce = PageNonce::default();
    request.extensions_mut().insert(nonce.clone());
    let mut response = next.run(request).await;
    let content_type = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let html = content_type.starts_with("text/html");
    let stored = response.extensions().get::<StoredScripts>();
    // A page whose making never asked for the nonce allows no inline script.
    let policy = match (nonce.made(), stored) {
        _ if framed && html => EMBED_POLICY.to_owned(),
        (_, Some(StoredScripts(scripts))) if html => page_policy(scripts),
        (Some(nonce), None) if html => page_policy(&format!("'nonce-{nonce}'")),
        (None, None) if html => page_policy(""),
        _ if content_type.starts_with("application/pdf") => DOCUMENT_POLICY.to_owned(),
        _ => OTHER_POLICY.to_owned(),
    };
    if let Ok(value) = HeaderValue::from_str(&policy) {
        response
            .headers_mut()
            .insert(CONTENT_SECURITY_POLICY, value);
    }
    if !framed {
        response
            .headers_mut()
            .insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    response
}

/// The nonce [`policy`] gave this request, made now if it was not yet; `None` without one.
pub fn request_nonce(request: &Request) -> Option<&str> {
    request.extensions().get::<PageNonce>()?.get()
}

/// Gives Leptos the request's nonce for its inline scripts (replacing the one it made).
pub fn provide_page_nonce() {
    let nonce = use_context::<Parts>().and_then(|p| p.extensions.get::<PageNonce>().cloned());
    if let Some(nonce) = nonce.as_ref().and_then(PageNonce::get) {
        provide_context(leptos::nonce::Nonce::from_value(nonce.to_owned()));
    }
}

#[cfg(test)]
mod tests;
