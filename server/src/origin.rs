//! Cross-site request refusal for state-changing requests. Server functions have no CSRF
//! protection of their own; the session cookie is `SameSite=Lax`, and this refuses any
//! non-GET request a browser marks as coming from another site.

use axum::extract::Request;
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Whether a request of this method may change something (the safe methods never do here).
pub fn may_change(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Whether a request with these headers may change state: its `Origin` (when sent) is this
/// site's own host, and the browser does not mark it cross-site.
pub fn same_site(method: &Method, headers: &HeaderMap) -> bool {
    if !may_change(method) {
        return true;
    }
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let origin_ok = match headers.get(header::ORIGIN).map(|o| o.to_str()) {
        None => true,
        Some(Ok(origin)) => {
            let origin_host = origin
                .strip_prefix("https://")
                .or_else(|| origin.strip_prefix("http://"));
            origin_host.is_some() && origin_host == host
        }
        Some(Err(_)) => false,
    };
    let fetch_site_ok = headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_none_or(|v| v != "cross-site");
    origin_ok && fetch_site_ok
}

pub async fn refuse_cross_site(request: Request, next: Next) -> Response {
    if same_site(request.method(), request.headers()) {
        next.run(request).await
    } else {
        tracing::warn!(path = %request.uri().path(), "cross-site request refused");
        (
            StatusCode::FORBIDDEN,
            "Förfrågan kom från en annan webbplats och har inte utförts.",
        )
            .into_response()
    }
}

#[cfg(test)]
mod tests;
