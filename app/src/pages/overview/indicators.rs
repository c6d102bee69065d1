//! Every indicator's categories with their counts.

use super::{Data, Part, Section, share};
use crate::components::notes::IndicatorNotes;
use crate::components::swatch::Swatch;
use crate::i18n::k;
use crate::i18n::use_lang;
use leptos::prelude::*;

#[component]
pub fn IndicatorSummaries(o: Data) -> impl IntoView {
    let lang = use_lang();
    let blocks = o
        .indicators
        .iter()
        .map(|b| {
            let items = b
                .groups
                .iter()
                .map(|g| {
                    let c = b.category(g);
                    let label = c.map_or("", |c| b.indicator.category_label(c, lang));
                    view! {
                        <li class="py-1" data-kategori=g.key.clone()>
                            <span class="flex flex-wrap items-center gap-2">
                                {c.map(|c| view! { <Swatch style=c.style /> })}
                                <strong>{label}</strong>
                                <span class="tabular-nums" data-antal="">{g.members.len()}</span>
                                <span>{format!("({})", share(lang, g.members.len(), b.municipalities))}</span>
                            </span>
                            <span class="block pl-10 text-sm text-stone-800">{g.members.join(", ")}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="break-inside-avoid py-3" data-indikator=b.indicator.key()>
                    <h3 class="text-lg font-semibold">{b.indicator.label(lang)}</h3>
                    <ul class="mt-1">{items}</ul>
                    <IndicatorNotes notes=o.county.indicator_notes.clone() indicator=b.indicator />
                </div>
            }
        })
        .collect_view();
    view! {
        <Section part=Part::Indicators>
            <p class="mt-1 text-sm">{lang.t(k::OV_INDICATORS_INTRO)}</p>
            <div class="divide-y divide-stone-200">{blocks}</div>
        </Section>
    }
}
