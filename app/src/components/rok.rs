//! The regional agreement (RÖK): how many principals have decided, whether it is in force
//! (derived), and its timeline with sources.

use crate::i18n::k;
use crate::i18n::{Key, Lang};
use domain::model::county::{CountyFacts, InForce, RokProgress};
use domain::model::profile::{RokDecision, RokStatus};
use domain::model::summary::MapData;
use leptos::prelude::*;

/// Whether the agreement is in force and why, in the texts `[yes, no, unknown]`.
pub fn in_force_text(lang: Lang, progress: &RokProgress, [yes, no, unknown]: [Key; 3]) -> String {
    let values = [
        ("principals", progress.principals.to_string()),
        ("adopted", progress.adopted.to_string()),
        ("rejected", progress.rejected.to_string()),
        ("decided", progress.decided().to_string()),
        ("checked", progress.checked.to_string()),
        ("against", progress.counting_against.to_string()),
    ];
    let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let key = match progress.in_force() {
        InForce::Yes => yes,
        InForce::No => no,
        InForce::Unknown => unknown,
    };
    lang.tf(key, &values)
}

/// How long the agreement runs, with its condition and source, and the date its revision must
/// start by where the administrator has set one; nothing where neither is known.
pub fn validity_view(lang: Lang, county: &CountyFacts) -> Option<AnyView> {
    let period = county.rok_validity.value().zip(county.rok_validity.source()).map(|(v, source)| {
        let text = lang.tf(
            k::ROK_VALIDITY,
            &[
                ("from", &crate::i18n::long_date(lang, v.from)),
                ("until", &crate::i18n::long_date(lang, v.until())),
                ("years", &v.years.to_string()),
            ],
        );
        view! {
            <p class="mt-2" id="rok-giltighet">{text}</p>
            <p class="text-sm text-stone-700">{lang.t(k::SOURCE)} " " {source.citation(lang)}</p>
        }
    });
    let revision = county
        .rok_revision_start
        .value()
        .zip(county.rok_revision_start.source())
        .map(|(date, source)| {
            let text = lang.tf(k::ROK_REVISION, &[("date", &crate::i18n::long_date(lang, *date))]);
            view! {
                <p class="mt-2" id="rok-revidering">{text}</p>
                <p class="text-sm text-stone-700">{lang.t(k::SOURCE)} " " {source.citation(lang)}</p>
            }
        });
    (period.is_some() || revision.is_some()).then(|| view! { {period} {revision} }.into_any())
}

/// One organisation's decision on the agreement: what was decided, where it can be read, and
/// whether the administrator has checked it against that evidence (in words and a bordered
/// mark, not colour).
pub fn decision_view(lang: Lang, d: &RokDecision, withdrawn: &[String]) -> AnyView {
    let date = d
        .date
        .map(|d| crate::i18n::long_date(lang, d))
        .unwrap_or_default();
    let line = |label: Key, text: &str| {
        (!text.is_empty()).then(|| view! { <p>{lang.t(label)} " " {text.to_owned()}</p> })
    };
    let identical = d.identical.map(|same| {
        lang.t(if same {
            k::ROK_IDENTICAL_YES
        } else {
            k::ROK_IDENTICAL_NO
        })
    });
    let evidence = (!d.evidence.is_empty()).then(|| {
        view! { <p>{lang.t(k::ROK_EVIDENCE)} " " {crate::components::fact::evidence_link(lang, &d.evidence, withdrawn)}</p> }
    });
    // "Under beredning" is no decision: nothing to check.
    let standing = (d.status != RokStatus::InPreparation).then(|| {
        let text = match &d.check {
            Some(check) => lang.tf(
                k::ROK_CHECKED_LINE,
                &[("by", &check.by), ("at", &domain::model::iso_time::minute(check.at))],
            ),
            None => lang.t(k::ROK_NOT_CHECKED).to_owned(),
        };
        view! {
            <p class="mt-1">
                <span class="mr-2 rounded border border-stone-700 px-1 text-sm font-semibold" data-granskning=d.standing().key()>
                    {d.standing().label(lang)}
                </span>
                {text}
            </p>
        }
    });
    view! {
        <p>{d.status.label(lang)} " " {date} {identical.map(|t| format!(", {t}"))}</p>
        {line(k::PROFILE_AGREEMENTS_BODY, &d.body)}
        {line(k::ROK_PARAGRAPH, &d.paragraph)}
        {line(k::PROFILE_AGREEMENTS_REFERENCE, &d.reference)}
        {evidence}
        {standing}
    }
    .into_any()
}

#[component]
pub fn RokOverview(data: std::sync::Arc<MapData>, county: CountyFacts) -> impl IntoView {
    let lang = crate::i18n::use_lang();
    let progress = RokProgress::from_summaries(&data.orgs);
    let status = in_force_text(
        lang,
        &progress,
        [k::ROK_IN_FORCE, k::ROK_REJECTED, k::ROK_UNKNOWN],
    );
    let validity = validity_view(lang, &county);
    let events = county
        .timeline
        .into_iter()
        .map(|e| {
            view! {
                <li class="py-2">
                    <p>
                        <strong>{e.when}</strong>
                        {e.planned.then(|| view! { " " <span class="rounded border border-stone-500 px-1 text-sm" data-planerat="">{lang.t(k::ROK_PLANNED)}</span> })}
                        ": " {e.text}
                    </p>
                    <p class="text-sm text-stone-700">{lang.t(k::SOURCE)} " " {e.source.citation(lang)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="rok-rubrik" class="mt-10 rounded border border-stone-300 bg-white p-4">
            <h2 id="rok-rubrik" class="text-xl font-bold">{lang.t(k::ROK_H2)}</h2>
            <dl class="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4" id="rok-lage">
                <div><dt class="text-sm">{lang.t(k::CATEGORY_ROK_ANTAGEN)}</dt><dd class="text-2xl font-bold">{progress.adopted}</dd></div>
                <div><dt class="text-sm">{lang.t(k::CATEGORY_ROK_UNDER_BEREDNING)}</dt><dd class="text-2xl font-bold">{progress.in_preparation}</dd></div>
                <div><dt class="text-sm">{lang.t(k::CATEGORY_ROK_AVSLAGEN)}</dt><dd class="text-2xl font-bold">{progress.rejected}</dd></div>
                <div><dt class="text-sm">{lang.t(k::UNKNOWN)}</dt><dd class="text-2xl font-bold">{progress.not_reported()}</dd></div>
                <div><dt class="text-sm">{lang.t(k::ROK_CHECKED)}</dt><dd class="text-2xl font-bold" id="rok-granskade">{progress.checked}</dd></div>
            </dl>
            <p class="mt-2" id="rok-status">{status}</p>
            {validity}
            <p class="mt-1 text-sm text-stone-700" id="rok-huvudman">{lang.t(k::ROK_PRINCIPALS)}</p>
            <h3 class="mt-4 font-semibold">{lang.t(k::ROK_TIMELINE)}</h3>
            <ol class="divide-y divide-stone-200">{events}</ol>
        </section>
    }
}
