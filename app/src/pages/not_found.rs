//! The 404 page; it also sets the HTTP status during server rendering.

use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text="Sidan finns inte" />
        <h1 class="text-2xl font-bold">"Sidan finns inte"</h1>
        <p class="mt-4">
            "Vi hittar ingen sida eller organisation med den adressen. "
            <a class="text-blue-900 underline" href="/">"Gå till kartan"</a>
            " för att välja en kommun."
        </p>
    }
}
