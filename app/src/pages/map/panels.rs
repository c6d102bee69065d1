//! Beside and below the map: the legend with its counts, the cards for the organisations the
//! map does not draw, the details of the chosen one, and the same data as a table.

use super::find;
use crate::components::age::AgeLine;
use crate::components::scroll_region::ScrollRegion;
use crate::components::swatch::{OrgRow, Swatch};
use crate::i18n::k;
use crate::i18n::use_lang;
use crate::map::patterns::{LATE_MARK, MarkIcon, OLD_MARK};
use domain::model::summary::MapData;
use domain::model::{Indicator, OrgId, OrgKind};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub(super) fn Legend(data: Arc<MapData>, indicator: Memo<Indicator>) -> impl IntoView {
    let lang = use_lang();
    let ages = data.clone();
    let late = data.plan_counts(&[OrgKind::Municipality]).late;
    view! {
        <section aria-labelledby="teckenforklaring">
            <h2 id="teckenforklaring" class="text-xl font-bold">{lang.t(k::MAP_LEGEND)}</h2>
            <p class="text-sm text-stone-700">{move || indicator.get().label(lang)} ", " {lang.t(k::MAP_LEGEND_COUNT)}</p>
            <ul class="mt-2 space-y-1" id="legend">
                {move || {
                    data.counts(indicator.get(), &[OrgKind::Municipality])
                        .into_iter()
                        .map(|(category, n)| {
                            view! {
                                <li class="flex items-center gap-2" data-kategori=category.key>
                                    <Swatch style=category.style />
                                    <span>{indicator.get().category_label(category, lang)}</span>
                                    <span class="sr-only">", " {lang.t(k::MAP_LEGEND_PATTERN)} " " {category.style.pattern_words(lang)}</span>
                                    <span class="ml-auto font-semibold tabular-nums" data-antal="">{n}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <p class="mt-2 flex items-center gap-2" id="legend-inaktuell">
                <MarkIcon mark=OLD_MARK />
                <span>{lang.t(k::AGE_LEGEND)}</span>
                <span class="ml-auto font-semibold tabular-nums" data-antal="">
                    {move || ages.old_count(indicator.get(), &[OrgKind::Municipality])}
                </span>
            </p>
            {move || (indicator.get() == Indicator::Lok).then(|| view! {
                <p class="mt-2 flex items-center gap-2" id="legend-forsenad">
                    <MarkIcon mark=LATE_MARK />
                    <span>{lang.t(k::LOK_PLAN_LEGEND)}</span>
                    <span class="ml-auto font-semibold tabular-nums" data-antal="">{late}</span>
                </p>
            })}
        </section>
    }
}

#[component]
pub(super) fn OrgCards(data: Arc<MapData>, indicator: Memo<Indicator>) -> impl IntoView {
    let lang = use_lang();
    let cards = data
        .orgs
        .iter()
        .filter(|o| o.kind != OrgKind::Municipality)
        .map(|org| {
            let for_body = org.clone();
            view! {
                <li>
                    <a
                        href=data.profile_href(&org.id)
                        class="block rounded border border-stone-700 bg-white p-3 hover:bg-stone-100"
                    >
                        <span class="block font-semibold text-blue-900 underline">{org.name.clone()}</span>
                        {move || {
                            let i = indicator.get();
                            let c = for_body.category(i);
                            view! {
                                <span class="mt-1 flex items-center gap-2">
                                    <Swatch style=c.style />
                                    {i.short(lang)} ": " {i.category_label(c, lang)}
                                </span>
                            }
                        }}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="regionala">
            <h2 id="regionala" class="text-xl font-bold">{lang.t(k::MAP_CARDS)}</h2>
            <ul class="mt-2 grid gap-2 sm:grid-cols-2">{cards}</ul>
        </section>
    }
}

#[component]
pub(super) fn DetailsPanel(
    data: Arc<MapData>,
    indicator: Memo<Indicator>,
    selected: RwSignal<Option<OrgId>>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section aria-labelledby="detaljer" class="rounded border border-stone-400 bg-white p-4">
            <h2 id="detaljer" class="text-xl font-bold">{lang.t(k::MAP_DETAILS)}</h2>
            <div aria-live="polite">
                {move || match selected.get().and_then(|id| find(&data, &id)) {
                    None => view! {
                        <p class="mt-2">{lang.t(k::MAP_DETAILS_EMPTY)}</p>
                    }
                    .into_any(),
                    Some(org) => {
                        let i = indicator.get();
                        let c = org.category(i);
                        let detail = org.cell(i).and_then(|c| c.detail.clone());
                        view! {
                            <p class="mt-2 text-lg font-semibold">{org.name.clone()}</p>
                            <p>{i.label(lang)} ": " {i.category_label(c, lang)}</p>
                            {detail.map(|d| view! { <p class="text-stone-700">{d}</p> })}
                            <AgeLine cell=org.cell(i).cloned() on=data.on />
                            <a class="mt-2 inline-block text-blue-900 underline" href=data.profile_href(&org.id)>
                                {lang.tf(k::MAP_DETAILS_OPEN, &[("name", &org.name)])}
                            </a>
                        }
                        .into_any()
                    }
                }}
            </div>
        </section>
    }
}

#[component]
pub(super) fn DataTable(data: Arc<MapData>, indicator: Memo<Indicator>) -> impl IntoView {
    let lang = use_lang();
    let rows = data
        .orgs
        .iter()
        .map(|org| view! { <OrgRow org=org.clone() href=data.profile_href(&org.id) /> })
        .collect_view();
    view! {
        <section aria-labelledby="tabellrubrik" class="mt-10">
            <h2 id="tabellrubrik" class="text-xl font-bold">{lang.t(k::MAP_TABLE)}</h2>
            <ScrollRegion labelledby="tabellrubrik" class="mt-2">
                <table id="organisationstabell" class="min-w-full border-collapse bg-white text-sm">
                    <caption class="p-2 text-left">
                        {move || lang.tf(k::MAP_TABLE_CAPTION, &[("indicator", indicator.get().label(lang))])}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col" class="border border-stone-300 px-2 py-1 text-left">{lang.t(k::MAP_TABLE_ORG)}</th>
                            {Indicator::ALL
                                .into_iter()
                                .map(|i| {
                                    view! {
                                        <th scope="col" class="border border-stone-300 px-2 py-1 text-left">
                                            {i.label(lang)}
                                        </th>
                                    }
                                })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </ScrollRegion>
        </section>
    }
}
