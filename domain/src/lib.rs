//! The domain of Kvinnofridskartan Dalarna: the organisations and their profiles, the
//! indicators drawn from them, the validation of what coordinators enter, the one error type
//! and the interface texts, for the region package this build serves.
//!
//! Nothing here knows the web or the database, so it builds for the server and the browser
//! alike; the crates above it (`db`, `service`, `app`) add those.

pub mod error;
pub mod escape;
pub mod form;
pub mod i18n;
pub mod model;
pub mod region;
pub mod seed;
pub mod shapes;
pub mod view;
