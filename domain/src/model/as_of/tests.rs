use super::*;
use crate::model::county::TimelineEvent;
use crate::model::fact::DocumentId;
use crate::model::profile::{LokStage, LokStatus};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    day(y, m, d)
        .and_hms_opt(h, 0, 0)
        .expect("valid time")
        .and_utc()
}

fn entered(when: DateTime<Utc>) -> Source {
    Source::Entered {
        by: "Falun (samordnare)".to_owned(),
        at: when,
    }
}

fn with_lok(stage: LokStage, source: Source) -> Profile {
    let mut p = Profile::default();
    p.agreements.lok = Fact::Known {
        value: LokStatus { stage, date: None },
        source,
        complete: true,
    };
    p
}

fn stage(stored: &StoredProfile) -> Option<LokStage> {
    stored.profile.agreements.lok.value().map(|l| l.stage)
}

fn report() -> Source {
    Source::Document {
        document: DocumentId::MappingReport2020,
        section: "avsnitt 6.1".to_owned(),
    }
}

/// Baseline from the 2020 report, then three saves on known days.
fn history() -> (Profile, Vec<SavedProfile>) {
    let baseline = with_lok(LokStage::NotStarted, report());
    let saves = [
        (2, at(2025, 3, 10, 9), LokStage::Workshops),
        (3, at(2025, 6, 1, 23), LokStage::Drafting),
        (4, at(2026, 2, 14, 12), LokStage::Adopted),
    ]
    .into_iter()
    .map(|(version, when, s)| SavedProfile {
        version,
        at: when,
        by: "Falun (samordnare)".to_owned(),
        profile: with_lok(s, entered(when)),
    })
    .collect();
    (baseline, saves)
}

#[test]
fn state_between_saves_is_the_last_save_before() {
    let (baseline, saves) = history();
    let org = OrgId::parse("2080").expect("known");
    let cases = [
        (day(2019, 6, 1), None, 1),
        (day(2020, 3, 2), Some(LokStage::NotStarted), 1),
        (day(2025, 3, 9), Some(LokStage::NotStarted), 1),
        (day(2025, 3, 10), Some(LokStage::Workshops), 2),
        (day(2025, 5, 31), Some(LokStage::Workshops), 2),
        (day(2025, 6, 1), Some(LokStage::Drafting), 3),
        (day(2026, 2, 13), Some(LokStage::Drafting), 3),
        (day(2026, 2, 14), Some(LokStage::Adopted), 4),
        (day(2026, 11, 23), Some(LokStage::Adopted), 4),
    ];
    for (date, expected, version) in cases {
        let state = profile_on(&org, &baseline, &saves, date);
        assert_eq!(stage(&state), expected, "LÖK stage on {date}");
        assert_eq!(state.version, version, "version on {date}");
    }
}

#[test]
fn saves_in_any_order_give_the_same_state() {
    let (baseline, mut saves) = history();
    saves.reverse();
    let org = OrgId::parse("2080").expect("known");
    let state = profile_on(&org, &baseline, &saves, day(2025, 7, 1));
    assert_eq!(stage(&state), Some(LokStage::Drafting));
    assert_eq!(
        state.updated,
        Some(entered(at(2025, 6, 1, 23))),
        "the save is credited to its author and time"
    );
}

#[test]
fn facts_from_later_documents_are_not_yet_known() {
    let mut profile = with_lok(LokStage::Workshops, report());
    profile.agreements.rok = Fact::Known {
        value: crate::model::profile::RokDecision::reported(
            crate::model::profile::RokStatus::InPreparation,
            None,
        ),
        source: Source::Document {
            document: DocumentId::AgreementDirective2024,
            section: "avsnitt 1".to_owned(),
        },
        complete: true,
    };
    let before = profile.clone().known_on(day(2024, 10, 23));
    assert!(before.agreements.lok.is_known());
    assert!(!before.agreements.rok.is_known());
    let on = profile.clone().known_on(day(2024, 10, 24));
    assert_eq!(on, profile, "everything known on the directive's date");
}

#[test]
fn county_timeline_counts_events_from_the_day_they_happened() {
    let directive = Source::Document {
        document: DocumentId::AgreementDirective2024,
        section: "avsnitt 1".to_owned(),
    };
    let event = |date: Option<NaiveDate>| TimelineEvent {
        date,
        when: String::new(),
        text: String::new(),
        source: directive.clone(),
        planned: false,
    };
    let county = CountyFacts {
        timeline: vec![event(Some(day(2024, 4, 19))), event(None)],
        visions: Fact::known(
            vec!["Ingen skall vara våldsutsatt i Dalarna".to_owned()],
            report(),
        ),
        county_group: Fact::known(
            crate::model::county::CountyGroup {
                name: "Länsgruppen".to_owned(),
                coordinator: "Länsstyrelsen".to_owned(),
                members: Vec::new(),
            },
            report(),
        ),
        ..CountyFacts::default()
    };
    let spring = county.clone().known_on(day(2024, 5, 1));
    assert_eq!(spring.timeline.len(), 1, "the dated event only");
    assert!(spring.visions.is_known());
    assert_eq!(county.clone().known_on(day(2024, 10, 24)).timeline.len(), 2);
    let early = county.known_on(day(2019, 12, 31));
    assert!(early.timeline.is_empty());
    assert!(!early.visions.is_known());
    assert!(!early.county_group.is_known());
    assert!(spring.county_group.is_known());
}

#[test]
fn dates_are_read_strictly_with_swedish_errors() {
    let today = day(2026, 11, 23);
    assert_eq!(parse_date(None, today), Ok(today));
    assert_eq!(parse_date(Some(" "), today), Ok(today));
    assert_eq!(parse_date(Some("2025-11-23"), today), Ok(day(2025, 11, 23)));
    let malformed = parse_date(Some("23/11/2025"), today).expect_err("not ISO");
    assert_eq!(
        malformed.to_string(),
        "Datumet ”23/11/2025” går inte att läsa. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2025-01-31."
    );
    assert!(matches!(
        parse_date(Some("2025-02-30"), today),
        Err(DateError::Malformed(_))
    ));
    assert!(matches!(
        parse_date(Some("2026-11-24"), today),
        Err(DateError::Future(_))
    ));
    assert_eq!(
        parse_date(Some("2018-12-31"), today),
        Err(DateError::TooEarly)
    );
}

#[test]
fn changes_start_where_asked_but_never_after_the_date_shown() {
    let today = day(2026, 11, 23);
    let shown = day(2025, 6, 30);
    assert_eq!(changes_since(None, shown, today), Ok(day(2025, 4, 1)));
    assert_eq!(
        changes_since(Some("2025-01-15"), shown, today),
        Ok(day(2025, 1, 15))
    );
    assert_eq!(
        changes_since(Some("2026-01-01"), shown, today),
        Ok(shown),
        "a start after the date shown is no error, just an empty period"
    );
    assert!(matches!(
        changes_since(Some("2027-01-01"), shown, today),
        Err(DateError::Future(_))
    ));
    assert_eq!(
        changes_since(None, day(2019, 2, 1), today),
        Ok(earliest()),
        "the default never starts before 2019"
    );
}

#[test]
fn the_date_shown_is_read_once_and_knows_whether_it_is_past() {
    let today = day(2026, 12, 2);
    let now = Shown::parse(None, today).expect("today");
    assert_eq!((now.date, now.past()), (today, None));
    let then = Shown::parse(Some("2021-01-01"), today).expect("a past date");
    assert_eq!(then.past(), Some(day(2021, 1, 1)));
    assert!(Shown::parse(Some("2027-01-01"), today).is_err());
}
