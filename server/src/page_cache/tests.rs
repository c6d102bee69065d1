use super::*;

#[test]
fn every_copy_of_the_nonce_is_replaced_and_nothing_else() {
    let body = Bytes::from_static(b"<script nonce=\"abc\">x</script><p>ab abc</p>abc");
    let page = Page::new(Instant::now(), 0, HeaderMap::new(), &body, Some("abc"));
    assert_eq!(
        page.body(Some("n2")),
        Bytes::from_static(b"<script nonce=\"n2\">x</script><p>ab n2</p>n2")
    );
    let plain = Page::new(Instant::now(), 0, HeaderMap::new(), &body, None);
    assert_eq!(plain.body(Some("n2")), body);
}

#[test]
fn only_public_pages_are_kept() {
    for path in ["/", "/oversikt", "/profil/2080"] {
        assert!(cacheable_path(path), "{path}");
    }
    for path in [
        "/profil/2080/redigera",
        "/profil/2080/historik",
        "/profil/",
        "/admin",
        "/logga-in",
        "/api/v1/organisationer.json",
    ] {
        assert!(!cacheable_path(path), "{path}");
    }
}
