//! HTTP tests against a started server on a loopback port, with a seeded `mem://` database.
//! As in production, one server (on its own multi-threaded runtime) answers every client.

mod common;

use common::{get, get_with, header, start};

#[tokio::test]
async fn map_page_renders_every_municipality_on_the_server() {
    let addr = start().await;
    let page = get(addr, "/").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.body.matches("class=\"karta-omrade\"").count(), 15);
    assert!(
        page.body
            .contains("aria-label=\"Falun – RÖK: Ej rapporterat\"")
    );
    assert!(page.body.contains("<html lang=\"sv\""));
    assert!(page.body.contains("<caption"));
    assert!(
        page.body
            .contains("© Lantmäteriet (GSD-Sverigekartan 1:1 miljon), CC0")
    );
    assert!(page.body.contains("href=\"/profil/region-dalarna\""));
    assert!(page.body.contains("href=\"/profil/lansstyrelsen-dalarna\""));
    // The regional agreement: derived status and the dated timeline with sources.
    assert!(page.body.contains("id=\"rok-status\""));
    // No principal has reported a decision: whether it is in force is not known.
    assert!(page.body.contains(
        "Okänt om överenskommelsen är i kraft: 0 av 16 huvudmän har rapporterat ett beslut, och 0 av besluten är granskade mot underlag."
    ));
    assert!(!page.body.contains("inte i kraft"));
    assert!(page.body.contains("Ingen källa räknar upp dem"));
    assert!(page.body.contains("19 april 2024"));
}

#[tokio::test]
async fn indicator_in_the_query_selects_the_colouring() {
    let addr = start().await;
    let page = get(addr, "/?indikator=samordnare").await;
    assert_eq!(page.status, 200);
    // The report of 2020 is more than two years old, and the name says so.
    assert!(page.body.contains(
        "aria-label=\"Mora – Samordnare: Delade samordnare (samverkansavtal) (äldre än två år)\""
    ));
    assert!(
        page.body
            .contains("aria-label=\"Säter – Samordnare: Ej rapporterat\""),
        "nothing reported has no age"
    );
    let on_map = page
        .body
        .matches("<use href=\"#inaktuell-markering\" x=")
        .count();
    assert_eq!(on_map, 4, "the four Norra Dalarna municipalities");
    let legend = page
        .body
        .split("id=\"legend-inaktuell\"")
        .nth(1)
        .and_then(|l| l.split("</p>").next())
        .expect("the legend's line for old values");
    assert!(legend.contains("tabular-nums\">4<"), "{legend}");
    let page = get(addr, "/?indikator=okand").await;
    assert_eq!(
        page.status, 200,
        "an unknown indicator falls back, never fails"
    );
    assert!(
        page.body
            .contains("aria-label=\"Falun – RÖK: Ej rapporterat\"")
    );
}

#[tokio::test]
async fn profile_page_shows_values_with_sources() {
    let addr = start().await;
    let page = get(addr, "/profil/2080").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<h1"));
    assert!(page.body.contains("Falun"));
    assert!(page.body.contains("Ej rapporterat"));
    assert!(page.body.contains("avsnitt 6.1 Kommun, Resurser"));
    assert!(page.body.contains("59\u{a0}945 invånare"));
    assert!(page.body.contains("id=\"senast-uppdaterad\""));
}

#[tokio::test]
async fn unknown_pages_answer_404() {
    let addr = start().await;
    for path in [
        "/profil/9999",
        "/profil/%3Cscript%3E",
        "/finns-inte",
        "/profil/2080/okand",
    ] {
        let page = get(addr, path).await;
        assert_eq!(page.status, 404, "{path}");
        assert!(page.body.contains("Sidan finns inte"), "{path}");
    }
}

#[tokio::test]
async fn liveness_and_readiness_answer() {
    let addr = start().await;
    for path in ["/livez", "/readyz", "/healthz"] {
        let res = get(addr, path).await;
        assert_eq!((res.status, res.body.as_str()), (200, "ok"), "{path}");
    }
}

