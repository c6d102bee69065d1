use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid")
}

#[test]
fn dates_per_language() {
    assert_eq!(long_date(Lang::Sv, day(2024, 10, 1)), "1 oktober 2024");
    assert_eq!(long_date(Lang::En, day(2024, 10, 1)), "1 October 2024");
    assert_eq!(long_date(Lang::Sv, day(2020, 3, 2)), "2 mars 2020");
}

#[test]
fn numbers_per_language() {
    assert_eq!(percent(Lang::Sv, 1, 8).as_deref(), Some("12,5\u{a0}%"));
    assert_eq!(percent(Lang::En, 1, 8).as_deref(), Some("12.5%"));
    assert_eq!(percent(Lang::Sv, 16, 16).as_deref(), Some("100\u{a0}%"));
    assert_eq!(percent(Lang::En, 3, 16).as_deref(), Some("18.8%"));
    assert_eq!(percent(Lang::En, 1, 0), None);
    assert_eq!(whole_percent(Lang::Sv, 50), "50\u{a0}%");
    assert_eq!(whole_percent(Lang::En, 75), "75%");
    assert_eq!(decimal(Lang::Sv, 0.4567, 2), "0,46");
    assert_eq!(decimal(Lang::En, 0.4567, 2), "0.46");
    assert_eq!(thousands(Lang::Sv, 59_945), "59\u{a0}945");
    assert_eq!(thousands(Lang::En, 1_234_567), "1,234,567");
    assert_eq!(thousands(Lang::En, 999), "999");
}
