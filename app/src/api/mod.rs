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

/// The time of the current request.
#[cfg(feature = "ssr")]
fn clock() -> crate::clock::Clock {
    use_context::<crate::state::AppState>()
        .map(|s| s.clock)
        .unwrap_or_default()
}

/// The person behind the current request, from the session cookie.
#[cfg(feature = "ssr")]
async fn actor(db: &crate::db::Db) -> Result<crate::model::auth::Actor, AppError> {
    let token = crate::session::request_token();
    crate::service::accounts::actor(db, token.as_deref(), clock().unix_secs()).await
}

/// The date a read shows, from `?datum=`: parsed here, where the request arrives.
#[cfg(feature = "ssr")]
fn shown(datum: Option<&str>) -> Result<crate::model::as_of::Shown, AppError> {
    Ok(crate::model::as_of::Shown::parse(datum, clock().today())?)
}

/// Passes a result through, giving an error its HTTP status.
#[cfg(feature = "ssr")]
fn answer<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    if let Err(e) = &result {
        e.set_response_status();
    }
    result
}

#[server(endpoint = "karta", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_map_data(datum: Option<String>) -> Result<MapData, AppError> {
    use crate::service::state;
    let shown = answer(shown(datum.as_deref()))?;
    answer(state::map_data(&db()?, shown).await)
}

#[server(endpoint = "profil", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_profile(id: String, datum: Option<String>) -> Result<ProfileView, AppError> {
    use crate::service::state;
    let shown = answer(shown(datum.as_deref()))?;
    let (organisation, stored) = answer(state::profile(&db()?, &id, shown).await)?;
    Ok(ProfileView {
        organisation,
        stored,
        shown_on: shown.past(),
        on: shown.date,
    })
}

#[server(endpoint = "lanet", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_county_facts(datum: Option<String>) -> Result<CountyFacts, AppError> {
    use crate::service::state;
    let shown = answer(shown(datum.as_deref()))?;
    answer(state::county(&db()?, shown).await)
}

#[server(endpoint = "oversikt", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_overview(
    datum: Option<String>,
    sedan: Option<String>,
) -> Result<Overview, AppError> {
    use crate::service::state;
    let shown = answer(shown(datum.as_deref()))?;
    let since = answer(
        crate::model::as_of::changes_since(sedan.as_deref(), shown.date, shown.today)
            .map_err(AppError::from),
    )?;
    answer(state::overview(&db()?, shown, since).await)
}
