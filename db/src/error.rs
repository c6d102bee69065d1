//! Database errors. Their text is logged, never shown to users.

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database: {0}")]
    Surreal(#[from] surrealdb::Error),
    #[error("stored data does not match the model: {0}")]
    Decode(#[from] serde_json::Error),
    #[error("seed data is invalid: {0}")]
    Seed(#[from] domain::seed::SeedError),
    #[error("unsupported DATABASE_URL scheme: {0}")]
    UnsupportedUrl(String),
    #[error("stored data is damaged: {0}")]
    Damaged(String),
    #[error("a record with this key exists already")]
    Duplicate,
    #[error("the record changed since the version the change was based on")]
    VersionConflict,
    /// Said to whoever starts the server, so in Swedish like the other command-line messages.
    #[error(
        "databasen har schemaversion {found}, men det här programmet känner bara till version \
         {known}: starta en nyare version av programmet (databasen har inte ändrats)"
    )]
    SchemaNewer { found: u32, known: u32 },
}

impl DbError {
    /// A taken record id means the key is taken, not that the database failed. Recognised by
    /// the error's kind, which the engine keeps across versions and over the wire.
    pub(crate) fn taken_as_duplicate(error: surrealdb::Error) -> Self {
        if error.details().is_already_exists() {
            Self::Duplicate
        } else {
            Self::Surreal(error)
        }
    }
}

impl From<DbError> for domain::error::AppError {
    fn from(error: DbError) -> Self {
        // Database text never reaches the browser; it is logged here once.
        tracing::error!(%error, "database error");
        Self::Unavailable
    }
}
