//! `/tillganglighet`: the accessibility statement Swedish law (DOS-lagen) requires of
//! public-sector websites.

use crate::i18n::k;
use crate::i18n::long_date;
use chrono::NaiveDate;
use leptos::prelude::*;

/// When the site was last assessed against WCAG 2.2 AA, and when this statement was last
/// updated (Digg's template asks for both).
pub const ASSESSED: (i32, u32, u32) = (2026, 12, 3);
pub const UPDATED: (i32, u32, u32) = (2026, 12, 3);

/// The statement in the order of Digg's template ("Mall för tillgänglighetsredogörelse").
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let lang = crate::i18n::use_lang();
    let date = |(y, m, d): (i32, u32, u32)| {
        NaiveDate::from_ymd_opt(y, m, d)
            .map(|date| long_date(lang, date))
            .unwrap_or_default()
    };
    let h2 = |key| view! { <h2 class="text-xl font-bold">{lang.t(key)}</h2> };
    view! {
        <crate::components::layout::PageTitle text=lang.t(k::A11Y_TITLE) />
        <article class="max-w-3xl space-y-4">
            <h1 class="text-3xl font-bold">{lang.t(k::A11Y_H1)}</h1>
            <p>{lang.t(k::A11Y_INTRO)}</p>
            {h2(k::A11Y_STATUS_H2)}
            <p>{lang.t(k::A11Y_STATUS)}</p>
            {h2(k::A11Y_HELP_H2)}
            <p>{lang.t(k::A11Y_HELP)}</p>
            <h2 class="text-xl font-bold" id="rapportera-rubrik">{lang.t(k::A11Y_REPORT_H2)}</h2>
            <p>{lang.t(k::A11Y_REPORT)}</p>
            <crate::pages::feedback::ReportForm />
            {h2(k::A11Y_OVERSIGHT_H2)}
            <p>
                {lang.t(k::A11Y_OVERSIGHT)} " "
                <a class="text-blue-900 underline" href="https://www.digg.se/tdosanmalan">{lang.t(k::A11Y_OVERSIGHT_LINK)}</a>
                "."
            </p>
            {h2(k::A11Y_TECHNICAL_H2)}
            <p>{lang.t(k::A11Y_TECHNICAL)}</p>
            {h2(k::A11Y_GAPS_H2)}
            <h3 class="text-lg font-semibold">{lang.t(k::A11Y_GAPS_H3)}</h3>
            <ul class="list-disc space-y-1 pl-6">
                <li>{lang.t(k::A11Y_GAP_JS)}</li>
                <li>{lang.t(k::A11Y_GAP_ENGLISH)}</li>
                <li>{lang.t(k::A11Y_GAP_DATA)}</li>
                <li>{lang.t(k::A11Y_GAP_PNG)}</li>
            </ul>
            {h2(k::A11Y_TESTED_H2)}
            <p>{lang.t(k::A11Y_TESTED)}</p>
            <p>
                {lang.tf(k::A11Y_ASSESSED, &[("date", &date(ASSESSED))])} " "
                {lang.tf(k::A11Y_REVIEWED, &[("date", &date(UPDATED))])}
            </p>
        </article>
    }
}
