//! An indicator's history on a profile: a step chart drawn on the server (a row per category it
//! passed through, time from left to right), and the same steps in a table that screen readers
//! and print read instead of the picture.

use crate::components::swatch::Swatch;
use crate::i18n::k;
use crate::i18n::{Lang, long_date};
use chrono::NaiveDate;
use domain::model::palette;
use domain::view::indicator_history::IndicatorHistory;
use leptos::prelude::*;

const LABELS: i64 = 190;
const WIDTH: i64 = 520;
const ROW: i64 = 28;

/// The chart's line: along each step's row from its first day to the next step's (or `on`).
fn line(h: &IndicatorHistory, rows: &[&str], on: NaiveDate) -> String {
    let start = h.steps.first().map_or(on, |s| s.from.min(on));
    let span = (on - start).num_days().max(1);
    let x = |d: NaiveDate| LABELS + (d.min(on) - start).num_days() * WIDTH / span;
    let y = |key: &str| {
        let row = rows.iter().position(|r| *r == key).unwrap_or_default() as i64;
        row * ROW + ROW / 2
    };
    let mut d = String::new();
    for (i, step) in h.steps.iter().enumerate() {
        let (sx, sy) = (x(step.from), y(&step.category));
        d.push_str(&if i == 0 {
            format!("M{sx} {sy}")
        } else {
            format!("V{sy}")
        });
        let end = h.steps.get(i + 1).map_or(on, |next| next.from);
        d.push_str(&format!("H{}", x(end)));
    }
    d
}

pub fn history_view(lang: Lang, h: &IndicatorHistory, on: NaiveDate) -> AnyView {
    let categories = h.rows();
    let keys: Vec<&str> = categories.iter().map(|c| c.key).collect();
    let height = ROW * categories.len() as i64;
    let labels = categories
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let y = i as i64 * ROW + ROW / 2;
            view! {
                <line x1=LABELS x2=LABELS + WIDTH y1=y y2=y stroke="#d6d3d1" stroke-width="1" />
                <text x=LABELS - 8 y=y + 5 text-anchor="end" font-size="14">{h.indicator.category_label(c, lang)}</text>
            }
        })
        .collect_view();
    let rows = h
        .steps
        .iter()
        .map(|s| {
            let category = h.indicator.category_by_key(&s.category);
            view! {
                <tr>
                    <td class="border border-stone-300 px-2 py-1">{long_date(lang, s.from)}</td>
                    <td class="border border-stone-300 px-2 py-1">
                        <span class="flex items-center gap-2">
                            {category.map(|c| view! { <Swatch style=c.style /> })}
                            {category.map(|c| h.indicator.category_label(c, lang)).unwrap_or_default()}
                        </span>
                    </td>
                    <td class="border border-stone-300 px-2 py-1">{s.by.clone().unwrap_or_else(|| lang.t(k::PROFILE_HISTORY_DOCUMENTS).to_owned())}</td>
                </tr>
            }
        })
        .collect_view();
    let changes = h.steps.len().saturating_sub(1).to_string();
    view! {
        <details class="py-2" data-historik=h.indicator.key()>
            <summary class="cursor-pointer font-semibold">
                {h.indicator.label(lang)} " – " {lang.tf(k::PROFILE_HISTORY_CHANGES, &[("n", &changes)])}
            </summary>
            <svg viewBox=format!("0 0 {} {}", LABELS + WIDTH + 8, height) class="mt-2 h-auto w-full max-w-2xl" aria-hidden="true" focusable="false">
                {labels}
                <path d=line(h, &keys, on) fill="none" stroke=palette::BORDER stroke-width="3" stroke-linejoin="round" />
            </svg>
            <table class="mt-2 border-collapse text-sm">
                <caption class="p-1 text-left">{lang.tf(k::PROFILE_HISTORY_CAPTION, &[("indicator", h.indicator.label(lang))])}</caption>
                <thead><tr>
                    <th scope="col" class="border border-stone-300 px-2 py-1 text-left">{lang.t(k::PROFILE_HISTORY_COL_FROM)}</th>
                    <th scope="col" class="border border-stone-300 px-2 py-1 text-left">{lang.t(k::PROFILE_HISTORY_COL_CATEGORY)}</th>
                    <th scope="col" class="border border-stone-300 px-2 py-1 text-left">{lang.t(k::PROFILE_HISTORY_COL_BY)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
    .into_any()
}
