//! Accessibility reports: sending one (anyone, also without JavaScript) and reading them
//! (administrators; the service checks).

use super::Failure;
use domain::model::feedback::Feedback;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// Sends a report. A form sent without the page's code is answered by sending the browser
/// back to the statement with the outcome (`Outcome::path`); the page's code gets the error.
#[server(endpoint = "rapportera-brist", client = crate::csrf::ApiClient)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn send_feedback(message: String, page: String, contact: String) -> Result<(), Failure> {
    use domain::model::feedback::FeedbackForm;
    let form = FeedbackForm {
        message,
        page,
        contact,
    };
    let sent = async {
        let db = super::db()?;
        let reminders = super::reminders()?;
        service::feedback::send(
            &db,
            reminders.mailer.as_ref(),
            &reminders.base,
            &form,
            &crate::session::client_address(),
            super::clock().now(),
        )
        .await
    }
    .await;
    let outcome = domain::view::feedback::outcome(&sent);
    // The error's status is set first; the redirect's replaces it for a plain form.
    let result = sent.map(|_| ()).map_err(Failure::from);
    if crate::session::is_plain_form() {
        leptos_axum::redirect(&outcome.path());
        return Ok(());
    }
    result
}

/// Every report, the latest first.
#[server(endpoint = "rapporter", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn list_feedback() -> Result<Vec<Feedback>, Failure> {
    let db = super::db()?;
    let actor = super::actor(&db).await?;
    Ok(service::feedback::list(&db, &actor).await?)
}
