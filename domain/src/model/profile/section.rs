//! The sections of a profile, as the profile page and the edit form group its values and as a
//! follow-up round asks for them one by one.

use crate::i18n::{Key, Lang, k};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Agreements,
    Work,
    Governance,
    Collaboration,
    Competence,
    Reflections,
    Support,
}

impl Section {
    /// In the order of the edit form.
    pub const ALL: [Section; 7] = [
        Self::Agreements,
        Self::Work,
        Self::Governance,
        Self::Collaboration,
        Self::Competence,
        Self::Reflections,
        Self::Support,
    ];

    /// The section's name in addresses and in the edit form's anchors (`#styrning`).
    pub fn slug(self) -> &'static str {
        match self {
            Self::Agreements => "overenskommelser",
            Self::Work => "organisation",
            Self::Governance => "styrning",
            Self::Collaboration => "samverkan",
            Self::Competence => "kompetens",
            Self::Reflections => "reflektion",
            Self::Support => "stod",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The first part of the keys of the section's values (`governance` of
    /// `governance.decision`).
    fn field_prefix(self) -> &'static str {
        match self {
            Self::Agreements => "agreements",
            Self::Work => "work",
            Self::Governance => "governance",
            Self::Collaboration => "collaboration",
            Self::Competence => "competence",
            Self::Reflections => "reflections",
            Self::Support => "support",
        }
    }

    /// The section a value's key (as revisions name it) belongs to.
    pub fn of_field(field: &str) -> Option<Self> {
        let prefix = field.split('.').next().unwrap_or(field);
        Self::ALL.into_iter().find(|s| s.field_prefix() == prefix)
    }

    /// The key a confirmation of the section is recorded under in a revision.
    pub fn confirmation_field(self) -> String {
        format!("{CONFIRMED}.{}", self.field_prefix())
    }

    /// The section whose confirmation a revision's change records, if it records one.
    pub fn confirmed_by(field: &str) -> Option<Self> {
        field
            .strip_prefix(CONFIRMED)
            .and_then(|rest| rest.strip_prefix('.'))
            .and_then(Self::of_field)
    }

    pub fn key(self) -> Key {
        match self {
            Self::Agreements => k::EDIT_SECTION_AGREEMENTS,
            Self::Work => k::EDIT_SECTION_ORGANISATION,
            Self::Governance => k::EDIT_SECTION_GOVERNANCE,
            Self::Collaboration => k::EDIT_SECTION_COLLABORATION,
            Self::Competence => k::EDIT_SECTION_COMPETENCE,
            Self::Reflections => k::EDIT_SECTION_REFLECTIONS,
            Self::Support => k::EDIT_SECTION_SUPPORT,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        lang.t(self.key())
    }
}

const CONFIRMED: &str = "confirmed";

#[cfg(test)]
mod tests;
