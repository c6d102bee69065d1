use super::*;

#[test]
fn finds_the_token_among_the_form_fields() {
    let body = b"email=a%40b.se&kvf_token=abc%20d&role=admin";
    assert_eq!(form_field(body, "kvf_token"), Some("abc d".to_owned()));
    assert_eq!(form_field(body, "saknas"), None);
    assert_eq!(form_field(b"%%%", "kvf_token"), None);
}
