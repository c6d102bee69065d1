//! User accounts: e-mail addresses, roles and password rules.

use super::org::OrgId;
use super::validation::FieldErrors;
use crate::i18n::k;
use crate::i18n::{Lang, Message};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A normalised (trimmed, lower-case) e-mail address.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmailError {
    Empty,
    Invalid,
}

impl EmailError {
    pub fn message(&self) -> Message {
        Message::new(match self {
            Self::Empty => k::ACCOUNT_ERROR_EMAIL_EMPTY,
            Self::Invalid => k::ACCOUNT_ERROR_EMAIL_INVALID,
        })
    }
}

// The Swedish text lives once, in the resource file.
impl fmt::Display for EmailError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().text(Lang::Sv))
    }
}

impl std::error::Error for EmailError {}

impl Email {
    pub fn parse(raw: &str) -> Result<Self, EmailError> {
        let value = raw.trim().to_lowercase();
        if value.is_empty() {
            return Err(EmailError::Empty);
        }
        let Some((local, domain)) = value.split_once('@') else {
            return Err(EmailError::Invalid);
        };
        let valid = value.chars().count() <= 254
            && !local.is_empty()
            && local.len() <= 64
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && !value.chars().any(|c| c.is_whitespace() || c.is_control());
        if valid {
            Ok(Self(value))
        } else {
            Err(EmailError::Invalid)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Email {
    type Error = EmailError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Email> for String {
    fn from(value: Email) -> Self {
        value.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The regional development lead: every organisation and user administration.
    Admin,
    /// Exactly one organisation.
    Coordinator,
}

impl Role {
    pub fn parse(raw: &str) -> Option<Self> {
        match raw.trim() {
            "admin" => Some(Self::Admin),
            "coordinator" => Some(Self::Coordinator),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::Admin => "admin",
            Self::Coordinator => "coordinator",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Self::Admin => lang.t(k::ACCOUNT_ROLE_ADMIN),
            Self::Coordinator => lang.t(k::ACCOUNT_ROLE_COORDINATOR),
        }
    }
}

/// A session ends after this long without a request (WCAG 2.2.1: the user is warned first).
pub const SESSION_IDLE_SECS: i64 = 30 * 60;
/// How long before the end the warning appears.
pub const SESSION_WARNING_SECS: i64 = 5 * 60;
/// Password checks allowed per account and per address within `LOGIN_WINDOW_SECS` (a
/// successful one is given back: it starts the account's count over and is not counted against
/// the address).
pub const LOGIN_FAILURES_PER_ACCOUNT: u64 = 5;
pub const LOGIN_FAILURES_PER_ADDRESS: u64 = 20;
pub const LOGIN_WINDOW_SECS: i64 = 15 * 60;

pub const PASSWORD_MIN: usize = 12;
pub const PASSWORD_MAX: usize = 128;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordError {
    TooShort,
    TooLong,
}

impl PasswordError {
    /// The message names the limits from `PASSWORD_MIN`/`PASSWORD_MAX`, so the rule and its
    /// explanation cannot drift apart.
    pub fn message(&self) -> Message {
        match self {
            Self::TooShort => {
                Message::new(k::ACCOUNT_ERROR_PASSWORD_SHORT).with("min", PASSWORD_MIN)
            }
            Self::TooLong => Message::new(k::ACCOUNT_ERROR_PASSWORD_LONG).with("max", PASSWORD_MAX),
        }
    }
}

impl fmt::Display for PasswordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().text(Lang::Sv))
    }
}

impl std::error::Error for PasswordError {}

/// The rule for new passwords: length is what protects (NIST SP 800-63B), not character classes.
pub fn check_password(password: &str) -> Result<(), PasswordError> {
    let count = password.chars().count();
    if count < PASSWORD_MIN {
        Err(PasswordError::TooShort)
    } else if count > PASSWORD_MAX {
        Err(PasswordError::TooLong)
    } else {
        Ok(())
    }
}

/// A user account as shown to administrators (never with its password hash).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UserAccount {
    pub email: Email,
    pub role: Role,
    pub org: Option<OrgId>,
    pub disabled: bool,
}

/// The signed-in user as the browser sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionInfo {
    pub email: Email,
    pub role: Role,
    pub org: Option<OrgId>,
    /// Seconds until the session ends without activity.
    pub expires_in: i64,
}

/// A new account, validated: a coordinator has exactly one organisation, an admin none needed.
#[derive(Debug, Clone, PartialEq)]
pub struct NewUser {
    pub email: Email,
    pub role: Role,
    pub org: Option<OrgId>,
}

impl NewUser {
    pub fn parse(email: &str, role: &str, org: &str, password: &str) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let email = Email::parse(email).map_err(|e| errors.add("email", e.message()));
        let role = Role::parse(role)
            .ok_or_else(|| errors.add("role", Message::new(k::ACCOUNT_ERROR_ROLE)));
        let org = if org.trim().is_empty() {
            None
        } else {
            OrgId::parse(org)
                .map_err(|_| errors.add("org", Message::new(k::ACCOUNT_ERROR_ORG)))
                .ok()
        };
        if role == Ok(Role::Coordinator) && org.is_none() {
            errors.add("org", Message::new(k::ACCOUNT_ERROR_ORG_MISSING));
        }
        if let Err(e) = check_password(password) {
            errors.add("password", e.message());
        }
        match (email, role) {
            (Ok(email), Ok(role)) if errors.is_empty() => Ok(Self { email, role, org }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests;
