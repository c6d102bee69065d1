//! Evidence documents: upload (checked by content), listing, serving and withdrawal, and the
//! check that a decision cites a document there is.

mod pdf;
#[cfg(any(test, feature = "testing"))]
pub mod sample;

use crate::orgs::parse_participant;
use chrono::{DateTime, Utc};
use db::Db;
use domain::error::AppError;
use domain::i18n::{Message, k};
use domain::model::auth::{Actor, ensure_can_keep_documents, ensure_can_read_withdrawn};
use domain::model::document::{self, Digest, Document, Refused, Withdrawal};
use domain::model::profile::Profile;
use domain::model::validation::FieldErrors;
use domain::view::documents::DocumentsView;
use sha2::{Digest as _, Sha256};

/// The field an upload's refusal is explained under.
pub const FIELD: &str = "dokument";

fn refused(message: Message) -> AppError {
    let mut errors = FieldErrors::default();
    errors.add(FIELD, message);
    AppError::Invalid(errors)
}

/// The refusal of an uploaded file, explained under [`FIELD`].
pub fn refusal(why: Refused) -> AppError {
    refused(why.message())
}

/// The organisation `id` names, if `actor` may keep its documents: asked before an upload's
/// file is read.
pub fn authorised(actor: &Actor, id: &str) -> Result<domain::model::OrgId, AppError> {
    let org = crate::orgs::parse_org(id)?;
    ensure_can_keep_documents(actor, &org)?;
    Ok(org)
}

/// Keeps `content`, uploaded as `name`, as an evidence document of organisation `id` once it
/// has been checked to be a PDF that runs nothing. Answers the organisation's entry for it
/// (the earlier one when it uploaded the same file before).
pub async fn upload(
    db: &Db,
    actor: &Actor,
    id: &str,
    name: &str,
    content: &[u8],
    now: DateTime<Utc>,
) -> Result<Document, AppError> {
    let org = crate::orgs::parse_org(id)?;
    let user = ensure_can_keep_documents(actor, &org)?;
    pdf::check(content).map_err(refusal)?;
    let name = document::check_name(name).map_err(refusal)?;
    let digest =
        Digest::parse(&hex::encode(Sha256::digest(content))).ok_or(AppError::Unavailable)?;
    let entry = Document {
        org,
        digest,
        name,
        bytes: content.len() as u64,
        by: user.public_name(),
        at: now,
        withdrawn: None,
    };
    Ok(db.add_document(&entry, content, &user.email).await?)
}

/// Organisation `id`'s documents, for those who keep them.
pub async fn list(db: &Db, actor: &Actor, id: &str) -> Result<DocumentsView, AppError> {
    let org = crate::orgs::parse_org(id)?;
    ensure_can_keep_documents(actor, &org)?;
    let organisation = db.organisation(&org).await?.ok_or(AppError::NotFound)?;
    Ok(DocumentsView {
        organisation,
        documents: db.documents(&org).await?,
    })
}

/// The document served at `/dokument/<id>/<file>`, with its bytes. A withdrawn one is there
/// for administrators only; to anyone else it is not found, like one that never was.
pub async fn file(
    db: &Db,
    actor: &Actor,
    id: &str,
    file: &str,
) -> Result<(Document, Vec<u8>), AppError> {
    let org = parse_participant(id)?;
    let (_, digest) = document::parse_path(&format!("{}{id}/{file}", document::PATH_PREFIX))
        .ok_or(AppError::NotFound)?;
    let entry = db
        .document(&org, &digest)
        .await?
        .ok_or(AppError::NotFound)?;
    if entry.withdrawn.is_some() && ensure_can_read_withdrawn(actor).is_err() {
        return Err(AppError::NotFound);
    }
    let content = db
        .document_content(&digest)
        .await?
        .ok_or(AppError::Unavailable)?;
    Ok((entry, content))
}

/// Withdraws organisation `id`'s document `digest` from the public pages.
pub async fn withdraw(
    db: &Db,
    actor: &Actor,
    id: &str,
    digest: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let org = crate::orgs::parse_org(id)?;
    let user = ensure_can_keep_documents(actor, &org)?;
    let digest = Digest::parse(digest).ok_or(AppError::NotFound)?;
    db.document(&org, &digest)
        .await?
        .ok_or(AppError::NotFound)?;
    let withdrawal = Withdrawal {
        by: user.public_name(),
        at: now,
    };
    db.withdraw_document(&org, &digest, &withdrawal).await?;
    Ok(())
}

/// What a document citation in `profile` names that cannot be shown: a document that is not
/// there or is withdrawn, by the citation.
async fn unshown(
    db: &Db,
    profile: &Profile,
) -> Result<Vec<(&'static str, String, Message)>, AppError> {
    let mut found = Vec::new();
    for (field, cited) in domain::form::cited_evidence(profile) {
        let Some((org, digest)) = document::parse_path(&cited) else {
            continue;
        };
        let why = match db.document(&org, &digest).await? {
            None => Some(k::DOCUMENT_ERROR_CITED_MISSING),
            Some(d) if d.withdrawn.is_some() => Some(k::DOCUMENT_ERROR_CITED_WITHDRAWN),
            Some(_) => None,
        };
        if let Some(key) = why {
            found.push((field, cited, Message::new(key)));
        }
    }
    Ok(found)
}

/// The citations of `profile` that a save may not make: of a document that is not there or
/// is withdrawn, unless `before` cited it already (a withdrawal does not block saving what
/// else changed).
pub async fn check_citations(db: &Db, profile: &Profile, before: &Profile) -> Result<(), AppError> {
    let kept = domain::form::cited_evidence(before);
    let mut errors = FieldErrors::default();
    for (field, cited, message) in unshown(db, profile).await? {
        if !kept.iter().any(|(f, c)| *f == field && *c == cited) {
            errors.add(field, message);
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(AppError::Invalid(errors))
    }
}

/// The documents `profile` cites that the public pages must not link to.
pub async fn withdrawn_citations(db: &Db, profile: &Profile) -> Result<Vec<String>, AppError> {
    Ok(unshown(db, profile)
        .await?
        .into_iter()
        .map(|(_, cited, _)| cited)
        .collect())
}

#[cfg(test)]
mod tests;
