//! `/oversikt`: the county at a glance for decision makers — headline figures, every indicator,
//! staffing, the mapping's result areas, visions, a comparison table and recent changes —
//! for today or a chosen date, and printable.

use super::overview_sections::{
    Areas, Changes, Comparison, Headline, IndicatorSummaries, MapFigure, Sources, Staffing, Visions,
};
use crate::api::get_overview;
use crate::components::as_of::{DateForm, PastNotice, use_datum};
use crate::model::date::long_sv;
use leptos::prelude::*;
use leptos_meta::{Style, Title};
use leptos_router::hooks::use_query_map;

/// Query names the overview keeps when one of its forms changes another.
pub const KEPT: &[&str] = &["sortera", "ordning", "visa", "kategori", "sedan"];

#[component]
pub fn OverviewPage() -> impl IntoView {
    let datum = use_datum();
    let query = use_query_map();
    let sedan = Memo::new(move |_| query.read().get("sedan").filter(|s| !s.trim().is_empty()));
    let data = Resource::new(
        move || (datum.get(), sedan.get()),
        |(datum, sedan)| get_overview(datum, sedan),
    );
    view! {
        <Title text="Översikt för beslutsfattare" />
        <h1 class="text-3xl font-bold">"Kvinnofridsarbetet i Dalarna – översikt"</h1>
        <p class="mt-2 max-w-3xl print:hidden">
            "Hela länet på en sida: var huvudmännen står i den regionala överenskommelsen (RÖK) och de lokala överenskommelserna (LÖK), var arbetet är tunt och hur det har förändrats. Välj ett datum för att se läget då. Sidan går att skriva ut."
        </p>
        <DateForm action="/oversikt" keep=KEPT />
        <Transition fallback=|| view! { <p>"Laddar översikten …"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(o) => {
                        let o = std::sync::Arc::new(o);
                        let past = (o.date < o.today).then_some(o.date);
                        let as_of = long_sv(o.date);
                        // Each printed page repeats the title and the date in its margin.
                        let page_css = format!(
                            "@page {{ @top-left {{ content: \"Kvinnofridskartan Dalarna – översikt\"; }} @top-right {{ content: \"Läget den {as_of}\"; }} }}"
                        );
                        view! {
                            <Style>{page_css}</Style>
                            <p class="mt-4 text-lg" id="oversikt-datum">
                                <strong>{format!("Läget den {as_of}.")}</strong>
                                " Uppgifterna kommer från kartläggningen 2019–2020, uppdragsdirektivet 2024 och det samordnarna har rapporterat. Det som ingen källa anger räknas som "
                                <q>"Ej rapporterat"</q>
                                "."
                            </p>
                            <PastNotice date=past today_href="/oversikt".to_owned() />
                            <PrintButton />
                            <Headline o=o.clone() />
                            <MapFigure o=o.clone() />
                            <IndicatorSummaries o=o.clone() />
                            <Staffing o=o.clone() />
                            <Areas o=o.clone() />
                            <Visions o=o.clone() />
                            <Comparison o=o.clone() />
                            <Changes o=o.clone() />
                            <Sources />
                        }
                        .into_any()
                    }
                    Err(error) => view! {
                        <p role="alert" class="mt-4 rounded border border-red-700 bg-red-50 p-4" id="oversikt-fel">
                            {error.to_string()}
                        </p>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

/// "Skriv ut" opens the browser's print dialog; it needs the interactive page, so it is shown
/// only once the page has loaded its script.
#[component]
fn PrintButton() -> impl IntoView {
    let ready = RwSignal::new(false);
    Effect::new(move |_| ready.set(true));
    view! {
        <p class="mt-4 flex flex-wrap gap-3 print:hidden">
            <Show when=move || ready.get()>
                <button
                    type="button"
                    id="skriv-ut"
                    class="rounded border border-blue-900 bg-white px-4 py-2 text-blue-900 hover:bg-stone-100 focus:outline-offset-2"
                    on:click=move |_| {
                        let _ = window().print();
                    }
                >
                    "Skriv ut översikten"
                </button>
            </Show>
        </p>
    }
}
