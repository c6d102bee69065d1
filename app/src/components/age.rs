//! The age of a value: the date it describes, and a mark when it is older than two years on
//! the date shown.

use crate::i18n::k;
use crate::i18n::{long_date, use_lang};
use crate::map::patterns::{MarkIcon, OLD_MARK};
use chrono::NaiveDate;
use domain::model::summary::Cell;
use leptos::prelude::*;

/// The date the page shows the state for; facts shown below it tell their age against it.
#[derive(Debug, Clone, Copy)]
pub struct ShownOn(pub NaiveDate);

/// "Uppgiftens datum: 2 mars 2020", then the mark and "äldre än två år" when it is.
pub fn age_view(described: NaiveDate, on: NaiveDate) -> AnyView {
    let lang = use_lang();
    let old = domain::model::age::is_old(described, on);
    view! {
        <span data-avser=described.to_string()>
            {lang.tf(k::AGE_DESCRIBED, &[("date", &long_date(lang, described))])}
        </span>
        {old.then(|| view! {
            " "
            <span class="inline-flex items-center gap-1 font-semibold" data-inaktuell="">
                <MarkIcon mark=OLD_MARK />
                {lang.t(k::AGE_OLD)}
            </span>
        })}
    }
    .into_any()
}

/// The age of an indicator's value, for tooltips and the details panel.
#[component]
pub fn AgeLine(cell: Option<Cell>, on: NaiveDate) -> impl IntoView {
    cell.and_then(|c| c.described)
        .map(|d| view! { <p class="mt-1 text-stone-700">{age_view(d, on)}</p> })
}
