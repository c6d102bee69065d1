//! County-level facts: the regional agreement's timeline, the collected visions and the
//! 2019 mapping's summary per result area.

use super::fact::{Fact, Source};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CountyFacts {
    pub timeline: Vec<TimelineEvent>,
    pub visions: Fact<Vec<String>>,
    pub result_areas: Vec<ResultArea>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEvent {
    /// For ordering; absent where the source names only a season.
    pub date: Option<NaiveDate>,
    /// As the source states it, e.g. "19 april 2024" or "Våren 2025".
    pub when: String,
    pub text: String,
    pub source: Source,
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
    pub fn label_sv(self) -> &'static str {
        match self {
            Self::Governance => "Styrning och ledning",
            Self::Organisation => "Organisation",
            Self::Collaboration => "Samverkan/samarbete",
            Self::Competence => "Kompetens/utbildning",
        }
    }
}
