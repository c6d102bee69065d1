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
    /// The area's name in `lang`.
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        lang.t(match self {
            Self::Governance => "area.governance",
            Self::Organisation => "area.organisation",
            Self::Collaboration => "area.collaboration",
            Self::Competence => "area.competence",
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

    pub fn in_force(&self) -> bool {
        self.principals > 0 && self.adopted == self.principals
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fact::{DocumentId, Fact, Source};
    use crate::model::profile::{RokDecision, RokStatus, StoredProfile};
    use crate::model::summary::OrgSummary;
    use crate::model::{OrgId, Profile};

    fn with_rok(id: &OrgId, status: Option<RokStatus>) -> OrgSummary {
        let mut profile = Profile::default();
        if let Some(status) = status {
            profile.agreements.rok = Fact::Known {
                value: RokDecision {
                    status,
                    date: None,
                    body: String::new(),
                    reference: String::new(),
                },
                source: Source::Document {
                    document: DocumentId::AgreementDirective2024,
                    section: "avsnitt 1".to_owned(),
                },
            };
        }
        OrgSummary::from_profile(&StoredProfile {
            org: id.clone(),
            version: 1,
            updated: None,
            profile,
        })
    }

    #[test]
    fn in_force_only_when_every_principal_adopted() {
        let all = OrgId::all();
        let adopted: Vec<OrgSummary> = all
            .iter()
            .map(|id| with_rok(id, Some(RokStatus::Adopted)))
            .collect();
        let progress = RokProgress::from_summaries(&adopted);
        assert_eq!(progress.principals, 16, "15 municipalities and the region");
        assert_eq!(progress.adopted, 16, "the county board is not a principal");
        assert!(progress.in_force());

        let mut one_missing = adopted.clone();
        one_missing[3] = with_rok(&all[3], None);
        let progress = RokProgress::from_summaries(&one_missing);
        assert!(!progress.in_force());
        assert_eq!(progress.not_reported(), 1);

        let mut one_rejected = adopted;
        one_rejected[15] = with_rok(&all[15], Some(RokStatus::Rejected));
        let progress = RokProgress::from_summaries(&one_rejected);
        assert_eq!((progress.adopted, progress.rejected), (15, 1));
        assert!(!progress.in_force());
    }

    #[test]
    fn nothing_reported_is_not_in_force() {
        let none: Vec<OrgSummary> = OrgId::all().iter().map(|id| with_rok(id, None)).collect();
        let progress = RokProgress::from_summaries(&none);
        assert_eq!(progress.not_reported(), 16);
        assert!(!progress.in_force());
        assert!(!RokProgress::default().in_force());
    }
}
