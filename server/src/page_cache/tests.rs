use super::*;

#[tokio::test]
async fn a_kept_page_is_sent_as_made_or_as_its_copy_with_its_scripts_hashes() {
    let html = "<script nonce=\"n1\">hydrate()</script><p>Falun</p>".repeat(50);
    let plain = Bytes::from(html.clone());
    let page = Page {
        made: Instant::now(),
        writes: 0,
        headers: HeaderMap::new(),
        scripts: StoredScripts::of(&html, "n1"),
        copies: compressed(plain.clone()).await,
        plain: plain.clone(),
    };
    assert_eq!(page.copies.len(), COPIES.len());
    for (encoding, expected) in [
        (Some(Encoding::Brotli), Some("br")),
        (Some(Encoding::Gzip), Some("gzip")),
        (None, None),
    ] {
        let response = page.answer(encoding);
        let headers = response.headers();
        let sent = headers
            .get(header::CONTENT_ENCODING)
            .and_then(|v| v.to_str().ok());
        assert_eq!(sent, expected);
        assert_eq!(
            headers.get(header::VARY).and_then(|v| v.to_str().ok()),
            Some("accept-encoding")
        );
        assert_eq!(
            response.extensions().get::<StoredScripts>(),
            Some(&page.scripts)
        );
        let body = axum::body::to_bytes(response.into_body(), MAX_PAGE_BYTES)
            .await
            .expect("body");
        if expected.is_none() {
            assert_eq!(body, plain);
        } else {
            assert!(body.len() < plain.len() / 10, "{expected:?}");
        }
    }
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
