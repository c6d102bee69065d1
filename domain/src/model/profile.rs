//! An organisation's profile: the sections of the 2019 mapping interviews and the 2024 directive.

use super::fact::{Fact, Source};
use super::org::OrgId;
use super::percent::Percent;
use crate::i18n::k;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

mod agreements;
mod facts;
mod lok_plan;
mod section;

pub use agreements::{
    Agreements, DecisionCheck, LokStage, LokStatus, RokDecision, RokStatus, RokVote, Standing,
    Uncheckable, cited_paragraph,
};
pub use lok_plan::{
    DUE_DAYS, LokDecision, LokPlan, PlanStanding, PlannedStage, StageState, deadline_state,
    stage_ids, stage_label, stages_source, with_due_days,
};
pub use section::Section;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub governance: Governance,
    pub work: WorkOrganisation,
    pub collaboration: Collaboration,
    pub competence: Competence,
    pub reflections: Reflections,
    pub agreements: Agreements,
    pub support: Fact<Vec<SupportContact>>,
}

/// A profile as stored: the organisation, its optimistic-concurrency version and when it last
/// changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredProfile {
    pub org: OrgId,
    pub version: u64,
    pub updated: Option<Source>,
    pub profile: Profile,
}

/// Styrning och ledning.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Governance {
    /// Whether a decision exists to work on the issue, in the interview's words.
    pub decision: Fact<String>,
    pub policy_documents: Fact<Vec<PolicyDocument>>,
    pub shared_view: Fact<SharedView>,
    pub follow_up: Fact<FollowUp>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PolicyDocument {
    pub title: String,
    pub scope: PolicyScope,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub adopted: Option<NaiveDate>,
    #[serde(default)]
    pub last_revised: Option<NaiveDate>,
    #[serde(default)]
    pub implemented: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PolicyScope {
    /// The whole organisation.
    Overarching,
    /// One or more departments, e.g. IFO only.
    Departmental,
    /// A single unit.
    Unit,
    /// The source names the document but not what it covers.
    Unstated,
}

impl PolicyScope {
    pub const ALL: [PolicyScope; 4] = [
        Self::Overarching,
        Self::Departmental,
        Self::Unit,
        Self::Unstated,
    ];

    /// The label in `lang`.
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        lang.t(match self {
            Self::Overarching => k::ENUM_POLICY_SCOPE_OVERARCHING,
            Self::Departmental => k::ENUM_POLICY_SCOPE_DEPARTMENTAL,
            Self::Unit => k::ENUM_POLICY_SCOPE_UNIT,
            Self::Unstated => k::ENUM_POLICY_SCOPE_UNSTATED,
        })
    }
}

/// Samsyn: how far a shared view of the issue reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SharedView {
    WholeOrganisation,
    PoliticalLeadership,
    Department,
    Unit,
    None,
}

impl SharedView {
    pub const ALL: [SharedView; 5] = [
        Self::WholeOrganisation,
        Self::PoliticalLeadership,
        Self::Department,
        Self::Unit,
        Self::None,
    ];

    /// The label in `lang`.
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        lang.t(match self {
            Self::WholeOrganisation => k::ENUM_SHARED_VIEW_WHOLE_ORGANISATION,
            Self::PoliticalLeadership => k::ENUM_SHARED_VIEW_POLITICAL_LEADERSHIP,
            Self::Department => k::ENUM_SHARED_VIEW_DEPARTMENT,
            Self::Unit => k::ENUM_SHARED_VIEW_UNIT,
            Self::None => k::ENUM_SHARED_VIEW_NONE,
        })
    }
}

/// Uppföljning.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FollowUp {
    pub exists: bool,
    #[serde(default)]
    pub individual_level: Option<bool>,
    #[serde(default)]
    pub group_level: Option<bool>,
    #[serde(default)]
    pub in_quality_system: Option<bool>,
    #[serde(default)]
    pub reported_to: String,
    #[serde(default)]
    pub frequency: String,
    #[serde(default)]
    pub description: String,
}

/// Organisation of the work.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkOrganisation {
    pub coordinators: Fact<Vec<CoordinatorPost>>,
    pub cooperation_agreement: Fact<CooperationAgreement>,
    /// Where the work sits (IFO, socialtjänst, omsorg …).
    pub placement: Fact<String>,
    pub teams: Fact<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CoordinatorPost {
    pub title: String,
    /// Share of a full-time post, 0–100 %.
    pub share_percent: Percent,
    /// How many such posts (Norra Dalarna shares two full-time posts).
    #[serde(default = "one")]
    pub count: u8,
    #[serde(default)]
    pub rest_of_post: String,
    #[serde(default)]
    pub funding: Option<Funding>,
    #[serde(default)]
    pub scope: String,
    /// Other organisations the post serves as well.
    #[serde(default)]
    pub shared_with: Vec<OrgId>,
}

