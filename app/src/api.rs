//! Server functions: thin wrappers that read from the database and shape the answer.

use crate::error::AppError;
use crate::model::Organisation;
use crate::model::county::CountyFacts;
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
}

#[cfg(feature = "ssr")]
fn db() -> Result<crate::db::Db, AppError> {
    use_context::<crate::state::AppState>()
        .map(|s| s.db)
        .ok_or(AppError::Unavailable)
}

#[server(endpoint = "karta", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_map_data() -> Result<MapData, AppError> {
    let profiles = db()?.profiles().await?;
    Ok(MapData::from_profiles(&profiles))
}

#[server(endpoint = "profil", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_profile(id: String) -> Result<ProfileView, AppError> {
    let id = crate::model::OrgId::parse(&id).map_err(|_| AppError::NotFound)?;
    let db = db()?;
    let organisation = db.organisation(&id).await?.ok_or(AppError::NotFound)?;
    let stored = db.profile(&id).await?.ok_or(AppError::NotFound)?;
    Ok(ProfileView {
        organisation,
        stored,
    })
}

#[server(endpoint = "lanet", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_county_facts() -> Result<CountyFacts, AppError> {
    Ok(db()?.county().await?)
}
