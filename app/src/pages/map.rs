//! The map page `/`: indicator picker, the county map, legend, cards for the region and the
//! county board, a details panel and the same data as a table.

use crate::components::age::AgeLine;
use crate::components::as_of::{DateForm, PastNotice};
use crate::components::layout::attribution;
use crate::components::notes::IndicatorNotes;
use crate::components::rok::RokOverview;
use crate::components::swatch::{OrgRow, Swatch};
use crate::i18n::k;
use crate::i18n::use_lang;
use crate::map::patterns::{OLD_MARK, OldMarkIcon, PatternDefs, SwatchDefs, pattern_id};
use crate::map::shapes::{HEIGHT, SHAPES, WIDTH};
use api::{get_county_facts, get_map_data};
use domain::model::county::CountyFacts;
use domain::model::summary::{MapData, OrgSummary};
use domain::model::{Indicator, OrgId, OrgKind, palette};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use std::sync::Arc;

/// The query names the map keeps its state in.
const PARAMS: &[&str] = &["indikator", "datum"];

#[component]
pub fn MapPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let indicator =
        Memo::new(move |_| Indicator::from_query(query.read().get("indikator").as_deref()));
    let datum = crate::components::as_of::use_datum();
    let data = api::codec::resource(move || datum.get(), get_map_data);
    let county = api::codec::resource(move || datum.get(), get_county_facts);
    // A map left open in a tab shows saves made elsewhere as soon as the tab is used again.
    Effect::new(move |_| {
        let listener = window_event_listener(leptos::ev::focus, move |_| data.refetch());
        on_cleanup(move || listener.remove());
    });
    view! {
        <crate::components::layout::PageTitle text=lang.t(k::MAP_TITLE) />
        <h1 class="text-3xl font-bold">{lang.t(k::MAP_H1)}</h1>
        <p class="mt-2 max-w-3xl">{lang.t(k::MAP_INTRO)}</p>
        <IndicatorPicker indicator datum />
        <DateForm action="/" params=PARAMS />
        <Transition fallback=move || view! { <p>{lang.t(k::MAP_LOADING)}</p> }>
            {move || Suspend::new(async move {
                match (data.await, county.await) {
                    (Ok(data), Ok(county)) => {
                        view! {
                            <PastNotice date=data.shown_on today_href=today_href(indicator.get_untracked()) />
                            <MapView data=Arc::new(data) indicator county />
                        }
                        .into_any()
                    }
                    (Err(error), _) | (_, Err(error)) => view! {
                        <p role="alert" class="mt-4 rounded border border-red-700 bg-red-50 p-4">
                            {error.message(lang)}
                        </p>
                    }
                    .into_any(),
                }
            })}
        </Transition>
        <crate::components::support::SupportBox />
    }
}

fn today_href(indicator: Indicator) -> String {
    format!("/?indikator={}", indicator.key())
}

