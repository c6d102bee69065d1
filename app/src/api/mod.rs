//! Server functions: thin wrappers — who is asking, may they, validate, call the service — and
//! the public reads.

pub mod account;
pub mod admin;
pub mod edit;

use crate::error::AppError;
use crate::model::Organisation;
use crate::model::county::CountyFacts;
use crate::model::overview::Overview;
use crate::model::profile::StoredProfile;
use crate::model::summary::MapData;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
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
}

#[cfg(feature = "ssr")]
fn db() -> Result<crate::db::Db, AppError> {
    use_context::<crate::state::AppState>()
        .map(|s| s.db)
        .ok_or(AppError::Unavailable)
}

/// The person behind the current request, from the session cookie.
#[cfg(feature = "ssr")]
async fn actor(db: &crate::db::Db) -> Result<crate::model::auth::Actor, AppError> {
    let token = crate::session::request_token();
    crate::service::accounts::actor(db, token.as_deref(), crate::service::now_secs()).await
}

/// Sets the response status for `error` (server functions otherwise answer every error 500).
#[cfg(feature = "ssr")]
pub(crate) fn set_status(error: &AppError) {
    if let (Some(res), Ok(status)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        axum::http::StatusCode::from_u16(error.status()),
    ) {
        res.set_status(status);
    }
}

/// Passes a result through, giving an error its HTTP status.
#[cfg(feature = "ssr")]
fn answer<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    if let Err(e) = &result {
        set_status(e);
    }
    result
}

#[server(endpoint = "karta", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_map_data(datum: Option<String>) -> Result<MapData, AppError> {
    use crate::service::state;
    answer(state::map_data(&db()?, datum.as_deref(), state::today()).await)
}

#[server(endpoint = "profil", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_profile(id: String, datum: Option<String>) -> Result<ProfileView, AppError> {
    use crate::service::state;
    let today = state::today();
    let (organisation, stored, shown_on) =
        answer(state::profile(&db()?, &id, datum.as_deref(), today).await)?;
    Ok(ProfileView {
        organisation,
        stored,
        shown_on,
        on: shown_on.unwrap_or(today),
    })
}

#[server(endpoint = "lanet", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_county_facts(datum: Option<String>) -> Result<CountyFacts, AppError> {
    use crate::service::state;
    answer(state::county(&db()?, datum.as_deref(), state::today()).await)
}

#[server(endpoint = "oversikt", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_overview(
    datum: Option<String>,
    sedan: Option<String>,
) -> Result<Overview, AppError> {
    use crate::service::state;
    answer(state::overview(&db()?, datum.as_deref(), sedan.as_deref(), state::today()).await)
}
