//! Reporting an accessibility problem (the form on `/tillganglighet`, with and without
//! JavaScript) and `/admin/rapporter`, where the administrators read the reports.

use crate::components::form_fields::{error_text, field_id};
use crate::components::layout::PageTitle;
use crate::components::scroll_region::ScrollRegion;
use crate::i18n::{Key, k, use_lang};
use api::feedback::{list_feedback, send_feedback};
use domain::error::AppError;
use domain::model::auth::Denied;
use domain::model::feedback::{CONTACT, FORM_ANCHOR, Feedback, MESSAGE, Outcome, PAGE};
use domain::model::iso_time::minute;
use domain::model::validation::{FieldErrors, LONG_TEXT_MAX};
use domain::view::feedback::{ADMIN_PATH, mailed_label, not_sent, or_not_given};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

const INPUT: &str = "mt-1 w-full rounded border border-stone-500 bg-white px-2 py-1 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-800";
const CELL: &str = "border-t border-stone-300 p-2 text-left align-top";

/// What the reader sees after sending: thanks, or why nothing was sent.
#[derive(Clone)]
enum Shown {
    Sent,
    NotSent(String),
}

/// One labelled field of the form, with its help and its error.
fn field(
    name: &'static str,
    label: Key,
    help: String,
    value: RwSignal<String>,
    errors: RwSignal<FieldErrors>,
    area: bool,
) -> AnyView {
    let lang = use_lang();
    let id = field_id(name);
    let help_id = format!("{id}-hjalp");
    let error_id = format!("{id}-fel");
    let described = format!("{help_id} {error_id}");
    let invalid = move || errors.with(|e| e.get(name).is_some()).to_string();
    let on_input = move |ev: leptos::ev::Event| value.set(event_target_value(&ev));
    // A textarea's value is set only as a property, never as its children (see
    // `components::form_fields`).
    let input = if area {
        view! {
            <textarea id=id.clone() name=name class=INPUT rows="6" required
                aria-describedby=described aria-invalid=invalid
                prop:value=move || value.get() on:input=on_input></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() name=name class=INPUT type="text"
                autocomplete=if name == CONTACT { "email" } else { "off" }
                aria-describedby=described aria-invalid=invalid
                prop:value=move || value.get() on:input=on_input />
        }
        .into_any()
    };
    view! {
        <div>
            <label for=id class="block font-semibold">{lang.t(label)}</label>
            <p id=help_id class="text-sm text-stone-700">{help}</p>
            <p id=error_id class="font-semibold text-red-800" data-fel=name>
                {move || errors.with(|e| error_text(e, name, lang))}
            </p>
            {input}
        </div>
    }
    .into_any()
}

/// The form of "Rapportera brister". With JavaScript it is sent by the page's code and keeps
/// what was typed until it is sent; without, the browser sends it and is sent back here with
/// the outcome (`?rapport=`), and its own check of the required field keeps an empty form
/// from leaving.
#[component]
pub fn ReportForm() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let message = RwSignal::new(String::new());
    let page = RwSignal::new(String::new());
    let contact = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::default());
    let busy = RwSignal::new(false);
    let told = move |outcome| not_sent(outcome, lang).map_or(Shown::Sent, Shown::NotSent);
    let shown = RwSignal::new(query.with_untracked(|q| {
        q.get("rapport")
            .and_then(|key| Outcome::from_key(&key))
            .map(told)
    }));
    // With the page's code running, the Swedish messages replace the browser's own check.
    let scripted = RwSignal::new(false);
    Effect::new(move |_| scripted.set(true));
    let status = NodeRef::<leptos::html::Div>::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        busy.set(true);
        leptos::task::spawn_local(async move {
            let result = send_feedback(
                message.get_untracked(),
                page.get_untracked(),
                contact.get_untracked(),
            )
            .await;
            busy.set(false);
            match result.map_err(|f| f.0) {
                Ok(()) => {
                    for typed in [message, page, contact] {
                        typed.set(String::new());
                    }
                    errors.set(FieldErrors::default());
                    shown.set(Some(Shown::Sent));
                }
                Err(AppError::Invalid(found)) => {
                    errors.set(found);
                    shown.set(Some(told(Outcome::NotSent)));
                }
                Err(e) => shown.set(Some(Shown::NotSent(e.message(lang)))),
            }
            if let Some(status) = status.get_untracked() {
                let _ = status.focus();
            }
        });
    };
    let max = LONG_TEXT_MAX.to_string();
    let action = <api::feedback::SendFeedback as leptos::server_fn::ServerFn>::PATH;
    view! {
        <p>{lang.t(k::FEEDBACK_INTRO)}</p>
        <div id=FORM_ANCHOR node_ref=status tabindex="-1" role="status" class="focus:outline-none">
            {move || shown.get().map(|s| match s {
                Shown::Sent => view! {
                    <p class="rounded border border-green-800 bg-green-50 p-3" data-utfall="skickad">{lang.t(k::FEEDBACK_SENT)}</p>
                }.into_any(),
                Shown::NotSent(text) => view! {
                    <p class="rounded border border-red-800 bg-red-50 p-3 font-semibold" data-utfall="fel">{text}</p>
                }.into_any(),
            })}
        </div>
        <form class="max-w-2xl space-y-4" method="post" action=action
            novalidate=move || scripted.get() on:submit=on_submit>
            {api::csrf::page_token().map(|token| view! { <input type="hidden" name=api::csrf::FIELD value=token /> })}
            {field(MESSAGE, k::FEEDBACK_MESSAGE, lang.tf(k::FEEDBACK_MESSAGE_HELP, &[("max", &max)]), message, errors, true)}
            {field(PAGE, k::FEEDBACK_PAGE, lang.t(k::FEEDBACK_PAGE_HELP).to_owned(), page, errors, false)}
            {field(CONTACT, k::FEEDBACK_CONTACT, lang.t(k::FEEDBACK_CONTACT_HELP).to_owned(), contact, errors, false)}
            <button type="submit" class="rounded bg-blue-900 px-6 py-2 font-semibold text-white" prop:disabled=move || busy.get()>
                {move || lang.t(if busy.get() { k::FEEDBACK_BUSY } else { k::FEEDBACK_SUBMIT })}
            </button>
        </form>
    }
}

