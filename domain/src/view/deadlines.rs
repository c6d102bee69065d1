//! The administrator's dashboard of dates: every stage of every local agreement plan that is
//! late or due within [`crate::model::profile::DUE_DAYS`], and the regional agreement's
//! revision date when it is.

use crate::model::OrgId;
use crate::model::profile::{StageState, StoredProfile, deadline_state};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeadlinesView {
    /// The day the states are told for.
    pub on: NaiveDate,
    /// Late stages first, the longest overdue at the top; then those due, the soonest first.
    pub rows: Vec<DeadlineRow>,
    /// The date the regional agreement's revision must start by, when it has passed or is due.
    pub revision_start: Option<(NaiveDate, StageState)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeadlineRow {
    pub org: OrgId,
    /// The stage's id in the region package.
    pub stage: String,
    pub planned: NaiveDate,
    pub state: StageState,
    pub note: String,
}

impl DeadlinesView {
    pub fn from_profiles(
        profiles: &[StoredProfile],
        revision_start: Option<NaiveDate>,
        on: NaiveDate,
    ) -> Self {
        let mut rows: Vec<DeadlineRow> = profiles
            .iter()
            .filter_map(|p| Some((p, p.profile.agreements.lok_plan.value()?)))
            .flat_map(|(p, plan)| {
                plan.pressing(on).filter_map(|(stage, state)| {
                    Some(DeadlineRow {
                        org: p.org.clone(),
                        stage: stage.stage.clone(),
                        planned: stage.planned?,
                        state,
                        note: stage.note.clone(),
                    })
                })
            })
            .collect();
        rows.sort_by_key(|r| (r.state != StageState::Late, r.planned));
        let revision_start = revision_start
            .map(|date| (date, deadline_state(date, on)))
            .filter(|(_, state)| matches!(state, StageState::Late | StageState::Due));
        Self {
            on,
            rows,
            revision_start,
        }
    }

    pub fn late(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| r.state == StageState::Late)
            .count()
    }
}

#[cfg(test)]
mod tests;
