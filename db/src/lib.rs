//! The database layer, the only place with SurrealQL: connection, versioned schema, seed and
//! typed queries over the domain's types. Server only; the use cases (`service`) are its only
//! callers besides the server's start-up and command line.

mod agreements;
pub mod backup;
mod documents;
mod error;
mod feedback;
mod history;
pub mod migrations;
pub mod reading;
mod reminders;
mod revisions;
mod rounds;
mod rows;
mod users;

pub use domain::seed;

pub use error::DbError;
use rows::{
    ProfileRow, check_transaction, create_keyed, is_conflict, profile_columns, retry_conflicts,
    returned, sort_like_county, take_rows,
};
pub use users::UserRecord;

use domain::model::county::CountyFacts;
use domain::model::profile::StoredProfile;
use domain::model::{OrgId, Organisation, Profile};
use serde_json::json;
use surrealdb::Surreal;
use surrealdb::engine::any::{self, Any};
use surrealdb::opt::auth::Root;

/// Organisation ids as a SurrealQL list's items (the region package's ids are digits,
/// lower-case letters and hyphens, checked at build time, so they need no escaping inside
/// quotes).
fn org_id_list(ids: Vec<OrgId>) -> String {
    let ids: Vec<String> = ids
        .into_iter()
        .map(|id| format!("'{}'", id.as_str()))
        .collect();
    ids.join(", ")
}

/// The rules that name the county's organisations as the only ids a row may name: those with
/// a profile (`ORG_IDS`), and partners too where a round or an account names one
/// (`PARTICIPANT_IDS`).
fn org_id_rules() -> String {
    include_str!("org_ids.surql")
        .replace("PARTICIPANT_IDS", &org_id_list(OrgId::participants()))
        .replace("ORG_IDS", &org_id_list(OrgId::all()))
}
const NAMESPACE: &str = "kvinnofrid";
/// Tables whose record id is the value of one field: a row is read by its id, not through an
/// index. (Sessions are keyed by their token's hash too.)
const KEYED: [(&str, &str); 9] = [
    ("organisation", "org"),
    ("baseline", "org"),
    ("profile", "org"),
    ("user", "email"),
    ("round", "key"),
    ("round_snapshot", "key"),
    ("reminder", "key"),
    ("document_file", "digest"),
    ("document", "key"),
];
/// The region package's id names the database, so two counties never share data by mistake.
const DATABASE: &str = domain::region::ID;

/// Where the database lives, from `DATABASE_URL` (and credentials for a remote server).
#[derive(Debug, Clone)]
pub struct DbConfig {
    pub url: String,
    pub user: Option<String>,
    pub pass: Option<String>,
    /// The database within the namespace; `dalarna` unless given.
    pub database: Option<String>,
}

impl DbConfig {
    pub fn memory() -> Self {
        Self {
            url: "mem://".to_owned(),
            user: None,
            pass: None,
            database: None,
        }
    }

    /// What the tests connect to: `mem://`, or the server named by `TEST_DATABASE_URL` (with
    /// `TEST_DATABASE_USER`/`_PASS`) and a new database on it for every call, so tests that
    /// run at the same time never see each other's data.
    #[cfg(any(test, feature = "testing"))]
    pub fn for_tests() -> Self {
        use std::sync::atomic::{AtomicU64, Ordering};
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        match var("TEST_DATABASE_URL") {
            Some(url) => Self {
                url,
                user: var("TEST_DATABASE_USER"),
                pass: var("TEST_DATABASE_PASS"),
                database: Some(format!(
                    "test_{}_{}",
                    std::process::id(),
                    NEXT.fetch_add(1, Ordering::Relaxed)
                )),
            },
            None => Self::memory(),
        }
    }
}

