//! The forms of follow-up rounds: the administrator's new round and an organisation's answer
//! to a question, each kept as typed so a refused one can be shown again as it was.

use crate::i18n::{Lang, Message, k};
use crate::model::OrgId;
use crate::model::profile::Section;
use crate::model::revision::FieldChange;
use crate::model::round::{Item, Phase, Round, RoundEdit, RoundId};
use crate::model::validation::{FieldErrors, LONG_TEXT_MAX, lines, text};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The field of the administrator's tick that closes a round.
pub const CLOSE_FIELD: &str = "confirm_close";

/// The most questions a round may have of its own.
pub const QUESTIONS_MAX: usize = 20;
/// The longest question, in characters.
pub const QUESTION_MAX: usize = 500;
/// The longest title, in characters.
pub const TITLE_MAX: usize = 100;

/// The questions of the baseline survey of 2019 as a starting set: the survey asked about
/// resources, interventions, collaboration and needs (003 §4.1); the source does not give the
/// wording, so these are the topics put as questions.
pub const BASELINE_QUESTIONS: [crate::i18n::Key; 4] = [
    k::ROUND_BASELINE_RESOURCES,
    k::ROUND_BASELINE_INTERVENTIONS,
    k::ROUND_BASELINE_COLLABORATION,
    k::ROUND_BASELINE_NEEDS,
];

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct RoundForm {
    pub title: String,
    pub opens: String,
    pub deadline: String,
    /// The ids of the organisations asked.
    pub orgs: Vec<String>,
    /// The slugs of the sections asked for.
    pub sections: Vec<String>,
    /// One question per line.
    pub questions: String,
    /// The administrator confirmed that the round may run alongside another.
    pub overlap_confirmed: bool,
}

impl RoundForm {
    /// A new round's form as first shown: every organisation, partners included, every section, and the
    /// baseline questions, in `lang`.
    pub fn starting(lang: Lang) -> Self {
        Self {
            orgs: OrgId::participants()
                .iter()
                .map(|o| o.as_str().to_owned())
                .collect(),
            sections: Section::ALL.iter().map(|s| s.slug().to_owned()).collect(),
            questions: BASELINE_QUESTIONS
                .iter()
                .map(|key| lang.t(*key))
                .collect::<Vec<_>>()
                .join("\n"),
            ..Self::default()
        }
    }

    /// The round this form describes, made by `by` at `now`, or what is wrong with it;
    /// `existing` are the rounds there already are.
    pub fn validate(
        &self,
        existing: &[Round],
        by: &str,
        now: DateTime<Utc>,
    ) -> Result<Round, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = text(&mut errors, "title", &self.title, TITLE_MAX);
        let id = RoundId::from_title(&title);
        if title.is_empty() || id.is_none() {
            errors.add("title", Message::new(k::ROUND_ERROR_TITLE));
        }
        let mut date = |field: &str, raw: &str| {
            let parsed = crate::model::iso_time::parse_date(raw.trim());
            let key = if raw.trim().is_empty() {
                k::ROUND_ERROR_DATE_MISSING
            } else {
                k::FORM_ERROR_DATE_FORMAT
            };
            if parsed.is_none() {
                errors.add(field, Message::new(key));
            }
            parsed
        };
        let opens = date("opens", &self.opens);
        let deadline = date("deadline", &self.deadline);
        if let (Some(o), Some(d)) = (opens, deadline)
            && d < o
        {
            errors.add("deadline", Message::new(k::ROUND_ERROR_DEADLINE_BEFORE));
        }
        let all = OrgId::participants();
        let mut orgs = Vec::new();
        for raw in &self.orgs {
            match OrgId::parse(raw) {
                Ok(org) if !orgs.contains(&org) => orgs.push(org),
                Ok(_) => {}
                Err(_) => errors.add("orgs", Message::new(k::ROUND_ERROR_ORGS)),
            }
        }
        orgs.sort_by_key(|o| all.iter().position(|a| a == o));
        if orgs.is_empty() {
            errors.add("orgs", Message::new(k::ROUND_ERROR_ORGS));
        }
        let mut sections = Vec::new();
        for raw in &self.sections {
            match Section::from_slug(raw) {
                Some(s) if !sections.contains(&s) => sections.push(s),
                Some(_) => {}
                None => errors.add("sections", Message::new(k::FORM_ERROR_CHOICE)),
            }
        }
        sections.sort();
        let questions = lines(&mut errors, "questions", &self.questions, QUESTION_MAX);
        if questions.len() > QUESTIONS_MAX {
            errors.add(
                "questions",
                Message::new(k::FORM_ERROR_TOO_MANY_LINES)
                    .with("max", QUESTIONS_MAX)
                    .with("count", questions.len()),
            );
        }
        if sections.is_empty() && questions.is_empty() {
            errors.add("sections", Message::new(k::ROUND_ERROR_NOTHING_ASKED));
        }
        let (Some(id), Some(opens), Some(deadline)) = (id, opens, deadline) else {
            return Err(errors);
        };
        let round = Round {
            id,
            title,
            opens,
            deadline,
            orgs,
            sections,
            questions,
            created_by: by.to_owned(),
            created_at: now,
            closed: None,
            from_sources: false,
            edits: Vec::new(),
        };
        if existing.iter().any(|r| r.id == round.id) {
            errors = title_taken(errors);
        }
        // A closed round runs no more, whatever its dates.
        if let Some(other) = existing
            .iter()
            .find(|r| r.closed.is_none() && r.overlaps(&round))
            && !self.overlap_confirmed
        {
            errors.add(
                "overlap_confirmed",
                Message::new(k::ROUND_ERROR_OVERLAP).with("title", &other.title),
            );
        }
        errors.into_result(round)
    }

    /// The form of an existing round, to edit it.
    pub fn from_round(round: &Round) -> Self {
        Self {
            title: round.title.clone(),
            opens: round.opens.to_string(),
            deadline: round.deadline.to_string(),
            orgs: round.orgs.iter().map(|o| o.as_str().to_owned()).collect(),
            sections: round.sections.iter().map(|s| s.slug().to_owned()).collect(),
            questions: round.questions.join("\n"),
            overlap_confirmed: false,
        }
    }

    /// `current` as this form changes it, by `by` at `now`, with the change recorded in its
    /// edits; `None` when nothing changed. The round keeps its address. Once it has opened,
    /// the questions asked so far keep their place and wording, because the answers given are
    /// answers to them; new ones may be added after them.
    pub fn validate_edit(
        &self,
        existing: &[Round],
        current: &Round,
        by: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Round>, FieldErrors> {
        let others: Vec<Round> = existing
            .iter()
            .filter(|r| r.id != current.id)
            .cloned()
            .collect();
        let mut round = self.validate(&others, by, now)?;
        let opened = current.phase(now.date_naive()) != Phase::Planned;
        if opened && !round.questions.starts_with(&current.questions) {
            let mut errors = FieldErrors::default();
            errors.add("questions", Message::new(k::ROUND_ERROR_QUESTIONS_KEPT));
            return Err(errors);
        }
        let changes = round_changes(current, &round);
        if changes.is_empty() {
            return Ok(None);
        }
        round.id = current.id.clone();
        round.created_by = current.created_by.clone();
        round.created_at = current.created_at;
        round.edits = current.edits.clone();
        round.edits.push(RoundEdit {
            at: now,
            by: by.to_owned(),
            opened,
            changes,
        });
        Ok(Some(round))
    }
}

