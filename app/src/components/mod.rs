//! Building blocks shared by the pages.

pub mod age;
pub mod as_of;
pub mod fact;
pub mod feeds;
pub mod form_fields;
pub mod layout;
pub mod lok_plan;
pub mod notes;
pub mod quick_exit;
pub mod rok;
pub mod scroll_region;
pub mod session;
pub mod step_chart;
pub mod support;
pub mod swatch;
