use super::{Item, Phase, Round, RoundId};
use crate::model::OrgId;
use crate::model::profile::Section;
use chrono::{NaiveDate, TimeZone, Utc};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("present")
}

pub(crate) fn round(opens: NaiveDate, deadline: NaiveDate) -> Round {
    Round {
        id: RoundId::from_title("Uppföljning 2026").expect("present"),
        title: "Uppföljning 2026".into(),
        opens,
        deadline,
        orgs: OrgId::all().into_iter().take(3).collect(),
        sections: vec![Section::Agreements, Section::Governance],
        questions: vec!["Vilka resurser har ni?".into()],
        created_by: "Regional administratör".into(),
        created_at: Utc
            .with_ymd_and_hms(2026, 1, 1, 8, 0, 0)
            .single()
            .expect("a time"),
        closed: None,
        from_sources: false,
        edits: Vec::new(),
    }
}

#[test]
fn ids_come_from_titles_in_plain_letters() {
    let id = |t: &str| RoundId::from_title(t).map(|i| i.as_str().to_owned());
    assert_eq!(id("Uppföljning 2026").as_deref(), Some("uppfoljning-2026"));
    assert_eq!(
        id("  Kartläggning — 2019!  ").as_deref(),
        Some("kartlaggning-2019")
    );
    assert_eq!(
        id("Årsuppföljning Ä/Ö").as_deref(),
        Some("arsuppfoljning-a-o")
    );
    assert_eq!(id("!!! ---"), None);
    assert_eq!(id(""), None);
    // Whatever the title, the id is one an address can carry and `parse` reads back.
    for title in ["Uppföljning 2026", "a b", &"x".repeat(500)] {
        let made = RoundId::from_title(title).expect("present");
        assert_eq!(RoundId::parse(made.as_str()), Some(made));
    }
    assert_eq!(RoundId::parse("../admin"), None);
    assert_eq!(RoundId::parse("Uppföljning"), None);
    assert_eq!(RoundId::parse(""), None);
}

#[test]
fn a_round_is_planned_open_and_past_its_deadline_by_the_day() {
    let r = round(day(2026, 3, 1), day(2026, 4, 30));
    assert_eq!(r.phase(day(2026, 2, 28)), Phase::Planned);
    assert_eq!(r.phase(day(2026, 3, 1)), Phase::Open);
    assert_eq!(r.phase(day(2026, 4, 30)), Phase::Open);
    assert_eq!(r.phase(day(2026, 5, 1)), Phase::PastDeadline);
    // The whole deadline day counts as in time.
    assert!(
        !r.is_late(
            Utc.with_ymd_and_hms(2026, 4, 30, 23, 59, 59)
                .single()
                .expect("a time")
        )
    );
    assert!(
        r.is_late(
            Utc.with_ymd_and_hms(2026, 5, 1, 0, 0, 0)
                .single()
                .expect("a time")
        )
    );
}

#[test]
fn items_are_the_sections_then_the_questions() {
    let r = round(day(2026, 3, 1), day(2026, 4, 30));
    assert_eq!(
        r.items(),
        vec![
            Item::Section(Section::Agreements),
            Item::Section(Section::Governance),
            Item::Question(0)
        ]
    );
}

#[test]
fn rounds_overlap_when_they_share_a_day() {
    let a = round(day(2026, 3, 1), day(2026, 4, 30));
    assert!(a.overlaps(&round(day(2026, 4, 30), day(2026, 6, 1))));
    assert!(a.overlaps(&round(day(2026, 1, 1), day(2026, 3, 1))));
    assert!(a.overlaps(&round(day(2026, 3, 10), day(2026, 3, 20))));
    assert!(!a.overlaps(&round(day(2026, 5, 1), day(2026, 6, 1))));
    assert!(!a.overlaps(&round(day(2025, 1, 1), day(2026, 2, 28))));
}

#[test]
fn saves_and_answers_become_responses_by_section_and_question() {
    use super::{Answer, Done, Response, responses};
    use crate::model::revision::{FieldChange, Revision};
    let org = OrgId::all()[0].clone();
    let at = Utc
        .with_ymd_and_hms(2026, 3, 2, 9, 0, 0)
        .single()
        .expect("a time");
    let change = |field: &str| FieldChange {
        field: field.into(),
        label: String::new(),
        old: String::new(),
        new: String::new(),
    };
    let revision = Revision {
        org: org.clone(),
        version: 2,
        at,
        by: "Falun".into(),
        changes: vec![
            change(&Section::Governance.confirmation_field()),
            change("competence.specialist.lgbtq"),
            change("nothing.known"),
        ],
    };
    let answer = Answer {
        round: RoundId::parse("uppfoljning-2026").expect("present"),
        org: org.clone(),
        question: 1,
        text: "Svar".into(),
        by: "Falun".into(),
        at,
    };
    let made = responses(&[revision], &[answer]);
    let expect = |item, done| Response {
        org: org.clone(),
        item,
        done,
        at,
    };
    assert_eq!(
        made,
        vec![
            expect(Item::Section(Section::Governance), Done::Confirmed),
            expect(Item::Section(Section::Competence), Done::Changed),
            expect(Item::Question(1), Done::Answered),
        ]
    );
}
