//! The language switch: `/sprak/<sv|en>?tillbaka=<path>` remembers the choice in a cookie and
//! returns to the same page with the same query. Works without JavaScript.

use axum::extract::{Path, Query};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::i18n::{COOKIE, Lang};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Back {
    tillbaka: Option<String>,
}

/// The answer for a language code this site does not have (also for its texts).
pub fn unknown_language() -> Response {
    (StatusCode::NOT_FOUND, "Okänt språk. / Unknown language.").into_response()
}

/// One year, in seconds.
const REMEMBER_SECS: u32 = 365 * 24 * 3600;

pub async fn switch(
    Path(code): Path<String>,
    headers: HeaderMap,
    Query(back): Query<Back>,
) -> Response {
    let Some(lang) = Lang::from_code(&code) else {
        return unknown_language();
    };
    let secure = headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("https"));
    let cookie = format!(
        "{COOKIE}={}; Path=/; Max-Age={REMEMBER_SECS}; SameSite=Lax{}",
        lang.code(),
        if secure { "; Secure" } else { "" }
    );
    let location = domain::model::links::local_path(back.tillbaka.as_deref()).to_owned();
    (
        StatusCode::SEE_OTHER,
        [(header::SET_COOKIE, cookie), (header::LOCATION, location)],
    )
        .into_response()
}
