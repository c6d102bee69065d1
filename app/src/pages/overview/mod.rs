//! `/oversikt`: the county at a glance for decision makers — headline figures, every indicator,
//! staffing, the mapping's result areas, visions, a comparison table and recent changes —
//! for today or a chosen date, and printable.

use crate::i18n::k;
mod areas;
mod changes;
mod comparison;
mod headline;
mod indicators;
mod map_figure;
mod network;
mod sources;
mod staffing;
mod visions;

use crate::components::as_of::{DateForm, PastNotice, RoundNotice, use_datum, use_omgang};
use crate::i18n::{Lang, percent};
use crate::i18n::{long_date, use_lang};
use api::get_overview;
use areas::Areas;
use changes::Changes;
use comparison::Comparison;
use domain::view::overview::Overview;
use headline::Headline;
use indicators::IndicatorSummaries;
use leptos::prelude::*;
use leptos_meta::Style;
use leptos_router::hooks::use_query_map;
use map_figure::MapFigure;
use network::Network;
use sources::Sources;
use staffing::Staffing;
use std::sync::Arc;
use visions::Visions;

#[component]
pub fn OverviewPage() -> impl IntoView {
    let lang = use_lang();
    let datum = use_datum();
    let query = use_query_map();
    let sedan = Memo::new(move |_| query.read().get("sedan").filter(|s| !s.trim().is_empty()));
    let omgang = use_omgang();
    let data = api::codec::resource(
        move || (datum.get(), sedan.get(), omgang.get()),
        |(datum, sedan, omgang)| get_overview(datum, sedan, omgang),
    );
    view! {
        <crate::components::layout::PageTitle text=lang.t(k::OV_TITLE) />
        // The swatches and marks of the summaries and the comparison table draw from these.
        <crate::map::patterns::SwatchDefs />
        <h1 class="text-3xl font-bold">{lang.t(k::OV_H1)}</h1>
        <p class="mt-2 max-w-3xl print:hidden">
            {lang.t(k::OV_INTRO)}
        </p>
        <DateForm action="/oversikt" params=PARAMS />
        <Transition fallback=move || view! { <p>{lang.t(k::OV_LOADING)}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(o) => {
                        provide_context(crate::components::age::ShownOn(o.date));
                        let o = std::sync::Arc::new(o);
                        let past = (o.date < o.today).then_some(o.date);
                        let as_of = lang.tf(k::OV_AS_OF, &[("date", &long_date(lang, o.date))]);
                        // Each printed page repeats the title and the date in its margin.
                        let page_css = format!(
                            "@page {{ @top-left {{ content: \"{}\"; }} @top-right {{ content: \"{as_of}\"; }} }}",
                            lang.t(k::OV_PRINT_HEADER)
                        );
                        view! {
                            <Style>{page_css}</Style>
                            <p class="mt-4 text-lg" id="oversikt-datum">
                                <strong>{as_of}</strong>
                                " "
                                {lang.tf(k::OV_AS_OF_SOURCES, &[("count", &domain::model::DocumentId::ALL.len().to_string())])}
                            </p>
                            <p class="mt-1" id="oversikt-alder">{
                                let (old, reported) = o.map.ages();
                                lang.tf(k::OV_AGE, &[
                                    ("old", &old.to_string()),
                                    ("reported", &reported.to_string()),
                                    ("months", &domain::model::age::MAX_AGE_MONTHS.to_string()),
                                ])
                            }</p>
                            <p class="mt-1 print:hidden"><a class="text-blue-900 underline" href="/metod">{lang.t(k::MAP_METHOD)}</a></p>
                            {match o.map.round.clone() {
                                Some(round) => view! { <RoundNotice round today_href="/oversikt".to_owned() /> }.into_any(),
                                None => view! { <PastNotice date=past today_href="/oversikt".to_owned() /> }.into_any(),
                            }}
                            <PrintButton />
                            <Contents />
                            <Headline o=o.clone() />
                            <MapFigure o=o.clone() />
                            <IndicatorSummaries o=o.clone() />
                            <Staffing o=o.clone() />
                            <Areas o=o.clone() />
                            <Network o=o.clone() />
                            <Visions o=o.clone() />
                            <Comparison o=o.clone() />
                            <Changes o=o.clone() />
                            <Sources />
                        }
                        .into_any()
                    }
                    Err(error) => view! {
                        <p role="alert" class="mt-4 rounded border border-red-700 bg-red-50 p-4" id="oversikt-fel">
                            {error.message(lang)}
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
    let lang = use_lang();
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
                    {lang.t(k::OV_PRINT)}
                </button>
            </Show>
        </p>
    }
}

type Data = Arc<Overview>;

/// The query names the overview keeps its state in: every form and link keeps the others.
pub const PARAMS: &[&str] = &[
    "datum",
    "omgang",
    "sedan",
    "indikator",
    "sortera",
    "ordning",
    "visa",
    "kategori",
];

fn share(lang: Lang, part: usize, whole: usize) -> String {
    percent(lang, part, whole).unwrap_or_default()
}

/// "3 av 16 (18,8 %)".
fn of(lang: Lang, part: usize, whole: usize) -> String {
    lang.tf(
        k::OV_OF,
        &[
            ("whole", &whole.to_string()),
            ("share", &share(lang, part, whole)),
        ],
    )
}

/// The overview's sections in page order: the table of contents and each section's heading
/// take their anchor and title from here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Headline,
    Map,
    Indicators,
    Staff,
    Areas,
    Network,
    Visions,
    Comparison,
    Changes,
    Sources,
}

impl Part {
    const ALL: [Part; 10] = [
        Part::Headline,
        Part::Map,
        Part::Indicators,
        Part::Staff,
        Part::Areas,
        Part::Network,
        Part::Visions,
        Part::Comparison,
        Part::Changes,
        Part::Sources,
    ];

    /// The section's anchor; links from elsewhere (`/oversikt#jamforelse`) use them too.
    pub fn id(self) -> &'static str {
        match self {
            Part::Headline => "i-korthet",
            Part::Map => "kartan",
            Part::Indicators => "per-indikator",
            Part::Staff => "samordnare",
            Part::Areas => "resultatomraden",
            Part::Network => "natverk",
            Part::Visions => "visioner",
            Part::Comparison => "jamforelse",
            Part::Changes => "andringar",
            Part::Sources => "kallor",
        }
    }

    fn title(self, lang: Lang) -> &'static str {
        lang.t(match self {
            Part::Headline => k::OV_HEADLINE,
            Part::Map => k::OV_MAP,
            Part::Indicators => k::OV_INDICATORS,
            Part::Staff => k::OV_STAFF,
            Part::Areas => k::OV_AREAS,
            Part::Network => k::OV_NETWORK,
            Part::Visions => k::OV_VISIONS,
            Part::Comparison => k::OV_TABLE,
            Part::Changes => k::OV_TOC_CHANGES,
            Part::Sources => k::OV_SOURCES,
        })
    }
}

