//! The quick exit ("Lämna sidan snabbt"): the site's own address for it, and the neutral site
//! it leaves for, which a deployment may choose.

/// The button's address: the server sends the reader on to the [`Target`]. A link to the site
/// itself, so that the pages never name the target and a deployment can change it.
pub const PATH: &str = "/lamna";

/// Where the button leaves for unless configured: a common, neutral site.
pub const DEFAULT_TARGET: &str = "https://www.google.se/";

/// How many presses of Shift, each within [`SHIFT_WINDOW_MS`] of the first, leave the page.
pub const SHIFT_PRESSES: u32 = 3;
pub const SHIFT_WINDOW_MS: u32 = 5000;

/// A neutral site's address: `https://` or `http://`, a host, and nothing a header could not
/// carry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target(String);

impl Target {
    pub fn parse(raw: &str) -> Result<Self, InvalidTarget> {
        let rest = raw
            .strip_prefix("https://")
            .or_else(|| raw.strip_prefix("http://"))
            .ok_or(InvalidTarget)?;
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let printable = raw.chars().all(|c| c.is_ascii_graphic());
        if host.is_empty() || host.contains('@') || !printable {
            return Err(InvalidTarget);
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for Target {
    fn default() -> Self {
        Self(DEFAULT_TARGET.to_owned())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidTarget;

impl std::fmt::Display for InvalidTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            "QUICK_EXIT_URL måste vara en fullständig adress till en webbplats (https://…), \
             utan mellanslag och utan användarnamn",
        )
    }
}

impl std::error::Error for InvalidTarget {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_address_is_taken_and_anything_else_refused() {
        assert_eq!(Target::default().as_str(), DEFAULT_TARGET);
        assert!(Target::parse(DEFAULT_TARGET).is_ok());
        assert!(Target::parse("https://www.smhi.se/vader").is_ok());
        assert!(Target::parse("http://example.org").is_ok());
        for bad in [
            "",
            "www.google.se",
            "javascript:alert(1)",
            "/lamna",
            "//evil.example",
            "https://",
            "https:///path",
            "https://user@evil.example/",
            "https://a b.se/",
            "https://exempel.se/\r\nSet-Cookie: x=1",
            "ftp://example.org/",
        ] {
            assert_eq!(Target::parse(bad), Err(InvalidTarget), "{bad:?}");
        }
    }
}
