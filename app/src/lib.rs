//! Kvinnofridskartan Dalarna: the Leptos application, its pages and components. They read and
//! change data through the server functions (`api`) only; the database and the use cases are
//! not among this crate's dependencies.

// Leptos views are deeply nested types; release builds (without type erasure) need more depth.
#![recursion_limit = "512"]

#[cfg(feature = "ssr")]
mod code_loader;
pub mod components;
pub mod i18n;
pub mod map;
pub mod pages;

use leptos::prelude::*;
use leptos_meta::{Stylesheet, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{Lazy, SsrMode, path};

/// The HTML document around the application.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use leptos::attr::custom::custom_attribute;
    use leptos_meta::MetaTags;
    let lang = current_lang();
    view! {
        <!DOCTYPE html>
        <html
            lang=lang.code()
            {..custom_attribute(i18n::TEXTS_ATTRIBUTE, i18n::bundle::path(lang))}
        >
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="description" content=lang.t(i18n::k::SITE_DESCRIPTION) />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                // The quick exit's own script: it works before the application's code has loaded.
                <script src="/lamna.js" defer></script>
                <AutoReload options=options.clone() />
                <code_loader::CodeLoader options />
                <MetaTags />
            </head>
            <body class="bg-stone-50 text-stone-900">
                <App />
            </body>
        </html>
    }
}

/// The reader's language: on the server from the request's cookie, in the browser from the
/// `lang` the server wrote.
fn current_lang() -> i18n::Lang {
    #[cfg(feature = "ssr")]
    {
        api::session::request_lang()
    }
    #[cfg(not(feature = "ssr"))]
    {
        document()
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|code| i18n::Lang::from_code(&code))
            .unwrap_or_default()
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let lang = current_lang();
    provide_context(lang);
    view! {
        <Stylesheet id="leptos" href="/pkg/kvinnofridskartan.css" />
        <Router>
            <components::layout::Layout>
                // Every page is rendered whole before it is sent (`SsrMode::Async`): what it
                // loads, the sign-in status among it, is in place without JavaScript, and the
                // same data always gives the same page.
                <Routes fallback=pages::not_found::NotFound>
                    <Route path=path!("") view=pages::map::MapPage ssr=SsrMode::Async />
                    <Route path=path!("/oversikt") view={Lazy::<pages::routes::Overview>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/profil/:id") view={Lazy::<pages::routes::Profile>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/profil/:id/redigera") view={Lazy::<pages::routes::Edit>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/profil/:id/dokument") view={Lazy::<pages::routes::Documents>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/profil/:id/historik") view={Lazy::<pages::routes::History>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/logga-in") view={Lazy::<pages::routes::Login>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/logga-ut") view={Lazy::<pages::routes::Logout>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/saker-surfning") view={Lazy::<pages::routes::SaferBrowsing>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/tillganglighet") view={Lazy::<pages::routes::Accessibility>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/metod") view={Lazy::<pages::routes::Method>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/uppfoljning") view={Lazy::<pages::routes::Rounds>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/uppfoljning/:round") view={Lazy::<pages::routes::Round>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/uppfoljning/:round/rapport") view={Lazy::<pages::routes::RoundReport>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/uppfoljning/:round/andra") view={Lazy::<pages::routes::RoundEdit>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/uppfoljning/:round/paminnelser") view={Lazy::<pages::routes::RoundReminders>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/uppfoljning/:round/forandring") view={Lazy::<pages::routes::RoundChange>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/admin") view={Lazy::<pages::routes::Admin>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/admin/beslut") view={Lazy::<pages::routes::Decisions>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/admin/frister") view={Lazy::<pages::routes::Deadlines>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/admin/rapporter") view={Lazy::<pages::routes::Feedback>::new()} ssr=SsrMode::Async />
                </Routes>
            </components::layout::Layout>
        </Router>
    }
}

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Hydration waits for the code of a lazily loaded page (`pages::routes`) when the page is
    // one; `hydrate_lazy` does the same but gives no way to know when it has finished.
    wasm_bindgen_futures::spawn_local(async {
        if let Err(error) = i18n::browser::load(current_lang()).await {
            // The page stays as the server rendered it: readable, its links and forms working.
            leptos::logging::error!("{error}");
            return;
        }
        let body = leptos::prelude::document().body();
        let Some(body) = body else { return };
        leptos::mount::hydrate_from_async(body.clone(), App)
            .await
            .forget();
        // Lets people and tests tell the interactive page from the server-rendered one.
        let _ = body.set_attribute("data-hydrated", "true");
    });
}
