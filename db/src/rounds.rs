//! Follow-up rounds, the answers to their questions, and the saves that answer their sections.

use super::{Db, DbError, take_rows};
use chrono::{DateTime, NaiveDate, Utc};
use domain::model::OrgId;
use domain::model::account::Email;
use domain::model::profile::Section;
use domain::model::revision::Revision;
use domain::model::round::{Answer, Closed, Round, RoundEdit, RoundId, Snapshot};
use serde::{Deserialize, Serialize};
use serde_json::json;

/// A round as stored: its id is kept as `key`, the record id.
#[derive(Serialize, Deserialize)]
pub(crate) struct RoundRow {
    key: RoundId,
    title: String,
    opens: NaiveDate,
    deadline: NaiveDate,
    orgs: Vec<OrgId>,
    sections: Vec<Section>,
    questions: Vec<String>,
    created_by: String,
    created_at: DateTime<Utc>,
    /// Rounds exported before closing existed have neither. Left out while open: the schema
    /// takes no NULL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    closed: Option<Closed>,
    #[serde(default)]
    from_sources: bool,
    #[serde(default)]
    edits: Vec<RoundEdit>,
}

impl From<&Round> for RoundRow {
    fn from(r: &Round) -> Self {
        Self {
            key: r.id.clone(),
            title: r.title.clone(),
            opens: r.opens,
            deadline: r.deadline,
            orgs: r.orgs.clone(),
            sections: r.sections.clone(),
            questions: r.questions.clone(),
            created_by: r.created_by.clone(),
            created_at: r.created_at,
            closed: r.closed.clone(),
            from_sources: r.from_sources,
            edits: r.edits.clone(),
        }
    }
}

impl From<RoundRow> for Round {
    fn from(r: RoundRow) -> Self {
        Self {
            id: r.key,
            title: r.title,
            opens: r.opens,
            deadline: r.deadline,
            orgs: r.orgs,
            sections: r.sections,
            questions: r.questions,
            created_by: r.created_by,
            created_at: r.created_at,
            closed: r.closed,
            from_sources: r.from_sources,
            edits: r.edits,
        }
    }
}

/// An answer as stored, with the account that gave it (for administrators).
#[derive(Serialize, Deserialize)]
pub(crate) struct AnswerRow {
    #[serde(flatten)]
    answer: Answer,
    author: Email,
}

/// A closed round's snapshot as stored, under the round's id.
#[derive(Serialize, Deserialize)]
pub(crate) struct SnapshotRow {
    key: RoundId,
    data: Snapshot,
}

const ROUND_FIELDS: &str = "key, title, opens, deadline, orgs, sections, questions, created_by, \
     created_at, closed, from_sources, edits";

impl Db {
    /// Stores a new round; `DbError::Duplicate` when a round with its id exists.
    pub async fn create_round(&self, round: &Round) -> Result<(), DbError> {
        let row = serde_json::to_value(RoundRow::from(round))?;
        self.inner
            .query("CREATE type::record('round', $row.key) CONTENT $row RETURN NONE")
            .bind(json!({ "row": row }))
            .await?
            .check()
            .map_err(DbError::taken_as_duplicate)?;
        self.wrote();
        Ok(())
    }

    /// Every round, the latest to open first.
    pub async fn rounds(&self) -> Result<Vec<Round>, DbError> {
        let mut res = self
            .inner
            .query(format!(
                "SELECT {ROUND_FIELDS} FROM round ORDER BY opens DESC, key"
            ))
            .await?
            .check()?;
        let rows: Vec<RoundRow> = take_rows(&mut res)?;
        Ok(rows.into_iter().map(Round::from).collect())
    }

    pub async fn round(&self, id: &RoundId) -> Result<Option<Round>, DbError> {
        let mut res = self
            .inner
            .query(format!(
                "SELECT {ROUND_FIELDS} FROM ONLY type::record('round', $id)"
            ))
            .bind(json!({ "id": id }))
            .await?
            .check()?;
        let row: Option<serde_json::Value> = res.take(0)?;
        Ok(row
            .map(serde_json::from_value::<RoundRow>)
            .transpose()?
            .map(Round::from))
    }

    /// Writes `round` over the stored one if that is still open and has the `seen` edits it was
    /// changed from; false when another change or a closing came first, and then nothing is
    /// written.
    pub async fn update_round(&self, round: &Round, seen: usize) -> Result<bool, DbError> {
        let vars = json!({ "row": serde_json::to_value(RoundRow::from(round))?, "seen": seen });
        let updated: Vec<String> = super::retry_conflicts(|| async {
            let mut res = self
                .inner
                .query(
                    "UPDATE type::record('round', $row.key) CONTENT $row
                     WHERE closed = NONE AND array::len(edits) = $seen RETURN VALUE key",
                )
                .bind(vars.clone())
                .await?
                .check()?;
            Ok(res.take(0)?)
        })
        .await?;
        Ok(self.wrote_if(!updated.is_empty()))
    }

