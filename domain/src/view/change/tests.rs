use super::{ChangeView, movement_styles};
use crate::model::indicator::Indicator;
use crate::view::report::Movement;
use std::collections::HashSet;

#[test]
fn each_move_has_a_fill_and_a_pattern_of_its_own() {
    let styles = movement_styles();
    assert_eq!(styles.len(), Movement::ALL.len() + 1, "every move and none");
    let fills: HashSet<_> = styles.iter().map(|s| s.fill).collect();
    let patterns: HashSet<_> = styles.iter().map(|s| format!("{:?}", s.pattern)).collect();
    let ids: HashSet<_> = styles.iter().map(|s| s.id).collect();
    assert_eq!(fills.len(), styles.len());
    assert_eq!(patterns.len(), styles.len(), "told apart without colour");
    assert_eq!(ids.len(), styles.len());
}

#[test]
fn the_changes_follow_the_report() {
    let report = crate::view::report::tests::two_rounds_report();
    let view = ChangeView {
        report: report.clone(),
        closed: Vec::new(),
    };
    let changes = view.changes(Indicator::Lok);
    assert_eq!(changes.len(), report.orgs.len());
    for (change, org) in changes.iter().zip(&report.orgs) {
        let row = org.row(Indicator::Lok).expect("a row");
        assert_eq!(change.org, &org.org);
        assert_eq!(change.movement, row.movement);
        assert_eq!(change.to, row.to);
        assert_eq!(change.from, row.from.as_deref());
    }
    let moves: Vec<_> = changes.iter().map(|c| c.movement).collect();
    assert_eq!(
        moves,
        [
            Some(Movement::NewlyReported),
            Some(Movement::Improved),
            Some(Movement::Worse),
            Some(Movement::Unchanged),
            Some(Movement::Unchanged),
        ]
    );
}