/// A handle to the database; cheap to clone.
#[derive(Clone)]
pub struct Db {
    /// Shared, never cloned: each clone of a `Surreal` handle opens a database session of its
    /// own, registered through one queue that every query then waits on. Cloned per request,
    /// a crowd on any page (even `/livez`) filled that queue and stalled every query for
    /// seconds.
    inner: std::sync::Arc<Surreal<Any>>,
    /// Counts this process's writes to what the public pages show (saves, seed, import), so
    /// that a cache of those pages knows when it is stale.
    writes: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl Db {
    /// How many writes to profiles this process has made through this database (any clone).
    pub fn writes(&self) -> u64 {
        self.writes.load(std::sync::atomic::Ordering::Acquire)
    }

    /// Another application instance on the same database: shares the connection, counts its
    /// own writes.
    #[cfg(any(test, feature = "testing"))]
    pub fn another_instance(&self) -> Self {
        Self {
            inner: std::sync::Arc::clone(&self.inner),
            writes: Default::default(),
        }
    }

    pub(crate) fn wrote(&self) {
        self.writes
            .fetch_add(1, std::sync::atomic::Ordering::AcqRel);
    }

    /// Counts a conditional write that `happened`, and gives it back.
    pub(crate) fn wrote_if(&self, happened: bool) -> bool {
        if happened {
            self.wrote();
        }
        happened
    }

    /// Connects, selects the namespace and database, and brings the schema up to this binary's
    /// version ([`migrations`]).
    pub async fn connect(config: &DbConfig) -> Result<Self, DbError> {
        let url = config.url.as_str();
        let supported = ["mem://", "surrealkv://", "ws://", "wss://"];
        if !supported.iter().any(|s| url.starts_with(s)) {
            return Err(DbError::UnsupportedUrl(url.to_owned()));
        }
        let inner = any::connect(url).await?;
        if let (Some(user), Some(pass)) = (&config.user, &config.pass) {
            inner
                .signin(Root {
                    username: user.clone(),
                    password: pass.clone(),
                })
                .await?;
        }
        let db = Self {
            inner: std::sync::Arc::new(inner),
            writes: Default::default(),
        };
        // Instances starting at once against one server define the same namespace, database
        // and schema; the engine refuses all but one of such concurrent writes as conflicts
        // that may be retried.
        retry_conflicts(|| db.prepare(config)).await?;
        Ok(db)
    }

    async fn prepare(&self, config: &DbConfig) -> Result<(), DbError> {
        self.inner
            .use_ns(NAMESPACE)
            .use_db(config.database.as_deref().unwrap_or(DATABASE))
            .await?;
        self.upgrade().await
    }

    /// Brings the schema up to this binary's version and the rules on organisation ids up to
    /// its region package.
    async fn upgrade(&self) -> Result<(), DbError> {
        self.migrate().await?;
        self.inner.query(org_id_rules()).await?.check()?;
        Ok(())
    }

    /// Loads the seed dataset into an empty database; returns whether it did. A database loaded
    /// from an earlier reading of the sources gets the corrections as changes made `now`.
    pub async fn seed_if_empty(&self, now: chrono::DateTime<chrono::Utc>) -> Result<bool, DbError> {
        let mut res = self
            .inner
            .query("SELECT count() AS n FROM organisation GROUP ALL")
            .await?
            .check()?;
        let counts: Vec<serde_json::Value> = res.take(0)?;
        let existing = counts
            .first()
            .and_then(|c| c.get("n"))
            .and_then(serde_json::Value::as_u64)
            .unwrap_or(0);
        let seed = seed::load()?;
        if existing > 0 {
            self.reread_sources(now).await?;
            self.put_first_round(&seed).await?;
            return Ok(false);
        }
        for (org, profile) in &seed.organisations {
            self.insert_organisation(org, profile).await?;
        }
        self.inner
            .query("CREATE county CONTENT { region: $region, data: $data, reading: $reading }")
            .bind(json!({
                "region": seed.region,
                "data": serde_json::to_value(&seed.county)?,
                "reading": seed.reading,
            }))
            .await?
            .check()?;
        self.put_first_round(&seed).await?;
        self.wrote();
        Ok(true)
    }

    /// The mapping of 2019 as the first closed follow-up round (`seed::first_round`).
    async fn put_first_round(&self, seed: &seed::Seed) -> Result<(), DbError> {
        let (round, snapshot) = seed::first_round(seed);
        self.put_sources_round(&round, &snapshot).await
    }

    async fn insert_organisation(
        &self,
        org: &Organisation,
        profile: &Profile,
    ) -> Result<(), DbError> {
        let mut vars = profile_columns(profile)?;
        vars["org"] = json!(org.id);
        vars["kind"] = json!(org.kind);
        vars["name"] = json!(org.name);
        vars["population"] = match &org.population {
            Some(p) => serde_json::to_value(p)?,
            None => serde_json::Value::Null,
        };
        self.inner
            .query(
                "BEGIN;
                 CREATE type::record('organisation', $org) CONTENT {
                     org: $org, kind: $kind, name: $name,
                     population: IF $population = NULL THEN NONE ELSE $population END
                 };
                 CREATE type::record('baseline', $org) CONTENT { org: $org, data: $data };
                 CREATE type::record('profile', $org) CONTENT {
                     org: $org, version: 1, updated: NONE, data: $data,
                     rok_status: IF $rok_status = NULL THEN NONE ELSE $rok_status END,
                     lok_stage: IF $lok_stage = NULL THEN NONE ELSE $lok_stage END,
                     coordinator_shares: $coordinator_shares
                 };
                 COMMIT;",
            )
            .bind(vars)
            .await?
            .check()?;
        Ok(())
    }

    pub async fn organisations(&self) -> Result<Vec<Organisation>, DbError> {
        let mut res = self
            .inner
            .query("SELECT org AS id, kind, name, population FROM organisation")
            .await?
            .check()?;
        let rows: Vec<serde_json::Value> = res.take(0)?;
        let mut orgs = rows
            .into_iter()
            .map(serde_json::from_value::<Organisation>)
            .collect::<Result<Vec<_>, _>>()?;
        sort_like_county(&mut orgs, |o| &o.id);
        Ok(orgs)
    }

    pub async fn organisation(&self, id: &OrgId) -> Result<Option<Organisation>, DbError> {
        Ok(self
            .organisations()
            .await?
            .into_iter()
            .find(|o| &o.id == id))
    }

    pub async fn profiles(&self) -> Result<Vec<StoredProfile>, DbError> {
        let mut res = self
            .inner
            .query("SELECT org, version, updated, data FROM profile")
            .await?
            .check()?;
        let rows: Vec<ProfileRow> = take_rows(&mut res)?;
        let mut profiles: Vec<StoredProfile> =
            rows.into_iter().map(ProfileRow::into_stored).collect();
        sort_like_county(&mut profiles, |p| &p.org);
        Ok(profiles)
    }

    pub async fn profile(&self, id: &OrgId) -> Result<Option<StoredProfile>, DbError> {
        let mut res = self
            .inner
            .query("SELECT org, version, updated, data FROM type::record('profile', $org)")
            .bind(json!({ "org": id }))
            .await?
            .check()?;
        let rows: Vec<ProfileRow> = take_rows(&mut res)?;
        Ok(rows.into_iter().next().map(ProfileRow::into_stored))
    }

    pub async fn county(&self) -> Result<CountyFacts, DbError> {
        let mut res = self
            .inner
            .query("SELECT VALUE data FROM county LIMIT 1")
            .await?
            .check()?;
        let rows: Vec<serde_json::Value> = res.take(0)?;
        match rows.into_iter().next() {
            Some(v) => Ok(serde_json::from_value(v)?),
            None => Ok(CountyFacts::default()),
        }
    }

    /// The names of the tables the schema defines.
    pub async fn tables(&self) -> Result<Vec<String>, DbError> {
        let mut res = self.inner.query("INFO FOR DB").await?.check()?;
        let info: Vec<serde_json::Value> = res.take(0)?;
        let mut names: Vec<String> = info
            .first()
            .and_then(|i| i.get("tables"))
            .and_then(serde_json::Value::as_object)
            .map(|tables| tables.keys().cloned().collect())
            .unwrap_or_default();
        names.sort();
        Ok(names)
    }

    /// Answers when the database does.
    pub async fn health(&self) -> Result<(), DbError> {
        self.inner.query("RETURN 1").await?.check()?;
        Ok(())
    }
}

#[cfg(test)]
pub(crate) mod tests;
