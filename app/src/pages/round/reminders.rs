//! `/uppfoljning/<id>/paminnelser`: the administrator sees when a round's reminders fall and
//! every mail, sent, failed with its next try, or, without an SMTP server, what would have
//! been sent.

use crate::components::scroll_region::ScrollRegion;
use crate::i18n::{Lang, k, use_lang};
use crate::pages::not_found::NotFound;
use api::rounds::{RemindersView, get_reminders};
use domain::error::AppError;
use domain::view::reminder::delivery_text;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

const TABLE: &str = "mt-2 w-full border-collapse bg-white text-sm";
const CELL: &str = "border-t border-stone-300 p-2 text-left align-top";

#[component]
pub fn RemindersPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let id = move || params.read().get("round").unwrap_or_default();
    let page = api::codec::resource(id, get_reminders);
    view! {
        <Suspense fallback=move || view! { <p>{lang.t(k::EDIT_LOADING)}</p> }>
            {move || Suspend::new(async move {
                match page.await.map_err(|f| f.0) {
                    Ok(view) => reminders_view(lang, view).into_any(),
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

fn reminders_view(lang: Lang, view: RemindersView) -> impl IntoView {
    let round = &view.round;
    let title = lang.tf(k::REMINDERS_TITLE, &[("title", &round.title)]);
    let back = format!("/uppfoljning/{}", round.id.as_str());
    let today_due = view.due;
    // The reminders before the one due have passed, whether or not anyone was left to mail.
    let due_on = view
        .occasions
        .iter()
        .find(|(o, _)| Some(*o) == today_due)
        .map(|(_, date)| *date);
    let occasions = view
        .occasions
        .iter()
        .map(|(occasion, date)| {
            let state = if Some(*occasion) == today_due {
                lang.t(k::REMINDERS_SCHEDULE_DUE)
            } else if due_on.is_some_and(|due| *date <= due) {
                lang.t(k::REMINDERS_SCHEDULE_PASSED)
            } else {
                ""
            };
            view! {
                <tr>
                    <th scope="row" class=CELL>{occasion.label(lang)}</th>
                    <td class=CELL>{date.to_string()}</td>
                    <td class=CELL>{state}</td>
                </tr>
            }
        })
        .collect_view();
    let mails = view
        .mails
        .iter()
        .map(|mail| {
            view! {
                <tr>
                    <th scope="row" class=CELL>{mail.to.as_str().to_owned()}</th>
                    <td class=CELL>{mail.org.name()}</td>
                    <td class=CELL>{mail.occasion.label(lang)}</td>
                    <td class=CELL>{delivery_text(lang, &mail.delivery)}</td>
                    <td class=CELL>{mail.attempts}</td>
                </tr>
            }
        })
        .collect_view();
    let none = view.mails.is_empty();
    view! {
        <crate::components::layout::PageTitle text=title.clone() />
        <p><a class="text-blue-900 underline" href=back>{round.title.clone()}</a></p>
        <h1 class="mt-2 text-3xl font-bold">{title}</h1>
        <p class="mt-2 max-w-prose">{lang.t(k::REMINDERS_INTRO)}</p>
        {(!view.smtp).then(|| view! {
            <p id="ingen-smtp" class="mt-4 max-w-prose rounded border-2 border-amber-800 bg-amber-50 p-3">
                <span aria-hidden="true">"⚠ "</span>{lang.t(k::REMINDERS_NO_SMTP)}
            </p>
        })}
        <h2 class="mt-6 text-2xl font-bold">{lang.t(k::REMINDERS_SCHEDULE_H2)}</h2>
        <ScrollRegion label=lang.t(k::REMINDERS_SCHEDULE_CAPTION)>
        <table class=TABLE>
            <caption class="text-left font-semibold">{lang.t(k::REMINDERS_SCHEDULE_CAPTION)}</caption>
            <thead><tr>
                <th scope="col" class=CELL>{lang.t(k::REMINDERS_COL_OCCASION)}</th>
                <th scope="col" class=CELL>{lang.t(k::REMINDERS_COL_DATE)}</th>
                <th scope="col" class=CELL>{lang.t(k::REMINDERS_COL_STATE)}</th>
            </tr></thead>
            <tbody>{occasions}</tbody>
        </table>
        </ScrollRegion>
        <h2 class="mt-6 text-2xl font-bold">{lang.t(k::REMINDERS_MAILS_H2)}</h2>
        {if none {
            view! { <p class="mt-2">{lang.t(k::REMINDERS_MAILS_NONE)}</p> }.into_any()
        } else {
            view! {
                <ScrollRegion labelledby="paminnelser-brev">
                    <table class=TABLE>
                        <caption id="paminnelser-brev" class="text-left font-semibold">{lang.t(k::REMINDERS_MAILS_CAPTION)}</caption>
                        <thead><tr>
                            <th scope="col" class=CELL>{lang.t(k::REMINDERS_COL_TO)}</th>
                            <th scope="col" class=CELL>{lang.t(k::REPORT_COL_ORG)}</th>
                            <th scope="col" class=CELL>{lang.t(k::REMINDERS_COL_OCCASION)}</th>
                            <th scope="col" class=CELL>{lang.t(k::REMINDERS_COL_STATE)}</th>
                            <th scope="col" class=CELL>{lang.t(k::REMINDERS_COL_ATTEMPTS)}</th>
                        </tr></thead>
                        <tbody>{mails}</tbody>
                    </table>
                </ScrollRegion>
            }.into_any()
        }}
    }
}
