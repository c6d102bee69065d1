//! The visions gathered in the 2019 mapping.

use super::{Data, Part, Section};
use crate::components::fact::{fact_view, text_list};
use crate::i18n::k;
use crate::i18n::use_lang;
use leptos::prelude::*;

#[component]
pub fn Visions(o: Data) -> impl IntoView {
    let lang = use_lang();
    let own = o
        .visions
        .organisations
        .iter()
        .map(|v| {
            view! {
                <div class="py-2">
                    <h4 class="font-semibold">{v.name.clone()}</h4>
                    {fact_view(&v.vision, |items| text_list(items, lang.t(k::OV_VISIONS_EMPTY)))}
                </div>
            }
        })
        .collect_view();
    view! {
        <Section part=Part::Visions>
            <h3 class="mt-2 text-lg font-semibold">{lang.t(k::OV_VISIONS_COUNTY)}</h3>
            {fact_view(&o.visions.county, |items| text_list(items, lang.t(k::OV_VISIONS_EMPTY)))}
            {(!o.visions.organisations.is_empty()).then(|| view! {
                <h3 class="mt-4 text-lg font-semibold">{lang.t(k::OV_VISIONS_OWN)}</h3>
            })}
            {own}
        </Section>
    }
}
