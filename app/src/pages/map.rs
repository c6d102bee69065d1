//! The map page `/`: indicator picker, the county map, legend, cards for the region and the
//! county board, a details panel and the same data as a table.

use crate::components::as_of::{DateForm, PastNotice, RoundNotice};
use crate::components::layout::attribution;
use crate::components::notes::IndicatorNotes;
use crate::components::rok::RokOverview;
use crate::i18n::k;
use crate::i18n::use_lang;
use crate::map::patterns::SwatchDefs;
use api::{get_county_facts, get_map_data};
use domain::model::county::CountyFacts;
use domain::model::summary::{MapData, OrgSummary};
use domain::model::{Indicator, OrgId};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use std::sync::Arc;

mod drawing;
mod embed;
mod panels;

use drawing::{MapSvg, ShortKey, Tooltip};
use embed::EmbedSnippet;
use panels::{DataTable, DetailsPanel, Legend, OrgCards};

/// The query names the map keeps its state in.
const PARAMS: &[&str] = &["indikator", "datum", "omgang"];

#[component]
pub fn MapPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let indicator =
        Memo::new(move |_| Indicator::from_query(query.read().get("indikator").as_deref()));
    let datum = crate::components::as_of::use_datum();
    let omgang = crate::components::as_of::use_omgang();
    let picture = move || (datum.get(), omgang.get());
    let data = api::codec::resource(picture, |(datum, omgang)| get_map_data(datum, omgang));
    let county = api::codec::resource(picture, |(datum, omgang)| get_county_facts(datum, omgang));
    // A map left open in a tab shows saves made elsewhere as soon as the tab is used again.
    Effect::new(move |_| {
        let listener = window_event_listener(leptos::ev::focus, move |_| data.refetch());
        on_cleanup(move || listener.remove());
    });
    view! {
        <crate::components::layout::PageTitle text=lang.t(k::MAP_TITLE) />
        <h1 class="text-3xl font-bold">{lang.t(k::MAP_H1)}</h1>
        <p class="mt-2 max-w-3xl">{lang.t(k::MAP_INTRO)}</p>
        <IndicatorPicker indicator datum omgang />
        <DateForm action="/" params=PARAMS />
        <Transition fallback=move || view! { <p>{lang.t(k::MAP_LOADING)}</p> }>
            {move || Suspend::new(async move {
                match (data.await, county.await) {
                    (Ok(data), Ok(county)) => {
                        let today = today_href(indicator.get_untracked());
                        let notice = match data.round.clone() {
                            Some(round) => view! { <RoundNotice round today_href=today /> }.into_any(),
                            None => view! { <PastNotice date=data.shown_on today_href=today /> }.into_any(),
                        };
                        view! {
                            {notice}
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
    }
}

fn today_href(indicator: Indicator) -> String {
    format!("/?indikator={}", indicator.key())
}

#[component]
fn IndicatorPicker(
    indicator: Memo<Indicator>,
    datum: Memo<Option<String>>,
    omgang: Memo<Option<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let navigate = use_navigate();
    let on_change = move |ev: leptos::ev::Event| {
        let key = event_target_value(&ev);
        let kept = |name: &str, value: Option<String>| {
            value
                .map(|v| format!("&{name}={}", domain::model::links::encode(&v)))
                .unwrap_or_default()
        };
        let date = kept("datum", datum.get_untracked());
        let round = kept("omgang", omgang.get_untracked());
        navigate(
            &format!("/?indikator={key}{date}{round}"),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };
    view! {
        <form method="get" action="/" class="mt-6 flex flex-wrap items-end gap-3">
            <div class="flex max-w-full flex-col">
                <label for="indikator" class="font-semibold">{lang.t(k::MAP_PICKER)}</label>
                <select
                    id="indikator"
                    name="indikator"
                    class="mt-1 max-w-full rounded border border-stone-600 bg-white px-3 py-2"
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
            {move || omgang.get().map(|d| view! { <input type="hidden" name="omgang" value=d /> })}
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
                    <ShortKey />
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
        <EmbedSnippet indicator />
        <RokOverview data county />
    }
}
