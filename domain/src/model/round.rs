//! Follow-up rounds: once a year the regional lead asks every organisation to confirm or
//! update its profile, section by section, and to answer the round's own questions.

use super::OrgId;
use super::profile::{Section, StoredProfile};
use super::revision::Revision;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// A round's id: its title in lower-case letters, digits and hyphens (`uppfoljning-2026`), as
/// it appears in `/uppfoljning/<id>`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RoundId(String);

impl TryFrom<String> for RoundId {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        Self::parse(&raw).ok_or_else(|| format!("no round id: {raw:?}"))
    }
}

impl From<RoundId> for String {
    fn from(id: RoundId) -> Self {
        id.0
    }
}

impl RoundId {
    /// The id a round with `title` gets; `None` when the title has no letter or digit.
    pub fn from_title(title: &str) -> Option<Self> {
        let mut id = String::new();
        for c in title.chars().flat_map(char::to_lowercase) {
            let c = match c {
                'å' | 'ä' | 'á' | 'à' => 'a',
                'ö' | 'ó' | 'ò' => 'o',
                'é' | 'è' => 'e',
                'ü' => 'u',
                c => c,
            };
            if c.is_ascii_alphanumeric() {
                id.push(c);
            } else if !id.is_empty() && !id.ends_with('-') {
                id.push('-');
            }
        }
        let id = id.trim_end_matches('-');
        (!id.is_empty()).then(|| Self(id.chars().take(ID_MAX).collect()))
    }

    /// An id as it arrives in an address; `None` for anything no round could have.
    pub fn parse(raw: &str) -> Option<Self> {
        let ok = !raw.is_empty()
            && raw.len() <= ID_MAX
            && raw
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        ok.then(|| Self(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

const ID_MAX: usize = 60;

/// A follow-up round as the administrator set it up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Round {
    pub id: RoundId,
    pub title: String,
    pub opens: NaiveDate,
    pub deadline: NaiveDate,
    /// The organisations asked, in the county's order.
    pub orgs: Vec<OrgId>,
    /// The profile sections each organisation confirms or updates.
    pub sections: Vec<Section>,
    /// The round's own questions, answered in free text.
    pub questions: Vec<String>,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    /// Set once, when the round is closed and its snapshot frozen.
    #[serde(default)]
    pub closed: Option<Closed>,
    /// Made from the source documents rather than answered in the app: the mapping of 2019.
    #[serde(default)]
    pub from_sources: bool,
    /// Every change made to the round after it was started, oldest first.
    #[serde(default)]
    pub edits: Vec<RoundEdit>,
}

/// One change of a round by an administrator: who, when, whether the round had opened, and
/// each field old → new.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoundEdit {
    pub at: DateTime<Utc>,
    pub by: String,
    pub opened: bool,
    pub changes: Vec<super::revision::FieldChange>,
}

/// A closed round as a page that shows its frozen picture names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundRef {
    pub id: RoundId,
    pub title: String,
    /// The day it closed, whose state the picture is.
    pub closed_on: NaiveDate,
}

impl RoundRef {
    /// `None` for a round that has not closed.
    pub fn of(round: &Round) -> Option<Self> {
        Some(Self {
            id: round.id.clone(),
            title: round.title.clone(),
            closed_on: round.closed.as_ref()?.at.date_naive(),
        })
    }
}

/// When a round was closed, and by whom.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Closed {
    pub at: DateTime<Utc>,
    pub by: String,
}

/// Where a round stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    /// Not yet open.
    Planned,
    Open,
    /// Past the deadline: answering is still possible but late.
    PastDeadline,
    /// Closed: its snapshot is frozen and nothing more is answered.
    Closed,
}

impl Phase {
    /// Whether answers and confirmations are taken.
    pub fn takes_answers(self) -> bool {
        matches!(self, Self::Open | Self::PastDeadline)
    }
}

/// One thing a round asks of an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Item {
    Section(Section),
    /// The round's question with this index.
    Question(usize),
}

impl Item {
    /// The item's key in open data: the section's slug, or `fraga-1` for the first question.
    pub fn key(self) -> String {
        match self {
            Self::Section(s) => s.slug().to_owned(),
            Self::Question(i) => format!("fraga-{}", i + 1),
        }
    }
}

impl Done {
    pub const ALL: [Done; 3] = [Self::Confirmed, Self::Changed, Self::Answered];

    /// The key in open data.
    pub fn key(self) -> &'static str {
        match self {
            Self::Confirmed => "bekraftat",
            Self::Changed => "andrat",
            Self::Answered => "besvarat",
        }
    }
}

