//! The checks of single fields of the edit form, each recording its error at its field; the
//! form's own rules (`validate`) combine them.

use super::{NO, YES, from_key};
use crate::i18n::Message;
use crate::i18n::{Key, k};
use crate::model::OrgId;
use crate::model::fact::{Fact, Source};
use crate::model::percent::Percent;
use crate::model::validation::{FieldErrors, LONG_TEXT_MAX, lines, text};
use chrono::{Datelike, NaiveDate};
use serde::de::DeserializeOwned;

/// Rows per repeated list (policy documents, coordinators, support contacts).
pub const ROWS_MAX: usize = 20;
/// LCHNV approved the regional agreement on this day; no principal can have decided before.
pub const ROK_APPROVED: (i32, u32, u32) = (2024, 4, 19);
pub(super) const URL_MAX: usize = 500;
/// A plan's dates lie no further ahead than the end of this year.
const LATEST_PLANNED_YEAR: i32 = 2099;

pub(super) struct Check<'a> {
    pub(super) errors: FieldErrors,
    pub(super) source: &'a Source,
    pub(super) today: NaiveDate,
}

impl Check<'_> {
    pub(super) fn known<T>(&self, value: T) -> Fact<T> {
        Fact::known(value, self.source.clone())
    }

    pub(super) fn text(&mut self, field: &str, raw: &str, max: usize) -> String {
        text(&mut self.errors, field, raw, max)
    }

    pub(super) fn optional_text(&mut self, field: &str, raw: &str, max: usize) -> Fact<String> {
        let value = self.text(field, raw, max);
        if value.is_empty() {
            Fact::Unknown
        } else {
            self.known(value)
        }
    }

    pub(super) fn lines(&mut self, field: &str, raw: &str) -> Vec<String> {
        lines(&mut self.errors, field, raw, LONG_TEXT_MAX / 4)
    }

    pub(super) fn optional_lines(&mut self, field: &str, raw: &str) -> Fact<Vec<String>> {
        let items = self.lines(field, raw);
        if items.is_empty() {
            Fact::Unknown
        } else {
            self.known(items)
        }
    }

    /// A web address the app may show as a link, or nothing.
    pub(super) fn link(&mut self, field: &str, raw: &str) -> String {
        let url = self.text(field, raw, URL_MAX);
        if !url.is_empty() && !is_safe_link(&url) {
            self.errors.add(field, Message::new(k::FORM_ERROR_WEB));
        }
        url
    }

    /// A decision's proof: a web address, or the path of an uploaded evidence document
    /// ([`crate::model::document`]), or nothing. Whether such a document exists is for the
    /// database to tell.
    pub(super) fn evidence(&mut self, field: &str, raw: &str) -> String {
        let cited = self.text(field, raw, URL_MAX);
        if !cited.is_empty()
            && !is_safe_link(&cited)
            && !crate::model::document::is_document_path(&cited)
        {
            self.errors.add(field, Message::new(k::FORM_ERROR_EVIDENCE));
        }
        cited
    }

    pub(super) fn choice<T: DeserializeOwned>(&mut self, field: &str, raw: &str) -> Option<T> {
        if raw.trim().is_empty() {
            return None;
        }
        let value = from_key(raw.trim());
        if value.is_none() {
            self.errors.add(field, Message::new(k::FORM_ERROR_CHOICE));
        }
        value
    }

    pub(super) fn yes_no(&mut self, field: &str, raw: &str) -> Option<bool> {
        match raw.trim() {
            "" => None,
            YES => Some(true),
            NO => Some(false),
            _ => {
                self.errors.add(field, Message::new(k::FORM_ERROR_YES_NO));
                None
            }
        }
    }

    /// A date typed as ÅÅÅÅ-MM-DD, no later than today.
    pub(super) fn date(&mut self, field: &str, raw: &str) -> Option<NaiveDate> {
        self.date_until(
            field,
            raw,
            self.today,
            Message::new(k::FORM_ERROR_DATE_FUTURE),
        )
    }

    /// A date typed as ÅÅÅÅ-MM-DD that may lie ahead: a plan's.
    pub(super) fn planned_date(&mut self, field: &str, raw: &str) -> Option<NaiveDate> {
        let latest = NaiveDate::from_ymd_opt(LATEST_PLANNED_YEAR, 12, 31).unwrap_or(self.today);
        let too_late = Message::new(k::FORM_ERROR_DATE_TOO_LATE).with("date", latest);
        self.date_until(field, raw, latest, too_late)
    }

    fn date_until(
        &mut self,
        field: &str,
        raw: &str,
        latest: NaiveDate,
        too_late: Message,
    ) -> Option<NaiveDate> {
        let raw = raw.trim();
        if raw.is_empty() {
            return None;
        }
        match crate::model::iso_time::parse_date(raw) {
            Some(d) if d > latest => {
                self.errors.add(field, too_late);
                None
            }
            Some(d) if d.year() < 1990 => {
                self.errors
                    .add(field, Message::new(k::FORM_ERROR_DATE_EARLY));
                None
            }
            Some(d) => Some(d),
            None => {
                self.errors
                    .add(field, Message::new(k::FORM_ERROR_DATE_FORMAT));
                None
            }
        }
    }

    pub(super) fn percent(&mut self, field: &str, raw: &str) -> Option<Percent> {
        let cleaned = raw.trim().trim_end_matches('%').trim();
        if cleaned.is_empty() {
            return None;
        }
        match cleaned.parse::<u8>().map(Percent::new) {
            Ok(Ok(p)) => Some(p),
            _ => {
                self.errors.add(field, Message::new(k::FORM_ERROR_PERCENT));
                None
            }
        }
    }

    pub(super) fn orgs(&mut self, field: &str, raw: &str, own: &OrgId) -> Vec<OrgId> {
        let mut out = Vec::new();
        for part in raw
            .split([',', ' ', '\n'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            match OrgId::parse(part) {
                Ok(id) if &id == own => self.errors.add(field, Message::new(k::FORM_ERROR_OWN_ORG)),
                Ok(id) if !out.contains(&id) => out.push(id),
                Ok(_) => {}
                Err(_) => self.errors.add(
                    field,
                    Message::new(k::FORM_ERROR_UNKNOWN_CODE)
                        .with("code", part.chars().take(20).collect::<String>()),
                ),
            }
        }
        out
    }

    pub(super) fn rows<R, T>(
        &mut self,
        field: &str,
        rows: &[R],
        (none, partial): (bool, bool),
        blank: impl Fn(&R) -> bool,
        mut row: impl FnMut(&mut Self, &str, &R) -> Option<T>,
    ) -> Fact<Vec<T>> {
        let filled: Vec<&R> = rows.iter().filter(|r| !blank(r)).collect();
        if filled.len() > ROWS_MAX {
            self.errors.add(
                field,
                Message::new(k::FORM_ERROR_TOO_MANY_ROWS).with("max", ROWS_MAX),
            );
            return Fact::Unknown;
        }
        if none && !filled.is_empty() {
            self.errors
                .add(field, Message::new(k::FORM_ERROR_NONE_AND_ROWS));
        }
        if none && partial {
            self.errors
                .add(field, Message::new(k::FORM_ERROR_NONE_AND_PARTIAL));
        }
        let mut values = Vec::new();
        for (i, r) in rows.iter().enumerate().filter(|(_, r)| !blank(r)) {
            if let Some(v) = row(self, &format!("{field}.{i}"), r) {
                values.push(v);
            }
        }
        if filled.is_empty() && !none {
            Fact::Unknown
        } else if partial {
            Fact::partial(values, self.source.clone())
        } else {
            self.known(values)
        }
    }

    /// A text that must be given; `missing` is the key of the message asking for it.
    pub(super) fn required(&mut self, field: &str, raw: &str, max: usize, missing: Key) -> String {
        let value = self.text(field, raw, max);
        if value.is_empty() {
            self.errors.add(field, Message::new(missing));
        }
        value
    }

    /// Details given while the main choice is "Ej rapporterat" would be lost: say so.
    pub(super) fn details_need_choice(&mut self, field: &str, chosen: bool, details: &[&str]) {
        if !chosen && details.iter().any(|d| !d.trim().is_empty()) {
            self.errors
                .add(field, Message::new(k::FORM_ERROR_DETAILS_NEED_CHOICE));
        }
    }
}

/// Is this a link the app may show as a link (http or https, with a host)?
pub fn is_safe_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or_default();
        !host.is_empty() && host.contains('.')
    }) && !url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<')
}

pub(super) fn phone_ok(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    (3..=20).contains(&digits)
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +-()".contains(c))
}
