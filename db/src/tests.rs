use super::*;
use domain::model::account::Email;
use domain::model::{Indicator, OrgKind};

async fn password_hash(db: &Db, email: &Email) -> String {
    db.user(email)
        .await
        .expect("query")
        .expect("account")
        .password_hash
}

pub(crate) async fn fresh() -> Db {
    let db = Db::connect(&DbConfig::for_tests())
        .await
        .expect("mem:// connects");
    assert!(
        db.seed_if_empty(chrono::Utc::now())
            .await
            .expect("seed loads")
    );
    db
}

#[tokio::test]
async fn seed_loads_once() {
    let db = fresh().await;
    assert!(
        !db.seed_if_empty(chrono::Utc::now())
            .await
            .expect("second seed is a no-op")
    );
    assert_eq!(db.organisations().await.expect("orgs").len(), 17);
    assert_eq!(db.profiles().await.expect("profiles").len(), 17);
}

#[tokio::test]
async fn organisations_come_in_county_order_with_population() {
    let db = fresh().await;
    let orgs = db.organisations().await.expect("orgs");
    assert_eq!(orgs[0].id.as_str(), "2021");
    assert_eq!(orgs[16].kind, OrgKind::CountyBoard);
    let falun = orgs
        .iter()
        .find(|o| o.id.as_str() == "2080")
        .expect("Falun");
    assert_eq!(falun.population.as_ref().map(|p| p.count), Some(59_945));
    assert!(
        orgs[15].population.is_none(),
        "the region has no population row"
    );
}

#[tokio::test]
async fn profile_round_trips_through_the_database() {
    let db = fresh().await;
    let seed = seed::load().expect("seed");
    for (org, profile) in &seed.organisations {
        let stored = db.profile(&org.id).await.expect("query").expect("present");
        assert_eq!(&stored.profile, profile, "{}", org.id);
        assert_eq!(stored.version, 1);
    }
    let mora = db
        .profile(&OrgId::parse("2062").expect("Mora"))
        .await
        .expect("query")
        .expect("present");
    assert_eq!(
        Indicator::Coordinators
            .categorise(OrgKind::Municipality, &mora.profile)
            .key,
        "delad"
    );
}

#[tokio::test]
async fn county_facts_load() {
    let db = fresh().await;
    let county = db.county().await.expect("county");
    assert_eq!(county.visions.value().map(Vec::len), Some(13));
    assert_eq!(county.result_areas.len(), 4);
    assert!(county.timeline.iter().any(|e| e.when == "19 april 2024"));
}

#[tokio::test]
async fn schema_refuses_values_outside_the_model() {
    let db = fresh().await;
    let bad = db
        .inner
        .query("UPDATE profile SET coordinator_shares = [150] WHERE org = '2080'")
        .await
        .and_then(|r| r.check());
    assert!(bad.is_err(), "share over 100 % must be refused");
    let bad = db
        .inner
        .query("UPDATE profile SET lok_stage = 'finished' WHERE org = '2080'")
        .await
        .and_then(|r| r.check());
    assert!(bad.is_err(), "unknown LÖK stage must be refused");
    let bad = db
        .inner
        .query("CREATE organisation CONTENT { org: '9999', kind: 'municipality', name: 'X' }")
        .await
        .and_then(|r| r.check());
    assert!(bad.is_err(), "unknown organisation must be refused");
    let falun = db
        .profile(&OrgId::parse("2080").expect("Falun"))
        .await
        .expect("query")
        .expect("present");
    assert_eq!(falun.version, 1, "refused updates changed nothing");
}

#[tokio::test]
async fn unsupported_url_is_refused() {
    let config = DbConfig {
        url: "postgres://localhost".to_owned(),
        user: None,
        pass: None,
        database: None,
    };
    assert!(matches!(
        Db::connect(&config).await,
        Err(DbError::UnsupportedUrl(_))
    ));
}

