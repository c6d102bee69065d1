//! Evidence documents over HTTP: the upload (`POST /dokument/<organisation>`, a form with the
//! anti-forgery field first and the file after it, so that it works without JavaScript) and
//! the download (`GET /dokument/<organisation>/<sha-256>.pdf`), served as an attachment with
//! the policy of `api::csp::DOCUMENT_POLICY`, so that nothing in it can run on this site.

use crate::refusal::Refusal;
use api::state::AppState;
use axum::extract::multipart::{Field, Multipart, MultipartRejection};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use domain::error::AppError;
use domain::model::OrgId;
use domain::model::auth::{Actor, Denied};
use domain::model::document::{self, Document, MAX_BYTES, Refused};

/// The largest upload request read: the largest document and the form around it.
pub const UPLOAD_LIMIT: usize = MAX_BYTES + 64 * 1024;
/// The form field that carries the file.
pub const FILE_FIELD: &str = "fil";

/// Whether the request comes from a page's form, which is answered with the page again.
fn from_form(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

async fn actor(state: &AppState, headers: &HeaderMap) -> Result<Actor, AppError> {
    let token = api::session::token_from_headers(headers);
    service::accounts::actor(&state.db, token.as_deref(), state.clock.unix_secs()).await
}

pub async fn upload(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(org): Path<String>,
    form: Result<Multipart, MultipartRejection>,
) -> Response {
    let result = match form {
        Ok(form) => receive(&state, &headers, &org, form).await,
        Err(_) => Err(AppError::Request(
            "uppladdningen ska skickas som ett formulär (multipart/form-data)".to_owned(),
        )),
    };
    // A refused file is refused only once the organisation is known.
    let page = OrgId::parse(&org).map(|o| document::page_path(&o));
    match (result, page) {
        (Ok(entry), _) if from_form(&headers) => {
            let page = document::page_path(&entry.org);
            Redirect::to(&format!("{page}?uppladdat={}", entry.digest.as_str())).into_response()
        }
        (Ok(entry), _) => (StatusCode::CREATED, axum::Json(entry)).into_response(),
        (Err(AppError::Invalid(errors)), Ok(page)) if from_form(&headers) => {
            let key = errors
                .get(service::documents::FIELD)
                .map(|m| m.key().as_str())
                .unwrap_or_default();
            Redirect::to(&format!("{page}?fel={key}")).into_response()
        }
        (Err(error), _) => Refusal::new(error, &headers).into_response(),
    }
}

/// Reads the form, its anti-forgery field first, and keeps the file.
async fn receive(
    state: &AppState,
    headers: &HeaderMap,
    org: &str,
    mut form: Multipart,
) -> Result<Document, AppError> {
    let actor = actor(state, headers).await?;
    if let Some(session) = api::session::token_from_headers(headers) {
        let presented = match form.next_field().await {
            Ok(Some(field)) if field.name() == Some(api::csrf::FIELD) => {
                field.text().await.unwrap_or_default()
            }
            _ => String::new(),
        };
        if !service::security::forgery_token_matches(&session, &presented) {
            return Err(AppError::Denied(Denied::Forged));
        }
    }
    // Nobody without the right to keep documents gets to send one.
    let id = service::documents::authorised(&actor, org)?;
    loop {
        match form.next_field().await {
            Ok(Some(field)) if field.name() == Some(FILE_FIELD) => {
                let name = field.file_name().unwrap_or_default().to_owned();
                let content = read_file(field).await?;
                let now = state.clock.now();
                return service::documents::upload(
                    &state.db,
                    &actor,
                    id.as_str(),
                    &name,
                    &content,
                    now,
                )
                .await;
            }
            Ok(Some(_)) => continue,
            Ok(None) => return Err(service::documents::refusal(Refused::Empty)),
            Err(_) => return Err(service::documents::refusal(Refused::BrokenOff)),
        }
    }
}

/// The file's bytes, read no further than one byte past the largest document.
async fn read_file(mut field: Field<'_>) -> Result<Vec<u8>, AppError> {
    let mut content = Vec::new();
    loop {
        match field.chunk().await {
            Ok(Some(chunk)) => {
                if content.len() + chunk.len() > MAX_BYTES {
                    return Err(service::documents::refusal(Refused::TooLarge));
                }
                content.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(content),
            Err(_) => return Err(service::documents::refusal(Refused::BrokenOff)),
        }
    }
}

pub async fn download(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((org, file)): Path<(String, String)>,
) -> Response {
    let found = match actor(&state, &headers).await {
        Ok(actor) => service::documents::file(&state.db, &actor, &org, &file).await,
        Err(error) => Err(error),
    };
    match found {
        Ok((entry, content)) => (
            [
                (header::CONTENT_TYPE, "application/pdf".to_owned()),
                (header::CONTENT_DISPOSITION, disposition(&entry)),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
                // The same address is always the same bytes; a withdrawn one must not linger
                // in shared caches.
                (header::CACHE_CONTROL, "private, max-age=3600".to_owned()),
            ],
            content,
        )
            .into_response(),
        Err(error) => Refusal::new(error, &headers).into_response(),
    }
}

/// `attachment`, with the uploaded name: plain ASCII in `filename` (anything else becomes
/// `_`), and the name as uploaded, percent-encoded, in `filename*`.
fn disposition(entry: &Document) -> String {
    let name = entry.file_name();
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || " .-_()".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b".-_".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

/// The path of a document, as the router writes it.
pub const DOWNLOAD_ROUTE: &str = "/dokument/{org}/{file}";
/// The path an upload is sent to.
pub const UPLOAD_ROUTE: &str = "/dokument/{org}";
