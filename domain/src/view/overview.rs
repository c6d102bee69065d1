//! The county overview for decision makers: every aggregate shown on `/oversikt`, computed
//! from the profiles of one date.

use crate::model::county::{CountyFacts, ResultAreaKind, RokProgress};
use crate::model::fact::Fact;
use crate::model::indicator::{Category, Indicator};
use crate::model::org::{OrgKind, Organisation};
use crate::model::profile::{CoordinatorPost, Profile, StoredProfile};
use crate::model::summary::MapData;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// Everything `/oversikt` shows for one date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Overview {
    /// The date the state is shown for.
    pub date: NaiveDate,
    pub today: NaiveDate,
    pub map: MapData,
    pub rok: RokProgress,
    pub indicators: Vec<IndicatorBreakdown>,
    pub staffing: Staffing,
    pub areas: Vec<AreaView>,
    pub visions: Visions,
    /// The county facts of the date: the network, the development leads, the notes.
    pub county: CountyFacts,
    /// The start of the "changes since" list.
    pub since: NaiveDate,
    pub changes: Vec<Change>,
    /// The indicators whose category a save moved since `since`, newest first: the same
    /// steps the profiles' histories draw.
    #[serde(default)]
    pub moves: Vec<crate::view::indicator_history::CategoryMove>,
}

/// How the 15 municipalities divide over one indicator's categories.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorBreakdown {
    pub indicator: Indicator,
    pub municipalities: usize,
    pub groups: Vec<Group>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub key: String,
    /// Names of the municipalities in the category, in county order.
    pub members: Vec<String>,
}

impl IndicatorBreakdown {
    pub fn from_map(map: &MapData, indicator: Indicator) -> Self {
        const KINDS: &[OrgKind] = &[OrgKind::Municipality];
        let groups = indicator
            .categories()
            .iter()
            .map(|c| Group {
                key: c.key.to_owned(),
                members: map
                    .in_category(indicator, KINDS, c.key)
                    .map(|o| o.name.clone())
                    .collect(),
            })
            .filter(|g| !g.members.is_empty())
            .collect();
        Self {
            indicator,
            municipalities: map.orgs.iter().filter(|o| KINDS.contains(&o.kind)).count(),
            groups,
        }
    }

    /// The category of each group, for labels and styles.
    pub fn category(&self, group: &Group) -> Option<&'static Category> {
        self.indicator.category_by_key(&group.key)
    }

    pub fn count(&self, key: &str) -> usize {
        self.groups
            .iter()
            .find(|g| g.key == key)
            .map_or(0, |g| g.members.len())
    }
}

/// Coordinator posts as full-time equivalents, shared posts split evenly between the
/// municipalities that share them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Staffing {
    pub rows: Vec<StaffRow>,
    /// Population year and source, from the organisations' population figures.
    pub population_date: Option<NaiveDate>,
    pub population_source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffRow {
    pub name: String,
    pub kind: OrgKind,
    /// `None` when the profile does not report all its coordinators.
    pub posts: Option<f64>,
    /// The posts a source names when it names only some: shown, never counted.
    #[serde(default)]
    pub named: Option<f64>,
    pub population: Option<u32>,
}

impl StaffRow {
    /// Posts per 10 000 inhabitants.
    pub fn per_10k(&self) -> Option<f64> {
        per_10k(self.posts?, self.population?)
    }
}

fn per_10k(posts: f64, population: u32) -> Option<f64> {
    (population > 0).then(|| posts * 10_000.0 / f64::from(population))
}

/// Full-time equivalents of a list of posts; a post shared with others counts its even share.
pub fn full_time_equivalents(posts: &[CoordinatorPost]) -> f64 {
    posts
        .iter()
        .map(|p| {
            let sharers = 1 + p.shared_with.len();
            f64::from(p.share_percent.get()) / 100.0 * f64::from(p.count) / sharers as f64
        })
        .sum()
}

impl Staffing {
    pub fn from_profiles(orgs: &[Organisation], profiles: &[StoredProfile]) -> Self {
        let rows = profiles
            .iter()
            .map(|p| {
                let org = orgs.iter().find(|o| o.id == p.org);
                StaffRow {
                    name: p.org.name().to_owned(),
                    kind: p.org.kind(),
                    posts: p
                        .profile
                        .work
                        .coordinators
                        .whole()
                        .map(|posts| full_time_equivalents(posts)),
                    named: p
                        .profile
                        .work
                        .coordinators
                        .value()
                        .filter(|_| p.profile.work.coordinators.is_partial())
                        .map(|posts| full_time_equivalents(posts)),
                    population: org.and_then(|o| o.population.as_ref()).map(|p| p.count),
                }
            })
            .collect();
        let population = orgs.iter().find_map(|o| o.population.as_ref());
        Self {
            rows,
            population_date: population.map(|p| p.date),
            population_source: population.map(|p| p.source.clone()),
        }
    }

    fn municipalities(&self) -> impl Iterator<Item = &StaffRow> {
        self.rows.iter().filter(|r| r.kind == OrgKind::Municipality)
    }

    /// The municipalities that report their coordinators.
    pub fn reporting(&self) -> usize {
        self.municipalities().filter(|r| r.posts.is_some()).count()
    }

    /// Posts in the municipalities that report them.
    pub fn municipal_posts(&self) -> f64 {
        self.municipalities().filter_map(|r| r.posts).sum()
    }

