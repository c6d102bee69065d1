//! Reminders of the follow-up rounds by e-mail. A sweep, run by every instance now and then,
//! finds the reminder each running round has due and the accounts whose organisation has
//! something left; each mail is claimed in the database before it is sent and its outcome
//! recorded, so it is sent once however many instances sweep. Without an SMTP server nothing
//! is sent, and the administrator sees what would have been.

use chrono::{DateTime, NaiveDate, Utc};
use db::Db;
use domain::error::AppError;
use domain::model::account::Email;
use domain::model::auth::{Actor, ensure_admin};
use domain::model::reminder::{Delivery, Reminder, Schedule, backoff};
use domain::model::round::{Item, Round};
use domain::view::reminder::{MailText, RemindersView, compose};
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

/// How long one SMTP conversation may take before it counts as failed.
const SMTP_TIMEOUT: Duration = Duration::from_secs(30);
/// The longest error text kept from an SMTP server.
const ERROR_MAX: usize = 300;

/// A configuration of the mail server that cannot work, named in Swedish for whoever runs
/// the server.
#[derive(Debug, thiserror::Error)]
pub enum MailConfigError {
    #[error("SMTP_URL går inte att läsa: {0}")]
    Url(String),
    #[error("SMTP_FROM: {0:?} är ingen e-postadress")]
    From(String),
}

/// Sends mail through the configured SMTP server.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    // The URL may carry the server's password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Mailer(from {})", self.from)
    }
}

impl Mailer {
    /// `url` as lettre reads it: `smtp://host:25`, `smtp://user:pass@host:587?tls=required`,
    /// `smtps://host:465`; `from` is the sender's address.
    pub fn new(url: &str, from: &str) -> Result<Self, MailConfigError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| MailConfigError::Url(e.to_string()))?
            .timeout(Some(SMTP_TIMEOUT))
            .build();
        let from = from
            .parse::<Mailbox>()
            .map_err(|_| MailConfigError::From(from.to_owned()))?;
        Ok(Self { transport, from })
    }

    /// Sends `mail` to `to`; the error is the server's answer or why it could not be reached.
    pub async fn send(&self, to: &Email, mail: &MailText) -> Result<(), String> {
        let to = to.as_str().parse::<Mailbox>().map_err(|e| e.to_string())?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&mail.subject)
            .multipart(MultiPart::alternative_plain_html(
                mail.text.clone(),
                mail.html.clone(),
            ))
            .map_err(|e| e.to_string())?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string().chars().take(ERROR_MAX).collect())
    }
}

/// How reminders are sent: through which server (none: not at all), on which days, and the
/// site's public address for the links.
#[derive(Debug, Clone)]
pub struct Reminders {
    pub mailer: Option<Mailer>,
    pub schedule: Schedule,
    pub base: String,
}

/// What one sweep did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sweep {
    pub sent: usize,
    pub failed: usize,
    /// Recorded as not sent, for want of an SMTP server.
    pub unsent: usize,
}

/// Sends every reminder due at `now` that no instance has claimed, and tries again those
/// whose wait after a failure is over.
pub async fn sweep(db: &Db, reminders: &Reminders, now: DateTime<Utc>) -> Result<Sweep, AppError> {
    let mut done = Sweep::default();
    let users = db.users().await?;
    for round in db.rounds().await? {
        let Some(occasion) = reminders.schedule.due(&round, now.date_naive()) else {
            continue;
        };
        let answers = db.answers(&round.id).await?;
        let matrix = crate::rounds::live_matrix(db, &round, &answers).await?;
        for user in users.iter().filter(|u| !u.disabled) {
            let Some(row) = user.org.as_ref().and_then(|org| matrix.row(org)) else {
                continue;
            };
            let left: Vec<Item> = matrix
                .items
                .iter()
                .zip(&row.cells)
                .filter(|(_, cell)| cell.asked && cell.done.is_none())
                .map(|(item, _)| *item)
                .collect();
            if left.is_empty() {
                continue;
            }
            let unsent = Reminder {
                round: round.id.clone(),
                occasion,
                to: user.email.clone(),
                org: row.org.clone(),
                delivery: Delivery::Unsent,
                attempts: 0,
            };
            let Some(mailer) = &reminders.mailer else {
                if db.create_reminder(&unsent).await? {
                    done.unsent += 1;
                }
                continue;
            };
            let Some(claimed) = claim(db, unsent, now).await? else {
                continue;
            };
            let mail = compose(&round, occasion, &claimed.org, &left, &reminders.base);
            let delivery = match mailer.send(&claimed.to, &mail).await {
                Ok(()) => {
                    done.sent += 1;
                    Delivery::Sent { at: now }
                }
                Err(error) => {
                    tracing::warn!(round = %round.id.as_str(), %error, "a reminder was not sent");
                    done.failed += 1;
                    Delivery::Failed {
                        at: now,
                        error,
                        retry_at: now + backoff(claimed.attempts),
                    }
                }
            };
            let outcome = Reminder {
                delivery,
                ..claimed.clone()
            };
            if !db.replace_reminder(&claimed, &outcome).await? {
                tracing::warn!(round = %round.id.as_str(), "a reminder's claim was taken over before its outcome was recorded");
            }
        }
    }
    Ok(done)
}

/// Claims the mail `unsent` stands for at `now`: creates its record, or takes over one that
/// may be sent again. `None` when another instance has it or it needs no sending.
async fn claim(
    db: &Db,
    unsent: Reminder,
    now: DateTime<Utc>,
) -> Result<Option<Reminder>, AppError> {
    let stored = db.reminder(&unsent).await?;
    let claimed = Reminder {
        delivery: Delivery::Sending { since: now },
        attempts: stored.as_ref().map_or(0, |s| s.attempts) + 1,
        ..unsent
    };
    let won = match &stored {
        None => db.create_reminder(&claimed).await?,
        Some(stored) if stored.claimable(now) => db.replace_reminder(stored, &claimed).await?,
        Some(_) => false,
    };
    Ok(won.then_some(claimed))
}

/// A round's reminders for its administrator: when each falls, which is due on `today`, and
/// every mail, the latest occasion first.
pub async fn view(
    db: &Db,
    actor: &Actor,
    id: &str,
    reminders: &Reminders,
    today: NaiveDate,
) -> Result<RemindersView, AppError> {
    ensure_admin(actor)?;
    let round: Round = crate::rounds::find(db, id).await?;
    let occasions = reminders.schedule.occasions(&round);
    let mut mails = db.reminders(&round.id).await?;
    mails.sort_by(|a, b| {
        b.occasion
            .date(&round)
            .cmp(&a.occasion.date(&round))
            .then_with(|| a.to.cmp(&b.to))
    });
    Ok(RemindersView {
        due: reminders.schedule.due(&round, today),
        occasions,
        mails,
        smtp: reminders.mailer.is_some(),
        round,
    })
}

#[cfg(test)]
mod tests;
