//! Numbers in running Swedish text: decimal comma, a space before "%".

/// `12,5`: `value` with `digits` decimals and a decimal comma.
pub fn decimal_sv(value: f64, digits: usize) -> String {
    format!("{value:.digits$}").replace('.', ",")
}

/// `12,5 %`: `part` of `whole` as a percentage with one decimal, trailing ",0" dropped.
/// `None` when there is no whole to divide by.
pub fn percent_sv(part: usize, whole: usize) -> Option<String> {
    if whole == 0 {
        return None;
    }
    let value = part as f64 * 100.0 / whole as f64;
    let text = decimal_sv(value, 1);
    let text = text.strip_suffix(",0").unwrap_or(&text).to_owned();
    Some(format!("{text} %"))
}

/// `12 345`: whole numbers with a (non-breaking) space between thousands.
pub fn thousands_sv(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_use_a_decimal_comma_and_a_space() {
        assert_eq!(percent_sv(1, 8).as_deref(), Some("12,5 %"));
        assert_eq!(percent_sv(3, 16).as_deref(), Some("18,8 %"));
        assert_eq!(percent_sv(16, 16).as_deref(), Some("100 %"));
        assert_eq!(percent_sv(0, 15).as_deref(), Some("0 %"));
        assert_eq!(percent_sv(1, 0), None);
    }

    #[test]
    fn decimals_and_thousands() {
        assert_eq!(decimal_sv(0.4567, 2), "0,46");
        assert_eq!(thousands_sv(59_640), "59\u{a0}640");
        assert_eq!(thousands_sv(287_966), "287\u{a0}966");
        assert_eq!(thousands_sv(1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(thousands_sv(999), "999");
    }
}
