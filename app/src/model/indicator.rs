//! The map's indicators: pure functions from a profile to one of a fixed, ordered list of
//! categories, each with a Swedish label and a visual style.

use super::fact::{Fact, PARTIAL_SV, UNKNOWN_SV};
use super::org::{OrgId, OrgKind};
use super::palette::{self, Style};
use super::profile::{Availability, PolicyScope, Profile};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Indicator {
    Rok,
    Lok,
    Coordinators,
    PolicyDocument,
    LocalForum,
    PerpetratorTreatment,
    FollowUp,
    CooperationAgreement,
}

/// One category of an indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Category {
    pub key: &'static str,
    pub label_sv: &'static str,
    pub style: Style,
}

impl Category {
    /// Whether the category reports something: neither "Ej rapporterat" nor "not applicable".
    pub fn is_reported(&self) -> bool {
        self.key != UNKNOWN_KEY && self.key != NOT_APPLICABLE_KEY
    }
}

/// The key of "Ej rapporterat", the same in every indicator.
pub const UNKNOWN_KEY: &str = "ej-rapporterat";
const NOT_APPLICABLE_KEY: &str = "ej-tillampligt";

const fn level(key: &'static str, label_sv: &'static str, level: usize) -> Category {
    Category {
        key,
        label_sv,
        style: palette::LEVELS[level],
    }
}

const UNKNOWN: Category = Category {
    key: UNKNOWN_KEY,
    label_sv: UNKNOWN_SV,
    style: palette::UNKNOWN,
};

const fn not_applicable(label_sv: &'static str) -> Category {
    Category {
        key: NOT_APPLICABLE_KEY,
        label_sv,
        style: palette::NOT_APPLICABLE,
    }
}

const ROK: [Category; 5] = [
    level("avslagen", "Avslagen", 0),
    level("under-beredning", "Under beredning", 2),
    level("antagen", "Antagen", 5),
    UNKNOWN,
    not_applicable("Ej huvudman"),
];

const LOK: [Category; 8] = [
    level("ej-paborjad", "Ej påbörjad", 0),
    level("workshoppar", "Workshoppar", 1),
    level("utkast", "Utkast tas fram", 2),
    level("antagen", "Antagen", 3),
    level("implementeras", "Implementeras", 4),
    level("uppfoljd", "Uppföljd", 5),
    UNKNOWN,
    not_applicable("Ej kommun"),
];

const COORDINATORS: [Category; 6] = [
    level("ingen", "Ingen samordnare", 0),
    level("under-50", "Samordnare under 50 %", 1),
    level("50-99", "Samordnare 50–99 %", 2),
    level("heltid", "Samordnare på heltid", 4),
    level("delad", "Delade samordnare (samverkansavtal)", 5),
    UNKNOWN,
];

const POLICY: [Category; 4] = [
    level("inget", "Inget styrdokument", 0),
    level(
        "verksamhet",
        "Endast förvaltnings- eller verksamhetsspecifikt",
        2,
    ),
    level("overgripande", "Övergripande styrdokument", 5),
    UNKNOWN,
];

const LOCAL_FORUM: [Category; 3] = [
    level("saknas", "Lokalt samverkansforum saknas", 0),
    level("finns", "Lokalt samverkansforum finns", 5),
    UNKNOWN,
];

const PERPETRATOR: [Category; 4] = [
    level("saknas", "Saknas", 0),
    level("via-annan", "Via annan kommun eller aktör", 2),
    level("finns", "Finns i egen organisation", 5),
    UNKNOWN,
];

const FOLLOW_UP: [Category; 4] = [
    level("saknas", "Ingen systematisk uppföljning", 0),
    level("finns", "Uppföljning finns", 3),
    level("kvalitetssystem", "Inbyggd i kvalitetsledningssystemet", 5),
    UNKNOWN,
];

const COOPERATION: [Category; 4] = [
    level("nej", "Inget avtal om delade samordnare", 0),
    level("ja", "Avtal om delade samordnare", 5),
    UNKNOWN,
    not_applicable("Ej kommun"),
];

impl Indicator {
    pub const ALL: [Indicator; 8] = [
        Self::Rok,
        Self::Lok,
        Self::Coordinators,
        Self::PolicyDocument,
        Self::LocalForum,
        Self::PerpetratorTreatment,
        Self::FollowUp,
        Self::CooperationAgreement,
    ];

    pub const DEFAULT: Indicator = Self::Rok;

