use super::*;

#[test]
fn finds_the_session_among_other_cookies() {
    let token = "a".repeat(64);
    let mut headers = HeaderMap::new();
    headers.insert(
        header::COOKIE,
        HeaderValue::from_str(&format!("theme=dark; {COOKIE}={token}; x=y"))
            .unwrap_or(HeaderValue::from_static("")),
    );
    assert_eq!(token_from_headers(&headers), Some(token));
    let mut bad = HeaderMap::new();
    bad.insert(
        header::COOKIE,
        HeaderValue::from_static("kvf_session=short"),
    );
    assert_eq!(token_from_headers(&bad), None);
    assert_eq!(token_from_headers(&HeaderMap::new()), None);
}
