//! The comparison table: sortable, filterable, its state kept in the query.

use super::{Data, PARAMS, Part, Section};
use crate::components::as_of::{kept, kept_inputs};
use crate::components::scroll_region::ScrollRegion;
use crate::components::swatch::OrgRow;
use crate::i18n::k;
use crate::i18n::{Lang, use_lang};
use domain::model::Indicator;
use domain::view::comparison::{KindFilter, SortColumn, TableState};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The overview's link for a table state, keeping the page's other query values.
fn table_href(state: TableState, others: &[(&'static str, String)]) -> String {
    let mut pairs = state.to_query();
    pairs.extend(others.iter().cloned());
    let query: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", domain::model::links::encode(v)))
        .collect();
    let anchor = Part::Comparison.id();
    if query.is_empty() {
        format!("/oversikt#{anchor}")
    } else {
        format!("/oversikt?{}#{anchor}", query.join("&"))
    }
}

fn column_label(lang: Lang, column: SortColumn) -> &'static str {
    match column {
        SortColumn::County => lang.t(k::OV_TABLE_COUNTY_ORDER),
        SortColumn::Name => lang.t(k::OV_TABLE_ORG),
        SortColumn::Indicator(i) => i.label(lang),
    }
}

#[component]
pub fn Comparison(o: Data) -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let state = Memo::new(move |_| {
        let q = query.read();
        TableState::from_query(|k| q.get(k))
    });
    let header = move |column: SortColumn| {
        let s = state.get();
        let others = kept(PARAMS, &TableState::PARAMS);
        let active = s.sort == column;
        let sort = if !active {
            "none"
        } else if s.descending {
            "descending"
        } else {
            "ascending"
        };
        let arrow = if !active {
            "↕"
        } else if s.descending {
            "▼"
        } else {
            "▲"
        };
        let next = if active && !s.descending {
            lang.t(k::OV_TABLE_DESCENDING)
        } else {
            lang.t(k::OV_TABLE_ASCENDING)
        };
        let href = table_href(s.sorted_by(column), &others);
        view! {
            <th scope="col" aria-sort=sort class="border border-stone-300 px-2 py-1 text-left align-bottom" data-kolumn=column.key()>
                <a class="text-blue-900 underline" href=href>
                    {column_label(lang, column)}
                    <span aria-hidden="true">" " {arrow}</span>
                    <span class="sr-only">", " {lang.tf(k::OV_TABLE_SORT, &[("order", next)])}</span>
                </a>
            </th>
        }
    };
    let counted = o.clone();
    let rows = Memo::new(move |_| state.get().apply(&counted.map.orgs).len());
    let body = move || {
        let s = state.get();
        let shown = s.apply(&o.map.orgs);
        shown
            .into_iter()
            .map(|org| view! { <OrgRow org=org.clone() href=o.map.profile_href(&org.id) /> })
            .collect_view()
    };
    let status = move || {
        let s = state.get();
        let order = if s.descending {
            lang.t(k::OV_TABLE_DESCENDING)
        } else {
            lang.t(k::OV_TABLE_ASCENDING)
        };
        lang.tf(
            k::OV_TABLE_STATUS,
            &[
                ("shown", &rows.get().to_string()),
                ("column", &column_label(lang, s.sort).to_lowercase()),
                ("order", order),
            ],
        )
    };
    view! {
        <Section part=Part::Comparison>
            <FilterForm state />
            <p class="mt-2" role="status" id="jamforelse-status">{status}</p>
            <ScrollRegion labelledby="jamforelse-rubrik" class="mt-2">
                <table id="jamforelsetabell" class="min-w-full border-collapse text-sm">
                    <caption class="p-2 text-left">
                        {lang.t(k::OV_TABLE_CAPTION)}
                    </caption>
                    <thead>
                        <tr>
                            {move || header(SortColumn::Name)}
                            {Indicator::ALL
                                .into_iter()
                                .map(|i| move || header(SortColumn::Indicator(i)))
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </ScrollRegion>
        </Section>
    }
}

#[component]
fn FilterForm(state: Memo<TableState>) -> impl IntoView {
    let lang = use_lang();
    let kept = kept_inputs(PARAMS, &["visa", "kategori"]);
    let selected_category = move || {
        state
            .get()
            .category
            .map(|(i, k)| format!("{}:{k}", i.key()))
            .unwrap_or_default()
    };
    let groups = Indicator::ALL
        .into_iter()
        .map(|i| {
            let options = i
                .categories()
                .iter()
                .map(|c| {
                    let value = format!("{}:{}", i.key(), c.key);
                    let for_selected = value.clone();
                    view! {
                        <option value=value selected=move || selected_category() == for_selected>
                            {format!("{}: {}", i.short(lang), i.category_label(c, lang))}
                        </option>
                    }
                })
                .collect_view();
            view! { <optgroup label=i.label(lang)>{options}</optgroup> }
        })
        .collect_view();
    view! {
        <form method="get" action=format!("/oversikt#{}", Part::Comparison.id()) class="mt-3 flex flex-wrap items-end gap-3 print:hidden" id="jamforelse-filter">
            <div class="flex max-w-full min-w-0 flex-col">
                <label for="filter-visa" class="font-semibold">{lang.t(k::OV_FILTER_KINDS)}</label>
                <select id="filter-visa" name="visa" class="mt-1 max-w-full rounded border border-stone-600 bg-white px-3 py-2">
                    {KindFilter::ALL
                        .into_iter()
                        .map(|k| view! {
                            <option value=k.key() selected=move || state.get().kinds == k>{k.label(lang)}</option>
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="flex max-w-full min-w-0 flex-col">
                <label for="filter-kategori" class="font-semibold">{lang.t(k::OV_FILTER_CATEGORY)}</label>
                <select id="filter-kategori" name="kategori" class="mt-1 max-w-full rounded border border-stone-600 bg-white px-3 py-2">
                    <option value="" selected=move || state.get().category.is_none()>{lang.t(k::OV_FILTER_ANY)}</option>
                    {groups}
                </select>
            </div>
            {kept}
            <button type="submit" class="rounded border border-blue-900 bg-blue-900 px-4 py-2 text-white">{lang.t(k::OV_FILTER_SUBMIT)}</button>
            <a class="py-2 text-blue-900 underline" href=format!("/oversikt#{}", Part::Comparison.id())>{lang.t(k::OV_FILTER_RESET)}</a>
        </form>
    }
}
