use super::*;
use axum::http::HeaderValue;

fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
    let mut h = HeaderMap::new();
    for (k, v) in pairs {
        h.insert(*k, HeaderValue::from_static(v));
    }
    h
}

#[test]
fn own_origin_passes_and_others_are_refused() {
    let post = Method::POST;
    assert!(same_site(
        &post,
        &headers(&[("host", "karta.se"), ("origin", "https://karta.se")])
    ));
    assert!(same_site(
        &post,
        &headers(&[
            ("host", "127.0.0.1:3000"),
            ("origin", "http://127.0.0.1:3000")
        ])
    ));
    assert!(
        same_site(&post, &headers(&[("host", "karta.se")])),
        "non-browser clients send no Origin"
    );
    assert!(!same_site(
        &post,
        &headers(&[("host", "karta.se"), ("origin", "https://evil.se")])
    ));
    assert!(!same_site(
        &post,
        &headers(&[("host", "karta.se"), ("origin", "https://karta.se.evil.se")])
    ));
    assert!(!same_site(
        &post,
        &headers(&[("host", "karta.se"), ("origin", "null")])
    ));
    assert!(!same_site(
        &post,
        &headers(&[("host", "karta.se"), ("sec-fetch-site", "cross-site")])
    ));
    assert!(same_site(
        &Method::GET,
        &headers(&[("host", "karta.se"), ("origin", "https://evil.se")])
    ));
}
