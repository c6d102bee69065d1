//! The state on a chosen date (`?datum=`): the last save made by the end of that day, or the
//! facts first loaded from the documents, keeping only what was known by then.

use super::county::CountyFacts;
use super::fact::Fact;
use super::profile::{Profile, StoredProfile};
use super::{OrgId, Source};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// The earliest date the app can show: the mapping started in 2019.
pub const EARLIEST: (i32, u32, u32) = (2019, 1, 1);

pub fn earliest() -> NaiveDate {
    let (y, m, d) = EARLIEST;
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateError {
    Malformed(String),
    Future(String),
    TooEarly,
}

impl DateError {
    /// What is wrong with the date, in `lang`.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::k;
        match self {
            Self::Malformed(raw) => lang.tf(k::ERROR_DATE_MALFORMED, &[("raw", raw)]),
            Self::Future(raw) => lang.tf(k::ERROR_DATE_FUTURE, &[("raw", raw)]),
            Self::TooEarly => lang.t(k::ERROR_DATE_TOO_EARLY).to_owned(),
        }
    }
}

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::i18n::Lang::Sv))
    }
}

impl std::error::Error for DateError {}

/// Reads `?datum=`: absent or empty means today.
pub fn parse_date(raw: Option<&str>, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let raw = raw.map(str::trim).unwrap_or_default();
    if raw.is_empty() {
        return Ok(today);
    }
    let date = crate::model::iso_time::parse_date(raw)
        .ok_or_else(|| DateError::Malformed(raw.chars().take(30).collect()))?;
    if date > today {
        Err(DateError::Future(raw.to_owned()))
    } else if date < earliest() {
        Err(DateError::TooEarly)
    } else {
        Ok(date)
    }
}

/// The date a read shows and the day it is made on, read from `?datum=` once, where the
/// request arrives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown {
    pub date: NaiveDate,
    pub today: NaiveDate,
}

impl Shown {
    pub fn parse(raw: Option<&str>, today: NaiveDate) -> Result<Self, DateError> {
        Ok(Self {
            date: parse_date(raw, today)?,
            today,
        })
    }

    /// The past date asked for; `None` for today.
    pub fn past(self) -> Option<NaiveDate> {
        (self.date < self.today).then_some(self.date)
    }
}

/// How far back the "changes since" list starts unless asked.
pub const DEFAULT_CHANGES_DAYS: u64 = 90;

/// The start of the "changes since" list for a page showing `date`: `?sedan=` (a start after
/// the date shown is the date itself), or by default the 90 days before it.
pub fn changes_since(
    raw: Option<&str>,
    date: NaiveDate,
    today: NaiveDate,
) -> Result<NaiveDate, DateError> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        Some(raw) => Ok(parse_date(Some(raw), today)?.min(date)),
        None => Ok(date
            .checked_sub_days(chrono::Days::new(DEFAULT_CHANGES_DAYS))
            .unwrap_or(date)
            .max(earliest())),
    }
}

/// One save of a profile, as the revision history keeps it.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedProfile {
    pub version: u64,
    pub at: DateTime<Utc>,
    pub by: String,
    pub profile: Profile,
}

/// `org`'s profile at the end of `date`: the latest save made by then (or, before any save,
/// the profile loaded from the documents), without the facts that were not yet known.
pub fn profile_on(
    org: &OrgId,
    baseline: &Profile,
    saves: &[SavedProfile],
    date: NaiveDate,
) -> StoredProfile {
    let latest = saves
        .iter()
        .filter(|s| s.at.date_naive() <= date)
        .max_by_key(|s| s.version);
    match latest {
        Some(save) => StoredProfile {
            org: org.clone(),
            version: save.version,
            updated: Some(Source::Entered {
                by: save.by.clone(),
                at: save.at,
            }),
            profile: save.profile.clone().known_on(date),
        },
        None => StoredProfile {
            org: org.clone(),
            version: 1,
            updated: None,
            profile: baseline.clone().known_on(date),
        },
    }
}

fn forget_after<T>(fact: &mut Fact<T>, date: NaiveDate) {
    if fact.source().is_some_and(|s| s.date() > date) {
        *fact = Fact::Unknown;
    }
}

impl Profile {
    /// The profile as it could be known at the end of `date`: facts from later documents or
    /// later entries become unknown.
    pub fn known_on(mut self, date: NaiveDate) -> Self {
        for (_, fact) in self.facts_mut() {
            if fact.source().is_some_and(|s| s.date() > date) {
                fact.forget();
            }
        }
        self
    }
}

impl CountyFacts {
    /// The county facts known at the end of `date`.
    pub fn known_on(mut self, date: NaiveDate) -> Self {
        // An event counts from the day it happened, even if the document telling of it is later.
        self.timeline
            .retain(|e| e.date.map_or(e.source.date() <= date, |d| d <= date));
        forget_after(&mut self.visions, date);
        forget_after(&mut self.county_group, date);
        forget_after(&mut self.development_leads, date);
        forget_after(&mut self.rok_validity, date);
        for note in &mut self.indicator_notes {
            forget_after(&mut note.note, date);
        }
        for area in &mut self.result_areas {
            forget_after(&mut area.summary, date);
        }
        self
    }
}

#[cfg(test)]
mod tests;
