//! "Behöver du stöd?": the national support line and the emergency number, on every page.

use crate::i18n::k;
use leptos::prelude::*;

#[component]
pub fn SupportBox() -> impl IntoView {
    let lang = crate::i18n::use_lang();
    view! {
        <aside aria-labelledby="behover-stod" class="mt-6 rounded border-2 border-blue-900 bg-white p-4">
            <h2 id="behover-stod" class="text-lg font-bold">{lang.t(k::SUPPORT_TITLE)}</h2>
            <p class="mt-1">
                {lang.t(k::SUPPORT_LINE)} " "
                <a class="font-semibold text-blue-900 underline" href="tel:020505050">"020-50 50 50"</a>
                ". " {lang.t(k::SUPPORT_EMERGENCY)} " "
                <a class="font-semibold text-blue-900 underline" href="tel:112">"112"</a> "."
            </p>
        </aside>
    }
}
