//! `/uppfoljning/<id>/rapport`: a closed round's report, for the county and for each
//! organisation. It prints on A4 and downloads as XLSX and CSV, all from the round's frozen
//! snapshot.

use crate::components::scroll_region::ScrollRegion;
use crate::i18n::{Lang, k, use_lang};
use crate::pages::not_found::NotFound;
use crate::pages::round::matrix_table;
use crate::pages::rounds::{closed_text, dates_text};
use api::rounds::{Report, get_report};
use domain::error::AppError;
use domain::model::indicator::Indicator;
use domain::view::report::{IndicatorRow, Movement, OrgReport, PARTS, category_text};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

const TABLE: &str = "mt-2 w-full border-collapse bg-white text-sm";
const CELL: &str = "p-2 text-left align-top";

#[component]
pub fn ReportPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let id = move || params.read().get("round").unwrap_or_default();
    let page = api::codec::resource(id, get_report);
    view! {
        <Suspense fallback=move || view! { <p>{lang.t(k::EDIT_LOADING)}</p> }>
            {move || Suspend::new(async move {
                match page.await.map_err(|f| f.0) {
                    Ok(report) => report_view(lang, report).into_any(),
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(e) => view! {
                        <p role="alert" class="mt-4 rounded border border-red-800 bg-red-50 p-3">{e.message(lang)}</p>
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
}

fn report_view(lang: Lang, report: Report) -> impl IntoView {
    let round = &report.round;
    let title = lang.tf(k::REPORT_TITLE, &[("title", &round.title)]);
    let base = format!("/uppfoljning/{}", round.id.as_str());
    let compared = match &report.previous {
        Some(p) => lang.tf(k::REPORT_COMPARED, &[("title", &p.title)]),
        None => lang.t(k::REPORT_NO_PREVIOUS).to_owned(),
    };
    let closed = closed_text(lang, round);
    let csv_links = PARTS
        .iter()
        .map(|part| {
            let href = format!("{base}/rapport/{}.csv", part.slug);
            view! { <li><a class="text-blue-900 underline" href=href download>{lang.tf(k::REPORT_DOWNLOAD_CSV, &[("part", lang.t(part.title))])}</a></li> }
        })
        .collect_view();
    let county = Indicator::ALL
        .into_iter()
        .map(|i| indicator_view(lang, &report, i))
        .collect_view();
    let orgs = report
        .orgs
        .iter()
        .map(|o| org_view(lang, &report, o))
        .collect_view();
    let status = (!report.matrix.items.is_empty()).then(|| {
        view! {
            <h2 class="mt-8 text-2xl font-bold">{lang.t(k::REPORT_PART_STATUS)}</h2>
            {matrix_table(lang, round, &report.matrix)}
        }
    });
    view! {
        <crate::components::layout::PageTitle text=title.clone() />
        <p class="print:hidden"><a class="text-blue-900 underline" href=base.clone()>{round.title.clone()}</a></p>
        <h1 class="mt-2 text-3xl font-bold">{title}</h1>
        <p class="mt-2">{dates_text(lang, round)}</p>
        {closed.map(|c| view! { <p>{c}</p> })}
        <p class="mt-2 max-w-3xl">{lang.t(k::REPORT_INTRO)}</p>
        <p class="max-w-3xl font-semibold">{compared}</p>
        <p class="mt-2 flex flex-wrap gap-4 print:hidden">
            <a class="text-blue-900 underline" href=format!("/?omgang={}", round.id.as_str())>{lang.t(k::REPORT_ON_MAP)}</a>
            <a class="text-blue-900 underline" href=format!("/oversikt?omgang={}", round.id.as_str())>{lang.t(k::REPORT_ON_OVERVIEW)}</a>
            <a class="text-blue-900 underline" href=format!("{base}/forandring")>{lang.t(k::REPORT_CHANGE_MAP)}</a>
        </p>
        <section class="print:hidden mt-4" aria-labelledby="rapport-filer">
            <h2 id="rapport-filer" class="text-xl font-bold">{lang.t(k::REPORT_DOWNLOADS)}</h2>
            <ul class="mt-1 list-disc pl-6">
                <li><a class="text-blue-900 underline" href=format!("{base}/rapport/rapport.xlsx") download>{lang.t(k::REPORT_DOWNLOAD_XLSX)}</a></li>
                {csv_links}
            </ul>
        </section>
        <h2 class="mt-8 text-2xl font-bold">{lang.t(k::REPORT_PART_COUNTY)}</h2>
        {county}
        <h2 class="mt-8 text-2xl font-bold">{lang.t(k::REPORT_PART_ORGS)}</h2>
        {orgs}
        {status}
    }
}

fn movement_text(lang: Lang, movement: Movement) -> impl IntoView {
    view! { <span aria-hidden="true">{movement.mark()}" "</span>{lang.t(movement.key())} }
}

/// The county's counts per category for one indicator, how many moved each way, and from → to
/// for each organisation whose category changed.
fn indicator_view(lang: Lang, report: &Report, indicator: Indicator) -> impl IntoView {
    let previous = report.previous.as_ref().map(|p| p.title.clone());
    let counts = report
        .counts(indicator)
        .into_iter()
        .map(|c| {
            view! {
                <tr class="border-t border-stone-300">
                    <th scope="row" class=CELL>{indicator.category_label(c.category, lang)}</th>
                    <td class=CELL>{c.now}</td>
                    {previous.is_some().then(|| view! { <td class=CELL>{c.before.unwrap_or_default()}</td> })}
                </tr>
            }
        })
        .collect_view();
    let changed: Vec<(&OrgReport, &IndicatorRow)> = report
        .orgs
        .iter()
        .filter_map(|o| Some((o, o.row(indicator)?)))
        .filter(|(_, r)| r.movement.is_some_and(|m| m != Movement::Unchanged))
        .collect();
    let movements = previous.clone().map(|title| {
        let summary = report
            .movements(indicator)
            .into_iter()
            .map(|(m, n)| view! { <li>{movement_text(lang, m)}": "{n}</li> })
            .collect_view();
        let rows = changed
            .iter()
            .map(|(o, r)| {
                view! {
                    <tr class="border-t border-stone-300">
                        <th scope="row" class=CELL>{o.org.name()}</th>
                        <td class=CELL>{r.from.as_deref().map(|f| category_text(indicator, f, lang))}</td>
                        <td class=CELL>{category_text(indicator, &r.to, lang)}</td>
                        <td class=CELL>{r.movement.map(|m| movement_text(lang, m))}</td>
                    </tr>
                }
            })
            .collect_view();
        let moves_caption = lang.tf(
            k::REPORT_MOVEMENTS_CAPTION,
            &[("indicator", indicator.label(lang)), ("title", &title)],
        );
        view! {
            <ul class="mt-2 flex flex-wrap gap-x-6">{summary}</ul>
            {(!changed.is_empty()).then(|| view! {
                <ScrollRegion label=moves_caption.clone()>
                <table class=TABLE>
                    <caption class="text-left font-semibold">{moves_caption}</caption>
                    <thead><tr>
                        <th scope="col" class=CELL>{lang.t(k::REPORT_COL_ORG)}</th>
                        <th scope="col" class=CELL>{lang.t(k::REPORT_COL_BEFORE)}</th>
                        <th scope="col" class=CELL>{lang.t(k::REPORT_COL_NOW)}</th>
                        <th scope="col" class=CELL>{lang.t(k::REPORT_COL_MOVEMENT)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                </ScrollRegion>
            })}
        }
    });
    let counts_caption = lang.tf(
        k::REPORT_COUNTS_CAPTION,
        &[("indicator", indicator.label(lang))],
    );
    view! {
        <section class="mt-6" data-indikator=indicator.key()>
            <h3 class="text-xl font-bold">{indicator.label(lang)}</h3>
            <ScrollRegion label=counts_caption.clone()>
            <table class=TABLE>
                <caption class="text-left font-semibold">{counts_caption}</caption>
                <thead><tr>
                    <th scope="col" class=CELL>{lang.t(k::REPORT_COL_CATEGORY)}</th>
                    <th scope="col" class=CELL>{lang.t(k::REPORT_COL_NOW)}</th>
                    {previous.is_some().then(|| view! { <th scope="col" class=CELL>{lang.t(k::REPORT_COL_BEFORE)}</th> })}
                </tr></thead>
                <tbody>{counts}</tbody>
            </table>
            </ScrollRegion>
            {movements}
        </section>
    }
}

/// One organisation: its indicators with change and source, and its answers.
fn org_view(lang: Lang, report: &Report, org: &OrgReport) -> impl IntoView {
    let name = org.org.name();
    let compared = report.previous.is_some();
    let rows = org
        .indicators
        .iter()
        .map(|r| {
            let i = r.indicator;
            view! {
                <tr class="border-t border-stone-300">
                    <th scope="row" class=CELL>{i.label(lang)}</th>
                    {compared.then(|| view! { <td class=CELL>{r.from.as_deref().map(|f| category_text(i, f, lang))}</td> })}
                    <td class=CELL>{category_text(i, &r.to, lang)}</td>
                    {compared.then(|| view! { <td class=CELL>{r.movement.map(|m| movement_text(lang, m))}</td> })}
                    <td class=CELL>{r.source.as_ref().map(|s| s.citation(lang))}</td>
                </tr>
            }
        })
        .collect_view();
    let answers = org
        .answers
        .iter()
        .enumerate()
        .map(|(q, answer)| {
            let question = report.round.questions.get(q).cloned().unwrap_or_default();
            let text = match answer {
                Some(a) => format!("{} ({}, {})", a.text, a.by, domain::model::iso_time::minute(a.at)),
                None => lang.t(k::ROUND_CELL_MISSING).to_owned(),
            };
            view! { <dt class="mt-2 font-semibold">{question}</dt><dd class="whitespace-pre-line">{text}</dd> }
        })
        .collect_view();
    let org_caption = lang.tf(k::REPORT_ORG_CAPTION, &[("org", name)]);
    view! {
        <section class="mt-6" data-org=org.org.as_str().to_owned()>
            <h3 class="text-xl font-bold">{name}</h3>
            {(!org.org.has_profile()).then(|| view! { <p>{lang.tf(k::REPORT_PARTNER_NOTE, &[("kind", org.org.kind().label(lang))])}</p> })}
            {(!org.indicators.is_empty()).then(|| view! {
            <ScrollRegion label=org_caption.clone()>
            <table class=TABLE>
                <caption class="text-left font-semibold">{org_caption}</caption>
                <thead><tr>
                    <th scope="col" class=CELL>{lang.t(k::REPORT_COL_INDICATOR)}</th>
                    {compared.then(|| view! { <th scope="col" class=CELL>{lang.t(k::REPORT_COL_BEFORE)}</th> })}
                    <th scope="col" class=CELL>{lang.t(k::REPORT_COL_NOW)}</th>
                    {compared.then(|| view! { <th scope="col" class=CELL>{lang.t(k::REPORT_COL_MOVEMENT)}</th> })}
                    <th scope="col" class=CELL>{lang.t(k::REPORT_COL_SOURCE)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            </ScrollRegion>
            })}
            {(!org.answers.is_empty()).then(|| view! {
                <h4 class="mt-3 font-bold">{lang.tf(k::REPORT_ORG_ANSWERS, &[("org", name)])}</h4>
                <dl>{answers}</dl>
            })}
        </section>
    }
}
