//! The headline figures: the agreements, coordinators and the county at a glance.

use super::{Data, Section, of, share};
use crate::components::swatch::Swatch;
use crate::i18n::use_lang;
use crate::model::Indicator;
use leptos::prelude::*;

#[component]
pub fn Headline(o: Data) -> impl IntoView {
    let lang = use_lang();
    let rok = o.rok;
    let in_force = crate::components::rok::in_force_text(
        lang,
        &rok,
        ["ov.rok.yes", "ov.rok.no", "ov.rok.unknown"],
    );
    let rok_rows = [
        (lang.t("category.rok.antagen"), rok.adopted),
        (lang.t("category.rok.under-beredning"), rok.in_preparation),
        (lang.t("category.rok.avslagen"), rok.rejected),
        (lang.t("unknown"), rok.not_reported()),
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
        <Section id="i-korthet" title=lang.t("ov.headline").to_owned()>
            <h3 class="mt-4 text-xl font-semibold">{lang.t("ov.rok.h3")}</h3>
            <dl class="mt-2 grid grid-cols-2 gap-2 md:grid-cols-4" id="rok-siffror">{rok_rows}</dl>
            <p class="mt-3" id="rok-i-kraft"><strong>{lang.t("ov.rok.question")} " "</strong>{in_force}</p>
            <p class="mt-1 text-sm text-stone-700">{lang.t("rok.principals")}</p>
            <h3 class="mt-6 text-xl font-semibold">{lang.t("ov.lok.h3")}</h3>
            <table class="mt-2 border-collapse text-sm" id="lok-steg">
                <caption class="p-1 text-left">{lang.t("ov.lok.caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="border border-stone-300 px-2 py-1 text-left">{lang.t("ov.lok.stage")}</th>
                        <th scope="col" class="border border-stone-300 px-2 py-1 text-right">{lang.t("ov.lok.count")}</th>
                        <th scope="col" class="border border-stone-300 px-2 py-1 text-right">{lang.t("ov.lok.share")}</th>
                    </tr>
                </thead>
                <tbody>{lok_rows}</tbody>
            </table>
        </Section>
    }
}
