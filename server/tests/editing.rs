//! Editing over HTTP against a started server: sessions and cookies, every mutating server
//! function refusing callers who may not use it (and changing nothing), hostile payloads
//! never answered 500, stored markup shown as text.

mod common;

use common::{
    PASSWORD, Response, cookie_token, form, get, login, post_form, post_json, request, start,
    version,
};
use std::net::SocketAddr;

async fn state(addr: SocketAddr, admin: &str) -> String {
    common::visible_state(addr, admin, &["2080", "2062"]).await
}

fn save_body(org: &str, version: u64, lok: &str) -> String {
    serde_json::json!({ "id": org, "base_version": version, "form": { "lok_stage": lok } })
        .to_string()
}

#[tokio::test]
async fn session_cookie_is_http_only_lax_and_secure_over_https() {
    let addr = start().await;
    let body = form(&[("email", "a@falun.se"), ("password", PASSWORD)]);
    let res = post_form(addr, "/api/logga-in", None, &body).await;
    let set_cookie = |headers: &str, name: &str| {
        headers
            .lines()
            .find(|l| {
                l.to_ascii_lowercase().starts_with("set-cookie") && l.contains(&format!("{name}="))
            })
            .unwrap_or_default()
            .to_owned()
    };
    let cookie = set_cookie(&res.headers, "kvf_session");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(!cookie.contains("Secure"), "plain http on loopback");
    // Beside it, the session's anti-forgery token, for the page's code to read.
    let session = cookie_token(&res.headers).expect("a session");
    let token = set_cookie(&res.headers, api::cookies::FORGERY_TOKEN);
    assert!(
        token.contains(&format!(
            "{}={};",
            api::cookies::FORGERY_TOKEN,
            service::security::forgery_token(&session)
        )),
        "{token}"
    );
    assert!(!token.contains("HttpOnly") && token.contains("SameSite=Lax"));
    let headers = "Content-Type: application/x-www-form-urlencoded\r\nX-Forwarded-Proto: https\r\n";
    let res = request(addr, "POST", "/api/logga-in", headers, body.as_bytes()).await;
    assert!(
        set_cookie(&res.headers, "kvf_session").contains("; Secure")
            && set_cookie(&res.headers, api::cookies::FORGERY_TOKEN).contains("; Secure"),
        "{}",
        res.headers
    );
}

#[tokio::test]
async fn a_failed_login_says_nothing_about_the_account() {
    let addr = start().await;
    let wrong = post_form(
        addr,
        "/api/logga-in",
        None,
        &form(&[("email", "b@mora.se"), ("password", "fel lösenord 123")]),
    )
    .await;
    let missing = post_form(
        addr,
        "/api/logga-in",
        None,
        &form(&[("email", "ingen@mora.se"), ("password", "fel lösenord 123")]),
    )
    .await;
    let disabled = post_form(
        addr,
        "/api/logga-in",
        None,
        &form(&[("email", "av@falun.se"), ("password", PASSWORD)]),
    )
    .await;
    for res in [&wrong, &missing, &disabled] {
        assert_eq!(res.status, 401);
        assert_eq!(res.body, "\"LoginFailed\"");
        assert_eq!(cookie_token(&res.headers), None);
    }
}

#[tokio::test]
async fn login_rotates_the_session_and_logout_ends_it() {
    let addr = start().await;
    let first = login(addr, "b@mora.se").await;
    let headers = format!(
        "Content-Type: application/x-www-form-urlencoded\r\nCookie: kvf_session={first}\r\n"
    );
    let body = form(&[("email", "b@mora.se"), ("password", PASSWORD)]);
    let res = request(addr, "POST", "/api/logga-in", &headers, body.as_bytes()).await;
    let second = cookie_token(&res.headers).expect("new token");
    assert_ne!(first, second);
    let session =
        |t: String| async move { common::get_as(addr, "/api/session", Some(&t)).await.body };
    assert_eq!(
        session(first.clone()).await,
        "null",
        "the old token ended at login"
    );
    assert!(session(second.clone()).await.contains("b@mora.se"));
    let out = post_form(addr, "/api/logga-ut", Some(&second), "").await;
    assert_eq!(out.status, 200);
    for name in ["kvf_session", api::cookies::FORGERY_TOKEN] {
        assert!(
            out.headers
                .contains(&format!("{name}=; Path=/; SameSite=Lax; Max-Age=0"))
                || out.headers.contains(&format!(
                    "{name}=; Path=/; SameSite=Lax; HttpOnly; Max-Age=0"
                )),
            "{name} cleared: {}",
            out.headers
        );
    }
    assert_eq!(session(second).await, "null");
}

