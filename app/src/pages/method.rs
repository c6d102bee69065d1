//! `/metod`: how the map reads its sources. Written from the indicators' own rules
//! (`Indicator::rules`), the age rule and the list of documents, so it says what the code does.

use crate::i18n::k;
use crate::i18n::{Lang, long_date, use_lang};
use domain::model::fact::DocumentId;
use domain::model::indicator::{Category, Indicator};
use domain::model::profile::{stage_ids, stage_label, stages_source, with_due_days};
use domain::model::{OrgId, OrgKind};
use leptos::prelude::*;

fn category(indicator: Indicator, key: &str) -> Option<&'static Category> {
    indicator.category_by_key(key)
}

#[component]
pub fn MethodPage() -> impl IntoView {
    let lang = use_lang();
    let indicators = Indicator::ALL
        .into_iter()
        .map(|i| view! { <IndicatorMethod indicator=i /> })
        .collect_view();
    let sources = DocumentId::ALL
        .into_iter()
        .map(|d| view! { <li class="py-2" data-kalla=d.key()>{source_line(lang, d)}</li> })
        .collect_view();
    let partners = domain::model::org::partners_source().map(|source| {
        let names = OrgId::partners()
            .iter()
            .map(|p| p.name())
            .collect::<Vec<_>>()
            .join(", ");
        view! {
            <p>{lang.t(k::METHOD_PARTNERS)}</p>
            <p>{names}"."</p>
            <p class="text-sm">{lang.tf(k::METHOD_PARTNERS_SOURCE, &[("source", &source.citation(lang))])}</p>
        }
        .into_any()
    });
    let has_partners = partners.is_some();
    let plan = stages_source().map(|source| {
        view! {
            <p>{lang.t(k::METHOD_LOK_PLAN_INTRO)}</p>
            <ol class="list-decimal pl-6">
                {stage_ids().iter().map(|id| view! { <li>{stage_label(id, lang)}</li> }).collect_view()}
            </ol>
            <p class="text-sm">{lang.tf(k::METHOD_LOK_PLAN_SOURCE, &[("source", &source.citation(lang))])}</p>
            <p>{with_due_days(lang, k::METHOD_LOK_PLAN_LATE, &[])}</p>
        }
        .into_any()
    });
    let has_plan = plan.is_some();
    view! {
        <crate::components::layout::PageTitle text=lang.t(k::METHOD_TITLE) />
        <article class="max-w-3xl space-y-4">
            <h1 class="text-3xl font-bold">{lang.t(k::METHOD_TITLE)}</h1>
            <p>{lang.t(k::METHOD_INTRO)}</p>
            <p>
                {lang.t(k::METHOD_CODEBOOK)} " "
                <a class="text-blue-900 underline" href="/api/v1/kodbok.json">"/api/v1/kodbok.json"</a>
            </p>
            <nav aria-labelledby="metod-innehall">
                <h2 id="metod-innehall" class="text-xl font-bold">{lang.t(k::METHOD_CONTENTS)}</h2>
                <ul class="list-disc pl-6">
                    {Indicator::ALL
                        .into_iter()
                        .map(|i| view! { <li><a class="text-blue-900 underline" href=format!("#{}", i.key())>{i.label(lang)}</a></li> })
                        .collect_view()}
                    <li><a class="text-blue-900 underline" href="#ej-rapporterat">{lang.t(k::METHOD_UNKNOWN_H2)}</a></li>
                    <li><a class="text-blue-900 underline" href="#alder">{lang.t(k::METHOD_AGE_H2)}</a></li>
                    <li><a class="text-blue-900 underline" href="#huvudman">{lang.t(k::METHOD_PRINCIPALS_H2)}</a></li>
                    {has_plan.then(|| view! {
                        <li><a class="text-blue-900 underline" href="#lok-plan">{lang.t(k::METHOD_LOK_PLAN_H2)}</a></li>
                    })}
                    {has_partners.then(|| view! {
                        <li><a class="text-blue-900 underline" href="#ovriga-aktorer">{OrgKind::Partner.label(lang)}</a></li>
                    })}
                    <li><a class="text-blue-900 underline" href="#kallor">{lang.t(k::METHOD_SOURCES_H2)}</a></li>
                </ul>
            </nav>
            {indicators}
            {part("ej-rapporterat", lang.t(k::METHOD_UNKNOWN_H2), view! { <p>{lang.t(k::METHOD_UNKNOWN)}</p> }.into_any())}
            {part("alder", lang.t(k::METHOD_AGE_H2), view! {
                <p>{lang.tf(k::METHOD_AGE, &[("months", &domain::model::age::MAX_AGE_MONTHS.to_string())])}</p>
            }.into_any())}
            {part("huvudman", lang.t(k::METHOD_PRINCIPALS_H2), view! {
                <p>{lang.t(k::ROK_PRINCIPALS)}</p>
                <p class="mt-2" id="granskade-beslut">{lang.t(k::METHOD_ROK_CHECKED)}</p>
            }.into_any())}
            {plan.map(|body| part("lok-plan", lang.t(k::METHOD_LOK_PLAN_H2), body))}
            {partners.map(|body| part("ovriga-aktorer", OrgKind::Partner.label(lang), body))}
            {part("kallor", lang.t(k::METHOD_SOURCES_H2), view! {
                <ul class="divide-y divide-stone-200">{sources}</ul>
                <p>{lang.t(k::OV_SOURCES_ENTERED)}</p>
            }.into_any())}
        </article>
    }
}

