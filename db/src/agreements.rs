//! The agreements' dates the administrator sets.

use super::{Db, DbError, take_rows};
use domain::model::account::Email;
use domain::model::county::RevisionStartSet;
use serde::{Deserialize, Serialize};
use serde_json::json;

/// A setting as stored, with the account that made it (kept out of public pages).
#[derive(Serialize, Deserialize)]
pub(crate) struct RevisionStartRow {
    #[serde(flatten)]
    set: RevisionStartSet,
    author: Email,
}

impl Db {
    /// Keeps one more setting of the date the regional agreement's revision must start by.
    pub async fn add_revision_start(
        &self,
        set: &RevisionStartSet,
        author: &Email,
    ) -> Result<(), DbError> {
        let row = serde_json::to_value(RevisionStartRow {
            set: set.clone(),
            author: author.clone(),
        })?;
        self.inner
            .query("CREATE rok_revision CONTENT $row RETURN NONE")
            .bind(json!({ "row": row }))
            .await?
            .check()?;
        self.wrote();
        Ok(())
    }

    /// Every setting of that date, oldest first.
    pub async fn revision_starts(&self) -> Result<Vec<RevisionStartSet>, DbError> {
        let mut res = self
            .inner
            .query("SELECT start, by, at FROM rok_revision ORDER BY at")
            .await?
            .check()?;
        take_rows(&mut res)
    }
}
