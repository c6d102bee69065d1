use super::*;
use crate::profiles::save;
use crate::tests::{NOW, Who, World, at, reported_decision};
use domain::form::ProfileForm;
use domain::i18n::k;
use domain::model::OrgId;
use domain::model::county::{InForce, RokProgress};
use domain::model::summary::OrgSummary;

async fn version(world: &World, org: &str) -> u64 {
    let id = OrgId::parse(org).expect("org");
    world
        .db
        .profile(&id)
        .await
        .expect("db")
        .map_or(0, |p| p.version)
}

async fn report(world: &World, org: &str, form: &ProfileForm) -> u64 {
    let admin = world.actor(Who::Admin).await;
    let base = version(world, org).await;
    save(&world.db, &admin, org, base, form, at(NOW))
        .await
        .expect("saved")
        .version
}

async fn in_force(world: &World) -> InForce {
    let on = at(NOW).date_naive();
    let orgs: Vec<OrgSummary> = world
        .db
        .profiles()
        .await
        .expect("profiles")
        .iter()
        .map(|p| OrgSummary::from_profile(p, on))
        .collect();
    RokProgress::from_summaries(&orgs).in_force()
}

#[tokio::test]
async fn a_check_is_recorded_and_a_changed_decision_is_only_reported_again() {
    let world = World::new().await;
    let admin = world.actor(Who::Admin).await;
    let v = report(&world, "2080", &reported_decision()).await;
    let checked = check_rok(&world.db, &admin, "2080", v, at(NOW + 5))
        .await
        .expect("checked");
    assert_eq!(checked, v + 1);
    let id = OrgId::parse("2080").expect("Falun");
    let stored = world.db.profile(&id).await.expect("db").expect("profile");
    let decision = stored.profile.agreements.rok.value().expect("decision");
    let check = decision.check.clone().expect("the check");
    assert_eq!(check.by, "Region Dalarna (administratör)");
    assert_eq!(check.at, at(NOW + 5));
    let history = world.db.revisions(&id, 0).await.expect("history");
    let newest = &history[0].changes[0];
    assert_eq!(newest.field, "agreements.rok");
    assert!(newest.old.contains("rapporterat"), "{}", newest.old);
    assert!(newest.new.contains("granskat av"), "{}", newest.new);

    assert_eq!(
        check_rok(&world.db, &admin, "2080", checked, at(NOW + 6)).await,
        Err(refused(k::ROK_CHECK_ERROR_ALREADY))
    );

    let coordinator = world.actor(Who::CoordinatorA).await;
    let form = ProfileForm {
        rok_paragraph: "112".to_owned(),
        ..ProfileForm::from_profile(&stored.profile)
    };
    save(&world.db, &coordinator, "2080", checked, &form, at(NOW + 7))
        .await
        .expect("saved");
    let after = world.db.profile(&id).await.expect("db").expect("profile");
    assert_eq!(
        after
            .profile
            .agreements
            .rok
            .value()
            .and_then(|d| d.check.clone()),
        None,
        "a changed decision needs a new check"
    );
}

#[tokio::test]
async fn a_check_needs_evidence_and_the_decision_the_administrator_read() {
    let world = World::new().await;
    let admin = world.actor(Who::Admin).await;
    let v = report(
        &world,
        "2062",
        &ProfileForm {
            rok_evidence: String::new(),
            ..reported_decision()
        },
    )
    .await;
    let before = world.snapshot().await;
    assert_eq!(
        check_rok(&world.db, &admin, "2062", v, at(NOW + 5)).await,
        Err(refused(k::ROK_CHECK_ERROR_NO_EVIDENCE))
    );
    assert_eq!(
        check_rok(&world.db, &admin, "2062", v - 1, at(NOW + 5)).await,
        Err(refused(k::ROK_CHECK_ERROR_CHANGED))
    );
    assert_eq!(
        check_rok(
            &world.db,
            &admin,
            "2081",
            version(&world, "2081").await,
            at(NOW)
        )
        .await,
        Err(refused(k::ROK_CHECK_ERROR_NO_DECISION)),
        "nothing reported"
    );
    assert_eq!(
        check_rok(&world.db, &admin, "kvinnojouren-kullan", 1, at(NOW)).await,
        Err(AppError::NotFound)
    );
    assert_eq!(before, world.snapshot().await, "refusals change nothing");
}

