//! `/uppfoljning/<id>/andra`: the administrator changes a round with the form that started it.
//! Every change is recorded in the round and listed on its page.

use crate::i18n::{k, use_lang};
use crate::pages::not_found::NotFound;
use crate::pages::rounds::RoundFormView;
use api::rounds::get_round;
use domain::error::AppError;
use domain::form::round::RoundForm;
use domain::model::auth::Denied;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn RoundEditPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let id = move || params.read().get("round").unwrap_or_default();
    let page = api::codec::resource(id, get_round);
    view! {
        <Suspense fallback=move || view! { <p>{lang.t(k::EDIT_LOADING)}</p> }>
            {move || Suspend::new(async move {
                match page.await.map_err(|f| f.0) {
                    Ok(view) if view.can_edit => {
                        let round = view.round;
                        let back = format!("/uppfoljning/{}", round.id.as_str());
                        view! {
                            <crate::components::layout::PageTitle text=format!("{} – {}", lang.t(k::ROUND_EDIT_H2), round.title) />
                            <p><a class="text-blue-900 underline" href=back>{round.title.clone()}</a></p>
                            <h1 class="mt-2 text-3xl font-bold">{round.title.clone()}</h1>
                            <RoundFormView initial=RoundForm::from_round(&round) editing=Some(round.id.as_str().to_owned()) />
                        }
                        .into_any()
                    }
                    Ok(_) => view! {
                        <p role="alert" class="mt-4 rounded border border-red-800 bg-red-50 p-3">
                            {AppError::Denied(Denied::NotAdmin).message(lang)}
                        </p>
                    }
                    .into_any(),
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(e) => view! {
                        <p role="alert" class="mt-4 rounded border border-red-800 bg-red-50 p-3">{e.message(lang)}</p>
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
}
