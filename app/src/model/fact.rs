//! Every value is a fact with provenance, or explicitly unknown ("Ej rapporterat").

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

    /// The file name in the source collection.
    pub fn file(self) -> &'static str {
        match self {
            Self::MappingSlides => "000_5d0d4af6c72ba07d.txt",
            Self::DiscussionPaper2020 => "001_bcebfdaeaaec96df.txt",
            Self::AgreementDirective2024 => "002_3ced4dd8ace7c65f.txt",
            Self::MappingReport2020 => "003_d0b7263fd985b4b1.txt",
            Self::Assignment2020 => "004_def46ddb372a5319.txt",
            Self::ScbPopulation2024 => "befolkning_2024.csv",
        }
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
                "source.entered",
                &[("by", by), ("at", &crate::model::iso_time::minute(*at))],
            ),
        }
    }

    /// The date the fact was known: the document's date or when it was entered.
    pub fn date(&self) -> NaiveDate {
        match self {
            Self::Document { document, .. } => document.date(),
            Self::Entered { at, .. } => at.date_naive(),
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
    },
}

pub const UNKNOWN_SV: &str = "Ej rapporterat";

/// A yes/no answer in Swedish, or "Ej rapporterat" when none was given.
pub fn yes_no_sv(value: Option<bool>) -> &'static str {
    crate::i18n::Lang::Sv.yes_no(value)
}

impl<T> Fact<T> {
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
