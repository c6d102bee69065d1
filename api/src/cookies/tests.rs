#[test]
fn finds_the_first_valid_value_of_a_name() {
    let list = "theme=dark; kvf_token=; kvf_token=abc;x=y";
    assert_eq!(
        super::find(list, "kvf_token", |v| !v.is_empty()),
        Some("abc")
    );
    assert_eq!(super::find(list, "x", |_| true), Some("y"));
    assert_eq!(super::find(list, "saknas", |_| true), None);
    assert_eq!(super::find("", "x", |_| true), None);
}