/// `/admin/rapporter`.
#[component]
pub fn FeedbackPage() -> impl IntoView {
    let lang = use_lang();
    let reports = api::codec::resource(|| (), |_| list_feedback());
    view! {
        <PageTitle text=lang.t(k::FEEDBACK_ADMIN_TITLE) />
        <p><a class="text-blue-900 underline" href="/admin">{lang.t(k::DECISIONS_BACK)}</a></p>
        <h1 class="mt-2 text-3xl font-bold">{lang.t(k::FEEDBACK_ADMIN_TITLE)}</h1>
        <p class="mt-2 max-w-3xl">{lang.t(k::FEEDBACK_ADMIN_INTRO)}</p>
        <Suspense fallback=move || view! { <p>{lang.t(k::ADMIN_LOADING)}</p> }>
            {move || Suspend::new(async move {
                match reports.await.map_err(|f| f.0) {
                    Ok(list) if list.is_empty() => view! { <p class="mt-4" id="inga-rapporter">{lang.t(k::FEEDBACK_ADMIN_NONE)}</p> }.into_any(),
                    Ok(list) => view! { <Reports list /> }.into_any(),
                    Err(AppError::Denied(Denied::NotSignedIn)) => view! {
                        <p class="mt-4">{lang.t(k::FEEDBACK_ADMIN_LOGIN_NEEDED)} " "
                            <a class="text-blue-900 underline" href=format!("/logga-in?nasta={ADMIN_PATH}")>{lang.t(k::EDIT_LOGIN_LINK)}</a></p>
                    }.into_any(),
                    Err(e) => view! { <p role="alert" class="mt-4 rounded border border-red-800 bg-red-50 p-3">{e.message(lang)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Reports(list: Vec<Feedback>) -> impl IntoView {
    let lang = use_lang();
    let caption = lang.t(k::FEEDBACK_ADMIN_CAPTION);
    let rows = list
        .into_iter()
        .map(|report| {
            view! {
                <tr>
                    <th scope="row" class=format!("{CELL} whitespace-nowrap")>{minute(report.at)}</th>
                    <td class=format!("{CELL} whitespace-pre-wrap")>{report.message.clone()}</td>
                    <td class=CELL>{or_not_given(&report.page, lang).to_owned()}</td>
                    <td class=CELL>{or_not_given(&report.contact, lang).to_owned()}</td>
                    <td class=CELL>{mailed_label(report.mailed.as_ref(), lang)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ScrollRegion label=caption class="mt-4">
            <table class="w-full border-collapse bg-white text-sm" id="rapporter">
                <caption class="p-2 text-left font-semibold">{caption}</caption>
                <thead><tr>
                    <th scope="col" class=CELL>{lang.t(k::FEEDBACK_COL_AT)}</th>
                    <th scope="col" class=CELL>{lang.t(k::FEEDBACK_COL_MESSAGE)}</th>
                    <th scope="col" class=CELL>{lang.t(k::FEEDBACK_COL_PAGE)}</th>
                    <th scope="col" class=CELL>{lang.t(k::FEEDBACK_COL_CONTACT)}</th>
                    <th scope="col" class=CELL>{lang.t(k::FEEDBACK_COL_MAILED)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </ScrollRegion>
    }
}
