//! Use cases on their own `mem://` database: the authorization matrix, concurrency, sessions.

use super::accounts::{
    self, AccountForm, PASSWORD_AGAIN_FIELD, PasswordAgain, add_user, disable_user, login, logout,
    set_password,
};
use super::profiles::{edit_form, history, save};
use super::rounds;
use chrono::{TimeZone, Utc};
use db::{Db, DbConfig};
use domain::error::AppError;
use domain::form::ProfileForm;
use domain::form::round::RoundForm;
use domain::model::OrgId;
use domain::model::account::{LOGIN_FAILURES_PER_ACCOUNT, SESSION_IDLE_SECS};
use domain::model::auth::{Actor, Denied};
use sha2::Digest as _;

pub(crate) const PASSWORD: &str = "ett långt lösenord";
/// 2026-09-21, inside the round every test world has.
pub(crate) const NOW: i64 = 1_790_000_000;
const ROUND_TITLE: &str = "Uppföljning 2026";
pub(crate) const ROUND_ID: &str = "uppfoljning-2026";

pub(crate) fn at(secs: i64) -> chrono::DateTime<Utc> {
    Utc.timestamp_opt(secs, 0).single().unwrap_or_default()
}

pub(crate) struct World {
    pub(crate) db: Db,
}

impl World {
    pub(crate) async fn new() -> Self {
        let db = Db::connect(&DbConfig::for_tests()).await.expect("mem://");
        db.seed_if_empty(chrono::Utc::now()).await.expect("seed");
        for (email, role, org) in [
            ("admin@region.se", "admin", "region-dalarna"),
            ("a@falun.se", "coordinator", "2080"),
            ("b@mora.se", "coordinator", "2062"),
            ("k@kullan.se", "coordinator", "kvinnojouren-kullan"),
            ("av@falun.se", "coordinator", "2080"),
            ("offer-2080@falun.se", "coordinator", "2080"),
            ("offer-2062@mora.se", "coordinator", "2062"),
            (
                "offer-region-dalarna@region.se",
                "coordinator",
                "region-dalarna",
            ),
        ] {
            accounts::create_user(&db, email, role, org, PASSWORD, NOW)
                .await
                .expect("user");
        }
        let round = RoundForm {
            title: ROUND_TITLE.to_owned(),
            opens: "2026-09-01".to_owned(),
            deadline: "2026-10-31".to_owned(),
            ..RoundForm::starting(domain::i18n::Lang::Sv)
        }
        .validate(&[], "Regional administratör", at(NOW))
        .expect("round");
        db.create_round(&round).await.expect("round stored");
        Self { db }
    }

    pub(crate) async fn actor(&self, who: Who) -> Actor {
        let email = match who {
            Who::Anonymous => return Actor::Anonymous,
            Who::CoordinatorA => "a@falun.se",
            Who::CoordinatorB => "b@mora.se",
            Who::Admin => "admin@region.se",
            Who::Disabled => "av@falun.se",
            Who::Partner => "k@kullan.se",
        };
        let session = login(&self.db, None, email, PASSWORD, "127.0.0.1", NOW)
            .await
            .expect("login");
        if who == Who::Disabled {
            disable_user(&self.db, None, email).await.expect("disable");
        }
        accounts::actor(&self.db, Some(&session.token), NOW + 1)
            .await
            .expect("actor")
    }

    /// Everything a mutation could touch, to compare before and after.
    pub(crate) async fn snapshot(&self) -> String {
        let profiles = self.db.profiles().await.expect("profiles");
        let users = self.db.users().await.expect("users");
        let mut revisions = Vec::new();
        let mut documents = Vec::new();
        for org in OrgId::all() {
            revisions.extend(self.db.revisions(&org, 0).await.expect("revisions"));
            documents.extend(self.db.documents(&org).await.expect("documents"));
        }
        let mut hashes = Vec::new();
        for u in &users {
            hashes.push(
                self.db
                    .user(&u.email)
                    .await
                    .expect("user")
                    .map(|r| r.password_hash),
            );
        }
        let rounds = self.db.rounds().await.expect("rounds");
        let mut answers = Vec::new();
        let mut snapshots = Vec::new();
        for r in &rounds {
            answers.extend(self.db.answers(&r.id).await.expect("answers"));
            snapshots.push(self.db.snapshot(&r.id).await.expect("snapshot"));
        }
        let dates = self.db.revision_starts().await.expect("revision dates");
        format!(
            "{profiles:?}{users:?}{revisions:?}{hashes:?}{rounds:?}{answers:?}{snapshots:?}{dates:?}{documents:?}"
        )
    }
}

