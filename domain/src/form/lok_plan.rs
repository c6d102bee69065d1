//! The local agreement plan's part of the edit form: a row per stage of the region package,
//! the parties and the adoption decision, each as typed.

use super::check::Check;
use super::date;
use crate::i18n::{Message, k};
use crate::model::fact::Fact;
use crate::model::profile::{LokDecision, LokPlan, PlannedStage, stage_ids};
use crate::model::validation::SHORT_TEXT_MAX;
use serde::{Deserialize, Serialize};

/// The field the plan's values and errors go under.
pub const FIELD: &str = "lok_plan";

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LokPlanForm {
    /// One row per package stage, in the package's order.
    pub stages: Vec<PlanRow>,
    /// One party per line.
    pub parties: String,
    pub decision_date: String,
    pub decision_body: String,
    pub decision_paragraph: String,
    pub decision_reference: String,
    pub decision_evidence: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanRow {
    /// The stage's id in the region package.
    pub stage: String,
    pub planned: String,
    pub reached: String,
    pub note: String,
}

impl LokPlanForm {
    /// The form of a stored plan: every package stage, filled in where the plan has it.
    pub fn from_plan(plan: &Fact<LokPlan>) -> Self {
        let plan = plan.value();
        let stages = stage_ids()
            .iter()
            .map(|id| {
                let stored = plan.and_then(|p| p.stages.iter().find(|s| s.stage == *id));
                PlanRow {
                    stage: (*id).to_owned(),
                    planned: date(stored.and_then(|s| s.planned)),
                    reached: date(stored.and_then(|s| s.reached)),
                    note: stored.map(|s| s.note.clone()).unwrap_or_default(),
                }
            })
            .collect();
        let decision = plan.and_then(|p| p.decision.as_ref());
        let text =
            |get: fn(&LokDecision) -> &String| decision.map(get).cloned().unwrap_or_default();
        Self {
            stages,
            parties: plan.map(|p| p.parties.join("\n")).unwrap_or_default(),
            decision_date: date(decision.and_then(|d| d.date)),
            decision_body: text(|d| &d.body),
            decision_paragraph: text(|d| &d.paragraph),
            decision_reference: text(|d| &d.reference),
            decision_evidence: text(|d| &d.evidence),
        }
    }

    /// The plan, or "Ej rapporterat" when nothing of it is filled in; errors go to `c`.
    pub(super) fn validate(&self, c: &mut Check<'_>) -> Fact<LokPlan> {
        let mut stages: Vec<(usize, PlannedStage)> = Vec::new();
        let mut seen = Vec::new();
        for (i, row) in self.stages.iter().enumerate() {
            let f = format!("{FIELD}.stages.{i}");
            let position = stage_ids().iter().position(|id| *id == row.stage);
            let Some(position) = position.filter(|p| !seen.contains(p)) else {
                c.errors.add(
                    format!("{f}.stage"),
                    Message::new(k::FORM_ERROR_LOK_STAGE_UNKNOWN),
                );
                continue;
            };
            seen.push(position);
            let stage = PlannedStage {
                stage: row.stage.clone(),
                planned: c.planned_date(&format!("{f}.planned"), &row.planned),
                reached: c.date(&format!("{f}.reached"), &row.reached),
                note: c.text(&format!("{f}.note"), &row.note, SHORT_TEXT_MAX),
            };
            if !stage.is_blank() {
                stages.push((position, stage));
            }
        }
        stages.sort_by_key(|(position, _)| *position);
        let decision = LokDecision {
            date: c.date(&format!("{FIELD}.decision_date"), &self.decision_date),
            body: c.text(
                &format!("{FIELD}.decision_body"),
                &self.decision_body,
                SHORT_TEXT_MAX,
            ),
            paragraph: c.text(
                &format!("{FIELD}.decision_paragraph"),
                &self.decision_paragraph,
                SHORT_TEXT_MAX,
            ),
            reference: c.text(
                &format!("{FIELD}.decision_reference"),
                &self.decision_reference,
                SHORT_TEXT_MAX,
            ),
            evidence: c.evidence(super::EVIDENCE_FIELDS[1], &self.decision_evidence),
        };
        let decided = decision != LokDecision::default();
        if decided && self.decision_date.trim().is_empty() {
            c.errors.add(
                format!("{FIELD}.decision_date"),
                Message::new(k::FORM_ERROR_LOK_DECISION_DATE_MISSING),
            );
        }
        let plan = LokPlan {
            stages: stages.into_iter().map(|(_, s)| s).collect(),
            parties: c.lines(&format!("{FIELD}.parties"), &self.parties),
            decision: decided.then_some(decision),
        };
        if plan == LokPlan::default() {
            Fact::Unknown
        } else {
            c.known(plan)
        }
    }
}

#[cfg(test)]
mod tests;
