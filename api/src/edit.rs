//! Editing a profile and reading its history.

use super::Failure;
use domain::form::ProfileForm;
use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};

pub use domain::view::deadlines::DeadlinesView;
pub use domain::view::documents::DocumentsView;
pub use domain::view::editing::{DecisionsView, EditView, HistoryView, SaveAnswer};

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

/// Marks `id`'s reported decision on the regional agreement as checked against its evidence,
/// if the profile is still at `base_version` (administrators; checked on the server). Answers
/// the profile's new version.
#[server(endpoint = "granska-rok-beslut", client = crate::csrf::ApiClient)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, fields(org = %id)))]
pub async fn check_rok_decision(id: String, base_version: u64) -> Result<u64, Failure> {
    let db = super::db()?;
    let actor = super::actor(&db).await?;
    let now = super::clock().now();
    Ok(service::agreements::check_rok(&db, &actor, &id, base_version, now).await?)
}

/// Every principal's decision on the regional agreement (administrators; checked on the server).
#[server(endpoint = "rok-beslut", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_decisions() -> Result<DecisionsView, Failure> {
    let db = super::db()?;
    let actor = super::actor(&db).await?;
    Ok(service::agreements::decisions(&db, &actor).await?)
}

/// The plans' stages that are late or due within 30 days, on the clock's today
/// (administrators; checked on the server).
#[server(endpoint = "frister", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_deadlines() -> Result<DeadlinesView, Failure> {
    let db = super::db()?;
    let actor = super::actor(&db).await?;
    let today = super::clock().today();
    Ok(service::agreements::deadlines(&db, &actor, today).await?)
}

/// Sets the date the regional agreement's revision must start by; empty withdraws it
/// (administrators; checked on the server).
#[server(endpoint = "satt-revidering", client = crate::csrf::ApiClient)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn set_revision_start(start: String) -> Result<Option<chrono::NaiveDate>, Failure> {
    let db = super::db()?;
    let actor = super::actor(&db).await?;
    let now = super::clock().now();
    Ok(service::agreements::set_revision_start(&db, &actor, &start, now).await?)
}

/// Organisation `id`'s evidence documents (its coordinators and the administrators; checked on
/// the server).
#[server(endpoint = "dokument", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, fields(org = %id)))]
pub async fn get_documents(id: String) -> Result<DocumentsView, Failure> {
    let db = super::db()?;
    let actor = super::actor(&db).await?;
    Ok(service::documents::list(&db, &actor, &id).await?)
}

/// Withdraws organisation `id`'s document `digest` from the public pages (its coordinators
/// and the administrators; checked on the server).
#[server(endpoint = "dra-tillbaka-dokument", client = crate::csrf::ApiClient)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, fields(org = %id)))]
pub async fn withdraw_document(id: String, digest: String) -> Result<(), Failure> {
    let db = super::db()?;
    let actor = super::actor(&db).await?;
    let now = super::clock().now();
    Ok(service::documents::withdraw(&db, &actor, &id, &digest, now).await?)
}
