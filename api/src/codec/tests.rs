use super::*;

#[test]
fn what_is_encoded_decodes_to_the_same_value_and_bad_text_is_an_error() {
    let value: Result<Vec<(String, Option<u32>)>, String> = Ok(vec![
        ("Falun".to_owned(), Some(2080)),
        ("Ludvika".to_owned(), None),
    ]);
    let text = <Json as Encoder<_>>::encode(&value).expect("encodes");
    let back: Result<Vec<(String, Option<u32>)>, String> =
        <Json as Decoder<_>>::decode(&text).expect("decodes");
    assert_eq!(back, value);
    assert!(<Json as Decoder<Vec<u32>>>::decode("[1, \"två\"]").is_err());
}