#[tokio::test]
async fn csv_opens_in_swedish_excel() {
    let addr = start().await;
    let res = get(addr, "/api/v1/organisationer.csv").await;
    assert_eq!(res.status, 200);
    assert!(
        res.headers
            .to_ascii_lowercase()
            .contains("text/csv; charset=utf-8")
    );
    assert!(res.body.starts_with('\u{feff}'), "UTF-8 BOM");
    let lines: Vec<&str> = res.body.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 18, "header and 17 organisations");
    let columns = lines[0].split(';').count();
    assert_eq!(
        columns,
        4 + 8 * 3 + 1,
        "each indicator with its date and age"
    );
    assert!(lines[0].contains(";Samordnare;Samordnare, datum;Samordnare, inaktuell;"));
    for line in &lines {
        assert_eq!(line.split(';').count(), columns, "{line}");
    }
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("2080;Falun;Kommun;59945;"))
    );
    let mora = lines
        .iter()
        .find(|l| l.starts_with("2062;"))
        .expect("Mora's row");
    assert!(
        mora.contains(";Delade samordnare (samverkansavtal);2020-03-02;Ja;"),
        "{mora}"
    );
}

#[tokio::test]
async fn json_and_openapi_describe_the_same_data() {
    let addr = start().await;
    let res = get(addr, "/api/v1/organisationer.json").await;
    assert_eq!(res.status, 200);
    let data: serde_json::Value = serde_json::from_str(&res.body).expect("JSON");
    let orgs = data["organisationer"].as_array().expect("array");
    assert_eq!(orgs.len(), 17);
    let mora = orgs.iter().find(|o| o["id"] == "2062").expect("Mora");
    assert_eq!(mora["indikatorer"]["samordnare"]["kategori"], "delad");
    assert_eq!(mora["indikatorer"]["samordnare"]["datum"], "2020-03-02");
    assert_eq!(mora["indikatorer"]["samordnare"]["inaktuell"], true);
    assert_eq!(mora["indikatorer"]["rok"]["datum"], serde_json::Value::Null);
    assert_eq!(mora["indikatorer"]["rok"]["inaktuell"], false);
    let then = get(addr, "/api/v1/organisationer.json?datum=2021-01-01").await;
    let then: serde_json::Value = serde_json::from_str(&then.body).expect("JSON");
    assert_eq!(then["datum"], "2021-01-01");
    let mora_then = then["organisationer"]
        .as_array()
        .and_then(|o| o.iter().find(|o| o["id"] == "2062"))
        .expect("Mora then");
    assert_eq!(
        mora_then["indikatorer"]["samordnare"]["inaktuell"], false,
        "ten months old on that day"
    );
    assert_eq!(mora["indikatorer"]["rok"]["etikett"], "Ej rapporterat");

    let res = get(addr, "/api/v1/openapi.json").await;
    let spec: serde_json::Value = serde_json::from_str(&res.body).expect("JSON");
    assert_eq!(spec["openapi"], "3.1.0");
    assert!(spec["paths"]["/api/v1/organisationer.csv"].is_object());
    assert!(spec["paths"]["/api/v1/organisationer.json"].is_object());
    let indicator = &spec["components"]["schemas"]["Indikator"]["properties"];
    assert!(indicator["datum"].is_object() && indicator["inaktuell"].is_object());
}

#[tokio::test]
async fn server_function_serves_map_data() {
    let addr = start().await;
    let res = get(addr, "/api/karta").await;
    assert_eq!(res.status, 200, "{}", res.body);
    let data: serde_json::Value = serde_json::from_str(&res.body).expect("JSON");
    assert_eq!(data["orgs"].as_array().map(Vec::len), Some(17));
}

