//! The reminder mails of follow-up rounds: claimed before sending, with their outcome.

use super::{Db, DbError, take_rows};
use domain::model::reminder::Reminder;
use domain::model::round::RoundId;
use serde::{Deserialize, Serialize};
use serde_json::json;

/// A reminder as stored, under its key.
#[derive(Serialize, Deserialize)]
pub(crate) struct ReminderRow {
    key: String,
    #[serde(flatten)]
    reminder: Reminder,
}

impl ReminderRow {
    fn of(reminder: &Reminder) -> Self {
        Self {
            key: reminder.key(),
            reminder: reminder.clone(),
        }
    }
}

const REMINDER_FIELDS: &str = "key, round, occasion, to, org, delivery, attempts";

impl Db {
    /// The stored reminder `like` would be: the same round, occasion and address.
    pub async fn reminder(&self, like: &Reminder) -> Result<Option<Reminder>, DbError> {
        let mut res = self
            .inner
            .query(format!(
                "SELECT {REMINDER_FIELDS} FROM ONLY type::record('reminder', $key)"
            ))
            .bind(json!({ "key": like.key() }))
            .await?
            .check()?;
        let row: Option<serde_json::Value> = res.take(0)?;
        Ok(row
            .map(serde_json::from_value::<ReminderRow>)
            .transpose()?
            .map(|r| r.reminder))
    }

    /// Stores `reminder` unless one of its round, occasion and address is stored; false when
    /// one is, and then nothing is written. Two instances that claim the same mail at once
    /// cannot both succeed.
    pub async fn create_reminder(&self, reminder: &Reminder) -> Result<bool, DbError> {
        let vars = json!({ "row": serde_json::to_value(ReminderRow::of(reminder))? });
        // A claim that conflicts with another one at once is tried again, and then finds it.
        let created = super::retry_conflicts(|| async {
            let created = self
                .inner
                .query("CREATE type::record('reminder', $row.key) CONTENT $row RETURN NONE")
                .bind(vars.clone())
                .await?
                .check()
                .map_err(DbError::taken_as_duplicate);
            match created {
                Ok(_) => Ok(true),
                Err(DbError::Duplicate) => Ok(false),
                Err(e) => Err(e),
            }
        })
        .await?;
        Ok(self.wrote_if(created))
    }

    /// Writes `reminder` over the stored one if that still is `seen`; false when another
    /// instance changed it first, and then nothing is written.
    pub async fn replace_reminder(
        &self,
        seen: &Reminder,
        reminder: &Reminder,
    ) -> Result<bool, DbError> {
        let vars = json!({
            "row": serde_json::to_value(ReminderRow::of(reminder))?,
            "delivery": serde_json::to_value(&seen.delivery)?,
            "attempts": seen.attempts,
        });
        let updated: Vec<String> = super::retry_conflicts(|| async {
            let mut res = self
                .inner
                .query(
                    "UPDATE type::record('reminder', $row.key) CONTENT $row
                     WHERE delivery = $delivery AND attempts = $attempts RETURN VALUE key",
                )
                .bind(vars.clone())
                .await?
                .check()?;
            Ok(res.take(0)?)
        })
        .await?;
        Ok(self.wrote_if(!updated.is_empty()))
    }

    /// Every reminder of round `round`, by key.
    pub async fn reminders(&self, round: &RoundId) -> Result<Vec<Reminder>, DbError> {
        let mut res = self
            .inner
            .query(format!(
                "SELECT {REMINDER_FIELDS} FROM reminder WHERE round = $round ORDER BY key"
            ))
            .bind(json!({ "round": round }))
            .await?
            .check()?;
        let rows: Vec<ReminderRow> = take_rows(&mut res)?;
        Ok(rows.into_iter().map(|r| r.reminder).collect())
    }
}

#[cfg(test)]
mod tests;
