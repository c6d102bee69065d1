//! Command line and environment configuration.

use app::db::{Db, DbConfig, DbError};
use clap::{Parser, Subcommand};

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("databasen: {0}")]
    Db(#[from] DbError),
    #[error("Leptos-konfigurationen: {0}")]
    Config(String),
    #[error("kunde inte lyssna på {addr}: {source}")]
    Bind {
        addr: String,
        source: std::io::Error,
    },
    #[error("servern: {0}")]
    Serve(std::io::Error),
}

#[derive(Debug, Parser)]
#[command(name = "kvinnofridskartan", about = "Kvinnofridskartan Dalarna")]
pub struct Cli {
    /// surrealkv://PATH (default), mem:// or ws://HOST:PORT
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "surrealkv://data/db",
        global = true
    )]
    database_url: String,
    #[arg(long, env = "DATABASE_USER", global = true)]
    database_user: Option<String>,
    #[arg(long, env = "DATABASE_PASS", global = true, hide_env_values = true)]
    database_pass: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the application (the default).
    Serve,
}

impl Cli {
    fn db_config(&self) -> DbConfig {
        DbConfig {
            url: self.database_url.clone(),
            user: self.database_user.clone(),
            pass: self.database_pass.clone(),
        }
    }

    pub async fn run(self) -> Result<(), ServerError> {
        match self.command {
            None | Some(Command::Serve) => {
                let db = Db::connect(&self.db_config()).await?;
                if db.seed_if_empty().await? {
                    tracing::info!("empty database seeded from the source documents");
                }
                crate::routes::serve(db).await
            }
        }
    }
}
