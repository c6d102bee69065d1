//! `/admin/beslut`: the administrator checks each principal's reported decision on the
//! regional agreement against its evidence; only checked decisions count towards "in force".

use crate::components::form_fields::{error_text, field_id};
use crate::components::rok::decision_view;
use crate::components::scroll_region::ScrollRegion;
use crate::i18n::{k, use_lang};
use api::edit::{DecisionsView, check_rok_decision, get_decisions, set_revision_start};
use domain::error::AppError;
use domain::form::agreement::REVISION_FIELD;
use domain::model::auth::Denied;
use domain::model::validation::FieldErrors;
use leptos::prelude::*;

const CELL: &str = "border-t border-stone-300 p-2 text-left align-top";

#[component]
pub fn DecisionsPage() -> impl IntoView {
    let lang = use_lang();
    let page = api::codec::resource(|| (), |_| get_decisions());
    let message = RwSignal::new(None::<Result<String, String>>);
    // What is typed in the revision date lives here, not in its form: checking a decision
    // reloads the page's data, and with it the form, and must not drop an unsaved date.
    let typed = RwSignal::new(None::<String>);
    let report = Callback::new(move |result: Result<(), AppError>| {
        let succeeded = result.is_ok();
        message.set(Some(match result {
            Ok(()) => Ok(lang.t(k::ROK_CHECK_DONE).to_owned()),
            Err(AppError::Invalid(errors)) => Err(errors.sentences(lang)),
            Err(e) => Err(e.message(lang)),
        }));
        if succeeded {
            page.refetch();
        }
    });
    view! {
        <crate::components::layout::PageTitle text=lang.t(k::DECISIONS_TITLE) />
        <p><a class="text-blue-900 underline" href="/admin">{lang.t(k::DECISIONS_BACK)}</a></p>
        <h1 class="mt-2 text-3xl font-bold">{lang.t(k::DECISIONS_TITLE)}</h1>
        <p class="mt-2 max-w-3xl">{lang.t(k::ROK_CHECK_HELP)}</p>
        <div role="status" aria-live="polite" class="mt-4">
            {move || message.get().map(|m| match m {
                Ok(text) => view! { <p class="rounded border border-green-800 bg-green-50 p-3" data-utfall="klart">{text}</p> }.into_any(),
                Err(text) => view! { <p class="rounded border border-red-800 bg-red-50 p-3 font-semibold" data-utfall="fel">{text}</p> }.into_any(),
            })}
        </div>
        <Suspense fallback=move || view! { <p>{lang.t(k::ADMIN_LOADING)}</p> }>
            {move || Suspend::new(async move {
                match page.await.map_err(|f| f.0) {
                    Ok(view) => view! {
                        <RevisionForm start=view.revision_start typed notice=message />
                        <DecisionTable view report />
                    }
                    .into_any(),
                    Err(AppError::Denied(Denied::NotSignedIn)) => view! {
                        <p class="mt-4">{lang.t(k::ADMIN_LOGIN_NEEDED)} " "
                            <a class="text-blue-900 underline" href="/logga-in?nasta=/admin/beslut">{lang.t(k::EDIT_LOGIN_LINK)}</a></p>
                    }.into_any(),
                    Err(e) => view! { <p role="alert" class="mt-4 rounded border border-red-800 bg-red-50 p-3">{e.message(lang)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn DecisionTable(view: DecisionsView, report: Callback<Result<(), AppError>>) -> impl IntoView {
    let lang = use_lang();
    let rows = view
        .rows
        .into_iter()
        .map(|row| {
            let name = row.org.name().to_owned();
            let action = match row.decision.value().map(|d| d.checkable()) {
                Some(Ok(())) => {
                    let (org, version) = (row.org.as_str().to_owned(), row.version);
                    let check = move |_| {
                        let org = org.clone();
                        leptos::task::spawn_local(async move {
                            let result = check_rok_decision(org, version).await;
                            report.run(result.map(|_| ()).map_err(|f| f.0));
                        });
                    };
                    view! {
                        <button type="button" class="rounded bg-blue-900 px-3 py-1 font-semibold text-white" on:click=check>
                            {lang.t(k::ROK_CHECK_SUBMIT)}
                            <span class="sr-only">" – " {name.clone()}</span>
                        </button>
                    }
                    .into_any()
                }
                Some(Err(why)) => view! { <p>{lang.t(why.key())}</p> }.into_any(),
                None => ().into_any(),
            };
            let decision = crate::components::fact::fact_view(&row.decision, |d| decision_view(lang, d, &[]));
            view! {
                <tr data-org=row.org.as_str().to_owned()>
                    <th scope="row" class=CELL>
                        <a class="text-blue-900 underline" href=row.org.profile_path()>{name}</a>
                    </th>
                    <td class=CELL>{decision}</td>
                    <td class=CELL>{action}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ScrollRegion label=lang.t(k::DECISIONS_CAPTION) class="mt-4">
        <table class="w-full border-collapse bg-white text-sm" id="rok-beslut">
            <caption class="p-2 text-left font-semibold">{lang.t(k::DECISIONS_CAPTION)}</caption>
            <thead><tr>
                <th scope="col" class=CELL>{lang.t(k::ADMIN_COL_ORG)}</th>
                <th scope="col" class=CELL>{lang.t(k::DECISIONS_COL_DECISION)}</th>
                <th scope="col" class=CELL>{lang.t(k::ADMIN_COL_ACTION)}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        </ScrollRegion>
    }
}

/// The date the agreement's revision must start by. A refused date stays in the field with its
/// error beside it.
#[component]
fn RevisionForm(
    start: Option<chrono::NaiveDate>,
    /// What was typed, `None` until something is: then the stored date shows.
    typed: RwSignal<Option<String>>,
    notice: RwSignal<Option<Result<String, String>>>,
) -> impl IntoView {
    let lang = use_lang();
    let stored = start.map(|d| d.to_string()).unwrap_or_default();
    let shown = stored.clone();
    let value = move || typed.get().unwrap_or_else(|| shown.clone());
    let errors = RwSignal::new(FieldErrors::default());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let date = typed.get_untracked().unwrap_or_else(|| stored.clone());
        leptos::task::spawn_local(async move {
            match set_revision_start(date).await.map_err(|f| f.0) {
                Ok(set) => {
                    errors.set(FieldErrors::default());
                    let key = if set.is_some() {
                        k::ROK_REVISION_DONE
                    } else {
                        k::ROK_REVISION_REMOVED
                    };
                    notice.set(Some(Ok(lang.t(key).to_owned())));
                }
                Err(AppError::Invalid(found)) => {
                    notice.set(Some(Err(found.sentences(lang))));
                    errors.set(found);
                }
                Err(e) => notice.set(Some(Err(e.message(lang)))),
            }
        });
    };
    let id = field_id(REVISION_FIELD);
    let help_id = format!("{id}-hjalp");
    let error_id = format!("{id}-fel");
    view! {
        <form class="mt-6 max-w-3xl rounded border border-stone-500 bg-white p-4" on:submit=on_submit novalidate>
            <h2 class="text-2xl font-bold">{lang.t(k::ROK_REVISION_H2)}</h2>
            <label class="mt-2 block font-semibold" for=id.clone()>{lang.t(k::ROK_REVISION_LABEL)}</label>
            <p id=help_id.clone() class="text-sm">{lang.t(k::ROK_REVISION_HELP)}</p>
            <input id=id class="mt-1 w-48 rounded border border-stone-500 bg-white px-2 py-1" type="text" inputmode="numeric"
                aria-describedby=format!("{help_id} {error_id}")
                aria-invalid=move || errors.with(|e| e.get(REVISION_FIELD).is_some()).to_string()
                prop:value=value
                on:input=move |ev| typed.set(Some(event_target_value(&ev))) />
            <p id=error_id class="font-semibold text-red-800">{move || errors.with(|e| error_text(e, REVISION_FIELD, lang))}</p>
            <button type="submit" class="mt-2 rounded bg-blue-900 px-4 py-2 font-semibold text-white">{lang.t(k::ROK_REVISION_SUBMIT)}</button>
        </form>
    }
}
