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
    #[error("{0}")]
    User(String),
    #[error("kunde inte läsa lösenordet: {0}")]
    Stdin(std::io::Error),
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
    /// Manage user accounts.
    #[command(subcommand)]
    User(UserCommand),
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Create an account; the password is read from standard input.
    Add {
        #[arg(long)]
        email: String,
        /// admin or coordinator
        #[arg(long)]
        role: String,
        /// The organisation of a coordinator (municipality code or slug).
        #[arg(long, default_value = "")]
        org: String,
    },
    /// List the accounts.
    List,
    /// Disable an account and end its sessions.
    Disable {
        #[arg(long)]
        email: String,
    },
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
        let config = self.db_config();
        let result = match self.command {
            None | Some(Command::Serve) => {
                let db = Db::connect(&self.db_config()).await?;
                if db.seed_if_empty().await? {
                    tracing::info!("empty database seeded from the source documents");
                }
                crate::routes::serve(db).await
            }
            Some(Command::User(command)) => {
                let db = Db::connect(&config).await?;
                user_command(&db, command).await
            }
        };
        // The embedded engine stops its maintenance tasks and closes the store in a task of its
        // own once the last handle is dropped; stopping the runtime at once would cancel that.
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        result
    }
}

async fn user_command(db: &Db, command: UserCommand) -> Result<(), ServerError> {
    use app::service::accounts;
    let failed = |e: app::error::AppError| match e {
        app::error::AppError::Invalid(errors) => ServerError::User(
            errors
                .iter()
                .map(|(_, message)| message.text(app::i18n::Lang::Sv))
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        other => ServerError::User(other.to_string()),
    };
    match command {
        UserCommand::Add { email, role, org } => {
            let password = read_password()?;
            let user =
                accounts::create_user(db, &email, &role, &org, &password, app::service::now_secs())
                    .await
                    .map_err(failed)?;
            println!(
                "Kontot {} ({}) har skapats.",
                user.email,
                user.role.label_sv()
            );
        }
        UserCommand::List => {
            for user in db.users().await? {
                println!(
                    "{}\t{}\t{}\t{}",
                    user.email,
                    user.role.key(),
                    user.org.as_ref().map_or("-", |o| o.as_str()),
                    if user.disabled { "avstängt" } else { "aktivt" }
                );
            }
        }
        UserCommand::Disable { email } => {
            accounts::disable_user(db, None, &email)
                .await
                .map_err(failed)?;
            println!("Kontot {email} är avstängt och dess inloggningar är avslutade.");
        }
    }
    Ok(())
}

/// The first line of standard input, without its line ending.
fn read_password() -> Result<String, ServerError> {
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(ServerError::Stdin)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}
