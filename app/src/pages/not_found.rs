//! The 404 page; it also sets the HTTP status during server rendering.

use crate::i18n::k;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    let lang = crate::i18n::use_lang();
    view! {
        <crate::components::layout::PageTitle text=lang.t(k::NOTFOUND_TITLE) />
        <h1 class="text-2xl font-bold">{lang.t(k::NOTFOUND_TITLE)}</h1>
        <p class="mt-4">
            {lang.t(k::NOTFOUND_TEXT)} " "
            <a class="text-blue-900 underline" href="/">{lang.t(k::NOTFOUND_LINK)}</a>
            " " {lang.t(k::NOTFOUND_AFTER)}
        </p>
    }
}
