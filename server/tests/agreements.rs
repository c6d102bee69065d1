//! The regional agreement over HTTP: a coordinator reports a decision with its evidence, the
//! administrator checks it, and the pages and the open data tell a reported decision from a
//! checked one.

mod common;

use common::{form, get, get_as, login, post_form, save_profile, start, version};
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
    save_profile(
        addr,
        &coordinator,
        "2080",
        serde_json::json!({
            "rok_status": "adopted", "rok_date": "2024-11-14", "rok_body": "Kommunfullmäktige",
            "rok_paragraph": "187", "rok_reference": "KS 2024/0412", "rok_identical": "ja",
            "rok_evidence": EVIDENCE,
        }),
    )
    .await;

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
    let method = get(addr, "/metod").await.body;
    let plan = method
        .split(r#"id="lok-plan""#)
        .nth(1)
        .expect("the plan's stages on /metod");
    let first = plan.find("<li>Förankring").expect("the first stage");
    let last = plan.find("<li>Uppföljning").expect("the last stage");
    assert!(first < last, "in the package's order");
    assert!(plan.contains("avsnitt 6 Tidplan"), "their source");
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

/// Mora's plan on the server's clock: a stage planned for 15 August and not reached is due
/// before, late from the 16th, on the map, the overview, the profile and the administrator's
/// dashboard.
#[tokio::test]
async fn a_late_stage_shows_everywhere_from_the_day_after_its_date() {
    let at = |s: &str| {
        s.parse::<chrono::DateTime<chrono::Utc>>()
            .expect("RFC 3339")
    };
    let clock = service::clock::Clock::fixed(at("2025-08-10T10:00:00Z"));
    let addr = common::start_at(clock.clone()).await;
    let coordinator = login(addr, "b@mora.se").await;
    let admin = login(addr, "admin@region.se").await;
    save_profile(
        addr,
        &coordinator,
        "2062",
        serde_json::json!({ "lok_plan": {
            "stages": [
                { "stage": "forankring", "reached": "2025-02-01" },
                { "stage": "arbetsgrupp", "planned": "2025-08-15", "note": "Väntar på nämnden" },
                { "stage": "workshoppar", "planned": "2025-09-20" },
            ],
            "parties": "Socialtjänsten\nPsykiatrin",
        } }),
    )
    .await;
    let dashboard = |token: String| async move {
        let res = get_as(addr, "/api/frister", Some(&token)).await;
        assert_eq!(res.status, 200, "{}", res.body);
        let view: serde_json::Value = serde_json::from_str(&res.body).expect("json");
        view["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .map(|r| format!("{} {} {}", r["org"], r["stage"], r["state"]))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        dashboard(admin.clone()).await,
        [r#""2062" "arbetsgrupp" "due""#],
        "the workshops are more than 30 days ahead"
    );
    let overview = get(addr, "/oversikt").await.body;
    assert!(overview.contains("1 av 15 kommuner följer sin LÖK-plan, 0 är försenade."));
    assert!(
        !get(addr, "/?indikator=lok")
            .await
            .body
            .contains("data-forsenad")
    );

    clock.set(at("2025-09-01T10:00:00Z"));
    // Three weeks on, the sessions have ended.
    let coordinator = login(addr, "b@mora.se").await;
    let admin = login(addr, "admin@region.se").await;
    let profile = get(addr, "/profil/2062").await.body;
    let plan = profile
        .split(r#"id="lok-plan""#)
        .nth(1)
        .expect("the plan on the profile");
    assert!(plan.contains("<ol"), "an ordered list");
    for (stage, state) in [
        ("forankring", "nadd"),
        ("arbetsgrupp", "forsenad"),
        ("workshoppar", "snart"),
    ] {
        assert!(
            plan.contains(&format!(r#"data-steg="{stage}" data-lage="{state}""#)),
            "{stage} {state}"
        );
    }
    assert!(plan.contains("Socialtjänsten, Psykiatrin"));
    let map = get(addr, "/?indikator=lok").await.body;
    assert_eq!(map.matches("data-forsenad").count(), 1, "Mora's mark");
    assert!(map.contains("(försenad enligt LÖK-planen)"));
    assert!(map.contains(r#"id="legend-forsenad""#));
    assert!(
        !get(addr, "/?indikator=rok")
            .await
            .body
            .contains("data-forsenad")
    );
    let overview = get(addr, "/oversikt").await.body;
    assert!(overview.contains("0 av 15 kommuner följer sin LÖK-plan, 1 är försenade."));
    assert!(overview.contains("Försenade enligt sin LÖK-plan: Mora"));
    let open: serde_json::Value =
        serde_json::from_str(&get(addr, "/api/v1/organisationer.json").await.body).expect("json");
    let standing = |id: &str| {
        open["organisationer"]
            .as_array()
            .and_then(|o| o.iter().find(|o| o["id"] == id))
            .map(|o| o["lok_plan_lage"].clone())
    };
    assert_eq!(standing("2062"), Some(serde_json::json!("forsenad")));
    assert_eq!(standing("2080"), Some(serde_json::Value::Null), "no plan");

    assert_eq!(
        get_as(addr, "/api/frister", Some(&coordinator))
            .await
            .status,
        403
    );
    assert_eq!(
        dashboard(admin.clone()).await,
        [
            r#""2062" "arbetsgrupp" "late""#,
            r#""2062" "workshoppar" "due""#
        ]
    );
    let page = get_as(addr, "/admin/frister", Some(&admin)).await.body;
    assert!(page.contains("1 försenade steg och 1 steg inom 30 dagar"));
    assert!(page.contains("Väntar på nämnden"));
    let history = get(addr, "/profil/2062/historik").await.body;
    assert!(history.contains("LÖK-plan, Arbetsgrupp formerad"));
}

/// A profile shows each indicator's category over time: from the documents, then at each save
/// that moved it, up to the date shown.
#[tokio::test]
async fn each_indicator_shows_its_category_over_time() {
    let at = |s: &str| {
        s.parse::<chrono::DateTime<chrono::Utc>>()
            .expect("RFC 3339")
    };
    let clock = service::clock::Clock::fixed(at("2025-03-01T10:00:00Z"));
    let addr = common::start_at(clock.clone()).await;
    let coordinator = login(addr, "b@mora.se").await;
    save_profile(
        addr,
        &coordinator,
        "2062",
        serde_json::json!({ "rok_status": "in_preparation" }),
    )
    .await;
    clock.set(at("2025-06-01T10:00:00Z"));
    let coordinator = login(addr, "b@mora.se").await;
    let adopted = serde_json::json!({ "rok_status": "adopted", "rok_date": "2025-05-20" });
    save_profile(addr, &coordinator, "2062", adopted).await;

    let rok = |page: String| {
        page.split(r#"data-historik="rok""#)
            .nth(1)
            .and_then(|rest| rest.split("</details>").next())
            .map(str::to_owned)
            .expect("the RÖK's history")
    };
    let now = rok(get(addr, "/profil/2062").await.body);
    assert!(now.contains("ändringar sedan källdokumenten: 2"), "{now}");
    let steps: Vec<usize> = ["1 januari 2019", "1 mars 2025", "1 juni 2025"]
        .iter()
        .map(|date| now.find(date).unwrap_or_else(|| panic!("{date} in {now}")))
        .collect();
    assert!(steps.is_sorted(), "oldest first");
    assert!(now.contains("Under beredning") && now.contains("Antagen"));
    assert!(now.contains(r#"<path d="M"#), "the chart");
    let then = rok(get(addr, "/profil/2062?datum=2025-04-01").await.body);
    assert!(
        then.contains("Under beredning") && !then.contains("Antagen"),
        "{then}"
    );
    // The overview's "changes since" lists the same moves.
    let moves = |page: String| -> Vec<String> {
        page.split(r#"<tr data-flytt="rok" data-org="2062">"#)
            .skip(1)
            .filter_map(|row| row.split("</tr>").next().map(str::to_owned))
            .collect()
    };
    let all = moves(get(addr, "/oversikt?sedan=2025-01-01").await.body);
    assert_eq!(all.len(), 2, "{all:?}");
    assert!(
        all[0].contains("Under beredning")
            && all[0].contains("Antagen")
            && all[0].contains("1 juni 2025")
    );
    assert!(all[1].contains("Ej rapporterat") && all[1].contains("Under beredning"));
    assert_eq!(
        moves(get(addr, "/oversikt?sedan=2025-04-01").await.body).len(),
        1
    );
}
