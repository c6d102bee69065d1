//! Logging in and out, sessions, and user administration.

use crate::security::{hash_password, new_token, token_hash, verify_password};
use db::Db;
use domain::error::AppError;
use domain::i18n::Message;
use domain::i18n::k;
use domain::model::account::{
    Email, LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_ADDRESS, LOGIN_WINDOW_SECS, NewUser,
    SESSION_IDLE_SECS, SessionInfo, UserAccount, check_password,
};
use domain::model::auth::{AccountChange, Actor, SignedIn, ensure_admin};
use domain::model::validation::FieldErrors;

/// A new session: the token for the cookie and what the browser may know.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub token: String,
    pub info: SessionInfo,
}

/// Checks the password and opens a new session with a new token, ending the browser's
/// `previous` session whatever the outcome. Refusals never tell whether the account exists.
/// Each check is counted before it is made, per account and per address; at a limit the
/// attempt is refused unchecked, however many arrive at once.
pub async fn login(
    db: &Db,
    previous: Option<&str>,
    email: &str,
    password: &str,
    address: &str,
    now: i64,
) -> Result<NewSession, AppError> {
    logout(db, previous).await?;
    let email = Email::parse(email).map_err(|_| AppError::LoginFailed)?;
    let attempt = Attempt::new(&email, address, now);
    attempt.count(db).await?;
    let user = db.user(&email).await?;
    let hash = user.as_ref().map(|u| u.password_hash.clone());
    let matches = verify_password(password.to_owned(), hash).await?;
    let user = match user {
        Some(user) if matches && !user.disabled => user,
        _ => {
            tracing::info!("login refused: wrong address or password");
            return Err(AppError::LoginFailed);
        }
    };
    let token = new_token()?;
    if !db
        .create_session(&token_hash(&token), &email, &user.password_hash, now)
        .await?
    {
        // Disabled or given a new password since the check.
        tracing::info!("login refused: the account changed during the login");
        return Err(AppError::LoginFailed);
    }
    attempt.release(db).await;
    tracing::info!(role = user.role.key(), "login");
    Ok(NewSession {
        token,
        info: session_info(&user.account(), SESSION_IDLE_SECS),
    })
}

/// One password check, counted against its account and its address.
struct Attempt {
    account: String,
    address: String,
    now: i64,
}

impl Attempt {
    fn new(email: &Email, address: &str, now: i64) -> Self {
        Self {
            account: format!("konto:{email}"),
            address: format!("adress:{address}"),
            now,
        }
    }

    /// Counts the check, or refuses it when either key is at its limit.
    async fn count(&self, db: &Db) -> Result<(), AppError> {
        let limits = [
            (self.account.as_str(), LOGIN_FAILURES_PER_ACCOUNT),
            (self.address.as_str(), LOGIN_FAILURES_PER_ADDRESS),
        ];
        if db
            .count_login_attempt(&limits, self.now - LOGIN_WINDOW_SECS, self.now)
            .await?
        {
            Ok(())
        } else {
            tracing::warn!("password check refused: too many attempts");
            Err(AppError::TooManyAttempts)
        }
    }

    /// After a right password: a failure to give the count back only costs the address one
    /// attempt of its window, so it is logged, not reported.
    async fn release(&self, db: &Db) {
        if let Err(error) = db
            .release_login_attempt(&self.account, &self.address, self.now)
            .await
        {
            tracing::warn!(%error, "login attempt not given back");
        }
    }
}

/// The acting administrator's own password, typed again for a change that needs it, and the
/// address it came from (counted like a login).
#[derive(Debug, Clone, Copy)]
pub struct PasswordAgain<'a> {
    pub password: &'a str,
    pub address: &'a str,
}

/// The field a wrong or missing own password is reported at.
pub const PASSWORD_AGAIN_FIELD: &str = "current_password";

/// Checks `again` against `admin`'s own password when `change` needs it, counted like a login.
async fn confirm(
    db: &Db,
    admin: &SignedIn,
    change: AccountChange,
    again: PasswordAgain<'_>,
    now: i64,
) -> Result<(), AppError> {
    if !change.needs_password_again() {
        return Ok(());
    }
    let attempt = Attempt::new(&admin.email, again.address, now);
    attempt.count(db).await?;
    let hash = db.user(&admin.email).await?.map(|u| u.password_hash);
    if verify_password(again.password.to_owned(), hash).await? {
        attempt.release(db).await;
        Ok(())
    } else {
        tracing::warn!("account change refused: the administrator's password did not match");
        let mut errors = FieldErrors::default();
        errors.add(
            PASSWORD_AGAIN_FIELD,
            Message::new(k::ACCOUNT_ERROR_PASSWORD_AGAIN),
        );
        Err(AppError::Invalid(errors))
    }
}

