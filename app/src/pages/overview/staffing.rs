//! Coordinator posts and the county's staffing rate.

use super::{Data, Part, Section};
use crate::components::scroll_region::ScrollRegion;
use crate::i18n::k;
use crate::i18n::{Lang, decimal, long_date, thousands, use_lang};
use leptos::prelude::*;

fn posts(lang: Lang, row: &domain::view::overview::StaffRow) -> String {
    match (row.posts, row.named) {
        (Some(v), _) => decimal(lang, v, 2),
        (None, Some(named)) => lang.tf(k::OV_STAFF_PARTIAL, &[("posts", &decimal(lang, named, 2))]),
        (None, None) => lang.t(k::UNKNOWN).to_owned(),
    }
}

#[component]
pub fn Staffing(o: Data) -> impl IntoView {
    let lang = use_lang();
    let s = &o.staffing;
    let population = match (s.population_date, &s.population_source) {
        (Some(date), Some(source)) => lang.tf(
            k::OV_STAFF_POPULATION,
            &[("date", &long_date(lang, date)), ("source", source)],
        ),
        _ => lang.t(k::OV_STAFF_POPULATION_NONE).to_owned(),
    };
    let headline = match s.municipal_per_10k() {
        Some(rate) => lang.tf(
            k::OV_STAFF_HEADLINE,
            &[
                ("posts", &decimal(lang, s.municipal_posts(), 2)),
                ("reporting", &s.reporting().to_string()),
                (
                    "population",
                    &thousands(lang, u64::from(s.reporting_population())),
                ),
                ("rate", &decimal(lang, rate, 2)),
            ],
        ),
        None => lang.t(k::OV_STAFF_NONE).to_owned(),
    };
    let without = s.without();
    let without = if without.is_empty() {
        lang.t(k::OV_STAFF_WITHOUT_NONE).to_owned()
    } else {
        lang.tf(k::OV_STAFF_WITHOUT, &[("names", &without.join(", "))])
    };
    let not_reported = s.not_reported();
    let not_reported = (!not_reported.is_empty())
        .then(|| lang.tf(k::OV_STAFF_UNKNOWN, &[("names", &not_reported.join(", "))]));
    let rows = s
        .rows
        .iter()
        .map(|r| {
            let per = r.per_10k().map_or_else(String::new, |v| decimal(lang, v, 2));
            let pop = r
                .population
                .map_or_else(String::new, |p| thousands(lang, u64::from(p)));
            view! {
                <tr>
                    <th scope="row" class="border border-stone-300 px-2 py-1 text-left font-normal">{r.name.clone()}</th>
                    <td class="border border-stone-300 px-2 py-1 text-right tabular-nums">{posts(lang, r)}</td>
                    <td class="border border-stone-300 px-2 py-1 text-right tabular-nums">{pop}</td>
                    <td class="border border-stone-300 px-2 py-1 text-right tabular-nums">{per}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Section part=Part::Staff>
            <p class="mt-2" id="samordnare-lan">{headline}</p>
            <p class="mt-1">{without}</p>
            {not_reported.map(|t| view! { <p class="mt-1">{t}</p> })}
            <p class="mt-1 text-sm text-stone-700">
                {lang.t(k::OV_STAFF_SHARED)} " "
                {population}
            </p>
            <ScrollRegion label=lang.t(k::OV_STAFF_CAPTION) class="mt-3">
                <table class="border-collapse text-sm" id="samordnare-tabell">
                    <caption class="p-1 text-left">{lang.t(k::OV_STAFF_CAPTION)}</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="border border-stone-300 px-2 py-1 text-left">{lang.t(k::OV_STAFF_ORG)}</th>
                            <th scope="col" class="border border-stone-300 px-2 py-1 text-right">{lang.t(k::OV_STAFF_POSTS)}</th>
                            <th scope="col" class="border border-stone-300 px-2 py-1 text-right">{lang.t(k::OV_STAFF_INHABITANTS)}</th>
                            <th scope="col" class="border border-stone-300 px-2 py-1 text-right">{lang.t(k::OV_STAFF_RATE)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </ScrollRegion>
        </Section>
    }
}
