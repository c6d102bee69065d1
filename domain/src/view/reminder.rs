//! The reminder mails, in Swedish as plain text and HTML, and the administrator's view of a
//! round's reminders. A mail names the organisation and what is left to answer, with a link
//! to each item; it carries nothing of the profile itself.

use crate::escape::markup;
use crate::i18n::{Lang, k, long_date};
use crate::model::OrgId;
use crate::model::iso_time::minute;
use crate::model::reminder::{Delivery, Occasion, Reminder};
use crate::model::round::{Item, Round};
use crate::view::round::{item_anchor, item_label};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A mail's subject and its two bodies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailText {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Where on the round's page an item is answered, as a link from outside the site.
pub fn item_link(base: &str, round: &Round, item: Item) -> String {
    format!("{}#{}", round_link(base, round), item_anchor(item))
}

fn round_link(base: &str, round: &Round) -> String {
    format!(
        "{}/uppfoljning/{}",
        base.trim_end_matches('/'),
        round.id.as_str()
    )
}

/// The reminder of `occasion` to the accounts of `org`, which has `left` of the round's items
/// still to answer; `base` is the site's public address.
pub fn compose(
    round: &Round,
    occasion: Occasion,
    org: &OrgId,
    left: &[Item],
    base: &str,
) -> MailText {
    let lang = Lang::Sv;
    let deadline = long_date(lang, round.deadline);
    let total = round.items_for(org).len().to_string();
    let left_count = left.len().to_string();
    let days = match occasion {
        Occasion::DaysBefore(days) => days.to_string(),
        Occasion::Opens | Occasion::DayAfter => String::new(),
    };
    let values = [
        ("title", round.title.as_str()),
        ("deadline", deadline.as_str()),
        ("org", org.name()),
        ("left", left_count.as_str()),
        ("total", total.as_str()),
        ("days", days.as_str()),
        ("site", lang.t(k::SITE_NAME)),
    ];
    let (subject, lead) = match occasion {
        Occasion::Opens => (k::MAIL_SUBJECT_OPENS, k::MAIL_OPENS),
        Occasion::DaysBefore(_) => (k::MAIL_SUBJECT_BEFORE, k::MAIL_BEFORE),
        Occasion::DayAfter => (k::MAIL_SUBJECT_AFTER, k::MAIL_AFTER),
    };
    let lead = lang.tf(lead, &values);
    let footer = lang.tf(k::MAIL_FOOTER, &values);
    let items: Vec<(String, String)> = left
        .iter()
        .map(|item| (item_label(lang, *item), item_link(base, round, *item)))
        .collect();
    let page = round_link(base, round);

    let mut text = format!(
        "{}\n\n{lead}\n\n{}\n",
        lang.t(k::MAIL_GREETING),
        lang.t(k::MAIL_LEFT)
    );
    for (label, link) in &items {
        text.push_str(&format!("- {label}: {link}\n"));
    }
    text.push_str(&format!(
        "\n{}\n{page}\n\n-- \n{footer}\n",
        lang.t(k::MAIL_LINK)
    ));

    let list: String = items
        .iter()
        .map(|(label, link)| {
            format!(
                "<li><a href=\"{}\">{}</a></li>",
                markup(link),
                markup(label)
            )
        })
        .collect();
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>{}</title></head>\
         <body><p>{}</p><p>{}</p><p>{}</p><ul>{list}</ul><p>{} <a href=\"{}\">{}</a></p>\
         <hr><p>{}</p></body></html>\n",
        markup(&lang.tf(subject, &values)),
        markup(lang.t(k::MAIL_GREETING)),
        markup(&lead),
        markup(lang.t(k::MAIL_LEFT)),
        markup(lang.t(k::MAIL_LINK)),
        markup(&page),
        markup(&page),
        markup(&footer),
    );
    MailText {
        subject: lang.tf(subject, &values),
        text,
        html,
    }
}

/// Where a mail stands, in words.
pub fn delivery_text(lang: Lang, delivery: &Delivery) -> String {
    match delivery {
        Delivery::Unsent => lang.t(k::REMINDERS_STATE_UNSENT).to_owned(),
        Delivery::Sending { since } => {
            lang.tf(k::REMINDERS_STATE_SENDING, &[("at", &minute(*since))])
        }
        Delivery::Sent { at } => lang.tf(k::REMINDERS_STATE_SENT, &[("at", &minute(*at))]),
        Delivery::Failed {
            at,
            error,
            retry_at,
        } => lang.tf(
            k::REMINDERS_STATE_FAILED,
            &[
                ("at", &minute(*at)),
                ("error", error),
                ("retry", &minute(*retry_at)),
            ],
        ),
    }
}

/// A round's reminders for its administrator: when each falls, which is due, and every mail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RemindersView {
    pub round: Round,
    pub occasions: Vec<(Occasion, NaiveDate)>,
    pub due: Option<Occasion>,
    /// The latest occasion first; within one, by address.
    pub mails: Vec<Reminder>,
    /// Whether an SMTP server is configured, so that mails are sent.
    pub smtp: bool,
}

#[cfg(test)]
mod tests;
