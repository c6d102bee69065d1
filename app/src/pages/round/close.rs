//! The administrator's form that closes a round: one box to tick, because closing freezes the
//! round's answers for good.

use crate::components::form_fields::{error_text, field_id};
use crate::i18n::{k, use_lang};
use api::rounds::close_round;
use domain::error::AppError;
use domain::form::round::CLOSE_FIELD as CONFIRM;
use domain::model::validation::FieldErrors;
use leptos::prelude::*;

#[component]
pub fn CloseRound(
    round: String,
    reload: Callback<()>,
    notice: RwSignal<Option<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let confirmed = RwSignal::new(false);
    let errors = RwSignal::new(FieldErrors::default());
    let failed = RwSignal::new(None::<String>);
    let saving = RwSignal::new(false);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if saving.get_untracked() {
            return;
        }
        saving.set(true);
        let round = round.clone();
        leptos::task::spawn_local(async move {
            let result = close_round(round, confirmed.get_untracked()).await;
            saving.set(false);
            match result.map_err(|f| f.0) {
                Ok(()) => {
                    notice.set(Some(lang.t(k::ROUND_CLOSE_DONE).to_owned()));
                    reload.run(());
                }
                Err(AppError::Invalid(found)) => {
                    failed.set(None);
                    errors.set(found);
                }
                Err(e) => {
                    errors.set(FieldErrors::default());
                    failed.set(Some(e.message(lang)));
                }
            }
        });
    };
    let id = field_id(CONFIRM);
    let error_id = format!("{id}-fel");
    view! {
        <form class="mt-6 max-w-3xl rounded border border-stone-500 bg-white p-4" on:submit=on_submit novalidate>
            <h2 class="text-2xl font-bold">{lang.t(k::ROUND_CLOSE_H2)}</h2>
            <p id="avsluta-hjalp" class="mt-2">{lang.t(k::ROUND_CLOSE_HELP)}</p>
            <div role="alert" aria-live="assertive">
                {move || failed.get().map(|text| view! {
                    <p class="rounded border border-red-800 bg-red-50 p-3 font-semibold" data-utfall="fel">{text}</p>
                })}
            </div>
            <p class="mt-2">
                <input id=id.clone() type="checkbox" class="mr-2"
                    aria-describedby=format!("avsluta-hjalp {error_id}")
                    aria-invalid=move || errors.with(|e| e.get(CONFIRM).is_some()).to_string()
                    prop:checked=move || confirmed.get()
                    on:change=move |ev| confirmed.set(event_target_checked(&ev)) />
                <label for=id>{lang.t(k::ROUND_CLOSE_CONFIRM)}</label>
            </p>
            <p id=error_id class="font-semibold text-red-800">{move || errors.with(|e| error_text(e, CONFIRM, lang))}</p>
            <button type="submit" class="mt-2 rounded bg-blue-900 px-6 py-2 font-semibold text-white disabled:opacity-60"
                prop:disabled=move || saving.get()>
                {lang.t(k::ROUND_CLOSE_SUBMIT)}
            </button>
        </form>
    }
}
