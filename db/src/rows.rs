//! What the queries share: reading rows into the domain's types, writing a profile's
//! columns, and running a transaction so that a conflict is tried again and a failure is seen.

use crate::DbError;
use domain::model::fact::Source;
use domain::model::profile::StoredProfile;
use domain::model::{OrgId, Profile};
use serde::Deserialize;
use serde_json::json;

/// A profile as the pages read it from its row.
#[derive(Deserialize)]
pub(crate) struct ProfileRow {
    org: OrgId,
    version: u64,
    updated: Option<Source>,
    data: Profile,
}

impl ProfileRow {
    pub(crate) fn into_stored(self) -> StoredProfile {
        StoredProfile {
            org: self.org,
            version: self.version,
            updated: self.updated,
            profile: self.data,
        }
    }
}

pub(crate) fn take_rows<T: serde::de::DeserializeOwned>(
    res: &mut surrealdb::IndexedResults,
) -> Result<Vec<T>, DbError> {
    let rows: Vec<serde_json::Value> = res.take(0)?;
    rows.into_iter()
        .map(|v| serde_json::from_value(v).map_err(DbError::from))
        .collect()
}

/// The columns of a profile row, with the asserted copies of the values the schema checks.
pub(crate) fn profile_columns(profile: &Profile) -> Result<serde_json::Value, DbError> {
    let shares: Vec<u8> = profile
        .work
        .coordinators
        .value()
        .map(|posts| posts.iter().map(|p| p.share_percent.get()).collect())
        .unwrap_or_default();
    Ok(json!({
        "data": serde_json::to_value(profile)?,
        "rok_status": profile.agreements.rok.value().map(|d| d.status),
        "lok_stage": profile.agreements.lok.value().map(|l| l.stage),
        "coordinator_shares": shares,
    }))
}

/// SurrealQL that writes each row of `rows` (a parameter) into `table` with the row's `key` as
/// its record id.
pub(crate) fn create_keyed(table: &str, key: &str, rows: &str) -> String {
    format!("FOR $row IN {rows} {{ CREATE type::record('{table}', $row.{key}) CONTENT $row; }};\n")
}

pub(crate) fn is_conflict(error: &surrealdb::Error) -> bool {
    error.query_details() == Some(&surrealdb::types::QueryError::TransactionConflict)
}

/// The yes or no the `RETURN` just before the closing `COMMIT;` of a transaction script gave (the
/// engine answers `BEGIN` and `COMMIT` as statements of their own).
pub(crate) fn returned(res: &mut surrealdb::IndexedResults) -> Result<Option<bool>, DbError> {
    let index = res.num_statements().saturating_sub(2);
    Ok(res.take(index)?)
}

/// The results of a transaction script, or the error that failed it. Of a failed transaction
/// every statement reports that it was not executed; the cause (a conflict with a concurrent
/// transaction among them) is the one error that says something else.
pub(crate) fn check_transaction(
    mut res: surrealdb::IndexedResults,
) -> Result<surrealdb::IndexedResults, DbError> {
    let mut errors: Vec<(usize, surrealdb::Error)> = res.take_errors().into_iter().collect();
    if errors.is_empty() {
        return Ok(res);
    }
    errors.sort_by_key(|(index, _)| *index);
    let cause = errors
        .iter()
        .position(|(_, error)| {
            error.query_details() != Some(&surrealdb::types::QueryError::NotExecuted)
        })
        .unwrap_or(0);
    Err(DbError::Surreal(errors.swap_remove(cause).1))
}

/// How often a transaction refused as a conflict is tried again.
pub(crate) const CONFLICT_RETRIES: u32 = 60;

/// Runs `attempt` again while the engine refuses it as a conflict with a concurrent
/// transaction (of two transactions writing one row, it lets one commit), waiting a little
/// longer and a random part more each time so that the writers that collided spread out;
/// after `CONFLICT_RETRIES` tries the conflict is returned.
pub(crate) async fn retry_conflicts<T, Fut>(mut attempt: impl FnMut() -> Fut) -> Result<T, DbError>
where
    Fut: Future<Output = Result<T, DbError>>,
{
    let mut tries = 0;
    loop {
        match attempt().await {
            Err(DbError::Surreal(error)) if tries < CONFLICT_RETRIES && is_conflict(&error) => {
                tries += 1;
                tracing::debug!(%error, tries, "transaction conflict; trying again");
                let step = u64::from(tries.min(10)) * 1000;
                let jitter = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| u64::from(d.subsec_nanos()))
                    % step;
                tokio::time::sleep(std::time::Duration::from_micros(step + jitter)).await;
            }
            result => return result,
        }
    }
}

pub(crate) fn sort_like_county<T>(items: &mut [T], id: impl Fn(&T) -> &OrgId) {
    let order = OrgId::participants();
    items.sort_by_key(|item| {
        order
            .iter()
            .position(|o| o == id(item))
            .unwrap_or(usize::MAX)
    });
}
