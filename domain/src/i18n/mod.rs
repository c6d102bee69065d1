//! The interface language: Swedish first, English second. Texts live in the resource files
//! `domain/locales/sv.txt` and `domain/locales/en.txt` (`key = text`, `{name}` for values), and those
//! that name the county in the region package's `texts/`; code refers to them by key only.
//! The server has them compiled in; the browser loads the reader's language when the page
//! starts (`bundle` serves it, the application fetches it and [`Lang::install`]s it).

#[cfg(texts_in_code)]
pub mod bundle;
mod format;
mod message;

pub use format::{decimal, long_date, percent, thousands, whole_percent};
pub use message::Message;

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::OnceLock;

type Table = HashMap<&'static str, &'static str>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Sv,
    En,
}

/// The key of an interface text. The only keys are the constants of [`k`], generated from the
/// locale files at build time, so a missing or misspelt key does not compile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key(&'static str);

impl Key {
    pub fn as_str(self) -> &'static str {
        self.0
    }

    /// The key named `key`, if the texts have it: for keys that arrive as text (a message from
    /// the server). Looked up in the texts rather than in [`k::ALL`], so the browser's code
    /// carries the names of only the keys it uses (the texts it loads have every key).
    pub fn find(key: &str) -> Option<Key> {
        Lang::ALL
            .into_iter()
            .find_map(|lang| lang.table().get_key_value(key))
            .map(|(name, _)| Key(name))
    }
}

impl Serialize for Key {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let key = String::deserialize(deserializer)?;
        Key::find(&key).ok_or_else(|| serde::de::Error::custom(format!("no text key {key}")))
    }
}

/// Every text key, generated from `domain/locales/sv.txt` and the region package's texts.
pub mod k {
    use super::Key;
    include!(concat!(env!("OUT_DIR"), "/keys.rs"));
}

/// The attribute of the page's root element that gives the path to its texts
/// ([`bundle::path`]), which the browser loads.
pub const TEXTS_ATTRIBUTE: &str = "data-texter";

/// The cookie that remembers the reader's choice.
pub const COOKIE: &str = "kvf_lang";

impl Lang {
    pub const ALL: [Lang; 2] = [Self::Sv, Self::En];

    /// The BCP 47 code for `lang` attributes and the cookie.
    pub fn code(self) -> &'static str {
        match self {
            Self::Sv => "sv",
            Self::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code.trim())
    }

    /// The other language, offered by the language switch.
    pub fn other(self) -> Self {
        match self {
            Self::Sv => Self::En,
            Self::En => Self::Sv,
        }
    }

    /// The application's texts and the region package's texts that name the county.
    #[cfg(texts_in_code)]
    fn sources(self) -> [&'static str; 2] {
        match self {
            Self::Sv => [
                include_str!("../../locales/sv.txt"),
                crate::region::TEXTS_SV,
            ],
            Self::En => [
                include_str!("../../locales/en.txt"),
                crate::region::TEXTS_EN,
            ],
        }
    }

    fn cell(self) -> &'static OnceLock<Table> {
        static SV: OnceLock<Table> = OnceLock::new();
        static EN: OnceLock<Table> = OnceLock::new();
        match self {
            Self::Sv => &SV,
            Self::En => &EN,
        }
    }

    #[cfg(texts_in_code)]
    fn table(self) -> &'static Table {
        self.cell()
            .get_or_init(|| self.sources().into_iter().flat_map(parse).collect())
    }

    /// In the browser, the table [`install`](Lang::install)ed before hydration.
    #[cfg(not(texts_in_code))]
    fn table(self) -> &'static Table {
        static NONE: OnceLock<Table> = OnceLock::new();
        self.cell()
            .get()
            .unwrap_or_else(|| NONE.get_or_init(Table::new))
    }

    /// In the browser: makes `text` (the `key = text` lines `bundle` serves, read once per
    /// page load and kept for its life) this language's texts. A second call leaves the first.
    #[cfg(not(texts_in_code))]
    pub fn install(self, text: &'static str) {
        let _ = self.cell().set(parse(text));
    }

    /// The text for `key`; a key missing in English falls back to Swedish.
    pub fn t(self, key: Key) -> &'static str {
        self.text_of(key.0)
    }

    /// The text for a key built from a model's codes (an indicator's, a category's, a rule's,
    /// a field's); `i18n::tests` checks that every code has its text, so the empty answer for
    /// an unknown key is never shown.
    pub fn text_of(self, key: &str) -> &'static str {
        self.table()
            .get(key)
            .or_else(|| Self::Sv.table().get(key))
            .copied()
            .unwrap_or_default()
    }

    /// "Ja", "Nej" or "Ej rapporterat" (and their English).
    pub fn yes_no(self, value: Option<bool>) -> &'static str {
        match value {
            Some(true) => self.t(k::YES),
            Some(false) => self.t(k::NO),
            None => self.t(k::UNKNOWN),
        }
    }

    /// The text for `key` with each `{name}` replaced by its value.
    pub fn tf(self, key: Key, values: &[(&str, &str)]) -> String {
        let mut text = self.t(key).to_owned();
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }
}

/// `key = text` lines; blank lines and lines starting with `#` are skipped.
fn parse(source: &'static str) -> Table {
    source
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .filter_map(|l| {
            let (key, text) = l.split_once(" = ")?;
            Some((key.trim(), text.trim()))
        })
        .collect()
}

#[cfg(test)]
mod tests;
