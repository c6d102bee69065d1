//! The server: configuration and command line, and the HTTP routes around the application.

pub mod cli;
pub mod documents;
pub mod embed;
pub mod error;
pub mod feeds;
pub mod forgery;
pub mod language;
pub mod map_file;
pub mod origin;
pub mod page_cache;
pub mod refusal;
pub mod reminders;
pub mod report_file;
pub mod routes;
pub mod static_files;
pub mod texts;