impl Round {
    pub fn phase(&self, today: NaiveDate) -> Phase {
        if self.closed.is_some() {
            Phase::Closed
        } else if today < self.opens {
            Phase::Planned
        } else if today <= self.deadline {
            Phase::Open
        } else {
            Phase::PastDeadline
        }
    }

    /// Whether something done at `at` is after the deadline.
    pub fn is_late(&self, at: DateTime<Utc>) -> bool {
        at.date_naive() > self.deadline
    }

    /// Everything the round asks, sections first, in order.
    pub fn items(&self) -> Vec<Item> {
        self.sections
            .iter()
            .map(|s| Item::Section(*s))
            .chain((0..self.questions.len()).map(Item::Question))
            .collect()
    }

    pub fn includes(&self, org: &OrgId) -> bool {
        self.orgs.contains(org)
    }

    /// Whether the round asks `org` for `item`: a partner has no profile, so it is asked only
    /// the questions.
    pub fn asks(&self, org: &OrgId, item: Item) -> bool {
        matches!(item, Item::Question(_)) || org.has_profile()
    }

    /// What the round asks of `org`, in order.
    pub fn items_for(&self, org: &OrgId) -> Vec<Item> {
        self.items()
            .into_iter()
            .filter(|item| self.asks(org, *item))
            .collect()
    }

    /// Whether the two rounds run on at least one common day.
    pub fn overlaps(&self, other: &Round) -> bool {
        self.opens <= other.deadline && other.opens <= self.deadline
    }
}

/// What an organisation did about one item of a round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Done {
    /// The section was confirmed as still true, unchanged.
    Confirmed,
    /// A value of the section was changed.
    Changed,
    /// The question was answered.
    Answered,
}

/// Something an organisation did that answers a round's item: a revision of its profile or an
/// answer to a question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub org: OrgId,
    pub item: Item,
    pub done: Done,
    pub at: DateTime<Utc>,
}

/// One answer to a round's question, as kept: every answer stays in the history, the latest
/// one counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    pub round: RoundId,
    pub org: OrgId,
    pub question: usize,
    pub text: String,
    pub by: String,
    pub at: DateTime<Utc>,
}

/// A closed round's frozen state: every profile of the county and every answer as they were
/// when it closed, and what the organisations had done by then. Its report is rebuilt from
/// this alone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// In the county's order.
    pub profiles: Vec<StoredProfile>,
    /// Oldest first; the latest of an organisation to a question counts.
    pub answers: Vec<Answer>,
    pub responses: Vec<Response>,
}

impl Snapshot {
    /// The answer that counts: the latest of `org` to question `question`.
    pub fn answer(&self, org: &OrgId, question: usize) -> Option<&Answer> {
        latest_answer(&self.answers, org, question)
    }

    pub fn profile(&self, org: &OrgId) -> Option<&StoredProfile> {
        self.profiles.iter().find(|p| &p.org == org)
    }
}

/// The round a closed `round`'s report compares with: of `rounds`, the latest to close before it.
pub fn previous_closed<'a>(rounds: &'a [Round], round: &Round) -> Option<&'a Round> {
    let closed = round.closed.as_ref()?;
    rounds
        .iter()
        .filter(|r| r.closed.as_ref().is_some_and(|c| c.at < closed.at))
        .max_by_key(|r| r.closed.as_ref().map(|c| c.at))
}

/// The latest of `answers` (oldest first) that `org` gave to question `question`.
pub fn latest_answer<'a>(
    answers: &'a [Answer],
    org: &OrgId,
    question: usize,
) -> Option<&'a Answer> {
    answers
        .iter()
        .rev()
        .find(|a| &a.org == org && a.question == question)
}

/// What the saves of profiles and the answers to questions did for a round's items: a save
/// that recorded a section's confirmation confirmed it, any other change of a value in a
/// section changed it.
pub fn responses(revisions: &[Revision], answers: &[Answer]) -> Vec<Response> {
    let saves = revisions.iter().flat_map(|revision| {
        revision.changes.iter().filter_map(move |change| {
            let (section, done) = match Section::confirmed_by(&change.field) {
                Some(section) => (section, Done::Confirmed),
                None => (Section::of_field(&change.field)?, Done::Changed),
            };
            Some(Response {
                org: revision.org.clone(),
                item: Item::Section(section),
                done,
                at: revision.at,
            })
        })
    });
    let answered = answers.iter().map(|a| Response {
        org: a.org.clone(),
        item: Item::Question(a.question),
        done: Done::Answered,
        at: a.at,
    });
    saves.chain(answered).collect()
}

#[cfg(test)]
pub(crate) mod tests;
