//! A closed round's report as a file: `/uppfoljning/<id>/rapport/rapport.xlsx` is the whole
//! report, `/uppfoljning/<id>/rapport/<part>.csv` one part of it.

use crate::refusal::Refusal;
use api::state::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use domain::error::AppError;

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

pub async fn report_file(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((round, file)): Path<(String, String)>,
) -> Response {
    let refuse = |error: AppError| Refusal::new(error, &headers).into_response();
    let report = match service::rounds::report(&state.db, &round).await {
        Ok(report) => report,
        Err(error) => return refuse(error),
    };
    let name = |ext: &str| {
        format!(
            "attachment; filename=\"{}-{}\"",
            report.round.id.as_str(),
            ext
        )
    };
    if file == "rapport.xlsx" {
        return match service::report::xlsx(&report) {
            Ok(bytes) => (
                [
                    (header::CONTENT_TYPE, XLSX.to_owned()),
                    (header::CONTENT_DISPOSITION, name("rapport.xlsx")),
                ],
                bytes,
            )
                .into_response(),
            Err(error) => refuse(error),
        };
    }
    let csv = file
        .strip_suffix(".csv")
        .and_then(|part| service::report::csv(&report, part));
    match csv {
        Some(csv) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (header::CONTENT_DISPOSITION, name(&file)),
            ],
            csv,
        )
            .into_response(),
        None => refuse(AppError::NotFound),
    }
}
