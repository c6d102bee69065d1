//! The whole database as one versioned JSON document, for backups and for moving between
//! engines (file store, remote server). Sessions and login-attempt counts are left out: they
//! are short-lived, and an imported database starts with nobody signed in.

use super::{Db, DbError};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

pub const FORMAT: &str = "kvinnofridskartan-export";
/// An export's version is the schema version of the database it was written from. Version 1
/// was written before schema versions were recorded.
pub const FORMAT_VERSION: u32 = super::migrations::SCHEMA_VERSION;
/// Stands in for a password hash left out of an export. It parses as no argon2 hash, so no
/// password matches it: an administrator sets new passwords after such an import.
pub const NO_PASSWORD: &str = "$argon2id$utan-losenord";

/// Each table with the order its rows are written in, so that the same data always gives the
/// same bytes.
const TABLES: [(&str, &str); 14] = [
    ("organisation", "org"),
    ("county", "region"),
    ("baseline", "org"),
    ("profile", "org"),
    ("revision", "org, version"),
    ("user", "email"),
    ("round", "key"),
    ("round_answer", "round, org, question, at"),
    ("round_snapshot", "key"),
    ("reminder", "key"),
    ("rok_revision", "at"),
    ("document_file", "digest"),
    ("document", "key"),
    ("feedback", "key"),
];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Export {
    pub format: String,
    pub version: u32,
    /// Whether the users' password hashes are included.
    pub with_secrets: bool,
    pub organisation: Vec<Value>,
    pub county: Vec<Value>,
    pub baseline: Vec<Value>,
    pub profile: Vec<Value>,
    pub revision: Vec<Value>,
    pub user: Vec<Value>,
    /// Exports written before follow-up rounds (version 3 and older) have none.
    #[serde(default)]
    pub round: Vec<Value>,
    #[serde(default)]
    pub round_answer: Vec<Value>,
    /// Exports written before rounds could close (version 4 and older) have none.
    #[serde(default)]
    pub round_snapshot: Vec<Value>,
    /// The reminder mails, so that a restored database does not send them again. Exports
    /// written before reminders (version 6 and older) have none.
    #[serde(default)]
    pub reminder: Vec<Value>,
    /// The settings of the date the regional agreement's revision must start by. Exports
    /// written before them (version 7 and older) have none.
    #[serde(default)]
    pub rok_revision: Vec<Value>,
    /// The evidence documents' bytes, once per file, base64. Exports written before documents
    /// (version 8 and older) have none.
    #[serde(default)]
    pub document_file: Vec<Value>,
    /// Each organisation's entry for a document it uploaded.
    #[serde(default)]
    pub document: Vec<Value>,
    /// The accessibility reports. Exports written before them (version 9 and older) have
    /// none.
    #[serde(default)]
    pub feedback: Vec<Value>,
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("filen är ingen export från Kvinnofridskartan (format {0:?})")]
    Format(String),
    #[error(
        "exportformatets version {0} stöds inte (den här versionen läser version 1 till {FORMAT_VERSION})"
    )]
    Version(u32),
    #[error(
        "databasen är inte tom ({0} rader); importera till en tom databas eller ange --replace"
    )]
    NotEmpty(u64),
    #[error("filen har en rad som inte kan läsas: {0}")]
    Row(String),
    #[error(transparent)]
    Db(#[from] DbError),
}

impl Export {
    pub fn rows_mut(&mut self, table: &str) -> Option<&mut Vec<Value>> {
        match table {
            "organisation" => Some(&mut self.organisation),
            "county" => Some(&mut self.county),
            "baseline" => Some(&mut self.baseline),
            "profile" => Some(&mut self.profile),
            "revision" => Some(&mut self.revision),
            "user" => Some(&mut self.user),
            "round" => Some(&mut self.round),
            "round_answer" => Some(&mut self.round_answer),
            "round_snapshot" => Some(&mut self.round_snapshot),
            "reminder" => Some(&mut self.reminder),
            "rok_revision" => Some(&mut self.rok_revision),
            "document_file" => Some(&mut self.document_file),
            "document" => Some(&mut self.document),
            "feedback" => Some(&mut self.feedback),
            _ => None,
        }
    }

