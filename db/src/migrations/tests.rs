use super::*;
use crate::backup;
use crate::tests::{bytes, empty, fresh, with_history};

/// Makes `db` look as if it had had only the steps up to `version`.
pub(crate) async fn rewind(db: &Db, version: u32) {
    db.inner
        .query("DELETE migration WHERE version > $version")
        .bind(json!({ "version": version }))
        .await
        .and_then(|r| r.check())
        .expect("rewound");
    assert_eq!(db.schema_version().await.expect("version"), version);
}

async fn run(db: &Db, script: &str) {
    db.inner
        .query(script.to_owned())
        .await
        .and_then(|r| r.check())
        .expect("script runs");
}

async fn ledger(db: &Db) -> Vec<Value> {
    let mut res = db
        .inner
        .query("SELECT version, name, at FROM migration ORDER BY version")
        .await
        .and_then(|r| r.check())
        .expect("ledger");
    res.take(0).expect("rows")
}

/// Every definition of every table (fields, indexes, events), keyed by table, and the tables.
async fn definitions(db: &Db) -> Value {
    let mut all = serde_json::Map::new();
    for table in db.tables().await.expect("tables") {
        let mut res = db
            .inner
            .query(format!("INFO FOR TABLE {table}"))
            .await
            .and_then(|r| r.check())
            .expect("info");
        let info: Option<Value> = res.take(0).expect("info");
        all.insert(table, info.unwrap_or(Value::Null));
    }
    Value::Object(all)
}

#[tokio::test]
async fn a_new_database_has_had_every_step_once_in_order() {
    let db = empty().await;
    assert_eq!(db.schema_version().await.expect("version"), SCHEMA_VERSION);
    let steps: Vec<(i64, String)> = ledger(&db)
        .await
        .iter()
        .map(|row| {
            (
                row["version"].as_i64().expect("version"),
                row["name"].as_str().expect("name").to_owned(),
            )
        })
        .collect();
    let expected: Vec<(i64, String)> = STEPS
        .iter()
        .map(|s| (i64::from(s.version), s.name.to_owned()))
        .collect();
    assert_eq!(steps, expected);
    let numbers: Vec<u32> = STEPS.iter().map(|s| s.version).collect();
    let counted: Vec<u32> = (1..=SCHEMA_VERSION).collect();
    assert_eq!(numbers, counted, "numbered 1, 2, 3 … without gaps");
}

#[tokio::test]
async fn a_second_start_applies_nothing_again() {
    let db = with_history().await;
    let before = (
        ledger(&db).await,
        bytes(&db.export(true).await.expect("export")),
    );
    db.migrate().await.expect("nothing to do");
    db.upgrade().await.expect("a whole start again");
    let after = (
        ledger(&db).await,
        bytes(&db.export(true).await.expect("export")),
    );
    assert_eq!(before, after, "no step ran again, no row changed");
}

#[tokio::test]
async fn a_database_newer_than_the_binary_is_refused_and_left_alone() {
    let db = with_history().await;
    run(
        &db,
        "CREATE migration:99 CONTENT { version: 99, name: 'from_the_future', at: time::now() }",
    )
    .await;
    let before = bytes(&db.export(true).await.expect("export"));
    let definitions_before = definitions(&db).await;
    let refused = db.migrate().await;
    match &refused {
        Err(DbError::SchemaNewer { found, known }) => {
            assert_eq!((*found, *known), (99, SCHEMA_VERSION));
        }
        other => panic!("{other:?}"),
    }
    let message = refused.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(
        message.contains("schemaversion 99")
            && message.contains(&format!("version {SCHEMA_VERSION}")),
        "{message}"
    );
    assert_eq!(bytes(&db.export(true).await.expect("export")), before);
    assert_eq!(definitions(&db).await, definitions_before);
}

