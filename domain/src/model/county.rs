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
                complete: true,
            };
        }
        OrgSummary::from_profile(
            &StoredProfile {
                org: id.clone(),
                version: 1,
                updated: None,
                profile,
            },
            chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default(),
        )
    }

    /// The principals' decisions, in `OrgId::all()` order, the county board last.
    fn county(statuses: &[Option<RokStatus>]) -> RokProgress {
        let all = OrgId::all();
        let orgs: Vec<OrgSummary> = all
            .iter()
            .zip(statuses.iter().chain(std::iter::repeat(&None)))
            .map(|(id, status)| with_rok(id, *status))
            .collect();
        RokProgress::from_summaries(&orgs)
    }

    const A: Option<RokStatus> = Some(RokStatus::Adopted);
    const R: Option<RokStatus> = Some(RokStatus::Rejected);
    const P: Option<RokStatus> = Some(RokStatus::InPreparation);

    #[test]
    fn in_force_only_when_every_principal_adopted() {
        let progress = county(&[A; 17]);
        assert_eq!(progress.principals, 16, "15 municipalities and the region");
        assert_eq!(progress.adopted, 16, "the county board is not a principal");
        assert_eq!(progress.in_force(), InForce::Yes);
        assert_eq!(
            county(&[A; 16]).in_force(),
            InForce::Yes,
            "the board need not decide"
        );
    }

    #[test]
    fn a_rejection_means_not_in_force_whatever_else_is_missing() {
        let mut statuses = [None; 16];
        statuses[15] = R;
        let progress = county(&statuses);
        assert_eq!((progress.rejected, progress.not_reported()), (1, 15));
        assert_eq!(progress.in_force(), InForce::No);
        let mut statuses = [A; 16];
        statuses[0] = R;
        assert_eq!(county(&statuses).in_force(), InForce::No);
    }

    #[test]
    fn a_missing_decision_leaves_it_unknown_never_no() {
        let progress = county(&[]);
        assert_eq!(progress.not_reported(), 16);
        assert_eq!(progress.decided(), 0);
        assert_eq!(progress.in_force(), InForce::Unknown);

        let mut one_missing = [A; 16];
        one_missing[3] = None;
        let progress = county(&one_missing);
        assert_eq!((progress.decided(), progress.not_reported()), (15, 1));
        assert_eq!(progress.in_force(), InForce::Unknown);

        let mut one_preparing = [A; 16];
        one_preparing[15] = P;
        let progress = county(&one_preparing);
        assert_eq!((progress.decided(), progress.in_preparation), (15, 1));
        assert_eq!(progress.in_force(), InForce::Unknown);

        assert_eq!(county(&[P; 16]).in_force(), InForce::Unknown);
        assert_eq!(RokProgress::default().in_force(), InForce::Unknown);
    }
}