/// Writes `base` (Falun's profile) changed by `change` as the next version, with a revision
/// dated `at` (RFC 3339) by Falun's coordinator: the profile written, or why not.
async fn write_falun(
    db: &Db,
    base: &StoredProfile,
    at: &str,
    change: impl FnOnce(&mut Profile, domain::model::fact::Source),
) -> Result<Profile, DbError> {
    use domain::model::fact::Source;
    use domain::model::revision::Revision;
    let at: chrono::DateTime<chrono::Utc> = at.parse().expect("RFC 3339");
    let source = Source::Entered {
        by: "Falun (samordnare)".to_owned(),
        at,
    };
    let mut profile = base.profile.clone();
    change(&mut profile, source.clone());
    let revision = Revision {
        org: base.org.clone(),
        version: base.version + 1,
        at,
        by: "Falun (samordnare)".to_owned(),
        changes: Vec::new(),
    };
    let author = Email::parse("a@falun.se").expect("valid");
    db.save_profile(base, &profile, &source, &revision, &author)
        .await
        .map(|()| profile)
}

/// Falun's placement, as a coordinator would write it.
fn placement(value: &str) -> impl FnOnce(&mut Profile, domain::model::fact::Source) {
    let value = value.to_owned();
    move |profile, source| {
        profile.work.placement = domain::model::fact::Fact::Known {
            value,
            source,
            complete: true,
        };
    }
}

/// Saves Falun's LÖK stage as `version` with a revision dated `at`.
async fn save_lok_at(db: &Db, version: u64, stage: domain::model::profile::LokStage, at: &str) {
    use domain::model::fact::Fact;
    use domain::model::profile::LokStatus;
    let falun = OrgId::parse("2080").expect("Falun");
    let stored = db.profile(&falun).await.expect("query").expect("present");
    assert_eq!(stored.version, version - 1);
    write_falun(db, &stored, at, |profile, source| {
        profile.agreements.lok = Fact::Known {
            value: LokStatus { stage, date: None },
            source,
            complete: true,
        };
    })
    .await
    .expect("saved");
}

/// A profile reads back exactly as it was written, so a save based on what was just read
/// passes the check that the stored profile is still the one it was based on.
#[tokio::test]
async fn a_save_builds_on_the_profile_the_one_before_wrote() {
    let db = fresh().await;
    let falun = OrgId::parse("2080").expect("Falun");
    save_lok_at(
        &db,
        2,
        domain::model::profile::LokStage::Drafting,
        "2026-01-10T10:00:00Z",
    )
    .await;
    let read = db.profile(&falun).await.expect("query").expect("present");
    assert_eq!(read.version, 2);
    let profile = write_falun(
        &db,
        &read,
        "2026-01-11T10:00:00Z",
        placement("Skrivet på den lästa versionen"),
    )
    .await
    .expect("saved on the profile read");
    let stored = db.profile(&falun).await.expect("query").expect("present");
    assert_eq!((stored.version, &stored.profile), (3, &profile));
}

#[tokio::test]
async fn a_write_at_a_stale_version_is_refused_and_changes_nothing() {
    let db = fresh().await;
    save_lok_at(
        &db,
        2,
        domain::model::profile::LokStage::Drafting,
        "2026-01-10T10:00:00Z",
    )
    .await;
    let falun = OrgId::parse("2080").expect("Falun");
    let before = db.profile(&falun).await.expect("query").expect("present");
    assert_eq!(before.version, 2);
    // Older and newer versions, and the stored version with other data than is stored (as a
    // profile replaced by an import at the same version would have).
    let mut other_data = before.clone();
    placement("Ett värde som aldrig sparades")(
        &mut other_data.profile,
        domain::model::fact::Source::Entered {
            by: "Falun (samordnare)".to_owned(),
            at: "2026-01-11T10:00:00Z".parse().expect("RFC 3339"),
        },
    );
    let bases = [
        StoredProfile {
            version: 1,
            ..before.clone()
        },
        StoredProfile {
            version: 3,
            ..before.clone()
        },
        other_data,
    ];
    for base in &bases {
        let refused = write_falun(
            &db,
            base,
            "2026-01-11T10:00:00Z",
            placement("Skrivet på en gammal version"),
        )
        .await;
        assert!(
            matches!(refused, Err(DbError::VersionConflict)),
            "based on version {}: {refused:?}",
            base.version
        );
    }
    let after = db.profile(&falun).await.expect("query").expect("present");
    assert_eq!(after.version, 2);
    assert_eq!(after.profile, before.profile);
    let revisions = db.revisions(&falun, 0).await.expect("revisions");
    assert_eq!(revisions.iter().map(|r| r.version).collect::<Vec<_>>(), [2]);
}

