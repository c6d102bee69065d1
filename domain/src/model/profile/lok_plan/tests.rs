use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn stage(id: &str, planned: Option<NaiveDate>, reached: Option<NaiveDate>) -> PlannedStage {
    PlannedStage {
        stage: id.to_owned(),
        planned,
        reached,
        note: String::new(),
    }
}

#[test]
fn a_stage_is_late_from_the_day_after_its_planned_date() {
    let s = stage("workshoppar", Some(day(2025, 6, 1)), None);
    assert_eq!(s.state(day(2025, 6, 1)), StageState::Due);
    assert_eq!(s.state(day(2025, 6, 2)), StageState::Late);
    let reached = stage("workshoppar", Some(day(2025, 6, 1)), Some(day(2025, 7, 1)));
    assert_eq!(reached.state(day(2026, 1, 1)), StageState::Reached);
}

#[test]
fn due_means_within_thirty_days() {
    let today = day(2025, 5, 1);
    assert_eq!(
        stage("x", Some(day(2025, 5, 31)), None).state(today),
        StageState::Due
    );
    assert_eq!(
        stage("x", Some(day(2025, 6, 1)), None).state(today),
        StageState::Planned
    );
    assert_eq!(stage("x", None, None).state(today), StageState::Open);
}

#[test]
fn a_plan_is_late_when_any_stage_is_and_has_no_standing_without_dates() {
    let today = day(2025, 9, 1);
    let mut plan = LokPlan {
        stages: vec![
            stage("forankring", Some(day(2025, 1, 1)), Some(day(2025, 2, 1))),
            stage("arbetsgrupp", None, Some(day(2025, 3, 1))),
        ],
        ..LokPlan::default()
    };
    assert_eq!(plan.standing(today), Some(PlanStanding::OnPlan));
    plan.stages
        .push(stage("workshoppar", Some(day(2025, 8, 31)), None));
    assert_eq!(plan.standing(today), Some(PlanStanding::Late));
    let pressing: Vec<_> = plan
        .pressing(today)
        .map(|(s, _)| s.stage.as_str())
        .collect();
    assert_eq!(pressing, ["workshoppar"]);
    let undated = LokPlan {
        stages: vec![stage("forankring", None, Some(day(2025, 2, 1)))],
        ..LokPlan::default()
    };
    assert_eq!(undated.standing(today), None);
}

#[test]
fn every_package_stage_has_a_name_in_both_languages() {
    assert!(!stage_ids().is_empty());
    for id in stage_ids() {
        for lang in Lang::ALL {
            assert_ne!(stage_label(id, lang), *id, "{id} in {lang:?}");
        }
    }
    assert_eq!(stage_label("okand", Lang::Sv), "okand");
    let source = stages_source()
        .map(|s| s.citation(Lang::Sv))
        .unwrap_or_default();
    assert!(source.contains("avsnitt 6 Tidplan"), "{source}");
}