#[tokio::test]
async fn pages_are_compressed_when_the_browser_accepts_gzip() {
    let addr = start().await;
    let res = get_with(addr, "/", "Accept-Encoding: gzip\r\n").await;
    assert_eq!(res.status, 200);
    assert!(
        res.headers
            .to_ascii_lowercase()
            .contains("content-encoding: gzip"),
        "{}",
        res.headers
    );
    let plain = get(addr, "/").await;
    assert!(
        !plain
            .headers
            .to_ascii_lowercase()
            .contains("content-encoding")
    );
}

#[tokio::test]
async fn the_quick_exit_leaves_for_the_configured_site_telling_it_nothing() {
    use domain::model::quick_exit::{DEFAULT_TARGET, PATH, Target};
    let page = get(start().await, "/profil/2080").await.body;
    assert!(page.contains(&format!("href=\"{PATH}\"")), "the button");
    assert!(
        page.contains("<script src=\"/lamna.js\" defer"),
        "its script"
    );
    assert!(
        !page.contains(DEFAULT_TARGET),
        "the page does not name the target"
    );

    let db = db::Db::connect(&db::DbConfig::for_tests())
        .await
        .expect("connects");

    for (exit, expected) in [
        (Target::default(), DEFAULT_TARGET),
        (
            Target::parse("https://www.smhi.se/vader").expect("a site"),
            "https://www.smhi.se/vader",
        ),
    ] {
        let mut state = common::shared(db.clone(), service::clock::Clock::system(), "target/site");
        state.exit = exit;
        let addr = common::serve_state(state.into()).await;
        let res = get(addr, PATH).await;
        assert_eq!(res.status, 303);
        let headers = res.headers.to_ascii_lowercase();
        assert!(
            headers.contains(&format!("location: {expected}\r\n")),
            "{headers}"
        );
        assert!(
            headers.contains("referrer-policy: no-referrer\r\n"),
            "{headers}"
        );
        assert!(headers.contains("cache-control: no-store"), "{headers}");
    }
}

#[tokio::test]
async fn accessibility_statement_and_support_line_are_public() {
    let addr = start().await;
    let statement = get(addr, "/tillganglighet").await;
    assert_eq!(statement.status, 200);
    // Digg's template: its headings in its order, the conformance, the date of the
    // assessment, the method and the supervising authority.
    let mut from = 0;
    for text in [
        "Hur tillgänglig är webbplatsen?",
        "Vad kan du göra om du inte kan använda delar av webbplatsen?",
        "Rapportera brister i webbplatsens tillgänglighet",
        "Tillsynsmyndighet",
        "href=\"https://www.digg.se/tdosanmalan\"",
        "Teknisk information om webbplatsens tillgänglighet",
        "delvis förenlig med lagen om tillgänglighet till digital offentlig service",
        "WCAG 2.2 på nivå AA",
        "Innehåll som inte är tillgängligt",
        "Bristande förenlighet med lagkraven",
        "Hur vi testat webbplatsen",
        "självskattning",
        "Senaste bedömningen gjordes den 3 december 2026.",
        "Redogörelsen uppdaterades senast den",
    ] {
        let at = statement.body[from..]
            .find(text)
            .unwrap_or_else(|| panic!("{text}, after the one before"));
        from += at + text.len();
    }
    for path in ["/", "/profil/2080", "/profil/region-dalarna"] {
        let page = get(addr, path).await.body;
        assert!(
            page.contains("href=\"tel:020505050\""),
            "{path}: Kvinnofridslinjen"
        );
        assert!(page.contains("href=\"tel:112\""), "{path}: 112");
        assert!(
            page.contains("href=\"/tillganglighet\""),
            "{path}: link to the statement"
        );
    }
}

