//! The numbers in "Behöver du stöd?", on every page and on the embedded map.

/// A number to call: as written for a reader, and as dialled from a `tel:` link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phone {
    pub shown: &'static str,
    pub dial: &'static str,
}

impl Phone {
    /// The link's address.
    pub fn href(self) -> String {
        format!("tel:{}", self.dial)
    }
}

/// Kvinnofridslinjen, the national support line.
pub const SUPPORT_LINE: Phone = Phone {
    shown: "020-50 50 50",
    dial: "020505050",
};

/// The emergency number.
pub const EMERGENCY: Phone = Phone {
    shown: "112",
    dial: "112",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_number_dials_the_digits_it_shows() {
        for phone in [SUPPORT_LINE, EMERGENCY] {
            let digits: String = phone.shown.chars().filter(char::is_ascii_digit).collect();
            assert_eq!(digits, phone.dial);
            assert_eq!(phone.href(), format!("tel:{digits}"));
        }
    }
}
