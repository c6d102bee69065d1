//! The map as a file: `/karta.svg` and `/karta.png` for `?indikator=` and `?datum=`.

use api::state::AppState;
use app::map::svg_file;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::error::AppError;
use domain::model::Indicator;
use serde::Deserialize;
use service::state;
use std::sync::{Arc, OnceLock};

#[derive(Debug, Deserialize)]
pub struct MapQuery {
    indikator: Option<String>,
    datum: Option<String>,
    omgang: Option<String>,
}

/// The PNG is drawn at twice the SVG's size, sharp enough for print and slides.
const PNG_SCALE: f32 = 2.0;

async fn svg_for(
    state: &AppState,
    headers: &HeaderMap,
    query: &MapQuery,
) -> Result<(String, String), Response> {
    let lang = api::session::lang_from_headers(headers);
    let indicator = Indicator::from_query(query.indikator.as_deref());
    let refuse = |error: AppError| crate::refusal::Refusal::new(error, headers).into_response();
    let shown = state.shown(query.datum.as_deref()).map_err(refuse)?;
    let picture = state::Picture::read(&state.db, shown, query.omgang.as_deref())
        .await
        .map_err(refuse)?;
    let data = state::map_data(&state.db, &picture).await.map_err(refuse)?;
    let date = picture.shown.date;
    Ok((
        svg_file::render(lang, &data, indicator, date),
        svg_file::file_name(indicator, date, ""),
    ))
}

fn disposition(stem: &str, extension: &str) -> String {
    format!("inline; filename=\"{stem}{extension}\"")
}

pub async fn map_svg(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<MapQuery>,
) -> Response {
    match svg_for(&state, &headers, &query).await {
        Ok((svg, stem)) => (
            [
                (
                    header::CONTENT_TYPE,
                    "image/svg+xml; charset=utf-8".to_owned(),
                ),
                (header::CONTENT_DISPOSITION, disposition(&stem, "svg")),
            ],
            svg,
        )
            .into_response(),
        Err(response) => response,
    }
}

/// System fonts, loaded once: the PNG's text needs them.
fn fonts() -> Arc<resvg::usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<resvg::usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = resvg::usvg::fontdb::Database::new();
            db.load_system_fonts();
            Arc::new(db)
        })
        .clone()
}

#[derive(Debug, thiserror::Error)]
enum RasterError {
    #[error("svg: {0}")]
    Parse(#[from] resvg::usvg::Error),
    #[error("no pixmap for the size")]
    Size,
    #[error("png: {0}")]
    Encode(String),
}

fn rasterise(svg: &str) -> Result<Vec<u8>, RasterError> {
    let options = resvg::usvg::Options {
        fontdb: fonts(),
        ..Default::default()
    };
    let tree = resvg::usvg::Tree::from_str(svg, &options)?;
    let size = tree
        .size()
        .to_int_size()
        .scale_by(PNG_SCALE)
        .ok_or(RasterError::Size)?;
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(size.width(), size.height()).ok_or(RasterError::Size)?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(PNG_SCALE, PNG_SCALE),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| RasterError::Encode(e.to_string()))
}

pub async fn map_png(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<MapQuery>,
) -> Response {
    let (svg, stem) = match svg_for(&state, &headers, &query).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match tokio::task::spawn_blocking(move || rasterise(&svg)).await {
        Ok(Ok(png)) => (
            [
                (header::CONTENT_TYPE, "image/png".to_owned()),
                (header::CONTENT_DISPOSITION, disposition(&stem, "png")),
            ],
            png,
        )
            .into_response(),
        Ok(Err(error)) => {
            tracing::error!(%error, "map could not be drawn as PNG");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "Kartan kunde inte ritas som PNG.",
            )
                .into_response()
        }
        Err(error) => {
            tracing::error!(%error, "PNG drawing stopped");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "Kartan kunde inte ritas som PNG.",
            )
                .into_response()
        }
    }
}