/// Each mutating endpoint against callers who may not use it; every refusal changes nothing.
#[tokio::test]
async fn refused_calls_change_nothing() {
    let addr = start().await;
    let admin = login(addr, "admin@region.se").await;
    let coordinator_b = login(addr, "b@mora.se").await;
    let disabled = common::DISABLED_SESSION.get().expect("set up").clone();
    let before = state(addr, &admin).await;
    let v = version(addr, "2080").await;
    let admin_calls = [
        (
            "/api/lagg-till-anvandare",
            form(&[
                ("email", "ny@falun.se"),
                ("role", "admin"),
                ("org", ""),
                ("password", PASSWORD),
                ("current_password", PASSWORD),
            ]),
        ),
        ("/api/stang-av-anvandare", form(&[("email", "a@falun.se")])),
        (
            "/api/granska-rok-beslut",
            form(&[("id", "2080"), ("base_version", &v.to_string())]),
        ),
        ("/api/satt-revidering", form(&[("start", "2031-10-01")])),
        (
            "/api/nytt-losenord",
            form(&[
                ("email", "a@falun.se"),
                ("password", "ett annat lösenord"),
                ("current_password", PASSWORD),
            ]),
        ),
    ];
    let unknown_token = "0".repeat(64);
    for (token, expected) in [
        (None, 401),
        (Some(coordinator_b.as_str()), 403),
        (Some(disabled.as_str()), 401),
        (Some(unknown_token.as_str()), 401),
    ] {
        let res = post_json(
            addr,
            "/api/spara-profil",
            token,
            &save_body("2080", v, "workshops"),
        )
        .await;
        assert_eq!(res.status, expected, "save by {token:?}: {}", res.body);
        for (path, body) in &admin_calls {
            let res = post_form(addr, path, token, body).await;
            assert_eq!(res.status, expected, "{path} by {token:?}: {}", res.body);
        }
    }
    assert_eq!(before, state(addr, &admin).await, "nothing changed");
}

#[tokio::test]
async fn mutations_are_post_only_and_same_site_only() {
    let addr = start().await;
    let admin = login(addr, "admin@region.se").await;
    let before = state(addr, &admin).await;
    for path in [
        "/api/spara-profil",
        "/api/lagg-till-anvandare",
        "/api/stang-av-anvandare",
        "/api/nytt-losenord",
        "/api/logga-in",
    ] {
        let res = get(addr, &format!("{path}?email=a@falun.se")).await;
        assert!(
            res.status == 405 || res.status == 400,
            "GET {path}: {}",
            res.status
        );
    }
    let v = version(addr, "2080").await;
    for origin in [
        "Origin: https://evil.example\r\n",
        "Sec-Fetch-Site: cross-site\r\n",
    ] {
        let headers = format!(
            "Content-Type: application/json\r\n{}{origin}",
            common::session_headers(&admin)
        );
        let res = request(
            addr,
            "POST",
            "/api/spara-profil",
            &headers,
            save_body("2080", v, "drafting").as_bytes(),
        )
        .await;
        assert_eq!(res.status, 403, "{origin}");
    }
    assert_eq!(before, state(addr, &admin).await);
}

