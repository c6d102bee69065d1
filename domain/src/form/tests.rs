use super::*;

#[test]
fn rebase_keeps_my_changes_and_takes_theirs_elsewhere() {
    let original = ProfileForm::default();
    let mine = ProfileForm {
        lok_stage: "drafting".to_owned(),
        ..ProfileForm::default()
    };
    let latest = ProfileForm {
        placement: "IFO".to_owned(),
        lok_stage: "workshops".to_owned(),
        ..ProfileForm::default()
    };
    let merged = rebase(&original, &mine, &latest);
    assert_eq!(merged.lok_stage, "drafting");
    assert_eq!(merged.placement, "IFO");
}
