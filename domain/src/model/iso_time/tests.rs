use super::*;

#[test]
fn dates_are_read_as_typed_and_anything_else_is_refused() {
    let may_first = NaiveDate::from_ymd_opt(2024, 5, 1);
    assert_eq!(parse_date("2024-05-01"), may_first);
    assert_eq!(parse_date("2024-5-1"), may_first);
    for bad in [
        "",
        "2024",
        "2024-05",
        "2024-05-01-",
        "2024-13-01",
        "2024-02-30",
        "24-05-01",
        "02024-05-01",
        "2024-005-01",
        "2024/05/01",
        " 2024-05-01",
        "2024-+5-01",
        "+024-05-01",
        "2024-05-01T00:00",
        "٢٠٢٤-05-01",
    ] {
        assert_eq!(parse_date(bad), None, "{bad:?}");
    }
    assert_eq!(
        parse_date("2024-02-29"),
        NaiveDate::from_ymd_opt(2024, 2, 29)
    );
}

#[test]
fn times_are_written_to_the_minute_in_utc() {
    let at = DateTime::parse_from_rfc3339("2024-05-01T07:03:59+02:00")
        .expect("time")
        .with_timezone(&Utc);
    assert_eq!(minute(at), "2024-05-01 05:03");
    assert_eq!(clock(at), "05:03");
    let date = NaiveDate::from_ymd_opt(987, 1, 2).expect("date");
    assert_eq!(date.to_string(), "0987-01-02");
}
