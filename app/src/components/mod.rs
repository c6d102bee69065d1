//! Building blocks shared by the pages.

pub mod fact;
pub mod layout;
pub mod rok;
pub mod swatch;
