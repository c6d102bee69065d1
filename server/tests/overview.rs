//! HTTP tests of the county overview, past dates and the map files.

mod common;

use common::{get, get_with, start};

#[tokio::test]
async fn overview_renders_every_section_on_the_server() {
    let addr = start().await;
    let page = get(addr, "/oversikt").await;
    assert_eq!(page.status, 200);
    for id in [
        "i-korthet",
        "kartan",
        "per-indikator",
        "samordnare",
        "resultatomraden",
        "visioner",
        "jamforelse",
        "andringar",
        "kallor",
    ] {
        assert!(page.body.contains(&format!("id=\"{id}\"")), "section {id}");
    }
    assert!(page.body.contains("Är överenskommelsen i kraft?"));
    assert!(
        page.body
            .contains("Okänt. 0 av 16 huvudmän har rapporterat ett beslut (0 har antagit den)")
    );
    assert!(
        page.body
            .contains("Visioner som samlades i kartläggningen 2019")
    );
    assert!(
        page.body.contains("Kvinnojouren Kullan"),
        "the county group"
    );
    assert!(
        page.body
            .contains("betydligt mindre behandlingsmöjligheter"),
        "the county finding beside perpetrator treatment"
    );
    assert!(page.body.contains("de 6 källor som listas"));
    assert!(page.body.contains("Styrning och ledning"));
    assert!(page.body.contains("Ingen skall vara våldsutsatt i Dalarna"));
    assert!(
        page.body.contains("per 10 000 invånare"),
        "staffing per capita"
    );
    let table = page
        .body
        .split("id=\"jamforelsetabell\"")
        .nth(1)
        .and_then(|t| t.split("</table>").next())
        .expect("the comparison table");
    assert_eq!(
        table.matches("<th scope=\"row\"").count(),
        17,
        "one row per organisation"
    );
}

#[tokio::test]
async fn comparison_table_state_comes_from_the_query() {
    let addr = start().await;
    let page = get(addr, "/oversikt?sortera=namn&visa=kommuner").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Visar 15 av 17 organisationer"));
    let avesta = page.body.find("href=\"/profil/2084\"").expect("Avesta row");
    let alvdalen = page
        .body
        .find("href=\"/profil/2039\"")
        .expect("Älvdalen row");
    assert!(avesta < alvdalen, "Swedish alphabetical order");
    assert!(page.body.contains("aria-sort=\"ascending\""));

    let filtered = get(addr, "/oversikt?kategori=samordnare%3Adelad").await;
    assert!(filtered.body.contains("Visar 4 av 17 organisationer"));
}

#[tokio::test]
async fn a_past_date_shows_what_was_known_then() {
    let addr = start().await;
    let before_directive = get(addr, "/oversikt?datum=2024-01-01").await;
    assert_eq!(before_directive.status, 200);
    assert!(
        before_directive
            .body
            .contains("Du ser läget den 1 januari 2024")
    );
    assert!(before_directive.body.contains("id=\"rok-i-kraft\""));
    let before_mapping = get(addr, "/oversikt?datum=2019-06-01").await;
    assert!(
        !before_mapping
            .body
            .contains("Ingen skall vara våldsutsatt i Dalarna"),
        "the visions were collected in the 2020 report"
    );
    let map = get(addr, "/?indikator=samordnare&datum=2019-06-01").await;
    assert_eq!(map.status, 200);
    assert!(
        map.body
            .contains("aria-label=\"Mora – Samordnare: Ej rapporterat\""),
        "nothing documented before the report"
    );
    assert!(map.body.contains("href=\"/profil/2062?datum=2019-06-01\""));
    let profile = get(addr, "/profil/2062?datum=2019-06-01").await;
    assert_eq!(profile.status, 200);
    assert!(profile.body.contains("Du ser läget den 1 juni 2019"));
}

#[tokio::test]
async fn bad_dates_get_a_swedish_answer_not_a_failure() {
    let addr = start().await;
    for (path, needle) in [
        ("/oversikt?datum=2024-13-45", "går inte att läsa"),
        ("/oversikt?datum=2999-01-01", "har inte inträffat än"),
        ("/?datum=1999-01-01", "Uppgifterna börjar 2019"),
        (
            "/api/v1/organisationer.json?datum=igår",
            "går inte att läsa",
        ),
        ("/karta.svg?datum=%3Cscript%3E", "går inte att läsa"),
    ] {
        let page = get(addr, path).await;
        assert_eq!(page.status, 400, "{path}");
        assert!(page.body.contains(needle), "{path}: {}", page.body.len());
        if page.headers.to_ascii_lowercase().contains("text/html") {
            assert!(!page.body.contains("”<script>”"), "{path} echoes no markup");
        }
    }
}

/// Every route answers an error in the reader's language, and as JSON to a caller that asks
/// for it, as server functions do.
#[tokio::test]
async fn a_refusal_speaks_the_readers_language() {
    let addr = start().await;
    for path in [
        "/api/v1/organisationer.json?datum=igår",
        "/api/v1/organisationer.csv?datum=igår",
        "/karta.svg?datum=igår",
    ] {
        let english = get_with(addr, path, "Cookie: kvf_lang=en\r\n").await;
        assert_eq!(english.status, 400, "{path}");
        assert!(
            english.body.contains("cannot be read") && !english.body.contains("går inte"),
            "{path}: {}",
            english.body
        );
        let json = get_with(addr, path, "Accept: application/json\r\n").await;
        assert_eq!(json.status, 400, "{path}");
        let error: domain::error::AppError =
            serde_json::from_str(&json.body).expect("the error as JSON");
        assert!(
            matches!(error, domain::error::AppError::Date(_)),
            "{path}: {error:?}"
        );
    }
}

