use super::*;
use crate::form::ProfileForm;
use crate::i18n::Lang;
use crate::model::OrgId;
use crate::model::fact::Source;
use crate::model::profile::{Profile, StageState};
use crate::model::revision::{STAGE_FIELD, merge};
use crate::model::validation::FieldErrors;
use chrono::{NaiveDate, TimeZone, Utc};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 9, 1).unwrap_or_default()
}

fn check(form: &ProfileForm) -> Result<Profile, FieldErrors> {
    let org = OrgId::parse("2084").unwrap_or_else(|e| panic!("{e}"));
    let source = Source::Entered {
        by: "Avesta (samordnare)".to_owned(),
        at: Utc
            .with_ymd_and_hms(2025, 9, 1, 9, 0, 0)
            .single()
            .unwrap_or_default(),
    };
    form.validate(&org, today(), &source)
}

/// The empty form with its plan rows, as the edit page shows it.
fn form() -> ProfileForm {
    ProfileForm::from_profile(&Profile::default())
}

fn error(form: &ProfileForm, field: &str) -> Option<String> {
    check(form).err().and_then(|e| e.text(field, Lang::Sv))
}

#[test]
fn the_form_has_a_row_per_package_stage_and_an_empty_plan_is_not_reported() {
    let f = form();
    let ids: Vec<&str> = f.lok_plan.stages.iter().map(|r| r.stage.as_str()).collect();
    assert_eq!(ids, stage_ids());
    let profile = check(&f).unwrap_or_default();
    assert!(!profile.agreements.lok_plan.is_known());
}

#[test]
fn planned_dates_may_lie_ahead_but_reached_ones_may_not() {
    let mut f = form();
    f.lok_plan.stages[2].planned = "2026-03-01".to_owned();
    f.lok_plan.stages[0].reached = "2025-02-01".to_owned();
    f.lok_plan.stages[0].note = "Förankrat i socialnämnden".to_owned();
    f.lok_plan.parties = "Socialtjänsten\nPrimärvården".to_owned();
    let profile = check(&f).unwrap_or_else(|e| panic!("{e:?}"));
    let plan = profile
        .agreements
        .lok_plan
        .value()
        .cloned()
        .unwrap_or_default();
    let stages: Vec<(&str, StageState)> = plan
        .stages
        .iter()
        .map(|s| (s.stage.as_str(), s.state(today())))
        .collect();
    assert_eq!(
        stages,
        [
            (stage_ids()[0], StageState::Reached),
            (stage_ids()[2], StageState::Planned)
        ]
    );
    assert_eq!(plan.parties, ["Socialtjänsten", "Primärvården"]);
    assert_eq!(ProfileForm::from_profile(&profile).lok_plan, f.lok_plan);

    f.lok_plan.stages[1].reached = "2025-09-02".to_owned();
    f.lok_plan.stages[3].planned = "2100-01-01".to_owned();
    assert_eq!(
        error(&f, "lok_plan.stages.1.reached").as_deref(),
        Some("Datumet kan inte ligga i framtiden.")
    );
    assert!(error(&f, "lok_plan.stages.3.planned").is_some_and(|e| e.contains("2099-12-31")));
}

#[test]
fn a_forged_or_repeated_stage_is_refused_at_its_row() {
    let mut f = form();
    f.lok_plan.stages[1].stage = "<script>".to_owned();
    assert!(error(&f, "lok_plan.stages.1.stage").is_some());
    let mut f = form();
    f.lok_plan.stages[1].stage = f.lok_plan.stages[0].stage.clone();
    f.lok_plan.stages[1].planned = "2025-10-01".to_owned();
    assert!(error(&f, "lok_plan.stages.1.stage").is_some());
}

#[test]
fn a_decision_needs_its_date_and_a_safe_link() {
    let mut f = form();
    f.lok_plan.decision_body = "Socialnämnden".to_owned();
    f.lok_plan.decision_evidence = "javascript:alert(1)".to_owned();
    assert!(error(&f, "lok_plan.decision_date").is_some());
    assert!(error(&f, "lok_plan.decision_evidence").is_some());
    f.lok_plan.decision_date = "2025-06-12".to_owned();
    f.lok_plan.decision_evidence = "https://avesta.se/protokoll.pdf".to_owned();
    let profile = check(&f).unwrap_or_else(|e| panic!("{e:?}"));
    let decision = profile
        .agreements
        .lok_plan
        .value()
        .and_then(|p| p.decision.clone())
        .unwrap_or_default();
    assert_eq!(decision.body, "Socialnämnden");
}

#[test]
fn each_changed_stage_is_its_own_change_in_the_history() {
    let mut f = form();
    f.lok_plan.stages[0].planned = "2025-03-01".to_owned();
    f.lok_plan.stages[1].planned = "2025-05-01".to_owned();
    let before = check(&f).unwrap_or_else(|e| panic!("{e:?}"));
    f.lok_plan.stages[1].reached = "2025-05-20".to_owned();
    let after = check(&f).unwrap_or_else(|e| panic!("{e:?}"));
    let (_, changes) = merge(&before, after);
    assert_eq!(changes.len(), 1, "{changes:?}");
    let change = &changes[0];
    assert_eq!(change.field, format!("{STAGE_FIELD}{}", stage_ids()[1]));
    assert_eq!(change.old, "planerad 2025-05-01");
    assert_eq!(change.new, "planerad 2025-05-01, nådd 2025-05-20");
    assert!(
        change.name(Lang::En).starts_with("LÖK plan, "),
        "{}",
        change.name(Lang::En)
    );
    let (kept, none) = merge(&before, before.clone());
    assert!(none.is_empty());
    assert_eq!(kept.agreements.lok_plan, before.agreements.lok_plan);
}