fn session_info(user: &UserAccount, expires_in: i64) -> SessionInfo {
    SessionInfo {
        email: user.email.clone(),
        role: user.role,
        org: user.org.clone(),
        expires_in,
    }
}

/// The person a session token belongs to; anonymous when the token is unknown or expired.
/// Every lookup counts as activity and extends the session.
pub async fn actor(db: &Db, token: Option<&str>, now: i64) -> Result<Actor, AppError> {
    let Some(token) = token else {
        return Ok(Actor::Anonymous);
    };
    let user = db
        .session_user(&token_hash(token), now, now - SESSION_IDLE_SECS)
        .await?;
    Ok(match user {
        Some(u) => Actor::User(SignedIn {
            email: u.email,
            role: u.role,
            org: u.org,
            disabled: u.disabled,
        }),
        None => Actor::Anonymous,
    })
}

pub fn info(actor: &Actor) -> Option<SessionInfo> {
    match actor {
        Actor::User(u) if !u.disabled => Some(SessionInfo {
            email: u.email.clone(),
            role: u.role,
            org: u.org.clone(),
            expires_in: SESSION_IDLE_SECS,
        }),
        _ => None,
    }
}

pub async fn logout(db: &Db, token: Option<&str>) -> Result<(), AppError> {
    if let Some(token) = token {
        db.delete_session(&token_hash(token)).await?;
    }
    Ok(())
}

pub async fn list_users(db: &Db, actor: &Actor) -> Result<Vec<UserAccount>, AppError> {
    ensure_admin(actor)?;
    Ok(db.users().await?)
}

/// What an administrator typed to add an account.
#[derive(Debug, Clone, Copy)]
pub struct AccountForm<'a> {
    pub email: &'a str,
    pub role: &'a str,
    pub org: &'a str,
    pub password: &'a str,
}

/// Creates an account (admins only; an administrator account only with the acting
/// administrator's own password again).
pub async fn add_user(
    db: &Db,
    actor: &Actor,
    form: AccountForm<'_>,
    again: PasswordAgain<'_>,
    now: i64,
) -> Result<UserAccount, AppError> {
    let admin = ensure_admin(actor)?;
    let user = NewUser::parse(form.email, form.role, form.org, form.password)
        .map_err(AppError::Invalid)?;
    confirm(db, admin, AccountChange::Add(user.role), again, now).await?;
    insert_user(db, user, form.password, now).await
}

/// Creates an account without a caller: for the command line run by the server's operator.
pub async fn create_user(
    db: &Db,
    email: &str,
    role: &str,
    org: &str,
    password: &str,
    now: i64,
) -> Result<UserAccount, AppError> {
    let user = NewUser::parse(email, role, org, password).map_err(AppError::Invalid)?;
    insert_user(db, user, password, now).await
}

async fn insert_user(
    db: &Db,
    user: NewUser,
    password: &str,
    now: i64,
) -> Result<UserAccount, AppError> {
    let hash = hash_password(password.to_owned()).await?;
    match db.create_user(&user, &hash, now).await {
        Err(db::DbError::Duplicate) => return Err(AppError::UserExists),
        other => other?,
    }
    Ok(UserAccount {
        email: user.email,
        role: user.role,
        org: user.org,
        disabled: false,
    })
}

/// Disables an account and ends its sessions (admins only; from the command line, `None`).
pub async fn disable_user(db: &Db, actor: Option<&Actor>, email: &str) -> Result<(), AppError> {
    if let Some(actor) = actor {
        ensure_admin(actor)?;
    }
    let email = Email::parse(email).map_err(|_| AppError::NoSuchUser)?;
    if db.disable_user(&email).await? {
        Ok(())
    } else {
        Err(AppError::NoSuchUser)
    }
}

/// Sets a new password and ends the account's sessions (admins only, with their own password
/// again).
pub async fn set_password(
    db: &Db,
    actor: &Actor,
    email: &str,
    password: &str,
    again: PasswordAgain<'_>,
    now: i64,
) -> Result<(), AppError> {
    let admin = ensure_admin(actor)?;
    let email = Email::parse(email).map_err(|_| AppError::NoSuchUser)?;
    if let Err(e) = check_password(password) {
        let mut errors = FieldErrors::default();
        errors.add("password", e.message());
        return Err(AppError::Invalid(errors));
    }
    confirm(db, admin, AccountChange::SetPassword, again, now).await?;
    let hash = hash_password(password.to_owned()).await?;
    if db.set_password_hash(&email, &hash).await? {
        Ok(())
    } else {
        Err(AppError::NoSuchUser)
    }
}
