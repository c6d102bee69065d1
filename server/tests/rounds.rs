//! Follow-up rounds over HTTP: the pages, and every new mutation refusing callers who may not
//! use it (changing nothing), with bad input answered by a clear error and never by 500.

mod common;

use common::{form, get, get_as, login, post_form, post_json, start};
use std::net::SocketAddr;

fn round_form(title: &str, opens: chrono::NaiveDate, days: u64) -> serde_json::Value {
    let deadline = opens + chrono::Days::new(days);
    serde_json::json!({ "form": {
        "title": title,
        "opens": opens.to_string(),
        "deadline": deadline.to_string(),
        "orgs": ["2080", "2062", "kvinnojouren-kullan"],
        "sections": ["organisation", "styrning"],
        "questions": "Vilka resurser har ni?\nVilka behov ser ni?",
        "overlap_confirmed": true,
    }})
}

/// The round as an administrator sees it: who has answered what.
async fn seen(addr: SocketAddr, admin: &str, id: &str) -> String {
    let res = get_as(addr, &format!("/api/omgang?id={id}"), Some(admin)).await;
    assert_eq!(res.status, 200, "{}", res.body);
    res.body
}

#[tokio::test]
async fn a_round_is_started_answered_and_shown_and_refusals_change_nothing() {
    let addr = start().await;
    let admin = login(addr, "admin@region.se").await;
    let falun = login(addr, "a@falun.se").await;
    let mora = login(addr, "b@mora.se").await;
    let kullan = login(addr, "k@kullan.se").await;
    let disabled = common::DISABLED_SESSION.get().expect("set up").clone();
    let today = service::clock::Clock::system().today();
    let body = round_form("Uppföljning HTTP", today, 30).to_string();

    // Only an administrator starts a round.
    for (token, status) in [
        (None, 401),
        (Some(falun.as_str()), 403),
        (Some(kullan.as_str()), 403),
        (Some(disabled.as_str()), 401),
    ] {
        let res = post_json(addr, "/api/starta-omgang", token, &body).await;
        assert_eq!(res.status, status, "{token:?}: {}", res.body);
    }
    let started = post_json(addr, "/api/starta-omgang", Some(&admin), &body).await;
    assert_eq!(started.status, 200, "{}", started.body);
    assert_eq!(started.body, "\"uppfoljning-http\"");
    let id = "uppfoljning-http";

    // A mistake is named in Swedish at its field.
    let bad = round_form("", today, 0)
        .to_string()
        .replace(&today.to_string(), "i morgon");
    let res = post_json(addr, "/api/starta-omgang", Some(&admin), &bad).await;
    assert_eq!(res.status, 422, "{}", res.body);
    assert!(
        res.body
            .contains("Ange en titel med minst en bokstav eller siffra."),
        "{}",
        res.body
    );
    assert!(
        res.body.contains("Ange datumet som ÅÅÅÅ-MM-DD"),
        "{}",
        res.body
    );

    let before = seen(addr, &admin, id).await;
    let confirm =
        |org: &str, section: &str| form(&[("round", id), ("org", org), ("section", section)]);
    let answer = |org: &str, question: &str, text: &str| {
        form(&[
            ("round", id),
            ("org", org),
            ("question", question),
            ("text", text),
        ])
    };
    let refused = [
        (
            "/api/bekrafta-avsnitt",
            confirm("2080", "organisation"),
            None,
            401,
        ),
        (
            "/api/bekrafta-avsnitt",
            confirm("2080", "organisation"),
            Some(mora.as_str()),
            403,
        ),
        (
            "/api/bekrafta-avsnitt",
            confirm("2080", "organisation"),
            Some(disabled.as_str()),
            401,
        ),
        (
            "/api/svara-pa-fraga",
            answer("2080", "0", "Svar"),
            None,
            401,
        ),
        (
            "/api/svara-pa-fraga",
            answer("2080", "0", "Svar"),
            Some(mora.as_str()),
            403,
        ),
        // Falun, but not what the round asks or holds.
        (
            "/api/bekrafta-avsnitt",
            confirm("2080", "stod"),
            Some(falun.as_str()),
            404,
        ),
        (
            "/api/bekrafta-avsnitt",
            confirm("2080", "../../admin"),
            Some(falun.as_str()),
            404,
        ),
        (
            "/api/svara-pa-fraga",
            answer("2080", "7", "Svar"),
            Some(falun.as_str()),
            404,
        ),
        (
            "/api/svara-pa-fraga",
            answer("2080", "99999999999999999999999", "Svar"),
            Some(falun.as_str()),
            400,
        ),
        (
            "/api/svara-pa-fraga",
            answer("2080", "0", "   "),
            Some(falun.as_str()),
            422,
        ),
        (
            "/api/svara-pa-fraga",
            answer("2080", "0", &"å".repeat(2001)),
            Some(falun.as_str()),
            422,
        ),
        // A partner answers for itself alone, and has no sections to confirm.
        (
            "/api/bekrafta-avsnitt",
            confirm("2080", "organisation"),
            Some(kullan.as_str()),
            403,
        ),
        (
            "/api/svara-pa-fraga",
            answer("2080", "0", "Svar"),
            Some(kullan.as_str()),
            403,
        ),
        (
            "/api/bekrafta-avsnitt",
            confirm("kvinnojouren-kullan", "organisation"),
            Some(kullan.as_str()),
            404,
        ),
        (
            "/api/svara-pa-fraga",
            answer("kvinnojouren-kullan", "0", "Svar"),
            Some(falun.as_str()),
            403,
        ),
        (
            "/api/svara-pa-fraga",
            answer("kvinnojouren-kullan", "0", "Svar"),
            None,
            401,
        ),
        (
            "/api/svara-pa-fraga",
            answer("kvinnojouren-kullan", "0", "Svar"),
            Some(disabled.as_str()),
            401,
        ),
        // Ludvika is not in the round.
        (
            "/api/svara-pa-fraga",
            answer("2085", "0", "Svar"),
            Some(admin.as_str()),
            404,
        ),
    ];
    for (path, body, token, status) in &refused {
        let res = post_form(addr, path, *token, body).await;
        assert_eq!(
            res.status, *status,
            "{path} {body} by {token:?}: {}",
            res.body
        );
    }
    assert_eq!(
        before,
        seen(addr, &admin, id).await,
        "refused calls change nothing"
    );

    let res = post_form(
        addr,
        "/api/bekrafta-avsnitt",
        Some(&falun),
        &confirm("2080", "organisation"),
    )
    .await;
    assert_eq!(res.status, 200, "{}", res.body);
    let res = post_form(
        addr,
        "/api/svara-pa-fraga",
        Some(&falun),
        &answer("2080", "1", "Fler samordnare."),
    )
    .await;
    assert_eq!(res.status, 200, "{}", res.body);
    let after: serde_json::Value =
        serde_json::from_str(&seen(addr, &falun, id).await).expect("json");
    // The rows come in the county's order: Mora, then Falun.
    assert_eq!(after["matrix"]["rows"][1]["org"], "2080");
    let cells = &after["matrix"]["rows"][1]["cells"];
    assert_eq!(cells[0]["done"], "Confirmed");
    assert_eq!(cells[3]["done"], "Answered");
    assert_eq!(after["own"]["answers"][1], "Fler samordnare.");

    // The partner answers the questions; the round asks it nothing else.
    let res = post_form(
        addr,
        "/api/svara-pa-fraga",
        Some(&kullan),
        &answer("kvinnojouren-kullan", "0", "Stödsamtal och skyddat boende."),
    )
    .await;
    assert_eq!(res.status, 200, "{}", res.body);
    let partner: serde_json::Value =
        serde_json::from_str(&seen(addr, &kullan, id).await).expect("json");
    let row = &partner["matrix"]["rows"][2];
    assert_eq!(row["org"], "kvinnojouren-kullan");
    assert_eq!(row["cells"][0]["asked"], false);
    assert_eq!(row["cells"][2]["done"], "Answered");
    assert_eq!(partner["own"]["confirmable"], serde_json::json!([]));
    let page = get_as(addr, &format!("/uppfoljning/{id}"), Some(&kullan)).await;
    assert!(page.body.contains("Att göra för Kvinnojouren Kullan"));
    assert!(
        page.body.contains("1 av 2 klara"),
        "only the questions count"
    );
    assert!(page.body.contains("Frågas inte (ingen profil)"));
    assert!(
        !page.body.contains("/profil/kvinnojouren-kullan/redigera"),
        "no profile to edit"
    );
    for path in [
        "/profil/kvinnojouren-kullan",
        "/api/profil?id=kvinnojouren-kullan",
    ] {
        assert_eq!(get(addr, path).await.status, 404, "{path}");
    }

    // The pages: the list, the round, and an unknown round.
    let list = get(addr, "/uppfoljning").await;
    assert_eq!(list.status, 200);
    assert!(
        list.body.contains("Uppföljning HTTP"),
        "the list names the round"
    );
    let page = get_as(addr, &format!("/uppfoljning/{id}"), Some(&falun)).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Att göra för Falun"));
    assert!(page.body.contains("2 av 4 klara"), "the own progress");
    let anonymous = get(addr, &format!("/uppfoljning/{id}")).await;
    assert!(
        anonymous
            .body
            .contains("Vem som har svarat visas för inloggade medan omgången pågår.")
    );
    assert!(
        !anonymous.body.contains("<table"),
        "no matrix for the public while the round runs"
    );
    for path in ["/uppfoljning/finns-inte", "/uppfoljning/%C3%A5%3Cscript%3E"] {
        assert_eq!(get(addr, path).await.status, 404, "{path}");
    }
}

