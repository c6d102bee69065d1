//! Who may do what: the one place the rules of authorization live.

use super::account::{Email, Role};
use super::org::OrgId;
use crate::i18n::k;
use serde::{Deserialize, Serialize};

/// The person behind a request, as established from the session on the server.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Actor {
    Anonymous,
    User(SignedIn),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignedIn {
    pub email: Email,
    pub role: Role,
    pub org: Option<OrgId>,
    pub disabled: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Denied {
    NotSignedIn,
    Disabled,
    OtherOrganisation,
    NotAdmin,
    /// A change without the anti-forgery token of the session it was sent with.
    Forged,
}

// The Swedish text lives once, in the resource file.
impl std::fmt::Display for Denied {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(crate::i18n::Lang::Sv.t(self.key()))
    }
}

impl std::error::Error for Denied {}

impl Denied {
    /// The key of the message explaining the refusal.
    pub fn key(self) -> crate::i18n::Key {
        match self {
            Self::NotSignedIn => k::ERROR_DENIED_NOT_SIGNED_IN,
            Self::Disabled => k::ERROR_DENIED_DISABLED,
            Self::OtherOrganisation => k::ERROR_DENIED_OTHER_ORG,
            Self::NotAdmin => k::ERROR_DENIED_NOT_ADMIN,
            Self::Forged => k::ERROR_DENIED_FORGED,
        }
    }
}

impl SignedIn {
    /// Who did something, as shown publicly: the organisation and, for an administrator, the
    /// role; never the person's address.
    pub fn public_name(&self) -> String {
        match (&self.org, self.role) {
            (Some(own), Role::Coordinator) => own.name().to_owned(),
            (Some(own), Role::Admin) => format!("{} (administratör)", own.name()),
            (None, _) => "Regional administratör".to_owned(),
        }
    }
}

impl Actor {
    fn signed_in(&self) -> Result<&SignedIn, Denied> {
        match self {
            Self::Anonymous => Err(Denied::NotSignedIn),
            Self::User(user) if user.disabled => Err(Denied::Disabled),
            Self::User(user) => Ok(user),
        }
    }
}

/// May `actor` change `org`'s profile? Admins: every organisation; coordinators: their own.
pub fn ensure_can_edit<'a>(actor: &'a Actor, org: &OrgId) -> Result<&'a SignedIn, Denied> {
    let user = actor.signed_in()?;
    match user.role {
        Role::Admin => Ok(user),
        Role::Coordinator if user.org.as_ref() == Some(org) => Ok(user),
        Role::Coordinator => Err(Denied::OtherOrganisation),
    }
}

/// May `actor` see what is shown only to the signed-in (who has answered a running follow-up
/// round)? Anyone with an account in use.
pub fn ensure_signed_in(actor: &Actor) -> Result<&SignedIn, Denied> {
    actor.signed_in()
}

/// A change to the accounts, as far as the rules below care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountChange {
    Add(Role),
    Disable,
    SetPassword,
}

impl AccountChange {
    /// Changes that could hand someone an administrator's power or another person's account
    /// need the acting administrator's own password again, so that neither a stolen session
    /// nor a click the administrator was tricked into can make them.
    pub fn needs_password_again(self) -> bool {
        matches!(self, Self::Add(Role::Admin) | Self::SetPassword)
    }
}

/// May `actor` manage user accounts? Admins only.
pub fn ensure_admin(actor: &Actor) -> Result<&SignedIn, Denied> {
    let user = actor.signed_in()?;
    match user.role {
        Role::Admin => Ok(user),
        Role::Coordinator => Err(Denied::NotAdmin),
    }
}

/// May `actor` read the accessibility reports (which may carry a reader's contact details)?
/// Administrators only. Sending one needs no account: the law asks that every reader can,
/// and the count per client address bounds it ([`super::feedback::PER_ADDRESS`]).
pub fn ensure_can_read_feedback(actor: &Actor) -> Result<&SignedIn, Denied> {
    ensure_admin(actor)
}

/// May `actor` mark an organisation's reported decision as checked against its evidence?
/// Administrators only: a coordinator's report is what the check is of.
pub fn ensure_can_check_decision(actor: &Actor) -> Result<&SignedIn, Denied> {
    ensure_admin(actor)
}

/// May `actor` set the agreement's dates for the county (when its revision must start)?
/// Administrators only.
pub fn ensure_can_plan_agreement(actor: &Actor) -> Result<&SignedIn, Denied> {
    ensure_admin(actor)
}

/// May `actor` upload an evidence document for `org`, or withdraw one of `org`'s? Whoever may
/// edit its profile: the documents are its profile's proof.
pub fn ensure_can_keep_documents<'a>(
    actor: &'a Actor,
    org: &OrgId,
) -> Result<&'a SignedIn, Denied> {
    ensure_can_edit(actor, org)
}

/// May `actor` read a withdrawn evidence document, which the history still cites?
/// Administrators only.
pub fn ensure_can_read_withdrawn(actor: &Actor) -> Result<&SignedIn, Denied> {
    ensure_admin(actor)
}

#[cfg(test)]
mod tests;
