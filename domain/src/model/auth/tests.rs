use super::*;

fn org(id: &str) -> OrgId {
    OrgId::parse(id).unwrap_or_else(|e| panic!("{e}"))
}

fn user(role: Role, org_id: Option<&str>, disabled: bool) -> Actor {
    Actor::User(SignedIn {
        email: Email::parse("x@dalarna.se").unwrap_or_else(|e| panic!("{e}")),
        role,
        org: org_id.map(org),
        disabled,
    })
}

/// Every actor kind against every organisation of the county.
#[test]
fn edit_matrix_over_every_organisation() {
    let falun = "2080";
    for target in OrgId::all() {
        let own = target.as_str() == falun;
        let cases = [
            (Actor::Anonymous, Err(Denied::NotSignedIn)),
            (
                user(Role::Coordinator, Some(falun), true),
                Err(Denied::Disabled),
            ),
            (user(Role::Admin, None, true), Err(Denied::Disabled)),
            (user(Role::Admin, None, false), Ok(())),
            (user(Role::Admin, Some(falun), false), Ok(())),
            (
                user(Role::Coordinator, Some(falun), false),
                if own {
                    Ok(())
                } else {
                    Err(Denied::OtherOrganisation)
                },
            ),
            (
                user(Role::Coordinator, None, false),
                Err(Denied::OtherOrganisation),
            ),
        ];
        for (actor, expected) in cases {
            assert_eq!(
                ensure_can_edit(&actor, &target).map(|_| ()),
                expected,
                "{actor:?} → {target}"
            );
            assert_eq!(
                ensure_can_keep_documents(&actor, &target).map(|_| ()),
                expected,
                "documents: {actor:?} → {target}"
            );
        }
    }
}

#[test]
fn making_an_admin_or_setting_a_password_needs_the_password_again() {
    assert!(AccountChange::Add(Role::Admin).needs_password_again());
    assert!(AccountChange::SetPassword.needs_password_again());
    assert!(!AccountChange::Add(Role::Coordinator).needs_password_again());
    assert!(!AccountChange::Disable.needs_password_again());
}

#[test]
fn only_enabled_admins_manage_users() {
    assert_eq!(
        ensure_admin(&Actor::Anonymous).map(|_| ()),
        Err(Denied::NotSignedIn)
    );
    assert_eq!(
        ensure_admin(&user(Role::Coordinator, Some("2080"), false)).map(|_| ()),
        Err(Denied::NotAdmin)
    );
    assert_eq!(
        ensure_admin(&user(Role::Admin, None, true)).map(|_| ()),
        Err(Denied::Disabled)
    );
    assert_eq!(
        ensure_admin(&user(Role::Admin, None, false)).map(|_| ()),
        Ok(())
    );
}

#[test]
fn only_enabled_admins_read_a_withdrawn_document() {
    for (actor, expected) in [
        (Actor::Anonymous, Err(Denied::NotSignedIn)),
        (
            user(Role::Coordinator, Some("2080"), false),
            Err(Denied::NotAdmin),
        ),
        (user(Role::Admin, None, true), Err(Denied::Disabled)),
        (user(Role::Admin, None, false), Ok(())),
    ] {
        assert_eq!(
            ensure_can_read_withdrawn(&actor).map(|_| ()),
            expected,
            "{actor:?}"
        );
    }
}
