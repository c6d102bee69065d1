//! `/uppfoljning/<id>/forandring`: the change map. How one indicator moved for each
//! organisation between two closed rounds, on the map (fill, pattern and mark for each move)
//! and in a table with the same words.

use crate::components::scroll_region::ScrollRegion;
use crate::components::swatch::Swatch;
use crate::i18n::{Lang, k, use_lang};
use crate::map::patterns::{StyleDefs, pattern_id};
use crate::map::shapes::{HEIGHT, SHAPES, WIDTH};
use crate::pages::not_found::NotFound;
use api::rounds::{ChangeView, get_change};
use domain::error::AppError;
use domain::model::indicator::Indicator;
use domain::model::{OrgKind, palette};
use domain::view::change::{Change, movement_style, movement_styles};
use domain::view::report::{Movement, category_text};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

const CELL: &str = "border-t border-stone-300 p-2 text-left align-top";
const SELECT: &str = "mt-1 block max-w-full rounded border border-stone-500 bg-white px-2 py-1";
/// The name of the change map's own patterns.
const SCALE: &str = "forandring";

#[component]
pub fn ChangePage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let query = use_query_map();
    let source = move || {
        (
            params.read().get("round").unwrap_or_default(),
            query.read().get("jamfor"),
        )
    };
    let indicator = move || Indicator::from_query(query.read().get("indikator").as_deref());
    let page = api::codec::resource(source, |(id, against)| get_change(id, against));
    view! {
        <Suspense fallback=move || view! { <p>{lang.t(k::EDIT_LOADING)}</p> }>
            {move || Suspend::new(async move {
                match page.await.map_err(|f| f.0) {
                    Ok(view) => change_view(lang, view, indicator()).into_any(),
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

fn movement_words(lang: Lang, movement: Option<Movement>) -> String {
    movement.map_or_else(String::new, |m| lang.t(m.key()).to_owned())
}

fn change_view(lang: Lang, view: ChangeView, indicator: Indicator) -> impl IntoView {
    let report = &view.report;
    let round = &report.round;
    let title = lang.tf(k::CHANGE_TITLE, &[("title", &round.title)]);
    let heading = match &report.previous {
        Some(p) => lang.tf(
            k::CHANGE_H1,
            &[
                ("indicator", indicator.label(lang)),
                ("from", &p.title),
                ("to", &round.title),
            ],
        ),
        None => lang.tf(
            k::CHANGE_H1_NONE,
            &[("indicator", indicator.label(lang)), ("to", &round.title)],
        ),
    };
    let changes = view.changes(indicator);
    let styles = movement_styles();
    let legend = report.previous.as_ref().map(|_| {
        Movement::ALL
            .into_iter()
            .map(|m| {
                let count = changes
                    .iter()
                    .filter(|c| c.org.kind() == OrgKind::Municipality && c.movement == Some(m))
                    .count();
                view! {
                    <li class="flex items-center gap-2">
                        <Swatch style=movement_style(Some(m)) scale=SCALE />
                        <span aria-hidden="true">{m.mark()}</span>
                        {lang.t(m.key())}": "{count}
                    </li>
                }
            })
            .collect_view()
    });
    let rows = changes
        .iter()
        .map(|c| {
            view! {
                <tr data-org=c.org.as_str().to_owned()>
                    <th scope="row" class=CELL>{c.org.name()}</th>
                    <td class=CELL>{c.from.map(|f| category_text(indicator, f, lang))}</td>
                    <td class=CELL>{category_text(indicator, c.to, lang)}</td>
                    <td class=CELL>
                        {c.movement.map(|m| view! { <span aria-hidden="true">{m.mark()}" "</span> })}
                        {movement_words(lang, c.movement)}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let base = format!("/uppfoljning/{}", round.id.as_str());
    let caption = lang.tf(k::CHANGE_CAPTION, &[("indicator", indicator.label(lang))]);
    view! {
        <crate::components::layout::PageTitle text=title.clone() />
        <p><a class="text-blue-900 underline" href=format!("{base}/rapport")>{lang.t(k::PICTURE_ROUND_REPORT)}</a></p>
        <h1 class="mt-2 text-3xl font-bold">{heading}</h1>
        {report.previous.is_none().then(|| view! { <p class="mt-2">{lang.t(k::CHANGE_NONE)}</p> })}
        {picker(lang, &view, indicator, &base)}
        <div class="mt-4 flex flex-wrap items-start gap-6">
            {change_map(lang, &changes, indicator, styles)}
            {legend.map(|items| view! {
                <section aria-labelledby="forandring-teckenforklaring">
                    <h2 id="forandring-teckenforklaring" class="text-xl font-bold">{lang.t(k::CHANGE_LEGEND)}</h2>
                    <ul class="mt-2 space-y-1">{items}</ul>
                </section>
            })}
        </div>
        <ScrollRegion label=caption.clone() class="mt-6 max-w-3xl">
        <table class="w-full border-collapse bg-white text-sm">
            <caption class="text-left font-semibold">{caption}</caption>
            <thead><tr>
                <th scope="col" class=CELL>{lang.t(k::REPORT_COL_ORG)}</th>
                <th scope="col" class=CELL>{lang.t(k::REPORT_COL_BEFORE)}</th>
                <th scope="col" class=CELL>{lang.t(k::REPORT_COL_NOW)}</th>
                <th scope="col" class=CELL>{lang.t(k::REPORT_COL_MOVEMENT)}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        </ScrollRegion>
    }
}

/// The choice of indicator and of the round compared with: a plain form, so it works without
/// JavaScript.
fn picker(lang: Lang, view: &ChangeView, indicator: Indicator, base: &str) -> impl IntoView {
    let shown = &view.report.round.id;
    let against = view.report.previous.as_ref().map(|p| p.id.clone());
    let indicators = Indicator::ALL
        .into_iter()
        .map(|i| view! { <option value=i.key() selected=i == indicator>{i.label(lang)}</option> })
        .collect_view();
    let rounds = view
        .closed
        .iter()
        .filter(|r| &r.id != shown)
        .map(|r| {
            let selected = against.as_ref() == Some(&r.id);
            view! { <option value=r.id.as_str().to_owned() selected=selected>{r.title.clone()}</option> }
        })
        .collect_view();
    view! {
        <form method="get" action=format!("{base}/forandring") class="mt-4 flex flex-wrap items-end gap-4">
            <div class="min-w-0 max-w-full">
                <label for="forandring-indikator" class="font-semibold">{lang.t(k::CHANGE_PICK_INDICATOR)}</label>
                <select id="forandring-indikator" name="indikator" class=SELECT>{indicators}</select>
            </div>
            <div class="min-w-0 max-w-full">
                <label for="forandring-jamfor" class="font-semibold">{lang.t(k::CHANGE_PICK_ROUND)}</label>
                <select id="forandring-jamfor" name="jamfor" class=SELECT>{rounds}</select>
            </div>
            <button type="submit" class="rounded bg-blue-900 px-4 py-1 text-white">{lang.t(k::CHANGE_SHOW)}</button>
        </form>
    }
}

/// Each municipality in its move's pattern, with the move's mark; each area links to its
/// profile and names the move in words.
fn change_map(
    lang: Lang,
    changes: &[Change<'_>],
    indicator: Indicator,
    styles: Vec<palette::Style>,
) -> impl IntoView {
    let areas = SHAPES
        .iter()
        .filter_map(|shape| {
            let change = changes.iter().find(|c| c.org.as_str() == shape.code)?;
            let style = movement_style(change.movement);
            let to = category_text(indicator, change.to, lang);
            let label = match (change.from, change.movement) {
                (Some(from), Some(m)) => lang.tf(
                    k::CHANGE_AREA,
                    &[
                        ("org", change.org.name()),
                        ("indicator", indicator.short(lang)),
                        ("from", category_text(indicator, from, lang)),
                        ("to", to),
                        ("movement", lang.t(m.key())),
                    ],
                ),
                _ => format!("{} – {}: {to}", change.org.name(), indicator.short(lang)),
            };
            let mark = change.movement.map(|m| {
                view! {
                    <g aria-hidden="true" class="pointer-events-none">
                        <circle cx=shape.label_x cy=shape.label_y r="13" fill="#ffffff" stroke=palette::BORDER stroke-width="2" />
                        <text x=shape.label_x y=shape.label_y.saturating_add(6) text-anchor="middle" font-size="18" font-weight="bold" fill=palette::BORDER>{m.mark()}</text>
                    </g>
                }
            });
            Some(view! {
                <a href=change.org.profile_path() aria-label=label data-kod=shape.code data-forandring=change.movement.map(|m| m.slug())>
                    <path d=shape.d fill=format!("url(#{})", pattern_id(&style, SCALE)) fill-rule="evenodd"
                        stroke=palette::BORDER stroke-width="2" stroke-linejoin="round" />
                    {mark}
                </a>
            })
        })
        .collect_view();
    view! {
        <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") class="h-auto w-full max-w-2xl" role="group" aria-label=lang.t(k::CHANGE_MAP_LABEL)>
            <StyleDefs styles scale=SCALE size=16 />
            {areas}
        </svg>
    }
}
