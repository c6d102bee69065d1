//! The whole database as one versioned JSON document, for backups and for moving between
//! engines (file store, remote server). Sessions and failed-login counts are left out: they
//! are short-lived, and an imported database starts with nobody signed in.

use super::{Db, DbError};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

pub const FORMAT: &str = "kvinnofridskartan-export";
pub const FORMAT_VERSION: u32 = 1;
/// Stands in for a password hash left out of an export. It parses as no argon2 hash, so no
/// password matches it: an administrator sets new passwords after such an import.
pub const NO_PASSWORD: &str = "$argon2id$utan-losenord";

/// Each table with the order its rows are written in, so that the same data always gives the
/// same bytes.
const TABLES: [(&str, &str); 6] = [
    ("organisation", "org"),
    ("county", "region"),
    ("baseline", "org"),
    ("profile", "org"),
    ("revision", "org, version"),
    ("user", "email"),
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
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("filen är ingen export från Kvinnofridskartan (format {0:?})")]
    Format(String),
    #[error("exportformatets version {0} stöds inte (den här versionen läser {FORMAT_VERSION})")]
    Version(u32),
    #[error(
        "databasen är inte tom ({0} rader); importera till en tom databas eller ange --replace"
    )]
    NotEmpty(u64),
    #[error(transparent)]
    Db(#[from] DbError),
}

impl Export {
    fn rows_mut(&mut self, table: &str) -> Option<&mut Vec<Value>> {
        match table {
            "organisation" => Some(&mut self.organisation),
            "county" => Some(&mut self.county),
            "baseline" => Some(&mut self.baseline),
            "profile" => Some(&mut self.profile),
            "revision" => Some(&mut self.revision),
            "user" => Some(&mut self.user),
            _ => None,
        }
    }

    fn rows(&self, table: &str) -> &[Value] {
        match table {
            "organisation" => &self.organisation,
            "county" => &self.county,
            "baseline" => &self.baseline,
            "profile" => &self.profile,
            "revision" => &self.revision,
            "user" => &self.user,
            _ => &[],
        }
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
    /// Refuses a database with data in it unless `replace`, which first empties it.
    pub async fn import(&self, export: &Export, replace: bool) -> Result<(), BackupError> {
        if export.format != FORMAT {
            return Err(BackupError::Format(export.format.clone()));
        }
        if export.version != FORMAT_VERSION {
            return Err(BackupError::Version(export.version));
        }
        let existing = self.row_count().await?;
        if existing > 0 && !replace {
            return Err(BackupError::NotEmpty(existing));
        }
        let mut script = String::from("BEGIN;\n");
        if replace {
            for table in TABLES
                .iter()
                .map(|(t, _)| *t)
                .chain(["session", "login_failure"])
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
        script.push_str("COMMIT;");
        self.inner
            .query(script)
            .bind(Value::Object(vars))
            .await
            .map_err(DbError::from)?
            .check()
            .map_err(DbError::from)?;
        self.wrote();
        // Versions start over with the imported history; remembered profiles would only cost
        // each next save a second try.
        self.memo.clear();
        Ok(())
    }
}
