//! The domain: organisations, their profiles, facts with provenance and the map's indicators.
//! Pure data and rules, compiled for both the server and the browser; no I/O here.

pub mod account;
pub mod age;
pub mod as_of;
pub mod auth;
pub mod county;
pub mod document;
pub mod embed;
pub mod fact;
pub mod feedback;
pub mod indicator;
pub mod iso_time;
pub mod links;
pub mod org;
pub mod palette;
pub mod percent;
pub mod profile;
pub mod quick_exit;
pub mod reading;
pub mod reminder;
pub mod revision;
pub mod round;
pub mod summary;
pub mod support;
pub mod validation;

pub use fact::{DocumentId, Fact, Source};
pub use indicator::{Category, Indicator};
pub use org::{OrgId, OrgKind, Organisation, Population};
pub use profile::Profile;
