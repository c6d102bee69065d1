//! The map's indicators: pure functions from a profile to one of a fixed, ordered list of
//! categories, each with a Swedish label and a visual style.

use super::fact::Fact;
use super::org::{OrgId, OrgKind};
use super::palette::{self, Style};
use super::profile::Profile;
use crate::i18n::k;
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
    /// Names the category in open data and, as `category.<indicator>.<key>`, its label in the
    /// texts.
    pub key: &'static str,
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

const fn level(key: &'static str, level: usize) -> Category {
    Category {
        key,
        style: palette::LEVELS[level],
    }
}

const UNKNOWN: Category = Category {
    key: UNKNOWN_KEY,
    style: palette::UNKNOWN,
};

const fn not_applicable() -> Category {
    Category {
        key: NOT_APPLICABLE_KEY,
        style: palette::NOT_APPLICABLE,
    }
}

const ROK: [Category; 5] = [
    level("avslagen", 0),
    level("under-beredning", 2),
    level("antagen", 5),
    UNKNOWN,
    not_applicable(),
];

const LOK: [Category; 8] = [
    level("ej-paborjad", 0),
    level("workshoppar", 1),
    level("utkast", 2),
    level("antagen", 3),
    level("implementeras", 4),
    level("uppfoljd", 5),
    UNKNOWN,
    not_applicable(),
];

const COORDINATORS: [Category; 6] = [
    level("ingen", 0),
    level("under-50", 1),
    level("50-99", 2),
    level("heltid", 4),
    level("delad", 5),
    UNKNOWN,
];

const POLICY: [Category; 4] = [
    level("inget", 0),
    level("verksamhet", 2),
    level("overgripande", 5),
    UNKNOWN,
];

const LOCAL_FORUM: [Category; 3] = [level("saknas", 0), level("finns", 5), UNKNOWN];

const PERPETRATOR: [Category; 4] = [
    level("saknas", 0),
    level("via-annan", 2),
    level("finns", 5),
    UNKNOWN,
];

const FOLLOW_UP: [Category; 4] = [
    level("saknas", 0),
    level("finns", 3),
    level("kvalitetssystem", 5),
    UNKNOWN,
];

const COOPERATION: [Category; 4] = [level("nej", 0), level("ja", 5), UNKNOWN, not_applicable()];

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

    /// The indicator's name in `lang`.
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        lang.text_of(&format!("indicator.{}", self.key()))
    }

    /// The title of a map of this indicator (the page's, the files' and the embed's).
    pub fn map_title(self, lang: crate::i18n::Lang) -> String {
        lang.tf(
            crate::i18n::k::SVGMAP_TITLE,
            &[("indicator", self.label(lang))],
        )
    }

    /// The short name in `lang`, used in accessible names.
    pub fn short(self, lang: crate::i18n::Lang) -> &'static str {
        lang.text_of(&format!("indicator.{}.short", self.key()))
    }

    /// A category's label in `lang`.
    pub fn category_label(self, category: &Category, lang: crate::i18n::Lang) -> &'static str {
        lang.text_of(&format!("category.{}.{}", self.key(), category.key))
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
        self.rules()
            .iter()
            .find(|r| (r.applies)(kind, p))
            .map_or(UNKNOWN_KEY, |r| r.category)
    }

    /// How a profile falls into a category: the rules in the order they are tried. The method
    /// page and the code book are written from these, so they say what the code does.
    pub fn rules(self) -> &'static [Rule] {
        match self {
            Self::Rok => &rules::ROK,
            Self::Lok => &rules::LOK,
            Self::Coordinators => &rules::COORDINATORS,
            Self::PolicyDocument => &rules::POLICY,
            Self::LocalForum => &rules::LOCAL_FORUM,
            Self::PerpetratorTreatment => &rules::PERPETRATOR,
            Self::FollowUp => &rules::FOLLOW_UP,
            Self::CooperationAgreement => &rules::COOPERATION,
        }
    }

    /// Whether the indicator says anything about organisations of `kind`: whether its rules
    /// give one of them, however empty its profile, more than "not applicable". Partners have
    /// no profile, so none does.
    pub fn applies_to(self, kind: OrgKind) -> bool {
        kind != OrgKind::Partner
            && self.categorise(kind, &Profile::default()).key != NOT_APPLICABLE_KEY
    }

    /// The profile value the indicator reads, as the key its change is recorded under.
    pub fn field(self) -> &'static str {
        match self {
            Self::Rok => "agreements.rok",
            Self::Lok => "agreements.lok",
            Self::Coordinators => "work.coordinators",
            Self::PolicyDocument => "governance.policy_documents",
            Self::LocalForum => "collaboration.local_forum",
            Self::PerpetratorTreatment => "competence.specialist.perpetrator_treatment",
            Self::FollowUp => "governance.follow_up",
            Self::CooperationAgreement => "work.cooperation_agreement",
        }
    }

    /// A rule's explanation in `lang`.
    pub fn rule_text(self, rule: &Rule, lang: crate::i18n::Lang) -> &'static str {
        lang.text_of(&format!("method.{}.{}", self.key(), rule.key))
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
                let mut parts = vec![d.status.label(crate::i18n::Lang::Sv).to_owned()];
                if let Some(date) = d.date {
                    parts.push(date.to_string());
                }
                if !d.body.is_empty() {
                    parts.push(d.body.clone());
                }
                parts.join(", ")
            }),
            Self::Lok => p.agreements.lok.value().map(|l| match l.date {
                Some(date) => format!("{} sedan {date}", l.stage.label(crate::i18n::Lang::Sv)),
                None => l.stage.label(crate::i18n::Lang::Sv).to_owned(),
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

/// A list's detail, introduced as only what the source names when it names only some items.
fn partly<T>(fact: &Fact<Vec<T>>, f: impl FnOnce(&[T]) -> String) -> Option<String> {
    let items = fact.value()?;
    let text = f(items);
    Some(if fact.is_partial() {
        format!("{} {text}", crate::i18n::Lang::Sv.t(k::PARTIAL))
    } else {
        text
    })
}

mod rules;

pub use rules::Rule;

#[cfg(test)]
mod tests;
