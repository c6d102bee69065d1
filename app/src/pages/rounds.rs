//! `/uppfoljning`: the follow-up rounds, the reader's own first, and for the regional lead the
//! form that starts a new one.

use crate::components::form_fields::{error_text, field_id};
use crate::i18n::{Lang, k, use_lang};
use api::rounds::{RoundsView, edit_round, get_rounds, start_round};
use domain::error::AppError;
use domain::form::round::RoundForm;
use domain::i18n::long_date;
use domain::model::OrgId;
use domain::model::profile::Section;
use domain::model::round::Phase;
use domain::model::validation::FieldErrors;
use domain::view::round::RoundSummary;
use leptos::prelude::*;

#[component]
pub fn RoundsPage() -> impl IntoView {
    let lang = use_lang();
    let page = api::codec::resource(|| (), |_| get_rounds());
    view! {
        <crate::components::layout::PageTitle text=lang.t(k::ROUND_TITLE) />
        <h1 class="text-3xl font-bold">{lang.t(k::ROUND_TITLE)}</h1>
        <p class="mt-2 max-w-3xl">{lang.t(k::ROUND_INTRO)}</p>
        <Suspense fallback=move || view! { <p>{lang.t(k::EDIT_LOADING)}</p> }>
            {move || Suspend::new(async move {
                match page.await.map_err(|f| f.0) {
                    Ok(view) => {
                        let can_start = view.can_start;
                        view! {
                            <RoundList view />
                            {can_start.then(|| view! { <RoundFormView initial=RoundForm::starting(lang) editing=None /> })}
                        }
                        .into_any()
                    }
                    Err(e) => view! {
                        <p role="alert" class="mt-4 rounded border border-red-800 bg-red-50 p-3">{e.message(lang)}</p>
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
}

/// The phase of a round in `lang`.
pub fn phase_text(lang: Lang, phase: Phase) -> &'static str {
    lang.t(match phase {
        Phase::Planned => k::ROUND_PHASE_PLANNED,
        Phase::Open => k::ROUND_PHASE_OPEN,
        Phase::PastDeadline => k::ROUND_PHASE_PAST_DEADLINE,
        Phase::Closed => k::ROUND_PHASE_CLOSED,
    })
}

/// "Öppnar …, sista dag för svar …"; for the round made from the sources, what they say of it.
pub fn dates_text(lang: Lang, round: &domain::model::round::Round) -> String {
    if round.from_sources {
        let report = domain::seed::FIRST_ROUND_SOURCE;
        return lang.tf(
            k::ROUND_FROM_SOURCES,
            &[
                ("document", report.title()),
                ("date", &long_date(lang, report.date())),
            ],
        );
    }
    lang.tf(
        k::ROUND_DATES,
        &[
            ("opens", &long_date(lang, round.opens)),
            ("deadline", &long_date(lang, round.deadline)),
        ],
    )
}

/// "Avslutad … av …", for a round closed in the app.
pub fn closed_text(lang: Lang, round: &domain::model::round::Round) -> Option<String> {
    let closed = round.closed.as_ref().filter(|_| !round.from_sources)?;
    Some(lang.tf(
        k::ROUND_CLOSED,
        &[
            ("at", &domain::model::iso_time::minute(closed.at)),
            ("by", &closed.by),
        ],
    ))
}

#[component]
fn RoundList(view: RoundsView) -> impl IntoView {
    let lang = use_lang();
    let own = view.own.clone();
    let takes_part = move |s: &RoundSummary| own.as_ref().is_some_and(|o| s.round.includes(o));
    // The reader's own running rounds first; the rest as they come, the latest first.
    let mut rounds = view.rounds;
    rounds.sort_by_key(|s| !(takes_part(s) && s.phase.takes_answers()));
    if rounds.is_empty() {
        return view! { <p class="mt-6">{lang.t(k::ROUND_LIST_NONE)}</p> }.into_any();
    }
    let items = rounds
        .into_iter()
        .map(|s| {
            let mine = takes_part(&s);
            let href = format!("/uppfoljning/{}", s.round.id.as_str());
            view! {
                <li class="mt-3 rounded border border-stone-300 bg-white p-3">
                    <a class="text-lg font-semibold text-blue-900 underline" href=href>{s.round.title.clone()}</a>
                    <p>{dates_text(lang, &s.round)}</p>
                    <p>{phase_text(lang, s.phase)}</p>
                    {mine.then(|| view! { <p class="font-semibold">{lang.t(k::ROUND_OWN_MARK)}</p> })}
                    {(s.phase == Phase::Closed).then(|| view! {
                        <p><a class="text-blue-900 underline" href=format!("/uppfoljning/{}/rapport", s.round.id.as_str())>
                            {lang.t(k::REPORT_LINK)}<span class="sr-only">" ("{s.round.title.clone()}")"</span>
                        </a></p>
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 class="mt-6 text-2xl font-bold">{lang.t(k::ROUND_LIST_H2)}</h2>
        <ul>{items}</ul>
    }
    .into_any()
}

const INPUT: &str = "mt-1 w-full rounded border border-stone-500 bg-white px-2 py-1 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-800";

/// A field's error under it, with the id its input names in `aria-describedby`.
fn field_error(lang: Lang, errors: RwSignal<FieldErrors>, key: &'static str) -> impl IntoView {
    view! {
        <p id=format!("{}-fel", field_id(key)) class="font-semibold text-red-800">
            {move || errors.with(|e| error_text(e, key, lang))}
        </p>
    }
}

/// The administrator's form of a round: a new one (`editing` is `None`) or the round
/// `editing`, as `initial` shows it.
#[component]
pub fn RoundFormView(initial: RoundForm, editing: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let form = RwSignal::new(initial);
    let errors = RwSignal::new(FieldErrors::default());
    let failed = RwSignal::new(None::<String>);
    let saved = RwSignal::new(None::<String>);
    let saving = RwSignal::new(false);
    let navigate = leptos_router::hooks::use_navigate();
    // A changed title keeps the round's address, so the new form's word on it does not apply.
    let (heading, submit, title_help) = match editing {
        Some(_) => (k::ROUND_EDIT_H2, k::ROUND_EDIT_SUBMIT, k::ROUND_EDIT_HELP),
        None => (
            k::ROUND_NEW_H2,
            k::ROUND_NEW_SUBMIT,
            k::ROUND_NEW_TITLE_HELP,
        ),
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if saving.get_untracked() {
            return;
        }
        saving.set(true);
        let navigate = navigate.clone();
        let editing = editing.clone();
        leptos::task::spawn_local(async move {
            let result = match editing {
                Some(id) => edit_round(id, form.get_untracked()).await.map(|changed| {
                    let key = if changed {
                        k::ROUND_EDIT_SAVED
                    } else {
                        k::ROUND_EDIT_UNCHANGED
                    };
                    saved.set(Some(lang.t(key).to_owned()));
                }),
                None => start_round(form.get_untracked()).await.map(|id| {
                    navigate(&format!("/uppfoljning/{}", id.as_str()), Default::default());
                }),
            };
            saving.set(false);
            match result.map_err(|f| f.0) {
                Ok(()) => {
                    errors.set(FieldErrors::default());
                    failed.set(None);
                }
                Err(AppError::Invalid(found)) => {
                    saved.set(None);
                    errors.set(found);
                    failed.set(Some(lang.t(k::ROUND_NEW_FAILED).to_owned()));
                }
                Err(e) => {
                    saved.set(None);
                    errors.set(FieldErrors::default());
                    failed.set(Some(e.message(lang)));
                }
            }
        });
    };
    let text = |key: &'static str,
                get: fn(&RoundForm) -> String,
                set: fn(&mut RoundForm, String)| {
        let id = field_id(key);
        view! {
            <input id=id type="text" class=INPUT aria-describedby=format!("{}-fel", field_id(key))
                aria-invalid=move || errors.with(|e| e.get(key).is_some()).to_string()
                prop:value=move || form.with(get)
                on:input=move |ev| form.update(|f| set(f, event_target_value(&ev))) />
        }
    };
    let org_boxes = choices(
        form,
        "omgang-org",
        OrgId::participants()
            .into_iter()
            .map(|o| (o.as_str().to_owned(), o.name())),
        (|f| &f.orgs, |f| &mut f.orgs),
    );
    let section_boxes = choices(
        form,
        "omgang-avsnitt",
        Section::ALL
            .into_iter()
            .map(|s| (s.slug().to_owned(), s.label(lang))),
        (|f| &f.sections, |f| &mut f.sections),
    );
    view! {
        <form class="mt-8 max-w-3xl space-y-4 rounded border border-stone-300 bg-white p-4" on:submit=on_submit novalidate>
            <h2 class="text-2xl font-bold">{lang.t(heading)}</h2>
            <div role="alert" aria-live="assertive">
                {move || failed.get().map(|text| view! {
                    <p class="rounded border border-red-800 bg-red-50 p-3 font-semibold" data-utfall="fel">{text}</p>
                })}
            </div>
            <div role="status" aria-live="polite">
                {move || saved.get().map(|text| view! {
                    <p class="rounded border border-green-800 bg-green-50 p-3" data-utfall="sparat">{text}</p>
                })}
            </div>
            <div>
                <label for=field_id("title") class="font-semibold">{lang.t(k::ROUND_NEW_TITLE)}</label>
                <p class="text-sm text-stone-700">{lang.t(title_help)}</p>
                {text("title", |f| f.title.clone(), |f, v| f.title = v)}
                {field_error(lang, errors, "title")}
            </div>
            <div>
                <label for=field_id("opens") class="font-semibold">{lang.t(k::ROUND_NEW_OPENS)}</label>
                {text("opens", |f| f.opens.clone(), |f, v| f.opens = v)}
                {field_error(lang, errors, "opens")}
            </div>
            <div>
                <label for=field_id("deadline") class="font-semibold">{lang.t(k::ROUND_NEW_DEADLINE)}</label>
                {text("deadline", |f| f.deadline.clone(), |f, v| f.deadline = v)}
                {field_error(lang, errors, "deadline")}
            </div>
            <fieldset class="rounded border border-stone-300 p-3" aria-describedby=format!("{}-fel", field_id("orgs"))>
                <legend class="px-1 font-semibold">{lang.t(k::ROUND_NEW_ORGS)}</legend>
                {org_boxes}
                {field_error(lang, errors, "orgs")}
            </fieldset>
            <fieldset class="rounded border border-stone-300 p-3" aria-describedby=format!("{}-fel", field_id("sections"))>
                <legend class="px-1 font-semibold">{lang.t(k::ROUND_NEW_SECTIONS)}</legend>
                {section_boxes}
                {field_error(lang, errors, "sections")}
            </fieldset>
            <div>
                <label for=field_id("questions") class="font-semibold">{lang.t(k::ROUND_NEW_QUESTIONS)}</label>
                <p id="omgang-fragor-hjalp" class="text-sm text-stone-700">{lang.t(k::ROUND_NEW_QUESTIONS_HELP)}</p>
                // The value is a property only: the server writes a textarea's children unescaped.
                <textarea id=field_id("questions") rows="6" class=INPUT
                    aria-describedby=format!("omgang-fragor-hjalp {}-fel", field_id("questions"))
                    aria-invalid=move || errors.with(|e| e.get("questions").is_some()).to_string()
                    prop:value=move || form.with(|f| f.questions.clone())
                    on:input=move |ev| form.update(|f| f.questions = event_target_value(&ev))></textarea>
                {field_error(lang, errors, "questions")}
            </div>
            <div>
                <input id=field_id("overlap_confirmed") type="checkbox" class="mr-2"
                    aria-describedby=format!("{}-fel", field_id("overlap_confirmed"))
                    prop:checked=move || form.with(|f| f.overlap_confirmed)
                    on:change=move |ev| form.update(|f| f.overlap_confirmed = event_target_checked(&ev)) />
                <label for=field_id("overlap_confirmed")>{lang.t(k::ROUND_NEW_OVERLAP)}</label>
                {field_error(lang, errors, "overlap_confirmed")}
            </div>
            <button type="submit" class="rounded bg-blue-900 px-6 py-2 font-semibold text-white disabled:opacity-60"
                prop:disabled=move || saving.get()>
                {move || if saving.get() { lang.t(k::ROUND_NEW_SAVING) } else { lang.t(submit) }}
            </button>
        </form>
    }
}

/// How to read and change one list of the form.
type ListLens = (
    fn(&RoundForm) -> &Vec<String>,
    fn(&mut RoundForm) -> &mut Vec<String>,
);

/// A checkbox per `(value, label)`, ticked while the form's list holds the value.
fn choices(
    form: RwSignal<RoundForm>,
    prefix: &'static str,
    items: impl Iterator<Item = (String, &'static str)>,
    (list, list_mut): ListLens,
) -> impl IntoView {
    items
        .map(|(value, label)| {
            let id = format!("{prefix}-{value}");
            let checked = {
                let value = value.clone();
                move || form.with(|f| list(f).contains(&value))
            };
            view! {
                <div><input id=id.clone() type="checkbox" class="mr-2" prop:checked=checked
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        form.update(|f| {
                            let items = list_mut(f);
                            items.retain(|v| v != &value);
                            if on { items.push(value.clone()); }
                        });
                    } />
                <label for=id>{label}</label></div>
            }
        })
        .collect_view()
}
