//! `/profil/<id>/dokument`: an organisation's evidence documents. The upload is a plain form
//! (it works without JavaScript); the server answers it with this page again, telling what
//! became of the file (`?uppladdat=<sha-256>` or `?fel=<message key>`).

use crate::components::scroll_region::ScrollRegion;
use crate::i18n::{k, use_lang};
use crate::pages::not_found::NotFound;
use api::edit::{DocumentsView, get_documents, withdraw_document};
use domain::error::AppError;
use domain::i18n::Lang;
use domain::model::auth::Denied;
use domain::model::document::{Document, MAX_MEGABYTES, Refused};
use domain::model::iso_time::minute;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

const CELL: &str = "border-t border-stone-300 p-2 text-left align-top";
const FILE_INPUT: &str = "dokument-fil";

#[component]
pub fn DocumentsPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let page = api::codec::resource(id, get_documents);
    let notice = RwSignal::new(None::<Result<String, String>>);
    view! {
        <crate::components::layout::PageTitle text=lang.t(k::DOCUMENT_TITLE) />
        <p><a class="text-blue-900 underline" href=move || format!("/profil/{}/redigera", id())>{lang.t(k::DOCUMENT_BACK)}</a></p>
        <Suspense fallback=move || view! { <p>{lang.t(k::ADMIN_LOADING)}</p> }>
            {move || Suspend::new(async move {
                match page.await.map_err(|f| f.0) {
                    Ok(view) => view! { <Documents view notice reload=Callback::new(move |()| page.refetch()) /> }.into_any(),
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(AppError::Denied(Denied::NotSignedIn)) => view! {
                        <h1 class="mt-2 text-3xl font-bold">{lang.t(k::DOCUMENT_TITLE)}</h1>
                        <p class="mt-4">{lang.t(k::ADMIN_LOGIN_NEEDED)} " "
                            <a class="text-blue-900 underline" href=format!("/logga-in?nasta=/profil/{}/dokument", id())>{lang.t(k::EDIT_LOGIN_LINK)}</a></p>
                    }.into_any(),
                    Err(e) => view! {
                        <h1 class="mt-2 text-3xl font-bold">{lang.t(k::DOCUMENT_TITLE)}</h1>
                        <p role="alert" class="mt-4 rounded border border-red-800 bg-red-50 p-3">{e.message(lang)}</p>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Documents(
    view: DocumentsView,
    notice: RwSignal<Option<Result<String, String>>>,
    reload: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let refused = query
        .with_untracked(|q| q.get("fel"))
        .and_then(|key| Refused::from_key(&key));
    let uploaded = query.with_untracked(|q| q.get("uppladdat")).is_some();
    let org = view.organisation.id.clone();
    let error = refused.map(|why| why.message().text(lang));
    let error_id = "dokument-fel";
    view! {
        <h1 class="mt-2 text-3xl font-bold">{lang.tf(k::DOCUMENT_HEADING, &[("org", &view.organisation.name)])}</h1>
        <p class="mt-2 max-w-3xl">{lang.tf(k::DOCUMENT_INTRO, &[("mb", &megabytes())])}</p>
        <div role="status" aria-live="polite" class="mt-4">
            {uploaded.then(|| view! { <p class="rounded border border-green-800 bg-green-50 p-3" data-utfall="uppladdat">{lang.t(k::DOCUMENT_UPLOADED)}</p> })}
            {move || notice.get().map(|m| match m {
                Ok(text) => view! { <p class="rounded border border-green-800 bg-green-50 p-3" data-utfall="klart">{text}</p> }.into_any(),
                Err(text) => view! { <p class="rounded border border-red-800 bg-red-50 p-3 font-semibold" data-utfall="fel">{text}</p> }.into_any(),
            })}
        </div>
        <form method="post" action=domain::model::document::upload_path(&org) enctype="multipart/form-data" class="mt-4 max-w-xl rounded border border-stone-300 bg-white p-4">
            {api::csrf::page_token().map(|token| view! { <input type="hidden" name=api::csrf::FIELD value=token /> })}
            <label for=FILE_INPUT class="block font-semibold">{lang.t(k::DOCUMENT_UPLOAD_LABEL)}</label>
            <p id="dokument-hjalp" class="text-sm text-stone-700">{lang.tf(k::DOCUMENT_UPLOAD_HELP, &[("mb", &megabytes())])}</p>
            {error.clone().map(|text| view! {
                <p id=error_id role="alert" class="mt-1 font-semibold text-red-800" data-fel="dokument">{text}</p>
            })}
            <input id=FILE_INPUT name="fil" type="file" accept="application/pdf,.pdf" class="mt-2 block max-w-full"
                aria-describedby=if error.is_some() { format!("dokument-hjalp {error_id}") } else { "dokument-hjalp".to_owned() }
                aria-invalid=error.is_some().then_some("true") />
            <button type="submit" class="mt-3 rounded bg-blue-900 px-4 py-2 font-semibold text-white">{lang.t(k::DOCUMENT_UPLOAD_SUBMIT)}</button>
        </form>
        <DocumentTable documents=view.documents notice reload />
    }
}

fn megabytes() -> String {
    MAX_MEGABYTES.to_string()
}

#[component]
fn DocumentTable(
    documents: Vec<Document>,
    notice: RwSignal<Option<Result<String, String>>>,
    reload: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    if documents.is_empty() {
        return view! { <p class="mt-6" id="dokument-lista">{lang.t(k::DOCUMENT_LIST_EMPTY)}</p> }
            .into_any();
    }
    let rows = documents
        .into_iter()
        .map(|d| row(lang, d, notice, reload))
        .collect_view();
    view! {
        <ScrollRegion label=lang.t(k::DOCUMENT_LIST_CAPTION) class="mt-6">
        <table class="w-full border-collapse bg-white text-sm" id="dokument-lista">
            <caption class="p-2 text-left font-semibold">{lang.t(k::DOCUMENT_LIST_CAPTION)}</caption>
            <thead><tr>
                <th scope="col" class=CELL>{lang.t(k::DOCUMENT_COL_NAME)}</th>
                <th scope="col" class=CELL>{lang.t(k::DOCUMENT_COL_UPLOADED)}</th>
                <th scope="col" class=CELL>{lang.t(k::DOCUMENT_COL_PATH)}</th>
                <th scope="col" class=CELL>{lang.t(k::DOCUMENT_COL_STATE)}</th>
                <th scope="col" class=CELL>{lang.t(k::DOCUMENT_COL_ACTION)}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        </ScrollRegion>
    }
    .into_any()
}

fn row(
    lang: Lang,
    d: Document,
    notice: RwSignal<Option<Result<String, String>>>,
    reload: Callback<()>,
) -> impl IntoView {
    let path = d.path();
    let size = lang.tf(
        k::DOCUMENT_SIZE,
        &[("kb", &d.bytes.div_ceil(1024).to_string())],
    );
    let uploaded = lang.tf(
        k::DOCUMENT_UPLOADED_BY,
        &[("at", &minute(d.at)), ("by", &d.by)],
    );
    // A withdrawn document is served to administrators only: no link that fails the others.
    let name = if d.withdrawn.is_none() {
        view! { <a class="text-blue-900 underline" href=path.clone()>{d.name.clone()}</a> " (" {size} ")" }.into_any()
    } else {
        view! { {d.name.clone()} " (" {size} ")" }.into_any()
    };
    let (state, action) = match &d.withdrawn {
        Some(w) => (
            lang.tf(
                k::DOCUMENT_STATE_WITHDRAWN,
                &[("at", &minute(w.at)), ("by", &w.by)],
            ),
            ().into_any(),
        ),
        None => {
            let (org, digest, label) = (
                d.org.as_str().to_owned(),
                d.digest.as_str().to_owned(),
                d.name.clone(),
            );
            let withdraw = move |_| {
                let (org, digest) = (org.clone(), digest.clone());
                leptos::task::spawn_local(async move {
                    notice.set(Some(
                        match withdraw_document(org, digest).await.map_err(|f| f.0) {
                            Ok(()) => Ok(lang.t(k::DOCUMENT_WITHDRAW_DONE).to_owned()),
                            Err(e) => Err(e.message(lang)),
                        },
                    ));
                    reload.run(());
                });
            };
            (
                lang.t(k::DOCUMENT_STATE_PUBLIC).to_owned(),
                view! {
                    <button type="button" class="rounded border border-red-800 px-3 py-1 font-semibold text-red-800" on:click=withdraw>
                        {lang.t(k::DOCUMENT_WITHDRAW)}
                        <span class="sr-only">" – " {label}</span>
                    </button>
                }
                .into_any(),
            )
        }
    };
    view! {
        <tr data-dokument=d.digest.as_str().to_owned() data-tillbakadraget=d.withdrawn.is_some().to_string()>
            <td class=CELL>{name}</td>
            <td class=CELL>{uploaded}</td>
            <td class=CELL><code class="break-all">{path}</code></td>
            <td class=CELL>{state}</td>
            <td class=CELL>{action}</td>
        </tr>
    }
}
