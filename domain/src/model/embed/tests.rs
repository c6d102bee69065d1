use super::*;

const BASE: &str = "https://karta.example.se";

#[test]
fn the_address_names_the_indicator_and_only_a_language_other_than_swedish() {
    let sv = Embed::from_query(Some("samordnare"), None);
    assert_eq!(
        sv.address(BASE),
        "https://karta.example.se/inbadda?indikator=samordnare"
    );
    let en = Embed::from_query(Some("lok"), Some("en"));
    assert_eq!(
        en.address(BASE),
        "https://karta.example.se/inbadda?indikator=lok&sprak=en"
    );
    assert_eq!(en.full_map(BASE), "https://karta.example.se/?indikator=lok");
    assert_eq!(
        en.oembed(BASE),
        "https://karta.example.se/oembed?url=https:%2F%2Fkarta.example.se%2Finbadda%3Findikator%3Dlok%26sprak%3Den&format=json"
    );
    let unknown = Embed::from_query(Some("<script>"), Some("xx"));
    assert_eq!(unknown, Embed::from_query(None, None));
    assert_eq!(unknown.indicator, Indicator::DEFAULT);
    assert_eq!(unknown.lang, Lang::Sv);
}

#[test]
fn the_snippet_is_a_titled_frame_of_the_address_with_its_text_escaped() {
    let snippet = Embed::from_query(Some("rok"), None).snippet(BASE, 640, 720);
    assert!(snippet.starts_with(
        r#"<iframe src="https://karta.example.se/inbadda?indikator=rok" title="Kvinnofridskartan Dalarna – "#
    ));
    assert!(snippet.contains(r#" width="640" height="720" "#));
    assert!(snippet.ends_with("></iframe>"));
    let hostile = Embed::from_query(Some("rok"), None).snippet(r#""><script>"#, 1, 1);
    assert!(!hostile.contains("<script>"), "{hostile}");
    let english = Embed::from_query(Some("rok"), Some("en")).snippet(BASE, 640, 720);
    assert!(english.contains("&amp;sprak=en"), "{english}");
}

#[test]
fn oembed_takes_this_sites_map_and_nothing_else() {
    let of = |url: &str| Embed::of_url(url, BASE);
    assert_eq!(
        of("https://karta.example.se/?indikator=samordnare#tabellrubrik"),
        Some(Embed::from_query(Some("samordnare"), None))
    );
    assert_eq!(
        of("https://karta.example.se/inbadda?sprak=en&indikator=lok"),
        Some(Embed::from_query(Some("lok"), Some("en")))
    );
    assert_eq!(
        of("https://karta.example.se"),
        Some(Embed::from_query(None, None))
    );
    assert_eq!(of("https://karta.example.se/oversikt"), None);
    assert_eq!(
        of("https://karta.example.se.evil.example/?indikator=rok"),
        None
    );
    assert_eq!(of("https://annan.example/?indikator=rok"), None);
    assert_eq!(of("https://karta.example.se/profil/2080"), None);
}