#[tokio::test]
async fn the_agreement_is_in_force_once_every_principal_is_checked() {
    let world = World::new().await;
    let admin = world.actor(Who::Admin).await;
    let principals: Vec<OrgId> = OrgId::all()
        .into_iter()
        .filter(|o| o.kind().is_principal())
        .collect();
    let mut versions = Vec::new();
    for org in &principals {
        versions.push(report(&world, org.as_str(), &reported_decision()).await);
    }
    assert_eq!(in_force(&world).await, InForce::Unknown, "reported only");
    let (last, rest) = principals.split_last().expect("principals");
    for (org, v) in rest.iter().zip(&versions) {
        check_rok(&world.db, &admin, org.as_str(), *v, at(NOW + 1))
            .await
            .expect("checked");
    }
    assert_eq!(in_force(&world).await, InForce::Unknown, "one unchecked");
    let v = versions.last().copied().unwrap_or_default();
    check_rok(&world.db, &admin, last.as_str(), v, at(NOW + 1))
        .await
        .expect("checked");
    assert_eq!(in_force(&world).await, InForce::Yes);
}

#[tokio::test]
async fn the_administrator_sees_decisions_waiting_first() {
    let world = World::new().await;
    let admin = world.actor(Who::Admin).await;
    report(&world, "2085", &reported_decision()).await;
    let view = decisions(&world.db, &admin).await.expect("view");
    assert_eq!(view.rows.len(), 16, "the principals");
    assert_eq!(view.rows[0].org.as_str(), "2085");
    let coordinator = world.actor(Who::CoordinatorA).await;
    assert!(matches!(
        decisions(&world.db, &coordinator).await,
        Err(AppError::Denied(_))
    ));
}

#[tokio::test]
async fn the_revision_date_is_kept_with_who_set_it_and_shown_from_then_on() {
    use domain::model::as_of::Shown;
    let world = World::new().await;
    let admin = world.actor(Who::Admin).await;
    let before = world.snapshot().await;
    let refused = set_revision_start(&world.db, &admin, "2033-01-01", at(NOW)).await;
    let Err(AppError::Invalid(errors)) = refused else {
        panic!("{refused:?}")
    };
    assert!(
        errors
            .sentences(domain::i18n::Lang::Sv)
            .contains("medan överenskommelsen gäller"),
        "{errors:?}"
    );
    assert_eq!(
        before,
        world.snapshot().await,
        "a refused date changes nothing"
    );

    let set = set_revision_start(&world.db, &admin, "2031-10-01", at(NOW))
        .await
        .expect("set");
    assert_eq!(set, chrono::NaiveDate::from_ymd_opt(2031, 10, 1));
    let today = at(NOW).date_naive();
    let county = crate::state::county(&world.db, Shown { date: today, today })
        .await
        .expect("county");
    assert_eq!(county.rok_revision_start.value().copied(), set);
    assert!(
        county.rok_revision_start.source().is_some_and(|s| s
            .citation(domain::i18n::Lang::Sv)
            .contains("Region Dalarna")),
        "who set it"
    );
    let earlier = today.pred_opt().unwrap_or(today);
    let then = crate::state::county(
        &world.db,
        Shown {
            date: earlier,
            today,
        },
    )
    .await
    .expect("county");
    assert!(
        !then.rok_revision_start.is_known(),
        "not set yet on that day"
    );

    set_revision_start(&world.db, &admin, "", at(NOW + 60))
        .await
        .expect("withdrawn");
    let after = crate::state::county(&world.db, Shown { date: today, today })
        .await
        .expect("county");
    assert!(!after.rok_revision_start.is_known());
    assert_eq!(world.db.revision_starts().await.expect("kept").len(), 2);
    let view = decisions(&world.db, &admin).await.expect("view");
    assert_eq!(view.revision_start, None);
    assert!(view.validity.is_some());
}
