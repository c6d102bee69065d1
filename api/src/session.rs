//! The session cookie and the request facts the server functions need (server only).

use axum::extract::ConnectInfo;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;
use std::net::SocketAddr;

pub const COOKIE: &str = "kvf_session";

/// The first value of the cookie `name` in a request's `Cookie` headers that `valid` accepts.
fn cookie_value<'a>(
    headers: &'a HeaderMap,
    name: &str,
    valid: impl Fn(&str) -> bool,
) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|list| crate::cookies::find(list, name, &valid))
}

/// The language a request's cookie names (Swedish unless it says otherwise).
pub fn lang_from_headers(headers: &HeaderMap) -> domain::i18n::Lang {
    cookie_value(headers, domain::i18n::COOKIE, |v| {
        domain::i18n::Lang::from_code(v).is_some()
    })
    .and_then(domain::i18n::Lang::from_code)
    .unwrap_or_default()
}

/// The language of the current request.
pub fn request_lang() -> domain::i18n::Lang {
    parts()
        .map(|p| lang_from_headers(&p.headers))
        .unwrap_or_default()
}

/// Whether a request carries a session cookie at all, valid or not.
pub fn has_session_cookie(headers: &HeaderMap) -> bool {
    cookie_value(headers, COOKIE, |_| true).is_some()
}

/// The session token in a request's `Cookie` headers, if any.
pub fn token_from_headers(headers: &HeaderMap) -> Option<String> {
    cookie_value(headers, COOKIE, |v| v.len() == 64).map(str::to_owned)
}

fn parts() -> Option<Parts> {
    use_context::<Parts>()
}

/// The session token of the current request.
pub fn request_token() -> Option<String> {
    parts().and_then(|p| token_from_headers(&p.headers))
}

/// Whether the site was reached over https (directly or through a proxy that says so).
fn is_https() -> bool {
    parts().is_some_and(|p| {
        p.uri.scheme_str() == Some("https")
            || p.headers
                .get("x-forwarded-proto")
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.eq_ignore_ascii_case("https"))
    })
}

/// The address rate limits count against: the connection's peer.
/// Whether the request is a form the browser sent itself, without the page's code: it is
/// answered by sending the browser to a page, not with data.
pub fn is_plain_form() -> bool {
    parts().is_some_and(|p| {
        p.headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/html"))
    })
}

pub fn client_address() -> String {
    parts()
        .and_then(|p| {
            p.extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip().to_string())
        })
        .unwrap_or_else(|| "okänd".to_owned())
}

fn cookie(name: &str, value: &str, max_age: Option<i64>, http_only: bool) -> String {
    let mut c = format!("{name}={value}; Path=/; SameSite=Lax");
    if http_only {
        c.push_str("; HttpOnly");
    }
    if let Some(age) = max_age {
        c.push_str(&format!("; Max-Age={age}"));
    }
    if is_https() {
        c.push_str("; Secure");
    }
    c
}

fn set_cookie(value: String) {
    if let (Some(res), Ok(v)) = (
        use_context::<ResponseOptions>(),
        HeaderValue::from_str(&value),
    ) {
        res.append_header(header::SET_COOKIE, v);
    }
}

/// Sends the new session's cookie (ending with the browser, the server ends it when idle),
/// and beside it the session's anti-forgery token (`crate::csrf`), which the page's code reads:
/// every open page of the browser then sends the token of the session it currently has.
pub fn set_session_cookie(token: &str) {
    set_cookie(cookie(COOKIE, token, None, true));
    set_cookie(cookie(
        crate::cookies::FORGERY_TOKEN,
        &service::security::forgery_token(token),
        None,
        false,
    ));
}

pub fn clear_session_cookie() {
    set_cookie(cookie(COOKIE, "", Some(0), true));
    set_cookie(cookie(crate::cookies::FORGERY_TOKEN, "", Some(0), false));
}

#[cfg(test)]
mod tests;
