//! The map of the chosen indicator, as a figure with its caption, for screen and print.

use super::{Data, PARAMS, Part, Section};
use crate::components::as_of::kept_inputs;
use crate::i18n::k;
use crate::i18n::{long_date, use_lang};
use domain::model::Indicator;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn MapFigure(o: Data) -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let indicator =
        Memo::new(move |_| Indicator::from_query(query.read().get("indikator").as_deref()));
    let date = o.date;
    // The file shows the same picture as the page: a round's, a past date's or today's.
    let picture = StoredValue::new(match (&o.map.round, o.date < o.today) {
        (Some(round), _) => format!("&omgang={}", round.id.as_str()),
        (None, true) => format!("&datum={date}"),
        (None, false) => String::new(),
    });
    let file = move |ext: &str| {
        let key = indicator.get().key();
        picture.with_value(|picture| format!("/karta.{ext}?indikator={key}{picture}"))
    };
    view! {
        <Section part=Part::Map>
            <figure class="mt-2">
                <img
                    src=move || file("svg")
                    class="h-auto w-full max-w-3xl"
                    alt=move || lang.tf(k::OV_MAP_ALT, &[("indicator", indicator.get().label(lang))])
                />
                <figcaption class="mt-2 text-sm">
                    {move || lang.tf(
                        k::OV_MAP_CAPTION,
                        &[("indicator", indicator.get().label(lang)), ("date", &long_date(lang, date))],
                    )}
                    " " {crate::components::layout::attribution(lang)}
                </figcaption>
            </figure>
            <form method="get" action="/oversikt" class="mt-3 flex flex-wrap items-end gap-3 print:hidden">
                <div class="flex max-w-full flex-col">
                    <label for="karta-indikator" class="font-semibold">{lang.t(k::OV_MAP_PICKER)}</label>
                    <select id="karta-indikator" name="indikator" class="mt-1 max-w-full rounded border border-stone-600 bg-white px-3 py-2">
                        {Indicator::ALL
                            .into_iter()
                            .map(|i| view! {
                                <option value=i.key() selected=move || indicator.get() == i>{i.label(lang)}</option>
                            })
                            .collect_view()}
                    </select>
                </div>
                {kept_inputs(PARAMS, &["indikator"])}
                <button type="submit" class="rounded border border-blue-900 bg-blue-900 px-4 py-2 text-white">{lang.t(k::OV_MAP_SUBMIT)}</button>
            </form>
            <p class="mt-3 flex flex-wrap gap-4 print:hidden">
                <a class="text-blue-900 underline" id="ladda-svg" href=move || file("svg") download="">
                    {lang.t(k::MAP_DOWNLOAD_SVG)}
                </a>
                <a class="text-blue-900 underline" id="ladda-png" href=move || file("png") download="">
                    {lang.t(k::MAP_DOWNLOAD_PNG)}
                </a>
            </p>
        </Section>
    }
}
