//! The follow-up rounds' reminders, swept in the background by every instance; the database
//! makes sure each mail is sent once.

use db::Db;
use service::clock::Clock;
use service::reminders::{Reminders, sweep};
use std::time::Duration;

/// How often an instance looks for reminders to send; a failed mail's wait is counted in
/// minutes, so a minute's delay is nothing to a reader.
const EVERY: Duration = Duration::from_secs(60);

/// Starts the sweep, and says once how mail is configured.
pub fn start(db: Db, reminders: Reminders, clock: Clock) {
    match &reminders.mailer {
        Some(mailer) => tracing::info!(?mailer, base = %reminders.base, "reminders are e-mailed"),
        None => tracing::warn!(
            "SMTP_URL is not set: no reminder is e-mailed; each round's reminder page lists what would have been sent"
        ),
    }
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(EVERY);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            match sweep(&db, &reminders, clock.now()).await {
                Ok(done) if done != Default::default() => {
                    tracing::info!(
                        sent = done.sent,
                        failed = done.failed,
                        unsent = done.unsent,
                        "reminders swept"
                    );
                }
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "reminders could not be swept"),
            }
        }
    });
}
