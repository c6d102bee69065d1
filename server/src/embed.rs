//! The map on other sites: [`PATH`] (a page any site may frame; `api::csp` gives it its
//! policy) and [`OEMBED_PATH`], which describes it to the sites that ask.

use api::state::AppState;
use axum::Json;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::i18n::k;
use domain::model::embed::{Embed, HEIGHT, WIDTH};
pub use domain::model::embed::{OEMBED_PATH, PATH};
use serde::Deserialize;
use service::state;

#[derive(Debug, Deserialize)]
pub struct EmbedQuery {
    indikator: Option<String>,
    sprak: Option<String>,
}

/// The embeddable map of today, in the address's language, never the cookie's (it sets none,
/// and every visitor of the host site sees the same page; only an error's message follows the
/// cookie, as on every route).
pub async fn embed(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<EmbedQuery>,
) -> Response {
    let embed = Embed::from_query(query.indikator.as_deref(), query.sprak.as_deref());
    let refuse = |error| crate::refusal::Refusal::new(error, &headers).into_response();
    let read = async {
        let shown = state.shown(None)?;
        let picture = state::Picture::read(&state.db, shown, None).await?;
        let data = state::map_data(&state.db, &picture).await?;
        Ok::<_, domain::error::AppError>((data, picture.shown.date))
    };
    match read.await {
        Ok((data, date)) => (
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::CACHE_CONTROL, "no-cache"),
            ],
            app::map::embed::render(embed, &data, date, state.public_base()),
        )
            .into_response(),
        Err(error) => refuse(error),
    }
}

#[derive(Debug, Deserialize)]
pub struct OembedQuery {
    url: Option<String>,
    format: Option<String>,
    maxwidth: Option<String>,
    maxheight: Option<String>,
}

/// oEmbed 1.0 (<https://oembed.com>): a `rich` answer with the snippet for a map address of
/// this site; 404 for any other address, 501 for a format other than JSON.
pub async fn oembed(State(state): State<AppState>, Query(query): Query<OembedQuery>) -> Response {
    if query
        .format
        .as_deref()
        .is_some_and(|format| format != "json")
    {
        return StatusCode::NOT_IMPLEMENTED.into_response();
    }
    let base = state.public_base();
    let Some(embed) = query
        .url
        .as_deref()
        .and_then(|url| Embed::of_url(url, base))
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let within = |asked: &Option<String>, most: u32| {
        asked
            .as_deref()
            .and_then(|v| v.parse::<u32>().ok())
            .filter(|v| *v > 0)
            .map_or(most, |v| v.min(most))
    };
    let (width, height) = (
        within(&query.maxwidth, WIDTH),
        within(&query.maxheight, HEIGHT),
    );
    Json(serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "provider_name": embed.lang.t(k::SITE_NAME),
        "provider_url": format!("{base}/"),
        "title": embed.title(),
        "html": embed.snippet(base, width, height),
        "width": width,
        "height": height,
    }))
    .into_response()
}
