use super::*;
use crate::model::{Indicator, OrgKind};

async fn fresh() -> Db {
    let db = Db::connect(&DbConfig::memory())
        .await
        .expect("mem:// connects");
    assert!(db.seed_if_empty().await.expect("seed loads"));
    db
}

#[tokio::test]
async fn schema_applies_twice_without_error() {
    let db = fresh().await;
    db.apply_schema().await.expect("schema applies again");
    db.health().await.expect("healthy");
}

#[tokio::test]
async fn seed_loads_once() {
    let db = fresh().await;
    assert!(!db.seed_if_empty().await.expect("second seed is a no-op"));
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
    };
    assert!(matches!(
        Db::connect(&config).await,
        Err(DbError::UnsupportedUrl(_))
    ));
}
