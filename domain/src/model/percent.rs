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
mod tests {
    use super::*;

    #[test]
    fn accepts_zero_to_hundred_only() {
        assert_eq!(Percent::new(0).map(Percent::get), Ok(0));
        assert_eq!(Percent::new(100), Ok(Percent::FULL));
        assert_eq!(Percent::new(101), Err(PercentOutOfRange(101)));
        assert_eq!(
            PercentOutOfRange(150).to_string(),
            "Andelen måste vara mellan 0 och 100 %, inte 150 %."
        );
    }

    #[test]
    fn refuses_out_of_range_values_when_parsing() {
        assert_eq!(
            serde_json::from_str::<Percent>("50").ok(),
            Percent::new(50).ok()
        );
        assert!(serde_json::from_str::<Percent>("150").is_err());
        assert!(serde_json::from_str::<Percent>("-5").is_err());
        assert!(serde_json::from_str::<Percent>("\"50\"").is_err());
        assert_eq!(Percent::FULL.to_string(), "100 %");
    }
}
