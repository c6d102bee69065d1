//! The source documents, with author, date and version.

use super::{Part, Section};
use crate::i18n::k;
use crate::i18n::use_lang;
use domain::model::fact::DocumentId;
use leptos::prelude::*;

#[component]
pub fn Sources() -> impl IntoView {
    let lang = use_lang();
    let docs = DocumentId::ALL
        .into_iter()
        .map(|d| view! { <li>{crate::pages::method::source_line(lang, d)}</li> })
        .collect_view();
    view! {
        <Section part=Part::Sources>
            <ul class="mt-2 list-disc pl-6 text-sm">
                {docs}
                <li>{lang.t(k::OV_SOURCES_ENTERED)}</li>
                <li>{crate::components::layout::attribution(lang)}</li>
            </ul>
            <p class="mt-2 text-sm">{lang.t(k::OV_SOURCES_UNKNOWN)}</p>
            <p class="mt-2 text-sm print:hidden"><a class="text-blue-900 underline" href="/metod">{lang.t(k::MAP_METHOD)}</a></p>
        </Section>
    }
}
