//! "Lämna sidan snabbt": leaves for a neutral site and replaces this page in the tab's history,
//! so Back does not return here. It does not erase the history; `/saker-surfning` says so.
//!
//! The bar stays at the top while the page scrolls. Its behaviour is `public/lamna.js`, a small
//! script of its own that works as soon as the page is read, before the application's code has
//! loaded: it covers the page at once, replaces it in the history, and leaves on three presses of
//! Shift too. Without JavaScript the link still leaves, through the server
//! ([`domain::model::quick_exit::PATH`]), but the page stays in the history.

use crate::i18n::k;
use domain::model::quick_exit::{PATH, SHIFT_PRESSES, SHIFT_WINDOW_MS};
use leptos::prelude::*;

/// The id the script finds the button by.
pub const BUTTON_ID: &str = "lamna-snabbt";

#[component]
pub fn QuickExit() -> impl IntoView {
    let lang = crate::i18n::use_lang();
    view! {
        <div class="snabb-utgang sticky top-0 z-40 flex flex-wrap items-center justify-end gap-x-3 gap-y-1 bg-stone-800 px-4 py-2 text-white">
            <a id=BUTTON_ID href=PATH rel="noreferrer"
                data-tryck=SHIFT_PRESSES.to_string() data-fonster=SHIFT_WINDOW_MS.to_string()
                aria-describedby="lamna-tips"
                class="rounded bg-white px-4 py-2 font-bold text-stone-900 underline-offset-4 hover:underline focus:outline focus:outline-4 focus:outline-amber-400">
                {lang.t(k::EXIT_BUTTON)}
            </a>
            <span id="lamna-tips" class="sr-only">{lang.t(k::EXIT_SHIFT_HINT)}</span>
            <a href="/saker-surfning" class="text-sm text-white underline">{lang.t(k::EXIT_ABOUT)}</a>
            // What the script says after each press of Shift, read by screen readers.
            <span id="lamna-status" class="sr-only" aria-live="polite" aria-atomic="true"
                data-kvar-2=lang.t(k::EXIT_SHIFT_TWO_MORE) data-kvar-1=lang.t(k::EXIT_SHIFT_ONE_MORE)></span>
        </div>
    }
}