/// The signed-in actor of account `email` of `db`, at `NOW`.
pub(crate) async fn actor_of(db: &Db, email: &str) -> Actor {
    let session = login(db, None, email, PASSWORD, "127.0.0.1", NOW)
        .await
        .expect("login");
    accounts::actor(db, Some(&session.token), NOW + 1)
        .await
        .expect("actor")
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Who {
    Anonymous,
    CoordinatorA,
    CoordinatorB,
    Admin,
    Disabled,
    /// The coordinator of a partner: answers rounds, has no profile.
    Partner,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Mutation {
    SaveProfile,
    AddUser,
    DisableUser,
    SetPassword,
    StartRound,
    ConfirmSection,
    AnswerQuestion,
    CloseRound,
    EditRound,
    CheckDecision,
    SetRevisionStart,
    UploadDocument,
    WithdrawDocument,
}

fn own_and_other(who: Who) -> (&'static str, &'static str) {
    match who {
        Who::CoordinatorB => ("2062", "2080"),
        Who::Admin => ("region-dalarna", "2080"),
        Who::Partner => ("kvinnojouren-kullan", "2080"),
        Who::Anonymous | Who::CoordinatorA | Who::Disabled => ("2080", "2062"),
    }
}

async fn run(world: &World, actor: &Actor, mutation: Mutation, org: &str) -> Result<(), AppError> {
    let db = &world.db;
    match mutation {
        Mutation::SaveProfile => {
            let version = db
                .profile(&OrgId::parse(org).expect("org"))
                .await
                .expect("db")
                .map_or(0, |p| p.version);
            let form = ProfileForm {
                lok_stage: "workshops".to_owned(),
                ..ProfileForm::default()
            };
            save(db, actor, org, version, &form, at(NOW + 2))
                .await
                .map(|_| ())
        }
        Mutation::AddUser => {
            let email = format!("ny-{org}@dalarna.se");
            add_user(
                db,
                actor,
                account(&email, "coordinator", org),
                again(PASSWORD),
                NOW,
            )
            .await
            .map(|_| ())
        }
        Mutation::DisableUser => accounts::disable_user(db, Some(actor), &victim(org)).await,
        Mutation::SetPassword => {
            set_password(
                db,
                actor,
                &victim(org),
                "ett helt nytt lösenord",
                again(PASSWORD),
                NOW,
            )
            .await
        }
        Mutation::StartRound => {
            let form = RoundForm {
                title: format!("Extra uppföljning {org}"),
                opens: "2026-11-01".to_owned(),
                deadline: "2026-11-30".to_owned(),
                ..RoundForm::starting(domain::i18n::Lang::Sv)
            };
            rounds::start(db, actor, &form, at(NOW + 2))
                .await
                .map(|_| ())
        }
        Mutation::ConfirmSection => {
            rounds::confirm(db, actor, ROUND_ID, org, "organisation", at(NOW + 2)).await
        }
        Mutation::AnswerQuestion => {
            rounds::answer(db, actor, ROUND_ID, org, 0, "Två samordnare.", at(NOW + 2)).await
        }
        Mutation::CloseRound => rounds::close(db, actor, ROUND_ID, true, at(NOW + 2)).await,
        Mutation::CheckDecision => {
            let version = db
                .profile(&OrgId::parse(org).expect("org"))
                .await
                .expect("db")
                .map_or(0, |p| p.version);
            crate::agreements::check_rok(db, actor, org, version, at(NOW + 2))
                .await
                .map(|_| ())
        }
        Mutation::SetRevisionStart => {
            crate::agreements::set_revision_start(db, actor, "2031-10-01", at(NOW + 2))
                .await
                .map(|_| ())
        }
        Mutation::UploadDocument => {
            let file = crate::documents::sample::pdf();
            crate::documents::upload(db, actor, org, "beslut.pdf", &file, at(NOW + 2))
                .await
                .map(|_| ())
        }
        Mutation::WithdrawDocument => {
            let digest = hex::encode(sha2::Sha256::digest(crate::documents::sample::pdf()));
            crate::documents::withdraw(db, actor, org, &digest, at(NOW + 2)).await
        }
        Mutation::EditRound => {
            let id = domain::model::round::RoundId::parse(ROUND_ID).expect("an id");
            let round = db.round(&id).await.expect("db").expect("the round");
            let form = RoundForm {
                deadline: "2026-11-15".to_owned(),
                ..RoundForm::from_round(&round)
            };
            rounds::edit(db, actor, ROUND_ID, &form, at(NOW + 2))
                .await
                .map(|_| ())
        }
    }
}

/// What a mutation needs to find before it runs: a decision to check, a document to withdraw.
async fn prepare(world: &World, mutation: Mutation, org: &str) {
    if !matches!(
        mutation,
        Mutation::CheckDecision | Mutation::WithdrawDocument
    ) {
        return;
    }
    let Ok(id) = OrgId::parse(org) else { return };
    if !id.has_profile() {
        return;
    }
    let admin = world.actor(Who::Admin).await;
    if mutation == Mutation::WithdrawDocument {
        let file = crate::documents::sample::pdf();
        crate::documents::upload(&world.db, &admin, org, "beslut.pdf", &file, at(NOW + 1))
            .await
            .expect("a document");
        return;
    }
    let version = world
        .db
        .profile(&id)
        .await
        .expect("db")
        .map_or(0, |p| p.version);
    save(
        &world.db,
        &admin,
        org,
        version,
        &reported_decision(),
        at(NOW + 1),
    )
    .await
    .expect("a reported decision");
}

/// A form reporting an adoption of the regional agreement with its evidence.
pub(crate) fn reported_decision() -> ProfileForm {
    ProfileForm {
        rok_status: "adopted".to_owned(),
        rok_date: "2024-11-14".to_owned(),
        rok_identical: "ja".to_owned(),
        rok_evidence: "https://example.se/protokoll.pdf".to_owned(),
        ..ProfileForm::default()
    }
}

fn account<'a>(email: &'a str, role: &'a str, org: &'a str) -> AccountForm<'a> {
    AccountForm {
        email,
        role,
        org,
        password: PASSWORD,
    }
}

