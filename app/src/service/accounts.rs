//! Logging in and out, sessions, and user administration.

use crate::db::Db;
use crate::error::AppError;
use crate::model::account::{
    Email, LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_ADDRESS, LOGIN_WINDOW_SECS, NewUser,
    SESSION_IDLE_SECS, SessionInfo, UserAccount, check_password,
};
use crate::model::auth::{Actor, SignedIn, ensure_admin};
use crate::model::validation::FieldErrors;
use crate::security::{hash_password, new_token, token_hash, verify_password};

/// A new session: the token for the cookie and what the browser may know.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub token: String,
    pub info: SessionInfo,
}

/// Checks the password and opens a new session with a new token, ending the browser's
/// `previous` session whatever the outcome. Refusals never tell whether the account exists;
/// too many failures per account or per address are refused before checking.
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
    let account_key = format!("konto:{email}");
    let address_key = format!("adress:{address}");
    let since = now - LOGIN_WINDOW_SECS;
    if db.failures_since(&account_key, since).await? >= LOGIN_FAILURES_PER_ACCOUNT
        || db.failures_since(&address_key, since).await? >= LOGIN_FAILURES_PER_ADDRESS
    {
        return Err(AppError::TooManyAttempts);
    }
    let user = db.user(&email).await?;
    let hash = user.as_ref().map(|u| u.password_hash.clone());
    let matches = verify_password(password.to_owned(), hash).await?;
    let user = match user {
        Some(user) if matches && !user.disabled => user,
        _ => {
            db.record_failure(&[account_key, address_key], now).await?;
            return Err(AppError::LoginFailed);
        }
    };
    db.clear_failures(&account_key).await?;
    let token = new_token()?;
    db.create_session(&token_hash(&token), &email, now).await?;
    tracing::info!(role = user.role.key(), "login");
    Ok(NewSession {
        token,
        info: session_info(&user.account(), SESSION_IDLE_SECS),
    })
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

/// Creates an account (admins only).
pub async fn add_user(
    db: &Db,
    actor: &Actor,
    email: &str,
    role: &str,
    org: &str,
    password: &str,
    now: i64,
) -> Result<UserAccount, AppError> {
    ensure_admin(actor)?;
    create_user(db, email, role, org, password, now).await
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
    let hash = hash_password(password.to_owned()).await?;
    match db.create_user(&user, &hash, now).await {
        Err(crate::db::DbError::Duplicate) => return Err(AppError::UserExists),
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

/// Sets a new password and ends the account's sessions (admins only).
pub async fn set_password(
    db: &Db,
    actor: &Actor,
    email: &str,
    password: &str,
) -> Result<(), AppError> {
    ensure_admin(actor)?;
    let email = Email::parse(email).map_err(|_| AppError::NoSuchUser)?;
    if let Err(e) = check_password(password) {
        let mut errors = FieldErrors::default();
        errors.add("password", e.message());
        return Err(AppError::Invalid(errors));
    }
    let hash = hash_password(password.to_owned()).await?;
    if db.set_password_hash(&email, &hash).await? {
        Ok(())
    } else {
        Err(AppError::NoSuchUser)
    }
}