#[tokio::test]
async fn malformed_payloads_get_4xx_never_500_and_change_nothing() {
    let addr = start().await;
    let admin = login(addr, "admin@region.se").await;
    let before = state(addr, &admin).await;
    let megabyte = "x".repeat(1 << 20);
    let bodies: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"{".to_vec(),
        b"null".to_vec(),
        b"[]".to_vec(),
        b"{\"id\": 2080}".to_vec(),
        b"{\"id\":\"2080\",\"base_version\":-1,\"form\":{}}".to_vec(),
        b"{\"id\":\"2080\",\"base_version\":1e99,\"form\":{}}".to_vec(),
        b"{\"id\":\"2080\",\"base_version\":1,\"form\":{\"coordinators\":\"many\"}}".to_vec(),
        b"{\"id\":\"2080\",\"base_version\":1,\"form\":{\"specialist\":[\"a\"]}}".to_vec(),
        b"{\"id\":\"../../etc\",\"base_version\":1,\"form\":{}}".to_vec(),
        vec![0xff, 0xfe, 0x00, 0x7b],
        format!("{{\"id\":\"2080\",\"base_version\":1,\"form\":{{\"decision\":\"{megabyte}\"}}}}")
            .into_bytes(),
        "{\"a\":".repeat(5000).into_bytes(),
    ];
    let paths = [
        "/api/spara-profil",
        "/api/logga-in",
        "/api/lagg-till-anvandare",
        "/api/stang-av-anvandare",
        "/api/nytt-losenord",
        // (Not logging out: it would end the session the later calls use.)
        "/api/forlang-session",
    ];
    let mut sent = 0;
    for path in paths {
        for body in &bodies {
            for content_type in ["application/json", "application/x-www-form-urlencoded"] {
                let headers = format!(
                    "Content-Type: {content_type}\r\n{}",
                    common::session_headers(&admin)
                );
                let res: Response = request(addr, "POST", path, &headers, body).await;
                assert!(
                    res.status < 500,
                    "{path} {content_type} {:?}: {} {}",
                    String::from_utf8_lossy(&body[..body.len().min(60)]),
                    res.status,
                    res.body
                );
                sent += 1;
            }
        }
    }
    assert_eq!(sent, 6 * 13 * 2);
    assert_eq!(before, state(addr, &admin).await);
}

#[tokio::test]
async fn an_oversized_field_gets_a_swedish_error() {
    let addr = start().await;
    let a = login(addr, "a@falun.se").await;
    let v = version(addr, "2080").await;
    let body = serde_json::json!({ "id": "2080", "base_version": v, "form": { "decision": "x".repeat(1 << 20) } });
    let res = post_json(addr, "/api/spara-profil", Some(&a), &body.to_string()).await;
    assert_eq!(res.status, 422);
    assert!(
        res.body.contains("högst 2000 tecken"),
        "{}",
        &res.body[..res.body.len().min(200)]
    );
    assert_eq!(version(addr, "2080").await, v);
}

#[tokio::test]
async fn a_save_shows_on_map_profile_and_history() {
    let addr = start().await;
    let b = login(addr, "b@mora.se").await;
    // Seen by visitors before the save, so the pages are in the page cache.
    let profile = get(addr, "/profil/2062").await.body;
    assert!(!profile.contains("av Mora"), "not yet saved");
    let map = get(addr, "/?indikator=lok").await.body;
    assert!(map.contains("Mora – LÖK: "));
    let v = version(addr, "2062").await;
    let res = post_json(
        addr,
        "/api/spara-profil",
        Some(&b),
        &save_body("2062", v, "adopted"),
    )
    .await;
    assert_eq!(res.status, 200, "{}", res.body);
    let stale = post_json(
        addr,
        "/api/spara-profil",
        Some(&b),
        &save_body("2062", v, "drafting"),
    )
    .await;
    assert_eq!(stale.status, 409);
    assert!(
        stale.body.contains("Conflict") && stale.body.contains("LÖK-status"),
        "{}",
        stale.body
    );
    let profile = get(addr, "/profil/2062").await.body;
    assert!(
        profile.contains("av Mora"),
        "last updated by the organisation"
    );
    let history = get(addr, "/profil/2062/historik").await.body;
    assert!(history.contains("LÖK-status") && history.contains("Antagen"));
    let map = get(addr, "/?indikator=lok").await.body;
    let mora = map.split("Mora – LÖK: ").nth(1).unwrap_or_default();
    assert!(
        mora.starts_with("Antagen"),
        "{}",
        &mora[..mora.len().min(40)]
    );
}

