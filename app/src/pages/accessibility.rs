//! `/tillganglighet`: the accessibility statement Swedish law (DOS-lagen) requires of
//! public-sector websites.

use crate::i18n::k;
use crate::i18n::long_date;
use chrono::NaiveDate;
use leptos::prelude::*;

/// When the statement was last reviewed against the site.
pub const REVIEWED: (i32, u32, u32) = (2026, 11, 23);

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let lang = crate::i18n::use_lang();
    let (y, m, d) = REVIEWED;
    let reviewed = NaiveDate::from_ymd_opt(y, m, d)
        .map(|date| long_date(lang, date))
        .unwrap_or_default();
    view! {
        <crate::components::layout::PageTitle text=lang.t(k::A11Y_TITLE) />
        <article class="max-w-3xl space-y-4">
            <h1 class="text-3xl font-bold">{lang.t(k::A11Y_H1)}</h1>
            <p>{lang.t(k::A11Y_INTRO)}</p>
            <h2 class="text-xl font-bold">{lang.t(k::A11Y_STATUS_H2)}</h2>
            <p>{lang.t(k::A11Y_STATUS)}</p>
            <h2 class="text-xl font-bold">{lang.t(k::A11Y_GAPS_H2)}</h2>
            <ul class="list-disc space-y-1 pl-6">
                <li>{lang.t(k::A11Y_GAP_JS)}</li>
                <li>{lang.t(k::A11Y_GAP_ENGLISH)}</li>
                <li>{lang.t(k::A11Y_GAP_DATA)}</li>
                <li>{lang.t(k::A11Y_GAP_PNG)}</li>
            </ul>
            <h2 class="text-xl font-bold">{lang.t(k::A11Y_TESTED_H2)}</h2>
            <p>
                {lang.t(k::A11Y_TESTED)} " "
                {lang.tf(k::A11Y_REVIEWED, &[("date", &reviewed)])}
            </p>
            <h2 class="text-xl font-bold">{lang.t(k::A11Y_REPORT_H2)}</h2>
            <p>{lang.t(k::A11Y_REPORT)}</p>
            <h2 class="text-xl font-bold">{lang.t(k::A11Y_OVERSIGHT_H2)}</h2>
            <p>
                {lang.t(k::A11Y_OVERSIGHT)} " "
                <a class="text-blue-900 underline" href="https://www.digg.se/tdosanmalan">{lang.t(k::A11Y_OVERSIGHT_LINK)}</a>
                "."
            </p>
        </article>
    }
}
