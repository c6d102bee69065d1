//! Server functions: thin wrappers — who is asking, may they, validate, call the service — and
//! the public reads; with what they need of the web: the session cookie, the anti-forgery
//! token, the page's security policy and the server's shared state. Pages call these and
//! cannot name the database or the use cases: only this crate depends on them, and only on
//! the server.

pub mod account;
pub mod admin;
pub mod codec;
pub mod cookies;
pub mod csrf;
pub mod edit;
pub mod feedback;
pub mod rounds;

#[cfg(feature = "ssr")]
pub mod csp;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod state;

use domain::error::AppError;
use domain::model::Organisation;
use domain::model::county::CountyFacts;
use domain::model::profile::StoredProfile;
use domain::model::summary::MapData;
use domain::view::overview::Overview;
use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, JsonEncoding};
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// An organisation with its current profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileView {
    pub organisation: Organisation,
    pub stored: StoredProfile,
    /// The past date asked for with `?datum=`; `None` for today.
    pub shown_on: Option<chrono::NaiveDate>,
    /// The date the profile is shown for, whose ages its values tell.
    pub on: chrono::NaiveDate,
    /// Each indicator's category over time, up to `on`.
    pub histories: Vec<domain::view::indicator_history::IndicatorHistory>,
    /// The evidence documents the profile cites that are withdrawn (or gone), which the page
    /// names but does not link to.
    pub withdrawn: Vec<String>,
}

#[cfg(feature = "ssr")]
fn db() -> Result<db::Db, AppError> {
    use_context::<crate::state::AppState>()
        .map(|s| s.db.clone())
        .ok_or(AppError::Unavailable)
}

/// The time of the current request.
#[cfg(feature = "ssr")]
fn clock() -> service::clock::Clock {
    use_context::<crate::state::AppState>()
        .map(|s| s.clock.clone())
        .unwrap_or_default()
}

/// How reminders are mailed on this server.
#[cfg(feature = "ssr")]
fn reminders() -> Result<service::reminders::Reminders, AppError> {
    use_context::<crate::state::AppState>()
        .map(|s| s.reminders.clone())
        .ok_or(AppError::Unavailable)
}

/// The person behind the current request, from the session cookie.
#[cfg(feature = "ssr")]
async fn actor(db: &db::Db) -> Result<domain::model::auth::Actor, AppError> {
    let token = crate::session::request_token();
    service::accounts::actor(db, token.as_deref(), clock().unix_secs()).await
}

/// The date a read shows, from `?datum=` ([`state::Shared::shown`]).
#[cfg(feature = "ssr")]
fn shown(datum: Option<&str>) -> Result<domain::model::as_of::Shown, AppError> {
    use_context::<crate::state::AppState>()
        .ok_or(AppError::Unavailable)?
        .shown(datum)
}

/// What a read shows: the state on `?datum=`, or the picture closed round `?omgang=` froze.
#[cfg(feature = "ssr")]
async fn picture(
    db: &db::Db,
    datum: Option<&str>,
    omgang: Option<&str>,
) -> Result<service::state::Picture, AppError> {
    service::state::Picture::read(db, shown(datum)?, omgang).await
}

/// How an [`AppError`] crosses between server and browser: the error itself, as JSON. Every
/// server function fails with one, made from an `AppError` by `?`, which is also where the
/// response gets the error's HTTP status (server functions otherwise answer every error 500).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Failure(pub AppError);

impl From<AppError> for Failure {
    fn from(error: AppError) -> Self {
        #[cfg(feature = "ssr")]
        if let (Some(response), Ok(status)) = (
            use_context::<leptos_axum::ResponseOptions>(),
            axum::http::StatusCode::from_u16(error.status()),
        ) {
            response.set_status(status);
        }
        Self(error)
    }
}

impl FromServerFnError for Failure {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        // Undecodable input is the caller's mistake: answer 400, not the framework's 500.
        Self::from(AppError::Request(value.to_string()))
    }
}

impl std::ops::Deref for Failure {
    type Target = AppError;

    fn deref(&self) -> &AppError {
        &self.0
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Failure {}

#[server(endpoint = "karta", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_map_data(
    datum: Option<String>,
    omgang: Option<String>,
) -> Result<MapData, Failure> {
    let db = db()?;
    let picture = picture(&db, datum.as_deref(), omgang.as_deref()).await?;
    Ok(service::state::map_data(&db, &picture).await?)
}

#[server(endpoint = "profil", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_profile(id: String, datum: Option<String>) -> Result<ProfileView, Failure> {
    let shown = shown(datum.as_deref())?;
    let db = db()?;
    let (organisation, stored) = service::state::profile(&db, &id, shown).await?;
    let histories = service::state::indicator_histories(&db, &stored.org, shown).await?;
    let withdrawn = service::documents::withdrawn_citations(&db, &stored.profile).await?;
    Ok(ProfileView {
        organisation,
        stored,
        histories,
        withdrawn,
        shown_on: shown.past(),
        on: shown.date,
    })
}

#[server(endpoint = "lanet", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_county_facts(
    datum: Option<String>,
    omgang: Option<String>,
) -> Result<CountyFacts, Failure> {
    let db = db()?;
    let picture = picture(&db, datum.as_deref(), omgang.as_deref()).await?;
    Ok(service::state::county(&db, picture.shown).await?)
}

#[server(endpoint = "oversikt", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_overview(
    datum: Option<String>,
    sedan: Option<String>,
    omgang: Option<String>,
) -> Result<Overview, Failure> {
    let db = db()?;
    let picture = picture(&db, datum.as_deref(), omgang.as_deref()).await?;
    let shown = picture.shown;
    let since = domain::model::as_of::changes_since(sedan.as_deref(), shown.date, shown.today)
        .map_err(AppError::from)?;
    Ok(service::state::overview(&db, &picture, since).await?)
}
