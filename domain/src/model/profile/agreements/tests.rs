use super::*;
use crate::form::ProfileForm;
use crate::model::fact::Source;
use crate::model::profile::Profile;
use crate::model::revision::merge;

fn at(secs: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(secs, 0).unwrap_or_default()
}

fn adopted() -> RokDecision {
    RokDecision {
        body: "Kommunfullmäktige".to_owned(),
        paragraph: "45".to_owned(),
        reference: "KS 2024/112".to_owned(),
        identical: Some(true),
        evidence: "https://falun.se/protokoll/kf-2024-11-14.pdf".to_owned(),
        ..RokDecision::reported(RokStatus::Adopted, NaiveDate::from_ymd_opt(2024, 11, 14))
    }
}

fn profile_with(decision: RokDecision) -> Profile {
    let mut p = Profile::default();
    p.agreements.rok = Fact::known(
        decision,
        Source::Entered {
            by: "Falun".to_owned(),
            at: at(1_780_000_000),
        },
    );
    p
}

/// A coordinator's save of `form` over `old`, as the use case merges it.
fn save(old: &Profile, form: &ProfileForm) -> (Profile, usize) {
    let source = Source::Entered {
        by: "Falun".to_owned(),
        at: at(1_790_000_000),
    };
    let org = crate::model::OrgId::parse("2080").expect("Falun");
    let validated = form
        .validate(&org, at(1_790_000_000).date_naive(), &source)
        .expect("valid");
    let (new, changes) = merge(old, validated);
    (new, changes.len())
}

#[test]
fn a_check_holds_while_the_decision_is_the_one_checked() {
    let checked = profile_with(adopted().checked("Regional administratör", at(1_785_000_000)));
    let form = ProfileForm::from_profile(&checked);
    let (kept, changes) = save(&checked, &form);
    assert_eq!(changes, 0, "saving the same decision changes nothing");
    assert!(
        kept.agreements
            .rok
            .value()
            .is_some_and(|d| d.check.is_some())
    );

    let mut changed = form.clone();
    changed.rok_paragraph = "46".to_owned();
    let (new, changes) = save(&checked, &changed);
    assert_eq!(changes, 1);
    let decision = new.agreements.rok.value().expect("decision");
    assert_eq!(decision.check, None, "another decision is only reported");
    assert_eq!(decision.standing(), Standing::Reported);
}

#[test]
fn a_form_cannot_bring_a_check_of_its_own() {
    let reported = profile_with(adopted());
    let form = ProfileForm::from_profile(&reported);
    let (new, _) = save(&reported, &form);
    assert_eq!(
        new.agreements.rok.value().and_then(|d| d.check.clone()),
        None
    );
}

#[test]
fn only_a_decision_with_evidence_can_be_checked_once() {
    assert_eq!(adopted().checkable(), Ok(()));
    let rejected = RokDecision {
        status: RokStatus::Rejected,
        identical: None,
        ..adopted()
    };
    assert_eq!(rejected.checkable(), Ok(()));
    let no_link = RokDecision {
        evidence: " ".to_owned(),
        ..adopted()
    };
    assert_eq!(no_link.checkable(), Err(Uncheckable::NoEvidence));
    let preparing = RokDecision::reported(RokStatus::InPreparation, None);
    assert_eq!(preparing.checkable(), Err(Uncheckable::NoDecision));
    let checked = adopted().checked("Regional administratör", at(1));
    assert_eq!(checked.checkable(), Err(Uncheckable::AlreadyChecked));
    assert!(checked.same_decision(&adopted()));
}

#[test]
fn the_form_refuses_a_link_that_is_no_web_address_and_a_misplaced_identical() {
    let mut form = ProfileForm::from_profile(&profile_with(adopted()));
    form.rok_evidence = "javascript:alert(1)".to_owned();
    let org = crate::model::OrgId::parse("2080").expect("Falun");
    let source = Source::Entered {
        by: "Falun".to_owned(),
        at: at(1_790_000_000),
    };
    let today = at(1_790_000_000).date_naive();
    let errors = form.validate(&org, today, &source).expect_err("refused");
    assert!(errors.get("rok_evidence").is_some());

    let mut form = ProfileForm::from_profile(&profile_with(adopted()));
    form.rok_status = "in_preparation".to_owned();
    form.rok_date = String::new();
    let errors = form.validate(&org, today, &source).expect_err("refused");
    assert!(errors.get("rok_identical").is_some());
    assert!(errors.get("rok_evidence").is_none());
}

#[test]
fn the_history_says_what_was_decided_and_its_standing() {
    use crate::model::revision::Describe;
    let text = adopted().describe_sv();
    for part in [
        "Kommunfullmäktige",
        "§ 45",
        "KS 2024/112",
        "likalydande",
        "rapporterat",
    ] {
        assert!(text.contains(part), "{part} in {text}");
    }
    let checked = adopted()
        .checked("Regional administratör", at(1_785_000_000))
        .describe_sv();
    assert!(
        checked.contains("granskat av Regional administratör"),
        "{checked}"
    );
    let preparing = RokDecision::reported(RokStatus::InPreparation, None).describe_sv();
    assert!(!preparing.contains("rapporterat"), "{preparing}");
}
