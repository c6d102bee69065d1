//! The code a municipality pastes to show the map on its own site, for the indicator chosen.

use crate::i18n::{k, use_lang};
use domain::model::Indicator;
use domain::model::embed::{Embed, HEIGHT, WIDTH};
use leptos::prelude::*;

/// The site's address for links from other sites: as configured on the server, as the reader
/// sees it in the browser.
fn site_base() -> String {
    #[cfg(feature = "ssr")]
    {
        use_context::<api::state::AppState>()
            .map(|state| state.public_base().to_owned())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        window().location().origin().unwrap_or_default()
    }
}

#[component]
pub(super) fn EmbedSnippet(indicator: Memo<Indicator>) -> impl IntoView {
    let lang = use_lang();
    let base = site_base();
    let discovery = Embed {
        indicator: indicator.get_untracked(),
        lang,
    }
    .oembed(&base);
    let code = move |indicator| Embed { indicator, lang }.snippet(&base, WIDTH, HEIGHT);
    let served = code(indicator.get_untracked());
    view! {
        <leptos_meta::Link rel="alternate" type_="application/json+oembed" href=discovery />
        <details class="mt-8 print:hidden" id="inbaddning">
            <summary class="cursor-pointer font-semibold text-blue-900 underline">
                {lang.t(k::EMBED_SNIPPET)}
            </summary>
            <p class="mt-2" id="inbaddning-hjalp">{lang.t(k::EMBED_SNIPPET_HELP)}</p>
            <label for="inbaddning-kod" class="mt-2 block font-semibold">
                {lang.t(k::EMBED_SNIPPET_LABEL)}
            </label>
            <textarea
                id="inbaddning-kod"
                readonly
                rows="4"
                aria-describedby="inbaddning-hjalp"
                class="mt-1 w-full rounded border border-stone-600 bg-white p-2 font-mono text-sm"
                prop:value=move || code(indicator.get())
            >
                // The page as served; the property follows the indicator once the page runs.
                {served}
            </textarea>
        </details>
    }
}
