//! The interface language (`domain::i18n`), with what only the application does: the page's
//! language from its context, and in the browser, loading the texts.

pub use domain::i18n::*;

#[cfg(feature = "hydrate")]
pub mod browser;

/// The language of the current page, provided by the application root.
pub fn use_lang() -> Lang {
    leptos::prelude::use_context::<Lang>().unwrap_or_default()
}