fn one() -> u8 {
    1
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Funding {
    StateGrant,
    OwnBudget,
    Shared,
}

impl Funding {
    pub const ALL: [Funding; 3] = [Self::StateGrant, Self::OwnBudget, Self::Shared];

    /// The label in `lang`.
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        lang.t(match self {
            Self::StateGrant => k::ENUM_FUNDING_STATE_GRANT,
            Self::OwnBudget => k::ENUM_FUNDING_OWN_BUDGET,
            Self::Shared => k::ENUM_FUNDING_SHARED,
        })
    }
}

/// Samverkansavtal on shared coordinators.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CooperationAgreement {
    pub exists: bool,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub partners: Vec<OrgId>,
}

/// Samverkan.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Collaboration {
    pub local_forum: Fact<LocalForum>,
    pub county_group_representative: Fact<CountyGroupRepresentative>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocalForum {
    pub exists: bool,
    #[serde(default)]
    pub participants: Vec<String>,
    #[serde(default)]
    pub description: String,
}

/// The organisation's representative in Länsgruppen (fields of Bilaga 1, 2020).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountyGroupRepresentative {
    pub name: String,
    #[serde(default)]
    pub mandate: String,
    #[serde(default)]
    pub share_percent: Option<Percent>,
    #[serde(default)]
    pub internal_contacts: String,
}

/// Kompetens.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Competence {
    pub basic_training: Fact<String>,
    pub specialist: SpecialistCompetences,
    pub programmes: Fact<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SpecialistCompetences {
    pub perpetrator_treatment: Fact<Availability>,
    pub honour_violence: Fact<Availability>,
    pub lgbtq: Fact<Availability>,
    pub prostitution_trafficking: Fact<Availability>,
    pub men_exposed: Fact<Availability>,
    pub children: Fact<Availability>,
}

/// The resource keys of the specialist competences' names, in the order of `entries`.
pub const SPECIALIST_KEYS: [crate::i18n::Key; 6] = [
    k::SPECIALIST_PERPETRATOR_TREATMENT,
    k::SPECIALIST_HONOUR_VIOLENCE,
    k::SPECIALIST_LGBTQ,
    k::SPECIALIST_PROSTITUTION_TRAFFICKING,
    k::SPECIALIST_MEN_EXPOSED,
    k::SPECIALIST_CHILDREN,
];

impl SpecialistCompetences {
    /// Each competence with its Swedish name, in display order.
    pub fn entries(&self) -> [(&'static str, &Fact<Availability>); 6] {
        [
            ("Behandling av förövare", &self.perpetrator_treatment),
            ("Hedersrelaterat våld och förtryck", &self.honour_violence),
            ("HBTQ-personers utsatthet", &self.lgbtq),
            (
                "Prostitution och människohandel",
                &self.prostitution_trafficking,
            ),
            ("Våldsutsatta män", &self.men_exposed),
            ("Barn som upplever våld", &self.children),
        ]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Availability {
    Available,
    ViaOther,
    Missing,
}

impl Availability {
    pub const ALL: [Availability; 3] = [Self::Available, Self::ViaOther, Self::Missing];

    /// The label in `lang`.
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        lang.t(match self {
            Self::Available => k::ENUM_AVAILABILITY_AVAILABLE,
            Self::ViaOther => k::ENUM_AVAILABILITY_VIA_OTHER,
            Self::Missing => k::ENUM_AVAILABILITY_MISSING,
        })
    }
}

/// Framgångar, brister, behov, vision.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Reflections {
    pub successes: Fact<Vec<String>>,
    pub gaps: Fact<Vec<String>>,
    pub needs: Fact<Vec<String>>,
    pub vision: Fact<Vec<String>>,
}

/// A public support contact for people exposed to violence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SupportContact {
    pub name: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub web: String,
}

impl Profile {
    /// The source of every known value, for the list of sources and the "as of" date.
    pub fn sources(&self) -> Vec<&Source> {
        self.facts()
            .into_iter()
            .filter_map(|(_, fact)| fact.source())
            .collect()
    }

    /// Whether `section` has a known value (something to confirm).
    pub fn has_known(&self, section: Section) -> bool {
        self.facts()
            .iter()
            .any(|(key, fact)| Section::of_field(key) == Some(section) && fact.source().is_some())
    }

    /// The profile with every known value of `section` confirmed as still true by `by` at
    /// `at`, and whether it had any known value to confirm.
    pub fn confirm(mut self, section: Section, by: &str, at: DateTime<Utc>) -> (Self, bool) {
        let mut any = false;
        for (key, fact) in self.facts_mut() {
            if Section::of_field(key) != Some(section) {
                continue;
            }
            if let Some(source) = fact.source_mut() {
                *source = source.clone().confirmed(by, at);
                any = true;
            }
        }
        (self, any)
    }

    /// The most recent date any value of the profile was known.
    pub fn latest_source_date(&self) -> Option<NaiveDate> {
        self.sources().into_iter().map(Source::date).max()
    }
}