#[tokio::test]
async fn stored_markup_is_shown_as_text_everywhere() {
    let addr = start().await;
    for path in [
        "/profil/2021",
        "/profil/2021/historik",
        "/",
        "/?indikator=samordnare",
        "/api/v1/organisationer.csv",
    ] {
        let res = get(addr, path).await;
        assert_eq!(res.status, 200, "{path}");
        for needle in [
            "<script>alert",
            "<img src=x",
            "href=\"javascript:",
            "</script><script>",
        ] {
            assert!(!res.body.contains(needle), "{path} contains {needle}");
        }
    }
    let profile = get(addr, "/profil/2021").await.body;
    assert!(
        profile.contains("&lt;script&gt;alert(&#x27;namn&#x27;)")
            || profile.contains("&lt;script&gt;alert('namn')")
    );
    assert!(
        profile.contains("javascript:alert"),
        "the unsafe address is shown as text"
    );
    let csv = get(addr, "/api/v1/organisationer.csv").await;
    assert!(!csv.body.contains(";=HYPERLINK"), "formula guard");
    let json = get(addr, "/api/v1/organisationer.json").await;
    assert!(
        json.headers
            .to_ascii_lowercase()
            .contains("x-content-type-options: nosniff")
    );
}

#[tokio::test]
async fn signed_in_visitors_get_their_own_page_not_the_cached_one() {
    let addr = start().await;
    let anonymous = get(addr, "/oversikt").await;
    assert_eq!(anonymous.status, 200);
    let token = login(addr, "c@ludvika.se").await;
    let own = common::get_as(addr, "/oversikt", Some(&token)).await;
    assert!(
        own.body.contains("Inloggad som c@ludvika.se"),
        "{}",
        own.body
    );
    let again = get(addr, "/oversikt").await;
    assert!(
        !again.body.contains("Inloggad som"),
        "a visitor never sees another's page"
    );
    assert!(again.body.contains("Logga in"));
}

/// A body each server function that changes something would accept from an administrator:
/// refused all the same without the session's anti-forgery token.
fn accepted_body(path: &str, version: u64) -> (&'static str, String) {
    let json = "application/json";
    let form_type = "application/x-www-form-urlencoded";
    match path {
        "/api/spara-profil" => (json, save_body("2026", version, "drafting")),
        "/api/lagg-till-anvandare" => (
            form_type,
            form(&[
                ("email", "utan-nyckel@falun.se"),
                ("role", "admin"),
                ("org", ""),
                ("password", PASSWORD),
                ("current_password", PASSWORD),
            ]),
        ),
        "/api/stang-av-anvandare" => (form_type, form(&[("email", "b@mora.se")])),
        "/api/nytt-losenord" => (
            form_type,
            form(&[
                ("email", "b@mora.se"),
                ("password", "ett annat långt lösenord"),
                ("current_password", PASSWORD),
            ]),
        ),
        "/api/starta-omgang" => (
            json,
            serde_json::json!({ "form": {
                "title": "Utan nyckel", "opens": "2026-01-01", "deadline": "2026-02-01",
                "orgs": ["2080"], "sections": ["styrning"], "questions": "", "overlap_confirmed": true,
            }})
            .to_string(),
        ),
        "/api/bekrafta-avsnitt" => (
            form_type,
            form(&[("round", "utan-nyckel"), ("org", "2080"), ("section", "styrning")]),
        ),
        "/api/svara-pa-fraga" => (
            form_type,
            form(&[("round", "utan-nyckel"), ("org", "2080"), ("question", "0"), ("text", "Svar")]),
        ),
        "/api/andra-omgang" => (
            json,
            serde_json::json!({ "id": "utan-nyckel", "form": {
                "title": "Utan nyckel", "opens": "2026-01-01", "deadline": "2026-02-01",
                "orgs": ["2080"], "sections": ["styrning"], "questions": "", "overlap_confirmed": true,
            }})
            .to_string(),
        ),
        "/api/avsluta-omgang" => (
            form_type,
            form(&[("round", "utan-nyckel"), ("confirm", "true")]),
        ),
        "/api/granska-rok-beslut" => (
            form_type,
            form(&[("id", "2026"), ("base_version", &version.to_string())]),
        ),
        "/api/satt-revidering" => (form_type, form(&[("start", "2031-10-01")])),
        "/api/dra-tillbaka-dokument" => (
            form_type,
            form(&[("id", "2080"), ("digest", &"0".repeat(64))]),
        ),
        "/api/rapportera-brist" => (
            form_type,
            form(&[("message", "Utan nyckel"), ("page", ""), ("contact", "")]),
        ),
        "/api/logga-ut" | "/api/forlang-session" => (form_type, String::new()),
        other => panic!("no body for the server function {other}: add one here"),
    }
}

