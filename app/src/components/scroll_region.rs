//! A wide table's own horizontal scroll region, so that the page keeps the screen's width
//! (WCAG 1.4.10). It takes focus, so that a keyboard can scroll it, and is named after its table.

use leptos::prelude::*;

/// Named by the element `labelledby` or by the text `label`. `relative` keeps the table's
/// visually hidden texts inside the region, where they cannot widen the page.
#[component]
pub fn ScrollRegion(
    #[prop(optional)] labelledby: Option<&'static str>,
    #[prop(optional, into)] label: Option<String>,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <div
            class=format!("relative overflow-x-auto {class}")
            role="region"
            aria-labelledby=labelledby
            aria-label=label
            tabindex="0"
        >
            {children()}
        </div>
    }
}
