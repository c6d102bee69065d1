use super::*;

#[test]
fn the_bundle_reads_back_as_every_text_of_its_language() {
    for lang in Lang::ALL {
        let read = super::super::parse(text(lang));
        assert_eq!(read.len(), lang.table().len(), "{}", lang.code());
        for (key, value) in lang.table() {
            assert_eq!(read.get(key), Some(value), "{}: {key}", lang.code());
        }
    }
    assert!(text(Lang::Sv).contains("\nunknown = Ej rapporterat\n"));
    assert!(text(Lang::En).contains("\nunknown = Not reported\n"));
}

#[test]
fn each_language_has_its_own_path_and_the_version_follows_the_text() {
    assert!(path(Lang::Sv).starts_with("/texter/sv.txt?v="));
    assert!(path(Lang::En).starts_with("/texter/en.txt?v="));
    assert_ne!(version(Lang::Sv), version(Lang::En));
    assert_eq!(version(Lang::Sv).len(), 16);
}
