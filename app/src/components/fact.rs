//! Shows a fact: its value and source, or "Ej rapporterat".

use crate::components::age::{ShownOn, age_view};
use crate::i18n::k;
use domain::model::fact::Fact;
use leptos::prelude::*;

/// The value rendered by `render`, followed by its source; "Ej rapporterat" when unknown.
pub fn fact_view<T>(fact: &Fact<T>, render: impl FnOnce(&T) -> AnyView) -> AnyView {
    let lang = crate::i18n::use_lang();
    match fact {
        Fact::Unknown => {
            view! { <p class="italic text-stone-700">{lang.t(k::UNKNOWN)}</p> }.into_any()
        }
        Fact::Known {
            value,
            source,
            complete,
        } => view! {
            <div>
                {(!complete).then(|| view! { <p class="font-semibold" data-ofullstandig="">{lang.t(k::PARTIAL)}</p> })}
                {render(value)}
                <p class="mt-1 text-sm text-stone-700">
                    {lang.t(k::SOURCE)} " " {source.citation(lang)}
                    {use_context::<ShownOn>().map(|on| view! { ". " {age_view(source.date(), on.0)} })}
                </p>
            </div>
        }
        .into_any(),
    }
}

/// A list of short texts, or a note that the list is empty.
pub fn text_list(items: &[String], empty: &'static str) -> AnyView {
    if items.is_empty() {
        return view! { <p>{empty}</p> }.into_any();
    }
    let items = items.to_vec();
    view! {
        <ul class="list-disc space-y-1 pl-6">
            {items.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
        </ul>
    }
    .into_any()
}

/// A labelled block inside a profile section.
#[component]
pub fn Field(label: &'static str, children: Children) -> impl IntoView {
    view! {
        <div class="py-3">
            <h3 class="font-semibold">{label}</h3>
            <div class="mt-1">{children()}</div>
        </div>
    }
}

/// A decision's proof: a link to the web address or uploaded document it cites; a withdrawn
/// document is said to be withdrawn, not linked.
pub fn evidence_link(lang: domain::i18n::Lang, cited: &str, withdrawn: &[String]) -> AnyView {
    let cited = cited.trim();
    if withdrawn.iter().any(|w| w == cited) {
        view! { <span data-bevis="tillbakadraget">{lang.t(crate::i18n::k::DOCUMENT_WITHDRAWN_EVIDENCE)}</span> }.into_any()
    } else if domain::model::document::is_document_path(cited) {
        let href = cited.to_owned();
        view! { <a class="text-blue-900 underline" href=href data-bevis="dokument">{lang.t(crate::i18n::k::DOCUMENT_EVIDENCE_LINK)}</a> }.into_any()
    } else {
        safe_link(cited)
    }
}

/// A link only for http(s) addresses; anything else is shown as text.
pub fn safe_link(url: &str) -> AnyView {
    let url = url.trim().to_owned();
    if domain::form::is_safe_link(&url) {
        let text = url.clone();
        view! { <a class="text-blue-900 underline" href=url>{text}</a> }.into_any()
    } else {
        view! { <span>{url}</span> }.into_any()
    }
}
