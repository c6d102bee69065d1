//! Swedish date formatting shared by every page.

use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

/// `1 oktober 2024`: the long form used in running text.
pub fn long_sv(date: NaiveDate) -> String {
    let month = MONTHS
        .get(date.month0() as usize)
        .copied()
        .unwrap_or_default();
    format!("{} {month} {}", date.day(), date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_long_swedish_dates() {
        let date = NaiveDate::from_ymd_opt(2024, 10, 1).expect("valid date");
        assert_eq!(long_sv(date), "1 oktober 2024");
        let date = NaiveDate::from_ymd_opt(2020, 3, 2).expect("valid date");
        assert_eq!(long_sv(date), "2 mars 2020");
    }
}
