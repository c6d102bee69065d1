//! `/saker-surfning`: what the quick-exit button does and does not do, in plain words.

use leptos::prelude::*;

#[component]
pub fn SaferBrowsingPage() -> impl IntoView {
    let lang = crate::i18n::use_lang();
    view! {
        <crate::components::layout::PageTitle text=lang.t("safer.title") />
        <article class="max-w-3xl space-y-4">
            <h1 class="text-3xl font-bold">{lang.t("safer.title")}</h1>
            <p>
                {lang.t("safer.p1.before")} " " <strong>{lang.t("exit.button")}</strong> " "
                {lang.t("safer.p1.after")}
            </p>
            <p class="font-semibold">{lang.t("safer.p2")}</p>
            <h2 class="text-xl font-bold">{lang.t("safer.h2")}</h2>
            <ul class="list-disc space-y-1 pl-6">
                <li>{lang.t("safer.li1")}</li>
                <li>{lang.t("safer.li2")}</li>
                <li>{lang.t("safer.li3")}</li>
            </ul>
            <crate::components::support::SupportBox />
        </article>
    }
}
