//! A share of a full-time post, 0–100 %: a value that can only be valid.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Percent(u8);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("Andelen måste vara mellan 0 och 100 %, inte {0} %.")]
pub struct PercentOutOfRange(pub u8);

impl Percent {
    pub const FULL: Percent = Percent(100);

    pub fn new(value: u8) -> Result<Self, PercentOutOfRange> {
        if value <= 100 {
            Ok(Self(value))
        } else {
            Err(PercentOutOfRange(value))
        }
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Percent {
    type Error = PercentOutOfRange;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<Percent> for u8 {
    fn from(value: Percent) -> Self {
        value.0
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} %", self.0)
    }
}

#[cfg(test)]
mod tests;
