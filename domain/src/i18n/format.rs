//! Dates and numbers as each language writes them: `1 oktober 2024` / `1 October 2024`,
//! `12,5 %` / `12.5%`, `59 945` / `59,945`.

use super::Lang;
use chrono::{Datelike, NaiveDate};

const MONTHS_SV: [&str; 12] = [
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

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The long form used in running text.
pub fn long_date(lang: Lang, date: NaiveDate) -> String {
    let months = match lang {
        Lang::Sv => &MONTHS_SV,
        Lang::En => &MONTHS_EN,
    };
    let month = months
        .get(date.month0() as usize)
        .copied()
        .unwrap_or_default();
    format!("{} {month} {}", date.day(), date.year())
}

/// `value` with `digits` decimals.
pub fn decimal(lang: Lang, value: f64, digits: usize) -> String {
    let text = format!("{value:.digits$}");
    match lang {
        Lang::Sv => text.replace('.', ","),
        Lang::En => text,
    }
}

/// `part` of `whole` as a percentage with one decimal (a trailing zero decimal dropped);
/// `None` when there is no whole.
pub fn percent(lang: Lang, part: usize, whole: usize) -> Option<String> {
    if whole == 0 {
        return None;
    }
    let text = decimal(lang, part as f64 * 100.0 / whole as f64, 1);
    let text = text
        .strip_suffix(",0")
        .or_else(|| text.strip_suffix(".0"))
        .unwrap_or(&text)
        .to_owned();
    Some(with_percent_sign(lang, &text))
}

/// A whole percentage such as a share of a post: `50 %` / `50%`.
pub fn whole_percent(lang: Lang, value: u8) -> String {
    with_percent_sign(lang, &value.to_string())
}

/// Swedish writes a (no-break) space before "%", English none.
fn with_percent_sign(lang: Lang, number: &str) -> String {
    match lang {
        Lang::Sv => format!("{number}\u{a0}%"),
        Lang::En => format!("{number}%"),
    }
}

/// Whole numbers with thousands grouped: a no-break space in Swedish, a comma in English.
pub fn thousands(lang: Lang, value: u64) -> String {
    let separator = match lang {
        Lang::Sv => '\u{a0}',
        Lang::En => ',',
    };
    let digits = value.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
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
}
