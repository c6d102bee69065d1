//! Command line and environment configuration.

use crate::error::ServerError;
use clap::{Parser, Subcommand};
use db::{Db, DbConfig};

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
    /// The database within the namespace `kvinnofrid` (default `dalarna`).
    #[arg(long, env = "DATABASE_NAME", global = true)]
    database_name: Option<String>,
    /// The SMTP server reminders are sent through: smtp://HOST:PORT, with user:password@ and
    /// ?tls=required as needed, or smtps://HOST:PORT. Without it no mail is sent.
    #[arg(long, env = "SMTP_URL", hide_env_values = true)]
    smtp_url: Option<String>,
    /// The sender of the reminders, `Name <address>` or an address.
    #[arg(long, env = "SMTP_FROM")]
    smtp_from: Option<String>,
    /// The site's public address, for the links in mails (https://kvinnofridskartan.example).
    #[arg(long, env = "PUBLIC_URL")]
    public_url: Option<String>,
    /// The days before a round's deadline that reminders are sent.
    #[arg(long, env = "REMINDER_DAYS", default_value = "14,3")]
    reminder_days: String,
    /// The neutral site the quick exit leaves for (https://…).
    #[arg(long, env = "QUICK_EXIT_URL", default_value = domain::model::quick_exit::DEFAULT_TARGET)]
    quick_exit_url: String,
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
    /// Load the source documents into an empty database without serving.
    Seed,
    /// Write the whole database as versioned JSON (to FILE, or standard output). Password
    /// hashes are left out unless --with-secrets.
    Export {
        file: Option<std::path::PathBuf>,
        #[arg(long)]
        with_secrets: bool,
    },
    /// Restore an export into an empty database (or, with --replace, one whose data it
    /// replaces).
    Import {
        file: std::path::PathBuf,
        #[arg(long)]
        replace: bool,
    },
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
            database: self.database_name.clone(),
        }
    }

    /// How reminders are mailed, from `SMTP_URL`, `SMTP_FROM`, `PUBLIC_URL` and
    /// `REMINDER_DAYS`. A server that mails needs all three of the first: mail with links to
    /// the wrong host, or from no one, is worse than none.
    fn reminders(&self) -> Result<service::reminders::Reminders, ServerError> {
        let config = |e: &dyn std::fmt::Display| ServerError::Mail(e.to_string());
        let schedule = domain::model::reminder::Schedule::parse(&self.reminder_days)
            .map_err(|e| config(&e))?;
        let mailer = match (&self.smtp_url, &self.smtp_from, &self.public_url) {
            (None, _, _) => None,
            (Some(url), Some(from), Some(_)) => {
                Some(service::reminders::Mailer::new(url, from).map_err(|e| config(&e))?)
            }
            (Some(_), _, _) => {
                return Err(config(&"SMTP_URL kräver också SMTP_FROM och PUBLIC_URL"));
            }
        };
        Ok(service::reminders::Reminders {
            mailer,
            schedule,
            base: self.public_url.clone().unwrap_or_default(),
        })
    }

    pub async fn run(self) -> Result<(), ServerError> {
        let config = self.db_config();
        let clock = service::clock::Clock::system();
        let result = match self.command {
            None | Some(Command::Serve) => {
                let reminders = self.reminders()?;
                let exit = domain::model::quick_exit::Target::parse(&self.quick_exit_url)
                    .map_err(|e| ServerError::Config(e.to_string()))?;
                let db = Db::connect(&self.db_config()).await?;
                if db.seed_if_empty(clock.now()).await? {
                    tracing::info!("empty database seeded from the source documents");
                }
                crate::routes::serve(db, clock, reminders, exit).await
            }
            Some(Command::User(command)) => {
                let db = Db::connect(&config).await?;
                user_command(&db, command, &clock).await
            }
            Some(Command::Seed) => {
                let db = Db::connect(&config).await?;
                if db.seed_if_empty(clock.now()).await? {
                    eprintln!("Databasen är laddad från källdokumenten.");
                } else {
                    eprintln!("Databasen har redan uppgifter; inget laddades.");
                }
                Ok(())
            }
            Some(Command::Export { file, with_secrets }) => {
                let db = Db::connect(&config).await?;
                export(&db, file.as_deref(), with_secrets).await
            }
            Some(Command::Import { file, replace }) => {
                let db = Db::connect(&config).await?;
                import(&db, &file, replace).await
            }
        };
        // The embedded engine stops its maintenance tasks and closes the store in a task of its
        // own once the last handle is dropped; stopping the runtime at once would cancel that.
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        result
    }
}

async fn user_command(
    db: &Db,
    command: UserCommand,
    clock: &service::clock::Clock,
) -> Result<(), ServerError> {
    use service::accounts;
    let failed = |e: domain::error::AppError| match e {
        domain::error::AppError::Invalid(errors) => ServerError::User(
            errors
                .iter()
                .map(|(_, message)| message.text(domain::i18n::Lang::Sv))
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        other => ServerError::User(other.to_string()),
    };
    match command {
        UserCommand::Add { email, role, org } => {
            let password = read_password()?;
            let user = accounts::create_user(db, &email, &role, &org, &password, clock.unix_secs())
                .await
                .map_err(failed)?;
            println!(
                "Kontot {} ({}) har skapats.",
                user.email,
                user.role.label(domain::i18n::Lang::Sv)
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

async fn export(
    db: &Db,
    file: Option<&std::path::Path>,
    with_secrets: bool,
) -> Result<(), ServerError> {
    let mut json = serde_json::to_vec_pretty(&db.export(with_secrets).await?)?;
    json.push(b'\n');
    let Some(path) = file else {
        use std::io::Write;
        return std::io::stdout()
            .write_all(&json)
            .map_err(|source| file_error(std::path::Path::new("-"), source));
    };
    // Written beside the target and renamed, so a failed export never leaves half a file
    // where the previous backup was.
    let partial = path.with_extension("delvis");
    std::fs::write(&partial, &json).map_err(|e| file_error(&partial, e))?;
    std::fs::rename(&partial, path).map_err(|e| file_error(path, e))?;
    eprintln!("Exporten är skriven till {}.", path.display());
    Ok(())
}

async fn import(db: &Db, file: &std::path::Path, replace: bool) -> Result<(), ServerError> {
    let text = std::fs::read(file).map_err(|e| file_error(file, e))?;
    let export: db::backup::Export = serde_json::from_slice(&text)?;
    db.import(&export, replace).await?;
    eprintln!(
        "Importen är klar: {} organisationer, {} sparade ändringar, {} konton.",
        export.organisation.len(),
        export.revision.len(),
        export.user.len()
    );
    if !export.with_secrets && !export.user.is_empty() {
        eprintln!("Exporten saknade lösenord: sätt nya lösenord innan kontona används.");
    }
    Ok(())
}

fn file_error(path: &std::path::Path, source: std::io::Error) -> ServerError {
    ServerError::File {
        path: path.display().to_string(),
        source,
    }
}

/// The first line of standard input, without its line ending.
fn read_password() -> Result<String, ServerError> {
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(ServerError::Stdin)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}
