//! Field-level validation errors, keyed by the form field they belong to, shown in the
//! reader's language.

use crate::i18n::k;
use crate::i18n::{Lang, Message};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Errors per field key (e.g. `coordinators.0.share_percent`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FieldErrors(BTreeMap<String, Message>);

impl FieldErrors {
    pub fn add(&mut self, field: impl Into<String>, message: Message) {
        self.0.entry(field.into()).or_insert(message);
    }

    pub fn get(&self, field: &str) -> Option<&Message> {
        self.0.get(field)
    }

    /// The error of `field` as a sentence in `lang`.
    pub fn text(&self, field: &str, lang: Lang) -> Option<String> {
        self.get(field).map(|m| m.text(lang))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Message)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Every error as sentences in `lang`, one after the other, for a message that stands
    /// for a whole form.
    pub fn sentences(&self, lang: Lang) -> String {
        self.0
            .values()
            .map(|m| m.text(lang))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// `Ok(value)` when nothing was added, otherwise the errors.
    pub fn into_result<T>(self, value: T) -> Result<T, FieldErrors> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

/// Limits on entered text, in characters.
pub const SHORT_TEXT_MAX: usize = 200;
pub const LONG_TEXT_MAX: usize = 2000;
pub const LIST_ITEMS_MAX: usize = 50;

/// A trimmed text of at most `max` characters, or an error for `field`.
pub fn text(errors: &mut FieldErrors, field: &str, raw: &str, max: usize) -> String {
    let value = raw.trim();
    let count = value.chars().count();
    if count > max {
        errors.add(
            field,
            Message::new(k::FORM_ERROR_TOO_LONG)
                .with("max", max)
                .with("count", count),
        );
    }
    if value
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        errors.add(field, Message::new(k::FORM_ERROR_CONTROL));
    }
    value.to_owned()
}

/// One item per non-empty line, each at most `max` characters.
pub fn lines(errors: &mut FieldErrors, field: &str, raw: &str, max: usize) -> Vec<String> {
    let items: Vec<String> = raw
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    if items.len() > LIST_ITEMS_MAX {
        errors.add(
            field,
            Message::new(k::FORM_ERROR_TOO_MANY_LINES)
                .with("max", LIST_ITEMS_MAX)
                .with("count", items.len()),
        );
        return items;
    }
    for (i, item) in items.iter().enumerate() {
        let count = item.chars().count();
        if count > max {
            errors.add(
                field,
                Message::new(k::FORM_ERROR_LINE_TOO_LONG)
                    .with("line", i + 1)
                    .with("max", max)
                    .with("count", count),
            );
        }
    }
    if raw
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        errors.add(field, Message::new(k::FORM_ERROR_CONTROL));
    }
    items
}

#[cfg(test)]
mod tests;