/// The acting administrator's own password, typed again.
fn again(password: &str) -> PasswordAgain<'_> {
    PasswordAgain {
        password,
        address: "127.0.0.1",
    }
}

fn victim(org: &str) -> String {
    let domain = match org {
        "2062" => "mora.se",
        "2080" => "falun.se",
        _ => "region.se",
    };
    format!("offer-{org}@{domain}")
}

fn allowed(who: Who, mutation: Mutation, own: bool) -> bool {
    match (who, mutation) {
        (Who::Admin, _) => true,
        (
            Who::CoordinatorA | Who::CoordinatorB,
            Mutation::SaveProfile
            | Mutation::ConfirmSection
            | Mutation::AnswerQuestion
            | Mutation::UploadDocument
            | Mutation::WithdrawDocument,
        ) => own,
        (Who::Partner, Mutation::AnswerQuestion) => own,
        _ => false,
    }
}

/// {anonymous, coordinator A, coordinator B, admin, disabled, partner} × {own, other} × every
/// mutation:
/// allowed calls change what they should; refused calls change nothing at all.
#[tokio::test]
async fn authorization_matrix() {
    let mut cases = 0;
    for who in [
        Who::Anonymous,
        Who::CoordinatorA,
        Who::CoordinatorB,
        Who::Admin,
        Who::Disabled,
        Who::Partner,
    ] {
        for mutation in [
            Mutation::SaveProfile,
            Mutation::AddUser,
            Mutation::DisableUser,
            Mutation::SetPassword,
            Mutation::StartRound,
            Mutation::ConfirmSection,
            Mutation::AnswerQuestion,
            Mutation::CloseRound,
            Mutation::EditRound,
            Mutation::CheckDecision,
            Mutation::SetRevisionStart,
            Mutation::UploadDocument,
            Mutation::WithdrawDocument,
        ] {
            let (own_org, other_org) = own_and_other(who);
            for (own, org) in [(true, own_org), (false, other_org)] {
                let world = World::new().await;
                prepare(&world, mutation, org).await;
                let actor = world.actor(who).await;
                let before = world.snapshot().await;
                let outcome = run(&world, &actor, mutation, org).await;
                let after = world.snapshot().await;
                let case = format!(
                    "{who:?} × {mutation:?} × {}",
                    if own { "own" } else { "other" }
                );
                if allowed(who, mutation, own) {
                    assert_eq!(outcome, Ok(()), "{case}");
                    assert_ne!(before, after, "{case}: an allowed call changes something");
                } else {
                    // A partner's own profile does not exist: there is nothing to refuse.
                    let no_profile = who == Who::Partner
                        && own
                        && matches!(
                            mutation,
                            Mutation::SaveProfile
                                | Mutation::ConfirmSection
                                | Mutation::CheckDecision
                                | Mutation::UploadDocument
                                | Mutation::WithdrawDocument
                        );
                    let expected = if no_profile {
                        matches!(outcome, Err(AppError::NotFound))
                    } else {
                        matches!(outcome, Err(AppError::Denied(_)))
                    };
                    assert!(expected, "{case}: {outcome:?}");
                    assert_eq!(before, after, "{case}: a refused call changes nothing");
                }
                cases += 1;
            }
        }
    }
    assert_eq!(cases, 156);
}