/// Every inline script of a page is allowed by its response's policy, and nothing else is: by a
/// nonce new in every response, or, on a page sent again as the bytes it was made as, by the
/// script's hash. No `unsafe-inline`.
#[tokio::test]
async fn pages_run_only_their_own_scripts_and_nothing_frames_any_response() {
    let addr = start().await;
    let mut nonces = Vec::new();
    let mut stored = 0;
    // Repeated: a policy set at the wrong moment of rendering shows only now and then, and the
    // public pages are sent from the page cache within a second of being made.
    let paths = ["/", "/oversikt", "/profil/2080", "/logga-in", "/finns-inte"];
    for path in paths.iter().cycle().take(40) {
        let res = get(addr, path).await;
        let policy = header(&res.headers, "content-security-policy")
            .unwrap_or_else(|| panic!("{path}: no CSP in {}", res.headers));
        let scripts = policy
            .split(';')
            .map(str::trim)
            .find(|d| d.starts_with("script-src"))
            .unwrap_or_default();
        assert!(!scripts.contains("unsafe-inline"), "{path}: {policy}");
        let nonce = scripts
            .split_whitespace()
            .find_map(|s| s.strip_prefix("'nonce-")?.strip_suffix('\''));
        let hashes: Vec<&str> = scripts
            .split_whitespace()
            .filter(|s| s.starts_with("'sha256-"))
            .collect();
        assert!(
            nonce.is_some() == hashes.is_empty(),
            "{path}: a nonce or hashes: {policy}"
        );
        let tags: Vec<&str> = res.body.split("<script").skip(1).collect();
        assert!(!tags.is_empty(), "{path}: the hydration script is missing");
        for tag in tags {
            let (open, rest) = tag.split_once('>').unwrap_or_default();
            let attr = |name: &str| {
                open.split_once(&format!(" {name}=\""))
                    .and_then(|(_, rest)| rest.split('"').next())
            };
            let own = match nonce {
                Some(nonce) => common::own_script(attr("src"), attr("nonce"), Some(nonce)),
                None => {
                    let text = rest.split("</script").next().unwrap_or_default();
                    let hash = service::security::sha256_base64(text.as_bytes());
                    common::own_script(attr("src"), None, None)
                        || attr("src").is_none() && hashes.contains(&&*format!("'sha256-{hash}'"))
                }
            };
            assert!(own, "{path}: <script{open}> under {policy}");
        }
        assert!(policy.contains("frame-ancestors 'none'"), "{path}");
        assert_eq!(
            header(&res.headers, "x-frame-options"),
            Some("DENY"),
            "{path}"
        );
        match nonce {
            Some(nonce) => nonces.push(nonce.to_owned()),
            None => stored += 1,
        }
    }
    let rendered = nonces.len();
    nonces.sort();
    nonces.dedup();
    assert_eq!(nonces.len(), rendered, "a new nonce for every response");
    // `/logga-in` and the missing page are never kept; the public pages are, within a second.
    assert!(
        rendered >= 16 && stored > 0,
        "{rendered} rendered, {stored} stored"
    );
    for path in ["/api/v1/organisationer.json", "/karta.svg", "/healthz"] {
        let res = get(addr, path).await;
        let policy = header(&res.headers, "content-security-policy").unwrap_or_default();
        assert!(
            policy.contains("frame-ancestors 'none'"),
            "{path}: {policy}"
        );
        assert!(!policy.contains("script-src"), "{path}: {policy}");
        assert_eq!(
            header(&res.headers, "x-frame-options"),
            Some("DENY"),
            "{path}"
        );
    }
}

#[tokio::test]
async fn every_response_names_its_request() {
    let addr = start().await;
    let first = get(addr, "/healthz").await;
    let second = get(addr, "/healthz").await;
    let id = |headers: &str| header(headers, "x-request-id").map(str::to_owned);
    let (a, b) = (id(&first.headers), id(&second.headers));
    assert!(
        a.as_ref().is_some_and(|a| a.len() == 36),
        "{first:?}",
        first = first.headers
    );
    assert_ne!(a, b, "a new id for every request");
    // An id set by a proxy in front is kept, so its logs and ours can be matched.
    let given = get_with(addr, "/healthz", "X-Request-Id: lb-4711\r\n").await;
    assert_eq!(id(&given.headers).as_deref(), Some("lb-4711"));
}

