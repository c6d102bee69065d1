//! Server state shared by routes and server functions.

use axum::extract::FromRef;
use db::Db;
use domain::error::AppError;
use domain::model::as_of::Shown;
use leptos::prelude::LeptosOptions;
use std::sync::Arc;

/// The server's state, shared: the router and its middleware clone it for every request, so a
/// clone is one pointer rather than a copy of every setting (under load, copying them was a
/// large part of the time spent sending a kept page; BENCHMARKS.md, the map page).
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

/// What [`AppState`] holds.
pub struct Shared {
    pub leptos_options: LeptosOptions,
    pub db: Db,
    /// What time it is for every request: the system's, or a test's.
    pub clock: service::clock::Clock,
    /// How the follow-up rounds' reminders are mailed, for the administrator's view of them.
    pub reminders: service::reminders::Reminders,
    /// Where the quick exit leaves for.
    pub exit: domain::model::quick_exit::Target,
}

impl From<Shared> for AppState {
    fn from(shared: Shared) -> Self {
        Self(Arc::new(shared))
    }
}

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

impl Shared {
    /// The site's public address (`PUBLIC_URL`, else the address the server listens on), with
    /// no slash at the end: for links that leave the site, in mails and on other sites.
    pub fn public_base(&self) -> &str {
        self.reminders.base.trim_end_matches('/')
    }

    /// The date a read shows, from `?datum=` as the request gave it: the one place where it is
    /// parsed, on this server's today, for server functions and routes alike.
    pub fn shown(&self, datum: Option<&str>) -> Result<Shown, AppError> {
        Ok(Shown::parse(datum, self.clock.today())?)
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
