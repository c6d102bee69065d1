//! The regional network and who takes part.

use super::{Data, Part, Section};
use crate::components::fact::{fact_view, text_list};
use crate::i18n::k;
use crate::i18n::use_lang;
use leptos::prelude::*;

/// The county's network and the national initiative's development leads.
#[component]
pub fn Network(o: Data) -> impl IntoView {
    let lang = use_lang();
    let group = fact_view(&o.county.county_group, |g| {
        view! {
            <p><strong>{g.name.clone()}</strong>", " {lang.tf(k::OV_NETWORK_COORDINATOR, &[("name", &g.coordinator)])}</p>
            <h4 class="mt-2 font-semibold">{lang.t(k::OV_NETWORK_MEMBERS)}</h4>
            {text_list(&g.members, lang.t(k::OV_AREAS_EMPTY))}
        }
        .into_any()
    });
    let leads = fact_view(&o.county.development_leads, |items| {
        text_list(items, lang.t(k::OV_AREAS_EMPTY))
    });
    view! {
        <Section part=Part::Network>
            <h3 class="mt-2 text-lg font-semibold">{lang.t(k::OV_NETWORK_GROUP)}</h3>
            {group}
            <h3 class="mt-4 text-lg font-semibold">{lang.t(k::OV_NETWORK_LEADS)}</h3>
            {leads}
        </Section>
    }
}
