//! Links to subscribe to the dates ahead (iCalendar) and the published changes (Atom), of one
//! organisation or of the county.

use crate::i18n::{Lang, k};
use domain::model::OrgId;
use leptos::prelude::*;

pub fn feed_links(lang: Lang, org: Option<&OrgId>) -> AnyView {
    let query = org
        .map(|o| format!("?organisation={}", o.as_str()))
        .unwrap_or_default();
    view! {
        <p class="mt-3 text-sm" id="prenumerera">
            {lang.t(k::FEED_SUBSCRIBE)} " "
            <a class="text-blue-900 underline" type="text/calendar" href=format!("/api/v1/kalender.ics{query}")>
                {lang.t(k::FEED_CALENDAR_LINK)}
            </a>
            " · "
            <a class="text-blue-900 underline" type="application/atom+xml" href=format!("/api/v1/andringar.atom{query}")>
                {lang.t(k::FEED_ATOM_LINK)}
            </a>
        </p>
    }
    .into_any()
}
