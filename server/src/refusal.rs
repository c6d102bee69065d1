//! How every route answers an [`AppError`]: with its status, and its message in the reader's
//! language (the language cookie; Swedish without one). A caller that accepts JSON gets the
//! error as server functions send it, which the page's code decodes.

use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::error::AppError;
use domain::i18n::Lang;

pub struct Refusal {
    error: AppError,
    lang: Lang,
    json: bool,
}

impl Refusal {
    /// `error`, answered as the request with `headers` asks.
    pub fn new(error: impl Into<AppError>, headers: &HeaderMap) -> Self {
        let json = headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("application/json"));
        Self {
            error: error.into(),
            lang: api::session::lang_from_headers(headers),
            json,
        }
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.error.status()).unwrap_or(StatusCode::BAD_REQUEST);
        match serde_json::to_string(&self.error) {
            Ok(json) if self.json => {
                (status, [(header::CONTENT_TYPE, "application/json")], json).into_response()
            }
            _ => (
                status,
                [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                self.error.message(self.lang),
            )
                .into_response(),
        }
    }
}
