use super::*;

#[test]
fn csv_fields_are_quoted_and_guarded() {
    assert_eq!(csv_field("Falun"), "Falun");
    assert_eq!(csv_field("a;b"), "\"a;b\"");
    assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
}
