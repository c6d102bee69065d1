//! A closed round's report: the county's indicators and each organisation's, what changed
//! since the previous closed round, the answers, who answered, and the sources. Built from the
//! frozen snapshots alone, so building it again gives the same report.

use crate::i18n::{Key, Lang, k};
use crate::model::OrgId;
use crate::model::fact::Source;
use crate::model::indicator::{Category, Indicator};
use crate::model::round::{Answer, Round, Snapshot};
use crate::view::round::Matrix;
use serde::{Deserialize, Serialize};

mod tables;
pub use tables::{PARTS, Part, Table};

/// How an indicator's category moved between two rounds, by the indicator's own order of its
/// categories (the lowest level first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Movement {
    Improved,
    Worse,
    Unchanged,
    /// "Ej rapporterat" before, a reported category now.
    NewlyReported,
    /// A reported category before, "Ej rapporterat" now.
    NoLongerReported,
}

impl Movement {
    pub const ALL: [Movement; 5] = [
        Self::Improved,
        Self::Worse,
        Self::Unchanged,
        Self::NewlyReported,
        Self::NoLongerReported,
    ];

    pub fn between(indicator: Indicator, from: &Category, to: &Category) -> Self {
        let place = |c: &Category| indicator.categories().iter().position(|x| x.key == c.key);
        match (from.is_reported(), to.is_reported()) {
            (false, true) => Self::NewlyReported,
            (true, false) => Self::NoLongerReported,
            (false, false) => Self::Unchanged,
            (true, true) => match place(to).cmp(&place(from)) {
                std::cmp::Ordering::Greater => Self::Improved,
                std::cmp::Ordering::Less => Self::Worse,
                std::cmp::Ordering::Equal => Self::Unchanged,
            },
        }
    }

    pub fn key(self) -> Key {
        match self {
            Self::Improved => k::REPORT_MOVEMENT_IMPROVED,
            Self::Worse => k::REPORT_MOVEMENT_WORSE,
            Self::Unchanged => k::REPORT_MOVEMENT_UNCHANGED,
            Self::NewlyReported => k::REPORT_MOVEMENT_NEW,
            Self::NoLongerReported => k::REPORT_MOVEMENT_GONE,
        }
    }

    /// The key in open data.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Improved => "battre",
            Self::Worse => "samre",
            Self::Unchanged => "oforandrat",
            Self::NewlyReported => "nyrapporterat",
            Self::NoLongerReported => "inte-langre-rapporterat",
        }
    }

    /// A mark that repeats the words for the eye.
    pub fn mark(self) -> &'static str {
        match self {
            Self::Improved => "↑",
            Self::Worse => "↓",
            Self::Unchanged => "=",
            Self::NewlyReported => "+",
            Self::NoLongerReported => "−",
        }
    }
}

/// One indicator of one organisation in the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorRow {
    pub indicator: Indicator,
    /// The category in the previous round; `None` without one.
    pub from: Option<String>,
    pub to: String,
    pub movement: Option<Movement>,
    /// Where the value behind the category comes from; `None` when nothing is reported.
    pub source: Option<Source>,
}

/// One organisation's part of the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrgReport {
    pub org: OrgId,
    /// In the order of `Indicator::ALL`; empty for a partner, which has no profile.
    pub indicators: Vec<IndicatorRow>,
    /// The answer that counts to each of the round's questions; empty when the organisation
    /// was not asked.
    pub answers: Vec<Option<Answer>>,
}

/// The whole report of a closed round.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub round: Round,
    /// The closed round compared with: the latest to close before this one.
    pub previous: Option<Round>,
    pub matrix: Matrix,
    /// Every organisation in the snapshot, in the county's order, then the partners the
    /// round asked.
    pub orgs: Vec<OrgReport>,
}

/// How many organisations have a category, now and in the previous round.
#[derive(Debug, Clone, PartialEq)]
pub struct CategoryCount {
    pub category: &'static Category,
    pub now: usize,
    pub before: Option<usize>,
}

impl Report {
    /// The report of `round` from its snapshot, compared with the previous closed round's.
    pub fn build(
        round: &Round,
        snapshot: &Snapshot,
        previous: Option<(&Round, &Snapshot)>,
    ) -> Self {
        let answers = |org: &OrgId| -> Vec<Option<Answer>> {
            if round.includes(org) {
                (0..round.questions.len())
                    .map(|q| snapshot.answer(org, q).cloned())
                    .collect()
            } else {
                Vec::new()
            }
        };
        let profiles = snapshot.profiles.iter().map(|stored| {
            let kind = stored.org.kind();
            let before = previous.and_then(|(_, s)| s.profile(&stored.org));
            let indicators = Indicator::ALL
                .into_iter()
                .map(|indicator| {
                    let to = indicator.categorise(kind, &stored.profile);
                    let from = before.map(|b| indicator.categorise(kind, &b.profile));
                    IndicatorRow {
                        indicator,
                        from: from.map(|c| c.key.to_owned()),
                        to: to.key.to_owned(),
                        movement: from.map(|from| Movement::between(indicator, from, to)),
                        source: to
                            .is_reported()
                            .then(|| indicator.source(&stored.profile).cloned())
                            .flatten(),
                    }
                })
                .collect();
            OrgReport {
                org: stored.org.clone(),
                indicators,
                answers: answers(&stored.org),
            }
        });
        // Partners have no profile: their part is their answers.
        let partners = round
            .orgs
            .iter()
            .filter(|org| !org.has_profile())
            .map(|org| OrgReport {
                org: org.clone(),
                indicators: Vec::new(),
                answers: answers(org),
            });
        let orgs = profiles.chain(partners).collect();
        Self {
            round: round.clone(),
            previous: previous.map(|(r, _)| r.clone()),
            matrix: Matrix::build(round, &snapshot.responses),
            orgs,
        }
    }

    /// For each category of `indicator`, in its order, how many organisations have it.
    pub fn counts(&self, indicator: Indicator) -> Vec<CategoryCount> {
        let rows = || self.orgs.iter().filter_map(|o| o.row(indicator));
        indicator
            .categories()
            .iter()
            .map(|category| CategoryCount {
                category,
                now: rows().filter(|r| r.to == category.key).count(),
                before: self.previous.as_ref().map(|_| {
                    rows()
                        .filter(|r| r.from.as_deref() == Some(category.key))
                        .count()
                }),
            })
            .collect()
    }

    /// How many organisations moved each way on `indicator`; empty without a previous round.
    pub fn movements(&self, indicator: Indicator) -> Vec<(Movement, usize)> {
        if self.previous.is_none() {
            return Vec::new();
        }
        Movement::ALL
            .into_iter()
            .map(|m| {
                let n = self
                    .orgs
                    .iter()
                    .filter_map(|o| o.row(indicator))
                    .filter(|r| r.movement == Some(m))
                    .count();
                (m, n)
            })
            .collect()
    }
}

impl OrgReport {
    pub fn row(&self, indicator: Indicator) -> Option<&IndicatorRow> {
        self.indicators.iter().find(|r| r.indicator == indicator)
    }
}

/// The label of a category key of `indicator` in `lang`.
pub fn category_text(indicator: Indicator, key: &str, lang: Lang) -> &'static str {
    indicator
        .category_by_key(key)
        .map_or("", |c| indicator.category_label(c, lang))
}

#[cfg(test)]
pub(crate) mod tests;
