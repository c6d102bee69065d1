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
mod tests;
