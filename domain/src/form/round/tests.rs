use super::{QUESTIONS_MAX, RoundForm, answer_field, check_answer};
use crate::i18n::{Lang, k};
use crate::model::OrgId;
use crate::model::profile::Section;
use chrono::{TimeZone, Utc};

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, 10, 0, 0)
        .single()
        .expect("a time")
}

fn form() -> RoundForm {
    RoundForm {
        title: "Uppföljning 2026".into(),
        opens: "2026-12-07".into(),
        deadline: "2027-01-31".into(),
        ..RoundForm::starting(Lang::Sv)
    }
}

fn error_key(errors: &crate::model::validation::FieldErrors, field: &str) -> crate::i18n::Key {
    errors
        .get(field)
        .unwrap_or_else(|| panic!("no error at {field}: {errors:?}"))
        .key()
}

#[test]
fn the_starting_form_asks_everyone_everything_and_the_baseline_questions() {
    let round = form()
        .validate(&[], "Regional administratör", now())
        .expect("present");
    assert_eq!(round.id.as_str(), "uppfoljning-2026");
    assert_eq!(round.orgs, OrgId::participants(), "the partners too");
    assert_eq!(round.sections, Section::ALL.to_vec());
    assert_eq!(round.questions.len(), 4);
    assert_eq!(round.questions[0], Lang::Sv.t(k::ROUND_BASELINE_RESOURCES));
    assert_eq!(round.created_at, now());
}

#[test]
fn each_mistake_is_reported_at_its_field() {
    let bad = RoundForm {
        title: "  !!  ".into(),
        opens: "".into(),
        deadline: "31/1 2027".into(),
        orgs: vec!["9999".into()],
        sections: vec!["okänd".into()],
        questions: String::new(),
        overlap_confirmed: false,
    };
    let errors = bad.validate(&[], "x", now()).expect_err("refused");
    assert_eq!(error_key(&errors, "title"), k::ROUND_ERROR_TITLE);
    assert_eq!(error_key(&errors, "opens"), k::ROUND_ERROR_DATE_MISSING);
    assert_eq!(error_key(&errors, "deadline"), k::FORM_ERROR_DATE_FORMAT);
    assert_eq!(error_key(&errors, "orgs"), k::ROUND_ERROR_ORGS);
    assert_eq!(error_key(&errors, "sections"), k::FORM_ERROR_CHOICE);

    let backwards = RoundForm {
        deadline: "2026-12-06".into(),
        ..form()
    };
    let errors = backwards.validate(&[], "x", now()).expect_err("refused");
    assert_eq!(
        error_key(&errors, "deadline"),
        k::ROUND_ERROR_DEADLINE_BEFORE
    );

    let nothing = RoundForm {
        sections: vec![],
        questions: " \n ".into(),
        ..form()
    };
    let errors = nothing.validate(&[], "x", now()).expect_err("refused");
    assert_eq!(error_key(&errors, "sections"), k::ROUND_ERROR_NOTHING_ASKED);

    let many = RoundForm {
        questions: "Fråga?\n".repeat(QUESTIONS_MAX + 1),
        ..form()
    };
    let errors = many.validate(&[], "x", now()).expect_err("refused");
    assert_eq!(
        error_key(&errors, "questions"),
        k::FORM_ERROR_TOO_MANY_LINES
    );

    let none = RoundForm {
        orgs: vec![],
        ..form()
    };
    let errors = none.validate(&[], "x", now()).expect_err("refused");
    assert_eq!(error_key(&errors, "orgs"), k::ROUND_ERROR_ORGS);
}

#[test]
fn a_second_round_at_the_same_time_needs_the_administrators_word() {
    let first = form().validate(&[], "x", now()).expect("present");
    let second = RoundForm {
        title: "Extra uppföljning".into(),
        ..form()
    };
    let errors = second
        .validate(std::slice::from_ref(&first), "x", now())
        .expect_err("refused");
    assert_eq!(
        error_key(&errors, "overlap_confirmed"),
        k::ROUND_ERROR_OVERLAP
    );
    assert!(
        errors
            .text("overlap_confirmed", Lang::Sv)
            .expect("present")
            .contains("Uppföljning 2026")
    );
    let confirmed = RoundForm {
        overlap_confirmed: true,
        ..second
    };
    assert!(
        confirmed
            .validate(std::slice::from_ref(&first), "x", now())
            .is_ok()
    );
    // The same title again is refused, confirmed or not: it would be the same address.
    let again = RoundForm {
        overlap_confirmed: true,
        title: "uppföljning 2026!".into(),
        ..form()
    };
    let errors = again.validate(&[first], "x", now()).expect_err("refused");
    assert_eq!(error_key(&errors, "title"), k::ROUND_ERROR_TITLE_TAKEN);
}

