//! `/profil/<id>/redigera`: the coordinator's edit form. Checked in the browser as typed and
//! again on the server; a failed or conflicting save keeps everything in the form.

use crate::components::form_fields::{FormCtx, field_id};
use crate::i18n::k;
use crate::i18n::use_lang;
use crate::pages::edit_sections as sections;
use crate::pages::history::revision_list;
use crate::pages::not_found::NotFound;
use api::edit::{EditView, get_edit_form, save_profile};
use domain::error::AppError;
use domain::form::rebase;
use domain::model::auth::Denied;
use domain::model::fact::Source;
use domain::model::profile::Section;
use domain::model::revision::Revision;
use domain::model::validation::FieldErrors;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn EditPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let page = api::codec::resource(id, get_edit_form);
    view! {
        <crate::components::layout::PageTitle text=lang.t(k::EDIT_PAGE_TITLE) />
        <Suspense fallback=move || view! { <p>{lang.t(k::EDIT_LOADING)}</p> }>
            {move || Suspend::new(async move {
                match page.await.map_err(|f| f.0) {
                    Ok(view) => view! { <EditForm view /> }.into_any(),
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(AppError::Denied(Denied::NotSignedIn)) => {
                        let next = format!("/logga-in?nasta=/profil/{}/redigera", id());
                        view! {
                            <h1 class="text-3xl font-bold">{lang.t(k::EDIT_LOGIN_NEEDED_H1)}</h1>
                            <p class="mt-4">{lang.t(k::EDIT_LOGIN_NEEDED_TEXT)}</p>
                            <p class="mt-4"><a class="text-blue-900 underline" href=next>{lang.t(k::EDIT_LOGIN_LINK)}</a></p>
                        }
                        .into_any()
                    }
                    Err(error) => view! {
                        <h1 class="text-3xl font-bold">{lang.t(k::EDIT_DENIED_H1)}</h1>
                        <p role="alert" class="mt-4 rounded border border-red-800 bg-red-50 p-4">{error.message(lang)}</p>
                        <p class="mt-4"><a class="text-blue-900 underline" href=format!("/profil/{}", id())>{lang.t(k::EDIT_TO_PROFILE)}</a></p>
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
}

#[derive(Clone, PartialEq)]
enum Outcome {
    Saved(String),
    /// The form now rests on the latest version.
    Rebased,
    Failed(String),
    Conflict(String, Vec<Revision>),
}

#[component]
fn EditForm(view: EditView) -> impl IntoView {
    let lang = use_lang();
    let org = view.organisation.id.clone();
    let name = view.organisation.name.clone();
    let today = view.today;
    let ctx = FormCtx {
        form: RwSignal::new(view.form.clone()),
        errors: RwSignal::new(FieldErrors::default()),
        lang,
    };
    let original = RwSignal::new(view.form);
    let version = RwSignal::new(view.version);
    let outcome = RwSignal::new(None::<Outcome>);
    let saving = RwSignal::new(false);
    let summary = NodeRef::<leptos::html::Div>::new();
    let focus_summary = move || {
        if let Some(el) = summary.get() {
            let _ = el.focus();
        }
    };
    let id = org.as_str().to_owned();
    let documents_page = domain::model::document::page_path(&org);
    let save_id = id.clone();
    // `?avsnitt=` (from a follow-up round) shows that one section; the others are saved as
    // they are.
    let only = use_query_map()
        .with_untracked(|q| q.get("avsnitt"))
        .and_then(|s| Section::from_slug(&s));
    let shown: Vec<Section> = Section::ALL
        .into_iter()
        .filter(|s| only.is_none_or(|o| o == *s))
        .collect();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if saving.get_untracked() {
            return;
        }
        let form = ctx.form.get_untracked();
        let probe = Source::Entered {
            by: String::new(),
            at: Default::default(),
        };
        if let Err(errors) = form.validate(&org, today, &probe) {
            ctx.errors.set(errors);
            outcome.set(Some(Outcome::Failed(
                AppError::Invalid(FieldErrors::default()).message(lang),
            )));
            focus_summary();
            return;
        }
        ctx.errors.set(FieldErrors::default());
        saving.set(true);
        let id = save_id.clone();
        leptos::task::spawn_local(async move {
            let result = save_profile(id, version.get_untracked(), form.clone()).await;
            saving.set(false);
            match result.map_err(|f| f.0) {
                Ok(saved) => {
                    version.set(saved.version);
                    original.set(form);
                    let text = match saved.changed {
                        0 => lang.t(k::EDIT_SAVED_NONE).to_owned(),
                        1 => lang.t(k::EDIT_SAVED_ONE).to_owned(),
                        n => lang.tf(k::EDIT_SAVED_MANY, &[("n", &n.to_string())]),
                    };
                    outcome.set(Some(Outcome::Saved(text)));
                }
                Err(AppError::Invalid(errors)) => {
                    ctx.errors.set(errors.clone());
                    outcome.set(Some(Outcome::Failed(
                        AppError::Invalid(errors).message(lang),
                    )));
                }
                Err(e @ AppError::Conflict { .. }) => {
                    let text = e.message(lang);
                    if let AppError::Conflict { changes, .. } = e {
                        outcome.set(Some(Outcome::Conflict(text, changes)));
                    }
                }
                Err(e) => outcome.set(Some(Outcome::Failed(e.message(lang)))),
            }
            focus_summary();
        });
    };
    let rebase_id = id.clone();
    let take_latest = move |_| {
        let id = rebase_id.clone();
        leptos::task::spawn_local(async move {
            match get_edit_form(id).await {
                Ok(latest) => {
                    let merged = rebase(
                        &original.get_untracked(),
                        &ctx.form.get_untracked(),
                        &latest.form,
                    );
                    ctx.form.set(merged);
                    original.set(latest.form);
                    version.set(latest.version);
                    outcome.set(Some(Outcome::Rebased));
                }
                Err(e) => outcome.set(Some(Outcome::Failed(e.message(lang)))),
            }
            focus_summary();
        });
    };
    let error_links = move || {
        ctx.errors.with(|errors| {
            errors
                .iter()
                .map(|(key, message)| {
                    let href = format!("#{}", field_id(key));
                    let message = message.text(lang);
                    view! { <li><a class="text-red-800 underline" href=href>{message}</a></li> }
                })
                .collect_view()
        })
    };
    let outcome_view = move || {
        outcome.get().map(|o| match o {
            Outcome::Saved(text) => view! {
                <p class="rounded border border-green-800 bg-green-50 p-3" data-utfall="sparat">{text}</p>
            }
            .into_any(),
            Outcome::Rebased => view! {
                <p class="rounded border border-blue-900 bg-blue-50 p-3" data-utfall="ombaserad">
                    {lang.t(k::EDIT_REBASED)}
                </p>
            }
            .into_any(),
            Outcome::Failed(text) => view! {
                <div class="rounded border border-red-800 bg-red-50 p-3" data-utfall="fel">
                    <p class="font-semibold">{text}</p>
                    <ul class="mt-2 list-disc pl-6">{error_links}</ul>
                </div>
            }
            .into_any(),
            Outcome::Conflict(text, changes) => view! {
                <div class="rounded border border-red-800 bg-red-50 p-3" data-utfall="konflikt">
                    <p class="font-semibold">{text}</p>
                    <p class="mt-2">{lang.t(k::EDIT_CONFLICT_CHANGED)}</p>
                    {revision_list(changes)}
                    <button type="button" class="mt-3 rounded bg-blue-900 px-4 py-2 text-white" on:click=take_latest.clone()>
                        {lang.t(k::EDIT_CONFLICT_TAKE_LATEST)}
                    </button>
                </div>
            }
            .into_any(),
        })
    };
    view! {
        <p><a class="text-blue-900 underline" href=format!("/profil/{id}")>{lang.t(k::EDIT_BACK)}</a></p>
        <h1 class="mt-2 text-3xl font-bold">{lang.tf(k::EDIT_H1, &[("name", &name)])}</h1>
        <p class="mt-2 max-w-3xl">{lang.tf(k::EDIT_INTRO, &[("unknown", lang.t(k::UNKNOWN))])}</p>
        <p class="mt-2"><a class="text-blue-900 underline" href=documents_page>{lang.t(k::DOCUMENT_MANAGE)}</a></p>
        {only.map(|s| view! {
            <p class="mt-2 max-w-3xl">
                {lang.tf(k::EDIT_ONLY_SECTION, &[("section", s.label(lang))])} " "
                <a class="text-blue-900 underline" href=format!("/profil/{id}/redigera")>{lang.t(k::EDIT_WHOLE_FORM)}</a>
            </p>
        })}
        <noscript>
            <p class="mt-4 rounded border border-red-800 bg-red-50 p-3">{lang.t(k::EDIT_NOSCRIPT)}</p>
        </noscript>
        <div node_ref=summary tabindex="-1" class="mt-4 focus:outline-none" role="alert" aria-live="assertive">
            {outcome_view}
        </div>
        <form on:submit=on_submit novalidate>
            {shown.into_iter().map(|s| sections::of(ctx, s)).collect_view()}
            <div class="sticky bottom-0 mt-6 flex items-center gap-4 border-t border-stone-300 bg-stone-50 py-3">
                <button type="submit" class="rounded bg-blue-900 px-6 py-2 font-semibold text-white disabled:opacity-60"
                    prop:disabled=move || saving.get()>
                    {move || if saving.get() { lang.t(k::EDIT_SAVING) } else { lang.t(k::EDIT_SAVE) }}
                </button>
                <span class="text-sm text-stone-700">{move || lang.tf(k::EDIT_VERSION, &[("version", &version.get().to_string())])}</span>
            </div>
        </form>
    }
}
