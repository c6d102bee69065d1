//! The agreements as history tells them: a RÖK decision and a LÖK stage in a line each, and
//! what a save changed in a local agreement plan, one change per stage (so each stage's
//! history can be read on its own) and one each for the parties and the adoption decision.

use super::{Describe, FieldChange, date, parts};
use crate::i18n::{Lang, k};
use crate::model::fact::Fact;
use crate::model::profile::{
    LokDecision, LokPlan, LokStatus, PlannedStage, RokDecision, cited_paragraph, stage_ids,
    stage_label,
};
use chrono::NaiveDate;

/// The changed value's key for a stage is this followed by the stage's id.
pub const STAGE_FIELD: &str = "agreements.lok_plan.stage.";

/// "planerad 2025-06-01" for a date under `key` (with `{date}`), or nothing.
fn date_on(lang: Lang, key: crate::i18n::Key, d: Option<NaiveDate>) -> String {
    d.map(|d| lang.tf(key, &[("date", &d.to_string())]))
        .unwrap_or_default()
}

impl Describe for RokDecision {
    fn describe_sv(&self) -> String {
        let sv = crate::i18n::Lang::Sv;
        let identical = self.identical.map(|same| {
            sv.t(if same {
                k::ROK_IDENTICAL_YES
            } else {
                k::ROK_IDENTICAL_NO
            })
            .to_owned()
        });
        // "Under beredning" is no decision, so nothing to report or check.
        let standing = match &self.check {
            _ if self.status == crate::model::profile::RokStatus::InPreparation => String::new(),
            None => self.standing().label(sv).to_owned(),
            Some(check) => sv.tf(
                k::ROK_CHECKED_BY,
                &[
                    ("by", &check.by),
                    ("at", &crate::model::iso_time::minute(check.at)),
                ],
            ),
        };
        parts(&[
            self.status.label(sv).to_owned(),
            date(self.date),
            self.body.clone(),
            cited_paragraph(&self.paragraph),
            self.reference.clone(),
            identical.unwrap_or_default(),
            self.evidence.clone(),
            standing,
        ])
    }
}

impl Describe for LokStatus {
    fn describe_sv(&self) -> String {
        parts(&[
            self.stage.label(crate::i18n::Lang::Sv).to_owned(),
            date(self.date),
        ])
    }
}

impl Describe for PlannedStage {
    fn describe_sv(&self) -> String {
        let sv = Lang::Sv;
        parts(&[
            date_on(sv, k::LOK_PLAN_PLANNED_ON, self.planned),
            date_on(sv, k::LOK_PLAN_REACHED_ON, self.reached),
            self.note.clone(),
        ])
    }
}

impl Describe for LokDecision {
    fn describe_sv(&self) -> String {
        parts(&[
            self.date.map(|d| d.to_string()).unwrap_or_default(),
            self.body.clone(),
            cited_paragraph(&self.paragraph),
            self.reference.clone(),
            self.evidence.clone(),
        ])
    }
}

/// The name of a stage's changes in `lang`, or `None` for any other value.
pub fn stage_field_name(field: &str, lang: Lang) -> Option<String> {
    let id = field.strip_prefix(STAGE_FIELD)?;
    Some(lang.tf(
        k::CHANGE_LOK_PLAN_STAGE,
        &[("stage", &stage_label(id, lang))],
    ))
}

/// Keeps `old` when the plan is unchanged; otherwise lists what changed.
pub(super) fn changes(old: &Fact<LokPlan>, new: &mut Fact<LokPlan>) -> Vec<FieldChange> {
    if old.value() == new.value() {
        *new = old.clone();
        return Vec::new();
    }
    let unknown = Lang::Sv.t(k::UNKNOWN).to_owned();
    let empty = LokPlan::default();
    let (o, n) = (old.value().unwrap_or(&empty), new.value().unwrap_or(&empty));
    let stage = |plan: &LokPlan, id: &str| {
        plan.stages
            .iter()
            .find(|s| s.stage == id)
            .map_or_else(|| unknown.clone(), Describe::describe_sv)
    };
    let mut ids: Vec<&str> = stage_ids().to_vec();
    ids.extend(
        o.stages
            .iter()
            .map(|s| s.stage.as_str())
            .filter(|id| !stage_ids().contains(id)),
    );
    let mut changes: Vec<FieldChange> = ids
        .into_iter()
        .filter_map(|id| {
            let (before, after) = (stage(o, id), stage(n, id));
            (before != after).then(|| FieldChange {
                field: format!("{STAGE_FIELD}{id}"),
                label: stage_field_name(&format!("{STAGE_FIELD}{id}"), Lang::Sv)
                    .unwrap_or_default(),
                old: before,
                new: after,
            })
        })
        .collect();
    if o.parties != n.parties {
        changes.push(FieldChange::recorded(
            "agreements.lok_plan.parties",
            o.parties.describe_sv(),
            n.parties.describe_sv(),
        ));
    }
    if o.decision != n.decision {
        let describe = |d: &Option<LokDecision>| {
            d.as_ref()
                .map_or_else(|| unknown.clone(), Describe::describe_sv)
        };
        changes.push(FieldChange::recorded(
            "agreements.lok_plan.decision",
            describe(&o.decision),
            describe(&n.decision),
        ));
    }
    changes
}