#[component]
fn IndicatorPicker(indicator: Memo<Indicator>, datum: Memo<Option<String>>) -> impl IntoView {
    let lang = use_lang();
    let navigate = use_navigate();
    let on_change = move |ev: leptos::ev::Event| {
        let key = event_target_value(&ev);
        let date = datum
            .get_untracked()
            .map(|d| format!("&datum={}", domain::model::links::encode(&d)))
            .unwrap_or_default();
        navigate(
            &format!("/?indikator={key}{date}"),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };
    view! {
        <form method="get" action="/" class="mt-6 flex flex-wrap items-end gap-3">
            <div class="flex flex-col">
                <label for="indikator" class="font-semibold">{lang.t(k::MAP_PICKER)}</label>
                <select
                    id="indikator"
                    name="indikator"
                    class="mt-1 rounded border border-stone-600 bg-white px-3 py-2"
                    on:change=on_change
                >
                    {Indicator::ALL
                        .into_iter()
                        .map(|i| {
                            view! {
                                <option value=i.key() selected=move || indicator.get() == i>
                                    {i.label(lang)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            {move || datum.get().map(|d| view! { <input type="hidden" name="datum" value=d /> })}
            <button
                type="submit"
                class="rounded border border-blue-900 bg-blue-900 px-4 py-2 text-white hover:bg-blue-800 focus:outline-offset-2"
            >
                {lang.t(k::MAP_PICKER_SUBMIT)}
            </button>
        </form>
    }
}

fn find(data: &MapData, id: &OrgId) -> Option<OrgSummary> {
    data.orgs.iter().find(|o| &o.id == id).cloned()
}

#[component]
fn MapView(data: Arc<MapData>, indicator: Memo<Indicator>, county: CountyFacts) -> impl IntoView {
    let lang = use_lang();
    let hover = RwSignal::new(None::<OrgId>);
    let selected = RwSignal::new(None::<OrgId>);
    let _esc = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            hover.set(None);
        }
    });
    let as_of = data.as_of.map_or_else(
        || lang.t(k::MAP_AS_OF_UNKNOWN).to_owned(),
        |d| crate::i18n::long_date(lang, d),
    );
    view! {
        <SwatchDefs />
        <div class="mt-6 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
            <figure class="relative">
                <MapSvg data=data.clone() indicator hover selected />
                <Tooltip data=data.clone() indicator hover />
                <figcaption class="mt-2 text-sm text-stone-800">
                    <span id="kartans-beskrivning">
                        {move || lang.tf(k::MAP_CAPTION, &[("indicator", indicator.get().label(lang))])}
                    </span>
                    " " {lang.tf(k::MAP_AS_OF, &[("date", &as_of)])}
                    <span class="block">{attribution(lang)}</span>
                    <a class="block text-blue-900 underline" href="/metod">{lang.t(k::MAP_METHOD)}</a>
                </figcaption>
            </figure>
            <div class="space-y-6">
                <Legend data=data.clone() indicator />
                <IndicatorNotes notes=county.indicator_notes.clone() indicator />
                <OrgCards data=data.clone() indicator />
                <DetailsPanel data=data.clone() indicator selected />
            </div>
        </div>
        <DataTable data=data.clone() indicator />
        <RokOverview data county />
    }
}

#[component]
fn MapSvg(
    data: Arc<MapData>,
    indicator: Memo<Indicator>,
    hover: RwSignal<Option<OrgId>>,
    selected: RwSignal<Option<OrgId>>,
) -> impl IntoView {
    let lang = use_lang();
    let areas = SHAPES
        .iter()
        .filter_map(|shape| {
            let org = data
                .orgs
                .iter()
                .find(|o| o.id.as_str() == shape.code)?
                .clone();
            let id = org.id.clone();
            let (enter_id, focus_id) = (id.clone(), id.clone());
            let for_label = org.clone();
            let label = move || for_label.accessible_name(lang, indicator.get());
            let for_mark = org.clone();
            let mark = move || {
                for_mark.is_old(indicator.get()).then(|| {
                    view! {
                        <use
                            href=format!("#{OLD_MARK}")
                            x=shape.label_x.saturating_sub(14)
                            y=shape.label_y.saturating_sub(14)
                            width="28"
                            height="28"
                            class="pointer-events-none"
                            data-inaktuell=""
                        />
                    }
                })
            };
            let fill = move || {
                format!(
                    "url(#{})",
                    pattern_id(&org.category(indicator.get()).style, "karta")
                )
            };
            Some(view! {
                <g>
                    <a
                        href=data.profile_href(&id)
                        aria-label=label
                        class="karta-omrade"
                        data-kod=shape.code
                        on:mouseenter=move |_| {
                            hover.set(Some(enter_id.clone()));
                            selected.set(Some(enter_id.clone()));
                        }
                        on:mouseleave=move |_| hover.set(None)
                        on:focus=move |_| {
                            hover.set(Some(focus_id.clone()));
                            selected.set(Some(focus_id.clone()));
                        }
                        on:blur=move |_| hover.set(None)
                    >
                        <path
                            d=shape.d
                            fill=fill
                            fill-rule="evenodd"
                            stroke=palette::BORDER
                            stroke-width="2"
                            stroke-linejoin="round"
                        />
                        {mark}
                    </a>
                </g>
            })
        })
        .collect_view();
    view! {
        <svg
            viewBox=format!("0 0 {WIDTH} {HEIGHT}")
            class="h-auto w-full max-w-2xl"
            role="group"
            aria-label=lang.t(k::MAP_SVG_LABEL)
            aria-describedby="kartans-beskrivning"
        >
            <PatternDefs scale="karta" size=16 />
            {areas}
        </svg>
    }
}

#[component]
fn Tooltip(
    data: Arc<MapData>,
    indicator: Memo<Indicator>,
    hover: RwSignal<Option<OrgId>>,
) -> impl IntoView {
    let lang = use_lang();
    move || {
        let id = hover.get()?;
        let org = find(&data, &id)?;
        let shape = SHAPES.iter().find(|s| s.code == id.as_str())?;
        let left = css_percent(shape.label_x, WIDTH);
        let top = css_percent(shape.label_y, HEIGHT);
        let i = indicator.get();
        let category = org.category(i);
        let detail = org.cell(i).and_then(|c| c.detail.clone());
        Some(view! {
            <div
                role="tooltip"
                id="karta-tooltip"
                class="pointer-events-none absolute z-10 w-64 -translate-x-1/2 rounded border border-stone-800 bg-white p-3 text-sm shadow-lg"
                style=format!("left:{left}%;top:{top}%")
            >
                <p class="font-bold">{org.name.clone()}</p>
                <p>
                    <Swatch style=category.style />
                    " "
                    {i.category_label(category, lang)}
                </p>
                {detail.map(|d| view! { <p class="mt-1 text-stone-700">{d}</p> })}
                <AgeLine cell=org.cell(i).cloned() on=data.on />
                <p class="mt-1 text-stone-700">{lang.t(k::MAP_TOOLTIP_ESC)}</p>
            </div>
        })
    }
}

#[component]
fn Legend(data: Arc<MapData>, indicator: Memo<Indicator>) -> impl IntoView {
    let lang = use_lang();
    let ages = data.clone();
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
                <OldMarkIcon />
                <span>{lang.t(k::AGE_LEGEND)}</span>
                <span class="ml-auto font-semibold tabular-nums" data-antal="">
                    {move || ages.old_count(indicator.get(), &[OrgKind::Municipality])}
                </span>
            </p>
        </section>
    }
}

#[component]
fn OrgCards(data: Arc<MapData>, indicator: Memo<Indicator>) -> impl IntoView {
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
fn DetailsPanel(
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
fn DataTable(data: Arc<MapData>, indicator: Memo<Indicator>) -> impl IntoView {
    let lang = use_lang();
    let rows = data
        .orgs
        .iter()
        .map(|org| view! { <OrgRow org=org.clone() href=data.profile_href(&org.id) /> })
        .collect_view();
    view! {
        <section aria-labelledby="tabellrubrik" class="mt-10">
            <h2 id="tabellrubrik" class="text-xl font-bold">{lang.t(k::MAP_TABLE)}</h2>
            <div class="mt-2 overflow-x-auto" role="region" aria-labelledby="tabellrubrik" tabindex="0">
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
            </div>
        </section>
    }
}

/// `part` of `whole` in percent with one decimal (`12.3`), for a position in CSS. In integers:
/// formatting a float would bring the float formatter into the code every page downloads.
fn css_percent(part: u32, whole: u32) -> String {
    let tenths = (u64::from(part) * 1000 + u64::from(whole) / 2) / u64::from(whole.max(1));
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    #[test]
    fn positions_are_percentages_rounded_to_a_tenth() {
        use super::css_percent;
        assert_eq!(css_percent(0, 640), "0.0");
        assert_eq!(css_percent(320, 640), "50.0");
        assert_eq!(css_percent(1, 3), "33.3");
        assert_eq!(css_percent(2, 3), "66.7");
        assert_eq!(css_percent(640, 640), "100.0");
        assert_eq!(css_percent(5, 0), "500.0", "no division by zero");
    }
}
