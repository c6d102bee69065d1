//! The embeddable map's page: the map with the municipalities' names, its legend with counts,
//! caption and attribution as text, links to the same data as a table and to the full map, and
//! the support line. No script and no cookie; its links open in a new tab, as the frame may not
//! show the site itself.

use super::shapes::{HEIGHT, WIDTH};
use super::svg_file;
use crate::i18n::{k, long_date};
use chrono::NaiveDate;
use domain::escape::markup as escape;
use domain::model::OrgKind;
use domain::model::embed::Embed;
use domain::model::palette;
use domain::model::summary::MapData;
use domain::model::support::{EMERGENCY, SUPPORT_LINE};
use std::fmt::Write as _;

/// The page's only styles: the map fits the frame, and focus shows as on the site.
const STYLE: &str = "body{margin:0;font-family:system-ui,sans-serif;color:#1f1f1f;background:#fff}\
main{padding:8px}h1{font-size:1.15rem;margin:0}h2{font-size:1rem;margin:.6em 0 .2em}\
svg.karta{display:block;width:100%;height:auto}p{margin:.4em 0}ul{list-style:none;margin:0;padding:0}\
li{display:flex;align-items:center;gap:.5em;margin:.2em 0}a{color:#1e3a8a}\
a:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}";

/// A legend line: a swatch drawn with `fill`, the text, the count.
fn legend_line(out: &mut String, fill: &str, text: &str, count: usize) {
    let _ = write!(
        out,
        r#"<li><svg width="32" height="22" aria-hidden="true"><rect x="1" y="1" width="30" height="20" fill="{fill}" stroke="{border}" stroke-width="1.5"/></svg>{text}: <strong>{count}</strong></li>"#,
        border = palette::BORDER,
        text = escape(text),
    );
}

/// The page for `embed` on `date`, linking to the site at `base`.
pub fn render(embed: Embed, data: &MapData, date: NaiveDate, base: &str) -> String {
    let (lang, indicator) = (embed.lang, embed.indicator);
    let when = long_date(lang, date);
    let title = indicator.map_title(lang);
    let mut out = String::with_capacity(24 * 1024);
    let _ = write!(
        out,
        r#"<!DOCTYPE html><html lang="{code}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>{page}</title><style>{STYLE}</style></head><body><main><h1>{title}</h1><p>{as_of}</p><svg class="karta" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="karta-titel karta-beskrivning"><title id="karta-titel">{title}</title><desc id="karta-beskrivning">{desc}</desc><defs>"#,
        code = lang.code(),
        page = escape(&embed.title()),
        title = escape(&title),
        as_of = escape(&lang.tf(k::SVGMAP_AS_OF, &[("date", &when)])),
        desc = escape(&lang.tf(
            k::SVGMAP_DESC,
            &[
                ("indicator", &indicator.label(lang).to_lowercase()),
                ("date", &when),
            ]
        )),
    );
    svg_file::defs(&mut out);
    out.push_str("</defs>");
    svg_file::areas(&mut out, lang, data, indicator);
    out.push_str("</svg>");
    let key = svg_file::short_key(lang);
    if !key.is_empty() {
        let _ = write!(out, "<p>{}</p>", escape(&key));
    }
    let _ = write!(
        out,
        "<h2>{legend}</h2><p>{count}</p><ul>",
        legend = escape(lang.t(k::MAP_LEGEND)),
        count = escape(lang.t(k::SVGMAP_COUNT)),
    );
    for (category, count) in data.counts(indicator, &[OrgKind::Municipality]) {
        legend_line(
            &mut out,
            &format!("url(#p-{})", category.style.id),
            indicator.category_label(category, lang),
            count,
        );
    }
    let _ = write!(
        out,
        r##"<li><svg width="32" height="22" aria-hidden="true"><use href="#{mark}" x="5" y="0" width="22" height="22"/></svg>{old}: <strong>{old_count}</strong></li></ul>"##,
        mark = super::patterns::OLD_MARK,
        old = escape(lang.t(k::AGE_LEGEND)),
        old_count = data.old_count(indicator, &[OrgKind::Municipality]),
    );
    let link = |href: &str, text: &str| {
        format!(
            r#"<a href="{}" target="_blank" rel="noopener">{} <span>{}</span></a>"#,
            escape(href),
            escape(text),
            escape(lang.t(k::EMBED_NEW_TAB)),
        )
    };
    let full = embed.full_map(base);
    let _ = write!(
        out,
        r#"<p>{caption}</p><p>{attribution}</p><p>{table}</p><p>{site}</p><p><strong>{support}</strong> {line} <a href="{line_href}">{line_number}</a>. {emergency} <a href="{emergency_href}">{emergency_number}</a>.</p></main></body></html>"#,
        caption = escape(&lang.tf(k::SVGMAP_CAPTION, &[("date", &when)])),
        attribution = escape(lang.t(k::ATTRIBUTION)),
        table = link(&format!("{full}#tabellrubrik"), lang.t(k::MAP_TABLE)),
        site = link(&full, lang.t(k::EMBED_FULL_MAP)),
        support = escape(lang.t(k::SUPPORT_TITLE)),
        line = escape(lang.t(k::SUPPORT_LINE)),
        emergency = escape(lang.t(k::SUPPORT_EMERGENCY)),
        line_href = SUPPORT_LINE.href(),
        line_number = SUPPORT_LINE.shown,
        emergency_href = EMERGENCY.href(),
        emergency_number = EMERGENCY.shown,
    );
    out
}
