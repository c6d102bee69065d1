//! What the application does, one function per use case, each taking the caller first, with
//! what those need: password hashing and tokens (`security`), the time (`clock`) and the open
//! data files (`opendata`). Server functions and the command line call these; they hold no
//! HTTP and no SurrealQL. Server only.

pub mod accounts;
pub mod agreements;
pub mod clock;
pub mod documents;
pub mod feedback;
pub mod feeds;
pub mod opendata;
mod orgs;
pub mod profiles;
pub mod reminders;
pub mod report;
pub mod rounds;
pub mod security;
#[cfg(any(test, feature = "testing"))]
pub mod smtp_sink;
pub mod state;

#[cfg(test)]
mod tests;