    /// Inhabitants of the municipalities that report their coordinators.
    pub fn reporting_population(&self) -> u32 {
        self.municipalities()
            .filter(|r| r.posts.is_some())
            .filter_map(|r| r.population)
            .sum()
    }

    /// Posts per 10 000 inhabitants over the municipalities that report.
    pub fn municipal_per_10k(&self) -> Option<f64> {
        if self.reporting() == 0 {
            return None;
        }
        per_10k(self.municipal_posts(), self.reporting_population())
    }

    /// Municipalities that report having no coordinator.
    pub fn without(&self) -> Vec<String> {
        self.municipalities()
            .filter(|r| r.posts.is_some_and(|p| p == 0.0))
            .map(|r| r.name.clone())
            .collect()
    }

    pub fn not_reported(&self) -> Vec<String> {
        self.municipalities()
            .filter(|r| r.posts.is_none())
            .map(|r| r.name.clone())
            .collect()
    }
}

/// A result area of the 2019 mapping: its summary, and the indicators that speak to it today.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AreaView {
    pub area: ResultAreaKind,
    pub summary: Fact<Vec<String>>,
    pub indicators: Vec<Indicator>,
    /// Municipalities whose profile reports anything in the area.
    pub reporting: usize,
    pub municipalities: usize,
}

impl ResultAreaKind {
    pub const ALL: [ResultAreaKind; 4] = [
        Self::Governance,
        Self::Organisation,
        Self::Collaboration,
        Self::Competence,
    ];

    /// The map's indicators that describe the area.
    pub fn indicators(self) -> &'static [Indicator] {
        match self {
            Self::Governance => &[Indicator::PolicyDocument, Indicator::FollowUp],
            Self::Organisation => &[Indicator::Coordinators, Indicator::CooperationAgreement],
            Self::Collaboration => &[Indicator::LocalForum],
            Self::Competence => &[Indicator::PerpetratorTreatment],
        }
    }

    /// Whether a profile reports anything in this area.
    pub fn reported_in(self, p: &Profile) -> bool {
        match self {
            Self::Governance => {
                let g = &p.governance;
                g.decision.is_known()
                    || g.policy_documents.is_known()
                    || g.shared_view.is_known()
                    || g.follow_up.is_known()
            }
            Self::Organisation => {
                let w = &p.work;
                w.coordinators.is_known()
                    || w.cooperation_agreement.is_known()
                    || w.placement.is_known()
                    || w.teams.is_known()
            }
            Self::Collaboration => {
                p.collaboration.local_forum.is_known()
                    || p.collaboration.county_group_representative.is_known()
            }
            Self::Competence => {
                let k = &p.competence;
                k.basic_training.is_known()
                    || k.programmes.is_known()
                    || k.specialist.entries().iter().any(|(_, f)| f.is_known())
            }
        }
    }
}

/// The visions for Dalarna: the mapping's collected ones and each organisation's own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Visions {
    pub county: Fact<Vec<String>>,
    pub organisations: Vec<OrgVision>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrgVision {
    pub name: String,
    pub vision: Fact<Vec<String>>,
}

/// One save in the "changes since" list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub org: crate::model::OrgId,
    pub at: DateTime<Utc>,
    pub by: String,
    /// Each changed value: its field key and the label it was recorded with.
    pub fields: Vec<(String, String)>,
}

impl Overview {
    pub fn build(
        date: NaiveDate,
        today: NaiveDate,
        orgs: &[Organisation],
        profiles: &[StoredProfile],
        county: &CountyFacts,
        since: NaiveDate,
        changes: Vec<Change>,
    ) -> Self {
        let map = MapData::from_profiles(profiles, date);
        let municipal = profiles
            .iter()
            .filter(|p| p.org.kind() == OrgKind::Municipality);
        let areas = ResultAreaKind::ALL
            .into_iter()
            .map(|area| AreaView {
                area,
                summary: county
                    .result_areas
                    .iter()
                    .find(|a| a.area == area)
                    .map(|a| a.summary.clone())
                    .unwrap_or_default(),
                indicators: area.indicators().to_vec(),
                reporting: municipal
                    .clone()
                    .filter(|p| area.reported_in(&p.profile))
                    .count(),
                municipalities: municipal.clone().count(),
            })
            .collect();
        let visions = Visions {
            county: county.visions.clone(),
            organisations: profiles
                .iter()
                .filter(|p| p.profile.reflections.vision.is_known())
                .map(|p| OrgVision {
                    name: p.org.name().to_owned(),
                    vision: p.profile.reflections.vision.clone(),
                })
                .collect(),
        };
        Self {
            date,
            today,
            rok: RokProgress::from_summaries(&map.orgs),
            indicators: Indicator::ALL
                .into_iter()
                .map(|i| IndicatorBreakdown::from_map(&map, i))
                .collect(),
            staffing: Staffing::from_profiles(orgs, profiles),
            areas,
            visions,
            county: county.clone(),
            since,
            changes,
            moves: Vec::new(),
            map,
        }
    }

    pub fn breakdown(&self, indicator: Indicator) -> Option<&IndicatorBreakdown> {
        self.indicators.iter().find(|b| b.indicator == indicator)
    }
}

#[cfg(test)]
mod tests;
