//! Accounts, sessions and failed-login counts.

use super::{Db, DbError, take_rows};
use crate::model::OrgId;
use crate::model::account::{Email, NewUser, Role, UserAccount};
use serde::Deserialize;
use serde_json::json;

/// An account with its password hash, for login only.
#[derive(Debug, Clone, Deserialize)]
pub struct UserRecord {
    pub email: Email,
    pub role: Role,
    pub org: Option<OrgId>,
    pub disabled: bool,
    pub password_hash: String,
}

impl UserRecord {
    pub fn account(&self) -> UserAccount {
        UserAccount {
            email: self.email.clone(),
            role: self.role,
            org: self.org.clone(),
            disabled: self.disabled,
        }
    }
}

#[derive(Deserialize)]
struct SessionRow {
    last_seen: i64,
    account: Option<UserRecord>,
}

/// How often a session's activity is written (at most).
const TOUCH_EVERY_SECS: i64 = 15;

const USER_FIELDS: &str = "email, role, org, disabled, password_hash";

impl Db {
    /// Creates an account; `DbError::Duplicate` when the address is taken.
    pub async fn create_user(
        &self,
        user: &NewUser,
        password_hash: &str,
        now: i64,
    ) -> Result<(), DbError> {
        if self.user(&user.email).await?.is_some() {
            return Err(DbError::Duplicate);
        }
        self.inner
            .query(
                "CREATE type::record('user', $email) CONTENT {
                     email: $email, role: $role,
                     org: IF $org = NULL THEN NONE ELSE $org END,
                     password_hash: $hash, disabled: false, created: $now
                 }",
            )
            .bind(json!({
                "email": user.email, "role": user.role, "org": user.org,
                "hash": password_hash, "now": now,
            }))
            .await?
            .check()
            .map_err(DbError::unique_as_duplicate)?;
        Ok(())
    }

    pub async fn users(&self) -> Result<Vec<UserAccount>, DbError> {
        let mut res = self
            .inner
            .query("SELECT email, role, org, disabled FROM user ORDER BY email")
            .await?
            .check()?;
        take_rows(&mut res)
    }

    pub async fn user(&self, email: &Email) -> Result<Option<UserRecord>, DbError> {
        let mut res = self
            .inner
            .query(format!(
                "SELECT {USER_FIELDS} FROM type::record('user', $email)"
            ))
            .bind(json!({ "email": email }))
            .await?
            .check()?;
        Ok(take_rows(&mut res)?.into_iter().next())
    }

    /// Disables an account and ends its sessions; false when there is no such account.
    pub async fn disable_user(&self, email: &Email) -> Result<bool, DbError> {
        self.update_user(
            email,
            "UPDATE type::record('user', $email) SET disabled = true RETURN AFTER",
            None,
        )
        .await
    }

    /// Sets a new password hash and ends the account's sessions.
    pub async fn set_password_hash(&self, email: &Email, hash: &str) -> Result<bool, DbError> {
        self.update_user(
            email,
            "UPDATE type::record('user', $email) SET password_hash = $hash RETURN AFTER",
            Some(hash),
        )
        .await
    }

    async fn update_user(
        &self,
        email: &Email,
        update: &str,
        hash: Option<&str>,
    ) -> Result<bool, DbError> {
        let mut res = self
            .inner
            .query(update)
            .bind(json!({ "email": email, "hash": hash }))
            .await?
            .check()?;
        let rows: Vec<serde_json::Value> = res.take(0)?;
        if rows.is_empty() {
            return Ok(false);
        }
        // A disabled account's sessions are refused on lookup anyway; this makes them go away.
        self.inner
            .query("DELETE session WHERE email = $email")
            .bind(json!({ "email": email }))
            .await?
            .check()?;
        Ok(true)
    }

    pub async fn create_session(
        &self,
        token_hash: &str,
        email: &Email,
        now: i64,
    ) -> Result<(), DbError> {
        self.inner
            .query("CREATE type::record('session', $hash) CONTENT { token_hash: $hash, email: $email, created: $now, last_seen: $now }")
            .bind(json!({ "hash": token_hash, "email": email, "now": now }))
            .await?
            .check()?;
        Ok(())
    }

    /// The account of a session active since `idle_since`, marking it seen at `now`.
    ///
    /// Marking is skipped when the session was seen in the last `TOUCH_EVERY_SECS`, and a
    /// failed mark is only logged: a page load asks several server functions at once, and
    /// their writes to one session row would otherwise conflict and fail the page.
    pub async fn session_user(
        &self,
        token_hash: &str,
        now: i64,
        idle_since: i64,
    ) -> Result<Option<UserRecord>, DbError> {
        // One statement reads the session and, through its address, the account it belongs to
        // (`account` is null when the account is gone).
        let mut res = self
            .inner
            .query(format!(
                "SELECT last_seen, type::record('user', email).{{{USER_FIELDS}}} AS account
                 FROM type::record('session', $hash)"
            ))
            .bind(json!({ "hash": token_hash }))
            .await?
            .check()?;
        let Some(row) = take_rows::<SessionRow>(&mut res)?.into_iter().next() else {
            return Ok(None);
        };
        if row.last_seen < idle_since {
            if let Err(error) = self.delete_session(token_hash).await {
                tracing::warn!(%error, "expired session not removed");
            }
            return Ok(None);
        }
        if row.last_seen < now - TOUCH_EVERY_SECS {
            let touched = self
                .inner
                .query("UPDATE type::record('session', $hash) SET last_seen = $now WHERE last_seen < $now")
                .bind(json!({ "hash": token_hash, "now": now }))
                .await
                .and_then(surrealdb::IndexedResults::check);
            if let Err(error) = touched {
                tracing::warn!(%error, "session activity not recorded");
            }
        }
        Ok(row.account)
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<(), DbError> {
        self.inner
            .query("DELETE type::record('session', $hash)")
            .bind(json!({ "hash": token_hash }))
            .await?
            .check()?;
        Ok(())
    }

    /// How many failed logins `key` had since `since`.
    pub async fn failures_since(&self, key: &str, since: i64) -> Result<u64, DbError> {
        let mut res = self
            .inner
            .query("SELECT count() AS n FROM login_failure WHERE key = $key AND at >= $since GROUP ALL")
            .bind(json!({ "key": key, "since": since }))
            .await?
            .check()?;
        let rows: Vec<serde_json::Value> = res.take(0)?;
        Ok(rows
            .first()
            .and_then(|r| r.get("n"))
            .and_then(serde_json::Value::as_u64)
            .unwrap_or(0))
    }

    pub async fn record_failure(&self, keys: &[String], now: i64) -> Result<(), DbError> {
        for key in keys {
            self.inner
                .query("CREATE login_failure CONTENT { key: $key, at: $now }")
                .bind(json!({ "key": key, "now": now }))
                .await?
                .check()?;
        }
        Ok(())
    }

    pub async fn clear_failures(&self, key: &str) -> Result<(), DbError> {
        self.inner
            .query("DELETE login_failure WHERE key = $key")
            .bind(json!({ "key": key }))
            .await?
            .check()?;
        Ok(())
    }
}
