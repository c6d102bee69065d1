//! The application's pages.

pub mod accessibility;
pub mod admin;
pub mod deadlines;
pub mod decisions;
pub mod documents;
pub mod edit;
pub mod edit_sections;
pub mod feedback;
pub mod history;
pub mod login;
pub mod map;
pub mod method;
pub mod not_found;
pub mod overview;
pub mod profile;
pub mod report;
pub mod round;
pub mod rounds;
pub mod routes;
pub mod safer_browsing;
