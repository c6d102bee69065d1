//! The date the administrator sets for the regional agreement's revision to start.

use crate::i18n::{Message, k};
use crate::model::county::Validity;
use crate::model::validation::FieldErrors;
use chrono::NaiveDate;

/// The field the date and its errors go under.
pub const REVISION_FIELD: &str = "rok_revision_start";

/// The date typed as ÅÅÅÅ-MM-DD, within the agreement's period where a source gives it;
/// an empty field withdraws the date.
pub fn revision_start(
    raw: &str,
    validity: Option<&Validity>,
) -> Result<Option<NaiveDate>, FieldErrors> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let mut errors = FieldErrors::default();
    match crate::model::iso_time::parse_date(raw) {
        None => errors.add(REVISION_FIELD, Message::new(k::FORM_ERROR_DATE_FORMAT)),
        Some(date) => match validity {
            Some(v) if date < v.from || date > v.until() => errors.add(
                REVISION_FIELD,
                Message::new(k::ROK_REVISION_ERROR_OUTSIDE)
                    .with("from", v.from)
                    .with("until", v.until()),
            ),
            _ => return Ok(Some(date)),
        },
    }
    Err(errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn period() -> Validity {
        Validity {
            from: NaiveDate::from_ymd_opt(2024, 10, 1).unwrap_or_default(),
            years: 8,
        }
    }

    #[test]
    fn a_date_within_the_period_or_none() {
        assert_eq!(
            revision_start(" 2031-10-01 ", Some(&period())),
            Ok(NaiveDate::from_ymd_opt(2031, 10, 1))
        );
        assert_eq!(revision_start("", Some(&period())), Ok(None));
        assert!(revision_start("2032-09-30", Some(&period())).is_ok());
    }

    #[test]
    fn a_date_outside_the_period_or_misspelt_is_refused_in_swedish() {
        for raw in ["2032-10-01", "2024-09-30"] {
            let errors = revision_start(raw, Some(&period())).expect_err(raw);
            let text = errors.sentences(crate::i18n::Lang::Sv);
            assert!(
                text.contains("2024-10-01") && text.contains("2032-09-30"),
                "{text}"
            );
        }
        let errors = revision_start("1 oktober 2031", Some(&period())).expect_err("format");
        assert!(errors.get(REVISION_FIELD).is_some());
    }
}
