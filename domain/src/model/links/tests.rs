use super::*;

#[test]
fn links_carry_the_date_escaped() {
    assert_eq!(with_datum("/", None), "/");
    assert_eq!(
        with_datum("/oversikt", Some("2025-01-01")),
        "/oversikt?datum=2025-01-01"
    );
    assert_eq!(with_datum("/", Some("a&b=<c>")), "/?datum=a%26b%3D%3Cc%3E");
}

#[test]
fn returns_only_to_this_site() {
    assert_eq!(
        local_path(Some("/oversikt?sortera=namn")),
        "/oversikt?sortera=namn"
    );
    assert_eq!(local_path(Some("//evil.example/")), "/");
    assert_eq!(local_path(Some("https://evil.example/")), "/");
    assert_eq!(local_path(Some("/\\evil.example")), "/");
    assert_eq!(local_path(None), "/");
}
