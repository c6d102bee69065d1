//! The state on a past date and the changes in a period, from the baselines and revisions.

use super::{Db, DbError, take_rows};
use chrono::{DateTime, Days, NaiveDate, Utc};
use domain::model::OrgId;
use domain::model::as_of::{SavedProfile, profile_on};
use domain::model::profile::{Profile, StoredProfile};
use domain::model::revision::Revision;
use serde::Deserialize;
use serde_json::json;

#[derive(Deserialize)]
struct BaselineRow {
    org: OrgId,
    data: Profile,
    latest: Option<SaveRow>,
}

#[derive(Deserialize)]
struct SaveRow {
    version: u64,
    at: DateTime<Utc>,
    by: String,
    data: Profile,
}

impl From<SaveRow> for SavedProfile {
    fn from(s: SaveRow) -> Self {
        Self {
            version: s.version,
            at: s.at,
            by: s.by,
            profile: s.data,
        }
    }
}

/// Revisions keep `at` as RFC 3339 text, so the start of the next day bounds a day lexically.
fn day_start(date: NaiveDate) -> String {
    date.to_string()
}

fn next_day_start(date: NaiveDate) -> String {
    day_start(date.checked_add_days(Days::new(1)).unwrap_or(date))
}

impl Db {
    /// Every profile as it stood at the end of `date`, in county order.
    pub async fn profiles_on(&self, date: NaiveDate) -> Result<Vec<StoredProfile>, DbError> {
        let mut res = self
            .inner
            .query(
                "SELECT org, data, (
                     SELECT version, at, by, data FROM revision
                     WHERE org = $parent.org AND at < $before
                     ORDER BY version DESC LIMIT 1
                 )[0] AS latest
                 FROM baseline",
            )
            .bind(json!({ "before": next_day_start(date) }))
            .await?
            .check()?;
        let rows: Vec<BaselineRow> = take_rows(&mut res)?;
        let mut profiles: Vec<StoredProfile> = rows
            .into_iter()
            .map(|row| {
                let saves: Vec<SavedProfile> =
                    row.latest.into_iter().map(SavedProfile::from).collect();
                profile_on(&row.org, &row.data, &saves, date)
            })
            .collect();
        super::sort_like_county(&mut profiles, |p| &p.org);
        Ok(profiles)
    }

    /// Saves made from the start of `from` to the end of `to`, newest first (at most `limit`).
    pub async fn changes_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        limit: usize,
    ) -> Result<Vec<Revision>, DbError> {
        let mut res = self
            .inner
            .query(
                "SELECT org, version, at, by, changes FROM revision
                 WHERE at >= $from AND at < $before ORDER BY at DESC LIMIT $limit",
            )
            .bind(json!({
                "from": day_start(from),
                "before": next_day_start(to),
                "limit": limit,
            }))
            .await?
            .check()?;
        take_rows(&mut res)
    }

    /// `org`'s profile as the source documents gave it, and every save of it, oldest first;
    /// `None` for an organisation without a profile.
    pub async fn saves(
        &self,
        org: &OrgId,
    ) -> Result<Option<(Profile, Vec<SavedProfile>)>, DbError> {
        #[derive(Deserialize)]
        struct Row {
            data: Profile,
            saves: Vec<SaveRow>,
        }
        let mut res = self
            .inner
            .query(
                "SELECT data, (
                     SELECT version, at, by, data FROM revision
                     WHERE org = $parent.org ORDER BY version
                 ) AS saves
                 FROM baseline WHERE org = $org",
            )
            .bind(json!({ "org": org }))
            .await?
            .check()?;
        let rows: Vec<Row> = take_rows(&mut res)?;
        Ok(rows.into_iter().next().map(|row| {
            let saves = row.saves.into_iter().map(SavedProfile::from).collect();
            (row.data, saves)
        }))
    }
}
