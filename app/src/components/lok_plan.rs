//! A local agreement's plan on a profile: its stages as an ordered list with dates, each with
//! its state in words (and a bordered marker for a late one), then its parties and decision.

use crate::components::fact::evidence_link;
use crate::i18n::k;
use crate::i18n::{Lang, long_date};
use chrono::NaiveDate;
use domain::model::profile::{LokPlan, StageState};
use leptos::prelude::*;

/// The plan as it stands on `on`.
pub fn plan_view(lang: Lang, plan: &LokPlan, on: NaiveDate, withdrawn: &[String]) -> AnyView {
    let stages = plan
        .stages
        .iter()
        .map(|s| {
            let state = s.state(on);
            let dates = [
                s.planned.map(|d| lang.tf(k::LOK_PLAN_PLANNED_ON, &[("date", &long_date(lang, d))])),
                s.reached.map(|d| lang.tf(k::LOK_PLAN_REACHED_ON, &[("date", &long_date(lang, d))])),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
            let marker = match state {
                StageState::Late => "rounded border-2 border-stone-900 px-1 font-bold",
                StageState::Reached => "font-semibold",
                _ => "",
            };
            view! {
                <li data-steg=s.stage.clone() data-lage=state.key()>
                    <span class="font-semibold">{s.label(lang)}</span>
                    ": " {dates} " "
                    <span class=marker>"(" {state.label(lang)} ")"</span>
                    {(!s.note.is_empty()).then(|| view! { <span class="block text-sm text-stone-700">{s.note.clone()}</span> })}
                </li>
            }
        })
        .collect_view();
    let parties = (!plan.parties.is_empty()).then(|| {
        view! { <p class="mt-2">{lang.t(k::LOK_PLAN_PARTIES)} " " {plan.parties.join(", ")}</p> }
    });
    let decision = plan.decision.as_ref().map(|d| {
        let said = [
            d.date.map(|date| long_date(lang, date)),
            Some(d.body.clone()),
            Some(domain::model::profile::cited_paragraph(&d.paragraph)),
            Some(d.reference.clone()),
        ]
        .into_iter()
        .flatten()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
        view! {
            <p class="mt-2" id="lok-beslut">
                {lang.t(k::LOK_PLAN_DECISION)} " " {said}
                {(!d.evidence.is_empty()).then(|| view! { ". " {lang.t(k::ROK_EVIDENCE)} " " {evidence_link(lang, &d.evidence, withdrawn)} })}
            </p>
        }
    });
    view! {
        <div id="lok-plan">
            <p class="font-semibold">{lang.t(k::LOK_PLAN_TIMELINE)}</p>
            <ol class="mt-1 list-decimal space-y-1 pl-6">{stages}</ol>
            {parties}
            {decision}
        </div>
    }
    .into_any()
}
