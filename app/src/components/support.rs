//! "Behöver du stöd?": the national support line and the emergency number, on every page.

use crate::i18n::k;
use domain::model::support::{EMERGENCY, SUPPORT_LINE};
use leptos::prelude::*;

#[component]
pub fn SupportBox() -> impl IntoView {
    let lang = crate::i18n::use_lang();
    view! {
        <aside aria-labelledby="behover-stod" class="mt-6 rounded border-2 border-blue-900 bg-white p-4">
            <h2 id="behover-stod" class="text-lg font-bold">{lang.t(k::SUPPORT_TITLE)}</h2>
            <p class="mt-1">
                {lang.t(k::SUPPORT_LINE)} " "
                <a class="font-semibold text-blue-900 underline" href=SUPPORT_LINE.href()>{SUPPORT_LINE.shown}</a>
                ". " {lang.t(k::SUPPORT_EMERGENCY)} " "
                <a class="font-semibold text-blue-900 underline" href=EMERGENCY.href()>{EMERGENCY.shown}</a> "."
            </p>
        </aside>
    }
}
