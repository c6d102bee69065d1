//! Reminders of a follow-up round by e-mail: when the round opens, on set days before its
//! deadline and the day after it, to every account whose organisation has something left to
//! answer. Each mail is kept as a record, claimed before it is sent, so that it is sent once
//! however many instances run.

use super::OrgId;
use super::account::Email;
use super::round::{Round, RoundId};
use crate::i18n::{Lang, k};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

/// When in a round a reminder is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Occasion {
    /// The day the round opens.
    Opens,
    /// This many days before the deadline.
    DaysBefore(u16),
    /// The day after the deadline.
    DayAfter,
}

impl Occasion {
    /// The key in records and addresses: `oppnar`, `fore-14`, `dagen-efter`.
    pub fn key(self) -> String {
        match self {
            Self::Opens => "oppnar".to_owned(),
            Self::DaysBefore(days) => format!("fore-{days}"),
            Self::DayAfter => "dagen-efter".to_owned(),
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        match key {
            "oppnar" => Some(Self::Opens),
            "dagen-efter" => Some(Self::DayAfter),
            _ => key
                .strip_prefix("fore-")
                .and_then(|days| days.parse().ok())
                .filter(|days| DAYS_BEFORE_RANGE.contains(days))
                .map(Self::DaysBefore),
        }
    }

    /// The day the reminder is due in `round`.
    pub fn date(self, round: &Round) -> NaiveDate {
        match self {
            Self::Opens => round.opens,
            Self::DaysBefore(days) => round.deadline - Duration::days(i64::from(days)),
            Self::DayAfter => round.deadline + Duration::days(1),
        }
    }

    pub fn label(self, lang: Lang) -> String {
        match self {
            Self::Opens => lang.t(k::REMINDER_OCCASION_OPENS).to_owned(),
            Self::DaysBefore(days) => {
                lang.tf(k::REMINDER_OCCASION_BEFORE, &[("days", &days.to_string())])
            }
            Self::DayAfter => lang.t(k::REMINDER_OCCASION_AFTER).to_owned(),
        }
    }

    /// Of two reminders due the same day, the later in this order is the one sent.
    fn rank(self) -> (u8, i32) {
        match self {
            Self::Opens => (0, 0),
            Self::DaysBefore(days) => (1, -i32::from(days)),
            Self::DayAfter => (2, 0),
        }
    }
}

impl TryFrom<String> for Occasion {
    type Error = String;
    fn try_from(raw: String) -> Result<Self, String> {
        Self::parse(&raw).ok_or_else(|| format!("no reminder occasion: {raw:?}"))
    }
}

impl From<Occasion> for String {
    fn from(occasion: Occasion) -> Self {
        occasion.key()
    }
}

/// How many days before a deadline a reminder may be set.
pub const DAYS_BEFORE_RANGE: std::ops::RangeInclusive<u16> = 1..=365;

/// The reminders before the deadline when nothing else is configured.
pub const DEFAULT_DAYS_BEFORE: [u16; 2] = [14, 3];

/// The days before a deadline that reminders are sent, as the server is configured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    days_before: Vec<u16>,
}

impl Default for Schedule {
    fn default() -> Self {
        Self {
            days_before: DEFAULT_DAYS_BEFORE.to_vec(),
        }
    }
}

/// A list of days that is not one: the configuration's mistake, named in Swedish for whoever
/// runs the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleError(pub String);

impl fmt::Display for ScheduleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "REMINDER_DAYS: {:?} är ingen kommaseparerad lista av dagar från {} till {}",
            self.0,
            DAYS_BEFORE_RANGE.start(),
            DAYS_BEFORE_RANGE.end()
        )
    }
}

impl std::error::Error for ScheduleError {}

impl Schedule {
    /// Days as configured, `14,3`; an empty list sends no reminder before the deadline.
    pub fn parse(raw: &str) -> Result<Self, ScheduleError> {
        let mut days_before = Vec::new();
        for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match part.parse::<u16>() {
                Ok(days) if DAYS_BEFORE_RANGE.contains(&days) => days_before.push(days),
                _ => return Err(ScheduleError(raw.to_owned())),
            }
        }
        days_before.sort_unstable_by(|a, b| b.cmp(a));
        days_before.dedup();
        Ok(Self { days_before })
    }

    /// Every reminder of `round` with its day, in the order they fall due. A reminder before
    /// the deadline that would fall before the round opens has no place in it.
    pub fn occasions(&self, round: &Round) -> Vec<(Occasion, NaiveDate)> {
        let mut all: Vec<(Occasion, NaiveDate)> = std::iter::once(Occasion::Opens)
            .chain(self.days_before.iter().map(|d| Occasion::DaysBefore(*d)))
            .chain(std::iter::once(Occasion::DayAfter))
            .map(|o| (o, o.date(round)))
            .filter(|(_, date)| *date >= round.opens)
            .collect();
        all.sort_by_key(|(o, date)| (*date, o.rank()));
        all
    }

    /// The reminder due on `today`: the latest whose day has come, while the round takes
    /// answers. One missed while no instance ran is not sent late once a later one is due.
    pub fn due(&self, round: &Round, today: NaiveDate) -> Option<Occasion> {
        if round.from_sources || !round.phase(today).takes_answers() {
            return None;
        }
        self.occasions(round)
            .into_iter()
            .rev()
            .find(|(_, date)| *date <= today)
            .map(|(o, _)| o)
    }
}

/// Where one reminder mail stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Delivery {
    /// Not sent, because no SMTP server is configured; sent when one is, while it is due.
    Unsent,
    /// Claimed by an instance that is sending it.
    Sending {
        since: DateTime<Utc>,
    },
    Sent {
        at: DateTime<Utc>,
    },
    /// The SMTP server refused or could not be reached; tried again from `retry_at`.
    Failed {
        at: DateTime<Utc>,
        error: String,
        retry_at: DateTime<Utc>,
    },
}

/// A send claimed this long ago without an outcome is taken as lost with its instance and
/// claimed again: a reminder sent twice is better than one never sent.
pub const CLAIM_LEASE: Duration = Duration::minutes(10);

/// The wait before try `attempts + 1` after `attempts` failed: five minutes, doubling, at most
/// six hours.
pub fn backoff(attempts: u32) -> Duration {
    let doublings = attempts.saturating_sub(1).min(7);
    Duration::minutes(5 * (1 << doublings)).min(Duration::hours(6))
}

/// One reminder mail of a round: to whom, for which organisation and occasion, and how its
/// sending went.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reminder {
    pub round: RoundId,
    pub occasion: Occasion,
    pub to: Email,
    pub org: OrgId,
    pub delivery: Delivery,
    /// Sends tried so far.
    pub attempts: u32,
}

impl Reminder {
    /// The record's key: one mail per round, occasion and address.
    pub fn key(&self) -> String {
        format!(
            "{}/{}/{}",
            self.round.as_str(),
            self.occasion.key(),
            self.to.as_str()
        )
    }

    /// Whether an instance may send it at `now`.
    pub fn claimable(&self, now: DateTime<Utc>) -> bool {
        match &self.delivery {
            Delivery::Unsent => true,
            Delivery::Sending { since } => now - *since >= CLAIM_LEASE,
            Delivery::Sent { .. } => false,
            Delivery::Failed { retry_at, .. } => *retry_at <= now,
        }
    }
}

#[cfg(test)]
mod tests;
