//! A municipality's plan for its local agreement (LÖK): the region package's stages, each with
//! the date it is planned for, the date it was reached and a note; the agreement's parties; and
//! the decision that adopted it.

use crate::i18n::{Lang, k};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// How far ahead a stage counts as due: the administrator's dashboard lists what is late or
/// due within this many days.
pub const DUE_DAYS: u64 = 30;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LokPlan {
    /// The stages with anything planned or reached, in the package's order.
    pub stages: Vec<PlannedStage>,
    /// The agreement's parties (social services, primary care, psychiatry …).
    pub parties: Vec<String>,
    /// The decision that adopted the agreement; `None` until there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decision: Option<LokDecision>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PlannedStage {
    /// The stage's id in the region package (`domain::region::LOK_PLAN_STAGES`).
    pub stage: String,
    pub planned: Option<NaiveDate>,
    pub reached: Option<NaiveDate>,
    pub note: String,
}

/// The decision that adopted a local agreement, with where it can be read.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LokDecision {
    pub date: Option<NaiveDate>,
    pub body: String,
    pub paragraph: String,
    pub reference: String,
    /// A link to the public record.
    pub evidence: String,
}

/// Where a stage stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StageState {
    Reached,
    /// Its planned date has passed and it is not reached.
    Late,
    /// Not reached, planned within [`DUE_DAYS`].
    Due,
    Planned,
    /// Neither planned nor reached.
    Open,
}

impl StageState {
    /// The stable key pages and tests find a state by.
    pub fn key(self) -> &'static str {
        match self {
            Self::Reached => "nadd",
            Self::Late => "forsenad",
            Self::Due => "snart",
            Self::Planned => "planerad",
            Self::Open => "ej-planerad",
        }
    }

    pub fn label(self, lang: Lang) -> String {
        let key = match self {
            Self::Reached => k::LOK_PLAN_STATE_REACHED,
            Self::Late => k::LOK_PLAN_STATE_LATE,
            Self::Due => k::LOK_PLAN_STATE_DUE,
            Self::Planned => k::LOK_PLAN_STATE_PLANNED,
            Self::Open => k::LOK_PLAN_STATE_OPEN,
        };
        with_due_days(lang, key, &[])
    }
}

/// The text of `key` with `values` and `{days}`, the [`DUE_DAYS`] a stage counts as due.
pub fn with_due_days(lang: Lang, key: crate::i18n::Key, values: &[(&str, &str)]) -> String {
    let days = DUE_DAYS.to_string();
    let mut all = vec![("days", days.as_str())];
    all.extend_from_slice(values);
    lang.tf(key, &all)
}

/// Whether a plan keeps to its dates on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanStanding {
    OnPlan,
    Late,
}

/// The package's stage ids, in order.
pub fn stage_ids() -> &'static [&'static str] {
    crate::region::LOK_PLAN_STAGES
}

/// Where the package's stages come from; `None` for a package without stages.
pub fn stages_source() -> Option<crate::model::fact::Source> {
    serde_json::from_str(crate::region::LOK_PLAN_SOURCE_JSON).ok()
}

/// A stage's name in `lang`; an id the package does not name is shown as it is.
pub fn stage_label(id: &str, lang: Lang) -> String {
    match lang.text_of(&format!("lok.plan.stage.{id}")) {
        "" => id.to_owned(),
        name => name.to_owned(),
    }
}

impl PlannedStage {
    pub fn state(&self, today: NaiveDate) -> StageState {
        match (self.reached, self.planned) {
            (Some(_), _) => StageState::Reached,
            (None, Some(planned)) => deadline_state(planned, today),
            (None, None) => StageState::Open,
        }
    }

    pub fn label(&self, lang: Lang) -> String {
        stage_label(&self.stage, lang)
    }

    pub fn is_blank(&self) -> bool {
        self.planned.is_none() && self.reached.is_none() && self.note.is_empty()
    }
}

/// Where a date not yet met stands on `today`: late once it has passed, due within
/// [`DUE_DAYS`], planned after that.
pub fn deadline_state(date: NaiveDate, today: NaiveDate) -> StageState {
    let due_until = today.checked_add_days(Days::new(DUE_DAYS)).unwrap_or(today);
    if date < today {
        StageState::Late
    } else if date <= due_until {
        StageState::Due
    } else {
        StageState::Planned
    }
}

impl LokPlan {
    /// The stages that are late or due on `today`, in the plan's order.
    pub fn pressing(&self, today: NaiveDate) -> impl Iterator<Item = (&PlannedStage, StageState)> {
        self.stages
            .iter()
            .map(move |s| (s, s.state(today)))
            .filter(|(_, state)| matches!(state, StageState::Late | StageState::Due))
    }

    /// Late when any stage is, on plan otherwise; `None` for a plan with no planned date,
    /// which has nothing to keep to.
    pub fn standing(&self, today: NaiveDate) -> Option<PlanStanding> {
        if self.stages.iter().all(|s| s.planned.is_none()) {
            None
        } else if self
            .stages
            .iter()
            .any(|s| s.state(today) == StageState::Late)
        {
            Some(PlanStanding::Late)
        } else {
            Some(PlanStanding::OnPlan)
        }
    }
}

#[cfg(test)]
mod tests;