#[tokio::test]
async fn past_states_are_rebuilt_from_the_revisions() {
    use domain::model::profile::LokStage;
    let db = fresh().await;
    save_lok_at(&db, 2, LokStage::Workshops, "2025-03-10T09:00:00Z").await;
    save_lok_at(&db, 3, LokStage::Drafting, "2025-06-01T23:59:59.5Z").await;
    save_lok_at(&db, 4, LokStage::Adopted, "2026-02-14T00:00:00Z").await;
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).expect("valid");
    let falun_on = async |date| {
        let all = db.profiles_on(date).await.expect("rebuilt");
        assert_eq!(all.len(), 17);
        all.into_iter()
            .find(|p| p.org.as_str() == "2080")
            .expect("Falun")
    };
    let seed = seed::load().expect("seed");
    let (_, seeded) = seed
        .organisations
        .iter()
        .find(|(o, _)| o.id.as_str() == "2080")
        .expect("Falun seeded");
    let before = falun_on(day(2025, 3, 9)).await;
    assert_eq!(before.version, 1);
    assert_eq!(&before.profile, seeded, "before any save: the documents");
    for (date, version, stage) in [
        (day(2025, 3, 10), 2, LokStage::Workshops),
        (day(2025, 5, 31), 2, LokStage::Workshops),
        (day(2025, 6, 1), 3, LokStage::Drafting),
        (day(2026, 2, 13), 3, LokStage::Drafting),
        (day(2026, 2, 14), 4, LokStage::Adopted),
    ] {
        let state = falun_on(date).await;
        assert_eq!(state.version, version, "{date}");
        assert_eq!(
            state.profile.agreements.lok.value().map(|l| l.stage),
            Some(stage),
            "{date}"
        );
    }
    let now = db.profiles().await.expect("current");
    let today = db
        .profiles_on(chrono::Utc::now().date_naive())
        .await
        .expect("rebuilt");
    assert_eq!(today, now, "today's rebuilt state is the stored state");
    let early = falun_on(day(2019, 6, 1)).await;
    assert!(
        !early.profile.governance.decision.is_known(),
        "nothing was documented before the 2020 report"
    );

    let changes = db
        .changes_between(day(2025, 6, 1), day(2026, 2, 13), 50)
        .await
        .expect("changes");
    let versions: Vec<u64> = changes.iter().map(|r| r.version).collect();
    assert_eq!(versions, [3], "only the save inside the period");
}

#[tokio::test]
async fn a_session_gives_its_account_and_nothing_once_the_account_is_gone() {
    let db = with_history().await;
    let email = Email::parse("a@falun.se").expect("valid");
    let hash = "c".repeat(64);
    let checked = password_hash(&db, &email).await;
    assert!(
        db.create_session(&hash, &email, &checked, 100)
            .await
            .expect("session")
    );
    let account = db.session_user(&hash, 100, 0).await.expect("read");
    assert_eq!(account.map(|a| a.email), Some(email.clone()));
    assert!(
        db.session_user(&"d".repeat(64), 100, 0)
            .await
            .expect("read")
            .is_none(),
        "unknown token"
    );
    assert!(
        db.session_user(&hash, 100, 101)
            .await
            .expect("read")
            .is_none(),
        "idle too long"
    );
    assert!(
        db.create_session(&hash, &email, &checked, 100)
            .await
            .expect("session again")
    );
    db.inner
        .query("DELETE type::record('user', 'a@falun.se')")
        .await
        .and_then(|r| r.check())
        .expect("account removed behind the application's back");
    assert!(
        db.session_user(&hash, 100, 0)
            .await
            .expect("no error")
            .is_none()
    );
}

