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
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn two_years_to_the_day_is_not_yet_old() {
        let report = day(2020, 3, 2);
        assert!(!is_old(report, day(2022, 3, 2)));
        assert!(is_old(report, day(2022, 3, 3)));
        assert!(is_old(report, day(2026, 12, 2)));
        assert!(!is_old(day(2026, 11, 23), day(2026, 12, 2)));
        // The last day of a month keeps its month.
        assert!(!is_old(day(2024, 2, 29), day(2026, 2, 28)));
        assert!(is_old(day(2024, 2, 29), day(2026, 3, 1)));
    }
}