/// Every server function reached by POST but the login (which has no session yet).
fn changes() -> Vec<&'static str> {
    let login = <api::account::Login as leptos::server_fn::ServerFn>::PATH;
    let mut paths: Vec<&str> = leptos::server_fn::axum::server_fn_paths()
        .filter(|(path, method)| {
            *method == leptos::server_fn::axum_export::http::Method::POST && *path != login
        })
        .map(|(path, _)| path)
        .collect();
    paths.sort_unstable();
    paths
}

#[tokio::test]
async fn every_change_without_its_sessions_token_is_refused_and_changes_nothing() {
    let addr = start().await;
    let admin = login(addr, "admin@region.se").await;
    let other = login(addr, "c@ludvika.se").await;
    // Gagnef's profile and the accounts: what no other test here changes.
    let before = common::visible_state(addr, &admin, &["2026"]).await;
    let v = version(addr, "2026").await;
    let changes = changes();
    assert!(changes.len() >= 6, "{changes:?}");
    let wrong = [
        String::new(),
        format!("{}: {}\r\n", api::csrf::HEADER, "0".repeat(64)),
        format!("{}: \r\n", api::csrf::HEADER),
        // Another session's token, and the session token itself.
        format!(
            "{}: {}\r\n",
            api::csrf::HEADER,
            service::security::forgery_token(&other)
        ),
        format!("{}: {admin}\r\n", api::csrf::HEADER),
    ];
    for path in &changes {
        let (content_type, body) = accepted_body(path, v);
        for extra in &wrong {
            let headers = format!(
                "Content-Type: {content_type}\r\nAccept: application/json\r\nCookie: kvf_session={admin}\r\n{extra}"
            );
            let res = request(addr, "POST", path, &headers, body.as_bytes()).await;
            assert_eq!(res.status, 403, "{path} with {extra:?}: {}", res.body);
            assert_eq!(
                res.body, r#"{"Denied":"Forged"}"#,
                "{path}: the error the page shows"
            );
        }
        if content_type == "application/x-www-form-urlencoded" {
            // A form without JavaScript: a wrong or another session's token in the field.
            for token in ["falsk".to_owned(), service::security::forgery_token(&other)] {
                let field = form(&[(api::csrf::FIELD, &token)]);
                let body = if body.is_empty() {
                    field
                } else {
                    format!("{body}&{field}")
                };
                let headers =
                    format!("Content-Type: {content_type}\r\nCookie: kvf_session={admin}\r\n");
                let res = request(addr, "POST", path, &headers, body.as_bytes()).await;
                assert_eq!(res.status, 403, "{path} with the field {token}");
                assert!(res.body.contains("säkerhetsnyckel"), "{}", res.body);
            }
        }
    }
    assert_eq!(
        before,
        common::visible_state(addr, &admin, &["2026"]).await,
        "nothing changed"
    );
    // With its token the same change goes through.
    let (content_type, body) = accepted_body("/api/spara-profil", v);
    let headers = format!(
        "Content-Type: {content_type}\r\n{}",
        common::session_headers(&admin)
    );
    let res = request(addr, "POST", "/api/spara-profil", &headers, body.as_bytes()).await;
    assert_eq!(res.status, 200, "{}", res.body);
}

