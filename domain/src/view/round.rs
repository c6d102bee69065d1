//! What the follow-up pages show: the rounds, and for one round who has answered what.

use crate::i18n::{Lang, k};
use crate::model::OrgId;
use crate::model::round::{Done, Item, Phase, Response, Round};
use serde::{Deserialize, Serialize};

/// What one organisation has done about one item of a round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cell {
    /// The latest thing done; `None`: not answered.
    pub done: Option<Done>,
    /// First answered after the deadline.
    pub late: bool,
    /// Whether the round asks the organisation for the item at all (see `Round::asks`).
    pub asked: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatrixRow {
    pub org: OrgId,
    /// In the order of the round's items.
    pub cells: Vec<Cell>,
}

impl MatrixRow {
    pub fn answered(&self) -> usize {
        self.cells.iter().filter(|c| c.done.is_some()).count()
    }

    /// How many items the round asks of the organisation.
    pub fn asked(&self) -> usize {
        self.cells.iter().filter(|c| c.asked).count()
    }
}

/// Organisations × items, with what each has done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Matrix {
    pub items: Vec<Item>,
    pub rows: Vec<MatrixRow>,
}

impl Matrix {
    /// Who has answered what in `round`, from everything the organisations did; what was done
    /// before the round opened does not count.
    pub fn build(round: &Round, responses: &[Response]) -> Self {
        let items = round.items();
        let rows = round
            .orgs
            .iter()
            .map(|org| MatrixRow {
                org: org.clone(),
                cells: items
                    .iter()
                    .map(|item| {
                        let mut relevant: Vec<&Response> = responses
                            .iter()
                            .filter(|r| {
                                &r.org == org && r.item == *item && r.at.date_naive() >= round.opens
                            })
                            .collect();
                        relevant.sort_by_key(|r| r.at);
                        Cell {
                            done: relevant.last().map(|r| r.done),
                            late: relevant.first().is_some_and(|r| round.is_late(r.at)),
                            asked: round.asks(org, *item),
                        }
                    })
                    .collect(),
            })
            .collect();
        Self { items, rows }
    }

    /// How many organisations answered the item in column `index`.
    pub fn column_answered(&self, index: usize) -> usize {
        self.rows
            .iter()
            .filter(|r| r.cells.get(index).is_some_and(|c| c.done.is_some()))
            .count()
    }

    /// How many organisations the item in column `index` is asked of.
    pub fn column_asked(&self, index: usize) -> usize {
        self.rows
            .iter()
            .filter(|r| r.cells.get(index).is_some_and(|c| c.asked))
            .count()
    }

    /// Cells answered, and cells asked in all.
    pub fn total(&self) -> (usize, usize) {
        let answered = self.rows.iter().map(MatrixRow::answered).sum();
        (answered, self.rows.iter().map(MatrixRow::asked).sum())
    }

    pub fn row(&self, org: &OrgId) -> Option<&MatrixRow> {
        self.rows.iter().find(|r| &r.org == org)
    }
}

/// The mark and the words of a cell; the mark repeats the words for the eye only.
pub fn cell_text(lang: Lang, cell: Cell) -> (&'static str, String) {
    if !cell.asked {
        return ("", lang.t(k::ROUND_CELL_NOT_ASKED).to_owned());
    }
    let (mark, key) = match cell.done {
        Some(Done::Confirmed) => ("✓", k::ROUND_CELL_CONFIRMED),
        Some(Done::Changed) => ("✎", k::ROUND_CELL_CHANGED),
        Some(Done::Answered) => ("✓", k::ROUND_CELL_ANSWERED),
        None => ("–", k::ROUND_CELL_MISSING),
    };
    let text = if cell.late {
        format!("{} ({})", lang.t(key), lang.t(k::ROUND_CELL_LATE))
    } else {
        lang.t(key).to_owned()
    };
    (mark, text)
}

/// The id of the place on the round's page where `item` is answered, for links from mails.
pub fn item_anchor(item: Item) -> String {
    match item {
        Item::Section(s) => format!("avsnitt-{}", s.slug()),
        Item::Question(i) => format!("svar-{i}"),
    }
}

/// A column's heading: the section's name, or "Fråga 2".
pub fn item_label(lang: Lang, item: Item) -> String {
    match item {
        Item::Section(s) => s.label(lang).to_owned(),
        Item::Question(i) => lang.tf(k::ROUND_MATRIX_QUESTION, &[("n", &(i + 1).to_string())]),
    }
}

/// The share `part` of `whole` in whole percent, rounded down so that a share is never shown
/// as more done than it is (0 of 0 is 0).
pub fn share(part: usize, whole: usize) -> u8 {
    (part.min(whole) * 100)
        .checked_div(whole)
        .map_or(0, |p| u8::try_from(p).unwrap_or(100))
}

/// A round in the list of rounds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoundSummary {
    pub round: Round,
    pub phase: Phase,
}

/// `/uppfoljning`: every round, and for an administrator the form of a new one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoundsView {
    pub rounds: Vec<RoundSummary>,
    /// Whether the reader may start a round (an administrator).
    pub can_start: bool,
    /// The signed-in person's own organisation, when it has something to answer.
    pub own: Option<OrgId>,
}

/// `/uppfoljning/<id>`: one round, who has answered, and the signed-in person's own part.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoundView {
    pub round: Round,
    pub phase: Phase,
    /// Absent for a reader who is not signed in while the round runs.
    pub matrix: Option<Matrix>,
    pub own: Option<OwnPart>,
    /// Whether the reader may close the round now (an administrator, while it runs).
    pub can_close: bool,
    /// Whether the reader may change the round (an administrator, until it closes).
    pub can_edit: bool,
}

/// What the signed-in person's organisation has to do in a round.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OwnPart {
    pub org: OrgId,
    pub row: MatrixRow,
    /// The latest answer to each question, in order; empty where none was given.
    pub answers: Vec<String>,
    /// The sections that have a known value to confirm.
    pub confirmable: Vec<crate::model::profile::Section>,
}

#[cfg(test)]
mod tests;
