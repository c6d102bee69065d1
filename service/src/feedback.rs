//! Accessibility reports: anyone sends one from the accessibility statement; it is kept, and
//! the administrators are told by mail when an SMTP server is configured.

use crate::reminders::Mailer;
use chrono::{DateTime, SecondsFormat, Utc};
use db::Db;
use domain::error::AppError;
use domain::model::account::Role;
use domain::model::auth::{Actor, ensure_can_read_feedback};
use domain::model::feedback::{Feedback, FeedbackForm, Mailed, PER_ADDRESS, WINDOW_SECS};
use domain::view::feedback::compose;
use domain::view::reminder::MailText;

/// Keeps the report `form` sent from `address` at `now` and answers its key; the mail to the
/// administrators (through `mailer`, if any, linking to the site at `base`) is sent afterwards, so the reader never waits for the mail server, and
/// what became of it is recorded with the report. Refused when the address has sent
/// [`PER_ADDRESS`] reports within the last [`WINDOW_SECS`].
pub async fn send(
    db: &Db,
    mailer: Option<&Mailer>,
    base: &str,
    form: &FeedbackForm,
    address: &str,
    now: DateTime<Utc>,
) -> Result<(String, tokio::task::JoinHandle<()>), AppError> {
    let feedback = form.validate(now).map_err(AppError::Invalid)?;
    let limit = format!("rapport:{address}");
    let secs = now.timestamp();
    if !db
        .count_login_attempt(&[(limit.as_str(), PER_ADDRESS)], secs - WINDOW_SECS, secs)
        .await?
    {
        tracing::warn!("accessibility report refused: too many from one address");
        return Err(AppError::TooManyReports);
    }
    let suffix = hex::encode(crate::security::random_bytes::<6>()?);
    let key = format!(
        "{}-{suffix}",
        now.to_rfc3339_opts(SecondsFormat::Micros, true)
    );
    db.add_feedback(&key, &feedback).await?;
    tracing::info!(%key, "accessibility report kept");
    let mail = compose(&feedback, base);
    let mailing = tokio::spawn(tell_admins(db.clone(), mailer.cloned(), key.clone(), mail));
    Ok((key, mailing))
}

/// Tells every active administrator of the report kept under `key`, and records the outcome.
async fn tell_admins(db: Db, mailer: Option<Mailer>, key: String, mail: MailText) {
    let mailed = match &mailer {
        None => Mailed::NotConfigured,
        Some(mailer) => match db.users().await {
            Err(error) => Mailed::Failed(error.to_string()),
            Ok(users) => {
                let mut sent = 0;
                let mut failure = None;
                for admin in users
                    .iter()
                    .filter(|u| u.role == Role::Admin && !u.disabled)
                {
                    match mailer.send(&admin.email, &mail).await {
                        Ok(()) => sent += 1,
                        Err(error) => failure = Some(error),
                    }
                }
                match failure {
                    Some(error) => Mailed::Failed(error),
                    None => Mailed::Sent(sent),
                }
            }
        },
    };
    if let Err(error) = db.set_feedback_mailed(&key, &mailed).await {
        tracing::error!(%error, %key, "the outcome of an accessibility report's mail was not recorded");
    }
}

/// Every report, the latest first, for an administrator.
pub async fn list(db: &Db, actor: &Actor) -> Result<Vec<Feedback>, AppError> {
    ensure_can_read_feedback(actor)?;
    Ok(db.feedback().await?)
}

#[cfg(test)]
mod tests;
