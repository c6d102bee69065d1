//! Kvinnofridskartan Dalarna: the Leptos application, its domain model and (on the server)
//! its database layer.

pub mod model;

#[cfg(feature = "ssr")]
pub mod db;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
}