/// A database as every start before schema versions wrote it: no ledger, the schema of that
/// time, rows with random ids (before rows were keyed) and no baselines (before they were
/// kept). Starting it once brings it to the same schema and the same export as a database made
/// new with the same history.
#[tokio::test]
async fn a_database_from_before_versions_upgrades_to_what_a_new_one_has() {
    let new = with_history().await;
    let expected = bytes(&new.export(true).await.expect("export"));
    let expected_definitions = definitions(&new).await;

    let old = with_history().await;
    run(
        &old,
        &include_str!("unversioned_schema.surql")
            .replace("ORG_IDS", &crate::org_id_list(domain::model::OrgId::all())),
    )
    .await;
    let mut unkey = String::from("REMOVE TABLE migration; DELETE baseline;");
    for table in ["organisation", "profile", "user"] {
        unkey.push_str(&format!(
            "LET $rows = SELECT * OMIT id FROM {table}; DELETE {table}; INSERT INTO {table} $rows;"
        ));
    }
    run(&old, &unkey).await;
    run(
        &old,
        "DEFINE TABLE login_failure SCHEMALESS; CREATE login_failure CONTENT { email: 'a@falun.se' };",
    )
    .await;
    assert_eq!(old.schema_version().await.expect("version"), 0);
    assert!(old.export(true).await.expect("export").baseline.is_empty());

    old.upgrade().await.expect("the start upgrades it");

    assert_eq!(old.schema_version().await.expect("version"), SCHEMA_VERSION);
    assert_eq!(
        String::from_utf8(bytes(&old.export(true).await.expect("export"))),
        String::from_utf8(expected),
        "the same export as a new database"
    );
    assert_eq!(
        definitions(&old).await,
        expected_definitions,
        "the same schema"
    );
}

/// Baselines written by step 3: a profile never saved is its own; one saved since gets the
/// seed's (its first reading), so the state on a past date starts where a new database's does.
#[tokio::test]
async fn missing_baselines_are_written_from_the_profile_or_the_seed() {
    let new = with_history().await;
    let expected = new.export(true).await.expect("export").baseline;
    let old = with_history().await;
    run(&old, "DELETE baseline WHERE org IN ['2080', '2021'];").await;
    rewind(&old, 2).await;
    old.migrate().await.expect("step 3");
    assert_eq!(old.export(true).await.expect("export").baseline, expected);
    let falun = domain::model::OrgId::parse("2080").expect("Falun");
    let saved = old.profile(&falun).await.expect("read").expect("Falun");
    assert!(
        saved.version > 1,
        "Falun's was saved, so its baseline is the seed's"
    );
}

/// An export written before schema versions (version 1, possibly without baselines) is
/// migrated by the import as such a database would be; one from a newer schema is refused.
#[tokio::test]
async fn an_older_export_is_migrated_on_import_and_a_newer_one_refused() {
    let source = with_history().await;
    let current = source.export(true).await.expect("export");
    assert_eq!(current.version, SCHEMA_VERSION);
    let mut older = current.clone();
    older.version = 1;
    older.baseline.clear();
    let target = empty().await;
    target.import(&older, false).await.expect("imported");
    assert_eq!(
        bytes(&target.export(true).await.expect("export")),
        bytes(&current)
    );

    for version in [0, SCHEMA_VERSION + 1] {
        let mut refused = current.clone();
        refused.version = version;
        let target = empty().await;
        assert!(matches!(
            target.import(&refused, false).await,
            Err(backup::BackupError::Version(v)) if v == version
        ));
        assert_eq!(target.row_count().await.expect("count"), 0);
    }
}

#[tokio::test]
async fn a_step_that_fails_leaves_neither_its_changes_nor_its_record() {
    let db = fresh().await;
    rewind(&db, 2).await;
    let before = bytes(&db.export(true).await.expect("export"));
    let broken = Step {
        version: 3,
        name: "broken",
        script: "DELETE baseline; THROW 'halfway';",
    };
    assert!(db.apply(&broken).await.is_err());
    assert_eq!(db.schema_version().await.expect("version"), 2);
    assert_eq!(bytes(&db.export(true).await.expect("export")), before);
}

/// Instances starting at once against one database: each step is applied once between them,
/// and both start.
#[tokio::test]
async fn instances_starting_at_once_apply_each_step_once() {
    let db = with_history().await;
    let expected = bytes(&db.export(true).await.expect("export"));
    run(&db, "DELETE baseline WHERE org = '2080';").await;
    rewind(&db, 2).await;
    let other = db.another_instance();
    let (here, there) = tokio::join!(db.migrate(), other.migrate());
    here.expect("this instance starts");
    there.expect("the other instance starts");
    let versions: Vec<i64> = ledger(&db)
        .await
        .iter()
        .filter_map(|row| row["version"].as_i64())
        .collect();
    let all: Vec<i64> = (1..=i64::from(SCHEMA_VERSION)).collect();
    assert_eq!(versions, all, "each step after 2 recorded once");
    assert_eq!(bytes(&db.export(true).await.expect("export")), expected);
}
