//! What can stop the server or one of its commands, in Swedish for whoever runs it.

use db::DbError;

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("databasen: {0}")]
    Db(#[from] DbError),
    #[error("Leptos-konfigurationen: {0}")]
    Config(String),
    #[error("e-postinställningen: {0}")]
    Mail(String),
    #[error("kunde inte lyssna på {addr}: {source}")]
    Bind {
        addr: String,
        source: std::io::Error,
    },
    #[error("servern: {0}")]
    Serve(std::io::Error),
    #[error("{0}")]
    User(String),
    #[error("kunde inte läsa lösenordet: {0}")]
    Stdin(std::io::Error),
    #[error("{path}: {source}")]
    File {
        path: String,
        source: std::io::Error,
    },
    #[error("filen är ingen läsbar export: {0}")]
    Json(#[from] serde_json::Error),
    #[error("importen: {0}")]
    Backup(#[from] db::backup::BackupError),
}