#[test]
fn an_answer_is_trimmed_and_must_say_something_within_the_limit() {
    assert_eq!(
        check_answer(2, "  Två samordnare.  ").expect("present"),
        "Två samordnare."
    );
    let empty = check_answer(2, " \n ").expect_err("refused");
    assert_eq!(
        error_key(&empty, &answer_field(2)),
        k::ROUND_ERROR_ANSWER_EMPTY
    );
    let long = check_answer(0, &"a".repeat(2001)).expect_err("refused");
    assert_eq!(error_key(&long, "answer.0"), k::FORM_ERROR_TOO_LONG);
    let control = check_answer(0, "ok\u{7}").expect_err("refused");
    assert_eq!(error_key(&control, "answer.0"), k::FORM_ERROR_CONTROL);
}

#[test]
fn an_edit_keeps_the_address_and_records_each_change() {
    let round = form()
        .validate(&[], "Regional administratör", now())
        .expect("valid");
    let same = RoundForm::from_round(&round);
    assert_eq!(
        same.validate_edit(std::slice::from_ref(&round), &round, "Anna", now()),
        Ok(None)
    );

    // Before the round opens anything may change, the title too; the address stays.
    let renamed = RoundForm {
        title: "Årsuppföljning".into(),
        questions: "En helt ny fråga?".into(),
        ..same.clone()
    };
    let edited = renamed
        .validate_edit(std::slice::from_ref(&round), &round, "Anna", now())
        .expect("valid")
        .expect("changed");
    assert_eq!(edited.id, round.id);
    assert_eq!(edited.title, "Årsuppföljning");
    let edit = &edited.edits[0];
    assert!(!edit.opened);
    let fields: Vec<&str> = edit.changes.iter().map(|c| c.field.as_str()).collect();
    assert_eq!(fields, ["round.title", "round.questions"]);
    assert_eq!(edit.changes[0].old, "Uppföljning 2026");
    assert_eq!(edit.changes[0].name(Lang::Sv), "Titel");
}

#[test]
fn once_open_the_questions_asked_stay_and_new_ones_come_after() {
    let round = form()
        .validate(&[], "Regional administratör", now())
        .expect("valid");
    let opened = Utc
        .with_ymd_and_hms(2026, 12, 10, 9, 0, 0)
        .single()
        .expect("a time");
    let asked = RoundForm::from_round(&round);
    let reworded = RoundForm {
        questions: asked.questions.replacen("Vilka", "Vilken", 1),
        ..asked.clone()
    };
    let errors = reworded
        .validate_edit(std::slice::from_ref(&round), &round, "Anna", opened)
        .expect_err("a reworded question is refused");
    assert_eq!(
        error_key(&errors, "questions"),
        k::ROUND_ERROR_QUESTIONS_KEPT
    );
    let dropped = RoundForm {
        questions: round.questions[1..].join("\n"),
        ..asked.clone()
    };
    assert!(
        dropped
            .validate_edit(std::slice::from_ref(&round), &round, "Anna", opened)
            .is_err()
    );

    let added = RoundForm {
        questions: format!("{}\nVad har förändrats sedan förra året?", asked.questions),
        deadline: "2027-02-28".into(),
        orgs: vec![OrgId::all()[0].as_str().to_owned()],
        sections: vec![Section::Governance.slug().to_owned()],
        ..asked
    };
    let edited = added
        .validate_edit(std::slice::from_ref(&round), &round, "Anna", opened)
        .expect("valid")
        .expect("changed");
    assert!(edited.edits[0].opened);
    assert_eq!(edited.questions.len(), round.questions.len() + 1);
    let fields: Vec<&str> = edited.edits[0]
        .changes
        .iter()
        .map(|c| c.field.as_str())
        .collect();
    assert_eq!(
        fields,
        [
            "round.deadline",
            "round.orgs",
            "round.sections",
            "round.questions"
        ]
    );
}
