//! The saves in a period.

use super::{Data, PARAMS, Section};
use crate::components::as_of::kept_inputs;
use crate::i18n::k;
use crate::i18n::{long_date, use_lang};
use domain::model::revision::field_name;
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
    view! {
        <Section id="andringar" title=lang.tf(k::OV_CHANGES, &[("date", &long_date(lang, o.since))])>
            <form method="get" action="/oversikt#andringar" class="mt-2 flex flex-wrap items-end gap-3 print:hidden">
                <div class="flex flex-col">
                    <label for="sedan" class="font-semibold">{lang.t(k::OV_CHANGES_LABEL)}</label>
                    <input id="sedan" name="sedan" type="date" value=o.since.to_string() class="mt-1 rounded border border-stone-600 bg-white px-3 py-2" />
                </div>
                {kept}
                <button type="submit" class="rounded border border-blue-900 bg-blue-900 px-4 py-2 text-white">{lang.t(k::OV_CHANGES_SUBMIT)}</button>
            </form>
            <p class="mt-2 text-sm">{lang.tf(k::OV_CHANGES_PERIOD, &[("from", &long_date(lang, o.since)), ("to", &long_date(lang, o.date))])}</p>
            <ul class="divide-y divide-stone-200" id="andringslista">{items}</ul>
            {empty}
        </Section>
    }
}
