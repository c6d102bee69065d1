//! A small legend swatch showing a category's colour and pattern.

use crate::i18n::k;
use crate::map::patterns::pattern_id;
use domain::model::palette::{self, Style};
use leptos::prelude::*;

/// `scale` names the patterns it fills with: the page's hidden category patterns by default.
#[component]
pub fn Swatch(style: Style, #[prop(default = "ruta")] scale: &'static str) -> impl IntoView {
    view! {
        <svg
            class="inline-block h-6 w-8 shrink-0 align-middle"
            viewBox="0 0 32 24"
            aria-hidden="true"
            focusable="false"
        >
            <rect
                x="1"
                y="1"
                width="30"
                height="22"
                fill=format!("url(#{})", pattern_id(&style, scale))
                stroke=palette::BORDER
                stroke-width="1.5"
            />
        </svg>
    }
}

/// A table cell with a category's swatch and label, marked with its indicator.
#[component]
pub fn CategoryCell(
    indicator: domain::model::Indicator,
    category: &'static domain::model::Category,
    /// The value is older than two years on the date shown.
    #[prop(optional)]
    old: bool,
) -> impl IntoView {
    let lang = crate::i18n::use_lang();
    view! {
        <td class="border border-stone-300 px-2 py-1" data-indikator=indicator.key()>
            <span class="flex items-center gap-2">
                <Swatch style=category.style />
                {indicator.category_label(category, lang)}
                {old.then(|| view! {
                    <span class="inline-flex" data-inaktuell="">
                        <crate::map::patterns::MarkIcon mark=crate::map::patterns::OLD_MARK />
                        <span class="sr-only">{format!("({})", lang.t(k::AGE_OLD))}</span>
                    </span>
                })}
            </span>
        </td>
    }
}

/// One organisation's table row: its name as a link, then a cell per indicator.
#[component]
pub fn OrgRow(org: domain::model::summary::OrgSummary, href: String) -> impl IntoView {
    let cells = domain::model::Indicator::ALL
        .into_iter()
        .map(|i| view! { <CategoryCell indicator=i category=org.category(i) old=org.is_old(i) /> })
        .collect_view();
    view! {
        <tr>
            <th scope="row" class="border border-stone-300 px-2 py-1 text-left">
                <a class="inline-block min-h-6 py-0.5 text-blue-900 underline" href=href>{org.name.clone()}</a>
            </th>
            {cells}
        </tr>
    }
}
