//! Reports of accessibility problems ("Rapportera brister"), sent by anyone from the
//! accessibility statement's form and kept for the administrators, as the law on accessible
//! digital public services asks of a public site.

use crate::i18n::{Message, k};
use crate::model::validation::{FieldErrors, LONG_TEXT_MAX, SHORT_TEXT_MAX, text};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The form's fields, as the page names them.
pub const MESSAGE: &str = "message";
pub const PAGE: &str = "page";
pub const CONTACT: &str = "contact";

/// The longest address of the page a report is about.
pub const PAGE_MAX: usize = 500;

/// Reports one client address may send within [`WINDOW_SECS`]; enough for a person, too few
/// to fill the administrators' mailboxes.
pub const PER_ADDRESS: u64 = 5;
pub const WINDOW_SECS: i64 = 3600;

/// The statement's page, and the form's place on it.
pub const STATEMENT_PATH: &str = "/tillganglighet";
pub const FORM_ANCHOR: &str = "rapportera";

/// What became of a report sent without JavaScript, told by the address the browser is sent
/// back to (`?rapport=`), since the page cannot be told otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    /// The report did not pass [`FeedbackForm::validate`].
    NotSent,
    TooMany,
    /// The server could not keep it (its database was out of reach, or the like).
    Unavailable,
}

impl Outcome {
    const ALL: [Self; 4] = [Self::Sent, Self::NotSent, Self::TooMany, Self::Unavailable];

    pub fn key(self) -> &'static str {
        match self {
            Self::Sent => "skickad",
            Self::NotSent => "fel",
            Self::TooMany => "for-manga",
            Self::Unavailable => "ej-mottagen",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.key() == key)
    }

    /// Where the browser goes after sending.
    pub fn path(self) -> String {
        format!("{STATEMENT_PATH}?rapport={}#{FORM_ANCHOR}", self.key())
    }
}

/// What a reader typed, unchecked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackForm {
    pub message: String,
    pub page: String,
    pub contact: String,
}

/// What happened to the mail that tells the administrators of a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "outcome", content = "detail")]
pub enum Mailed {
    /// Sent to this many administrators.
    Sent(u32),
    /// No SMTP server is configured.
    NotConfigured,
    /// The server's answer, or why it could not be reached.
    Failed(String),
}

/// A report as kept: what was written, where, how to answer (if given) and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    pub message: String,
    pub page: String,
    pub contact: String,
    pub at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mailed: Option<Mailed>,
}

impl FeedbackForm {
    /// The report sent at `at`, or each field's error.
    pub fn validate(&self, at: DateTime<Utc>) -> Result<Feedback, FieldErrors> {
        let mut errors = FieldErrors::default();
        let message = text(&mut errors, MESSAGE, &self.message, LONG_TEXT_MAX);
        if message.is_empty() {
            errors.add(MESSAGE, Message::new(k::FEEDBACK_ERROR_EMPTY));
        }
        let page = text(&mut errors, PAGE, &self.page, PAGE_MAX);
        let contact = text(&mut errors, CONTACT, &self.contact, SHORT_TEXT_MAX);
        errors.into_result(Feedback {
            message,
            page,
            contact,
            at,
            mailed: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn at() -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default()
    }

    #[test]
    fn a_report_keeps_what_was_written_trimmed() {
        let form = FeedbackForm {
            message: "  Kartan går inte att använda med skärmläsare.\n".to_owned(),
            page: " https://example.se/profil/2080 ".to_owned(),
            contact: String::new(),
        };
        let report = form.validate(at()).expect("valid");
        assert_eq!(
            report.message,
            "Kartan går inte att använda med skärmläsare."
        );
        assert_eq!(report.page, "https://example.se/profil/2080");
        assert_eq!((report.contact.as_str(), report.at), ("", at()));
    }

    #[test]
    fn each_outcome_is_read_back_from_its_address() {
        for outcome in Outcome::ALL {
            let path = outcome.path();
            let key = path
                .split_once("?rapport=")
                .and_then(|(_, rest)| rest.split_once('#'))
                .map(|(key, _)| key);
            assert_eq!(key.and_then(Outcome::from_key), Some(outcome));
        }
        assert_eq!(Outcome::from_key("<script>"), None);
    }

    #[test]
    fn an_empty_or_overlong_report_is_refused_at_its_field() {
        let empty = FeedbackForm {
            message: " \n ".to_owned(),
            ..FeedbackForm::default()
        };
        let errors = empty.validate(at()).expect_err("empty");
        assert!(
            errors
                .text(MESSAGE, Lang::Sv)
                .is_some_and(|t| t.contains("Skriv"))
        );
        let long = FeedbackForm {
            message: "å".repeat(LONG_TEXT_MAX + 1),
            page: "x".repeat(PAGE_MAX + 1),
            contact: "a\u{0}b".to_owned(),
        };
        let errors = long.validate(at()).expect_err("too long");
        assert_eq!(errors.len(), 3);
        for field in [MESSAGE, PAGE, CONTACT] {
            assert!(errors.get(field).is_some(), "{field}");
        }
        let exactly = FeedbackForm {
            message: "å".repeat(LONG_TEXT_MAX),
            ..FeedbackForm::default()
        };
        assert!(exactly.validate(at()).is_ok());
    }
}
