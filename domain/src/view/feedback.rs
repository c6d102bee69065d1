//! An accessibility report in words: what its sender is told of it, the mail that tells the
//! administrators of it (Swedish, plain text and HTML), and what became of that mail.

use crate::error::AppError;
use crate::escape::markup;
use crate::i18n::{Lang, k};
use crate::model::feedback::{Feedback, Mailed, Outcome};
use crate::model::iso_time::minute;
use crate::model::validation::LONG_TEXT_MAX;
use crate::view::reminder::MailText;

/// Where the administrators read every report.
pub const ADMIN_PATH: &str = "/admin/rapporter";

/// A field's value, or that it was left empty.
pub fn or_not_given(value: &str, lang: Lang) -> &str {
    if value.is_empty() {
        lang.t(k::FEEDBACK_NOT_GIVEN)
    } else {
        value
    }
}

/// What a reader is told of a report they sent.
pub fn outcome<T>(sent: &Result<T, AppError>) -> Outcome {
    match sent {
        Ok(_) => Outcome::Sent,
        Err(AppError::Invalid(_)) => Outcome::NotSent,
        Err(AppError::TooManyReports) => Outcome::TooMany,
        Err(_) => Outcome::Unavailable,
    }
}

/// Why nothing was sent, in `lang`; `None` when the report was sent.
pub fn not_sent(outcome: Outcome, lang: Lang) -> Option<String> {
    match outcome {
        Outcome::Sent => None,
        Outcome::NotSent => {
            Some(lang.tf(k::FEEDBACK_NOT_SENT, &[("max", &LONG_TEXT_MAX.to_string())]))
        }
        Outcome::TooMany => Some(AppError::TooManyReports.message(lang)),
        Outcome::Unavailable => Some(lang.t(k::FEEDBACK_UNAVAILABLE).to_owned()),
    }
}

/// What became of the mail, in words; `None` before it was tried.
pub fn mailed_label(mailed: Option<&Mailed>, lang: Lang) -> String {
    match mailed {
        Some(Mailed::Sent(count)) => {
            lang.tf(k::FEEDBACK_MAILED_SENT, &[("count", &count.to_string())])
        }
        Some(Mailed::NotConfigured) => lang.t(k::FEEDBACK_MAILED_NOT_CONFIGURED).to_owned(),
        Some(Mailed::Failed(error)) => lang.tf(k::FEEDBACK_MAILED_FAILED, &[("error", error)]),
        None => lang.t(k::FEEDBACK_MAILED_PENDING).to_owned(),
    }
}

/// The mail to the administrators about `report`; `base` is the site's public address.
pub fn compose(report: &Feedback, base: &str) -> MailText {
    let lang = Lang::Sv;
    let intro = lang.tf(k::FEEDBACK_MAIL_INTRO, &[("at", &minute(report.at))]);
    let link = format!("{}{ADMIN_PATH}", base.trim_end_matches('/'));
    let fields = [
        (k::FEEDBACK_COL_MESSAGE, report.message.as_str()),
        (k::FEEDBACK_COL_PAGE, or_not_given(&report.page, lang)),
        (k::FEEDBACK_COL_CONTACT, or_not_given(&report.contact, lang)),
    ];
    let mut text = format!("{intro}\n\n");
    let mut html = format!("<p>{}</p><dl>", markup(&intro));
    for (label, value) in fields {
        text.push_str(&format!("{}:\n{value}\n\n", lang.t(label)));
        html.push_str(&format!(
            "<dt><strong>{}</strong></dt><dd style=\"white-space:pre-wrap\">{}</dd>",
            markup(lang.t(label)),
            markup(value)
        ));
    }
    text.push_str(&lang.tf(k::FEEDBACK_MAIL_ALL, &[("link", &link)]));
    text.push('\n');
    html.push_str(&format!(
        "</dl><p><a href=\"{href}\">{all}</a></p>",
        href = markup(&link),
        all = markup(lang.t(k::FEEDBACK_ADMIN_TITLE)),
    ));
    MailText {
        subject: lang.t(k::FEEDBACK_MAIL_SUBJECT).to_owned(),
        text,
        html,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    #[test]
    fn the_mail_carries_the_report_as_text_and_escapes_it_in_html() {
        let report = Feedback {
            message: "Knappen <b>Spara</b> går inte att nå & syns inte.".to_owned(),
            page: String::new(),
            contact: "anna@example.se".to_owned(),
            at: DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default(),
            mailed: None,
        };
        let mail = compose(&report, "https://karta.example.se/");
        assert!(
            mail.text
                .contains("Knappen <b>Spara</b> går inte att nå & syns inte.")
        );
        assert!(mail.text.contains("anna@example.se"));
        assert!(mail.text.contains("Inte angivet"));
        assert!(
            mail.text
                .contains("https://karta.example.se/admin/rapporter")
        );
        assert!(mail.text.contains("2027-01-15 08:00"));
        assert!(
            mail.html
                .contains("Knappen &lt;b&gt;Spara&lt;/b&gt; går inte att nå &amp; syns inte.")
        );
        assert!(!mail.html.contains("<b>"));
        assert!(mail.subject.contains("tillgänglighet"));
    }

    #[test]
    fn a_reader_is_told_why_nothing_was_sent() {
        assert_eq!(outcome(&Ok(())), Outcome::Sent);
        assert_eq!(not_sent(Outcome::Sent, Lang::Sv), None);
        let invalid = outcome::<()>(&Err(AppError::Invalid(Default::default())));
        assert!(not_sent(invalid, Lang::Sv).is_some_and(|t| t.contains("2000")));
        let limited = outcome::<()>(&Err(AppError::TooManyReports));
        assert_eq!(
            not_sent(limited, Lang::En),
            Some(AppError::TooManyReports.message(Lang::En))
        );
        // A database out of reach is not the reader's mistake, and is not told as one: the
        // reader is told that the report was not received, not that data was not fetched.
        let down = outcome::<()>(&Err(AppError::Unavailable));
        let told = not_sent(down, Lang::Sv).unwrap_or_default();
        assert!(told.contains("Rapporten kunde inte tas emot"), "{told}");
        assert_ne!(told, AppError::Unavailable.message(Lang::Sv));
        assert_ne!(Some(told), not_sent(invalid, Lang::Sv));
    }

    #[test]
    fn a_mail_not_yet_tried_is_not_called_not_given() {
        let pending = mailed_label(None, Lang::Sv);
        assert_ne!(pending, Lang::Sv.t(k::FEEDBACK_NOT_GIVEN));
        assert!(pending.contains("ännu"));
    }
}
