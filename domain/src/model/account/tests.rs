use super::*;

#[test]
fn emails_are_normalised_and_checked() {
    assert_eq!(
        Email::parse("  Anna.Berg@Falun.SE ").map(String::from),
        Ok("anna.berg@falun.se".to_owned())
    );
    for bad in [
        "",
        "anna",
        "anna@",
        "@falun.se",
        "anna@falun",
        "a b@falun.se",
        "a@b@c.se",
    ] {
        assert!(Email::parse(bad).is_err(), "{bad}");
    }
    assert!(Email::parse(&format!("{}@falun.se", "a".repeat(65))).is_err());
}

#[test]
fn roles_round_trip() {
    for role in [Role::Admin, Role::Coordinator] {
        assert_eq!(Role::parse(role.key()), Some(role));
    }
    assert_eq!(Role::parse("root"), None);
}

#[test]
fn password_length_bounds() {
    assert_eq!(
        check_password(&"x".repeat(11)),
        Err(PasswordError::TooShort)
    );
    assert_eq!(check_password(&"x".repeat(12)), Ok(()));
    assert_eq!(check_password(&"å".repeat(128)), Ok(()));
    assert_eq!(
        check_password(&"x".repeat(129)),
        Err(PasswordError::TooLong)
    );
}

#[test]
fn account_errors_read_from_the_resource_texts_with_the_limits_of_the_rule() {
    assert_eq!(
        PasswordError::TooShort.to_string(),
        "Lösenordet måste vara minst 12 tecken långt."
    );
    assert_eq!(
        PasswordError::TooLong.message().text(Lang::En),
        "The password may be at most 128 characters long."
    );
    assert_eq!(EmailError::Empty.to_string(), "Ange en e-postadress.");
    assert_eq!(
        crate::model::auth::Denied::OtherOrganisation.to_string(),
        "Du kan bara ändra uppgifterna för din egen organisation."
    );
}

#[test]
fn a_coordinator_needs_an_organisation() {
    let err = NewUser::parse("a@falun.se", "coordinator", "", "långt lösenord 1")
        .err()
        .unwrap_or_default();
    assert_eq!(
        err.text("org", Lang::Sv).as_deref(),
        Some("En samordnare måste höra till en organisation.")
    );
    assert!(NewUser::parse("a@falun.se", "coordinator", "2080", "långt lösenord 1").is_ok());
    assert!(NewUser::parse("a@region.se", "admin", "", "långt lösenord 1").is_ok());
    let err = NewUser::parse("x", "boss", "9999", "kort")
        .err()
        .unwrap_or_default();
    for field in ["email", "role", "org", "password"] {
        assert!(err.get(field).is_some(), "{field}");
    }
}
