//! The interface texts of one language for the browser: `/texter/<sv|en>.txt?v=<version>`,
//! linked from every page (see `domain::i18n::bundle`). With the current version the answer may be
//! kept for a year; any other asks the browser to check again.

use axum::extract::{Path, Query};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use domain::i18n::{Lang, bundle};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Version {
    v: Option<String>,
}

pub async fn texts(Path(file): Path<String>, Query(query): Query<Version>) -> Response {
    let Some(lang) = file.strip_suffix(".txt").and_then(Lang::from_code) else {
        return crate::language::unknown_language();
    };
    let cache = if query.v.as_deref() == Some(bundle::version(lang)) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    (
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, cache),
        ],
        bundle::text(lang),
    )
        .into_response()
}