/// The path to the page's texts, as its root element names it.
fn texts_link(page: &str) -> String {
    let attribute = format!("{}=\"", domain::i18n::TEXTS_ATTRIBUTE);
    let tag = page
        .split("<html")
        .nth(1)
        .and_then(|rest| rest.split('>').next())
        .unwrap_or_else(|| panic!("no root element in {page}"));
    tag.split(attribute.as_str())
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("the root element names no texts: {tag}"))
        .replace("&amp;", "&")
}

#[tokio::test]
async fn each_page_links_to_the_texts_of_its_language_which_may_be_kept() {
    let addr = start().await;
    let swedish = texts_link(&get(addr, "/profil/2080").await.body);
    let english = texts_link(&get_with(addr, "/", "Cookie: kvf_lang=en\r\n").await.body);
    assert!(swedish.starts_with("/texter/sv.txt?v="), "{swedish}");
    assert!(english.starts_with("/texter/en.txt?v="), "{english}");

    let sv = get(addr, &swedish).await;
    assert_eq!(sv.status, 200);
    assert_eq!(
        header(&sv.headers, "content-type"),
        Some("text/plain; charset=utf-8")
    );
    assert_eq!(
        header(&sv.headers, "cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert!(sv.body.contains("\nunknown = Ej rapporterat\n"));
    assert!(!sv.body.contains("Not reported"));
    let en = get(addr, &english).await;
    assert!(en.body.contains("\nunknown = Not reported\n"));
    assert_eq!(
        en.body.lines().count(),
        sv.body.lines().count(),
        "every key in both"
    );

    // An old or missing version: the same texts, checked again next time.
    let old = get(addr, "/texter/sv.txt?v=0000000000000000").await;
    assert_eq!(old.status, 200);
    assert_eq!(header(&old.headers, "cache-control"), Some("no-cache"));
    assert_eq!(old.body, sv.body);
    assert_eq!(get(addr, "/texter/de.txt").await.status, 404);
    assert_eq!(get(addr, "/texter/sv").await.status, 404);
}

#[tokio::test]
async fn the_method_page_and_the_code_book_say_what_the_rules_do() {
    use domain::model::Indicator;
    let addr = start().await;
    let page = get(addr, "/metod").await;
    assert_eq!(page.status, 200);
    let book = get(addr, "/api/v1/kodbok.json").await;
    assert_eq!(book.status, 200);
    let book: serde_json::Value = serde_json::from_str(&book.body).expect("JSON");
    let indicators = book["indikatorer"].as_array().expect("indicators");
    assert_eq!(indicators.len(), Indicator::ALL.len());
    for (i, entry) in Indicator::ALL.into_iter().zip(indicators) {
        assert_eq!(entry["nyckel"], i.key());
        assert!(page.body.contains(&format!("id=\"{}\"", i.key())), "{i:?}");
        let rules: Vec<&str> = entry["regler"]
            .as_array()
            .expect("rules")
            .iter()
            .filter_map(|r| r["nyckel"].as_str())
            .collect();
        let code: Vec<&str> = i.rules().iter().map(|r| r.key).collect();
        assert_eq!(
            rules, code,
            "{i:?}: the code book lists the rules in the order tried"
        );
        // The page lists the same rules in the same order.
        let section = page
            .body
            .split(&format!("id=\"{}\"", i.key()))
            .nth(1)
            .and_then(|s| s.split("</section>").next())
            .expect("the indicator's section");
        let on_page: Vec<&str> = section
            .split("data-regel=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next())
            .collect();
        assert_eq!(on_page, code, "{i:?}");
    }
    let coordinators = &indicators[2]["regler"][1];
    assert_eq!(coordinators["nyckel"], "ofullstandig");
    assert_eq!(coordinators["kategori"], "ej-rapporterat");
    assert_eq!(book["alder"]["manader"], 24);
    assert_eq!(book["kallor"].as_array().map(Vec::len), Some(6));
    let report = book["kallor"]
        .as_array()
        .and_then(|k| k.iter().find(|s| s["id"] == "kartlaggning-rapport-2020"))
        .expect("the report");
    assert_eq!(report["version"], "0.1");
    assert_eq!(
        book["huvudman"]["typer"],
        serde_json::json!(["municipality", "region"])
    );
    assert!(page.body.contains("Version: 0.1"));
    assert!(page.body.contains("Vad betyder ”Ej rapporterat”?"));

    let spec = get(addr, "/api/v1/openapi.json").await;
    let spec: serde_json::Value = serde_json::from_str(&spec.body).expect("JSON");
    assert!(spec["paths"]["/api/v1/kodbok.json"].is_object());
    assert!(spec["paths"]["/api/v1/kalender.ics"].is_object());
    assert!(spec["paths"]["/api/v1/andringar.atom"].is_object());
    assert!(spec["components"]["schemas"]["Kodbok"].is_object());

    let map = get(addr, "/").await;
    assert!(
        map.body.contains("href=\"/metod\""),
        "linked from the map's caption"
    );
    let overview = get(addr, "/oversikt").await;
    assert!(
        overview.body.contains("href=\"/metod\""),
        "and from the overview"
    );
}

#[tokio::test]
async fn every_pattern_and_mark_a_page_draws_with_is_defined_on_it() {
    let addr = start().await;
    for path in ["/", "/?indikator=samordnare", "/oversikt", "/profil/2062"] {
        let page = get(addr, path).await;
        assert_eq!(page.status, 200, "{path}");
        let mut referenced: Vec<&str> = page
            .body
            .split("url(#")
            .skip(1)
            .filter_map(|s| s.split(')').next())
            .chain(
                page.body
                    .split("<use href=\"#")
                    .skip(1)
                    .filter_map(|s| s.split('"').next()),
            )
            .collect();
        referenced.sort_unstable();
        referenced.dedup();
        assert!(!referenced.is_empty(), "{path}");
        for id in referenced {
            assert!(
                page.body.contains(&format!("id=\"{id}\"")),
                "{path}: #{id} is not defined"
            );
        }
    }
}

/// Dates, ages and the latest date a reader may ask for follow the server's one clock, which a
/// test sets: Mora's coordinator value is from 2020-03-02.
#[tokio::test]
async fn the_servers_clock_decides_what_today_is() {
    let db = db::Db::connect(&db::DbConfig::for_tests())
        .await
        .expect("database");
    db.seed_if_empty(chrono::Utc::now()).await.expect("seed");
    let at = |s: &str| {
        s.parse::<chrono::DateTime<chrono::Utc>>()
            .expect("RFC 3339")
    };
    let clock = service::clock::Clock::fixed(at("2021-06-01T12:00:00Z"));
    let addr = common::serve_db_at(db, clock.clone()).await;
    let mora_on = |body: &str| {
        let data: serde_json::Value = serde_json::from_str(body).expect("JSON");
        let mora = data["organisationer"]
            .as_array()
            .and_then(|o| o.iter().find(|o| o["id"] == "2062").cloned())
            .expect("Mora");
        (
            data["datum"].clone(),
            mora["indikatorer"]["samordnare"]["inaktuell"].clone(),
        )
    };

    let res = get(addr, "/api/v1/organisationer.json").await;
    assert_eq!(
        mora_on(&res.body),
        (serde_json::json!("2021-06-01"), serde_json::json!(false)),
        "15 months old on the server's today"
    );
    let future = get(addr, "/api/v1/organisationer.json?datum=2021-06-02").await;
    assert_eq!(
        future.status, 400,
        "after the server's today: {}",
        future.body
    );
    assert_eq!(get(addr, "/?datum=2021-06-02").await.status, 400);

    clock.set(at("2022-06-01T12:00:00Z"));
    let res = get(addr, "/api/v1/organisationer.json").await;
    assert_eq!(
        mora_on(&res.body),
        (serde_json::json!("2022-06-01"), serde_json::json!(true)),
        "27 months old a year later"
    );
    assert_eq!(
        get(addr, "/api/v1/organisationer.json?datum=2021-06-02")
            .await
            .status,
        200
    );
}