/// A login checks the password, then opens the session. An account disabled or given a new
/// password in between gets no session: the session is opened only for the hash that was
/// checked and an account still enabled (and, the row being written by both, a change that
/// commits during the opening makes one of the two start again).
#[tokio::test]
async fn a_session_is_opened_only_for_the_password_and_state_it_was_checked_against() {
    let db = with_history().await;
    let email = Email::parse("a@falun.se").expect("valid");
    // Whether a session opened for `hash` exists afterwards.
    let opens = |token: &str, hash: String| {
        let (db, email, token) = (&db, &email, token.repeat(64));
        async move {
            let opened = db
                .create_session(&token, email, &hash, 100)
                .await
                .expect("no error");
            let readable = db.session_user(&token, 100, 0).await.expect("read");
            assert_eq!(opened, readable.is_some());
            opened
        }
    };
    let checked = password_hash(&db, &email).await;
    assert!(
        db.set_password_hash(&email, "$argon2id$ett-nytt")
            .await
            .expect("new password")
    );
    assert!(
        !opens("e", checked).await,
        "checked against the old password"
    );
    let current = password_hash(&db, &email).await;
    assert!(opens("f", current.clone()).await, "the current one opens");
    assert!(db.disable_user(&email).await.expect("disabled"));
    assert!(!opens("g", current).await, "disabled since the check");
}

/// A database written before records were keyed by their key: every row had a random id.
/// Step 2 of the migrations keys them.
#[tokio::test]
async fn rows_with_random_ids_are_keyed_at_start_and_their_sessions_end() {
    let db = with_history().await;
    let email = Email::parse("a@falun.se").expect("valid");
    let checked = password_hash(&db, &email).await;
    assert!(
        db.create_session(&"a".repeat(64), &email, &checked, 1)
            .await
            .expect("session")
    );
    let before = bytes(&db.export(true).await.expect("export"));
    let mut unkey = String::from("BEGIN;");
    for (table, _) in KEYED {
        unkey.push_str(&format!(
            "LET $rows = SELECT * OMIT id FROM {table}; DELETE {table}; INSERT INTO {table} $rows;"
        ));
    }
    unkey.push_str(
        "DELETE session; CREATE session CONTENT { token_hash: $hash, email: 'a@falun.se', created: 1, last_seen: 1 }; COMMIT;",
    );
    db.inner
        .query(unkey)
        .bind(json!({ "hash": "b".repeat(64) }))
        .await
        .and_then(|r| r.check())
        .expect("rows written with random ids");
    let falun = OrgId::parse("2080").expect("Falun");
    assert!(
        db.profile(&falun).await.expect("query").is_none(),
        "not keyed yet"
    );

    crate::migrations::tests::rewind(&db, 1).await;
    db.migrate().await.expect("keyed");
    db.migrate().await.expect("a second start changes nothing");

    assert_eq!(
        bytes(&db.export(true).await.expect("export")),
        before,
        "no row lost or changed"
    );
    assert_eq!(
        db.profile(&falun)
            .await
            .expect("query")
            .expect("found by id")
            .version,
        3
    );
    assert!(
        db.user(&email).await.expect("query").is_some(),
        "account found by id"
    );
    assert_eq!(
        db.row_count().await.expect("count"),
        // Organisations, profiles, baselines; the county; two saves; the account; the
        // mapping of 2019 and the round of 2025, their snapshots, the answer and the reminder;
        // a document's file and its two organisations' entries.
        17 * 3 + 1 + 2 + 1 + 2 + 2 + 1 + 1 + 3,
        "old session ended"
    );
}

