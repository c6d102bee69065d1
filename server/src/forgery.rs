//! Anti-forgery check for state-changing requests (`api::csrf`). A request that changes
//! something and carries a session cookie must also carry that session's anti-forgery token,
//! in the header a server-function call sends or in the field a form without JavaScript
//! sends; otherwise it is refused with 403 before it reaches the application. The one
//! exception is the login, which has no session yet to be bound to (it is covered by the
//! same-site check, `crate::origin`, and its own rate limits).

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use domain::error::AppError;
use domain::model::auth::Denied;
use leptos::server_fn::ServerFn;

pub async fn refuse_forged(request: Request, next: Next) -> Response {
    if !crate::origin::may_change(request.method())
        || request.uri().path() == <api::account::Login as ServerFn>::PATH
    {
        return next.run(request).await;
    }
    let Some(session) = api::session::token_from_headers(request.headers()) else {
        // Without a session nothing can be changed; the application refuses it.
        return next.run(request).await;
    };
    if let Some(presented) = request
        .headers()
        .get(api::csrf::HEADER)
        .and_then(|v| v.to_str().ok())
    {
        return if service::security::forgery_token_matches(&session, presented) {
            next.run(request).await
        } else {
            refuse(&request)
        };
    }
    if !is_form(request.headers()) {
        return refuse(&request);
    }
    let (parts, body) = request.into_parts();
    // The router's body limit, applied before this, bounds what is read here.
    let Ok(bytes) = to_bytes(body, usize::MAX).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let presented = form_field(&bytes, api::csrf::FIELD);
    let request = Request::from_parts(parts, Body::from(bytes));
    match presented {
        Some(token) if service::security::forgery_token_matches(&session, &token) => {
            next.run(request).await
        }
        _ => refuse(&request),
    }
}

fn is_form(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"))
}

/// The value of `name` in an `application/x-www-form-urlencoded` body.
fn form_field(body: &[u8], name: &str) -> Option<String> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body)
        .ok()?
        .into_iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value)
}

/// 403 with the error a server-function caller decodes (JSON), or the text for a form posted
/// without JavaScript.
fn refuse(request: &Request) -> Response {
    tracing::warn!(path = %request.uri().path(), "change without its anti-forgery token refused");
    crate::refusal::Refusal::new(AppError::Denied(Denied::Forged), request.headers())
        .into_response()
}

#[cfg(test)]
mod tests;
