use super::*;
use crate::model::fact::{Fact, Source};
use crate::model::profile::{LokPlan, PlannedStage, Profile};
use chrono::{DateTime, Utc};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn with_plan(code: &str, stages: &[(&str, NaiveDate, Option<NaiveDate>)]) -> StoredProfile {
    let mut profile = Profile::default();
    profile.agreements.lok_plan = Fact::known(
        LokPlan {
            stages: stages
                .iter()
                .map(|(id, planned, reached)| PlannedStage {
                    stage: (*id).to_owned(),
                    planned: Some(*planned),
                    reached: *reached,
                    note: String::new(),
                })
                .collect(),
            ..LokPlan::default()
        },
        Source::Entered {
            by: "test".to_owned(),
            at: DateTime::<Utc>::default(),
        },
    );
    StoredProfile {
        org: OrgId::parse(code).unwrap_or_else(|e| panic!("{e}")),
        version: 1,
        updated: None,
        profile,
    }
}

#[test]
fn late_stages_come_first_then_those_due_and_nothing_else() {
    let on = day(2025, 9, 1);
    let profiles = [
        with_plan(
            "2084",
            &[
                ("forankring", day(2025, 1, 1), Some(day(2025, 1, 5))),
                ("arbetsgrupp", day(2025, 8, 1), None),
                ("workshoppar", day(2025, 9, 20), None),
                ("framtagande", day(2025, 12, 1), None),
            ],
        ),
        with_plan("2080", &[("arbetsgrupp", day(2025, 6, 1), None)]),
        with_plan("2062", &[("workshoppar", day(2025, 9, 1), None)]),
    ];
    let view = DeadlinesView::from_profiles(&profiles, None, on);
    let rows: Vec<(&str, &str, StageState)> = view
        .rows
        .iter()
        .map(|r| (r.org.as_str(), r.stage.as_str(), r.state))
        .collect();
    assert_eq!(
        rows,
        [
            ("2080", "arbetsgrupp", StageState::Late),
            ("2084", "arbetsgrupp", StageState::Late),
            ("2062", "workshoppar", StageState::Due),
            ("2084", "workshoppar", StageState::Due),
        ]
    );
    assert_eq!(view.late(), 2);
}

#[test]
fn the_revision_date_shows_once_it_is_due() {
    let on = day(2031, 9, 1);
    let show = |date| DeadlinesView::from_profiles(&[], Some(date), on).revision_start;
    assert_eq!(show(day(2031, 12, 1)), None);
    assert_eq!(
        show(day(2031, 9, 30)),
        Some((day(2031, 9, 30), StageState::Due))
    );
    assert_eq!(
        show(day(2031, 8, 31)),
        Some((day(2031, 8, 31), StageState::Late))
    );
}
