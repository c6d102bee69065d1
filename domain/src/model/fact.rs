//! Every value is a fact with provenance, or explicitly unknown ("Ej rapporterat").

use crate::i18n::k;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// The source documents the seed facts are taken from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DocumentId {
    /// Slides presenting the 2019 mapping.
    #[serde(rename = "kartlaggning-bildspel")]
    MappingSlides,
    /// Discussion paper for the county managers' network, with Bilaga 1.
    #[serde(rename = "diskussionsunderlag-2020")]
    DiscussionPaper2020,
    /// Assignment directive to LCHNV on the regional agreement and the local agreements.
    #[serde(rename = "uppdragsdirektiv-2024")]
    AgreementDirective2024,
    /// The mapping report itself.
    #[serde(rename = "kartlaggning-rapport-2020")]
    MappingReport2020,
    /// Assignment description for SKR's initiative in Dalarna 2020.
    #[serde(rename = "uppdragsbeskrivning-2020")]
    Assignment2020,
    /// SCB population statistics.
    #[serde(rename = "scb-folkmangd-2024")]
    ScbPopulation2024,
}

impl DocumentId {
    pub const ALL: [DocumentId; 6] = [
        Self::MappingSlides,
        Self::DiscussionPaper2020,
        Self::AgreementDirective2024,
        Self::MappingReport2020,
        Self::Assignment2020,
        Self::ScbPopulation2024,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Self::MappingSlides => "Kartläggning SKR:s kvinnofridssatsning i Dalarna (bildspel)",
            Self::DiscussionPaper2020 => {
                "SKR:s kvinnofridssatsning i Dalarna – diskussionsunderlag till Länschefsnätverksträff"
            }
            Self::AgreementDirective2024 => {
                "Uppdragsdirektiv till länsnätverket för förvaltningschefer (LCHNV)"
            }
            Self::MappingReport2020 => "Kartläggning kvinnofrid/våld i nära relation i Dalarna",
            Self::Assignment2020 => {
                "Uppdragsbeskrivning till SKR:s kvinnofridssatsning i Dalarna 2020"
            }
            Self::ScbPopulation2024 => "SCB: Folkmängd i riket, län och kommuner 31 december 2024",
        }
    }

    /// Who the document names as its author; `None` where it names none.
    pub fn author(self) -> Option<&'static str> {
        match self {
            Self::MappingSlides => {
                Some("Region Dalarna, utvecklingsledare Agneta Haraldsson och Hanna Lundgren")
            }
            Self::DiscussionPaper2020 => None,
            Self::AgreementDirective2024 => Some("RSS Dalarna (Avdelningen för Hälsa och välfärd)"),
            Self::MappingReport2020 => {
                Some("Utvecklingsledare Hanna Lundgren och Agneta Haraldsson, Region Dalarna")
            }
            Self::Assignment2020 => Some("Avdelningen för Hälsa och välfärd"),
            Self::ScbPopulation2024 => Some("Statistiska centralbyrån (SCB)"),
        }
    }

    /// The version the document states; only the report gives one.
    pub fn version(self) -> Option<&'static str> {
        match self {
            Self::MappingReport2020 => Some("0.1"),
            _ => None,
        }
    }

    /// Whether the document states its own date (the slides do not).
    pub fn date_stated(self) -> bool {
        self != Self::MappingSlides
    }

    /// The stable key of the document in open data (`kartlaggning-rapport-2020`).
    pub fn key(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    /// The date the document states (the slides carry none; the report's date is used).
    pub fn date(self) -> NaiveDate {
        let (y, m, d) = match self {
            Self::MappingSlides | Self::MappingReport2020 => (2020, 3, 2),
            Self::DiscussionPaper2020 => (2020, 11, 20),
            Self::AgreementDirective2024 => (2024, 10, 24),
            Self::Assignment2020 => (2020, 3, 17),
            Self::ScbPopulation2024 => (2024, 12, 31),
        };
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }
}

/// Where a value comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Document {
        document: DocumentId,
        section: String,
    },
    Entered {
        by: String,
        at: DateTime<Utc>,
    },
    /// A value someone confirmed as still true, unchanged, in a follow-up round: it keeps the
    /// source it has, and its date is the confirmation's.
    Confirmed {
        source: Box<Source>,
        by: String,
        at: DateTime<Utc>,
    },
}