/// What differs between two versions of a round, field by field, in Swedish words.
fn round_changes(old: &Round, new: &Round) -> Vec<FieldChange> {
    let value = |field: &str, r: &Round| -> String {
        match field {
            "round.title" => r.title.clone(),
            "round.opens" => r.opens.to_string(),
            "round.deadline" => r.deadline.to_string(),
            "round.orgs" => r
                .orgs
                .iter()
                .map(OrgId::name)
                .collect::<Vec<_>>()
                .join(", "),
            "round.sections" => r
                .sections
                .iter()
                .map(|s| s.label(Lang::Sv))
                .collect::<Vec<_>>()
                .join(", "),
            _ => r.questions.join("\n"),
        }
    };
    ROUND_FIELDS
        .into_iter()
        .map(|field| (field, value(field, old), value(field, new)))
        .filter(|(_, a, b)| a != b)
        .map(|(field, a, b)| FieldChange::recorded(field, a, b))
        .collect()
}

/// The fields of a round a change is recorded for, in the form's order.
const ROUND_FIELDS: [&str; 6] = [
    "round.title",
    "round.opens",
    "round.deadline",
    "round.orgs",
    "round.sections",
    "round.questions",
];

/// `errors` with the title's "a round with that title exists", also when another administrator
/// started it between the check and the write.
pub fn title_taken(mut errors: FieldErrors) -> FieldErrors {
    errors.add("title", Message::new(k::ROUND_ERROR_TITLE_TAKEN));
    errors
}

/// The field an answer to question `index` is shown and checked at.
pub fn answer_field(index: usize) -> String {
    item_field(Item::Question(index))
}

/// The field of the round page where an error about `item` is shown.
pub fn item_field(item: Item) -> String {
    match item {
        Item::Section(s) => format!("section.{}", s.slug()),
        Item::Question(i) => format!("answer.{i}"),
    }
}

/// An answer to question `question` as typed: trimmed, not empty, within the limit.
pub fn check_answer(question: usize, raw: &str) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::default();
    let field = answer_field(question);
    let answer = text(&mut errors, &field, raw, LONG_TEXT_MAX);
    if answer.is_empty() {
        errors.add(&field, Message::new(k::ROUND_ERROR_ANSWER_EMPTY));
    }
    errors.into_result(answer)
}

#[cfg(test)]
mod tests;