pub(crate) async fn empty() -> Db {
    Db::connect(&DbConfig::for_tests())
        .await
        .expect("mem:// connects")
}

/// A seeded database with an account and two saves, so every exported table has rows.
pub(crate) async fn with_history() -> Db {
    use domain::model::profile::LokStage;
    let db = fresh().await;
    let user = domain::model::account::NewUser::parse(
        "a@falun.se",
        "coordinator",
        "2080",
        "ett långt lösenord",
    )
    .expect("valid");
    db.create_user(
        &user,
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
        1_700_000_000,
    )
    .await
    .expect("created");
    save_lok_at(&db, 2, LokStage::Workshops, "2025-03-10T09:00:00Z").await;
    save_lok_at(&db, 3, LokStage::Drafting, "2025-06-01T12:00:00Z").await;
    let at = |s: &str| {
        chrono::DateTime::parse_from_rfc3339(s)
            .expect("time")
            .to_utc()
    };
    let round = domain::form::round::RoundForm {
        title: "Uppföljning 2025".into(),
        opens: "2025-05-01".into(),
        deadline: "2025-06-30".into(),
        ..domain::form::round::RoundForm::starting(domain::i18n::Lang::Sv)
    }
    .validate(&[], "Regional administratör", at("2025-04-01T08:00:00Z"))
    .expect("a round");
    db.create_round(&round).await.expect("round stored");
    let answer = domain::model::round::Answer {
        round: round.id.clone(),
        org: OrgId::parse("2080").expect("org"),
        question: 0,
        text: "En samordnare på halvtid.".into(),
        by: "Falun".into(),
        at: at("2025-05-02T10:00:00Z"),
    };
    db.add_answer(&answer, &user.email)
        .await
        .expect("answer stored");
    let reminder = domain::model::reminder::Reminder {
        round: round.id.clone(),
        occasion: domain::model::reminder::Occasion::DaysBefore(14),
        to: user.email.clone(),
        org: OrgId::parse("2080").expect("org"),
        delivery: domain::model::reminder::Delivery::Sent {
            at: at("2025-06-16T06:00:00Z"),
        },
        attempts: 1,
    };
    assert!(db.create_reminder(&reminder).await.expect("stored"));
    // Closed, so that its snapshot (with every "Ej rapporterat" of the profiles) is exported.
    let snapshot = domain::model::round::Snapshot {
        profiles: db.profiles().await.expect("profiles"),
        answers: vec![answer],
        responses: Vec::new(),
    };
    let closed = domain::model::round::Closed {
        at: at("2025-07-01T08:00:00Z"),
        by: "Regional administratör".into(),
    };
    assert!(
        db.close_round(&round.id, &closed, &snapshot)
            .await
            .expect("closed")
    );
    assert!(
        !db.close_round(&round.id, &closed, &snapshot)
            .await
            .expect("not twice")
    );
    assert_eq!(db.snapshot(&round.id).await.expect("read"), Some(snapshot));
    // One file, kept once, that two organisations uploaded; Mora's entry withdrawn.
    let author = Email::parse("a@falun.se").expect("valid");
    for (org, name) in [("2080", "kf-beslut.pdf"), ("2062", "protokoll.pdf")] {
        let entry = document(org, name);
        let kept = db
            .add_document(&entry, DOCUMENT, &author)
            .await
            .expect("kept");
        assert_eq!(kept, entry);
    }
    let mora = OrgId::parse("2062").expect("Mora");
    let withdrawal = domain::model::document::Withdrawal {
        by: "Mora".to_owned(),
        at: at("2025-08-01T08:00:00Z"),
    };
    let digest = document("2062", "").digest;
    assert!(
        db.withdraw_document(&mora, &digest, &withdrawal)
            .await
            .expect("withdrawn")
    );
    assert!(
        !db.withdraw_document(&mora, &digest, &withdrawal)
            .await
            .expect("once")
    );
    db
}

