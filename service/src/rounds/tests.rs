use super::{answer, close, confirm, edit, list, report, start, view};
use crate::profiles::save;
use crate::tests::{NOW, ROUND_ID, Who, World, at};
use domain::error::AppError;
use domain::form::ProfileForm;
use domain::form::round::CLOSE_FIELD;
use domain::form::round::RoundForm;
use domain::model::OrgId;
use domain::model::fact::Source;
use domain::model::profile::Section;
use domain::model::round::{Done, Item, Phase};

const DAY: i64 = 86_400;

fn cell(view: &domain::view::round::RoundView, org: &str, item: Item) -> (Option<Done>, bool) {
    let matrix = view.matrix.as_ref().expect("matrix");
    let column = matrix.items.iter().position(|i| *i == item).expect("item");
    let row = matrix
        .row(&OrgId::parse(org).expect("present"))
        .expect("row");
    (row.cells[column].done, row.cells[column].late)
}

#[tokio::test]
async fn a_coordinator_confirms_edits_and_answers_and_the_matrix_shows_it() {
    let world = World::new().await;
    let db = &world.db;
    let falun = world.actor(Who::CoordinatorA).await;
    let today = at(NOW).date_naive();
    let org = OrgId::parse("2080").expect("present");
    for slug in ["organisation", "kompetens", "reflektion"] {
        confirm(db, &falun, ROUND_ID, "2080", slug, at(NOW))
            .await
            .expect(slug);
    }
    // A section with nothing known cannot be confirmed; it is filled in instead.
    assert!(matches!(
        confirm(db, &falun, ROUND_ID, "2080", "styrning", at(NOW)).await,
        Err(AppError::Invalid(_))
    ));
    let stored = db.profile(&org).await.expect("present").expect("present");
    let form = ProfileForm {
        decision: "Beslut i socialnämnden om arbetet".into(),
        ..ProfileForm::from_profile(&stored.profile)
    };
    save(db, &falun, "2080", stored.version, &form, at(NOW + 60))
        .await
        .expect("save");
    answer(
        db,
        &falun,
        ROUND_ID,
        "2080",
        1,
        "  Råd och stöd, samtal.  ",
        at(NOW + 120),
    )
    .await
    .expect("answer");

    let seen = view(db, &falun, ROUND_ID, today).await.expect("view");
    assert_eq!(seen.phase, Phase::Open);
    let state = |org: &str, item| cell(&seen, org, item).0;
    assert_eq!(
        state("2080", Item::Section(Section::Work)),
        Some(Done::Confirmed)
    );
    assert_eq!(
        state("2080", Item::Section(Section::Reflections)),
        Some(Done::Confirmed)
    );
    assert_eq!(
        state("2080", Item::Section(Section::Governance)),
        Some(Done::Changed)
    );
    assert_eq!(state("2080", Item::Section(Section::Support)), None);
    assert_eq!(
        cell(&seen, "2080", Item::Question(1)),
        (Some(Done::Answered), false)
    );
    assert_eq!(state("2062", Item::Question(1)), None);
    let own = seen.own.expect("own part");
    assert_eq!(own.answers[1], "Råd och stöd, samtal.");
    assert_eq!(own.answers[0], "");
    // Governance now has the entered decision, so it can be confirmed too.
    assert!(own.confirmable.contains(&Section::Governance));
    assert!(own.confirmable.contains(&Section::Work));

    // The confirmation is a save in the history, and the values it covered date from it
    // while the document stays their source.
    let profile = db.profile(&org).await.expect("present").expect("present");
    let posts = profile
        .profile
        .work
        .coordinators
        .source()
        .expect("seeded posts");
    let Source::Confirmed { source, .. } = posts else {
        panic!("not confirmed: {posts:?}")
    };
    assert!(matches!(**source, Source::Document { .. }));
    assert_eq!(posts.date(), today);
    let history = db.revisions(&org, 0).await.expect("present");
    assert!(
        history
            .iter()
            .any(|r| r.changes.iter().any(|c| c.field == "confirmed.work"))
    );

    // Someone not signed in sees the round but not who has answered while it runs.
    let anonymous = view(db, &domain::model::auth::Actor::Anonymous, ROUND_ID, today)
        .await
        .expect("present");
    assert!(anonymous.matrix.is_none() && anonymous.own.is_none());
}

