//! A message kept as its key and values, so the same error can be shown in either language
//! (validation runs on the server, the reader's language is decided in the browser).

#[cfg(test)]
use super::k;
use super::{Key, Lang};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "Wire", from = "Wire")]
pub struct Message {
    key: Key,
    values: Vec<(String, String)>,
}

/// As sent: the Swedish text alongside the key, so API callers read the message as it is.
#[derive(Serialize, Deserialize)]
struct Wire {
    key: Key,
    #[serde(default)]
    values: Vec<(String, String)>,
    #[serde(default, skip_deserializing)]
    text: String,
}

impl From<Message> for Wire {
    fn from(m: Message) -> Self {
        let text = m.text(Lang::Sv);
        Self {
            key: m.key,
            values: m.values,
            text,
        }
    }
}

impl From<Wire> for Message {
    fn from(w: Wire) -> Self {
        Self {
            key: w.key,
            values: w.values,
        }
    }
}

impl Message {
    pub fn new(key: Key) -> Self {
        Self {
            key,
            values: Vec::new(),
        }
    }

    /// Fills `{name}` in the text with `value`.
    pub fn with(mut self, name: &str, value: impl ToString) -> Self {
        self.values.push((name.to_owned(), value.to_string()));
        self
    }

    pub fn key(&self) -> Key {
        self.key
    }

    pub fn text(&self, lang: Lang) -> String {
        let values: Vec<(&str, &str)> = self
            .values
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        lang.tf(self.key, &values)
    }
}

#[cfg(test)]
mod tests;
