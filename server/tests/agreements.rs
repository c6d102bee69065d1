//! The regional agreement over HTTP: a coordinator reports a decision with its evidence, the
//! administrator checks it, and the pages and the open data tell a reported decision from a
//! checked one.

mod common;

use common::{form, get, get_as, login, post_form, post_json, start, version};
use std::net::SocketAddr;

async fn open_rok(addr: SocketAddr) -> serde_json::Value {
    let res = get(addr, "/api/v1/organisationer.json").await;
    assert_eq!(res.status, 200);
    let data: serde_json::Value = serde_json::from_str(&res.body).expect("json");
    data["rok"].clone()
}

const EVIDENCE: &str = "https://www.falun.se/protokoll/kf-2024-11-14.pdf";

#[tokio::test]
async fn a_reported_decision_counts_only_once_checked() {
    let addr = start().await;
    let coordinator = login(addr, "a@falun.se").await;
    let admin = login(addr, "admin@region.se").await;
    let body = serde_json::json!({
        "id": "2080",
        "base_version": version(addr, "2080").await,
        "form": {
            "rok_status": "adopted", "rok_date": "2024-11-14", "rok_body": "Kommunfullmäktige",
            "rok_paragraph": "187", "rok_reference": "KS 2024/0412", "rok_identical": "ja",
            "rok_evidence": EVIDENCE,
        }
    });
    let res = post_json(
        addr,
        "/api/spara-profil",
        Some(&coordinator),
        &body.to_string(),
    )
    .await;
    assert_eq!(res.status, 200, "{}", res.body);

    let rok = open_rok(addr).await;
    assert_eq!(rok["i_kraft"], "okant");
    assert_eq!(rok["huvudman"], 16);
    assert_eq!(rok["granskade_beslut"], serde_json::json!([]));
    let page = get(addr, "/profil/2080").await.body;
    assert!(
        page.contains(r#"data-granskning="rapporterat""#),
        "reported"
    );
    assert!(
        page.contains(&format!(r#"href="{EVIDENCE}""#)),
        "the evidence is a link"
    );
    assert!(page.contains("187") && page.contains("likalydande"));

    // Only the administrator sees the decisions waiting and checks them.
    let refused = get_as(addr, "/api/rok-beslut", Some(&coordinator)).await;
    assert_eq!(refused.status, 403);
    let waiting = get_as(addr, "/api/rok-beslut", Some(&admin)).await;
    assert_eq!(waiting.status, 200);
    let waiting: serde_json::Value = serde_json::from_str(&waiting.body).expect("json");
    assert_eq!(waiting["rows"][0]["org"], "2080");
    let v = version(addr, "2080").await;
    let check = |token: String, base: u64| async move {
        post_form(
            addr,
            "/api/granska-rok-beslut",
            Some(&token),
            &form(&[("id", "2080"), ("base_version", &base.to_string())]),
        )
        .await
    };
    assert_eq!(check(coordinator.clone(), v).await.status, 403);
    let stale = check(admin.clone(), v - 1).await;
    assert_eq!(stale.status, 422, "{}", stale.body);
    assert!(stale.body.contains("har ändrats"), "{}", stale.body);
    let done = check(admin.clone(), v).await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert_eq!(done.body, (v + 1).to_string());

    let rok = open_rok(addr).await;
    assert_eq!(rok["granskade_beslut"], serde_json::json!(["2080"]));
    assert_eq!(rok["i_kraft"], "okant", "15 principals are still missing");
    let page = get(addr, "/profil/2080").await.body;
    assert!(page.contains(r#"data-granskning="granskat""#), "checked");
    assert!(page.contains("Granskat mot underlaget av Regional administratör"));
    let history = get(addr, "/profil/2080/historik").await.body;
    assert!(history.contains("granskat av Regional administratör"));
}

#[tokio::test]
async fn the_agreement_shows_how_long_it_runs_and_why() {
    let addr = start().await;
    for path in ["/", "/oversikt"] {
        let page = get(addr, path).await.body;
        assert!(
            page.contains("1 oktober 2024 – 30 september 2032 (8 år)"),
            "{path}"
        );
        assert!(page.contains("förutsatt att samtliga huvudmän"), "{path}");
        assert!(page.contains("Uppdragsdirektiv"), "{path}: its source");
    }
}

#[tokio::test]
async fn the_revision_date_the_administrator_sets_is_shown_with_who_set_it() {
    let addr = start().await;
    let admin = login(addr, "admin@region.se").await;
    let coordinator = login(addr, "b@mora.se").await;
    let set = |token: String, date: &'static str| async move {
        post_form(
            addr,
            "/api/satt-revidering",
            Some(&token),
            &form(&[("start", date)]),
        )
        .await
    };
    assert_eq!(set(coordinator, "2031-10-01").await.status, 403);
    let refused = set(admin.clone(), "1 oktober 2031").await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(!get(addr, "/oversikt").await.body.contains("rok-revidering"));
    let done = set(admin.clone(), "2031-10-01").await;
    assert_eq!(done.status, 200, "{}", done.body);
    for path in ["/", "/oversikt"] {
        let page = get(addr, path).await.body;
        assert!(
            page.contains("Revideringen av överenskommelsen ska påbörjas senast 1 oktober 2031."),
            "{path}"
        );
        assert!(
            page.contains("Uppgift från Regional administratör"),
            "{path}: who set it"
        );
    }
}
