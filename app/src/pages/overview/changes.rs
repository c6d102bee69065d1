//! The saves in a period.

use super::{Data, PARAMS, Part, Section};
use crate::components::as_of::kept_inputs;
use crate::components::scroll_region::ScrollRegion;
use crate::components::swatch::Swatch;
use crate::i18n::k;
use crate::i18n::{long_date, use_lang};
use domain::model::revision::field_name;
use domain::view::indicator_history::CategoryMove;
use leptos::prelude::*;

#[component]
pub fn Changes(o: Data) -> impl IntoView {
    let lang = use_lang();
    let items = o
        .changes
        .iter()
        .map(|c| {
            let fields = if c.fields.is_empty() {
                lang.t(k::OV_CHANGES_NO_FIELDS).to_owned()
            } else {
                c.fields
                    .iter()
                    .map(|(field, label)| field_name(field, label, lang))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            view! {
                <li class="py-2">
                    <strong>{c.org.name()}</strong>
                    {format!(" – {} – {}: ", long_date(lang, c.at.date_naive()), c.by)}
                    {fields}
                    " "
                    <a class="text-blue-900 underline" href=format!("/profil/{}/historik", c.org)>
                        <span>{lang.t(k::OV_CHANGES_HISTORY)}</span><span class="sr-only">" " {lang.tf(k::OV_CHANGES_HISTORY_FOR, &[("name", c.org.name())])}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    let empty = o.changes.is_empty().then(|| {
        view! { <p class="mt-2">{lang.t(k::OV_CHANGES_NONE)}</p> }
    });
    let kept = kept_inputs(PARAMS, &["sedan"]);
    let moves = (!o.moves.is_empty()).then(|| moves_table(lang, &o));
    view! {
        <Section part=Part::Changes title=lang.tf(k::OV_CHANGES, &[("date", &long_date(lang, o.since))])>
            <form method="get" action=format!("/oversikt#{}", Part::Changes.id()) class="mt-2 flex flex-wrap items-end gap-3 print:hidden">
                <div class="flex flex-col">
                    <label for="sedan" class="font-semibold">{lang.t(k::OV_CHANGES_LABEL)}</label>
                    <input id="sedan" name="sedan" type="date" value=o.since.to_string() class="mt-1 rounded border border-stone-600 bg-white px-3 py-2" />
                </div>
                {kept}
                <button type="submit" class="rounded border border-blue-900 bg-blue-900 px-4 py-2 text-white">{lang.t(k::OV_CHANGES_SUBMIT)}</button>
            </form>
            <p class="mt-2 text-sm">{lang.tf(k::OV_CHANGES_PERIOD, &[("from", &long_date(lang, o.since)), ("to", &long_date(lang, o.date))])}</p>
            {moves}
            <ul class="divide-y divide-stone-200" id="andringslista">{items}</ul>
            {empty}
        </Section>
    }
}

const CELL: &str = "border-t border-stone-300 p-2 text-left align-top";

/// Each indicator a save moved to another category, with both categories in words and the new
/// one's swatch.
fn moves_table(lang: domain::i18n::Lang, o: &Data) -> impl IntoView + use<> {
    let category = |m: &CategoryMove, key: &str| {
        m.indicator
            .category_by_key(key)
            .map(|c| m.indicator.category_label(c, lang))
            .unwrap_or_default()
    };
    let rows = o
        .moves
        .iter()
        .map(|m| {
            let after = m.indicator.category_by_key(&m.after);
            view! {
                <tr data-flytt=m.indicator.key() data-org=m.org.as_str().to_owned()>
                    <th scope="row" class=CELL>{m.org.name()}</th>
                    <td class=CELL>{m.indicator.label(lang)}</td>
                    <td class=CELL>
                        {category(m, &m.before)} " → "
                        {after.map(|c| view! { <Swatch style=c.style /> })}
                        " " <strong>{category(m, &m.after)}</strong>
                    </td>
                    <td class=CELL>{long_date(lang, m.on)}</td>
                    <td class=CELL>{m.by.clone().unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    let moves_caption = lang.tf(k::OV_CHANGES_MOVES, &[("date", &long_date(lang, o.since))]);
    view! {
        <ScrollRegion label=moves_caption.clone() class="mt-4">
            <table class="w-full border-collapse bg-white text-sm" id="kategoriflyttar">
                <caption class="p-2 text-left font-semibold">{moves_caption}</caption>
                <thead><tr>
                    <th scope="col" class=CELL>{lang.t(k::OV_CHANGES_MOVES_ORG)}</th>
                    <th scope="col" class=CELL>{lang.t(k::OV_CHANGES_MOVES_INDICATOR)}</th>
                    <th scope="col" class=CELL>{lang.t(k::OV_CHANGES_MOVES_CHANGE)}</th>
                    <th scope="col" class=CELL>{lang.t(k::OV_CHANGES_MOVES_DATE)}</th>
                    <th scope="col" class=CELL>{lang.t(k::OV_CHANGES_MOVES_BY)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </ScrollRegion>
    }
}
