//! The regional agreement (RÖK): how many principals have decided, whether it is in force
//! (derived), and its timeline with sources.

use crate::i18n::k;
use crate::i18n::{Key, Lang};
use domain::model::county::{CountyFacts, InForce, RokProgress};
use domain::model::summary::MapData;
use leptos::prelude::*;

/// Whether the agreement is in force and why, in the texts `[yes, no, unknown]`.
pub fn in_force_text(lang: Lang, progress: &RokProgress, [yes, no, unknown]: [Key; 3]) -> String {
    let values = [
        ("principals", progress.principals.to_string()),
        ("adopted", progress.adopted.to_string()),
        ("rejected", progress.rejected.to_string()),
        ("decided", progress.decided().to_string()),
    ];
    let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let key = match progress.in_force() {
        InForce::Yes => yes,
        InForce::No => no,
        InForce::Unknown => unknown,
    };
    lang.tf(key, &values)
}

#[component]
pub fn RokOverview(data: std::sync::Arc<MapData>, county: CountyFacts) -> impl IntoView {
    let lang = crate::i18n::use_lang();
    let progress = RokProgress::from_summaries(&data.orgs);
    let status = in_force_text(
        lang,
        &progress,
        [k::ROK_IN_FORCE, k::ROK_REJECTED, k::ROK_UNKNOWN],
    );
    let events = county
        .timeline
        .into_iter()
        .map(|e| {
            view! {
                <li class="py-2">
                    <p>
                        <strong>{e.when}</strong>
                        {e.planned.then(|| view! { " " <span class="rounded border border-stone-500 px-1 text-sm" data-planerat="">{lang.t(k::ROK_PLANNED)}</span> })}
                        ": " {e.text}
                    </p>
                    <p class="text-sm text-stone-700">{lang.t(k::SOURCE)} " " {e.source.citation(lang)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="rok-rubrik" class="mt-10 rounded border border-stone-300 bg-white p-4">
            <h2 id="rok-rubrik" class="text-xl font-bold">{lang.t(k::ROK_H2)}</h2>
            <dl class="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4" id="rok-lage">
                <div><dt class="text-sm">{lang.t(k::CATEGORY_ROK_ANTAGEN)}</dt><dd class="text-2xl font-bold">{progress.adopted}</dd></div>
                <div><dt class="text-sm">{lang.t(k::CATEGORY_ROK_UNDER_BEREDNING)}</dt><dd class="text-2xl font-bold">{progress.in_preparation}</dd></div>
                <div><dt class="text-sm">{lang.t(k::CATEGORY_ROK_AVSLAGEN)}</dt><dd class="text-2xl font-bold">{progress.rejected}</dd></div>
                <div><dt class="text-sm">{lang.t(k::UNKNOWN)}</dt><dd class="text-2xl font-bold">{progress.not_reported()}</dd></div>
            </dl>
            <p class="mt-2" id="rok-status">{status}</p>
            <p class="mt-1 text-sm text-stone-700" id="rok-huvudman">{lang.t(k::ROK_PRINCIPALS)}</p>
            <h3 class="mt-4 font-semibold">{lang.t(k::ROK_TIMELINE)}</h3>
            <ol class="divide-y divide-stone-200">{events}</ol>
        </section>
    }
}
