//! How old a value is. Almost every seeded value describes the 2019 interviews, so each value
//! shows the date it describes, and one older than two years is marked wherever it is shown.

use chrono::{Months, NaiveDate};

/// Socialstyrelsen's Öppna jämförelser counts a local agreement only if it was followed up
/// within the last 24 months; a value older than that is marked "äldre än två år".
pub const MAX_AGE_MONTHS: u32 = 24;

/// Whether a value describing `described` is older than the limit on `on`.
pub fn is_old(described: NaiveDate, on: NaiveDate) -> bool {
    described
        .checked_add_months(Months::new(MAX_AGE_MONTHS))
        .is_some_and(|limit| limit < on)
}

#[cfg(test)]
mod tests;