#[tokio::test]
async fn closing_is_for_administrators_and_publishes_the_report_as_files() {
    let addr = start().await;
    let admin = login(addr, "admin@region.se").await;
    let falun = login(addr, "a@falun.se").await;
    let kullan = login(addr, "k@kullan.se").await;
    let today = service::clock::Clock::system().today();
    let body = round_form("Uppföljning stängs", today, 30).to_string();
    let started = post_json(addr, "/api/starta-omgang", Some(&admin), &body).await;
    assert_eq!(started.status, 200, "{}", started.body);
    let id = "uppfoljning-stangs";
    let answered = form(&[
        ("round", id),
        ("org", "kvinnojouren-kullan"),
        ("question", "1"),
        ("text", "Långsiktig finansiering."),
    ]);
    let res = post_form(addr, "/api/svara-pa-fraga", Some(&kullan), &answered).await;
    assert_eq!(res.status, 200, "{}", res.body);
    let close = |confirm: &str| form(&[("round", id), ("confirm", confirm)]);

    // Nor a frozen picture on the map, and the map says why.
    let map = get(addr, &format!("/api/karta?omgang={id}")).await;
    assert_eq!(map.status, 409, "{}", map.body);
    let page = get(addr, &format!("/?omgang={id}")).await;
    assert!(page.body.contains("Omgången har inte avslutats än."));

    // Nor a change map.
    let change = get(addr, &format!("/api/forandring?id={id}")).await;
    assert_eq!(change.status, 409, "{}", change.body);

    // Before closing there is no report, and its files say why in Swedish.
    let early = get(addr, &format!("/uppfoljning/{id}/rapport/rapport.xlsx")).await;
    assert_eq!(early.status, 409);
    assert!(
        early.body.contains("Omgången har inte avslutats än."),
        "{}",
        early.body
    );

    let before = seen(addr, &admin, id).await;
    for (token, confirm, status) in [
        (None, "true", 401),
        (Some(falun.as_str()), "true", 403),
        (Some(kullan.as_str()), "true", 403),
        (Some(admin.as_str()), "false", 422),
    ] {
        let res = post_form(addr, "/api/avsluta-omgang", token, &close(confirm)).await;
        assert_eq!(res.status, status, "{token:?} {confirm}: {}", res.body);
    }
    assert_eq!(
        before,
        seen(addr, &admin, id).await,
        "refused calls change nothing"
    );
    let res = post_form(addr, "/api/avsluta-omgang", Some(&admin), &close("true")).await;
    assert_eq!(res.status, 200, "{}", res.body);
    let again = post_form(addr, "/api/avsluta-omgang", Some(&admin), &close("true")).await;
    assert_eq!(again.status, 409, "{}", again.body);
    // The page turns the error's name into its message in the reader's language.
    assert_eq!(again.body, "\"RoundClosed\"");

    // The round's table and report are public now.
    let page = get(addr, &format!("/uppfoljning/{id}")).await;
    assert!(page.body.contains("<table"), "the matrix is published");
    let report = get(addr, &format!("/uppfoljning/{id}/rapport")).await;
    assert_eq!(report.status, 200);
    assert!(report.body.contains("Jämförs med Kartläggning 2019"));
    assert!(
        report.body.contains("Långsiktig finansiering."),
        "the partner's answer is in the report"
    );
    let xlsx = get(addr, &format!("/uppfoljning/{id}/rapport/rapport.xlsx")).await;
    assert_eq!(xlsx.status, 200);
    assert!(xlsx.bytes.starts_with(b"PK"), "a zip file");
    assert!(
        xlsx.headers
            .contains(&format!("filename=\"{id}-rapport.xlsx\"")),
        "{}",
        xlsx.headers
    );
    let same = get(addr, &format!("/uppfoljning/{id}/rapport/rapport.xlsx")).await;
    assert_eq!(xlsx.bytes, same.bytes, "the same bytes each time");
    let csv = get(addr, &format!("/uppfoljning/{id}/rapport/svarsstatus.csv")).await;
    assert_eq!(csv.status, 200);
    assert!(
        csv.body
            .contains("Id;Organisation;Avsnitt eller fråga;Status"),
        "{}",
        csv.body
    );
    let partner_rows: Vec<&str> = csv
        .body
        .lines()
        .filter(|l| l.starts_with("kvinnojouren-kullan;"))
        .collect();
    assert_eq!(
        partner_rows.len(),
        2,
        "only the questions: {partner_rows:?}"
    );
    // The open data holds both closed rounds, each compared with the one before, and is
    // described by the OpenAPI document.
    let data = get(addr, "/api/v1/omgangar.json").await;
    assert_eq!(data.status, 200);
    let data: serde_json::Value = serde_json::from_str(&data.body).expect("JSON");
    let rounds = data["omgangar"].as_array().expect("rounds");
    let ids: Vec<&str> = rounds.iter().filter_map(|r| r["id"].as_str()).collect();
    assert_eq!(ids, ["kartlaggning-2019", id]);
    assert_eq!(rounds[0]["fran_kallorna"], true);
    assert_eq!(rounds[0]["jamfors_med"], serde_json::Value::Null);
    assert_eq!(rounds[1]["jamfors_med"], "kartlaggning-2019");
    let orgs = rounds[1]["organisationer"].as_array().expect("orgs");
    assert_eq!(orgs.len(), 18, "the county's 17 and the partner asked");
    let partner = orgs
        .iter()
        .find(|o| o["id"] == "kvinnojouren-kullan")
        .expect("the partner");
    assert_eq!(partner["profil"], serde_json::Value::Null);
    assert_eq!(partner["typ"], "partner");
    assert_eq!(partner["svar"][1]["svar"], "Långsiktig finansiering.");
    let falun = orgs.iter().find(|o| o["id"] == "2080").expect("Falun");
    assert_eq!(falun["tillfragad"], true);
    assert!(falun["indikatorer"]["lok"]["fore"].is_string());
    let spec = get(addr, "/api/v1/openapi.json").await;
    let spec: serde_json::Value = serde_json::from_str(&spec.body).expect("JSON");
    assert!(spec["paths"]["/api/v1/omgangar.json"].is_object());
    let required = spec["components"]["schemas"]["Omgang"]["required"]
        .as_array()
        .expect("required");
    for field in required {
        let field = field.as_str().expect("a name");
        assert!(rounds.iter().all(|r| r.get(field).is_some()), "{field}");
    }
    // The map, its file and the overview show the picture the round froze, and say so.
    let map = get(addr, &format!("/api/karta?omgang={id}")).await;
    assert_eq!(map.status, 200, "{}", map.body);
    let map: serde_json::Value = serde_json::from_str(&map.body).expect("JSON");
    assert_eq!(map["round"]["id"], id);
    assert_eq!(map["shown_on"], today.to_string());
    assert_eq!(map["orgs"].as_array().map(Vec::len), Some(17));
    for page in ["/", "/oversikt"] {
        let res = get(addr, &format!("{page}?omgang={id}")).await;
        assert_eq!(res.status, 200, "{page}");
        assert!(
            res.body
                .contains("Du ser läget som det frystes när Uppföljning stängs avslutades"),
            "{page}"
        );
        assert!(
            res.body.contains(&format!("/uppfoljning/{id}/rapport")),
            "{page}"
        );
    }
    // The change map between two closed rounds, either way round: the earlier is "before".
    for query in [
        format!("id={id}"),
        format!("id={id}&jamfor=kartlaggning-2019"),
        format!("id=kartlaggning-2019&jamfor={id}"),
    ] {
        let res = get(addr, &format!("/api/forandring?{query}")).await;
        assert_eq!(res.status, 200, "{query}: {}", res.body);
        let change: serde_json::Value = serde_json::from_str(&res.body).expect("JSON");
        assert_eq!(change["report"]["round"]["id"], id, "{query}");
        assert_eq!(
            change["report"]["previous"]["id"], "kartlaggning-2019",
            "{query}"
        );
        assert_eq!(change["closed"].as_array().map(Vec::len), Some(2));
    }
    for query in ["id=finns-inte", &format!("id={id}&jamfor=finns-inte")] {
        let res = get(addr, &format!("/api/forandring?{query}")).await;
        assert_eq!(res.status, 404, "{query}");
    }
    let page = get(addr, &format!("/uppfoljning/{id}/forandring?indikator=lok")).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains(
            "Lokal överenskommelse (LÖK): från Kartläggning 2019 till Uppföljning stängs"
        ),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("data-forandring=\""),
        "areas name their move"
    );
    assert!(
        page.body.contains("<form method=\"get\""),
        "the choice works without JavaScript"
    );
    let svg = get(addr, "/karta.svg?omgang=kartlaggning-2019").await;
    assert_eq!(svg.status, 200);
    assert!(svg.body.contains("2 mars 2020"), "dated the day it closed");
    let missing = get(addr, "/api/karta?omgang=finns-inte").await;
    assert_eq!(missing.status, 404);

    for part in ["finns-inte.csv", "rapport.pdf", "..%2Fhemligt.csv"] {
        let res = get(addr, &format!("/uppfoljning/{id}/rapport/{part}")).await;
        assert_eq!(res.status, 404, "{part}");
    }
}

