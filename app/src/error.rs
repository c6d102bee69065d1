//! The one error type server functions return; each variant is explained to users in Swedish.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("Sidan eller organisationen finns inte.")]
    NotFound,
    #[error("Uppgifterna kunde inte hämtas just nu. Försök igen om en stund.")]
    Unavailable,
    #[error("Förfrågan kunde inte behandlas. Ladda om sidan och försök igen.")]
    Request(String),
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        Self::Request(value.to_string())
    }
}

#[cfg(feature = "ssr")]
impl From<crate::db::DbError> for AppError {
    fn from(error: crate::db::DbError) -> Self {
        // Database text never reaches the browser; it is logged here once.
        tracing::error!(%error, "database error");
        Self::Unavailable
    }
}