/// What a document's bytes stand for here: the database does not look inside them.
const DOCUMENT: &[u8] = b"%PDF-1.7\n\x00\xff bytes of every kind\n%%EOF";

fn document(org: &str, name: &str) -> domain::model::document::Document {
    domain::model::document::Document {
        org: OrgId::parse(org).expect("org"),
        digest: domain::model::document::Digest::parse(&"c0".repeat(32)).expect("digest"),
        name: name.to_owned(),
        bytes: DOCUMENT.len() as u64,
        by: "Falun".to_owned(),
        at: "2025-06-01T08:00:00Z".parse().expect("time"),
        withdrawn: None,
    }
}

pub(crate) fn bytes(export: &backup::Export) -> Vec<u8> {
    serde_json::to_vec_pretty(export).expect("serialises")
}

#[tokio::test]
async fn export_then_import_then_export_gives_the_same_bytes() {
    let source = with_history().await;
    for with_secrets in [true, false] {
        let first = source.export(with_secrets).await.expect("exports");
        assert_eq!(first.organisation.len(), 17);
        assert_eq!(first.profile.len(), 17);
        assert_eq!(first.baseline.len(), 17);
        assert_eq!(first.county.len(), 1);
        assert_eq!(first.revision.len(), 2);
        assert_eq!(first.user.len(), 1);
        assert_eq!(
            (
                first.round.len(),
                first.round_answer.len(),
                first.round_snapshot.len(),
                first.reminder.len()
            ),
            (2, 1, 2, 1)
        );
        assert_eq!(
            first.user[0].get("password_hash").is_some(),
            with_secrets,
            "hashes only with secrets"
        );
        let target = empty().await;
        target.import(&first, false).await.expect("imports");
        let second = target.export(with_secrets).await.expect("exports again");
        assert_eq!(
            String::from_utf8(bytes(&first)),
            String::from_utf8(bytes(&second)),
            "with_secrets = {with_secrets}"
        );
        // What the application reads back is the same, too.
        assert_eq!(
            source.profiles().await.expect("profiles"),
            target.profiles().await.expect("profiles")
        );
        assert_eq!((first.document_file.len(), first.document.len()), (1, 2));
        let digest = document("2080", "").digest;
        assert_eq!(
            target.document_content(&digest).await.expect("read"),
            Some(DOCUMENT.to_vec())
        );
        let mora = OrgId::parse("2062").expect("Mora");
        assert_eq!(
            target.documents(&mora).await.expect("read"),
            source.documents(&mora).await.expect("read")
        );
    }
}

#[tokio::test]
async fn an_import_refuses_a_database_with_data_unless_told_to_replace_it() {
    let export = with_history().await.export(true).await.expect("exports");
    let target = fresh().await;
    let before = bytes(&target.export(true).await.expect("exports"));
    assert!(matches!(
        target.import(&export, false).await,
        Err(backup::BackupError::NotEmpty(n)) if n > 0
    ));
    assert_eq!(before, bytes(&target.export(true).await.expect("exports")));
    target.import(&export, true).await.expect("replaces");
    assert_eq!(
        bytes(&export),
        bytes(&target.export(true).await.expect("exports"))
    );
}

#[tokio::test]
async fn an_export_without_secrets_imports_accounts_that_need_a_new_password() {
    let export = with_history().await.export(false).await.expect("exports");
    let target = empty().await;
    target.import(&export, false).await.expect("imports");
    let email = domain::model::account::Email::parse("a@falun.se").expect("valid");
    let user = target.user(&email).await.expect("query").expect("imported");
    assert_eq!(user.password_hash, backup::NO_PASSWORD);
    use argon2::PasswordVerifier as _;
    // Not a hash of any password: no password verifies against it.
    let verifies = argon2::PasswordHash::new(&user.password_hash).is_ok_and(|hash| {
        argon2::Argon2::default()
            .verify_password("ett långt lösenord".as_bytes(), &hash)
            .is_ok()
    });
    assert!(!verifies);
}

