//! Each indicator's history for one organisation: the category it fell in from the source
//! documents, then at each save that moved it, up to the date shown. The profile draws it as a
//! step chart with the same steps in a table.

use crate::model::as_of::{SavedProfile, earliest};
use crate::model::profile::Profile;
use crate::model::{Indicator, OrgId, OrgKind};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorHistory {
    pub indicator: Indicator,
    /// Oldest first; each holds until the next.
    pub steps: Vec<HistoryStep>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryStep {
    /// The first day the organisation was in the category: the source's date for the documents'
    /// value, the save's date after.
    pub from: NaiveDate,
    /// The category's key.
    pub category: String,
    /// Who saved the change; `None` for the value from the source documents.
    pub by: Option<String>,
}

/// The history on `on` of every indicator that applies to `kind`, from the profile the
/// documents gave (`baseline`) and the saves, oldest first.
pub fn histories(
    kind: OrgKind,
    baseline: &Profile,
    saves: &[SavedProfile],
    on: NaiveDate,
) -> Vec<IndicatorHistory> {
    // What the documents gave and was known by then.
    let baseline = baseline.clone().known_on(on);
    Indicator::ALL
        .into_iter()
        .filter(|i| i.applies_to(kind))
        .map(|indicator| {
            let first = HistoryStep {
                from: indicator
                    .source(&baseline)
                    .map_or_else(earliest, crate::model::fact::Source::date),
                category: indicator.categorise(kind, &baseline).key.to_owned(),
                by: None,
            };
            let mut steps = vec![first];
            for save in saves.iter().filter(|s| s.at.date_naive() <= on) {
                let category = indicator.categorise(kind, &save.profile).key;
                if steps.last().is_some_and(|s| s.category != category) {
                    steps.push(HistoryStep {
                        from: save.at.date_naive(),
                        category: category.to_owned(),
                        by: Some(save.by.clone()),
                    });
                }
            }
            IndicatorHistory { indicator, steps }
        })
        .collect()
}

/// A save that moved an indicator from one category to another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoryMove {
    pub org: OrgId,
    pub indicator: Indicator,
    /// The categories' keys, before and after.
    pub before: String,
    pub after: String,
    pub on: NaiveDate,
    pub by: Option<String>,
}

/// The moves in `org`'s `histories` made on or after `since`, newest first.
pub fn moves_since(
    org: &OrgId,
    histories: &[IndicatorHistory],
    since: NaiveDate,
) -> Vec<CategoryMove> {
    let mut moves: Vec<CategoryMove> = histories
        .iter()
        .flat_map(|h| {
            h.steps
                .windows(2)
                .filter(move |pair| pair[1].from >= since)
                .map(move |pair| CategoryMove {
                    org: org.clone(),
                    indicator: h.indicator,
                    before: pair[0].category.clone(),
                    after: pair[1].category.clone(),
                    on: pair[1].from,
                    by: pair[1].by.clone(),
                })
        })
        .collect();
    moves.sort_by_key(|m| std::cmp::Reverse(m.on));
    moves
}

impl IndicatorHistory {
    /// The categories the chart gives a row each, top to bottom: those the history passes
    /// through, the indicator's best first, "Ej rapporterat" last.
    pub fn rows(&self) -> Vec<&'static crate::model::indicator::Category> {
        let passed = self
            .indicator
            .categories()
            .iter()
            .filter(|c| self.steps.iter().any(|s| s.category == c.key));
        let (mut reported, rest): (Vec<_>, Vec<_>) = passed.partition(|c| c.is_reported());
        reported.reverse();
        reported.extend(rest);
        reported
    }
}

#[cfg(test)]
mod tests;
