//! Choosing the date a page shows (`?datum=`): a date field that takes a typed date, and a
//! notice when a past date is shown.

use crate::i18n::k;
use crate::i18n::long_date;
use chrono::NaiveDate;
use domain::model::as_of;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The raw `?datum=` of the current page (`None` when absent or empty).
pub fn use_datum() -> Memo<Option<String>> {
    let query = use_query_map();
    Memo::new(move |_| query.read().get("datum").filter(|d| !d.trim().is_empty()))
}

/// The raw `?omgang=` of the current page: a closed round whose frozen picture it shows.
pub fn use_omgang() -> Memo<Option<String>> {
    let query = use_query_map();
    Memo::new(move |_| query.read().get("omgang").filter(|d| !d.trim().is_empty()))
}

/// The current page's non-empty values of the query names `params`, except those in `own`
/// (which the form or link sets itself), in the order of `params`.
pub fn kept(params: &[&'static str], own: &[&str]) -> Vec<(&'static str, String)> {
    let query = use_query_map();
    let q = query.read();
    params
        .iter()
        .filter(|name| !own.contains(name))
        .filter_map(|name| Some((*name, q.get(name).filter(|v| !v.is_empty())?)))
        .collect()
}

/// Hidden inputs that carry the page's other query values through a GET form.
pub fn kept_inputs(params: &'static [&'static str], own: &'static [&'static str]) -> impl IntoView {
    move || {
        kept(params, own)
            .into_iter()
            .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
            .collect_view()
    }
}

/// A GET form for `?datum=` that keeps the page's other query values.
#[component]
pub fn DateForm(
    /// The page's path, e.g. "/oversikt".
    action: &'static str,
    /// The query names the page keeps its state in.
    params: &'static [&'static str],
) -> impl IntoView {
    let lang = crate::i18n::use_lang();
    let query = use_query_map();
    let value = move || query.read().get("datum").unwrap_or_default();
    // Choosing a date leaves a round's picture for that date's state.
    let hidden = kept_inputs(params, &["datum", "omgang"]);
    view! {
        <form method="get" action=action class="datumval mt-4 flex flex-wrap items-end gap-3 print:hidden">
            <div class="flex flex-col">
                <label for="datum" class="font-semibold">{lang.t(k::DATE_LABEL)}</label>
                <span id="datum-hjalp" class="text-sm text-stone-700">
                    {lang.t(k::DATE_HELP)}
                </span>
                <input
                    id="datum"
                    name="datum"
                    type="date"
                    min=as_of::earliest().to_string()
                    value=value
                    aria-describedby="datum-hjalp"
                    class="mt-1 rounded border border-stone-600 bg-white px-3 py-2"
                />
            </div>
            {hidden}
            <button
                type="submit"
                class="rounded border border-blue-900 bg-blue-900 px-4 py-2 text-white hover:bg-blue-800 focus:outline-offset-2"
            >
                {lang.t(k::DATE_SUBMIT)}
            </button>
        </form>
    }
}

/// "Du ser läget den 1 januari 2025" with a link back to today, when a past date is shown.
#[component]
pub fn PastNotice(date: Option<NaiveDate>, today_href: String) -> impl IntoView {
    let lang = crate::i18n::use_lang();
    date.map(|date| {
        view! {
            <p
                class="mt-4 rounded border-2 border-amber-700 bg-amber-50 p-3"
                role="status"
                id="historiskt-lage"
            >
                <strong>{lang.tf(k::DATE_PAST, &[("date", &long_date(lang, date))])}</strong>
                " " {lang.t(k::DATE_PAST_LATER)} " "
                <a class="text-blue-900 underline" href=today_href>{lang.t(k::DATE_TODAY)}</a>
            </p>
        }
    })
}

/// "Du ser läget som det frystes när … avslutades", with links to the round's report and to
/// today, when a page shows a closed round's picture (`?omgang=`).
#[component]
pub fn RoundNotice(round: domain::model::round::RoundRef, today_href: String) -> impl IntoView {
    let lang = crate::i18n::use_lang();
    let report = format!("/uppfoljning/{}/rapport", round.id.as_str());
    view! {
        <p class="mt-4 rounded border-2 border-amber-700 bg-amber-50 p-3" role="status" id="historiskt-lage">
            <strong>{lang.tf(k::PICTURE_ROUND, &[("title", &round.title), ("date", &long_date(lang, round.closed_on))])}</strong>
            " " {lang.t(k::DATE_PAST_LATER)} " "
            <a class="text-blue-900 underline" href=report>{lang.t(k::PICTURE_ROUND_REPORT)}</a>
            " · "
            <a class="text-blue-900 underline" href=today_href>{lang.t(k::DATE_TODAY)}</a>
        </p>
    }
}
