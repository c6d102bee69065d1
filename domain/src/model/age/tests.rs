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
