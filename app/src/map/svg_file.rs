//! The map as a standalone SVG file, for download, printing and the overview: the coloured
//! municipalities with their names, the legend with counts, a caption and the attribution.

use super::patterns::{OLD_MARK, OLD_MARK_HANDS, OLD_MARK_R, marks};
use super::shapes::{HEIGHT, LABEL_FONT_WIDE, SHAPES, WIDE, WIDTH, short_labels};
use crate::i18n::k;
use crate::i18n::{Lang, long_date};
use chrono::NaiveDate;
use domain::escape::markup as escape;
use domain::model::palette::{self, Style};
use domain::model::summary::MapData;
use domain::model::{Indicator, OrgKind};
use std::fmt::Write;

const LEGEND_X: u32 = WIDTH + 40;
const LEGEND_WIDTH: u32 = 520;
const TOP: u32 = 110;
const FONT: &str = "DejaVu Sans, Liberation Sans, Arial, sans-serif";

fn pattern(out: &mut String, style: &Style, size: u32) {
    let factor = f64::from(size) / 16.0;
    let _ = write!(
        out,
        r#"<pattern id="p-{id}" patternUnits="userSpaceOnUse" width="{size}" height="{size}"><rect width="{size}" height="{size}" fill="{fill}"/><path d="{d}" transform="scale({factor})" stroke="{border}" stroke-width="1.2" fill="none"/></pattern>"#,
        id = style.id,
        fill = style.fill,
        d = marks(style.pattern),
        border = palette::BORDER,
    );
}

/// The patterns of every category and the mark of old values, for `<defs>`.
pub(crate) fn defs(out: &mut String) {
    for style in palette::all_styles() {
        pattern(out, &style, 16);
    }
    let _ = write!(
        out,
        r##"<symbol id="{OLD_MARK}" viewBox="0 0 20 20"><circle cx="10" cy="10" r="{OLD_MARK_R}" fill="#ffffff" stroke="{b}" stroke-width="2"/><path d="{OLD_MARK_HANDS}" fill="none" stroke="{b}" stroke-width="2" stroke-linecap="round"/></symbol>"##,
        b = palette::BORDER,
    );
}

/// The municipalities in their categories' patterns, with their names (as the wide map writes
/// them) and the marks of old values, in map units.
pub(crate) fn areas(out: &mut String, lang: Lang, data: &MapData, indicator: Indicator) {
    for shape in &SHAPES {
        let Some(org) = data.orgs.iter().find(|o| o.id.as_str() == shape.code) else {
            continue;
        };
        let category = org.category(indicator);
        let _ = write!(
            out,
            r#"<path d="{d}" fill="url(#p-{id})" fill-rule="evenodd" stroke="{border}" stroke-width="2" stroke-linejoin="round"><title>{label}</title></path>"#,
            d = shape.d,
            id = category.style.id,
            border = palette::BORDER,
            label = escape(&org.accessible_name(lang, indicator)),
        );
    }
    for shape in &SHAPES {
        let Some(org) = data.orgs.iter().find(|o| o.id.as_str() == shape.code) else {
            continue;
        };
        if let Some(label) = WIDE(shape) {
            let _ = write!(
                out,
                r#"<text x="{x}" y="{y}" font-size="{LABEL_FONT_WIDE}" font-weight="bold" text-anchor="middle" dominant-baseline="central" paint-order="stroke" stroke="white" stroke-width="4" stroke-linejoin="round">{text}</text>"#,
                x = label.x,
                y = label.y,
                text = escape(label.text),
            );
        }
        if org.is_old(indicator) {
            let _ = write!(
                out,
                r##"<use href="#{OLD_MARK}" x="{x}" y="{y}" width="28" height="28"/>"##,
                x = shape.label_x.saturating_sub(14),
                y = shape.label_y.saturating_sub(14),
            );
        }
    }
}