#[tokio::test]
async fn open_data_can_be_read_for_a_past_date() {
    let addr = start().await;
    let today = get(addr, "/api/v1/organisationer.json").await;
    let past = get(addr, "/api/v1/organisationer.json?datum=2019-06-01").await;
    assert_eq!((today.status, past.status), (200, 200));
    let parse = |body: &str| serde_json::from_str::<serde_json::Value>(body).expect("JSON");
    let mora = |doc: &serde_json::Value| {
        doc["organisationer"]
            .as_array()
            .and_then(|a| a.iter().find(|o| o["id"] == "2062").cloned())
            .expect("Mora")
    };
    assert_eq!(
        mora(&parse(&today.body))["indikatorer"]["samordnare"]["kategori"],
        "delad"
    );
    assert_eq!(
        mora(&parse(&past.body))["indikatorer"]["samordnare"]["kategori"],
        "ej-rapporterat"
    );
    let csv = get(addr, "/api/v1/organisationer.csv?datum=2024-01-01").await;
    assert_eq!(csv.status, 200);
}

#[tokio::test]
async fn the_map_downloads_as_svg_and_png() {
    let addr = start().await;
    let svg = get(addr, "/karta.svg?indikator=lok&datum=2025-01-31").await;
    assert_eq!(svg.status, 200);
    assert!(
        svg.headers
            .to_ascii_lowercase()
            .contains("content-type: image/svg+xml")
    );
    assert!(svg.headers.contains("kvinnofridskartan-lok-2025-01-31.svg"));
    assert!(svg.body.contains("Läget den 31 januari 2025"));
    assert!(svg.body.contains("Lantmäteriet"));
    assert!(svg.body.contains(">Falun</text>"));

    let png = get(addr, "/karta.png?indikator=rok").await;
    assert_eq!(png.status, 200);
    assert!(
        png.headers
            .to_ascii_lowercase()
            .contains("content-type: image/png")
    );
    assert_eq!(&png.bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG file");
    let width = u32::from_be_bytes(png.bytes[16..20].try_into().expect("IHDR width"));
    let height = u32::from_be_bytes(png.bytes[20..24].try_into().expect("IHDR height"));
    assert!(width >= 2 * 1400 && height >= 2 * 1000, "{width}×{height}");
    // Not a blank canvas: a plain white image of this size deflates to about 38 KB.
    assert!(png.bytes.len() > 50_000, "{} bytes", png.bytes.len());
}

#[tokio::test]
async fn the_language_switch_remembers_the_choice_and_returns_to_the_page() {
    let addr = start().await;
    let res = get(
        addr,
        "/sprak/en?tillbaka=%2Foversikt%3Fsortera%3Dnamn%26visa%3Dkommuner",
    )
    .await;
    assert_eq!(res.status, 303);
    let headers = res.headers.to_ascii_lowercase();
    assert!(
        headers.contains("location: /oversikt?sortera=namn&visa=kommuner"),
        "{headers}"
    );
    assert!(headers.contains("set-cookie: kvf_lang=en; path=/"));
    let elsewhere = get(addr, "/sprak/sv?tillbaka=%2F%2Fevil.example%2F").await;
    assert_eq!(elsewhere.status, 303);
    let location = elsewhere
        .headers
        .lines()
        .find(|l| l.to_ascii_lowercase().starts_with("location:"))
        .map(|l| l[9..].trim().to_owned());
    assert_eq!(location.as_deref(), Some("/"), "never to another site");
    assert_eq!(get(addr, "/sprak/de").await.status, 404);

    let english = common::get_with(addr, "/", "Cookie: kvf_lang=en\r\n").await;
    assert_eq!(english.status, 200);
    assert!(english.body.contains("<html lang=\"en\""));
    assert!(
        english
            .body
            .contains("aria-label=\"Falun – RÖK: Not reported\"")
    );
    let swedish = get(addr, "/").await;
    assert!(swedish.body.contains("<html lang=\"sv\""));
    let svg = common::get_with(addr, "/karta.svg?indikator=lok", "Cookie: kvf_lang=en\r\n").await;
    assert!(svg.body.contains("Legend"));
    let bad = common::get_with(
        addr,
        "/oversikt?datum=1999-01-01",
        "Cookie: kvf_lang=en\r\n",
    )
    .await;
    assert_eq!(bad.status, 400);
    assert!(bad.body.contains("The information starts in 2019"));
}

#[tokio::test]
async fn every_form_of_the_overview_keeps_the_pages_other_choices() {
    let addr = start().await;
    let page = get(
        addr,
        "/oversikt?indikator=lok&visa=kommuner&sortera=namn&sedan=2025-01-01",
    )
    .await;
    assert_eq!(page.status, 200);
    let forms: Vec<&str> = page.body.split("<form").skip(1).collect();
    let form = |marker: &str| {
        forms
            .iter()
            .find(|f| f.contains(marker))
            .unwrap_or_else(|| panic!("a form with {marker}"))
    };
    let hidden = |f: &str, name: &str, value: &str| {
        f.contains(&format!(
            "type=\"hidden\" name=\"{name}\" value=\"{value}\""
        ))
    };
    let date = form("name=\"datum\" type=\"date\"");
    assert!(
        hidden(date, "indikator", "lok"),
        "the date keeps the map's indicator"
    );
    assert!(hidden(date, "visa", "kommuner") && hidden(date, "sedan", "2025-01-01"));
    let picker = form("id=\"karta-indikator\"");
    assert!(hidden(picker, "visa", "kommuner") && hidden(picker, "sortera", "namn"));
    assert!(
        !hidden(picker, "indikator", "lok"),
        "the picker sets it itself"
    );
    let changes = form("id=\"sedan\"");
    assert!(hidden(changes, "indikator", "lok") && !hidden(changes, "sedan", "2025-01-01"));
}
