//! The headline figures: the agreements, coordinators and the county at a glance.

use super::{Data, Part, Section, of, share};
use crate::components::scroll_region::ScrollRegion;
use crate::components::swatch::Swatch;
use crate::i18n::k;
use crate::i18n::use_lang;
use crate::map::patterns::{LATE_MARK, MarkIcon};
use domain::model::summary::MapData;
use domain::model::{Indicator, OrgKind};
use leptos::prelude::*;

#[component]
pub fn Headline(o: Data) -> impl IntoView {
    let lang = use_lang();
    let rok = o.rok;
    let in_force = crate::components::rok::in_force_text(
        lang,
        &rok,
        [k::OV_ROK_YES, k::OV_ROK_NO, k::OV_ROK_UNKNOWN],
    );
    let rok_rows = [
        (lang.t(k::CATEGORY_ROK_ANTAGEN), rok.adopted),
        (lang.t(k::CATEGORY_ROK_UNDER_BEREDNING), rok.in_preparation),
        (lang.t(k::CATEGORY_ROK_AVSLAGEN), rok.rejected),
        (lang.t(k::UNKNOWN), rok.not_reported()),
        (lang.t(k::ROK_CHECKED), rok.checked),
    ]
    .into_iter()
    .map(|(label, n)| {
        view! {
            <div class="rounded border border-stone-300 p-3">
                <dt class="text-sm">{label}</dt>
                <dd class="text-2xl font-bold tabular-nums">
                    {n} <span class="text-base font-normal">" " {of(lang, n, rok.principals)}</span>
                </dd>
            </div>
        }
    })
    .collect_view();
    let lok = o.breakdown(Indicator::Lok).cloned();
    let lok_rows = lok.map(|b| {
        Indicator::Lok
            .categories()
            .iter()
            .filter(|c| c.key != "ej-tillampligt")
            .map(|c| {
                let n = b.count(c.key);
                view! {
                    <tr data-kategori=c.key>
                        <th scope="row" class="border border-stone-300 px-2 py-1 text-left font-normal">
                            <span class="flex items-center gap-2"><Swatch style=c.style />{Indicator::Lok.category_label(c, lang)}</span>
                        </th>
                        <td class="border border-stone-300 px-2 py-1 text-right tabular-nums" data-antal="">{n}</td>
                        <td class="border border-stone-300 px-2 py-1 text-right tabular-nums">{share(lang, n, b.municipalities)}</td>
                    </tr>
                }
            })
            .collect_view()
    });
    view! {
        <Section part=Part::Headline>
            <h3 class="mt-4 text-xl font-semibold">{lang.t(k::OV_ROK_H3)}</h3>
            <dl class="mt-2 grid grid-cols-2 gap-2 md:grid-cols-5" id="rok-siffror">{rok_rows}</dl>
            <p class="mt-3" id="rok-i-kraft"><strong>{lang.t(k::OV_ROK_QUESTION)} " "</strong>{in_force}</p>
            {crate::components::rok::validity_view(lang, &o.county)}
            <p class="mt-1 text-sm text-stone-700">{lang.t(k::ROK_PRINCIPALS)}</p>
            <h3 class="mt-6 text-xl font-semibold">{lang.t(k::OV_LOK_H3)}</h3>
            <ScrollRegion label=lang.t(k::OV_LOK_CAPTION) class="mt-2">
                <table class="border-collapse text-sm" id="lok-steg">
                    <caption class="p-1 text-left">{lang.t(k::OV_LOK_CAPTION)}</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="border border-stone-300 px-2 py-1 text-left">{lang.t(k::OV_LOK_STAGE)}</th>
                            <th scope="col" class="border border-stone-300 px-2 py-1 text-right">{lang.t(k::OV_LOK_COUNT)}</th>
                            <th scope="col" class="border border-stone-300 px-2 py-1 text-right">{lang.t(k::OV_LOK_SHARE)}</th>
                        </tr>
                    </thead>
                    <tbody>{lok_rows}</tbody>
                </table>
            </ScrollRegion>
            {plan_line(lang, &o.map)}
            {crate::components::feeds::feed_links(lang, None)}
        </Section>
    }
}

/// "N of 15 keep to their plan, M are late", and which are late.
fn plan_line(lang: crate::i18n::Lang, map: &MapData) -> impl IntoView + use<> {
    let municipalities = [OrgKind::Municipality];
    let counts = map.plan_counts(&municipalities);
    let late: Vec<String> = map
        .orgs
        .iter()
        .filter(|o| municipalities.contains(&o.kind) && o.is_late())
        .map(|o| o.name.clone())
        .collect();
    view! {
        <p class="mt-3" id="lok-plan-lage">
            {lang.tf(
                k::LOK_PLAN_COUNTS,
                &[
                    ("on_plan", &counts.on_plan.to_string()),
                    ("late", &counts.late.to_string()),
                    ("of", &counts.of.to_string()),
                ],
            )}
        </p>
        {(!late.is_empty()).then(|| view! {
            <p class="mt-1 flex items-center gap-2" id="lok-forsenade">
                <MarkIcon mark=LATE_MARK />
                <span>{format!("{} {}", lang.t(k::LOK_PLAN_LATE_NAMES), late.join(", "))}</span>
            </p>
        })}
    }
}
