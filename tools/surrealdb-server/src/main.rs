//! `surreal`: the SurrealDB server with its community defaults, as the official binary starts it.

fn main() -> std::process::ExitCode {
    surrealdb_server::init(surrealdb_server::core::CommunityComposer())
}
