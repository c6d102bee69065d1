//! `/logga-in` and `/logga-ut`.

use crate::i18n::k;
use api::account::{login, logout};
use api::rounds::get_rounds;
use domain::model::OrgId;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

fn go(path: &str) {
    let _ = window().location().set_href(path);
}

/// Where a coordinator starts: a running follow-up round their organisation takes part in,
/// otherwise its edit form (for a partner, which has none, the list of rounds).
async fn start_page(org: &OrgId) -> String {
    let rounds = get_rounds().await.map(|v| v.rounds).unwrap_or_default();
    match rounds
        .iter()
        .find(|s| s.round.includes(org) && s.phase.takes_answers())
    {
        Some(running) => format!("/uppfoljning/{}", running.round.id.as_str()),
        None if org.has_profile() => format!("/profil/{org}/redigera"),
        None => "/uppfoljning".to_owned(),
    }
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let lang = crate::i18n::use_lang();
    let query = use_query_map();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if email.get_untracked().trim().is_empty() || password.get_untracked().is_empty() {
            error.set(Some(lang.t(k::LOGIN_EMPTY).to_owned()));
            return;
        }
        busy.set(true);
        let next = query.with_untracked(|q| q.get("nasta"));
        leptos::task::spawn_local(async move {
            let result = login(email.get_untracked(), password.get_untracked()).await;
            busy.set(false);
            match result {
                Ok(info) => {
                    let target = match (next, info.org) {
                        (Some(next), _) => Some(next),
                        (None, Some(org)) => Some(start_page(&org).await),
                        (None, None) => None,
                    };
                    go(domain::model::links::local_path(target.as_deref()));
                }
                Err(e) => {
                    // The password is cleared; what was typed as address stays.
                    password.set(String::new());
                    error.set(Some(e.message(lang)));
                }
            }
        });
    };
    view! {
        <crate::components::layout::PageTitle text=lang.t(k::LOGIN_TITLE) />
        <h1 class="text-3xl font-bold">{lang.t(k::LOGIN_TITLE)}</h1>
        <p class="mt-2 max-w-2xl">{lang.t(k::LOGIN_INTRO)}</p>
        <div role="alert" class="mt-4">
            {move || error.get().map(|e| view! { <p class="rounded border border-red-800 bg-red-50 p-3 font-semibold">{e}</p> })}
        </div>
        <form class="mt-4 max-w-md space-y-4" on:submit=on_submit method="post" action="/api/logga-in">
            <div>
                <label for="epost" class="block font-semibold">{lang.t(k::LOGIN_EMAIL)}</label>
                <input id="epost" name="email" type="email" autocomplete="username" required
                    class="mt-1 w-full rounded border border-stone-500 px-2 py-1"
                    prop:value=move || email.get() on:input=move |ev| email.set(event_target_value(&ev)) />
            </div>
            <div>
                <label for="losenord" class="block font-semibold">{lang.t(k::LOGIN_PASSWORD)}</label>
                <input id="losenord" name="password" type="password" autocomplete="current-password" required
                    class="mt-1 w-full rounded border border-stone-500 px-2 py-1"
                    prop:value=move || password.get() on:input=move |ev| password.set(event_target_value(&ev)) />
            </div>
            <button type="submit" class="rounded bg-blue-900 px-6 py-2 font-semibold text-white" prop:disabled=move || busy.get()>
                {move || lang.t(if busy.get() { k::LOGIN_BUSY } else { k::LOGIN_TITLE })}
            </button>
        </form>
        <p class="mt-6 max-w-2xl text-sm text-stone-700">{lang.t(k::LOGIN_FORGOT)}</p>
    }
}

#[component]
pub fn LogoutPage() -> impl IntoView {
    let lang = crate::i18n::use_lang();
    let error = RwSignal::new(None::<String>);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        leptos::task::spawn_local(async move {
            match logout().await {
                Ok(()) => go("/"),
                Err(e) => error.set(Some(e.message(lang))),
            }
        });
    };
    view! {
        <crate::components::layout::PageTitle text=lang.t(k::LOGOUT_TITLE) />
        <h1 class="text-3xl font-bold">{lang.t(k::LOGOUT_TITLE)}</h1>
        <div role="alert">{move || error.get().map(|e: String| view! { <p class="mt-4 rounded border border-red-800 bg-red-50 p-3">{e}</p> })}</div>
        <form class="mt-4" method="post" action="/api/logga-ut" on:submit=on_submit>
            {api::csrf::page_token().map(|token| view! { <input type="hidden" name=api::csrf::FIELD value=token /> })}
            <button type="submit" class="rounded bg-blue-900 px-6 py-2 font-semibold text-white">{lang.t(k::LOGOUT_SUBMIT)}</button>
        </form>
    }
}