    pub fn rows(&self, table: &str) -> &[Value] {
        match table {
            "organisation" => &self.organisation,
            "county" => &self.county,
            "baseline" => &self.baseline,
            "profile" => &self.profile,
            "revision" => &self.revision,
            "user" => &self.user,
            "round" => &self.round,
            "round_answer" => &self.round_answer,
            "round_snapshot" => &self.round_snapshot,
            "reminder" => &self.reminder,
            "rok_revision" => &self.rok_revision,
            "document_file" => &self.document_file,
            "document" => &self.document,
            "feedback" => &self.feedback,
            _ => &[],
        }
    }
}

/// Each table's row as the application reads it: an import checks every row against these
/// before it writes any, so a file the schema would take but the pages could not read (an
/// unknown category inside a profile, a misspelt date) changes nothing.
mod rows {
    // The fields are there to be parsed, not read.
    #![allow(dead_code)]

    use domain::model::OrgId;
    use domain::model::account::{Email, Role};
    use domain::model::county::CountyFacts;
    use domain::model::org::{OrgKind, Population};
    use domain::model::profile::{LokStage, Profile, RokStatus};
    use serde::Deserialize;

    #[derive(Deserialize)]
    pub struct Organisation {
        pub org: OrgId,
        pub kind: OrgKind,
        pub name: String,
        pub population: Option<Population>,
    }

    #[derive(Deserialize)]
    pub struct County {
        pub region: String,
        pub data: CountyFacts,
    }

    #[derive(Deserialize)]
    pub struct Baseline {
        pub org: OrgId,
        pub data: Profile,
    }

    /// The row the pages read, and the copies of its values the schema checks.
    #[derive(Deserialize)]
    pub struct StoredProfile {
        #[serde(flatten)]
        pub row: crate::ProfileRow,
        pub rok_status: Option<RokStatus>,
        pub lok_stage: Option<LokStage>,
        pub coordinator_shares: Vec<u8>,
    }

    /// The revision as the history shows it, who saved it and the profile as saved.
    #[derive(Deserialize)]
    pub struct Revision {
        #[serde(flatten)]
        pub revision: domain::model::revision::Revision,
        pub author: Email,
        pub data: Profile,
    }

    #[derive(Deserialize)]
    pub struct User {
        pub email: Email,
        pub role: Role,
        pub org: Option<OrgId>,
        pub disabled: bool,
        pub created: i64,
        pub last_login: Option<i64>,
    }
}

/// Whether the application can read `row` as a row of `table` (see [`rows`]); the error
/// says why not.
pub fn check_row(table: &str, row: &Value) -> Result<(), String> {
    fn read<T: serde::de::DeserializeOwned>(row: &Value) -> Result<(), String> {
        T::deserialize(row).map(|_| ()).map_err(|e| e.to_string())
    }
    match table {
        "organisation" => read::<rows::Organisation>(row),
        "county" => read::<rows::County>(row),
        "baseline" => read::<rows::Baseline>(row),
        "profile" => read::<rows::StoredProfile>(row),
        "revision" => read::<rows::Revision>(row),
        "user" => read::<rows::User>(row),
        "round" => read::<crate::rounds::RoundRow>(row),
        "round_answer" => read::<crate::rounds::AnswerRow>(row),
        "round_snapshot" => read::<crate::rounds::SnapshotRow>(row),
        "reminder" => read::<crate::reminders::ReminderRow>(row),
        "rok_revision" => read::<crate::agreements::RevisionStartRow>(row),
        "document_file" => read::<crate::documents::FileRow>(row),
        "document" => read::<crate::documents::DocumentRow>(row),
        "feedback" => read::<crate::feedback::FeedbackRow>(row),
        _ => Err(format!("no table {table} in an export")),
    }
}

impl Export {
    /// The tables an export holds, in the order they are written.
    pub fn tables() -> impl Iterator<Item = &'static str> {
        TABLES.iter().map(|(table, _)| *table)
    }

    /// The first row the application could not read, as "table row N: why".
    fn check(&self) -> Result<(), BackupError> {
        for table in Self::tables() {
            for (i, row) in self.rows(table).iter().enumerate() {
                check_row(table, row)
                    .map_err(|why| BackupError::Row(format!("{table} rad {}: {why}", i + 1)))?;
            }
        }
        Ok(())
    }
}

