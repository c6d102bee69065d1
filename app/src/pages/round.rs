//! `/uppfoljning/<id>`: one follow-up round. The signed-in person's own part comes first (each
//! section to confirm or change, each question to answer, and how far they have come), then
//! who has answered what, as a table that reads in order.

use crate::components::scroll_region::ScrollRegion;
use crate::i18n::{Lang, k, use_lang};
use crate::pages::not_found::NotFound;
use crate::pages::rounds::{closed_text, dates_text, phase_text};
use api::rounds::{RoundView, answer_question, confirm_section, get_round};
use domain::error::AppError;
use domain::form::round::item_field;
use domain::i18n::{long_date, whole_percent};
use domain::model::round::{Item, Phase, Round};
use domain::view::round::{Cell, Matrix, OwnPart, cell_text, item_anchor, item_label, share};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

pub mod change;
mod close;
pub mod edit;
pub mod reminders;

/// What the last action on the page came to, shown in the live region above the own part.
#[derive(Clone, PartialEq)]
enum Outcome {
    Done(String),
    /// The message, and the field of the item it is about.
    Failed(String, String),
}

#[component]
pub fn RoundPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let id = move || params.read().get("round").unwrap_or_default();
    let page = api::codec::resource(id, get_round);
    let outcome = RwSignal::new(None::<Outcome>);
    // What an administrator's action on the whole round came to.
    let notice = RwSignal::new(None::<String>);
    let reload = Callback::new(move |()| page.refetch());
    view! {
        <p><a class="text-blue-900 underline" href="/uppfoljning">{lang.t(k::ROUND_BACK)}</a></p>
        <div role="status" aria-live="polite">
            {move || notice.get().map(|text| view! {
                <p class="mt-2 rounded border border-green-800 bg-green-50 p-3" data-utfall="avslutad">{text}</p>
            })}
        </div>
        <Suspense fallback=move || view! { <p>{lang.t(k::EDIT_LOADING)}</p> }>
            {move || Suspend::new(async move {
                match page.await.map_err(|f| f.0) {
                    Ok(view) => view! { <RoundDetail view outcome reload notice /> }.into_any(),
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

#[component]
fn RoundDetail(
    view: RoundView,
    outcome: RwSignal<Option<Outcome>>,
    reload: Callback<()>,
    notice: RwSignal<Option<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let round = view.round;
    let questions = round
        .questions
        .iter()
        .map(|q| view! { <li class="mt-1">{q.clone()}</li> })
        .collect_view();
    let matrix = match view.matrix {
        Some(matrix) => matrix_table(lang, &round, &matrix).into_any(),
        None => view! { <p class="mt-2">{lang.t(k::ROUND_MATRIX_HIDDEN)}</p> }.into_any(),
    };
    let closed = closed_text(lang, &round);
    let report = (view.phase == Phase::Closed)
        .then(|| format!("/uppfoljning/{}/rapport", round.id.as_str()));
    view! {
        <crate::components::layout::PageTitle text=round.title.clone() />
        <h1 class="mt-2 text-3xl font-bold">{round.title.clone()}</h1>
        <p class="mt-2">{dates_text(lang, &round)}</p>
        <p class="font-semibold">{phase_text(lang, view.phase)}</p>
        {closed.map(|c| view! { <p>{c}</p> })}
        {report.map(|href| view! {
            <p class="mt-2"><a class="text-lg font-semibold text-blue-900 underline" href=href>{lang.t(k::REPORT_LINK)}</a></p>
        })}
        {view.can_edit.then(|| view! {
            <p class="mt-2"><a class="text-blue-900 underline" href=format!("/uppfoljning/{}/andra", round.id.as_str())>{lang.t(k::ROUND_EDIT_LINK)}</a></p>
            <p class="mt-2"><a class="text-blue-900 underline" href=format!("/uppfoljning/{}/paminnelser", round.id.as_str())>{lang.t(k::REMINDERS_LINK)}</a></p>
        })}
        {view.can_close.then(|| view! { <close::CloseRound round=round.id.as_str().to_owned() reload notice /> })}
        // A closed round takes nothing more; the table below shows what each did.
        {view.own.filter(|_| view.phase != Phase::Closed).map(|own| own_part(lang, &round, view.phase, own, outcome, reload))}
        <h2 class="mt-8 text-2xl font-bold">{lang.t(k::ROUND_MATRIX_H2)}</h2>
        {matrix}
        {(!round.questions.is_empty()).then(|| view! {
            <h2 class="mt-8 text-2xl font-bold">{lang.t(k::ROUND_QUESTIONS_H2)}</h2>
            <ol class="mt-2 list-decimal pl-6">{questions}</ol>
        })}
        {(!round.edits.is_empty()).then(|| edits_view(lang, &round))}
    }
}

/// Every change made to the round: who, when, whether it had opened, each field old → new.
fn edits_view(lang: Lang, round: &Round) -> impl IntoView {
    let items = round
        .edits
        .iter()
        .map(|edit| {
            let mut when = lang.tf(
                k::ROUND_EDITS_BY,
                &[("at", &domain::model::iso_time::minute(edit.at)), ("by", &edit.by)],
            );
            if edit.opened {
                when = format!("{when} ({})", lang.t(k::ROUND_EDITS_AFTER_OPENING));
            }
            let changes = edit
                .changes
                .iter()
                .map(|c| {
                    let text = lang.tf(
                        k::ROUND_EDITS_CHANGE,
                        &[("field", &c.name(lang)), ("old", &c.old), ("new", &c.new)],
                    );
                    view! { <li class="whitespace-pre-line">{text}</li> }
                })
                .collect_view();
            view! { <li class="mt-2"><p class="font-semibold">{when}</p><ul class="list-disc pl-6">{changes}</ul></li> }
        })
        .collect_view();
    view! {
        <h2 class="mt-8 text-2xl font-bold">{lang.t(k::ROUND_EDITS_H2)}</h2>
        <ol class="mt-2">{items}</ol>
    }
}

/// "3 av 9 (33 %)".
fn count(lang: Lang, done: usize, total: usize) -> String {
    lang.tf(
        k::ROUND_MATRIX_COUNT,
        &[
            ("done", &done.to_string()),
            ("total", &total.to_string()),
            ("percent", &whole_percent(lang, share(done, total))),
        ],
    )
}

fn cell_view(lang: Lang, cell: Cell) -> impl IntoView {
    let (mark, text) = cell_text(lang, cell);
    view! { <span aria-hidden="true">{mark}" "</span>{text} }
}

pub(crate) fn matrix_table(lang: Lang, round: &Round, matrix: &Matrix) -> impl IntoView {
    let heads = matrix
        .items
        .iter()
        .map(|i| view! { <th scope="col" class="p-2 text-left align-bottom">{item_label(lang, *i)}</th> })
        .collect_view();
    let rows = matrix
        .rows
        .iter()
        .map(|row| {
            let cells = row
                .cells
                .iter()
                .map(|c| view! { <td class="p-2">{cell_view(lang, *c)}</td> })
                .collect_view();
            view! {
                <tr class="border-t border-stone-300">
                    <th scope="row" class="p-2 text-left">{row.org.name()}</th>
                    {cells}
                    <td class="p-2">{count(lang, row.answered(), row.asked())}</td>
                </tr>
            }
        })
        .collect_view();
    let columns = (0..matrix.items.len())
        .map(|i| view! { <td class="p-2">{count(lang, matrix.column_answered(i), matrix.column_asked(i))}</td> })
        .collect_view();
    let (done, total) = matrix.total();
    let caption = lang.t(k::ROUND_MATRIX_CAPTION);
    let round_id = round.id.as_str().to_owned();
    view! {
        <ScrollRegion label=caption class="mt-2">
            <table class="w-full border-collapse bg-white text-sm" data-omgang=round_id>
                <caption class="text-left font-semibold">{caption}</caption>
                <thead><tr>
                    <th scope="col" class="p-2 text-left align-bottom">{lang.t(k::ROUND_MATRIX_ORG)}</th>
                    {heads}
                    <th scope="col" class="p-2 text-left align-bottom">{lang.t(k::ROUND_MATRIX_DONE)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
                <tfoot><tr class="border-t-2 border-stone-500 font-semibold">
                    <th scope="row" class="p-2 text-left">{lang.t(k::ROUND_MATRIX_ALL)}</th>
                    {columns}
                    <td class="p-2">{count(lang, done, total)}</td>
                </tr></tfoot>
            </table>
        </ScrollRegion>
    }
}

fn own_part(
    lang: Lang,
    round: &Round,
    phase: Phase,
    own: OwnPart,
    outcome: RwSignal<Option<Outcome>>,
    reload: Callback<()>,
) -> impl IntoView {
    let total = own.row.asked();
    let done = own.row.answered();
    let progress = lang.tf(
        k::ROUND_OWN_PROGRESS,
        &[("done", &done.to_string()), ("total", &total.to_string())],
    );
    let open = phase.takes_answers();
    let note = match phase {
        Phase::Planned => Some(lang.tf(
            k::ROUND_OWN_PLANNED_NOTE,
            &[("date", &long_date(lang, round.opens))],
        )),
        Phase::PastDeadline => Some(lang.t(k::ROUND_OWN_LATE_NOTE).to_owned()),
        Phase::Open | Phase::Closed => None,
    };
    let error_at = move |field: String| {
        move || match outcome.get() {
            Some(Outcome::Failed(text, at)) if at == field => Some(text),
            _ => None,
        }
    };
    let round_id = round.id.as_str().to_owned();
    let org_id = own.org.as_str().to_owned();
    let sections = round
        .sections
        .iter()
        .zip(&own.row.cells)
        .map(|(section, cell)| {
            let section = *section;
            let name = section.label(lang);
            let field = item_field(Item::Section(section));
            let can_confirm = open && own.confirmable.contains(&section);
            let (round_id, org_id) = (round_id.clone(), org_id.clone());
            let failed_field = field.clone();
            let confirm = move |_| {
                let (round_id, org_id, failed_field) = (round_id.clone(), org_id.clone(), failed_field.clone());
                leptos::task::spawn_local(async move {
                    match confirm_section(round_id, org_id, section.slug().to_owned()).await.map_err(|f| f.0) {
                        Ok(()) => {
                            outcome.set(Some(Outcome::Done(lang.tf(k::ROUND_OWN_CONFIRMED_NOW, &[("section", name)]))));
                            reload.run(());
                        }
                        Err(AppError::Invalid(errors)) => {
                            outcome.set(Some(Outcome::Failed(errors.sentences(lang), failed_field)));
                        }
                        Err(e) => outcome.set(Some(Outcome::Failed(e.message(lang), failed_field))),
                    }
                });
            };
            let edit = format!("/profil/{}/redigera?avsnitt={}", own.org.as_str(), section.slug());
            view! {
                <li id=item_anchor(Item::Section(section)) class="mt-3 border-t border-stone-200 pt-2" data-avsnitt=section.slug()>
                    <p><span class="font-semibold">{name}</span>": "{cell_view(lang, *cell)}</p>
                    <p class="font-semibold text-red-800">{error_at(field)}</p>
                    <p class="mt-1 flex flex-wrap gap-4">
                        {can_confirm.then(|| view! {
                            // The section's name completes the button's name for a screen reader
                            // without hiding what the button says on screen (WCAG 2.5.3).
                            <button type="button" class="rounded bg-blue-900 px-4 py-1 text-white" on:click=confirm>
                                {lang.t(k::ROUND_OWN_CONFIRM)}<span class="sr-only">" ("{name}")"</span>
                            </button>
                        })}
                        <a class="text-blue-900 underline" href=edit>
                            {lang.t(k::ROUND_OWN_EDIT)}<span class="sr-only">" ("{name}")"</span>
                        </a>
                    </p>
                </li>
            }
        })
        .collect_view();
    let offset = round.sections.len();
    let answers = round
        .questions
        .iter()
        .enumerate()
        .map(|(i, question)| {
            let text = RwSignal::new(own.answers.get(i).cloned().unwrap_or_default());
            let field = item_field(Item::Question(i));
            let id = item_anchor(Item::Question(i));
            let cell = own.row.cells.get(offset + i).copied();
            let (round_id, org_id, failed_field) = (round_id.clone(), org_id.clone(), field.clone());
            let submit = move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                let (round_id, org_id, failed_field) = (round_id.clone(), org_id.clone(), failed_field.clone());
                leptos::task::spawn_local(async move {
                    let result = answer_question(round_id, org_id, i, text.get_untracked()).await;
                    match result.map_err(|f| f.0) {
                        Ok(()) => {
                            let n = (i + 1).to_string();
                            outcome.set(Some(Outcome::Done(lang.tf(k::ROUND_OWN_ANSWER_SAVED, &[("n", &n)]))));
                            reload.run(());
                        }
                        // What was typed stays in the field.
                        Err(AppError::Invalid(errors)) => {
                            outcome.set(Some(Outcome::Failed(errors.sentences(lang), failed_field)));
                        }
                        Err(e) => outcome.set(Some(Outcome::Failed(e.message(lang), failed_field))),
                    }
                });
            };
            let label = lang.tf(k::ROUND_OWN_ANSWER_LABEL, &[("n", &(i + 1).to_string()), ("question", question)]);
            view! {
                <form class="mt-4" on:submit=submit novalidate>
                    <label for=id.clone() class="font-semibold">{label}</label>
                    {cell.map(|c| view! { <p>{cell_view(lang, c)}</p> })}
                    // The value is a property only: the server writes a textarea's children unescaped.
                    <textarea id=id.clone() rows="4" class="mt-1 w-full rounded border border-stone-500 bg-white px-2 py-1"
                        aria-describedby=format!("{id}-fel")
                        prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                    <p id=format!("{id}-fel") class="font-semibold text-red-800">{error_at(field)}</p>
                    {open.then(|| view! {
                        <button type="submit" class="mt-1 rounded bg-blue-900 px-4 py-1 text-white">{lang.t(k::ROUND_OWN_ANSWER_SAVE)}</button>
                    })}
                </form>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="egen-del" class="mt-6 rounded border border-blue-900 bg-white p-4">
            <h2 id="egen-del" class="text-2xl font-bold">{lang.tf(k::ROUND_OWN_H2, &[("org", own.org.name())])}</h2>
            <p id="egen-framsteg" class="mt-2 font-semibold">{progress}</p>
            <progress class="w-full max-w-md" max=total value=done aria-labelledby="egen-framsteg"></progress>
            {note.map(|n| view! { <p class="mt-2">{n}</p> })}
            <div role="status" aria-live="polite" class="mt-2">
                {move || match outcome.get() {
                    Some(Outcome::Done(text)) => Some(view! {
                        <p class="rounded border border-green-800 bg-green-50 p-3" data-utfall="sparat">{text}</p>
                    }.into_any()),
                    Some(Outcome::Failed(text, _)) => Some(view! {
                        <p class="rounded border border-red-800 bg-red-50 p-3 font-semibold" data-utfall="fel">{text}</p>
                    }.into_any()),
                    None => None,
                }}
            </div>
            {(own.org.has_profile() && !round.sections.is_empty()).then(|| view! {
                <h3 class="mt-4 text-xl font-bold">{lang.t(k::ROUND_OWN_SECTIONS)}</h3>
                <ul>{sections}</ul>
            })}
            {(!round.questions.is_empty()).then(|| view! {
                <h3 class="mt-6 text-xl font-bold">{lang.t(k::ROUND_OWN_QUESTIONS)}</h3>
                {answers}
            })}
        </section>
    }
}
