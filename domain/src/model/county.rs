//! County-level facts: the regional agreement's timeline, the collected visions, the 2019
//! mapping's summary per result area, the county's network and the findings that belong beside
//! an indicator.

use super::fact::{Fact, Source};
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
/// from their decisions and never stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct RokProgress {
    pub principals: usize,
    pub adopted: usize,
    pub rejected: usize,
    pub in_preparation: usize,
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
        }
        progress
    }

    pub fn not_reported(&self) -> usize {
        self.principals - self.adopted - self.rejected - self.in_preparation
    }

    /// Principals that have reported a decision, either way.
    pub fn decided(&self) -> usize {
        self.adopted + self.rejected
    }

    /// The agreement enters into force "förutsatt att samtliga huvudmän fattar likalydande
    /// beslut" (the directive, section 1). So it is in force when every principal has adopted
    /// it, not in force when one has rejected it, and otherwise not known: a decision still
    /// missing may be taken, or taken and not yet reported.
    pub fn in_force(&self) -> InForce {
        if self.rejected > 0 {
            InForce::No
        } else if self.principals > 0 && self.adopted == self.principals {
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