#[tokio::test]
async fn after_the_deadline_answers_are_taken_and_marked_late() {
    let world = World::new().await;
    let mora = world.actor(Who::CoordinatorB).await;
    // The round's deadline is 2026-10-31.
    let late = at(NOW + 45 * DAY);
    answer(&world.db, &mora, ROUND_ID, "2062", 0, "Sent svar", late)
        .await
        .expect("late answer");
    let seen = view(&world.db, &mora, ROUND_ID, late.date_naive())
        .await
        .expect("present");
    assert_eq!(seen.phase, Phase::PastDeadline);
    assert_eq!(
        cell(&seen, "2062", Item::Question(0)),
        (Some(Done::Answered), true)
    );
}

#[tokio::test]
async fn nothing_is_taken_before_a_round_opens_or_outside_it() {
    let world = World::new().await;
    let admin = world.actor(Who::Admin).await;
    let planned = RoundForm {
        title: "Uppföljning 2027".into(),
        opens: "2027-03-01".into(),
        deadline: "2027-04-30".into(),
        orgs: vec!["2080".into()],
        ..RoundForm::starting(domain::i18n::Lang::Sv)
    };
    let id = start(&world.db, &admin, &planned, at(NOW))
        .await
        .expect("start");
    assert_eq!(id.as_str(), "uppfoljning-2027");
    let falun = world.actor(Who::CoordinatorA).await;
    let mora = world.actor(Who::CoordinatorB).await;
    let before = world.snapshot().await;
    assert_eq!(
        answer(
            &world.db,
            &falun,
            "uppfoljning-2027",
            "2080",
            0,
            "Svar",
            at(NOW)
        )
        .await,
        Err(AppError::RoundNotOpen)
    );
    // Mora is not asked in that round; an unknown round, section or question is not found.
    assert_eq!(
        answer(
            &world.db,
            &mora,
            "uppfoljning-2027",
            "2062",
            0,
            "Svar",
            at(NOW)
        )
        .await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        confirm(&world.db, &falun, "finns-inte", "2080", "styrning", at(NOW)).await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        confirm(&world.db, &falun, ROUND_ID, "2080", "okänt", at(NOW)).await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        answer(&world.db, &falun, ROUND_ID, "2080", 99, "Svar", at(NOW)).await,
        Err(AppError::NotFound)
    );
    assert!(matches!(
        answer(&world.db, &falun, ROUND_ID, "2080", 0, "   ", at(NOW)).await,
        Err(AppError::Invalid(_))
    ));
    assert_eq!(
        before,
        world.snapshot().await,
        "a refused answer changes nothing"
    );
    // The list shows both rounds, the latest to open first, each in its phase.
    let rounds = list(&world.db, &falun, at(NOW).date_naive())
        .await
        .expect("present");
    let phases: Vec<_> = rounds
        .rounds
        .iter()
        .map(|r| (r.round.id.as_str().to_owned(), r.phase))
        .collect();
    assert_eq!(
        phases,
        vec![
            ("uppfoljning-2027".to_owned(), Phase::Planned),
            (ROUND_ID.to_owned(), Phase::Open),
            ("kartlaggning-2019".to_owned(), Phase::Closed),
        ]
    );
    assert!(!rounds.can_start);
    assert!(
        list(&world.db, &admin, at(NOW).date_naive())
            .await
            .expect("present")
            .can_start
    );
}

