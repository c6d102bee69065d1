use super::*;

fn digest() -> Digest {
    Digest::parse(&"ab".repeat(32)).expect("digest")
}

#[test]
fn a_path_names_its_organisation_and_digest_and_reads_back() {
    let org = OrgId::parse("2080").expect("Falun");
    let path = path(&org, &digest());
    assert_eq!(path, format!("/dokument/2080/{}.pdf", "ab".repeat(32)));
    assert_eq!(parse_path(&path), Some((org, digest())));
    assert!(is_document_path(&path));
}

#[test]
fn only_a_known_organisation_and_a_full_digest_make_a_path() {
    let sha = "ab".repeat(32);
    for raw in [
        format!("/dokument/9999/{sha}.pdf"),
        format!("/dokument/2080/{}.pdf", &sha[1..]),
        format!("/dokument/2080/{}.pdf", sha.to_uppercase()),
        format!("/dokument/2080/{sha}.html"),
        format!("/dokument/2080/../{sha}.pdf"),
        format!("https://example.se/dokument/2080/{sha}.pdf"),
    ] {
        assert!(parse_path(&raw).is_none(), "{raw}");
    }
}

#[test]
fn a_name_with_a_folder_in_it_is_refused() {
    for raw in [
        "../../etc/passwd.pdf",
        "C:\\Users\\x\\beslut.pdf",
        "/tmp/beslut.pdf",
        "..",
        "c:beslut.pdf",
    ] {
        assert_eq!(check_name(raw), Err(Refused::NameHasPath), "{raw}");
    }
}

#[test]
fn a_plain_name_is_kept_and_others_are_refused() {
    assert_eq!(
        check_name(" Protokoll KF § 12.pdf "),
        Ok("Protokoll KF § 12.pdf".to_owned())
    );
    assert_eq!(
        check_name("Beslut SN 2024:12.pdf"),
        Ok("Beslut SN 2024:12.pdf".to_owned())
    );
    for raw in [
        "",
        " ",
        ".htaccess",
        "a\u{0}.pdf",
        "a\"b.pdf",
        &"x".repeat(201),
    ] {
        assert_eq!(check_name(raw), Err(Refused::NameInvalid), "{raw:?}");
    }
}

#[test]
fn a_download_always_ends_in_pdf() {
    let doc = |name: &str| Document {
        org: OrgId::parse("2080").expect("Falun"),
        digest: digest(),
        name: name.to_owned(),
        bytes: 1,
        by: "Falun".to_owned(),
        at: DateTime::UNIX_EPOCH,
        withdrawn: None,
    };
    assert_eq!(doc("beslut.PDF").file_name(), "beslut.PDF");
    assert_eq!(doc("beslut").file_name(), "beslut.pdf");
}

#[test]
fn every_refusal_is_found_again_by_its_message_key() {
    for why in Refused::ALL {
        assert_eq!(Refused::from_key(why.message().key().as_str()), Some(why));
    }
    assert_eq!(Refused::from_key("form.error.web"), None);
}
