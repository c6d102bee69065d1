//! Dates and times in the ISO 8601 form every language shares: `2024-05-01`, `14:03`. Written
//! by hand rather than with chrono's `format` and `parse_from_str`: their format-string
//! machinery would otherwise be part of the code every page downloads. A date's own `Display`
//! already writes `2024-05-01`.

use chrono::{DateTime, NaiveDate, Timelike, Utc};

/// `2024-05-01 14:03` (UTC), when a value was entered.
pub fn minute(at: DateTime<Utc>) -> String {
    format!("{} {}", at.date_naive(), clock(at))
}

/// `14:03` (UTC).
pub fn clock(at: DateTime<Utc>) -> String {
    format!("{:02}:{:02}", at.hour(), at.minute())
}

/// A date written `ÅÅÅÅ-MM-DD` (month and day may have one digit), as typed or sent by a date
/// field.
pub fn parse_date(raw: &str) -> Option<NaiveDate> {
    let mut parts = raw.split('-');
    let mut number = |digits: std::ops::RangeInclusive<usize>| -> Option<u32> {
        let part = parts.next()?;
        (digits.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    let (year, month, day) = (number(4..=4)?, number(1..=2)?, number(1..=2)?);
    if parts.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

#[cfg(test)]
mod tests;
