//! What the map, its legend and its table show: each organisation's category for every
//! indicator, computed once from the profiles.

use super::indicator::{Category, Indicator};
use super::org::{OrgId, OrgKind};
use super::profile::{PlanStanding, StoredProfile};
use crate::i18n::k;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One organisation's row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrgSummary {
    pub id: OrgId,
    pub name: String,
    pub kind: OrgKind,
    /// One cell per indicator, in the order of `Indicator::ALL`.
    pub cells: Vec<Cell>,
    /// The reported decision on the regional agreement, as the in-force rule counts it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rok: Option<super::profile::RokVote>,
    /// Whether the local agreement's plan keeps to its dates on the date shown; `None` without
    /// a plan with dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lok_plan: Option<PlanStanding>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    pub category: String,
    pub detail: Option<String>,
    /// The date the value behind the category describes (its source's date, or when it was
    /// entered); `None` when nothing is reported.
    #[serde(default)]
    pub described: Option<NaiveDate>,
    /// Older than two years on the date shown (`model::age`).
    #[serde(default)]
    pub old: bool,
}

/// How many organisations' local agreement plans keep to their dates, of how many; the rest
/// have no plan with dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PlanCounts {
    pub on_plan: usize,
    pub late: usize,
    pub of: usize,
}

/// Everything the map page needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapData {
    pub orgs: Vec<OrgSummary>,
    /// The most recent date any shown fact was known.
    pub as_of: Option<NaiveDate>,
    /// The past date asked for with `?datum=`; `None` for today.
    #[serde(default)]
    pub shown_on: Option<NaiveDate>,
    /// The date the state is shown for, whose ages the cells tell.
    pub on: NaiveDate,
    /// The closed round whose frozen picture this is (`?omgang=`); `None` for a date's state.
    #[serde(default)]
    pub round: Option<super::round::RoundRef>,
}

impl OrgSummary {
    /// The row of one profile as shown on `on`.
    pub fn from_profile(stored: &StoredProfile, on: NaiveDate) -> Self {
        let kind = stored.org.kind();
        let cells = Indicator::ALL
            .iter()
            .map(|i| {
                let category = i.categorise(kind, &stored.profile);
                let described = category
                    .is_reported()
                    .then(|| i.source(&stored.profile).map(super::fact::Source::date))
                    .flatten();
                Cell {
                    category: category.key.to_owned(),
                    detail: i.detail_sv(&stored.profile),
                    described,
                    old: described.is_some_and(|d| super::age::is_old(d, on)),
                }
            })
            .collect();
        Self {
            name: stored.org.name().to_owned(),
            id: stored.org.clone(),
            kind,
            cells,
            rok: stored
                .profile
                .agreements
                .rok
                .value()
                .map(super::profile::RokVote::of),
            lok_plan: stored
                .profile
                .agreements
                .lok_plan
                .value()
                .and_then(|plan| plan.standing(on)),
        }
    }

    /// A stage of the local agreement's plan is late on the date shown.
    pub fn is_late(&self) -> bool {
        self.lok_plan == Some(PlanStanding::Late)
    }

    /// Whether the map marks this organisation as late while it shows `indicator`.
    pub fn marked_late(&self, indicator: Indicator) -> bool {
        indicator == Indicator::Lok && self.is_late()
    }

    pub fn cell(&self, indicator: Indicator) -> Option<&Cell> {
        let index = Indicator::ALL.iter().position(|i| *i == indicator)?;
        self.cells.get(index)
    }

    /// The category for an indicator ("Ej rapporterat" when missing).
    pub fn category(&self, indicator: Indicator) -> &'static Category {
        self.cell(indicator)
            .and_then(|c| indicator.category_by_key(&c.category))
            .or_else(|| indicator.category_by_key(super::indicator::UNKNOWN_KEY))
            .unwrap_or(&indicator.categories()[0])
    }

    /// Whether the value behind an indicator is older than two years on the date shown.
    pub fn is_old(&self, indicator: Indicator) -> bool {
        self.cell(indicator).is_some_and(|c| c.old)
    }

    /// "Falun – RÖK: Ej rapporterat", the accessible name of a map area, with "(äldre än två
    /// år)" after an old value.
    pub fn accessible_name(&self, lang: crate::i18n::Lang, indicator: Indicator) -> String {
        let mut name = format!(
            "{} – {}: {}",
            self.name,
            indicator.short(lang),
            indicator.category_label(self.category(indicator), lang)
        );
        if self.is_old(indicator) {
            name.push_str(&format!(" ({})", lang.t(k::AGE_OLD)));
        }
        if self.marked_late(indicator) {
            name.push_str(&format!(" ({})", lang.t(k::LOK_PLAN_LATE_MARK)));
        }
        name
    }
}

impl MapData {
    /// The link to an organisation's profile on the date shown.
    pub fn profile_href(&self, id: &OrgId) -> String {
        let date = self.shown_on.map(|d| d.to_string());
        super::links::with_datum(&id.profile_path(), date.as_deref())
    }

    /// The summaries as shown on `on`, and as "as of" date the latest date any value was
    /// documented or entered.
    pub fn from_profiles(profiles: &[StoredProfile], on: NaiveDate) -> Self {
        let as_of = profiles
            .iter()
            .filter_map(|p| {
                let entered = p.updated.as_ref().map(super::fact::Source::date);
                p.profile.latest_source_date().max(entered)
            })
            .max();
        Self {
            orgs: profiles
                .iter()
                .map(|p| OrgSummary::from_profile(p, on))
                .collect(),
            as_of,
            shown_on: None,
            on,
            round: None,
        }
    }

    /// Of every reported value behind every indicator of every organisation: how many are
    /// older than two years, and how many there are.
    pub fn ages(&self) -> (usize, usize) {
        let cells = self.orgs.iter().flat_map(|o| &o.cells);
        let reported = cells.clone().filter(|c| c.described.is_some()).count();
        (cells.filter(|c| c.old).count(), reported)
    }

    /// The organisations of the given kinds whose shown value is older than two years.
    pub fn old_count(&self, indicator: Indicator, kinds: &[OrgKind]) -> usize {
        self.orgs
            .iter()
            .filter(|o| kinds.contains(&o.kind) && o.is_old(indicator))
            .count()
    }

    /// How the local agreement plans of the organisations of `kinds` keep to their dates.
    pub fn plan_counts(&self, kinds: &[OrgKind]) -> PlanCounts {
        let orgs = self.orgs.iter().filter(|o| kinds.contains(&o.kind));
        let mut counts = PlanCounts::default();
        for org in orgs {
            counts.of += 1;
            match org.lok_plan {
                Some(PlanStanding::OnPlan) => counts.on_plan += 1,
                Some(PlanStanding::Late) => counts.late += 1,
                None => {}
            }
        }
        counts
    }

    /// Legend: each category with how many organisations of the given kinds are in it.
    pub fn counts(
        &self,
        indicator: Indicator,
        kinds: &[OrgKind],
    ) -> Vec<(&'static Category, usize)> {
        indicator
            .categories()
            .iter()
            .map(|c| (c, self.in_category(indicator, kinds, c.key).count()))
            .collect()
    }

    /// The organisations of the given kinds in one category of an indicator, in county order:
    /// what the legend counts and the overview names.
    pub fn in_category<'a>(
        &'a self,
        indicator: Indicator,
        kinds: &'a [OrgKind],
        key: &'a str,
    ) -> impl Iterator<Item = &'a OrgSummary> + 'a {
        self.orgs
            .iter()
            .filter(move |o| kinds.contains(&o.kind) && o.category(indicator).key == key)
    }
}

#[cfg(test)]
mod tests;