#[tokio::test]
async fn a_foreign_or_newer_export_is_refused_and_nothing_is_written() {
    let mut export = with_history().await.export(true).await.expect("exports");
    export.version = backup::FORMAT_VERSION + 1;
    let target = empty().await;
    assert!(matches!(
        target.import(&export, false).await,
        Err(backup::BackupError::Version(_))
    ));
    export.version = backup::FORMAT_VERSION;
    export.format = "något annat".to_owned();
    assert!(matches!(
        target.import(&export, false).await,
        Err(backup::BackupError::Format(_))
    ));
    // A row the schema refuses stops the whole import.
    let mut bad = with_history().await.export(true).await.expect("exports");
    bad.profile[3]["rok_status"] = serde_json::json!("kanske");
    assert!(target.import(&bad, false).await.is_err());
    assert_eq!(target.row_count().await.expect("counts"), 0);
    // So does one the schema would take but the pages could not read: an unknown category
    // inside a profile's data, a misspelt date in a revision.
    let mut unreadable = with_history().await.export(true).await.expect("exports");
    unreadable.baseline[2]["data"]["governance"]["shared_view"] = serde_json::json!({ "known": { "value": "överallt", "source": { "entered": { "by": "x", "at": "2025-01-01T00:00:00Z" } } } });
    match target.import(&unreadable, false).await {
        Err(backup::BackupError::Row(why)) => assert!(why.starts_with("baseline rad 3"), "{why}"),
        other => panic!("{other:?}"),
    }
    let mut unreadable = with_history().await.export(true).await.expect("exports");
    unreadable.revision[0]["at"] = serde_json::json!("igår");
    assert!(matches!(
        target.import(&unreadable, false).await,
        Err(backup::BackupError::Row(_))
    ));
    assert_eq!(target.row_count().await.expect("counts"), 0);
}

/// A database as the first reading of the documents left it: Falun's perpetrator competence
/// read as treatment offered, its one named post as all of them, no reading on the county.
async fn loaded_from_the_first_reading() -> (Db, OrgId) {
    use domain::model::fact::{DocumentId, Fact, Source};
    use domain::model::profile::Availability;
    let db = fresh().await;
    let falun = OrgId::parse("2080").expect("Falun");
    let mut first = db
        .profile(&falun)
        .await
        .expect("query")
        .expect("present")
        .profile;
    first.competence.specialist.perpetrator_treatment = Fact::known(
        Availability::Available,
        Source::Document {
            document: DocumentId::MappingReport2020,
            section: "avsnitt 6.1 Kommun, Resurser".to_owned(),
        },
    );
    if let Fact::Known { complete, .. } = &mut first.work.coordinators {
        *complete = true;
    }
    let mut vars = profile_columns(&first).expect("columns");
    vars["org"] = json!(falun);
    db.inner
        .query(
            "UPDATE type::record('profile', $org) SET data = $data;
             UPDATE type::record('baseline', $org) SET data = $data;
             UPDATE county SET reading = NONE, data.county_group = NONE;",
        )
        .bind(vars)
        .await
        .and_then(surrealdb::IndexedResults::check)
        .expect("the first reading");
    (db, falun)
}

