//! The application's pages.

pub mod map;
pub mod not_found;
pub mod profile;
