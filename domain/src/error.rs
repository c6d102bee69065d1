//! The one error type of the use cases and the server functions; each variant is explained to
//! users in Swedish or English (`AppError::message`).

use crate::i18n::k;
use crate::model::auth::Denied;
use crate::model::revision::Revision;
use crate::model::validation::FieldErrors;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum AppError {
    NotFound,
    Unavailable,
    Request(String),
    Denied(Denied),
    Invalid(FieldErrors),
    Conflict {
        current_version: u64,
        changes: Vec<Revision>,
    },
    LoginFailed,
    TooManyAttempts,
    /// More accessibility reports from one address than a person sends
    /// ([`crate::model::feedback::PER_ADDRESS`]).
    TooManyReports,
    UserExists,
    NoSuchUser,
    Date(crate::model::as_of::DateError),
    /// An answer to a follow-up round that has not opened yet.
    RoundNotOpen,
    /// An answer to, or a second closing of, a closed round.
    RoundClosed,
    /// The report of a round that has not closed.
    RoundNotClosed,
}

impl AppError {
    /// The HTTP status a server function answers with for this error.
    pub fn status(&self) -> u16 {
        match self {
            Self::NotFound | Self::NoSuchUser => 404,
            Self::Unavailable => 503,
            Self::Request(_) | Self::Date(_) => 400,
            Self::Denied(Denied::NotSignedIn) | Self::LoginFailed => 401,
            Self::Denied(_) => 403,
            Self::Invalid(_) => 422,
            Self::Conflict { .. }
            | Self::UserExists
            | Self::RoundNotOpen
            | Self::RoundClosed
            | Self::RoundNotClosed => 409,
            Self::TooManyAttempts | Self::TooManyReports => 429,
        }
    }
}

impl AppError {
    /// The message in `lang` (the `Display` text is the Swedish one, for logs and tools).
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        match self {
            Self::NotFound => lang.t(k::ERROR_NOT_FOUND).to_owned(),
            Self::Unavailable => lang.t(k::ERROR_UNAVAILABLE).to_owned(),
            Self::Request(_) => lang.t(k::ERROR_REQUEST).to_owned(),
            Self::Date(error) => error.message(lang),
            Self::LoginFailed => lang.t(k::ERROR_LOGIN_FAILED).to_owned(),
            Self::TooManyAttempts => lang.t(k::ERROR_TOO_MANY).to_owned(),
            Self::TooManyReports => lang.t(k::FEEDBACK_ERROR_TOO_MANY).to_owned(),
            Self::Denied(denied) => lang.t(denied.key()).to_owned(),
            Self::Invalid(_) => lang.t(k::ERROR_INVALID).to_owned(),
            Self::Conflict { .. } => lang.t(k::ERROR_CONFLICT).to_owned(),
            Self::UserExists => lang.t(k::ERROR_USER_EXISTS).to_owned(),
            Self::NoSuchUser => lang.t(k::ERROR_NO_SUCH_USER).to_owned(),
            Self::RoundNotOpen => lang.t(k::ROUND_ERROR_NOT_OPEN).to_owned(),
            Self::RoundClosed => lang.t(k::ROUND_ERROR_CLOSED).to_owned(),
            Self::RoundNotClosed => lang.t(k::ROUND_ERROR_NOT_CLOSED).to_owned(),
        }
    }
}

/// The Swedish message, for logs and tools; pages show [`AppError::message`] in the reader's
/// language.
impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::i18n::Lang::Sv))
    }
}

impl std::error::Error for AppError {}

impl From<crate::model::as_of::DateError> for AppError {
    fn from(error: crate::model::as_of::DateError) -> Self {
        Self::Date(error)
    }
}

impl From<Denied> for AppError {
    fn from(denied: Denied) -> Self {
        Self::Denied(denied)
    }
}