#[tokio::test]
async fn the_reminders_page_is_for_administrators_and_says_when_no_mail_is_sent() {
    let addr = start().await;
    let admin = login(addr, "admin@region.se").await;
    let falun = login(addr, "a@falun.se").await;
    let today = service::clock::Clock::system().today();
    let body = round_form("Uppföljning påminnelser", today, 30).to_string();
    let started = post_json(addr, "/api/starta-omgang", Some(&admin), &body).await;
    assert_eq!(started.status, 200, "{}", started.body);
    let page = "/uppfoljning/uppfoljning-paminnelser/paminnelser";

    let seen = get_as(addr, page, Some(&admin)).await;
    assert_eq!(seen.status, 200, "{}", seen.body);
    for text in [
        "Påminnelser: Uppföljning påminnelser",
        "Ingen e-postserver är inställd (SMTP_URL)",
        "När omgången öppnar",
        "14 dagar före sista dagen",
        "Dagen efter sista dagen",
    ] {
        assert!(seen.body.contains(text), "{text}");
    }
    // The round's page links to it for the administrator only.
    let round = get_as(addr, "/uppfoljning/uppfoljning-paminnelser", Some(&admin)).await;
    assert!(round.body.contains(page));
    let round = get_as(addr, "/uppfoljning/uppfoljning-paminnelser", Some(&falun)).await;
    assert!(!round.body.contains(page));
    // The places a reminder's links lead to are there for the coordinator.
    for item in [
        domain::model::round::Item::Section(domain::model::profile::Section::Work),
        domain::model::round::Item::Question(1),
    ] {
        let id = domain::view::round::item_anchor(item);
        assert!(round.body.contains(&format!("id=\"{id}\"")), "{id}");
    }

    for (token, status) in [(None, 401), (Some(falun.as_str()), 403)] {
        let res = get_as(addr, "/api/paminnelser?id=uppfoljning-paminnelser", token).await;
        assert_eq!(res.status, status, "{token:?}: {}", res.body);
        let res = get_as(addr, page, token).await;
        assert!(!res.body.contains("Ingen e-postserver"), "{token:?}");
    }
    let missing = get_as(addr, "/api/paminnelser?id=finns-inte", Some(&admin)).await;
    assert_eq!(missing.status, 404, "{}", missing.body);
}
