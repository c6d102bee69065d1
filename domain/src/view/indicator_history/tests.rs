use super::*;
use crate::model::fact::{Fact, Source};
use crate::model::profile::{RokDecision, RokStatus};
use chrono::{DateTime, Utc};

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap_or_default()
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap_or_default()
}

fn save(version: u64, when: &str, rok: Option<RokStatus>, placement: &str) -> SavedProfile {
    let mut profile = Profile::default();
    let source = Source::Entered {
        by: "Mora".to_owned(),
        at: at(when),
    };
    if let Some(status) = rok {
        profile.agreements.rok = Fact::known(RokDecision::reported(status, None), source.clone());
    }
    profile.work.placement = Fact::known(placement.to_owned(), source);
    SavedProfile {
        version,
        at: at(when),
        by: format!("Mora {version}"),
        profile,
    }
}

fn rok(history: &[IndicatorHistory]) -> Vec<(String, String, Option<String>)> {
    history
        .iter()
        .find(|h| h.indicator == Indicator::Rok)
        .map(|h| {
            h.steps
                .iter()
                .map(|s| (s.from.to_string(), s.category.clone(), s.by.clone()))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_step_for_each_save_that_moves_the_category_and_none_for_others() {
    let saves = [
        save(
            2,
            "2025-01-10T09:00:00Z",
            Some(RokStatus::InPreparation),
            "IFO",
        ),
        save(
            3,
            "2025-02-01T09:00:00Z",
            Some(RokStatus::InPreparation),
            "Socialtjänsten",
        ),
        save(
            4,
            "2025-03-01T09:00:00Z",
            Some(RokStatus::Adopted),
            "Socialtjänsten",
        ),
    ];
    let all = histories(
        OrgKind::Municipality,
        &Profile::default(),
        &saves,
        day("2025-12-01"),
    );
    assert_eq!(
        rok(&all),
        [
            (earliest().to_string(), "ej-rapporterat".to_owned(), None),
            (
                "2025-01-10".to_owned(),
                "under-beredning".to_owned(),
                Some("Mora 2".to_owned())
            ),
            (
                "2025-03-01".to_owned(),
                "antagen".to_owned(),
                Some("Mora 4".to_owned())
            ),
        ]
    );
    let rows: Vec<&str> = all
        .iter()
        .find(|h| h.indicator == Indicator::Rok)
        .map(|h| h.rows().iter().map(|c| c.key).collect())
        .unwrap_or_default();
    assert_eq!(
        rows,
        ["antagen", "under-beredning", "ej-rapporterat"],
        "best at the top"
    );
    // On an earlier date the later saves are not yet there.
    let then = histories(
        OrgKind::Municipality,
        &Profile::default(),
        &saves,
        day("2025-02-15"),
    );
    assert_eq!(rok(&then).len(), 2);
    assert!(
        all.iter()
            .all(|h| h.indicator.applies_to(OrgKind::Municipality)),
        "only the indicators that apply"
    );
}

#[test]
fn the_moves_since_a_date_are_the_histories_steps_after_it_newest_first() {
    let saves = [
        save(
            2,
            "2025-01-10T09:00:00Z",
            Some(RokStatus::InPreparation),
            "IFO",
        ),
        save(3, "2025-03-01T09:00:00Z", Some(RokStatus::Adopted), "IFO"),
    ];
    let all = histories(
        OrgKind::Municipality,
        &Profile::default(),
        &saves,
        day("2025-12-01"),
    );
    let mora = OrgId::parse("2062").unwrap_or_else(|e| panic!("{e}"));
    let moves = moves_since(&mora, &all, day("2025-01-10"));
    let rok: Vec<(String, String, String)> = moves
        .iter()
        .filter(|m| m.indicator == Indicator::Rok)
        .map(|m| (m.on.to_string(), m.before.clone(), m.after.clone()))
        .collect();
    assert_eq!(
        rok,
        [
            (
                "2025-03-01".to_owned(),
                "under-beredning".to_owned(),
                "antagen".to_owned()
            ),
            (
                "2025-01-10".to_owned(),
                "ej-rapporterat".to_owned(),
                "under-beredning".to_owned()
            ),
        ]
    );
    assert!(moves.windows(2).all(|w| w[0].on >= w[1].on), "newest first");
    let later = moves_since(&mora, &all, day("2025-01-11"));
    assert!(later.iter().all(|m| m.on >= day("2025-01-11")));
    assert_eq!(
        later
            .iter()
            .filter(|m| m.indicator == Indicator::Rok)
            .count(),
        1
    );
}
