use super::*;
use crate::model::fact::{DocumentId, Fact, Source};
use crate::model::profile::{LokStage, LokStatus, StoredProfile};
use crate::model::{OrgId, Profile};
use std::collections::HashMap;

fn rows(stages: &[(&str, LokStage)]) -> Vec<OrgSummary> {
    OrgId::all()
        .into_iter()
        .map(|org| {
            let mut profile = Profile::default();
            if let Some((_, stage)) = stages.iter().find(|(id, _)| *id == org.as_str()) {
                profile.agreements.lok = Fact::Known {
                    value: LokStatus {
                        stage: *stage,
                        date: None,
                    },
                    source: Source::Document {
                        document: DocumentId::AgreementDirective2024,
                        section: "avsnitt 3".to_owned(),
                    },
                    complete: true,
                };
            }
            OrgSummary::from_profile(
                &StoredProfile {
                    org,
                    version: 1,
                    updated: None,
                    profile,
                },
                chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default(),
            )
        })
        .collect()
}

fn names(shown: &[&OrgSummary]) -> Vec<String> {
    shown.iter().map(|r| r.name.clone()).collect()
}

fn query(pairs: &[(&str, &str)]) -> TableState {
    let map: HashMap<String, String> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    TableState::from_query(|k| map.get(k).cloned())
}

#[test]
fn default_state_shows_everything_in_county_order() {
    let all = rows(&[]);
    let state = query(&[]);
    assert_eq!(state, TableState::default());
    let shown = state.apply(&all);
    assert_eq!(shown.len(), 17);
    assert_eq!(shown[0].name, "Vansbro");
    assert_eq!(shown[16].name, "Länsstyrelsen Dalarna");
    assert!(state.to_query().is_empty());
}

#[test]
fn name_order_is_swedish() {
    let all = rows(&[]);
    let shown = query(&[("sortera", "namn"), ("visa", "kommuner")]).apply(&all);
    let got = names(&shown);
    assert_eq!(got.first().map(String::as_str), Some("Avesta"));
    assert_eq!(
        got.last().map(String::as_str),
        Some("Älvdalen"),
        "ä after z"
    );
    let descending = query(&[
        ("sortera", "namn"),
        ("ordning", "fallande"),
        ("visa", "kommuner"),
    ])
    .apply(&all);
    assert_eq!(descending[0].name, "Älvdalen");
}

#[test]
fn indicator_sort_goes_by_category_order_with_ties_in_county_order() {
    let all = rows(&[
        ("2080", LokStage::Adopted),
        ("2062", LokStage::Workshops),
        ("2021", LokStage::Adopted),
    ]);
    let state = query(&[("sortera", "lok"), ("visa", "kommuner")]);
    let shown = names(&state.apply(&all));
    assert_eq!(&shown[..3], ["Mora", "Vansbro", "Falun"]);
    let descending = state.sorted_by(SortColumn::Indicator(Indicator::Lok));
    assert!(
        descending.descending,
        "the same column again flips the order"
    );
    let shown = names(&descending.apply(&all));
    assert_eq!(shown.last().map(String::as_str), Some("Mora"));
    assert_eq!(
        &shown[shown.len() - 3..],
        ["Vansbro", "Falun", "Mora"],
        "ties keep county order"
    );
    assert!(!descending.sorted_by(SortColumn::Name).descending);
}

#[test]
fn filters_by_kind_and_category() {
    let all = rows(&[("2080", LokStage::Drafting), ("2062", LokStage::Drafting)]);
    let state = query(&[("kategori", "lok:utkast")]);
    assert_eq!(names(&state.apply(&all)), ["Mora", "Falun"]);
    let principals = query(&[("visa", "huvudman")]).apply(&all);
    assert_eq!(principals.len(), 16);
    assert!(principals.iter().all(|r| r.kind.is_principal()));
}

#[test]
fn state_round_trips_through_the_query_and_ignores_nonsense() {
    let state = TableState {
        sort: SortColumn::Indicator(Indicator::Coordinators),
        descending: true,
        kinds: KindFilter::Municipalities,
        category: Some((Indicator::Rok, "antagen")),
    };
    let pairs = state.to_query();
    let map: HashMap<String, String> = pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
    assert_eq!(TableState::from_query(|k| map.get(k).cloned()), state);
    let nonsense = query(&[
        ("sortera", "<script>"),
        ("ordning", "upp"),
        ("visa", "x"),
        ("kategori", "rok:finns-inte"),
    ]);
    assert_eq!(nonsense, TableState::default());
}

#[test]
fn the_table_keeps_its_state_only_in_its_own_query_names() {
    let state = TableState {
        sort: SortColumn::Name,
        descending: true,
        kinds: KindFilter::Municipalities,
        category: Some((Indicator::Lok, "utkast")),
    };
    let names: Vec<&str> = state.to_query().into_iter().map(|(k, _)| k).collect();
    assert_eq!(names, TableState::PARAMS);
}
