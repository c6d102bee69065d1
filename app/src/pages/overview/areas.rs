//! The result areas of the 2019 mapping.

use super::{Data, Part, Section};
use crate::components::fact::{fact_view, text_list};
use crate::i18n::k;
use crate::i18n::use_lang;
use leptos::prelude::*;

#[component]
pub fn Areas(o: Data) -> impl IntoView {
    let lang = use_lang();
    let blocks = o
        .areas
        .iter()
        .map(|a| {
            let today = a
                .indicators
                .iter()
                .filter_map(|i| o.breakdown(*i))
                .map(|b| {
                    let parts: Vec<String> = b
                        .groups
                        .iter()
                        .map(|g| {
                            let label = b.category(g).map_or("", |c| b.indicator.category_label(c, lang));
                            format!("{label} {}", g.members.len())
                        })
                        .collect();
                    view! { <li>{format!("{}: {}", b.indicator.label(lang), parts.join(", "))}</li> }
                })
                .collect_view();
            view! {
                <div class="break-inside-avoid py-3">
                    <h3 class="text-lg font-semibold">{a.area.label(lang)}</h3>
                    <h4 class="mt-2 font-semibold">{lang.t(k::OV_AREAS_SUMMARY)}</h4>
                    {fact_view(&a.summary, |items| text_list(items, lang.t(k::OV_AREAS_EMPTY)))}
                    <h4 class="mt-2 font-semibold">{lang.t(k::OV_AREAS_TODAY)}</h4>
                    <p>{lang.tf(
                        k::OV_AREAS_REPORTING,
                        &[("reporting", &a.reporting.to_string()), ("whole", &a.municipalities.to_string())],
                    )}</p>
                    <ul class="list-disc pl-6">{today}</ul>
                </div>
            }
        })
        .collect_view();
    view! {
        <Section part=Part::Areas>
            <div class="divide-y divide-stone-200">{blocks}</div>
        </Section>
    }
}
