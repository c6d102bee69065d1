//! The profile's section on the agreements: the organisation's decision on the regional
//! agreement (RÖK) and its local agreement's (LÖK) stage.

use crate::i18n::k;
use crate::model::fact::Fact;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Överenskommelser: the regional agreement (RÖK) and the local agreement (LÖK).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Agreements {
    pub rok: Fact<RokDecision>,
    pub lok: Fact<LokStatus>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RokDecision {
    pub status: RokStatus,
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub reference: String,
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
