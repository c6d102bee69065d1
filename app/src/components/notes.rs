//! What the county's sources say beside an indicator, with their sources.

use crate::components::fact::fact_view;
use crate::i18n::k;
use domain::model::Indicator;
use domain::model::county::IndicatorNote;
use leptos::prelude::*;

/// The county notes of the indicator shown; nothing when it has none.
#[component]
pub fn IndicatorNotes(
    notes: Vec<IndicatorNote>,
    #[prop(into)] indicator: Signal<Indicator>,
) -> impl IntoView {
    let lang = crate::i18n::use_lang();
    move || {
        let shown = indicator.get();
        let notes: Vec<IndicatorNote> = notes
            .iter()
            .filter(|n| n.indicator == shown)
            .cloned()
            .collect();
        (!notes.is_empty()).then(|| {
            view! {
                <div class="mt-2 rounded border border-stone-300 bg-stone-50 p-3 text-sm" data-lansnotis="">
                    <p class="font-semibold">{lang.t(k::NOTES_COUNTY)}</p>
                    {notes
                        .iter()
                        .map(|n| fact_view(&n.note, |text| view! { <p>{text.clone()}</p> }.into_any()))
                        .collect_view()}
                </div>
            }
        })
    }
}