    /// The value of `?indikator=` in shared links.
    pub fn key(self) -> &'static str {
        match self {
            Self::Rok => "rok",
            Self::Lok => "lok",
            Self::Coordinators => "samordnare",
            Self::PolicyDocument => "styrdokument",
            Self::LocalForum => "samverkansforum",
            Self::PerpetratorTreatment => "forovarbehandling",
            Self::FollowUp => "uppfoljning",
            Self::CooperationAgreement => "samverkansavtal",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|i| i.key() == key)
    }

    /// The indicator named in a query string value, or the default one.
    pub fn from_query(key: Option<&str>) -> Self {
        key.and_then(Self::from_key).unwrap_or(Self::DEFAULT)
    }

    pub fn label_sv(self) -> &'static str {
        match self {
            Self::Rok => "Beslut om regional överenskommelse (RÖK)",
            Self::Lok => "Lokal överenskommelse (LÖK)",
            Self::Coordinators => "Samordnare",
            Self::PolicyDocument => "Övergripande styrdokument",
            Self::LocalForum => "Lokalt samverkansforum",
            Self::PerpetratorTreatment => "Behandling av förövare",
            Self::FollowUp => "Uppföljning",
            Self::CooperationAgreement => "Samverkansavtal om samordnare",
        }
    }

    /// A short name used in accessible names: "Falun – RÖK: Ej rapporterat".
    pub fn short_sv(self) -> &'static str {
        match self {
            Self::Rok => "RÖK",
            Self::Lok => "LÖK",
            Self::Coordinators => "Samordnare",
            Self::PolicyDocument => "Styrdokument",
            Self::LocalForum => "Samverkansforum",
            Self::PerpetratorTreatment => "Förövarbehandling",
            Self::FollowUp => "Uppföljning",
            Self::CooperationAgreement => "Samverkansavtal",
        }
    }

    /// The indicator's name in `lang`.
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        lang.t(&format!("indicator.{}", self.key()))
    }

    /// The short name in `lang`, used in accessible names.
    pub fn short(self, lang: crate::i18n::Lang) -> &'static str {
        lang.t(&format!("indicator.{}.short", self.key()))
    }

    /// A category's label in `lang`.
    pub fn category_label(self, category: &Category, lang: crate::i18n::Lang) -> &'static str {
        lang.t(&format!("category.{}.{}", self.key(), category.key))
    }

    /// The ordered categories, including "Ej rapporterat".
    pub fn categories(self) -> &'static [Category] {
        match self {
            Self::Rok => &ROK,
            Self::Lok => &LOK,
            Self::Coordinators => &COORDINATORS,
            Self::PolicyDocument => &POLICY,
            Self::LocalForum => &LOCAL_FORUM,
            Self::PerpetratorTreatment => &PERPETRATOR,
            Self::FollowUp => &FOLLOW_UP,
            Self::CooperationAgreement => &COOPERATION,
        }
    }

    pub fn category_by_key(self, key: &str) -> Option<&'static Category> {
        self.categories().iter().find(|c| c.key == key)
    }

    /// Which category an organisation falls in.
    pub fn categorise(self, kind: OrgKind, profile: &Profile) -> &'static Category {
        let key = self.category_key(kind, profile);
        self.category_by_key(key).unwrap_or(&UNKNOWN)
    }

    fn category_key(self, kind: OrgKind, p: &Profile) -> &'static str {
        match self {
            Self::Rok if !kind.is_principal() => NOT_APPLICABLE_KEY,
            Self::Rok => known(&p.agreements.rok, |d| match d.status {
                super::profile::RokStatus::InPreparation => "under-beredning",
                super::profile::RokStatus::Adopted => "antagen",
                super::profile::RokStatus::Rejected => "avslagen",
            }),
            Self::Lok if kind != OrgKind::Municipality => NOT_APPLICABLE_KEY,
            Self::Lok => known(&p.agreements.lok, |l| {
                use super::profile::LokStage as S;
                match l.stage {
                    S::NotStarted => "ej-paborjad",
                    S::Workshops => "workshoppar",
                    S::Drafting => "utkast",
                    S::Adopted => "antagen",
                    S::Implementing => "implementeras",
                    S::FollowedUp => "uppfoljd",
                }
            }),
            // A shared post shows whatever else the source leaves out; a total needs every post.
            Self::Coordinators => listed(&p.work.coordinators, |posts, whole| {
                let total: u32 = posts
                    .iter()
                    .map(|c| u32::from(c.share_percent.get()) * u32::from(c.count))
                    .sum();
                if posts.iter().any(|c| !c.shared_with.is_empty()) {
                    "delad"
                } else if !whole {
                    UNKNOWN_KEY
                } else if total == 0 {
                    "ingen"
                } else if total < 50 {
                    "under-50"
                } else if total < 100 {
                    "50-99"
                } else {
                    "heltid"
                }
            }),
            // One overarching document is enough; "none" and "only departmental" need them all,
            // and a document whose scope no source states cannot make a category.
            Self::PolicyDocument => listed(&p.governance.policy_documents, |docs, whole| {
                if docs.iter().any(|d| d.scope == PolicyScope::Overarching) {
                    "overgripande"
                } else if !whole || docs.iter().any(|d| d.scope == PolicyScope::Unstated) {
                    UNKNOWN_KEY
                } else if docs.is_empty() {
                    "inget"
                } else {
                    "verksamhet"
                }
            }),
            Self::LocalForum => known(&p.collaboration.local_forum, |f| {
                if f.exists { "finns" } else { "saknas" }
            }),
            Self::PerpetratorTreatment => known(
                &p.competence.specialist.perpetrator_treatment,
                |a| match a {
                    Availability::Available => "finns",
                    Availability::ViaOther => "via-annan",
                    Availability::Missing => "saknas",
                },
            ),
            Self::FollowUp => known(&p.governance.follow_up, |f| {
                if !f.exists {
                    "saknas"
                } else if f.in_quality_system == Some(true) {
                    "kvalitetssystem"
                } else {
                    "finns"
                }
            }),
            Self::CooperationAgreement if kind != OrgKind::Municipality => NOT_APPLICABLE_KEY,
            Self::CooperationAgreement => known(&p.work.cooperation_agreement, |a| {
                if a.exists { "ja" } else { "nej" }
            }),
        }
    }

    /// The source of the value a category is derived from.
    pub fn source(self, p: &Profile) -> Option<&super::fact::Source> {
        match self {
            Self::Rok => p.agreements.rok.source(),
            Self::Lok => p.agreements.lok.source(),
            Self::Coordinators => p.work.coordinators.source(),
            Self::PolicyDocument => p.governance.policy_documents.source(),
            Self::LocalForum => p.collaboration.local_forum.source(),
            Self::PerpetratorTreatment => p.competence.specialist.perpetrator_treatment.source(),
            Self::FollowUp => p.governance.follow_up.source(),
            Self::CooperationAgreement => p.work.cooperation_agreement.source(),
        }
    }

    /// A one-line detail for tooltips and the details panel, when there is more to say than
    /// the category.
    pub fn detail_sv(self, p: &Profile) -> Option<String> {
        match self {
            Self::Rok => p.agreements.rok.value().map(|d| {
                let mut parts = vec![d.status.label_sv().to_owned()];
                if let Some(date) = d.date {
                    parts.push(date.to_string());
                }
                if !d.body.is_empty() {
                    parts.push(d.body.clone());
                }
                parts.join(", ")
            }),
            Self::Lok => p.agreements.lok.value().map(|l| match l.date {
                Some(date) => format!("{} sedan {date}", l.stage.label_sv()),
                None => l.stage.label_sv().to_owned(),
            }),
            Self::Coordinators => partly(&p.work.coordinators, |posts| {
                if posts.is_empty() {
                    return "Ingen samordnare".to_owned();
                }
                posts
                    .iter()
                    .map(|c| {
                        let shared = if c.shared_with.is_empty() {
                            String::new()
                        } else {
                            let names: Vec<&str> = c.shared_with.iter().map(OrgId::name).collect();
                            format!(", delas med {}", names.join(", "))
                        };
                        let count = if c.count > 1 {
                            format!("{} × ", c.count)
                        } else {
                            String::new()
                        };
                        format!("{}: {count}{}{shared}", c.title, c.share_percent)
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            }),
            Self::PolicyDocument => partly(&p.governance.policy_documents, |docs| {
                docs.iter()
                    .map(|d| d.title.clone())
                    .collect::<Vec<_>>()
                    .join("; ")
            })
            .filter(|d| !d.is_empty()),
            Self::LocalForum => p
                .collaboration
                .local_forum
                .value()
                .filter(|f| !f.participants.is_empty())
                .map(|f| format!("Deltagare: {}", f.participants.join(", "))),
            Self::FollowUp => p
                .governance
                .follow_up
                .value()
                .filter(|f| !f.description.is_empty())
                .map(|f| f.description.clone()),
            Self::CooperationAgreement => p
                .work
                .cooperation_agreement
                .value()
                .filter(|a| !a.partners.is_empty())
                .map(|a| {
                    let names: Vec<&str> = a.partners.iter().map(OrgId::name).collect();
                    format!("{}: {}", a.name, names.join(", "))
                }),
            Self::PerpetratorTreatment => None,
        }
    }
}

fn known<T>(fact: &Fact<T>, f: impl FnOnce(&T) -> &'static str) -> &'static str {
    fact.value().map_or(UNKNOWN_KEY, f)
}

/// A list's detail, introduced as only what the source names when it names only some items.
fn partly<T>(fact: &Fact<Vec<T>>, f: impl FnOnce(&[T]) -> String) -> Option<String> {
    let items = fact.value()?;
    let text = f(items);
    Some(if fact.is_partial() {
        format!("{PARTIAL_SV} {text}")
    } else {
        text
    })
}

/// A list's category from its items and whether its source names them all.
fn listed<T>(fact: &Fact<Vec<T>>, f: impl FnOnce(&[T], bool) -> &'static str) -> &'static str {
    fact.value()
        .map_or(UNKNOWN_KEY, |items| f(items, fact.whole().is_some()))
}

#[cfg(test)]
mod tests;
