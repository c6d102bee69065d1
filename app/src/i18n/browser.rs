//! In the browser: the reader's language's texts, fetched from the server (see
//! `domain::i18n::bundle`) before the page hydrates. The code carries no texts, so each visitor downloads one language,
//! and a change of wording leaves the cached code valid.

use super::{Lang, TEXTS_ATTRIBUTE};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why the texts could not be loaded; the page then stays as the server rendered it.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("the page does not name its texts ({TEXTS_ATTRIBUTE})")]
    NoLink,
    #[error("the texts could not be fetched: {0}")]
    Fetch(String),
    #[error("the server answered {0} for the texts")]
    Status(u16),
}

fn fetch_error(value: JsValue) -> LoadError {
    LoadError::Fetch(format!("{value:?}"))
}

/// Fetches the texts the page names and makes them `lang`'s.
pub async fn load(lang: Lang) -> Result<(), LoadError> {
    let href = leptos::prelude::document()
        .document_element()
        .and_then(|root| root.get_attribute(TEXTS_ATTRIBUTE))
        .ok_or(LoadError::NoLink)?;
    let response = JsFuture::from(leptos::prelude::window().fetch_with_str(&href))
        .await
        .map_err(fetch_error)?
        .dyn_into::<web_sys::Response>()
        .map_err(fetch_error)?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    let text = JsFuture::from(response.text().map_err(fetch_error)?)
        .await
        .map_err(fetch_error)?
        .as_string()
        .unwrap_or_default();
    // Read once per page load and kept for its life, like the texts compiled into the server.
    lang.install(text.leak());
    Ok(())
}
