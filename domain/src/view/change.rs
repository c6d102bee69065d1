//! The change map: how one indicator moved for each organisation between two closed rounds,
//! as a map and a table. Built from the two rounds' frozen snapshots through the report, so
//! a change is named by the same rule in both.

use crate::model::OrgId;
use crate::model::indicator::Indicator;
use crate::model::palette::{Pattern, Style, UNKNOWN};
use crate::model::round::RoundRef;
use crate::view::report::{Movement, Report};
use serde::{Deserialize, Serialize};

/// `/uppfoljning/<id>/forandring`: the later round's report compared with the earlier round.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChangeView {
    /// The later of the two rounds, with `previous` the earlier; without one, nothing moved.
    pub report: Report,
    /// Every closed round, the first to close first: what a reader may compare with.
    pub closed: Vec<RoundRef>,
}

/// One organisation's move on one indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct Change<'a> {
    pub org: &'a OrgId,
    pub from: Option<&'a str>,
    pub to: &'a str,
    pub movement: Option<Movement>,
}

impl ChangeView {
    /// Every organisation with indicators, in the county's order, and its move on `indicator`.
    pub fn changes(&self, indicator: Indicator) -> Vec<Change<'_>> {
        self.report
            .orgs
            .iter()
            .filter_map(|o| {
                let row = o.row(indicator)?;
                Some(Change {
                    org: &o.org,
                    from: row.from.as_deref(),
                    to: &row.to,
                    movement: row.movement,
                })
            })
            .collect()
    }
}

/// The style of every move, and last of no comparison: what the map's patterns are drawn from.
pub fn movement_styles() -> Vec<Style> {
    Movement::ALL
        .into_iter()
        .map(Some)
        .chain([None])
        .map(movement_style)
        .collect()
}

/// How a move is drawn on the map: each its own fill and pattern, besides its mark and words.
pub fn movement_style(movement: Option<Movement>) -> Style {
    let (id, fill, pattern) = match movement {
        Some(Movement::Improved) => ("battre", "#a8d5a2", Pattern::Diagonal),
        Some(Movement::Worse) => ("samre", "#f4b9a0", Pattern::Cross),
        Some(Movement::Unchanged) => ("oforandrat", "#e7e5e4", Pattern::Solid),
        Some(Movement::NewlyReported) => ("nyrapporterat", "#b9d7ee", Pattern::Horizontal),
        Some(Movement::NoLongerReported) => ("inte-langre", "#d9c7e6", Pattern::Rings),
        None => return UNKNOWN,
    };
    Style { id, fill, pattern }
}

#[cfg(test)]
mod tests;
