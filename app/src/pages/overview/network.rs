//! The regional network and who takes part.

use super::{Data, Section};
use crate::components::fact::{fact_view, text_list};
use crate::i18n::use_lang;
use leptos::prelude::*;

/// The county's network and the national initiative's development leads.
#[component]
pub fn Network(o: Data) -> impl IntoView {
    let lang = use_lang();
    let group = fact_view(&o.county.county_group, |g| {
        view! {
            <p><strong>{g.name.clone()}</strong>", " {lang.tf("ov.network.coordinator", &[("name", &g.coordinator)])}</p>
            <h4 class="mt-2 font-semibold">{lang.t("ov.network.members")}</h4>
            {text_list(&g.members, lang.t("ov.areas.empty"))}
        }
        .into_any()
    });
    let leads = fact_view(&o.county.development_leads, |items| {
        text_list(items, lang.t("ov.areas.empty"))
    });
    view! {
        <Section id="natverk" title=lang.t("ov.network").to_owned()>
            <h3 class="mt-2 text-lg font-semibold">{lang.t("ov.network.group")}</h3>
            {group}
            <h3 class="mt-4 text-lg font-semibold">{lang.t("ov.network.leads")}</h3>
            {leads}
        </Section>
    }
}
