//! The 404 page; it also sets the HTTP status during server rendering.

use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    let lang = crate::i18n::use_lang();
    view! {
        <crate::components::layout::PageTitle text=lang.t("notfound.title") />
        <h1 class="text-2xl font-bold">{lang.t("notfound.title")}</h1>
        <p class="mt-4">
            {lang.t("notfound.text")} " "
            <a class="text-blue-900 underline" href="/">{lang.t("notfound.link")}</a>
            " " {lang.t("notfound.after")}
        </p>
    }
}