    /// Closes round `round`, keeping `snapshot` as its frozen state; false when it was closed
    /// already (by another administrator first), and then nothing is written.
    pub async fn close_round(
        &self,
        round: &RoundId,
        closed: &Closed,
        snapshot: &Snapshot,
    ) -> Result<bool, DbError> {
        let vars = json!({
            "key": round,
            "closed": serde_json::to_value(closed)?,
            "data": serde_json::to_value(snapshot)?,
        });
        let closed = super::retry_conflicts(|| async {
            let res = self
                .inner
                .query(
                    "BEGIN;
                     LET $open = UPDATE type::record('round', $key) SET closed = $closed
                         WHERE closed = NONE RETURN VALUE key;
                     IF array::len($open) > 0 {
                         CREATE type::record('round_snapshot', $key) CONTENT { key: $key, data: $data }
                             RETURN NONE;
                     };
                     RETURN array::len($open) > 0;
                     COMMIT;",
                )
                .bind(vars.clone())
                .await?;
            let mut res = super::check_transaction(res)?;
            Ok(super::returned(&mut res)?.unwrap_or(false))
        })
        .await?;
        Ok(self.wrote_if(closed))
    }

    /// Stores the round made from the source documents (the mapping of 2019), closed from the
    /// start, with its snapshot. Its snapshot follows the binary's reading of the documents:
    /// a corrected reading corrects the round too, as it does the profiles.
    pub async fn put_sources_round(
        &self,
        round: &Round,
        snapshot: &Snapshot,
    ) -> Result<(), DbError> {
        let vars = json!({
            "row": serde_json::to_value(RoundRow::from(round))?,
            "data": serde_json::to_value(snapshot)?,
        });
        super::retry_conflicts(|| async {
            let res = self
                .inner
                .query(
                    "BEGIN;
                     IF !record::exists(type::record('round', $row.key)) {
                         CREATE type::record('round', $row.key) CONTENT $row RETURN NONE;
                     };
                     UPSERT type::record('round_snapshot', $row.key)
                         CONTENT { key: $row.key, data: $data } RETURN NONE;
                     COMMIT;",
                )
                .bind(vars.clone())
                .await?;
            super::check_transaction(res).map(|_| ())
        })
        .await?;
        self.wrote();
        Ok(())
    }

    /// The frozen state of closed round `id`.
    pub async fn snapshot(&self, id: &RoundId) -> Result<Option<Snapshot>, DbError> {
        let mut res = self
            .inner
            .query("SELECT VALUE data FROM ONLY type::record('round_snapshot', $id)")
            .bind(json!({ "id": id }))
            .await?
            .check()?;
        let data: Option<serde_json::Value> = res.take(0)?;
        Ok(data.map(serde_json::from_value).transpose()?)
    }

    /// Keeps an answer to a round's question; earlier answers stay as its history.
    pub async fn add_answer(&self, answer: &Answer, author: &Email) -> Result<(), DbError> {
        let row = serde_json::to_value(AnswerRow {
            answer: answer.clone(),
            author: author.clone(),
        })?;
        self.inner
            .query("CREATE round_answer CONTENT $row RETURN NONE")
            .bind(json!({ "row": row }))
            .await?
            .check()?;
        self.wrote();
        Ok(())
    }

    /// Every answer given in round `id`, oldest first.
    pub async fn answers(&self, id: &RoundId) -> Result<Vec<Answer>, DbError> {
        let mut res = self
            .inner
            .query(
                "SELECT round, org, question, text, by, at FROM round_answer
                 WHERE round = $id ORDER BY at, question",
            )
            .bind(json!({ "id": id }))
            .await?
            .check()?;
        take_rows(&mut res)
    }

    /// The saves of `orgs`' profiles made from the start of `from`, oldest first.
    pub async fn revisions_since(
        &self,
        orgs: &[OrgId],
        from: NaiveDate,
    ) -> Result<Vec<Revision>, DbError> {
        let mut res = self
            .inner
            .query(
                "SELECT org, version, at, by, changes FROM revision
                 WHERE at >= $from AND org IN $orgs ORDER BY at",
            )
            .bind(json!({ "from": from.to_string(), "orgs": orgs }))
            .await?
            .check()?;
        take_rows(&mut res)
    }
}
