//! What the application does, one function per use case, each taking the caller first.
//! Server functions and the command line call these; they hold no HTTP and no SurrealQL.

pub mod accounts;
pub mod profiles;
pub mod state;

#[cfg(test)]
mod tests;
