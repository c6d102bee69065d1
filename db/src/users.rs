//! Accounts, sessions and failed-login counts.

use super::{Db, DbError, take_rows};
use domain::model::OrgId;
use domain::model::account::{Email, NewUser, Role, UserAccount};
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
    /// Creates an account; `DbError::Duplicate` when the address is taken. The account's
    /// record id is its address, so of two creations of one address at once only one can
    /// commit; the other, tried again, finds the address taken.
    pub async fn create_user(
        &self,
        user: &NewUser,
        password_hash: &str,
        now: i64,
    ) -> Result<(), DbError> {
        let vars = json!({
            "email": user.email, "role": user.role, "org": user.org,
            "hash": password_hash, "now": now,
        });
        super::retry_conflicts(|| async {
            self.inner
                .query(
                    "CREATE type::record('user', $email) CONTENT {
                         email: $email, role: $role,
                         org: IF $org = NULL THEN NONE ELSE $org END,
                         password_hash: $hash, disabled: false, created: $now
                     }",
                )
                .bind(vars.clone())
                .await?
                .check()
                .map_err(DbError::taken_as_duplicate)?;
            Ok(())
        })
        .await
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

    /// Runs `update` on the account and ends its sessions, in one transaction. A login that
    /// checked the password before the change and opens its session after it writes the same
    /// row (`create_session`), so one of the two is tried again: the session ends with the
    /// others, or the login finds the account changed.
    async fn update_user(
        &self,
        email: &Email,
        update: &str,
        hash: Option<&str>,
    ) -> Result<bool, DbError> {
        let script = format!(
            "BEGIN;
             LET $changed = {update};
             IF array::len($changed) > 0 {{ DELETE session WHERE email = $email; }};
             RETURN array::len($changed) > 0;
             COMMIT;"
        );
        let vars = json!({ "email": email, "hash": hash });
        super::retry_conflicts(|| async {
            let mut res = super::check_transaction(
                self.inner.query(script.as_str()).bind(vars.clone()).await?,
            )?;
            Ok(super::returned(&mut res)?.unwrap_or(false))
        })
        .await
    }

    /// Opens a session for `email` if the account is still enabled and still has the password
    /// hash the login was checked against; false when it has changed since. Marking the
    /// account's last login writes its row, so a concurrent disable or new password (which
    /// write it too) and this cannot both commit unseen by each other.
    pub async fn create_session(
        &self,
        token_hash: &str,
        email: &Email,
        checked_hash: &str,
        now: i64,
    ) -> Result<bool, DbError> {
        let vars =
            json!({ "hash": token_hash, "email": email, "checked": checked_hash, "now": now });
        super::retry_conflicts(|| async {
            let res = self
                .inner
                .query(
                    "BEGIN;
                     LET $account = UPDATE type::record('user', $email) SET last_login = $now
                         WHERE password_hash = $checked AND disabled = false RETURN VALUE email;
                     IF array::len($account) > 0 {
                         CREATE type::record('session', $hash) CONTENT {
                             token_hash: $hash, email: $email, created: $now, last_seen: $now
                         } RETURN NONE;
                     };
                     RETURN array::len($account) > 0;
                     COMMIT;",
                )
                .bind(vars.clone())
                .await?;
            let mut res = super::check_transaction(res)?;
            Ok(super::returned(&mut res)?.unwrap_or(false))
        })
        .await
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

    /// Counts one password check under each `(key, max)` of `limits`, provided that every key
    /// has had fewer than its `max` counted since `since`; false, counting nothing, when one
    /// has not. Deciding and counting are one transaction on one row per key, so checks that
    /// arrive together are counted one after the other and never pass a limit together.
    /// Also false when the count cannot be taken because too many attempts on the same keys
    /// keep colliding: an attempt is refused rather than checked uncounted.
    pub async fn count_login_attempt(
        &self,
        limits: &[(&str, u64)],
        since: i64,
        now: i64,
    ) -> Result<bool, DbError> {
        let mut script = String::from("BEGIN;\n");
        let mut vars = json!({ "since": since, "now": now });
        for (i, (key, max)) in limits.iter().enumerate() {
            vars[format!("k{i}")] = json!(key);
            vars[format!("m{i}")] = json!(max);
            script.push_str(&format!(
                "LET $a{i} = array::filter(type::record('login_attempt', $k{i}).at ?? [], |$t| $t >= $since);\n"
            ));
        }
        let allowed: Vec<String> = (0..limits.len())
            .map(|i| format!("array::len($a{i}) < $m{i}"))
            .collect();
        let counts: String = (0..limits.len())
            .map(|i| {
                format!(
                    "UPSERT type::record('login_attempt', $k{i}) CONTENT {{ key: $k{i}, at: array::append($a{i}, $now) }} RETURN NONE;\n"
                )
            })
            .collect();
        script.push_str(&format!(
            "LET $allowed = {};\nIF $allowed {{\n{counts}}};\nRETURN $allowed;\nCOMMIT;",
            allowed.join(" AND ")
        ));
        let outcome = super::retry_conflicts(|| async {
            let mut res = super::check_transaction(
                self.inner.query(script.as_str()).bind(vars.clone()).await?,
            )?;
            Ok(super::returned(&mut res)?.unwrap_or(false))
        })
        .await;
        match outcome {
            Err(DbError::Surreal(error)) if super::is_conflict(&error) => {
                tracing::warn!(%error, "login attempt not counted under contention; refused");
                Ok(false)
            }
            other => other,
        }
    }

    /// After a successful login: the account's count starts over, and the address gives back
    /// the one attempt `count_login_attempt` counted for it at `now`.
    pub async fn release_login_attempt(
        &self,
        account_key: &str,
        address_key: &str,
        now: i64,
    ) -> Result<(), DbError> {
        super::retry_conflicts(|| async {
            let res = self
                .inner
                .query(
                    "BEGIN;
                     DELETE type::record('login_attempt', $account);
                     UPDATE type::record('login_attempt', $address)
                         SET at = array::remove(at, array::find_index(at, $now))
                         WHERE array::find_index(at, $now) != NONE;
                     COMMIT;",
                )
                .bind(json!({ "account": account_key, "address": address_key, "now": now }))
                .await?;
            super::check_transaction(res)?;
            Ok(())
        })
        .await
    }
}
