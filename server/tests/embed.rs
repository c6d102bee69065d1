//! The map on other sites: `/inbadda` may be framed by any site, runs nothing, sets no cookie
//! and stays small; `/oembed` describes it for this site's map addresses only. The browser
//! test `end2end/tests/embed.spec.mjs` frames it in a page of another origin.

mod common;

use common::{get, get_with, header, start};
use std::io::Write as _;

/// The base of the test servers' links (`common::state`).
const BASE: &str = "http://127.0.0.1";

fn gzip(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let written = encoder.write_all(bytes);
    assert!(written.is_ok());
    encoder.finish().map(|out| out.len()).unwrap_or(usize::MAX)
}

#[tokio::test]
async fn the_embedded_map_may_be_framed_anywhere_runs_nothing_and_sets_no_cookie() {
    let addr = start().await;
    let res = get_with(
        addr,
        "/inbadda?indikator=samordnare",
        "Cookie: kvf_lang=en\r\n",
    )
    .await;
    assert_eq!(res.status, 200, "{}", res.body);
    let policy = header(&res.headers, "content-security-policy").unwrap_or_default();
    assert!(policy.contains("frame-ancestors *"), "{policy}");
    assert!(policy.starts_with("default-src 'none';"), "{policy}");
    assert!(!policy.contains("script-src"), "{policy}");
    assert_eq!(header(&res.headers, "x-frame-options"), None);
    assert_eq!(header(&res.headers, "set-cookie"), None);
    assert_eq!(
        header(&res.headers, "x-content-type-options"),
        Some("nosniff")
    );
    assert!(!res.body.contains("<script"), "no script");
    // The language is the address's, never the cookie's.
    assert!(res.body.starts_with("<!DOCTYPE html><html lang=\"sv\">"));
    assert!(
        res.body
            .contains("<title>Kvinnofridskartan Dalarna – Samordnare – Dalarnas kommuner</title>")
    );
    // The map with its names and legend, the table and the full map on this site, the support.
    assert_eq!(res.body.matches("fill-rule=\"evenodd\"").count(), 15);
    assert!(res.body.contains("<h2>Teckenförklaring</h2>"));
    assert!(
        res.body
            .contains("Delade samordnare (samverkansavtal): <strong>4</strong>")
    );
    assert!(res.body.contains("Förkortningar på kartan: "));
    assert!(res.body.contains("© Lantmäteriet"));
    assert!(res.body.contains(&format!(
        "<a href=\"{BASE}/?indikator=samordnare#tabellrubrik\" target=\"_blank\" rel=\"noopener\">Samma uppgifter som tabell <span>(öppnas i en ny flik)</span></a>"
    )));
    assert!(res.body.contains(&format!(
        "<a href=\"{BASE}/?indikator=samordnare\" target=\"_blank\""
    )));
    assert!(res.body.contains("Kvinnofridslinjen"));
    assert!(res.body.contains("href=\"tel:020505050\""));
    assert!(res.body.contains("href=\"tel:112\""));
    // Everything it loads is in the page itself.
    for attribute in ["src=", "<link", "url(http", "@import"] {
        assert!(!res.body.contains(attribute), "{attribute}");
    }
    let size = gzip(&res.bytes);
    assert!(size <= 15 * 1024, "{size} bytes gzip");

    let english = get(addr, "/inbadda?indikator=lok&sprak=en").await;
    assert!(
        english
            .body
            .starts_with("<!DOCTYPE html><html lang=\"en\">")
    );
    assert!(english.body.contains("(opens in a new tab)"));
    let unknown = get(addr, "/inbadda?indikator=%3Cscript%3E&sprak=xx").await;
    assert_eq!(unknown.status, 200);
    assert!(unknown.body.contains("<html lang=\"sv\">"));
    assert!(unknown.body.contains(&format!("{BASE}/?indikator=rok\"")));
}

#[tokio::test]
async fn oembed_describes_this_sites_map_and_refuses_other_addresses_and_formats() {
    let addr = start().await;
    let ask = |url: &str, extra: &str| {
        format!("/oembed?url={}{extra}", domain::model::links::encode(url))
    };
    let res = get(
        addr,
        &ask(&format!("{BASE}/?indikator=lok"), "&format=json"),
    )
    .await;
    assert_eq!(res.status, 200, "{}", res.body);
    assert!(
        header(&res.headers, "content-type").is_some_and(|t| t.starts_with("application/json"))
    );
    let answer: serde_json::Value = serde_json::from_str(&res.body).unwrap_or_default();
    assert_eq!(answer["version"], "1.0");
    assert_eq!(answer["type"], "rich");
    assert_eq!(answer["provider_name"], "Kvinnofridskartan Dalarna");
    assert_eq!(answer["provider_url"], format!("{BASE}/"));
    assert_eq!(answer["width"], 640);
    assert_eq!(answer["height"], 720);
    let html = answer["html"].as_str().unwrap_or_default();
    assert!(
        html.starts_with(&format!(
            "<iframe src=\"{BASE}/inbadda?indikator=lok\" title=\"Kvinnofridskartan Dalarna – "
        )),
        "{html}"
    );
    assert!(html.contains(" width=\"640\" height=\"720\" "), "{html}");

    let small = get(
        addr,
        &ask(
            &format!("{BASE}/inbadda?indikator=rok&sprak=en"),
            "&maxwidth=300&maxheight=abc",
        ),
    )
    .await;
    let answer: serde_json::Value = serde_json::from_str(&small.body).unwrap_or_default();
    assert_eq!(answer["width"], 300);
    assert_eq!(
        answer["height"], 720,
        "a height that is no number is no limit"
    );
    assert!(
        answer["html"]
            .as_str()
            .unwrap_or_default()
            .contains("sprak=en")
    );

    // The map page names its oEmbed address in its head, and that address answers.
    let map = get(addr, "/?indikator=lok").await.body;
    let discovery = map
        .split("<link ")
        .filter_map(|tag| tag.split('>').next())
        .find(|tag| tag.contains("rel=\"alternate\" type=\"application/json+oembed\""))
        .and_then(|tag| tag.split("href=\"").nth(1))
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("no oEmbed link on the map page"));
    let described = get(addr, &discovery.replace("&amp;", "&").replacen(BASE, "", 1)).await;
    assert_eq!(described.status, 200, "{discovery}");
    assert!(
        described.body.contains("inbadda?indikator=lok"),
        "{}",
        described.body
    );

    for (path, status) in [
        (ask(&format!("{BASE}/?indikator=lok"), "&format=xml"), 501),
        (ask("https://annan.example/?indikator=lok", ""), 404),
        (ask(&format!("{BASE}/oversikt"), ""), 404),
        ("/oembed".to_owned(), 404),
    ] {
        assert_eq!(get(addr, &path).await.status, status, "{path}");
    }
}
