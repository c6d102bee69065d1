//! Follow-up rounds, the answers to their questions, and the saves that answer their sections.

use super::{Db, DbError, take_rows};
use chrono::{DateTime, NaiveDate, Utc};
use domain::model::OrgId;
use domain::model::account::Email;
use domain::model::profile::Section;
use domain::model::revision::Revision;
use domain::model::round::{Answer, Round, RoundId};
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

const ROUND_FIELDS: &str =
    "key, title, opens, deadline, orgs, sections, questions, created_by, created_at";

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
