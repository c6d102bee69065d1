//! Reading the source documents again: when the seed's reading is newer than the one a
//! database was loaded from, every profile gets the corrected document values as one recorded
//! change, and the county facts and population citations are replaced.

use super::{Db, DbError, profile_columns, seed};
use chrono::{DateTime, Utc};
use domain::model::profile::Profile;
use domain::model::reading::reread;
use domain::model::revision::merge;
use serde_json::json;

/// Who a change made by a new reading of the documents is recorded as.
pub const READING_BY: &str = "Kvinnofridskartan (ny läsning av källdokumenten)";

impl Db {
    /// Applies the seed's reading of the documents if the database holds an earlier one;
    /// returns how many profiles changed. Each change is a revision dated `at`, so the history
    /// and the state on an earlier date keep what was shown then.
    pub async fn reread_sources(&self, at: DateTime<Utc>) -> Result<usize, DbError> {
        let mut res = self
            .inner
            .query("SELECT VALUE reading FROM county LIMIT 1")
            .await?
            .check()?;
        let stored: Vec<Option<u32>> = res.take(0)?;
        let seed = seed::load()?;
        if stored.first().copied().flatten().unwrap_or(1) >= seed.reading {
            return Ok(0);
        }
        let mut changed = 0;
        for (org, reading) in &seed.organisations {
            let Some(current) = self.profile(&org.id).await? else {
                continue;
            };
            let earlier = self.baseline(&org.id).await?.unwrap_or_default();
            let corrected = reread(&current.profile, &earlier, reading)?;
            let (profile, changes) = merge(&current.profile, corrected);
            if changes.is_empty() {
                continue;
            }
            let mut vars = profile_columns(&profile)?;
            vars["org"] = json!(org.id);
            vars["expected"] = json!(current.version);
            vars["version"] = json!(current.version + 1);
            vars["at"] = json!(at);
            vars["by"] = json!(READING_BY);
            vars["changes"] = serde_json::to_value(&changes)?;
            // Another instance starting at the same time may have done it: then the version
            // has moved on and nothing is written twice.
            self.inner
                .query(
                    "BEGIN;
                     LET $saved = UPDATE type::record('profile', $org) SET
                         version = $version, data = $data,
                         rok_status = IF $rok_status = NULL THEN NONE ELSE $rok_status END,
                         lok_stage = IF $lok_stage = NULL THEN NONE ELSE $lok_stage END,
                         coordinator_shares = $coordinator_shares
                     WHERE version = $expected RETURN VALUE version;
                     IF array::len($saved) = 1 {
                         CREATE revision SET org = $org, version = $version, at = $at, by = $by,
                             author = '', changes = $changes, data = $data RETURN NONE;
                     };
                     COMMIT;",
                )
                .bind(vars)
                .await?
                .check()?;
            changed += 1;
        }
        for (org, _) in &seed.organisations {
            if let Some(population) = &org.population {
                self.inner
                    .query("UPDATE type::record('organisation', $org) SET population = $population")
                    .bind(json!({ "org": org.id, "population": population }))
                    .await?
                    .check()?;
            }
        }
        self.inner
            .query("UPDATE county SET data = $data, reading = $reading")
            .bind(json!({
                "data": serde_json::to_value(&seed.county)?,
                "reading": seed.reading,
            }))
            .await?
            .check()?;
        self.wrote();
        Ok(changed)
    }

    /// The profile an organisation's history starts from.
    async fn baseline(&self, org: &domain::model::OrgId) -> Result<Option<Profile>, DbError> {
        let mut res = self
            .inner
            .query("SELECT VALUE data FROM type::record('baseline', $org)")
            .bind(json!({ "org": org }))
            .await?
            .check()?;
        let rows: Vec<serde_json::Value> = res.take(0)?;
        rows.into_iter()
            .next()
            .map(serde_json::from_value)
            .transpose()
            .map_err(DbError::from)
    }
}
