//! Editing a profile and reading its history.

use crate::error::AppError;
use crate::model::Organisation;
use crate::model::form::ProfileForm;
use crate::model::revision::Revision;
use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};
use serde::{Deserialize, Serialize};

/// The edit form of one organisation, with the version it is based on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EditView {
    pub organisation: Organisation,
    pub version: u64,
    pub form: ProfileForm,
    /// The server's date, for checking "not in the future" in the browser too.
    pub today: chrono::NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SaveAnswer {
    pub version: u64,
    /// How many values changed (0: nothing to save, no revision written).
    pub changed: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryView {
    pub organisation: Organisation,
    pub revisions: Vec<Revision>,
}

#[server(endpoint = "redigera", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_edit_form(id: String) -> Result<EditView, AppError> {
    super::answer(
        async {
            let db = super::db()?;
            let actor = super::actor(&db).await?;
            let today = chrono::Utc::now().date_naive();
            crate::service::profiles::edit_form(&db, &actor, &id, today).await
        }
        .await,
    )
}

/// Saves a profile. The organisation, the caller and the version are all checked on the server.
#[server(endpoint = "spara-profil", input = Json, client = crate::csrf::ApiClient)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, fields(org = %id)))]
pub async fn save_profile(
    id: String,
    base_version: u64,
    form: ProfileForm,
) -> Result<SaveAnswer, AppError> {
    super::answer(
        async {
            let db = super::db()?;
            let actor = super::actor(&db).await?;
            crate::service::profiles::save(
                &db,
                &actor,
                &id,
                base_version,
                &form,
                chrono::Utc::now(),
            )
            .await
        }
        .await,
    )
}

#[server(endpoint = "historik", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_history(id: String) -> Result<HistoryView, AppError> {
    super::answer(async { crate::service::profiles::history(&super::db()?, &id).await }.await)
}
