use super::*;

#[test]
fn a_message_reads_in_both_languages_with_its_values() {
    let m = Message::new(k::FORM_ERROR_TOO_LONG)
        .with("max", 10)
        .with("count", 11);
    assert_eq!(
        m.text(Lang::Sv),
        "Texten får vara högst 10 tecken lång (nu 11)."
    );
    assert_eq!(
        m.text(Lang::En),
        "The text may be at most 10 characters long (now 11)."
    );
    assert_eq!(m.key(), k::FORM_ERROR_TOO_LONG);
}

#[test]
fn sent_with_its_swedish_text_and_read_back_the_same() {
    let m = Message::new(k::FORM_ERROR_UNKNOWN_CODE).with("code", "9999");
    let json = serde_json::to_string(&m).unwrap_or_default();
    assert!(json.contains("Okänd kod: 9999."), "{json}");
    let back: Message = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, m);
}
