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

#[cfg(test)]
mod tests {
    use crate::tests::fresh;
    use domain::model::feedback::{Feedback, PAGE_MAX};
    use domain::model::validation::{LONG_TEXT_MAX, SHORT_TEXT_MAX};

    fn report(message: usize, page: usize, contact: usize) -> Feedback {
        Feedback {
            message: "å".repeat(message),
            page: "ä".repeat(page),
            contact: "ö".repeat(contact),
            at: chrono::DateTime::UNIX_EPOCH,
            mailed: None,
        }
    }

    /// The schema's limits (its step cannot call the domain's) are the form's, to the
    /// character: what the form takes is kept, one character more is refused.
    #[tokio::test]
    async fn the_schema_keeps_the_forms_limits() {
        let db = fresh().await;
        let (m, p, c) = (LONG_TEXT_MAX, PAGE_MAX, SHORT_TEXT_MAX);
        db.add_feedback("a", &report(m, p, c))
            .await
            .expect("the longest report the form takes is kept");
        for (key, over) in [
            ("b", report(m + 1, p, c)),
            ("c", report(m, p + 1, c)),
            ("d", report(m, p, c + 1)),
            ("e", report(0, p, c)),
        ] {
            assert!(db.add_feedback(key, &over).await.is_err(), "{key}");
        }
        assert_eq!(db.feedback().await.expect("reports").len(), 1);
    }
}
