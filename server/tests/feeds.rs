//! The calendar and the change feed, read back with parsers of their own (`ical`, `feed-rs`) as
//! a calendar program or a feed reader would: every date ahead with an id that stays, and
//! every published change newest first, for the county or one organisation.

mod common;

use common::{form, get, login, post_form, save_profile, start_at};
use std::net::SocketAddr;

fn at(s: &str) -> chrono::DateTime<chrono::Utc> {
    s.parse().expect("RFC 3339")
}

/// Mora plans its local agreement, and the administrator sets the revision date.
async fn planned() -> SocketAddr {
    let addr = start_at(service::clock::Clock::fixed(at("2025-08-10T10:00:00Z"))).await;
    let coordinator = login(addr, "b@mora.se").await;
    save_profile(addr, &coordinator, "2062", serde_json::json!({ "lok_plan": { "stages": [
            { "stage": "forankring", "reached": "2025-02-01" },
            { "stage": "arbetsgrupp", "planned": "2025-08-15", "note": "Väntar på nämnden, steg 2; klart" },
        ] } })).await;
    let admin = login(addr, "admin@region.se").await;
    let set = post_form(
        addr,
        "/api/satt-revidering",
        Some(&admin),
        &form(&[("start", "2031-10-01")]),
    )
    .await;
    assert_eq!(set.status, 200, "{}", set.body);
    addr
}

/// Each event of the calendar at `path`: (UID, SUMMARY, DTSTART, DESCRIPTION).
async fn events(addr: SocketAddr, path: &str) -> Vec<[String; 4]> {
    let res = get(addr, path).await;
    assert_eq!(res.status, 200, "{}", res.body);
    assert!(
        res.headers
            .to_ascii_lowercase()
            .contains("content-type: text/calendar; charset=utf-8")
    );
    let calendars: Vec<_> = ical::IcalParser::new(std::io::BufReader::new(res.body.as_bytes()))
        .collect::<Result<_, _>>()
        .expect("the calendar parses");
    assert_eq!(calendars.len(), 1);
    calendars[0]
        .events
        .iter()
        .map(|event| {
            ["UID", "SUMMARY", "DTSTART", "DESCRIPTION"].map(|name| {
                event
                    .properties
                    .iter()
                    .find(|p| p.name == name)
                    .and_then(|p| p.value.clone())
                    .unwrap_or_default()
            })
        })
        .collect()
}

fn find<'a>(events: &'a [[String; 4]], uid: &str) -> Option<&'a [String; 4]> {
    events
        .iter()
        .find(|e| e[0] == format!("{uid}@dalarna.kvinnofridskartan"))
}

#[tokio::test]
async fn the_calendar_has_the_dates_ahead_and_each_keeps_its_id() {
    let addr = planned().await;
    let county = events(addr, "/api/v1/kalender.ics").await;
    let date = |uid: &str| find(&county, uid).map(|e| e[2].clone());
    assert_eq!(date("rok-giltig-fran").as_deref(), Some("20241001"));
    assert_eq!(date("rok-giltig-till").as_deref(), Some("20320930"));
    assert_eq!(date("rok-revidering").as_deref(), Some("20311001"));
    let stage = find(&county, "lok-2062-arbetsgrupp").expect("Mora's planned stage");
    assert_eq!(stage[1], "Mora: LÖK – Arbetsgrupp formerad");
    assert_eq!(stage[2], "20250815");
    // The note's comma and semicolon are text, not the start of another value.
    assert!(
        stage[3].contains(r"Väntar på nämnden\, steg 2\; klart"),
        "{}",
        stage[3]
    );
    assert!(
        stage[3].contains("Uppgift från Mora"),
        "its source: {}",
        stage[3]
    );
    assert!(
        find(&county, "lok-2062-forankring").is_none(),
        "reached, never planned"
    );
    assert_eq!(
        events(addr, "/api/v1/kalender.ics").await,
        county,
        "the same ids again"
    );

    let mora = events(addr, "/api/v1/kalender.ics?organisation=2062").await;
    assert!(find(&mora, "lok-2062-arbetsgrupp").is_some());
    assert!(
        find(&mora, "rok-giltig-till").is_some(),
        "the agreement is everyone's"
    );
    let falun = events(addr, "/api/v1/kalender.ics?organisation=2080").await;
    assert!(
        falun.iter().all(|e| !e[0].starts_with("lok-")),
        "Falun plans nothing"
    );
    let profile = get(addr, "/profil/2062").await.body;
    assert!(profile.contains(r#"href="/api/v1/kalender.ics?organisation=2062""#));
    assert!(profile.contains(r#"href="/api/v1/andringar.atom?organisation=2062""#));
    let overview = get(addr, "/oversikt").await.body;
    assert!(overview.contains(r#"href="/api/v1/kalender.ics""#));
    let unknown = get(addr, "/api/v1/kalender.ics?organisation=9999").await;
    assert_eq!(unknown.status, 404, "{}", unknown.body);
}

#[tokio::test]
async fn the_change_feed_lists_what_was_published_newest_first() {
    let addr = planned().await;
    let coordinator = login(addr, "b@mora.se").await;
    save_profile(
        addr,
        &coordinator,
        "2062",
        serde_json::json!({ "placement": "Socialtjänsten & <IFO>" }),
    )
    .await;

    let read = |path: &'static str| async move {
        let res = get(addr, path).await;
        assert_eq!(res.status, 200, "{}", res.body);
        assert!(
            res.headers
                .to_ascii_lowercase()
                .contains("content-type: application/atom+xml")
        );
        feed_rs::parser::parse(res.body.as_bytes()).expect("the feed parses")
    };
    let feed = read("/api/v1/andringar.atom").await;
    assert_eq!(feed.entries.len(), 2, "{:?}", feed.entries);
    let newest = &feed.entries[0];
    let title = newest
        .title
        .as_ref()
        .map(|t| t.content.clone())
        .unwrap_or_default();
    assert!(title.starts_with("Mora: "), "{title}");
    let content = newest
        .content
        .as_ref()
        .and_then(|c| c.body.clone())
        .unwrap_or_default();
    assert!(
        content.contains("Socialtjänsten & <IFO>"),
        "the text as typed: {content}"
    );
    assert!(newest.links[0].href.ends_with("/profil/2062/historik"));
    assert_eq!(newest.authors[0].name.as_deref(), Some("Mora"));
    assert!(feed.entries[1].updated <= newest.updated);
    let older = feed.entries[1]
        .title
        .as_ref()
        .map(|t| t.content.clone())
        .unwrap_or_default();
    assert!(older.contains("LÖK-plan, Arbetsgrupp formerad"), "{older}");
    assert_ne!(feed.entries[0].id, feed.entries[1].id);

    assert_eq!(
        read("/api/v1/andringar.atom?organisation=2062")
            .await
            .entries
            .len(),
        2
    );
    assert!(
        read("/api/v1/andringar.atom?organisation=2080")
            .await
            .entries
            .is_empty()
    );
    assert_eq!(
        get(addr, "/api/v1/andringar.atom?organisation=9999")
            .await
            .status,
        404
    );
}
