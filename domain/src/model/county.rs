//! County-level facts: the regional agreement's timeline, the collected visions, the 2019
//! mapping's summary per result area, the county's network and the findings that belong beside
//! an indicator.

use super::fact::{Fact, Source};
use super::profile::RokStatus;
use crate::i18n::k;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CountyFacts {
    pub timeline: Vec<TimelineEvent>,
    pub visions: Fact<Vec<String>>,
    pub result_areas: Vec<ResultArea>,
    /// The county's network against violence, which the county board coordinates.
    pub county_group: Fact<CountyGroup>,
    /// The development leads of the national initiative in the county.
    pub development_leads: Fact<Vec<String>>,
    /// County findings shown beside one indicator.
    pub indicator_notes: Vec<IndicatorNote>,
    /// How long the regional agreement runs once in force.
    pub rok_validity: Fact<Validity>,
    /// The date by which the agreement's revision must start. Entered by the administrator,
    /// never seeded: kept as [`RevisionStartSet`]s and added when the facts are read, so the
    /// stored county facts never hold it.
    #[serde(skip_serializing_if = "unknown")]
    pub rok_revision_start: Fact<NaiveDate>,
}

fn unknown<T>(fact: &Fact<T>) -> bool {
    !fact.is_known()
}

/// One setting of the date by which the regional agreement's revision must start; `start`
/// `None` withdraws it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevisionStartSet {
    // Left out rather than null: the database's NONE.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveDate>,
    /// Who set it, as shown publicly.
    pub by: String,
    pub at: chrono::DateTime<chrono::Utc>,
}

impl RevisionStartSet {
    /// The date in force at the end of `on`, from every setting, oldest first.
    pub fn on(settings: &[RevisionStartSet], on: NaiveDate) -> Fact<NaiveDate> {
        match settings.iter().rev().find(|s| s.at.date_naive() <= on) {
            Some(RevisionStartSet {
                start: Some(start),
                by,
                at,
            }) => Fact::known(
                *start,
                Source::Entered {
                    by: by.clone(),
                    at: *at,
                },
            ),
            _ => Fact::Unknown,
        }
    }
}

/// The period an agreement runs: from its first day, a number of whole years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validity {
    pub from: NaiveDate,
    pub years: u32,
}

impl Validity {
    /// The last day it runs: the day before the same date `years` later.
    pub fn until(&self) -> NaiveDate {
        self.from
            .checked_add_months(chrono::Months::new(self.years.saturating_mul(12)))
            .and_then(|end| end.pred_opt())
            .unwrap_or(NaiveDate::MAX)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountyGroup {
    pub name: String,
    /// Who coordinates it.
    pub coordinator: String,
    pub members: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorNote {
    pub indicator: super::Indicator,
    pub note: Fact<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEvent {
    /// For ordering; absent where the source names only a season.
    pub date: Option<NaiveDate>,
    /// As the source states it, e.g. "19 april 2024" or "Våren 2025".
    pub when: String,
    pub text: String,
    pub source: Source,
    /// A plan the source states, not something it reports as done.
    #[serde(default)]
    pub planned: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResultArea {
    pub area: ResultAreaKind,
    pub summary: Fact<Vec<String>>,
}

/// The four result areas of the 2019 mapping.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResultAreaKind {
    Governance,
    Organisation,
    Collaboration,
    Competence,
}

impl ResultAreaKind {
    /// The area's name in `lang`.
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        lang.t(match self {
            Self::Governance => k::AREA_GOVERNANCE,
            Self::Organisation => k::AREA_ORGANISATION,
            Self::Collaboration => k::AREA_COLLABORATION,
            Self::Competence => k::AREA_COMPETENCE,
        })
    }
}

/// Where the principals (the municipalities and the region) stand on the regional agreement.
/// The agreement is in force only when every principal has adopted it, so this is derived
/// from their decisions and never stored; and only decisions the administrator has checked
/// against their evidence count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct RokProgress {
    pub principals: usize,
    pub adopted: usize,
    pub rejected: usize,
    pub in_preparation: usize,
    /// Decisions (adopted or rejected) checked against their evidence.
    #[serde(default)]
    pub checked: usize,
    /// Checked adoptions of the agreement's text as it stands.
    #[serde(default)]
    pub counting_for: usize,
    /// Checked rejections and checked adoptions of another text.
    #[serde(default)]
    pub counting_against: usize,
}

impl RokProgress {
    pub fn from_summaries(orgs: &[super::summary::OrgSummary]) -> Self {
        let mut progress = Self::default();
        for org in orgs.iter().filter(|o| o.kind.is_principal()) {
            progress.principals += 1;
            match org.category(super::Indicator::Rok).key {
                "antagen" => progress.adopted += 1,
                "avslagen" => progress.rejected += 1,
                "under-beredning" => progress.in_preparation += 1,
                _ => {}
            }
            if let Some(vote) = org.rok {
                progress.checked +=
                    usize::from(vote.checked && vote.status != RokStatus::InPreparation);
                progress.counting_for += usize::from(vote.counts_for());
                progress.counting_against += usize::from(vote.counts_against());
            }
        }
        progress
    }

    /// The principals whose checked decisions the in-force answer rests on.
    pub fn basis(orgs: &[super::summary::OrgSummary]) -> Vec<&super::summary::OrgSummary> {
        orgs.iter()
            .filter(|o| o.kind.is_principal() && o.rok.is_some_and(|v| v.checked))
            .collect()
    }

    pub fn not_reported(&self) -> usize {
        self.principals - self.adopted - self.rejected - self.in_preparation
    }

    /// Principals that have reported a decision, either way.
    pub fn decided(&self) -> usize {
        self.adopted + self.rejected
    }

    /// The agreement enters into force "förutsatt att samtliga huvudmän fattar likalydande
    /// beslut" (the directive, section 1). So it is in force when every principal's identical
    /// adoption has been checked, not in force when a checked decision rejects it or adopts
    /// another text, and otherwise not known: a decision still missing or unchecked may go
    /// either way.
    pub fn in_force(&self) -> InForce {
        if self.counting_against > 0 {
            InForce::No
        } else if self.principals > 0 && self.counting_for == self.principals {
            InForce::Yes
        } else {
            InForce::Unknown
        }
    }
}

/// Whether the regional agreement is in force, as far as the reported decisions tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InForce {
    Yes,
    No,
    Unknown,
}

#[cfg(test)]
mod tests;
