use super::*;

#[test]
fn text_is_trimmed_and_bounded() {
    let mut e = FieldErrors::default();
    assert_eq!(text(&mut e, "f", "  hej ", 10), "hej");
    assert!(e.is_empty());
    text(&mut e, "f", &"x".repeat(11), 10);
    assert_eq!(
        e.text("f", Lang::Sv).as_deref(),
        Some("Texten får vara högst 10 tecken lång (nu 11).")
    );
}

#[test]
fn lines_skip_blanks_and_count() {
    let mut e = FieldErrors::default();
    assert_eq!(lines(&mut e, "f", "a\n\n  b \r\n", 5), vec!["a", "b"]);
    assert!(e.is_empty());
    lines(&mut e, "f", &"a\n".repeat(LIST_ITEMS_MAX + 1), 5);
    assert!(
        e.text("f", Lang::Sv)
            .is_some_and(|m| m.starts_with("Högst 50 rader"))
    );
}

#[test]
fn control_characters_are_refused() {
    let mut e = FieldErrors::default();
    text(&mut e, "f", "a\u{0}b", 10);
    assert!(e.get("f").is_some());
}

#[test]
fn first_error_per_field_is_kept() {
    let mut e = FieldErrors::default();
    e.add("f", Message::new(k::FORM_ERROR_CONTROL));
    e.add("f", Message::new(k::FORM_ERROR_CHOICE));
    assert_eq!(e.get("f").map(Message::key), Some(k::FORM_ERROR_CONTROL));
    assert_eq!(e.len(), 1);
    assert!(e.into_result(()).is_err());
}
