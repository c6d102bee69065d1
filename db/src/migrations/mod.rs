//! Schema changes as numbered steps, each applied once, in order, in one transaction with the
//! record of it (table `migration`, one row per step). The schema version of a database is its
//! last recorded step; a database made before versions were recorded is version 0, and every
//! step is written so that it applies to one.
//!
//! A change to the schema is a new step in a file of its own, added at the end of [`STEPS`];
//! a step that has been released is never edited. The export format's version is the schema
//! version ([`super::backup`]).

use super::{Db, DbError, retry_conflicts};
use serde_json::{Value, json};

/// One schema change.
pub(super) struct Step {
    pub version: u32,
    pub name: &'static str,
    pub script: &'static str,
}

/// The steps after `version`, in order.
pub(super) fn after(version: u32) -> impl Iterator<Item = &'static Step> {
    STEPS.iter().filter(move |s| s.version > version)
}

/// Every step, in the order they are applied.
pub(super) const STEPS: [Step; 10] = [
    Step {
        version: 1,
        name: "schema",
        script: include_str!("0001_schema.surql"),
    },
    Step {
        version: 2,
        name: "keyed_records",
        script: include_str!("0002_keyed_records.surql"),
    },
    Step {
        version: 3,
        name: "baselines",
        script: include_str!("0003_baselines.surql"),
    },
    Step {
        version: 4,
        name: "rounds",
        script: include_str!("0004_rounds.surql"),
    },
    Step {
        version: 5,
        name: "round_snapshots",
        script: include_str!("0005_round_snapshots.surql"),
    },
    Step {
        version: 6,
        name: "round_edits",
        script: include_str!("0006_round_edits.surql"),
    },
    Step {
        version: 7,
        name: "reminders",
        script: include_str!("0007_reminders.surql"),
    },
    Step {
        version: 8,
        name: "agreement_revision",
        script: include_str!("0008_agreement_revision.surql"),
    },
    Step {
        version: 9,
        name: "documents",
        script: include_str!("0009_documents.surql"),
    },
    Step {
        version: 10,
        name: "feedback",
        script: include_str!("0010_feedback.surql"),
    },
];

/// The schema version this binary writes: its last step.
pub const SCHEMA_VERSION: u32 = STEPS.len() as u32;

/// The table that records the steps applied; the one definition made outside a step, because
/// it must exist before the version can be read.
const LEDGER: &str = "DEFINE TABLE IF NOT EXISTS migration SCHEMAFULL;
DEFINE FIELD IF NOT EXISTS version ON migration TYPE int;
DEFINE FIELD IF NOT EXISTS name ON migration TYPE string;
DEFINE FIELD IF NOT EXISTS at ON migration TYPE datetime;";

impl Db {
    /// The schema version the database has: its last applied step, or 0.
    pub async fn schema_version(&self) -> Result<u32, DbError> {
        let mut res = self
            .inner
            .query(format!("{LEDGER}\nSELECT VALUE version FROM migration;"))
            .await?
            .check()?;
        let index = res.num_statements() - 1;
        let versions: Vec<i64> = res.take(index)?;
        let last = versions.into_iter().max().unwrap_or(0);
        Ok(u32::try_from(last).unwrap_or(u32::MAX))
    }

    /// Applies the steps the database has not had yet. Refuses, changing nothing, a database
    /// whose schema is newer than this binary's: an older binary must not write to it.
    pub(super) async fn migrate(&self) -> Result<(), DbError> {
        let found = self.schema_version().await?;
        if found > SCHEMA_VERSION {
            return Err(DbError::SchemaNewer {
                found,
                known: SCHEMA_VERSION,
            });
        }
        for step in after(found) {
            match retry_conflicts(|| self.apply(step)).await {
                Ok(()) => tracing::info!(
                    version = step.version,
                    name = step.name,
                    "schema step applied"
                ),
                // Another instance starting at the same time may have applied it first.
                Err(error) if self.schema_version().await? < step.version => return Err(error),
                Err(_) => tracing::info!(
                    version = step.version,
                    name = step.name,
                    "schema step applied by another instance"
                ),
            }
        }
        Ok(())
    }

    async fn apply(&self, step: &Step) -> Result<(), DbError> {
        let script = format!(
            "BEGIN;\n{}\nCREATE type::record('migration', $version) CONTENT {{ version: $version, name: $name, at: time::now() }};\nCOMMIT;",
            step.script
        );
        let res = self
            .inner
            .query(script)
            .bind(json!({ "version": step.version, "name": step.name, "seed": seed_profiles()? }))
            .await?;
        super::check_transaction(res)?;
        Ok(())
    }
}

/// The region package's profiles as rows `{ org, data }`, for a step that needs the seed.
pub(super) fn seed_profiles() -> Result<Value, DbError> {
    let seed = super::seed::load()?;
    let rows: Vec<Value> = seed
        .organisations
        .iter()
        .map(|(org, profile)| Ok(json!({ "org": org.id, "data": serde_json::to_value(profile)? })))
        .collect::<Result<_, DbError>>()?;
    Ok(Value::Array(rows))
}

#[cfg(test)]
pub(crate) mod tests;
