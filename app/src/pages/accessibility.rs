//! `/tillganglighet`: the accessibility statement Swedish law (DOS-lagen) requires of
//! public-sector websites.

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
        <crate::components::layout::PageTitle text=lang.t("a11y.title") />
        <article class="max-w-3xl space-y-4">
            <h1 class="text-3xl font-bold">{lang.t("a11y.h1")}</h1>
            <p>{lang.t("a11y.intro")}</p>
            <h2 class="text-xl font-bold">{lang.t("a11y.status.h2")}</h2>
            <p>{lang.t("a11y.status")}</p>
            <h2 class="text-xl font-bold">{lang.t("a11y.gaps.h2")}</h2>
            <ul class="list-disc space-y-1 pl-6">
                <li>{lang.t("a11y.gap.js")}</li>
                <li>{lang.t("a11y.gap.english")}</li>
                <li>{lang.t("a11y.gap.data")}</li>
                <li>{lang.t("a11y.gap.png")}</li>
            </ul>
            <h2 class="text-xl font-bold">{lang.t("a11y.tested.h2")}</h2>
            <p>
                {lang.t("a11y.tested")} " "
                {lang.tf("a11y.reviewed", &[("date", &reviewed)])}
            </p>
            <h2 class="text-xl font-bold">{lang.t("a11y.report.h2")}</h2>
            <p>{lang.t("a11y.report")}</p>
            <h2 class="text-xl font-bold">{lang.t("a11y.oversight.h2")}</h2>
            <p>
                {lang.t("a11y.oversight")} " "
                <a class="text-blue-900 underline" href="https://www.digg.se/tdosanmalan">{lang.t("a11y.oversight.link")}</a>
                "."
            </p>
        </article>
    }
}