/// A section of the page under its heading.
fn part(id: &'static str, title: &'static str, body: AnyView) -> AnyView {
    view! {
        <section aria-labelledby=id>
            <h2 id=id class="text-2xl font-bold">{title}</h2>
            {body}
        </section>
    }
    .into_any()
}

/// "Title. Upphov: …. Datum: …. Version: …."
pub fn source_line(lang: Lang, d: DocumentId) -> String {
    let none = lang.t(k::METHOD_SOURCE_NONE);
    let date = if d.date_stated() {
        long_date(lang, d.date())
    } else {
        lang.tf(
            k::METHOD_SOURCE_UNDATED,
            &[("date", &long_date(lang, d.date()))],
        )
    };
    format!(
        "{}. {}. {}. {}.",
        d.title(),
        lang.tf(
            k::METHOD_SOURCE_AUTHOR,
            &[("author", d.author().unwrap_or(none))]
        ),
        lang.tf(k::METHOD_SOURCE_DATE, &[("date", &date)]),
        lang.tf(
            k::METHOD_SOURCE_VERSION,
            &[("version", d.version().unwrap_or(none))]
        ),
    )
}

#[component]
fn IndicatorMethod(indicator: Indicator) -> impl IntoView {
    let lang = use_lang();
    let i = indicator;
    let kinds: Vec<&str> = OrgKind::ALL
        .into_iter()
        .filter(|k| i.applies_to(*k))
        .map(|k| k.label(lang))
        .collect();
    let field = domain::model::revision::field_name(i.field(), i.field(), lang);
    let rules = i
        .rules()
        .iter()
        .map(|r| {
            let label = category(i, r.category).map_or("", |c| i.category_label(c, lang));
            view! {
                <li class="py-1" data-regel=r.key data-kategori=r.category>
                    <strong>{label}</strong> ": " {i.rule_text(r, lang)}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby=i.key() class="rounded border border-stone-300 bg-white p-4">
            <h2 id=i.key() class="text-2xl font-bold">{i.label(lang)}</h2>
            <p class="mt-1">{lang.tf(k::METHOD_FIELD, &[("field", &field)])}</p>
            <p>{lang.tf(k::METHOD_APPLIES, &[("kinds", &kinds.join(", "))])}</p>
            <h3 class="mt-3 font-semibold">{lang.t(k::METHOD_RULES)}</h3>
            <ol class="list-decimal pl-6">{rules}</ol>
        </section>
    }
}
