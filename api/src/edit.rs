//! Editing a profile and reading its history.

use super::Failure;
use domain::form::ProfileForm;
use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};

pub use domain::view::editing::{EditView, HistoryView, SaveAnswer};

#[server(endpoint = "redigera", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_edit_form(id: String) -> Result<EditView, Failure> {
    let db = super::db()?;
    let actor = super::actor(&db).await?;
    let today = super::clock().today();
    Ok(service::profiles::edit_form(&db, &actor, &id, today).await?)
}

/// Saves a profile. The organisation, the caller and the version are all checked on the server.
#[server(endpoint = "spara-profil", input = Json, client = crate::csrf::ApiClient)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, fields(org = %id)))]
pub async fn save_profile(
    id: String,
    base_version: u64,
    form: ProfileForm,
) -> Result<SaveAnswer, Failure> {
    let db = super::db()?;
    let actor = super::actor(&db).await?;
    Ok(
        service::profiles::save(&db, &actor, &id, base_version, &form, super::clock().now())
            .await?,
    )
}

#[server(endpoint = "historik", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_history(id: String) -> Result<HistoryView, Failure> {
    Ok(service::profiles::history(&super::db()?, &id).await?)
}