#[tokio::test]
async fn a_round_with_a_taken_title_or_overlapping_unconfirmed_is_refused() {
    let world = World::new().await;
    let admin = world.actor(Who::Admin).await;
    let same = RoundForm {
        title: "Uppföljning 2026".into(),
        opens: "2027-01-01".into(),
        deadline: "2027-02-01".into(),
        ..RoundForm::starting(domain::i18n::Lang::Sv)
    };
    let Err(AppError::Invalid(errors)) = start(&world.db, &admin, &same, at(NOW)).await else {
        panic!("a taken title was accepted")
    };
    assert!(errors.get("title").is_some());
    let overlapping = RoundForm {
        title: "Extra".into(),
        opens: "2026-10-01".into(),
        deadline: "2026-12-01".into(),
        ..RoundForm::starting(domain::i18n::Lang::Sv)
    };
    let Err(AppError::Invalid(errors)) = start(&world.db, &admin, &overlapping, at(NOW)).await
    else {
        panic!("an overlap was accepted unconfirmed")
    };
    assert!(errors.get("overlap_confirmed").is_some());
    let confirmed = RoundForm {
        overlap_confirmed: true,
        ..overlapping
    };
    assert!(start(&world.db, &admin, &confirmed, at(NOW)).await.is_ok());
}

#[tokio::test]
async fn closing_freezes_the_round_publishes_it_and_takes_nothing_more() {
    let world = World::new().await;
    let db = &world.db;
    let admin = world.actor(Who::Admin).await;
    let falun = world.actor(Who::CoordinatorA).await;
    answer(db, &falun, ROUND_ID, "2080", 0, "Två samordnare.", at(NOW))
        .await
        .expect("answer");
    assert_eq!(report(db, ROUND_ID).await, Err(AppError::RoundNotClosed));

    // The administrator must tick that they mean it; until then nothing changes.
    let before = world.snapshot().await;
    let Err(AppError::Invalid(errors)) = close(db, &admin, ROUND_ID, false, at(NOW + 10)).await
    else {
        panic!("closed without the tick")
    };
    assert!(errors.get(CLOSE_FIELD).is_some());
    assert_eq!(before, world.snapshot().await);

    close(db, &admin, ROUND_ID, true, at(NOW + 10))
        .await
        .expect("close");
    let after_close = world.snapshot().await;
    assert_eq!(
        close(db, &admin, ROUND_ID, true, at(NOW + 20)).await,
        Err(AppError::RoundClosed)
    );
    assert_eq!(
        answer(
            db,
            &falun,
            ROUND_ID,
            "2080",
            0,
            "Sent ändrat svar",
            at(NOW + 30)
        )
        .await,
        Err(AppError::RoundClosed)
    );
    assert_eq!(
        confirm(db, &falun, ROUND_ID, "2080", "organisation", at(NOW + 30)).await,
        Err(AppError::RoundClosed)
    );
    assert_eq!(
        after_close,
        world.snapshot().await,
        "a refused call changes nothing"
    );

    // Everyone sees who answered once the round has closed; nothing is confirmable any more.
    let today = at(NOW).date_naive();
    let public = view(db, &domain::model::auth::Actor::Anonymous, ROUND_ID, today)
        .await
        .expect("view");
    assert_eq!(public.phase, Phase::Closed);
    assert!(!public.can_close);
    assert_eq!(
        cell(&public, "2080", Item::Question(0)),
        (Some(Done::Answered), false)
    );
    let own = view(db, &falun, ROUND_ID, today).await.expect("view");
    assert!(own.own.expect("own part").confirmable.is_empty());

    // The report compares with the mapping of 2019, the round closed before it.
    let closed = report(db, ROUND_ID).await.expect("report");
    assert_eq!(
        closed.previous.map(|r| r.id.as_str().to_owned()).as_deref(),
        Some("kartlaggning-2019")
    );
    let falun_row = closed
        .orgs
        .iter()
        .find(|o| o.org.as_str() == "2080")
        .expect("Falun");
    assert_eq!(
        falun_row.answers[0].as_ref().map(|a| a.text.as_str()),
        Some("Två samordnare.")
    );
    let first = report(db, "kartlaggning-2019").await.expect("report");
    assert!(first.previous.is_none() && first.round.from_sources);
}