impl Source {
    /// A short citation in `lang`, e.g. "Kartläggning kvinnofrid/… (2020-03-02), avsnitt 6.1";
    /// documents keep their own (Swedish) titles and sections.
    pub fn citation(&self, lang: crate::i18n::Lang) -> String {
        match self {
            Self::Document { document, section } => {
                format!("{} ({}), {}", document.title(), document.date(), section)
            }
            Self::Entered { by, at } => lang.tf(
                k::SOURCE_ENTERED,
                &[("by", by), ("at", &crate::model::iso_time::minute(*at))],
            ),
            Self::Confirmed { source, by, at } => lang.tf(
                k::SOURCE_CONFIRMED,
                &[
                    ("source", &source.citation(lang)),
                    ("by", by),
                    ("at", &crate::model::iso_time::minute(*at)),
                ],
            ),
        }
    }

    /// This source confirmed by `by` at `at`; a confirmation replaces an earlier one rather
    /// than nesting it.
    pub fn confirmed(self, by: &str, at: DateTime<Utc>) -> Self {
        let source = match self {
            Self::Confirmed { source, .. } => source,
            other => Box::new(other),
        };
        Self::Confirmed {
            source,
            by: by.to_owned(),
            at,
        }
    }

    /// The date the fact was known: the document's date, or when it was entered or last
    /// confirmed.
    pub fn date(&self) -> NaiveDate {
        match self {
            Self::Document { document, .. } => document.date(),
            Self::Entered { at, .. } | Self::Confirmed { at, .. } => at.date_naive(),
        }
    }
}

/// A value with its provenance, or the explicit absence of one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Fact<T> {
    #[default]
    Unknown,
    Known {
        value: T,
        source: Source,
        /// For a list: whether its source claims to name every item. A report that mentions
        /// some of an organisation's documents is not a list of all of them, and nothing that
        /// needs the whole list (a staffing total, "only departmental") may be derived from it.
        /// Always true for a single value.
        #[serde(default = "complete", skip_serializing_if = "is_complete")]
        complete: bool,
    },
}

fn complete() -> bool {
    true
}

fn is_complete(complete: &bool) -> bool {
    *complete
}

impl<T> Fact<T> {
    /// A value its source gives whole.
    pub fn known(value: T, source: Source) -> Self {
        Self::Known {
            value,
            source,
            complete: true,
        }
    }

    /// Some items of a list, where the source names only these.
    pub fn partial(value: T, source: Source) -> Self {
        Self::Known {
            value,
            source,
            complete: false,
        }
    }

    /// The value, only when its source gives it whole: what a total or an "only …" may be
    /// derived from.
    pub fn whole(&self) -> Option<&T> {
        match self {
            Self::Known {
                value,
                complete: true,
                ..
            } => Some(value),
            _ => None,
        }
    }

    /// Whether the source names only some items of a list.
    pub fn is_partial(&self) -> bool {
        matches!(
            self,
            Self::Known {
                complete: false,
                ..
            }
        )
    }

    pub fn value(&self) -> Option<&T> {
        match self {
            Self::Unknown => None,
            Self::Known { value, .. } => Some(value),
        }
    }

    pub fn source(&self) -> Option<&Source> {
        match self {
            Self::Unknown => None,
            Self::Known { source, .. } => Some(source),
        }
    }

    pub fn is_known(&self) -> bool {
        matches!(self, Self::Known { .. })
    }
}

/// One value of a profile whatever its type, for what every value undergoes alike (its
/// source, being forgotten for an earlier date, being confirmed).
pub trait AnyFact {
    fn source(&self) -> Option<&Source>;
    fn source_mut(&mut self) -> Option<&mut Source>;
    /// Makes the value "Ej rapporterat".
    fn forget(&mut self);
}

impl<T> AnyFact for Fact<T> {
    fn source(&self) -> Option<&Source> {
        Fact::source(self)
    }

    fn source_mut(&mut self) -> Option<&mut Source> {
        match self {
            Self::Unknown => None,
            Self::Known { source, .. } => Some(source),
        }
    }

    fn forget(&mut self) {
        *self = Self::Unknown;
    }
}
