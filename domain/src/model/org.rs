//! Organisations: the county's municipalities, its region and its county board (Dalarna's 15
//! municipalities, Region Dalarna and Länsstyrelsen Dalarna by default; see `crate::region`).

use crate::i18n::k;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The identifier of an organisation: a municipality's 4-digit code (`2080`) or a slug
/// (`region-dalarna`, `lansstyrelsen-dalarna`, `kvinnojouren-kullan`). Only the county's
/// organisations, its partners among them, parse.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OrgId(String);

/// The county's municipalities (code, name) in code order, its region and its county board:
/// from the region package.
pub use crate::region::{COUNTY_BOARD, MUNICIPALITIES, PARTNERS, REGION};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("Okänd organisation: {0}")]
pub struct UnknownOrg(pub String);

impl OrgId {
    pub fn parse(raw: &str) -> Result<Self, UnknownOrg> {
        let raw = raw.trim();
        let known = raw == REGION
            || raw == COUNTY_BOARD
            || MUNICIPALITIES.iter().any(|(code, _)| *code == raw)
            || PARTNERS.iter().any(|(id, _)| *id == raw);
        if known {
            Ok(Self(raw.to_owned()))
        } else {
            Err(UnknownOrg(raw.chars().take(40).collect()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn kind(&self) -> OrgKind {
        match self.0.as_str() {
            REGION => OrgKind::Region,
            COUNTY_BOARD => OrgKind::CountyBoard,
            id if PARTNERS.iter().any(|(p, _)| *p == id) => OrgKind::Partner,
            _ => OrgKind::Municipality,
        }
    }

    /// Whether the organisation has a profile on the map; partners answer only the questions
    /// of follow-up rounds.
    pub fn has_profile(&self) -> bool {
        self.kind() != OrgKind::Partner
    }

    /// The organisations with a profile on the map: municipalities first, then the region and
    /// the county board.
    pub fn all() -> Vec<OrgId> {
        MUNICIPALITIES
            .iter()
            .map(|(code, _)| OrgId((*code).to_owned()))
            .chain([OrgId(REGION.to_owned()), OrgId(COUNTY_BOARD.to_owned())])
            .collect()
    }

    /// The county's partners, in the region package's order.
    pub fn partners() -> Vec<OrgId> {
        PARTNERS
            .iter()
            .map(|(id, _)| OrgId((*id).to_owned()))
            .collect()
    }

    /// Everyone a follow-up round can ask: the organisations on the map, then the partners.
    pub fn participants() -> Vec<OrgId> {
        let mut all = Self::all();
        all.extend(Self::partners());
        all
    }

    pub fn municipalities() -> Vec<OrgId> {
        MUNICIPALITIES
            .iter()
            .map(|(code, _)| OrgId((*code).to_owned()))
            .collect()
    }

    /// The official name, e.g. "Falun" or "Region Dalarna".
    pub fn name(&self) -> &'static str {
        match self.0.as_str() {
            REGION => crate::region::REGION_NAME,
            COUNTY_BOARD => crate::region::COUNTY_BOARD_NAME,
            code => MUNICIPALITIES
                .iter()
                .chain(PARTNERS.iter())
                .find(|(c, _)| *c == code)
                .map(|(_, name)| *name)
                .unwrap_or("okänd"),
        }
    }

    pub fn profile_path(&self) -> String {
        format!("/profil/{}", self.0)
    }
}

impl TryFrom<String> for OrgId {
    type Error = UnknownOrg;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<OrgId> for String {
    fn from(value: OrgId) -> Self {
        value.0
    }
}

impl fmt::Display for OrgId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    Municipality,
    Region,
    CountyBoard,
    /// One of Länsgruppen's other members (the police, a women's shelter …): answers follow-up
    /// rounds, has no profile.
    Partner,
}

impl OrgKind {
    pub const ALL: [OrgKind; 4] = [
        Self::Municipality,
        Self::Region,
        Self::CountyBoard,
        Self::Partner,
    ];

    /// The kind's name in `lang`.
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        lang.t(match self {
            Self::Municipality => k::KIND_MUNICIPALITY,
            Self::Region => k::KIND_REGION,
            Self::CountyBoard => k::KIND_COUNTY_BOARD,
            Self::Partner => k::KIND_PARTNER,
        })
    }

    /// Principals ("huvudmän") decide on the regional agreement. No source lists them; the
    /// region package names the kinds (`principals` in `region.json`).
    pub fn is_principal(self) -> bool {
        let kind = match self {
            Self::Municipality => "municipalities",
            Self::Region => "region",
            Self::CountyBoard => "county_board",
            Self::Partner => return false,
        };
        crate::region::PRINCIPALS.contains(&kind)
    }
}

/// Where the region package's list of partners comes from; `None` for a package without
/// partners.
pub fn partners_source() -> Option<super::fact::Source> {
    serde_json::from_str(crate::region::PARTNERS_SOURCE_JSON).ok()
}

/// Population on a date, with where the figure comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Population {
    pub count: u32,
    pub date: chrono::NaiveDate,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: OrgId,
    pub kind: OrgKind,
    pub name: String,
    pub population: Option<Population>,
}

/// Organisation ids as a comma-separated list, as forms and change lists show them.
pub fn codes(orgs: &[OrgId]) -> String {
    orgs.iter()
        .map(|o| o.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests;
