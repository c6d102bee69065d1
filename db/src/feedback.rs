//! Accessibility reports, kept for the administrators.

use super::{Db, DbError, take_rows};
use domain::model::feedback::{Feedback, Mailed};
use serde::{Deserialize, Serialize};
use serde_json::json;

/// A report as stored, under its key.
#[derive(Serialize, Deserialize)]
pub(crate) struct FeedbackRow {
    key: String,
    #[serde(flatten)]
    feedback: Feedback,
}

impl Db {
    /// Keeps `feedback` under `key`, which orders reports by when they were sent.
    pub async fn add_feedback(&self, key: &str, feedback: &Feedback) -> Result<(), DbError> {
        let row = serde_json::to_value(FeedbackRow {
            key: key.to_owned(),
            feedback: feedback.clone(),
        })?;
        self.inner
            .query("CREATE type::record('feedback', $key) CONTENT $row RETURN NONE")
            .bind(json!({ "key": key, "row": row }))
            .await?
            .check()?;
        Ok(())
    }

    /// Records what became of the mail about the report under `key`.
    pub async fn set_feedback_mailed(&self, key: &str, mailed: &Mailed) -> Result<(), DbError> {
        self.inner
            .query("UPDATE type::record('feedback', $key) SET mailed = $mailed RETURN NONE")
            .bind(json!({ "key": key, "mailed": mailed }))
            .await?
            .check()?;
        Ok(())
    }

    /// Every report, the latest first.
    pub async fn feedback(&self) -> Result<Vec<Feedback>, DbError> {
        let mut res = self
            .inner
            .query("SELECT key, message, page, contact, at, mailed FROM feedback ORDER BY key DESC")
            .await?
            .check()?;
        take_rows(&mut res)
    }
}
