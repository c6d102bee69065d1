//! `/saker-surfning`: what the quick-exit button does and does not do, in plain words.

use crate::i18n::k;
use leptos::prelude::*;

#[component]
pub fn SaferBrowsingPage() -> impl IntoView {
    let lang = crate::i18n::use_lang();
    view! {
        <crate::components::layout::PageTitle text=lang.t(k::SAFER_TITLE) />
        <article class="max-w-3xl space-y-4">
            <h1 class="text-3xl font-bold">{lang.t(k::SAFER_TITLE)}</h1>
            <p>
                {lang.t(k::SAFER_P1_BEFORE)} " " <strong>{lang.t(k::EXIT_BUTTON)}</strong> " "
                {lang.t(k::SAFER_P1_AFTER)}
            </p>
            <p>{lang.t(k::SAFER_NOJS)}</p>
            <p class="font-semibold">{lang.t(k::SAFER_P2)}</p>
            <h2 class="text-xl font-bold">{lang.t(k::SAFER_H2)}</h2>
            <ul class="list-disc space-y-1 pl-6">
                <li>{lang.t(k::SAFER_LI1)}</li>
                <li>{lang.t(k::SAFER_LI2)}</li>
                <li>{lang.t(k::SAFER_LI3)}</li>
            </ul>
        </article>
    }
}
