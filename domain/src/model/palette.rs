//! The map's visual categories: a fill colour AND a pattern, so colour is never the only signal.

/// The border drawn between areas and around legend swatches.
pub const BORDER: &str = "#1f1f1f";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    Solid,
    Horizontal,
    Vertical,
    Diagonal,
    Cross,
    Dots,
    Grid,
    Rings,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Stable id used for the SVG `<pattern>` element.
    pub id: &'static str,
    pub fill: &'static str,
    /// Its words for text alternatives are `pattern.<id>` in the texts.
    pub pattern: Pattern,
}

/// Ordered from "least in place" to "most in place"; `UNKNOWN` and `NOT_APPLICABLE` stand apart.
pub const LEVELS: [Style; 6] = [
    Style {
        id: "niva0",
        fill: "#f4b9a0",
        pattern: Pattern::Horizontal,
    },
    Style {
        id: "niva1",
        fill: "#f7de8f",
        pattern: Pattern::Vertical,
    },
    Style {
        id: "niva2",
        fill: "#c9e4b4",
        pattern: Pattern::Diagonal,
    },
    Style {
        id: "niva3",
        fill: "#9fd0e6",
        pattern: Pattern::Cross,
    },
    Style {
        id: "niva4",
        fill: "#6eaed6",
        pattern: Pattern::Grid,
    },
    Style {
        id: "niva5",
        fill: "#5e9fcf",
        pattern: Pattern::Solid,
    },
];

pub const UNKNOWN: Style = Style {
    id: "okand",
    fill: "#ffffff",
    pattern: Pattern::Dots,
};

pub const NOT_APPLICABLE: Style = Style {
    id: "ejtillampligt",
    fill: "#d4d4d4",
    pattern: Pattern::Rings,
};

impl Style {
    /// The pattern in words, for text alternatives.
    pub fn pattern_words(&self, lang: crate::i18n::Lang) -> &'static str {
        lang.text_of(&format!("pattern.{}", self.id))
    }
}

pub fn all_styles() -> impl Iterator<Item = Style> {
    LEVELS.into_iter().chain([UNKNOWN, NOT_APPLICABLE])
}

/// WCAG relative luminance of a `#rrggbb` colour.
pub fn relative_luminance(hex: &str) -> Option<f64> {
    let hex = hex.strip_prefix('#')?;
    if hex.len() != 6 {
        return None;
    }
    let channel = |i: usize| -> Option<f64> {
        let v = f64::from(u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()?) / 255.0;
        Some(if v <= 0.039_28 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        })
    };
    Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
}

/// WCAG contrast ratio between two colours.
pub fn contrast_ratio(a: &str, b: &str) -> Option<f64> {
    let (la, lb) = (relative_luminance(a)?, relative_luminance(b)?);
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    Some((hi + 0.05) / (lo + 0.05))
}

#[cfg(test)]
mod tests;
