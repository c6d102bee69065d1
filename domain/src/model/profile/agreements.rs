//! The profile's section on the agreements: the organisation's decision on the regional
//! agreement (RÖK) and its local agreement's (LÖK) stage.

use crate::i18n::k;
use crate::model::fact::Fact;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// Överenskommelser: the regional agreement (RÖK) and the local agreement (LÖK).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Agreements {
    pub rok: Fact<RokDecision>,
    pub lok: Fact<LokStatus>,
    /// The local agreement's plan: its stages' dates, parties and adoption decision.
    pub lok_plan: Fact<super::LokPlan>,
}

impl Agreements {
    /// Keeps the administrator's check of the RÖK decision when a save leaves the decision as
    /// it was: a check holds for the decision checked, and for no other.
    pub fn keep_check(&mut self, old: &Agreements) {
        if let (Some(old), Fact::Known { value, .. }) = (old.rok.value(), &mut self.rok)
            && value.check.is_none()
            && value.same_decision(old)
        {
            value.check = old.check.clone();
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RokDecision {
    pub status: RokStatus,
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub body: String,
    /// The registry's reference number (diarienummer).
    #[serde(default)]
    pub reference: String,
    /// The paragraph of the minutes (§).
    #[serde(default)]
    pub paragraph: String,
    /// Whether the decision adopts the agreement's text as it stands: the agreement is in force
    /// only on "likalydande beslut" (the directive, section 1). `None` when not reported.
    #[serde(default)]
    pub identical: Option<bool>,
    /// Where the decision can be read: a link to the public record.
    #[serde(default)]
    pub evidence: String,
    /// The administrator's check of the decision against its evidence; `None` while it is only
    /// reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<DecisionCheck>,
}

/// "§ 12" for a decision's paragraph, or nothing when none is given.
pub fn cited_paragraph(paragraph: &str) -> String {
    if paragraph.is_empty() {
        String::new()
    } else {
        format!("§ {paragraph}")
    }
}

/// Who checked a reported decision against its evidence, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionCheck {
    pub by: String,
    pub at: DateTime<Utc>,
}

/// Why a decision cannot be checked yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Uncheckable {
    /// "Under beredning" is no decision.
    NoDecision,
    /// There is nothing to check it against.
    NoEvidence,
    AlreadyChecked,
}

impl Uncheckable {
    pub fn key(self) -> crate::i18n::Key {
        match self {
            Self::NoDecision => k::ROK_CHECK_ERROR_NO_DECISION,
            Self::NoEvidence => k::ROK_CHECK_ERROR_NO_EVIDENCE,
            Self::AlreadyChecked => k::ROK_CHECK_ERROR_ALREADY,
        }
    }
}

impl RokDecision {
    /// A decision as reported, with nothing but its status and date.
    pub fn reported(status: RokStatus, date: Option<NaiveDate>) -> Self {
        Self {
            status,
            date,
            body: String::new(),
            reference: String::new(),
            paragraph: String::new(),
            identical: None,
            evidence: String::new(),
            check: None,
        }
    }

    /// The same decision, whether or not either is checked.
    pub fn same_decision(&self, other: &Self) -> bool {
        let strip = |d: &Self| Self {
            check: None,
            ..d.clone()
        };
        strip(self) == strip(other)
    }

    /// Whether the administrator may mark this decision as checked against its evidence.
    pub fn checkable(&self) -> Result<(), Uncheckable> {
        if self.check.is_some() {
            Err(Uncheckable::AlreadyChecked)
        } else if self.status == RokStatus::InPreparation {
            Err(Uncheckable::NoDecision)
        } else if self.evidence.trim().is_empty() {
            Err(Uncheckable::NoEvidence)
        } else {
            Ok(())
        }
    }

    /// This decision as checked by `by` at `at`.
    pub fn checked(self, by: &str, at: DateTime<Utc>) -> Self {
        Self {
            check: Some(DecisionCheck {
                by: by.to_owned(),
                at,
            }),
            ..self
        }
    }

    /// Where the decision stands on its way to counting: the in-force rule counts checked
    /// decisions only.
    pub fn standing(&self) -> Standing {
        if self.check.is_some() {
            Standing::Checked
        } else {
            Standing::Reported
        }
    }
}

/// A decision as a coordinator reported it, or checked by the administrator against its
/// evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    Reported,
    Checked,
}

impl Standing {
    /// The stable key pages and tests find a standing by.
    pub fn key(self) -> &'static str {
        match self {
            Self::Reported => "rapporterat",
            Self::Checked => "granskat",
        }
    }

    /// "rapporterat" or "granskat" in `lang`.
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        lang.t(match self {
            Self::Reported => k::ROK_STANDING_REPORTED,
            Self::Checked => k::ROK_STANDING_CHECKED,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RokStatus {
    InPreparation,
    Adopted,
    Rejected,
}

impl RokStatus {
    pub const ALL: [RokStatus; 3] = [Self::InPreparation, Self::Adopted, Self::Rejected];

    /// The label in `lang`.
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        lang.t(match self {
            Self::InPreparation => k::ENUM_ROK_STATUS_IN_PREPARATION,
            Self::Adopted => k::ENUM_ROK_STATUS_ADOPTED,
            Self::Rejected => k::ENUM_ROK_STATUS_REJECTED,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LokStatus {
    pub stage: LokStage,
    #[serde(default)]
    pub date: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LokStage {
    NotStarted,
    Workshops,
    Drafting,
    Adopted,
    Implementing,
    FollowedUp,
}

impl LokStage {
    pub const ALL: [LokStage; 6] = [
        Self::NotStarted,
        Self::Workshops,
        Self::Drafting,
        Self::Adopted,
        Self::Implementing,
        Self::FollowedUp,
    ];

    /// The label in `lang`.
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        lang.t(match self {
            Self::NotStarted => k::ENUM_LOK_STAGE_NOT_STARTED,
            Self::Workshops => k::ENUM_LOK_STAGE_WORKSHOPS,
            Self::Drafting => k::ENUM_LOK_STAGE_DRAFTING,
            Self::Adopted => k::ENUM_LOK_STAGE_ADOPTED,
            Self::Implementing => k::ENUM_LOK_STAGE_IMPLEMENTING,
            Self::FollowedUp => k::ENUM_LOK_STAGE_FOLLOWED_UP,
        })
    }
}

/// What the in-force rule needs of one principal's reported decision on the regional
/// agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RokVote {
    pub status: RokStatus,
    pub identical: Option<bool>,
    /// Checked by the administrator against its evidence.
    pub checked: bool,
}

impl RokVote {
    pub fn of(decision: &RokDecision) -> Self {
        Self {
            status: decision.status,
            identical: decision.identical,
            checked: decision.check.is_some(),
        }
    }

    /// A checked adoption of the agreement's text as it stands: what the agreement needs from
    /// every principal.
    pub fn counts_for(self) -> bool {
        self.checked && self.status == RokStatus::Adopted && self.identical == Some(true)
    }

    /// A checked decision that keeps the agreement from entering into force: a rejection, or
    /// an adoption of another text.
    pub fn counts_against(self) -> bool {
        self.checked
            && (self.status == RokStatus::Rejected
                || (self.status == RokStatus::Adopted && self.identical == Some(false)))
    }
}

#[cfg(test)]
mod tests;