#[tokio::test]
async fn a_planned_round_cannot_be_closed() {
    let world = World::new().await;
    let admin = world.actor(Who::Admin).await;
    let planned = RoundForm {
        title: "Uppföljning 2027".into(),
        opens: "2027-03-01".into(),
        deadline: "2027-04-30".into(),
        ..RoundForm::starting(domain::i18n::Lang::Sv)
    };
    start(&world.db, &admin, &planned, at(NOW))
        .await
        .expect("start");
    assert_eq!(
        close(&world.db, &admin, "uppfoljning-2027", true, at(NOW)).await,
        Err(AppError::RoundNotOpen)
    );
    assert_eq!(
        close(&world.db, &admin, "kartlaggning-2019", true, at(NOW)).await,
        Err(AppError::RoundClosed)
    );
}

#[tokio::test]
async fn an_edit_is_recorded_and_a_closed_round_is_not_changed() {
    let world = World::new().await;
    let db = &world.db;
    let admin = world.actor(Who::Admin).await;
    let id = domain::model::round::RoundId::parse(ROUND_ID).expect("an id");
    let round = db.round(&id).await.expect("db").expect("round");
    let form = RoundForm {
        deadline: "2026-11-15".into(),
        ..RoundForm::from_round(&round)
    };
    assert_eq!(edit(db, &admin, ROUND_ID, &form, at(NOW)).await, Ok(true));
    assert_eq!(
        edit(db, &admin, ROUND_ID, &form, at(NOW + 10)).await,
        Ok(false),
        "the same form again changes nothing"
    );
    let edited = db.round(&id).await.expect("db").expect("round");
    assert_eq!(edited.deadline.to_string(), "2026-11-15");
    assert_eq!(edited.edits.len(), 1);
    assert!(edited.edits[0].opened, "changed while it runs");
    assert_eq!(edited.edits[0].changes[0].old, "2026-10-31");

    close(db, &admin, ROUND_ID, true, at(NOW + 20))
        .await
        .expect("close");
    let before = world.snapshot().await;
    let later = RoundForm {
        deadline: "2026-12-15".into(),
        ..form
    };
    assert_eq!(
        edit(db, &admin, ROUND_ID, &later, at(NOW + 30)).await,
        Err(AppError::RoundClosed)
    );
    assert_eq!(before, world.snapshot().await);
}

#[tokio::test]
async fn a_closed_rounds_picture_stays_as_it_froze_when_profiles_change_later() {
    use crate::state::{Picture, map_data};
    use domain::model::Indicator;
    use domain::model::as_of::Shown;
    let world = World::new().await;
    let db = &world.db;
    let admin = world.actor(Who::Admin).await;
    let falun = world.actor(Who::CoordinatorA).await;
    let shown = Shown::parse(None, at(NOW).date_naive()).expect("today");
    // A running round has no frozen picture yet.
    assert_eq!(
        Picture::read(db, shown, Some(ROUND_ID)).await,
        Err(AppError::RoundNotClosed)
    );
    close(db, &admin, ROUND_ID, true, at(NOW + 10))
        .await
        .expect("close");
    let org = OrgId::parse("2080").expect("present");
    let stored = db.profile(&org).await.expect("db").expect("profile");
    let form = ProfileForm {
        lok_stage: "drafting".into(),
        ..ProfileForm::from_profile(&stored.profile)
    };
    save(db, &falun, "2080", stored.version, &form, at(NOW + 60))
        .await
        .expect("a save after closing");

    let lok = |data: &domain::model::summary::MapData| {
        data.orgs
            .iter()
            .find(|o| o.id == org)
            .map(|o| o.category(Indicator::Lok).key)
    };
    let frozen = Picture::read(db, shown, Some(ROUND_ID))
        .await
        .expect("closed");
    assert_eq!(
        frozen.round.as_ref().map(|r| r.closed_on),
        Some(at(NOW + 10).date_naive())
    );
    let then = map_data(db, &frozen).await.expect("the round's picture");
    let now = map_data(db, &Picture::read(db, shown, None).await.expect("today"))
        .await
        .expect("today's");
    assert_eq!(lok(&now), Some("utkast"));
    assert_ne!(
        lok(&then),
        lok(&now),
        "the later save is not in the picture"
    );
    assert_eq!(then.shown_on, Some(at(NOW + 10).date_naive()));
    assert_eq!(then.round, frozen.round);
    assert_eq!(now.round, None);
}