impl Db {
    /// Every table's rows, without record ids (they are the database's own, not data).
    pub async fn export(&self, with_secrets: bool) -> Result<Export, DbError> {
        let mut export = Export {
            format: FORMAT.to_owned(),
            version: FORMAT_VERSION,
            with_secrets,
            organisation: Vec::new(),
            county: Vec::new(),
            baseline: Vec::new(),
            profile: Vec::new(),
            revision: Vec::new(),
            user: Vec::new(),
            round: Vec::new(),
            round_answer: Vec::new(),
            round_snapshot: Vec::new(),
            reminder: Vec::new(),
            rok_revision: Vec::new(),
            document_file: Vec::new(),
            document: Vec::new(),
            feedback: Vec::new(),
        };
        for (table, order) in TABLES {
            let omit = if table == "user" && !with_secrets {
                "id, password_hash"
            } else {
                "id"
            };
            let mut res = self
                .inner
                .query(format!(
                    "SELECT * OMIT {omit} FROM {table} ORDER BY {order}"
                ))
                .await?
                .check()?;
            let rows: Vec<Value> = res.take(0)?;
            if let Some(target) = export.rows_mut(table) {
                *target = rows;
            }
        }
        Ok(export)
    }

    /// Rows in the tables an export holds, and in sessions.
    pub async fn row_count(&self) -> Result<u64, DbError> {
        let mut total = 0;
        for table in TABLES.iter().map(|(t, _)| *t).chain(["session"]) {
            let mut res = self
                .inner
                .query(format!("SELECT count() AS n FROM {table} GROUP ALL"))
                .await?
                .check()?;
            let counts: Vec<Value> = res.take(0)?;
            total += counts
                .first()
                .and_then(|c| c.get("n"))
                .and_then(Value::as_u64)
                .unwrap_or(0);
        }
        Ok(total)
    }

    /// Writes `export` into this database in one transaction; the schema checks every row.
    /// Refuses a database with data in it unless `replace`, which first empties it. An export
    /// from an older schema is migrated in the same transaction by the steps it had not had,
    /// as a database of that version would be.
    pub async fn import(&self, export: &Export, replace: bool) -> Result<(), BackupError> {
        if export.format != FORMAT {
            return Err(BackupError::Format(export.format.clone()));
        }
        if !(1..=FORMAT_VERSION).contains(&export.version) {
            return Err(BackupError::Version(export.version));
        }
        export.check()?;
        let existing = self.row_count().await?;
        if existing > 0 && !replace {
            return Err(BackupError::NotEmpty(existing));
        }
        let mut script = String::from("BEGIN;\n");
        if replace {
            for table in TABLES
                .iter()
                .map(|(t, _)| *t)
                .chain(["session", "login_attempt"])
            {
                script.push_str(&format!("DELETE {table};\n"));
            }
        }
        let mut vars = serde_json::Map::new();
        for (table, _) in TABLES {
            let mut rows = export.rows(table).to_vec();
            if table == "user" {
                for row in &mut rows {
                    if row.get("password_hash").is_none()
                        && let Some(fields) = row.as_object_mut()
                    {
                        fields.insert("password_hash".to_owned(), json!(NO_PASSWORD));
                    }
                }
            }
            if !rows.is_empty() {
                let rows_param = format!("$rows_{table}");
                let insert = match super::KEYED.iter().find(|(t, _)| *t == table) {
                    Some((_, key)) => super::create_keyed(table, key, &rows_param),
                    None => format!("INSERT INTO {table} {rows_param};\n"),
                };
                script.push_str(&insert);
                vars.insert(format!("rows_{table}"), Value::Array(rows));
            }
        }
        for step in super::migrations::after(export.version) {
            script.push_str(step.script);
            script.push('\n');
        }
        script.push_str("COMMIT;");
        vars.insert("seed".to_owned(), super::migrations::seed_profiles()?);
        self.inner
            .query(script)
            .bind(Value::Object(vars))
            .await
            .map_err(DbError::from)?
            .check()
            .map_err(DbError::from)?;
        self.wrote();
        Ok(())
    }
}
