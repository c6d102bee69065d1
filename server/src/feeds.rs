//! `/api/v1/kalender.ics` and `/api/v1/andringar.atom`: the dates ahead and the published
//! changes, for the county or, with `?organisation=`, for one organisation.

use api::state::AppState;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};

#[derive(Debug, serde::Deserialize)]
pub struct FeedQuery {
    organisation: Option<String>,
}

fn answer(
    result: Result<String, domain::error::AppError>,
    content_type: &'static str,
    headers: &HeaderMap,
) -> Response {
    match result {
        Ok(body) => ([(header::CONTENT_TYPE, content_type)], body).into_response(),
        Err(error) => crate::refusal::Refusal::new(error, headers).into_response(),
    }
}

pub async fn calendar(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<FeedQuery>,
) -> Response {
    let result =
        service::feeds::calendar(&state.db, query.organisation.as_deref(), state.clock.now()).await;
    answer(result, "text/calendar; charset=utf-8", &headers)
}

pub async fn changes(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<FeedQuery>,
) -> Response {
    let result = service::feeds::changes(
        &state.db,
        query.organisation.as_deref(),
        state.clock.now(),
        &state.reminders.base,
    )
    .await;
    answer(result, "application/atom+xml; charset=utf-8", &headers)
}
