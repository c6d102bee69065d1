//! Database errors. Their text is logged, never shown to users.

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database: {0}")]
    Surreal(#[from] surrealdb::Error),
    #[error("stored data does not match the model: {0}")]
    Decode(#[from] serde_json::Error),
    #[error("seed data is invalid: {0}")]
    Seed(String),
    #[error("unsupported DATABASE_URL scheme: {0}")]
    UnsupportedUrl(String),
}
