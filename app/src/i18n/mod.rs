//! The interface language: Swedish first, English second. Texts live in the resource files
//! `app/locales/sv.txt` and `app/locales/en.txt` (`key = text`, `{name}` for values), and those
//! that name the county in the region package's `texts/`; code refers to them by key only.
//! The server has them compiled in; the browser loads the reader's language when the page
//! starts (`bundle` serves it, `browser` loads it).

#[cfg(not(texts_in_code))]
pub mod browser;
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

/// The `id` of the page's link to its texts ([`bundle::path`]), which the browser loads.
pub const LINK_ID: &str = "texter";

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

    /// In the browser, the table [`load`](browser::load) installed before hydration.
    #[cfg(not(texts_in_code))]
    fn table(self) -> &'static Table {
        static NONE: OnceLock<Table> = OnceLock::new();
        self.cell()
            .get()
            .unwrap_or_else(|| NONE.get_or_init(Table::new))
    }

    /// The text for `key`; a key missing in English falls back to Swedish. Tests check that
    /// every key the code uses exists, so the empty answer for an unknown key is never shown.
    pub fn t(self, key: &str) -> &'static str {
        self.table()
            .get(key)
            .or_else(|| Self::Sv.table().get(key))
            .copied()
            .unwrap_or_default()
    }

    /// "Ja", "Nej" or "Ej rapporterat" (and their English).
    pub fn yes_no(self, value: Option<bool>) -> &'static str {
        match value {
            Some(true) => self.t("yes"),
            Some(false) => self.t("no"),
            None => self.t("unknown"),
        }
    }

    /// The text for `key` with each `{name}` replaced by its value.
    pub fn tf(self, key: &str, values: &[(&str, &str)]) -> String {
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

/// The language of the current page, provided by the application root.
pub fn use_lang() -> Lang {
    leptos::prelude::use_context::<Lang>().unwrap_or_default()
}

#[cfg(test)]
mod tests;
