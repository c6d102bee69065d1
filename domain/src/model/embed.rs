//! The map on other sites: the page any site may frame (`/inbadda?indikator=…&sprak=en`), the
//! snippet that frames it, and which of this site's addresses an oEmbed request may ask about.

use crate::escape::markup as escape;
use crate::i18n::{Lang, k};
use crate::model::Indicator;

/// The embeddable map.
pub const PATH: &str = "/inbadda";
/// The oEmbed endpoint that describes it.
pub const OEMBED_PATH: &str = "/oembed";
/// The frame the snippet asks for, in CSS px: the map with its legend beside it and the lines
/// below, readable without scrolling at this width.
pub const WIDTH: u32 = 640;
pub const HEIGHT: u32 = 720;

/// What an embedded map shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Embed {
    pub indicator: Indicator,
    pub lang: Lang,
}

impl Embed {
    /// From the query values `indikator` and `sprak`; anything unknown is the default
    /// indicator and Swedish.
    pub fn from_query(indikator: Option<&str>, sprak: Option<&str>) -> Self {
        Self {
            indicator: Indicator::from_query(indikator),
            lang: sprak.and_then(Lang::from_code).unwrap_or_default(),
        }
    }

    /// Its address on the site at `base` (`https://karta.example.se`, no slash at the end).
    pub fn address(self, base: &str) -> String {
        let lang = if self.lang == Lang::Sv {
            String::new()
        } else {
            format!("&sprak={}", self.lang.code())
        };
        format!("{base}{PATH}?indikator={}{lang}", self.indicator.key())
    }

    /// The oEmbed address that describes this map, for discovery from the map page's head.
    pub fn oembed(self, base: &str) -> String {
        format!(
            "{base}{OEMBED_PATH}?url={}&format=json",
            crate::model::links::encode(&self.address(base))
        )
    }

    /// The full map's address on the site at `base`, on the same indicator.
    pub fn full_map(self, base: &str) -> String {
        format!("{base}/?indikator={}", self.indicator.key())
    }

    /// The frame's title, which names it to a screen reader on the host site.
    pub fn title(self) -> String {
        format!(
            "{} – {}",
            self.lang.t(k::SITE_NAME),
            self.indicator.map_title(self.lang)
        )
    }

    /// The HTML a site pastes to show the map, at most `width` × `height` px.
    pub fn snippet(self, base: &str, width: u32, height: u32) -> String {
        format!(
            r#"<iframe src="{src}" title="{title}" width="{width}" height="{height}" style="border:0;max-width:100%" loading="lazy"></iframe>"#,
            src = escape(&self.address(base)),
            title = escape(&self.title()),
        )
    }

    /// What an oEmbed request's `url` shows, when it is this site's map (`/` or [`PATH`] with
    /// their query) under `base`; `None` for anything else.
    pub fn of_url(url: &str, base: &str) -> Option<Self> {
        let rest = url.strip_prefix(base)?;
        let rest = rest.split('#').next().unwrap_or_default();
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        if !matches!(path, "" | "/" | PATH) {
            return None;
        }
        let value = |name: &str| {
            query
                .split('&')
                .filter_map(|pair| pair.split_once('='))
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value)
        };
        Some(Self::from_query(value("indikator"), value("sprak")))
    }
}

#[cfg(test)]
mod tests;