/// The attack as reported: a coordinator's text that closes the textarea and brings a form
/// posting to the user administration. The edit page shows it as text to the coordinator and
/// to an administrator, and the form's request, sent with the administrator's cookie, is
/// refused and adds nobody.
#[tokio::test]
async fn the_reported_attack_neither_renders_nor_acts() {
    let addr = start().await;
    let coordinator = login(addr, "c@ludvika.se").await;
    let admin = login(addr, "admin@region.se").await;
    let attack = "</textarea></form><form action=\"/api/lagg-till-anvandare\" method=\"post\"><input type=\"hidden\" name=\"role\" value=\"admin\"><button>Spara ändringarna</button></form><script>alert(1)</script>";
    let v = version(addr, "2085").await;
    let body = serde_json::json!({
        "id": "2085", "base_version": v,
        "form": { "teams": "</textarea><script>alert(1)</script>", "decision": attack }
    });
    let saved = post_json(
        addr,
        "/api/spara-profil",
        Some(&coordinator),
        &body.to_string(),
    )
    .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    for token in [&coordinator, &admin] {
        let page = common::get_as(addr, "/profil/2085/redigera", Some(token)).await;
        assert_eq!(page.status, 200);
        let html = scraper::Html::parse_document(&page.body);
        let forms = scraper::Selector::parse("form[action=\"/api/lagg-till-anvandare\"]")
            .expect("selector");
        assert_eq!(html.select(&forms).count(), 0, "no injected form");
        let scripts = scraper::Selector::parse("script").expect("selector");
        assert!(
            html.select(&scripts)
                .all(|s| !s.inner_html().contains("alert(1)</script")
                    && common::own_script(s.value().attr("src"), s.value().attr("nonce"), None)),
            "every script is the page's own"
        );
        let areas = scraper::Selector::parse("textarea").expect("selector");
        assert!(
            html.select(&areas).all(|t| t.inner_html().is_empty()),
            "a textarea's value is set by the page's code, never written into it"
        );
    }
    let accounts = || common::visible_state(addr, &admin, &[]);
    let before = accounts().await;
    let res = request(
        addr,
        "POST",
        "/api/lagg-till-anvandare",
        &format!(
            "Content-Type: application/x-www-form-urlencoded\r\nOrigin: http://{addr}\r\nCookie: kvf_session={admin}\r\n"
        ),
        form(&[
            ("email", "angripare@falun.se"),
            ("role", "admin"),
            ("org", ""),
            ("password", PASSWORD),
        ])
        .as_bytes(),
    )
    .await;
    assert_eq!(res.status, 403);
    assert_eq!(before, accounts().await, "nobody was added");
}

/// A server function reads a request's whole body: a body over the limit is refused before
/// that, so no request can fill the memory; it changes nothing.
#[tokio::test]
async fn a_body_over_the_limit_is_refused_and_changes_nothing() {
    let addr = start().await;
    let admin = login(addr, "admin@region.se").await;
    // Leksand's profile and the accounts: what no other test here changes.
    let state = || common::visible_state(addr, &admin, &["2029"]);
    let before = state().await;
    let v = version(addr, "2029").await;
    let over = "x".repeat(server::routes::BODY_LIMIT);
    let body = serde_json::json!({
        "id": "2029", "base_version": v, "form": { "decision": over }
    });
    for token in [None, Some(admin.as_str())] {
        let session = token.map(common::session_headers).unwrap_or_default();
        let headers =
            format!("Content-Type: application/json\r\nOrigin: http://{addr}\r\n{session}");
        // The server may answer 413 and close before the whole body is written; a cut
        // connection is then the same refusal, seen from the sending side.
        let res = common::try_request(
            addr,
            "POST",
            "/api/spara-profil",
            &headers,
            body.to_string().as_bytes(),
        )
        .await;
        if let Ok(res) = res {
            assert_eq!(res.status, 413, "{token:?}");
        }
    }
    assert_eq!(before, state().await);
}