#[tokio::test]
async fn refusals_say_why() {
    let world = World::new().await;
    let b = world.actor(Who::CoordinatorB).await;
    let form = ProfileForm::default();
    assert_eq!(
        save(&world.db, &b, "2080", 1, &form, at(NOW)).await,
        Err(AppError::Denied(Denied::OtherOrganisation))
    );
    assert_eq!(
        edit_form(&world.db, &b, "2080", at(NOW).date_naive())
            .await
            .map(|_| ()),
        Err(AppError::Denied(Denied::OtherOrganisation))
    );
    assert!(
        edit_form(&world.db, &b, "2062", at(NOW).date_naive())
            .await
            .is_ok()
    );
    assert_eq!(
        save(&world.db, &Actor::Anonymous, "2080", 1, &form, at(NOW)).await,
        Err(AppError::Denied(Denied::NotSignedIn))
    );
    assert_eq!(
        save(&world.db, &b, "9999", 1, &form, at(NOW)).await,
        Err(AppError::NotFound)
    );
}

#[tokio::test]
async fn a_stale_save_is_refused_with_what_changed() {
    let world = World::new().await;
    let a = world.actor(Who::CoordinatorA).await;
    let start = edit_form(&world.db, &a, "2080", at(NOW).date_naive())
        .await
        .expect("form");
    let mut first = start.form.clone();
    first.lok_stage = "workshops".to_owned();
    let saved = save(&world.db, &a, "2080", start.version, &first, at(NOW))
        .await
        .expect("first save");
    assert_eq!(saved.version, start.version + 1);
    let mut second = start.form.clone();
    second.lok_stage = "drafting".to_owned();
    let refused = save(&world.db, &a, "2080", start.version, &second, at(NOW + 5)).await;
    match refused {
        Err(AppError::Conflict {
            current_version,
            changes,
        }) => {
            assert_eq!(current_version, saved.version);
            assert_eq!(changes.len(), 1);
            assert_eq!(changes[0].changes[0].field, "agreements.lok");
            assert_eq!(changes[0].changes[0].new, "Workshoppar");
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    let stored = world
        .db
        .profile(&OrgId::parse("2080").expect("org"))
        .await
        .expect("db")
        .expect("profile");
    assert_eq!(stored.version, saved.version);
    assert_eq!(
        ProfileForm::from_profile(&stored.profile).lok_stage,
        "workshops",
        "never silently overwritten"
    );
}

/// A profile may be replaced behind an instance: here a backup is restored through another
/// instance (versions start over) and a different save made there reaches the same version. A
/// save on the first instance must merge into what is stored, so that its revision records
/// what it really changed.
#[tokio::test]
async fn a_save_merges_into_the_stored_profile_not_one_from_before_a_restore() {
    let world = World::new().await;
    let other = world.db.another_instance();
    let a = world.actor(Who::CoordinatorA).await;
    let backup = other.export(true).await.expect("export");
    let start = edit_form(&world.db, &a, "2080", at(NOW).date_naive())
        .await
        .expect("form");
    let mut here = start.form.clone();
    here.placement = "Skrivet här".to_owned();
    let saved = save(&world.db, &a, "2080", start.version, &here, at(NOW))
        .await
        .expect("saved here");
    other.import(&backup, true).await.expect("restored");
    let mut there = start.form.clone();
    there.placement = "Skrivet där".to_owned();
    let saved_there = save(&other, &a, "2080", start.version, &there, at(NOW + 10))
        .await
        .expect("saved there");
    assert_eq!(
        saved_there.version, saved.version,
        "same version, other data"
    );

    let mut next = here.clone();
    next.lok_stage = "drafting".to_owned();
    let result = save(&world.db, &a, "2080", saved.version, &next, at(NOW + 20))
        .await
        .expect("saved");
    let revisions = history(&world.db, "2080").await.expect("history").revisions;
    assert_eq!(revisions[0].version, result.version);
    let placement = revisions[0]
        .changes
        .iter()
        .find(|c| c.field == "work.placement");
    assert!(
        placement.is_some_and(|c| c.old.contains("Skrivet där") && c.new.contains("Skrivet här")),
        "{:?}",
        revisions[0].changes
    );
}

#[tokio::test]
async fn of_two_concurrent_saves_exactly_one_wins() {
    for round in 0..5 {
        let world = World::new().await;
        let a = world.actor(Who::CoordinatorA).await;
        let admin = world.actor(Who::Admin).await;
        let base = edit_form(&world.db, &a, "2080", at(NOW).date_naive())
            .await
            .expect("form");
        let mut f1 = base.form.clone();
        f1.placement = format!("IFO {round}");
        let mut f2 = base.form.clone();
        f2.placement = format!("Socialtjänsten {round}");
        let (r1, r2) = tokio::join!(
            save(&world.db, &a, "2080", base.version, &f1, at(NOW)),
            save(&world.db, &admin, "2080", base.version, &f2, at(NOW)),
        );
        let wins = [&r1, &r2].iter().filter(|r| r.is_ok()).count();
        let conflicts = [&r1, &r2]
            .iter()
            .filter(|r| matches!(r, Err(AppError::Conflict { .. })))
            .count();
        assert_eq!((wins, conflicts), (1, 1), "round {round}: {r1:?} {r2:?}");
        let revisions = history(&world.db, "2080").await.expect("history").revisions;
        assert_eq!(revisions.len(), 1);
        assert_eq!(revisions[0].version, base.version + 1);
    }
}

#[tokio::test]
async fn an_unchanged_save_writes_no_revision() {
    let world = World::new().await;
    let a = world.actor(Who::CoordinatorA).await;
    let start = edit_form(&world.db, &a, "2080", at(NOW).date_naive())
        .await
        .expect("form");
    let saved = save(&world.db, &a, "2080", start.version, &start.form, at(NOW))
        .await
        .expect("save");
    assert_eq!((saved.version, saved.changed), (start.version, 0));
    assert!(
        history(&world.db, "2080")
            .await
            .expect("history")
            .revisions
            .is_empty()
    );
}

#[tokio::test]
async fn invalid_input_changes_nothing() {
    let world = World::new().await;
    let a = world.actor(Who::CoordinatorA).await;
    let before = world.snapshot().await;
    let form = ProfileForm {
        decision: "x".repeat(1 << 20),
        rok_status: "antagen".to_owned(),
        ..ProfileForm::default()
    };
    match save(&world.db, &a, "2080", 1, &form, at(NOW)).await {
        Err(AppError::Invalid(errors)) => {
            assert!(errors.get("decision").is_some());
            assert!(errors.get("rok_status").is_some());
        }
        other => panic!("expected field errors, got {other:?}"),
    }
    assert_eq!(before, world.snapshot().await);
}

#[tokio::test]
async fn logins_are_rate_limited_and_say_nothing_about_accounts() {
    let world = World::new().await;
    let db = &world.db;
    assert_eq!(
        login(db, None, "nobody@falun.se", PASSWORD, "10.0.0.1", NOW)
            .await
            .err(),
        Some(AppError::LoginFailed)
    );
    assert_eq!(
        login(db, None, "a@falun.se", "fel lösenord!!", "10.0.0.1", NOW)
            .await
            .err(),
        Some(AppError::LoginFailed)
    );
    for _ in 1..LOGIN_FAILURES_PER_ACCOUNT {
        let _ = login(db, None, "a@falun.se", "fel lösenord!!", "10.0.0.2", NOW).await;
    }
    assert_eq!(
        login(db, None, "a@falun.se", PASSWORD, "10.0.0.3", NOW + 60)
            .await
            .err(),
        Some(AppError::TooManyAttempts),
        "even the right password waits"
    );
    assert!(
        login(db, None, "a@falun.se", PASSWORD, "10.0.0.3", NOW + 16 * 60)
            .await
            .is_ok(),
        "the window passes"
    );
    for i in 0..20 {
        let _ = login(
            db,
            None,
            &format!("x{i}@falun.se"),
            "fel lösenord!!",
            "10.9.9.9",
            NOW,
        )
        .await;
    }
    assert_eq!(
        login(db, None, "b@mora.se", PASSWORD, "10.9.9.9", NOW)
            .await
            .err(),
        Some(AppError::TooManyAttempts)
    );
}

#[tokio::test]
async fn sessions_expire_when_idle_and_end_on_disable() {
    let world = World::new().await;
    let db = &world.db;
    let s1 = login(db, None, "a@falun.se", PASSWORD, "127.0.0.1", NOW)
        .await
        .expect("login");
    let s2 = login(db, None, "a@falun.se", PASSWORD, "127.0.0.1", NOW)
        .await
        .expect("login");
    assert_ne!(s1.token, s2.token, "every login gets a new token");
    let s3 = login(
        db,
        Some(&s2.token),
        "a@falun.se",
        PASSWORD,
        "127.0.0.1",
        NOW,
    )
    .await
    .expect("login");
    let replaced = accounts::actor(db, Some(&s2.token), NOW + 1)
        .await
        .expect("actor");
    assert_eq!(
        replaced,
        Actor::Anonymous,
        "a login ends the browser's previous session"
    );
    assert!(matches!(
        accounts::actor(db, Some(&s3.token), NOW + 1)
            .await
            .expect("actor"),
        Actor::User(_)
    ));
    let active = accounts::actor(db, Some(&s1.token), NOW + SESSION_IDLE_SECS - 10)
        .await
        .expect("actor");
    assert!(matches!(active, Actor::User(_)));
    let still = accounts::actor(db, Some(&s1.token), NOW + 2 * SESSION_IDLE_SECS - 20)
        .await
        .expect("actor");
    assert!(
        matches!(still, Actor::User(_)),
        "activity extends the session"
    );
    let gone = accounts::actor(db, Some(&s2.token), NOW + SESSION_IDLE_SECS + 1)
        .await
        .expect("actor");
    assert_eq!(gone, Actor::Anonymous, "idle too long");
    disable_user(db, None, "a@falun.se").await.expect("disable");
    let ended = accounts::actor(db, Some(&s1.token), NOW + SESSION_IDLE_SECS)
        .await
        .expect("actor");
    assert_eq!(ended, Actor::Anonymous);
    assert_eq!(
        login(db, None, "a@falun.se", PASSWORD, "127.0.0.1", NOW)
            .await
            .err(),
        Some(AppError::LoginFailed)
    );
}

#[tokio::test]
async fn user_administration_outcomes() {
    let world = World::new().await;
    let admin = world.actor(Who::Admin).await;
    let db = &world.db;
    assert_eq!(
        add_user(
            db,
            &admin,
            account("a@falun.se", "coordinator", "2080"),
            again(""),
            NOW
        )
        .await,
        Err(AppError::UserExists)
    );
    let short = AccountForm {
        password: "kort",
        ..account("x", "coordinator", "")
    };
    assert!(matches!(
        add_user(db, &admin, short, again(""), NOW).await,
        Err(AppError::Invalid(_))
    ));
    assert_eq!(
        disable_user(db, Some(&admin), "ingen@falun.se").await,
        Err(AppError::NoSuchUser)
    );
    set_password(
        db,
        &admin,
        "b@mora.se",
        "ett helt nytt lösenord",
        again(PASSWORD),
        NOW,
    )
    .await
    .expect("set");
    assert!(
        login(
            db,
            None,
            "b@mora.se",
            "ett helt nytt lösenord",
            "127.0.0.1",
            NOW
        )
        .await
        .is_ok()
    );
    assert_eq!(
        login(db, None, "b@mora.se", PASSWORD, "127.0.0.1", NOW)
            .await
            .err(),
        Some(AppError::LoginFailed)
    );
    let users = accounts::list_users(db, &admin).await.expect("list");
    assert_eq!(users.len(), 8, "the accounts every test world has");
}

/// Counts outcomes of many logins run at once: (wrong password, refused unchecked).
async fn burst(world: &World, attempts: Vec<(String, String)>) -> (usize, usize) {
    let results = futures::future::join_all(
        attempts
            .iter()
            .map(|(email, address)| login(&world.db, None, email, "fel lösenord!!", address, NOW)),
    )
    .await;
    let failed = results
        .iter()
        .filter(|r| matches!(r, Err(AppError::LoginFailed)))
        .count();
    let refused = results
        .iter()
        .filter(|r| matches!(r, Err(AppError::TooManyAttempts)))
        .count();
    assert_eq!(failed + refused, attempts.len(), "{results:?}");
    (failed, refused)
}

/// A wrong password is only answered "wrong" after it was checked, so the count of such
/// answers is the count of checks (the HTTP suite counts the checks themselves).
#[tokio::test]
async fn a_burst_of_logins_gets_no_more_checks_than_the_limits_allow() {
    use domain::model::account::LOGIN_FAILURES_PER_ADDRESS;
    let world = World::new().await;
    let one_account_one_address = (0..50)
        .map(|_| ("a@falun.se".to_owned(), "10.1.0.1".to_owned()))
        .collect();
    let (failed, refused) = burst(&world, one_account_one_address).await;
    assert_eq!((failed as u64, refused), (LOGIN_FAILURES_PER_ACCOUNT, 45));

    let one_account_many_addresses = (0..50)
        .map(|i| ("b@mora.se".to_owned(), format!("10.2.0.{i}")))
        .collect();
    let (failed, _) = burst(&world, one_account_many_addresses).await;
    assert_eq!(failed as u64, LOGIN_FAILURES_PER_ACCOUNT);

    let many_accounts_one_address = (0..50)
        .map(|i| (format!("okand-{i}@falun.se"), "10.3.0.1".to_owned()))
        .collect();
    let (failed, _) = burst(&world, many_accounts_one_address).await;
    assert_eq!(failed as u64, LOGIN_FAILURES_PER_ADDRESS);

    // Nothing was counted for the refused ones: the right password still waits for the window.
    assert_eq!(
        login(&world.db, None, "b@mora.se", PASSWORD, "10.9.0.1", NOW)
            .await
            .err(),
        Some(AppError::TooManyAttempts)
    );
    assert!(
        login(
            &world.db,
            None,
            "b@mora.se",
            PASSWORD,
            "10.9.0.1",
            NOW + 16 * 60
        )
        .await
        .is_ok()
    );
}

#[tokio::test]
async fn successful_logins_are_not_counted_against_their_address() {
    use domain::model::account::LOGIN_FAILURES_PER_ADDRESS;
    let world = World::new().await;
    for _ in 0..=LOGIN_FAILURES_PER_ADDRESS {
        login(&world.db, None, "a@falun.se", PASSWORD, "10.4.0.1", NOW)
            .await
            .expect("every right password gets in");
    }
}

#[tokio::test]
async fn of_one_address_added_at_once_exactly_one_account_is_made() {
    let world = World::new().await;
    let admin = world.actor(Who::Admin).await;
    let results = futures::future::join_all((0..20).map(|_| {
        add_user(
            &world.db,
            &admin,
            account("samtidig@falun.se", "coordinator", "2080"),
            again(""),
            NOW,
        )
    }))
    .await;
    let made = results.iter().filter(|r| r.is_ok()).count();
    let taken = results
        .iter()
        .filter(|r| matches!(r, Err(AppError::UserExists)))
        .count();
    assert_eq!((made, taken), (1, 19), "{results:?}");
    let users = accounts::list_users(&world.db, &admin).await.expect("list");
    assert_eq!(
        users
            .iter()
            .filter(|u| u.email.as_str() == "samtidig@falun.se")
            .count(),
        1
    );
}

/// Saves run while the account is disabled: those acknowledged are all in the history, and no
/// save that starts after the disable has returned gets through.
#[tokio::test]
async fn a_save_during_its_accounts_disable_is_kept_whole_or_refused() {
    let world = World::new().await;
    let db = &world.db;
    let admin = world.actor(Who::Admin).await;
    let session = login(db, None, "a@falun.se", PASSWORD, "127.0.0.1", NOW)
        .await
        .expect("login");
    let start = {
        let actor = accounts::actor(db, Some(&session.token), NOW)
            .await
            .expect("actor");
        edit_form(db, &actor, "2080", at(NOW).date_naive())
            .await
            .expect("form")
    };
    let disabled_at = std::sync::OnceLock::new();
    let saver = async {
        let mut version = start.version;
        let mut acknowledged = Vec::new();
        for i in 0..200 {
            let began = std::time::Instant::now();
            // Each save asks who is calling, as every request does.
            let actor = accounts::actor(db, Some(&session.token), NOW)
                .await
                .expect("actor");
            let mut form = start.form.clone();
            form.placement = format!("Sparning {i}");
            match save(db, &actor, "2080", version, &form, at(NOW)).await {
                Ok(saved) => {
                    version = saved.version;
                    acknowledged.push((began, form.placement));
                }
                Err(AppError::Denied(_)) => return (acknowledged, Some(began)),
                Err(other) => panic!("save {i}: {other:?}"),
            }
            tokio::task::yield_now().await;
        }
        (acknowledged, None)
    };
    let disabler = async {
        tokio::time::sleep(std::time::Duration::from_millis(30)).await;
        disable_user(db, Some(&admin), "a@falun.se")
            .await
            .expect("disable");
        let _ = disabled_at.set(std::time::Instant::now());
    };
    let ((acknowledged, refused_from), ()) = tokio::join!(saver, disabler);
    let disabled_at = *disabled_at.get().expect("disabled");
    assert!(refused_from.is_some(), "the saves were stopped");
    assert!(
        acknowledged.iter().all(|(began, _)| *began < disabled_at),
        "no save that began after the disable returned was accepted"
    );
    let revisions = history(db, "2080").await.expect("history").revisions;
    assert_eq!(
        revisions.len(),
        acknowledged.len(),
        "every acknowledged save kept"
    );
    for ((_, placement), revision) in acknowledged.iter().rev().zip(&revisions) {
        assert!(
            revision.changes.iter().any(|c| &c.new == placement),
            "{placement} in {revision:?}"
        );
    }
}

/// A session's activity being recorded while the session is ended never brings it back.
#[tokio::test]
async fn a_session_extended_while_it_ends_stays_ended() {
    let world = World::new().await;
    let db = &world.db;
    let rows = db.row_count().await.expect("count");
    for round in 0..20 {
        let session = login(db, None, "a@falun.se", PASSWORD, "127.0.0.1", NOW)
            .await
            .expect("login");
        // Far enough on that the lookup writes the session's activity.
        let later = NOW + 60 + round;
        let (seen, ended) = tokio::join!(
            accounts::actor(db, Some(&session.token), later),
            logout(db, Some(&session.token)),
        );
        seen.expect("lookup");
        ended.expect("logout");
        assert_eq!(
            accounts::actor(db, Some(&session.token), later + 1)
                .await
                .expect("lookup"),
            Actor::Anonymous,
            "round {round}"
        );
        assert_eq!(db.row_count().await.expect("count"), rows, "round {round}");
    }
}

#[tokio::test]
async fn making_an_admin_or_setting_a_password_needs_the_admins_own_password() {
    let world = World::new().await;
    let db = &world.db;
    let admin = world.actor(Who::Admin).await;
    let before = world.snapshot().await;
    let new_admin = account("ny-admin@region.se", "admin", "");
    for wrong in ["", "fel lösenord!!", "ett långt lösenord "] {
        match add_user(db, &admin, new_admin, again(wrong), NOW).await {
            Err(AppError::Invalid(errors)) => {
                assert!(errors.get(PASSWORD_AGAIN_FIELD).is_some(), "{errors:?}");
            }
            other => panic!("{wrong:?}: {other:?}"),
        }
    }
    match set_password(
        db,
        &admin,
        "b@mora.se",
        "ett helt nytt lösenord",
        again("fel"),
        NOW,
    )
    .await
    {
        Err(AppError::Invalid(errors)) => assert!(errors.get(PASSWORD_AGAIN_FIELD).is_some()),
        other => panic!("{other:?}"),
    }
    assert_eq!(before, world.snapshot().await, "nothing changed");
    // Wrong passwords count like failed logins: after the fifth, none is checked.
    assert!(matches!(
        add_user(db, &admin, new_admin, again("fel igen!!"), NOW).await,
        Err(AppError::Invalid(_))
    ));
    assert_eq!(
        add_user(db, &admin, new_admin, again(PASSWORD), NOW).await,
        Err(AppError::TooManyAttempts),
        "even the right one waits"
    );
    add_user(db, &admin, new_admin, again(PASSWORD), NOW + 16 * 60)
        .await
        .expect("with the right password, after the window");
    add_user(
        db,
        &admin,
        account("ny-samordnare@falun.se", "coordinator", "2080"),
        again(""),
        NOW + 16 * 60,
    )
    .await
    .expect("a coordinator needs no password again");
}