#[tokio::test]
async fn a_new_reading_corrects_document_values_as_a_recorded_change() {
    use domain::model::fact::Fact;
    let (db, falun) = loaded_from_the_first_reading().await;
    let before = db.profile(&falun).await.expect("query").expect("present");
    assert!(
        before
            .profile
            .competence
            .specialist
            .perpetrator_treatment
            .is_known()
    );
    // A coordinator's own value survives the new reading.
    write_falun(
        &db,
        &before,
        "2026-06-01T09:00:00Z",
        placement("Socialtjänsten"),
    )
    .await
    .expect("saved");

    let at: chrono::DateTime<chrono::Utc> = "2026-12-02T08:00:00Z".parse().expect("time");
    let changed = db.reread_sources(at).await.expect("read again");
    assert!(changed >= 1, "Falun at least");
    let after = db.profile(&falun).await.expect("query").expect("present");
    assert_eq!(after.version, before.version + 2);
    assert_eq!(
        after.profile.competence.specialist.perpetrator_treatment,
        Fact::Unknown
    );
    assert!(after.profile.work.coordinators.is_partial());
    assert_eq!(
        after.profile.work.placement.value().map(String::as_str),
        Some("Socialtjänsten")
    );
    let history = db.revisions(&falun, 0).await.expect("history");
    let newest = history.first().expect("a revision");
    assert_eq!(newest.by, reading::READING_BY);
    let fields: Vec<&str> = newest.changes.iter().map(|c| c.field.as_str()).collect();
    assert!(
        fields.contains(&"competence.specialist.perpetrator_treatment"),
        "{fields:?}"
    );
    assert!(fields.contains(&"work.coordinators"), "{fields:?}");
    assert!(db.county().await.expect("county").county_group.is_known());

    // What was shown before the new reading stays what the history shows for that day.
    let then = db
        .profiles_on(chrono::NaiveDate::from_ymd_opt(2026, 7, 1).expect("date"))
        .await
        .expect("then");
    let falun_then = then.iter().find(|p| p.org == falun).expect("Falun then");
    assert!(
        falun_then
            .profile
            .competence
            .specialist
            .perpetrator_treatment
            .is_known()
    );

    assert_eq!(
        db.reread_sources(at).await.expect("again"),
        0,
        "once per reading"
    );
    assert!(
        !db.seed_if_empty(chrono::Utc::now())
            .await
            .expect("start again")
    );
    let again = db.profile(&falun).await.expect("query").expect("present");
    assert_eq!(again.version, after.version);
}

/// A round stored before rounds could close or keep their changes reads, and can be changed,
/// after the upgrade.
#[tokio::test]
async fn a_round_from_before_steps_5_and_6_can_be_read_and_changed() {
    let db = fresh().await;
    let at = chrono::DateTime::parse_from_rfc3339("2026-01-01T08:00:00Z")
        .expect("time")
        .to_utc();
    let round = domain::form::round::RoundForm {
        title: "Uppföljning 2026".into(),
        opens: "2026-03-01".into(),
        deadline: "2026-04-30".into(),
        ..domain::form::round::RoundForm::starting(domain::i18n::Lang::Sv)
    }
    .validate(&[], "Regional administratör", at)
    .expect("a round");
    db.create_round(&round).await.expect("stored");
    // As stored before step 6: the schema has no such field, the row no such value.
    run_script(
        &db,
        "REMOVE FIELD edits ON round; UPDATE round UNSET edits;",
    )
    .await;
    crate::migrations::tests::rewind(&db, 5).await;
    db.migrate().await.expect("step 6");
    let stored = db.round(&round.id).await.expect("read").expect("found");
    assert!(stored.edits.is_empty());
    let form = domain::form::round::RoundForm {
        deadline: "2026-05-15".into(),
        ..domain::form::round::RoundForm::from_round(&stored)
    };
    let edited = form
        .validate_edit(
            std::slice::from_ref(&stored),
            &stored,
            "Regional administratör",
            at,
        )
        .expect("valid")
        .expect("a change");
    assert!(db.update_round(&edited, 0).await.expect("written"));
    let read = db.round(&round.id).await.expect("read").expect("found");
    assert_eq!(
        (read.deadline.to_string().as_str(), read.edits.len()),
        ("2026-05-15", 1)
    );
}

async fn run_script(db: &Db, script: &str) {
    db.inner
        .query(script.to_owned())
        .await
        .and_then(|r| r.check())
        .expect("script runs");
}
