//! `/profil/<id>/historik`: every saved change of a profile, newest first, in plain words.

use crate::i18n::k;
use crate::i18n::{long_date, use_lang};
use crate::pages::not_found::NotFound;
use api::edit::get_history;
use domain::error::AppError;
use domain::model::revision::Revision;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn HistoryPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let page = api::codec::resource(id, get_history);
    view! {
        <Suspense fallback=move || view! { <p>{lang.t(k::HISTORY_LOADING)}</p> }>
            {move || Suspend::new(async move {
                match page.await.map_err(|f| f.0) {
                    Ok(page) => {
                        let org = page.organisation;
                        let empty = page.revisions.is_empty();
                        view! {
                            <crate::components::layout::PageTitle text=lang.tf(k::HISTORY_TITLE, &[("name", &org.name)]) />
                            <p><a class="text-blue-900 underline" href=format!("/profil/{}", org.id)>{lang.t(k::HISTORY_BACK)}</a></p>
                            <h1 class="mt-2 text-3xl font-bold">{lang.tf(k::HISTORY_H1, &[("name", &org.name)])}</h1>
                            {if empty {
                                view! { <p class="mt-4">{lang.t(k::HISTORY_EMPTY)}</p> }.into_any()
                            } else {
                                revision_list(page.revisions)
                            }}
                        }
                        .into_any()
                    }
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(error) => view! {
                        <p role="alert" class="rounded border border-red-800 bg-red-50 p-4">{error.message(lang)}</p>
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
}

/// Revisions as a list: when, by whom, and each field's old → new value.
pub fn revision_list(revisions: Vec<Revision>) -> AnyView {
    let lang = use_lang();
    view! {
        <ol class="mt-4 space-y-4">
            {revisions
                .into_iter()
                .map(|r| {
                    let when = lang.tf(
                        k::HISTORY_WHEN,
                        &[
                            ("date", &long_date(lang, r.at.date_naive())),
                            ("time", &domain::model::iso_time::clock(r.at)),
                            ("by", &r.by),
                            ("version", &r.version.to_string()),
                        ],
                    );
                    view! {
                        <li class="rounded border border-stone-300 bg-white p-3" data-version=r.version>
                            <p class="font-semibold">{when}</p>
                            <ul class="mt-2 space-y-1">
                                {r.changes
                                    .into_iter()
                                    .map(|c| view! {
                                        <li>
                                            <strong>{c.name(lang)}</strong> ": "
                                            <span class="line-through decoration-1">{c.old}</span>
                                            " → " <span>{c.new}</span>
                                        </li>
                                    })
                                    .collect_view()}
                            </ul>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
    .into_any()
}
