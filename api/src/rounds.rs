//! Follow-up rounds: the list, one round, starting one, and an organisation's answers.

use super::Failure;
use domain::form::round::RoundForm;
use domain::model::round::RoundId;
use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};

pub use domain::view::change::ChangeView;
pub use domain::view::reminder::RemindersView;
pub use domain::view::report::Report;
pub use domain::view::round::{RoundView, RoundsView};

#[server(endpoint = "omgangar", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_rounds() -> Result<RoundsView, Failure> {
    let db = super::db()?;
    let actor = super::actor(&db).await?;
    Ok(service::rounds::list(&db, &actor, super::clock().today()).await?)
}

#[server(endpoint = "omgang", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_round(id: String) -> Result<RoundView, Failure> {
    let db = super::db()?;
    let actor = super::actor(&db).await?;
    Ok(service::rounds::view(&db, &actor, &id, super::clock().today()).await?)
}

/// Round `id`'s reminders: when each falls and every mail (administrators; checked on the
/// server).
#[server(endpoint = "paminnelser", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_reminders(id: String) -> Result<RemindersView, Failure> {
    let db = super::db()?;
    let actor = super::actor(&db).await?;
    let reminders = super::reminders()?;
    let today = super::clock().today();
    Ok(service::reminders::view(&db, &actor, &id, &reminders, today).await?)
}

/// Starts a round (administrators; checked on the server).
#[server(endpoint = "starta-omgang", input = Json, client = crate::csrf::ApiClient)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn start_round(form: RoundForm) -> Result<RoundId, Failure> {
    let db = super::db()?;
    let actor = super::actor(&db).await?;
    Ok(service::rounds::start(&db, &actor, &form, super::clock().now()).await?)
}

/// Changes round `id` as `form` says (administrators; checked on the server); false when
/// nothing changed.
#[server(endpoint = "andra-omgang", input = Json, client = crate::csrf::ApiClient)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn edit_round(id: String, form: RoundForm) -> Result<bool, Failure> {
    let db = super::db()?;
    let actor = super::actor(&db).await?;
    Ok(service::rounds::edit(&db, &actor, &id, &form, super::clock().now()).await?)
}

/// Confirms a section of `org`'s profile as unchanged in round `round`.
#[server(endpoint = "bekrafta-avsnitt", client = crate::csrf::ApiClient)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, fields(org = %org)))]
pub async fn confirm_section(round: String, org: String, section: String) -> Result<(), Failure> {
    let db = super::db()?;
    let actor = super::actor(&db).await?;
    let now = super::clock().now();
    Ok(service::rounds::confirm(&db, &actor, &round, &org, &section, now).await?)
}

/// Keeps `org`'s answer to question `question` of round `round`.
#[server(endpoint = "svara-pa-fraga", client = crate::csrf::ApiClient)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, fields(org = %org)))]
pub async fn answer_question(
    round: String,
    org: String,
    question: usize,
    text: String,
) -> Result<(), Failure> {
    let db = super::db()?;
    let actor = super::actor(&db).await?;
    let now = super::clock().now();
    Ok(service::rounds::answer(&db, &actor, &round, &org, question, &text, now).await?)
}

/// Closes round `round` and freezes its snapshot (administrators; checked on the server).
/// `confirm` is the administrator's tick that they mean it.
#[server(endpoint = "avsluta-omgang", client = crate::csrf::ApiClient)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn close_round(round: String, #[server(default)] confirm: bool) -> Result<(), Failure> {
    let db = super::db()?;
    let actor = super::actor(&db).await?;
    let now = super::clock().now();
    Ok(service::rounds::close(&db, &actor, &round, confirm, now).await?)
}

/// How closed round `id` differs from closed round `jamfor` (by default the one closed before
/// it).
#[server(endpoint = "forandring", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_change(id: String, jamfor: Option<String>) -> Result<ChangeView, Failure> {
    let db = super::db()?;
    Ok(service::rounds::change(&db, &id, jamfor.as_deref()).await?)
}

/// The report of closed round `id`.
#[server(endpoint = "omgangsrapport", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn get_report(id: String) -> Result<Report, Failure> {
    let db = super::db()?;
    Ok(service::rounds::report(&db, &id).await?)
}
