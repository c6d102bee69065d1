//! Saving a profile with optimistic concurrency, and its history of revisions.

use super::{Db, DbError, profile_columns, take_rows};
use domain::model::OrgId;
use domain::model::account::Email;
use domain::model::fact::Source;
use domain::model::profile::{Profile, StoredProfile};
use domain::model::revision::Revision;
use serde_json::json;

impl Db {
    /// Replaces `base.org`'s profile by `profile` if the stored one is still `base` (its version
    /// and its data, so that a profile replaced by an import at the same version is not
    /// overwritten either), and records
    /// `revision` (whose version must be `base.version + 1`; `author` is kept for
    /// administrators) in the same transaction. A save based on anything else, or one that
    /// loses a race with another save, is `DbError::VersionConflict`.
    pub async fn save_profile(
        &self,
        base: &StoredProfile,
        profile: &Profile,
        updated: &Source,
        revision: &Revision,
        author: &Email,
    ) -> Result<(), DbError> {
        let mut vars = profile_columns(profile)?;
        vars["org"] = json!(base.org);
        vars["expected"] = json!(base.version);
        vars["base"] = serde_json::to_value(&base.profile)?;
        vars["updated"] = serde_json::to_value(updated)?;
        vars["version"] = json!(revision.version);
        vars["at"] = json!(revision.at);
        vars["by"] = json!(revision.by);
        vars["author"] = json!(author);
        vars["changes"] = serde_json::to_value(&revision.changes)?;
        let outcome = self
            .inner
            .query(
                // The conditional UPDATE is the check: it changes nothing when the profile has
                // moved on, and costs less than reading the version first. The data is bound
                // once, for the profile and its revision.
                "BEGIN;
                 LET $saved = UPDATE type::record('profile', $org) SET
                     version = $expected + 1, updated = $updated, data = $data,
                     rok_status = IF $rok_status = NULL THEN NONE ELSE $rok_status END,
                     lok_stage = IF $lok_stage = NULL THEN NONE ELSE $lok_stage END,
                     coordinator_shares = $coordinator_shares
                 WHERE version = $expected AND data = $base RETURN VALUE version;
                 IF array::len($saved) = 0 { THROW 'version_conflict'; };
                 CREATE revision SET org = $org, version = $version, at = $at, by = $by,
                     author = $author, changes = $changes, data = $data RETURN NONE;
                 COMMIT;",
            )
            .bind(vars)
            .await
            .and_then(surrealdb::IndexedResults::check);
        match outcome {
            Ok(_) => {
                self.wrote();
                Ok(())
            }
            Err(error) => {
                // A lost race shows as a failed commit or a taken revision number rather than
                // as the THROW; either way the stored profile tells what happened.
                let current = self.profile(&base.org).await?;
                let moved =
                    current.is_none_or(|c| c.version != base.version || c.profile != base.profile);
                // The script's one THROW is the version check.
                if moved || error.details().is_thrown() {
                    Err(DbError::VersionConflict)
                } else {
                    Err(DbError::Surreal(error))
                }
            }
        }
    }

    /// The baseline of the save benchmark (`scripts/bench.sh`): the same profile record
    /// written by one plain statement, without the version check, the revision and the
    /// transaction of [`Db::save_profile`]. The application never writes this way.
    #[cfg(feature = "testing")]
    pub async fn overwrite_profile_unchecked(
        &self,
        org: &OrgId,
        profile: &Profile,
    ) -> Result<(), DbError> {
        let mut vars = profile_columns(profile)?;
        vars["org"] = json!(org);
        self.inner
            .query(
                "UPDATE type::record('profile', $org) SET data = $data,
                     rok_status = IF $rok_status = NULL THEN NONE ELSE $rok_status END,
                     lok_stage = IF $lok_stage = NULL THEN NONE ELSE $lok_stage END,
                     coordinator_shares = $coordinator_shares;",
            )
            .bind(vars)
            .await
            .and_then(surrealdb::IndexedResults::check)?;
        self.wrote();
        Ok(())
    }

    /// The other baseline of the save benchmark: the whole profile record written with the
    /// client's own `upsert` (no query text, no version check, no revision). The application
    /// never writes this way.
    #[cfg(feature = "testing")]
    pub async fn upsert_profile_raw(
        &self,
        org: &OrgId,
        version: u64,
        profile: &Profile,
        updated: &Source,
    ) -> Result<(), DbError> {
        let mut record = profile_columns(profile)?;
        record["org"] = json!(org);
        record["version"] = json!(version);
        record["updated"] = serde_json::to_value(updated)?;
        // The schema's optional fields take no value (NONE) rather than null.
        if let Some(fields) = record.as_object_mut() {
            fields.retain(|_, value| !value.is_null());
        }
        let _: Option<serde_json::Value> = self
            .inner
            .upsert(("profile", org.as_str()))
            .content(record)
            .await?;
        self.wrote();
        Ok(())
    }

    /// `org`'s revisions after `after_version`, newest first.
    pub async fn revisions(
        &self,
        org: &OrgId,
        after_version: u64,
    ) -> Result<Vec<Revision>, DbError> {
        let mut res = self
            .inner
            .query(
                "SELECT org, version, at, by, changes FROM revision
                 WHERE org = $org AND version > $after ORDER BY version DESC",
            )
            .bind(json!({ "org": org, "after": after_version }))
            .await?
            .check()?;
        take_rows(&mut res)
    }
}
