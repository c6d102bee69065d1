//! The page frame: skip link, quick exit, header with the language switch, main landmark and
//! footer.

use crate::i18n::k;
use crate::i18n::{Lang, use_lang};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The map's attribution, as Lantmäteriet asks for it.
pub fn attribution(lang: Lang) -> &'static str {
    lang.t(k::ATTRIBUTION)
}

/// The language switch: a plain link to `/sprak/<code>`, which remembers the choice and returns
/// to the same page with the same query.
#[component]
fn LanguageSwitch(lang: Lang) -> impl IntoView {
    let location = use_location();
    let other = lang.other();
    let href = move || {
        let path = location.pathname.get();
        let search = location.search.get();
        let back = if search.is_empty() {
            path
        } else {
            format!("{path}?{}", search.trim_start_matches('?'))
        };
        format!(
            "/sprak/{}?tillbaka={}",
            other.code(),
            domain::model::links::encode(&back)
        )
    };
    view! {
        <a
            id="sprakval"
            href=href
            rel="external"
            lang=other.code()
            hreflang=other.code()
            aria-label=lang.t(k::LAYOUT_SWITCH_LABEL)
            class="text-blue-900 underline underline-offset-4"
        >
            {lang.t(k::LAYOUT_SWITCH)}
        </a>
    }
}

/// The document title: the page's own, then the site's name. Each page sets the whole title
/// itself, so that the title the server wrote stays until the page's code has loaded.
#[component]
pub fn PageTitle(#[prop(into)] text: String) -> impl IntoView {
    let lang = use_lang();
    let title = format!("{text} – {}", lang.t(k::SITE_NAME));
    // The server writes the title into the page as it is given (leptos_meta does not escape
    // it), and a title may name what was stored; the browser sets it as text.
    #[cfg(feature = "ssr")]
    let title = domain::escape::markup(&title);
    view! { <leptos_meta::Title text=title /> }
}

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let lang = use_lang();
    view! {
        <a
            href="#innehall"
            class="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-4 focus:py-2 focus:text-blue-900 focus:underline"
        >
            {lang.t(k::LAYOUT_SKIP)}
        </a>
        <crate::components::quick_exit::QuickExit />
        <header class="border-b border-stone-300 bg-white">
            <div class="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
                <a href="/" class="text-xl font-bold text-blue-900 underline-offset-4 hover:underline">
                    {lang.t(k::SITE_NAME)}
                </a>
                <nav aria-label=lang.t(k::LAYOUT_NAV)>
                    <ul class="flex flex-wrap gap-4">
                        <li>
                            <a class="text-blue-900 underline underline-offset-4" href="/">
                                {lang.t(k::LAYOUT_NAV_MAP)}
                            </a>
                        </li>
                        <li>
                            <a class="text-blue-900 underline underline-offset-4" href="/oversikt">
                                {lang.t(k::LAYOUT_NAV_OVERVIEW)}
                            </a>
                        </li>
                        <li>
                            <a class="text-blue-900 underline underline-offset-4" href="/uppfoljning">
                                {lang.t(k::LAYOUT_NAV_ROUNDS)}
                            </a>
                        </li>
                        <li>
                            <a class="text-blue-900 underline underline-offset-4" href="/api/v1/organisationer.csv">
                                {lang.t(k::LAYOUT_NAV_CSV)}
                            </a>
                        </li>
                    </ul>
                </nav>
                <div class="flex flex-wrap items-center gap-4">
                    <LanguageSwitch lang />
                    <crate::components::session::SessionBar />
                </div>
            </div>
        </header>
        {domain::region::SYNTHETIC
            .then(|| {
                view! {
                    <p class="bg-amber-100 px-4 py-2 text-center font-semibold text-stone-900">
                        {lang.t(k::LAYOUT_SYNTHETIC)}
                    </p>
                }
            })}
        <main id="innehall" tabindex="-1" class="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
            {children()}
        </main>
        // The help a reader may need, in the same place on every page (WCAG 3.2.6): after the
        // content, before the footer. Left out of print.
        <div class="mx-auto max-w-6xl px-4 print:hidden">
            <crate::components::support::SupportBox />
        </div>
        <footer class="mt-12 border-t border-stone-300 bg-white">
            <div class="mx-auto max-w-6xl space-y-2 px-4 py-6 text-sm text-stone-700">
                <p>{lang.t(k::LAYOUT_FOOTER_ABOUT)}</p>
                <p>{attribution(lang)}</p>
                <p>
                    {lang.t(k::LAYOUT_FOOTER_POPULATION)} " "
                    <a class="underline" href="/api/v1/openapi.json">{lang.t(k::LAYOUT_FOOTER_API)}</a>
                </p>
                <p><a class="underline" href="/tillganglighet">{lang.t(k::LAYOUT_FOOTER_ACCESSIBILITY)}</a></p>
            </div>
        </footer>
    }
}
