//! `/admin/frister`: every local agreement plan's stage that is late or due within 30 days,
//! and the regional agreement's revision date when it is, for the administrator to follow up.

use crate::components::layout::PageTitle;
use crate::components::scroll_region::ScrollRegion;
use crate::i18n::{k, long_date, use_lang};
use crate::map::patterns::{LATE_MARK, MarkIcon, SwatchDefs};
use api::edit::{DeadlinesView, get_deadlines};
use domain::error::AppError;
use domain::model::auth::Denied;
use domain::model::profile::{StageState, stage_label, with_due_days};
use leptos::prelude::*;

const CELL: &str = "border-t border-stone-300 p-2 text-left align-top";

#[component]
pub fn DeadlinesPage() -> impl IntoView {
    let lang = use_lang();
    let page = api::codec::resource(|| (), |_| get_deadlines());
    view! {
        <PageTitle text=lang.t(k::DEADLINES_TITLE) />
        <SwatchDefs />
        <p><a class="text-blue-900 underline" href="/admin">{lang.t(k::DECISIONS_BACK)}</a></p>
        <h1 class="mt-2 text-3xl font-bold">{lang.t(k::DEADLINES_TITLE)}</h1>
        <p class="mt-2 max-w-3xl">{with_due_days(lang, k::DEADLINES_HELP, &[])}</p>
        <Suspense fallback=move || view! { <p>{lang.t(k::ADMIN_LOADING)}</p> }>
            {move || Suspend::new(async move {
                match page.await.map_err(|f| f.0) {
                    Ok(view) => view! { <Deadlines view /> }.into_any(),
                    Err(AppError::Denied(Denied::NotSignedIn)) => view! {
                        <p class="mt-4">{lang.t(k::ADMIN_LOGIN_NEEDED)} " "
                            <a class="text-blue-900 underline" href="/logga-in?nasta=/admin/frister">{lang.t(k::EDIT_LOGIN_LINK)}</a></p>
                    }.into_any(),
                    Err(e) => view! { <p role="alert" class="mt-4 rounded border border-red-800 bg-red-50 p-3">{e.message(lang)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// A state in words, with the late mark beside a late one.
fn state_view(lang: crate::i18n::Lang, state: StageState) -> AnyView {
    view! {
        <span class="inline-flex items-center gap-1" data-lage=state.key()>
            {(state == StageState::Late).then(|| view! { <MarkIcon mark=LATE_MARK /> })}
            <span class:font-bold=state == StageState::Late>{state.label(lang)}</span>
        </span>
    }
    .into_any()
}

#[component]
fn Deadlines(view: DeadlinesView) -> impl IntoView {
    let lang = use_lang();
    let summary = with_due_days(
        lang,
        k::DEADLINES_SUMMARY,
        &[
            ("late", &view.late().to_string()),
            ("due", &(view.rows.len() - view.late()).to_string()),
            ("date", &long_date(lang, view.on)),
        ],
    );
    let revision = view.revision_start.map(|(date, state)| {
        view! {
            <p class="mt-3" id="frist-revidering">
                {lang.tf(k::ROK_REVISION, &[("date", &long_date(lang, date))])} " " {state_view(lang, state)}
            </p>
        }
    });
    let rows = view
        .rows
        .into_iter()
        .map(|row| {
            view! {
                <tr data-org=row.org.as_str().to_owned() data-steg=row.stage.clone()>
                    <th scope="row" class=CELL>
                        <a class="text-blue-900 underline" href=row.org.profile_path()>{row.org.name().to_owned()}</a>
                    </th>
                    <td class=CELL>{stage_label(&row.stage, lang)}</td>
                    <td class=CELL>{long_date(lang, row.planned)}</td>
                    <td class=CELL>{state_view(lang, row.state)}</td>
                    <td class=CELL>{row.note}</td>
                </tr>
            }
        })
        .collect_view();
    let caption = with_due_days(lang, k::DEADLINES_CAPTION, &[]);
    view! {
        <p class="mt-4 font-semibold" id="frister-summering">{summary}</p>
        {revision}
        <ScrollRegion label=caption.clone() class="mt-4">
        <table class="w-full border-collapse bg-white text-sm" id="frister">
            <caption class="p-2 text-left font-semibold">{caption}</caption>
            <thead><tr>
                <th scope="col" class=CELL>{lang.t(k::ADMIN_COL_ORG)}</th>
                <th scope="col" class=CELL>{lang.t(k::DEADLINES_COL_STAGE)}</th>
                <th scope="col" class=CELL>{lang.t(k::EDIT_LOK_PLAN_PLANNED)}</th>
                <th scope="col" class=CELL>{lang.t(k::DEADLINES_COL_STATE)}</th>
                <th scope="col" class=CELL>{lang.t(k::EDIT_LOK_PLAN_NOTE)}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        </ScrollRegion>
    }
}
