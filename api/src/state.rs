//! Server state shared by routes and server functions.

use axum::extract::FromRef;
use db::Db;
use leptos::prelude::LeptosOptions;

#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: Db,
    /// What time it is for every request: the system's, or a test's.
    pub clock: service::clock::Clock,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