const CONTENTS_ID: &str = "innehall-oversikt";

/// The in-page table of contents: one link per section, so a reader can jump between them.
#[component]
fn Contents() -> impl IntoView {
    let lang = use_lang();
    let items = Part::ALL
        .into_iter()
        .map(|part| {
            view! {
                <li><a class="inline-block min-h-6 py-0.5 text-blue-900 underline" href=format!("#{}", part.id())>{part.title(lang)}</a></li>
            }
        })
        .collect_view();
    view! {
        <nav id=CONTENTS_ID aria-labelledby="innehall-oversikt-rubrik" class="mt-6 rounded border border-stone-300 bg-white p-4 print:hidden">
            <h2 id="innehall-oversikt-rubrik" class="text-xl font-bold">{lang.t(k::OV_TOC)}</h2>
            <ol class="mt-2 list-decimal space-y-1 pl-6 md:columns-2">{items}</ol>
        </nav>
    }
}

/// A section with its heading (`title` when it says more than the contents do) and, at its
/// end, a way back to the contents.
#[component]
fn Section(
    part: Part,
    #[prop(optional, into)] title: Option<String>,
    children: Children,
) -> impl IntoView {
    let lang = use_lang();
    let id = part.id();
    let title = title.unwrap_or_else(|| part.title(lang).to_owned());
    view! {
        <section id=id aria-labelledby=format!("{id}-rubrik") class="oversikt-del mt-8 rounded border border-stone-300 bg-white p-4">
            <h2 id=format!("{id}-rubrik") class="text-2xl font-bold">{title}</h2>
            {children()}
            <p class="mt-4 text-sm print:hidden">
                <a class="inline-block min-h-6 py-0.5 text-blue-900 underline" href=format!("#{CONTENTS_ID}")>{lang.t(k::OV_TOC_BACK)}</a>
            </p>
        </section>
    }
}
