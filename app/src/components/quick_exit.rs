//! "Lämna sidan snabbt": leaves for a neutral site and replaces this page in the tab's history,
//! so Back does not return here. It does not erase the history; `/saker-surfning` says so.

use crate::i18n::k;
use leptos::prelude::*;

/// Where the button goes: a neutral, common site.
pub const NEUTRAL_SITE: &str = "https://www.google.se/";

#[component]
pub fn QuickExit() -> impl IntoView {
    let lang = crate::i18n::use_lang();
    let leave = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let _ = window().location().replace(NEUTRAL_SITE);
    };
    view! {
        <div class="snabb-utgang flex flex-wrap items-center justify-end gap-3 bg-stone-800 px-4 py-2 text-white">
            <a id="lamna-snabbt" href=NEUTRAL_SITE rel="noreferrer" on:click=leave
                class="rounded bg-white px-4 py-2 font-bold text-stone-900 underline-offset-4 hover:underline focus:outline focus:outline-4 focus:outline-amber-400">
                {lang.t(k::EXIT_BUTTON)}
            </a>
            <a href="/saker-surfning" class="text-sm text-white underline">{lang.t(k::EXIT_ABOUT)}</a>
        </div>
    }
}