/// The SVG document for `indicator` on `date`, in `lang`.
pub fn render(lang: Lang, data: &MapData, indicator: Indicator, date: NaiveDate) -> String {
    let when = long_date(lang, date);
    let total_width = LEGEND_X + LEGEND_WIDTH;
    // The categories, then the mark of values older than two years.
    let legend_rows = indicator.categories().len() as u32 + 1;
    let total_height = TOP + HEIGHT.max(legend_rows * 56 + 80) + 160;
    let title = indicator.map_title(lang);
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {total_width} {total_height}" width="{total_width}" height="{total_height}" font-family="{FONT}" role="img" aria-labelledby="titel beskrivning"><title id="titel">{t}</title><desc id="beskrivning">{d}</desc><defs>"#,
        t = escape(&title),
        d = escape(&lang.tf(
            k::SVGMAP_DESC,
            &[
                ("indicator", &indicator.label(lang).to_lowercase()),
                ("date", &when),
            ]
        )),
    );
    defs(&mut out);
    let _ = write!(
        out,
        r#"</defs><rect width="{total_width}" height="{total_height}" fill="white"/><text x="20" y="50" font-size="34" font-weight="bold">{}</text><text x="20" y="88" font-size="24">{}</text><g transform="translate(0 {TOP})">"#,
        escape(&title),
        escape(&lang.tf(k::SVGMAP_AS_OF, &[("date", &when)])),
    );
    areas(&mut out, lang, data, indicator);
    let _ = write!(
        out,
        r#"</g><g transform="translate({LEGEND_X} {TOP})"><text x="0" y="0" font-size="26" font-weight="bold">{}</text><text x="0" y="34" font-size="20">{}</text>"#,
        escape(lang.t(k::MAP_LEGEND)),
        escape(lang.t(k::SVGMAP_COUNT)),
    );
    for (row, (category, count)) in data
        .counts(indicator, &[OrgKind::Municipality])
        .into_iter()
        .enumerate()
    {
        let y = 60 + row as u32 * 56;
        let _ = write!(
            out,
            r#"<rect x="0" y="{y}" width="56" height="40" fill="url(#p-{id})" stroke="{border}" stroke-width="1.5"/><text x="72" y="{ty}" font-size="21">{label}</text><text x="{cx}" y="{ty}" font-size="21" font-weight="bold" text-anchor="end">{count}</text>"#,
            id = category.style.id,
            border = palette::BORDER,
            ty = y + 28,
            label = escape(indicator.category_label(category, lang)),
            cx = LEGEND_WIDTH - 20,
        );
    }
    let y = 60 + (legend_rows - 1) * 56;
    let _ = write!(
        out,
        r##"<use href="#{OLD_MARK}" x="8" y="{y}" width="40" height="40"/><text x="72" y="{ty}" font-size="21">{label}</text><text x="{cx}" y="{ty}" font-size="21" font-weight="bold" text-anchor="end">{count}</text>"##,
        ty = y + 28,
        label = escape(lang.t(k::AGE_LEGEND)),
        cx = LEGEND_WIDTH - 20,
        count = data.old_count(indicator, &[OrgKind::Municipality]),
    );
    let caption_y = TOP + HEIGHT.max(legend_rows * 56 + 80) + 40;
    let _ = write!(
        out,
        r#"</g><text x="20" y="{caption_y}" font-size="20">{caption}</text><text x="20" y="{ky}" font-size="18">{key}</text><text x="20" y="{ay}" font-size="18">{attribution}</text></svg>"#,
        caption = escape(&lang.tf(k::SVGMAP_CAPTION, &[("date", &when)])),
        ky = caption_y + 34,
        key = escape(&short_key(lang)),
        ay = caption_y + 68,
        attribution = escape(lang.t(k::ATTRIBUTION)),
    );
    out
}

/// What the short labels on the wide map stand for ("Förkortningar på kartan: Ave Avesta, …"),
/// or nothing when every name is written whole.
pub(crate) fn short_key(lang: Lang) -> String {
    let pairs = short_labels(WIDE);
    if pairs.is_empty() {
        return String::new();
    }
    let entries: Vec<String> = pairs
        .into_iter()
        .map(|(short, name)| format!("{short} {name}"))
        .collect();
    format!("{}: {}", lang.t(k::MAP_SHORT_KEY), entries.join(", "))
}

/// A file name such as `kvinnofridskartan-rok-2026-11-23.svg`.
pub fn file_name(indicator: Indicator, date: NaiveDate, extension: &str) -> String {
    format!("kvinnofridskartan-{}-{date}.{extension}", indicator.key())
}

#[cfg(test)]
mod tests;
