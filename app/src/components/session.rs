//! The header's sign-in status and the inactivity warning (WCAG 2.2.1: the user is told before
//! the session ends and can extend it with one button).

use crate::i18n::k;
use api::account::{current_session, extend_session};
use domain::model::account::{SESSION_WARNING_SECS, SessionInfo};
use leptos::prelude::*;

#[component]
pub fn SessionBar() -> impl IntoView {
    let lang = crate::i18n::use_lang();
    let session = api::codec::resource(|| (), |_| current_session());
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match session.await {
                    Ok(Some(info)) => view! { <SignedIn info /> }.into_any(),
                    _ => view! {
                        <a class="text-blue-900 underline underline-offset-4" href="/logga-in">{lang.t(k::SESSION_LOGIN)}</a>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn SignedIn(info: SessionInfo) -> impl IntoView {
    let lang = crate::i18n::use_lang();
    let full = info.expires_in;
    // Counted from the wall clock, not from ticks: browsers slow timers in background tabs.
    let deadline = RwSignal::new(None::<f64>);
    let now = RwSignal::new(0.0);
    Effect::new(move |_| {
        let start = now_ms();
        now.set(start);
        deadline.set(Some(start + full as f64 * 1000.0));
        let _ =
            set_interval_with_handle(move || now.set(now_ms()), std::time::Duration::from_secs(1));
    });
    let remaining = Memo::new(move |_| match deadline.get() {
        Some(end) => ((end - now.get()) / 1000.0).ceil().max(0.0) as i64,
        None => full,
    });
    let extend = move |_| {
        leptos::task::spawn_local(async move {
            let end = match extend_session().await {
                Ok(Some(_)) => now_ms() + full as f64 * 1000.0,
                _ => 0.0,
            };
            deadline.set(Some(end));
            now.set(now_ms());
        });
    };
    // The warning takes focus once when it appears, so keyboard and screen-reader users meet it.
    let extend_button = NodeRef::<leptos::html::Button>::new();
    let warned = Memo::new(move |_| {
        let left = remaining.get();
        left > 0 && left <= SESSION_WARNING_SECS
    });
    Effect::new(move |_| {
        if warned.get()
            && let Some(button) = extend_button.get()
        {
            let _ = button.focus();
        }
    });
    // A partner has no profile to edit; its part is in the follow-up rounds.
    let edit = info.org.as_ref().filter(|o| o.has_profile()).map(|o| {
        view! {
            <a class="text-blue-900 underline underline-offset-4" href=format!("/profil/{o}/redigera")>
                {lang.tf(k::SESSION_EDIT, &[("name", o.name())])}
            </a>
        }
    });
    let admin = (info.role == domain::model::account::Role::Admin).then(|| {
        view! { <a class="text-blue-900 underline underline-offset-4" href="/admin">{lang.t(k::SESSION_USERS)}</a> }
    });
    view! {
        <span class="text-sm">{lang.tf(k::SESSION_SIGNED_IN, &[("email", &info.email.to_string())])}</span>
        {edit}
        {admin}
        <a class="text-blue-900 underline underline-offset-4" href="/logga-ut">{lang.t(k::SESSION_LOGOUT)}</a>
        {move || {
            let left = remaining.get();
            (left <= SESSION_WARNING_SECS).then(|| {
                // Whole minutes only: the text is read aloud each time it changes.
                let minutes = (left + 59) / 60;
                let text = match minutes {
                    0 => lang.t(k::SESSION_ENDED).to_owned(),
                    1 => lang.t(k::SESSION_ONE_MINUTE).to_owned(),
                    n => lang.tf(k::SESSION_MINUTES, &[("minutes", &n.to_string())]),
                };
                view! {
                    <div role="alertdialog" aria-labelledby="session-varning" aria-live="assertive"
                        class="fixed inset-x-0 bottom-0 z-50 border-t-4 border-amber-600 bg-white p-4 shadow-lg">
                        <p id="session-varning" class="font-semibold">{text}</p>
                        {(left > 0).then(|| view! {
                            <button type="button" class="mt-2 rounded bg-blue-900 px-4 py-2 text-white" on:click=extend
                                node_ref=extend_button>
                                {lang.t(k::SESSION_EXTEND)}
                            </button>
                        })}
                        {(left == 0).then(|| view! {
                            <a class="mt-2 inline-block text-blue-900 underline" href="/logga-in" target="_blank">{lang.t(k::SESSION_AGAIN)}</a>
                        })}
                    </div>
                }
            })
        }}
    }
}

/// Milliseconds since the epoch in the browser (the warning never runs on the server).
fn now_ms() -> f64 {
    #[cfg(feature = "hydrate")]
    {
        js_sys::Date::now()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        0.0
    }
}
