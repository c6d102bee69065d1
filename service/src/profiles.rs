//! Reading a profile for editing, saving it, and its history.

use chrono::{DateTime, Utc};
use db::Db;
use domain::error::AppError;
use domain::form::ProfileForm;
use domain::model::account::Email;
use domain::model::auth::{Actor, ensure_can_edit};
use domain::model::fact::Source;
use domain::model::profile::{Profile, StoredProfile};
use domain::model::revision::{Revision, merge};
use domain::view::editing::{EditView, HistoryView, SaveAnswer as Saved};

use crate::orgs::parse_org;
use domain::model::OrgId;

/// The edit form of one organisation, with the version it is based on (`today` is the date
/// the browser checks "not in the future" against).
pub async fn edit_form(
    db: &Db,
    actor: &Actor,
    id: &str,
    today: chrono::NaiveDate,
) -> Result<EditView, AppError> {
    let org = parse_org(id)?;
    ensure_can_edit(actor, &org)?;
    let organisation = db.organisation(&org).await?.ok_or(AppError::NotFound)?;
    let stored = db.profile(&org).await?.ok_or(AppError::NotFound)?;
    Ok(EditView {
        organisation,
        version: stored.version,
        form: ProfileForm::from_profile(&stored.profile),
        today,
    })
}

/// Validates and saves `form` as `id`'s profile if it is still at `base_version`.
pub async fn save(
    db: &Db,
    actor: &Actor,
    id: &str,
    base_version: u64,
    form: &ProfileForm,
    now: DateTime<Utc>,
) -> Result<Saved, AppError> {
    let org = parse_org(id)?;
    let user = ensure_can_edit(actor, &org)?;
    let by = user.public_name();
    let source = Source::Entered {
        by: by.clone(),
        at: now,
    };
    let validated = form
        .validate(&org, now.date_naive(), &source)
        .map_err(AppError::Invalid)?;
    let edit = Edit {
        by,
        source,
        author: &user.email,
        now,
    };
    let stored = db.profile(&org).await?.ok_or(AppError::NotFound)?;
    if stored.version != base_version {
        return Err(conflict(db, &org, base_version).await);
    }
    crate::documents::check_citations(db, &validated, &stored.profile).await?;
    match edit.write(db, &stored, validated).await {
        None => Ok(Saved {
            version: stored.version,
            changed: 0,
        }),
        Some(Err(db::DbError::VersionConflict)) => Err(conflict(db, &org, base_version).await),
        Some(done) => done.map_err(AppError::from),
    }
}

/// One coordinator's save, to be merged into a stored profile.
struct Edit<'a> {
    by: String,
    source: Source,
    author: &'a Email,
    now: DateTime<Utc>,
}

impl Edit<'_> {
    /// Merges `validated` into `base` and writes the result with its revision if `base` is
    /// still the stored profile; `None` when nothing would change.
    async fn write(
        &self,
        db: &Db,
        base: &StoredProfile,
        validated: Profile,
    ) -> Option<Result<Saved, db::DbError>> {
        let (profile, changes) = merge(&base.profile, validated);
        if changes.is_empty() {
            return None;
        }
        let revision = Revision {
            org: base.org.clone(),
            version: base.version + 1,
            at: self.now,
            by: self.by.clone(),
            changes,
        };
        let written = db
            .save_profile(base, &profile, &self.source, &revision, self.author)
            .await;
        Some(written.map(|()| Saved {
            version: revision.version,
            changed: revision.changes.len(),
        }))
    }
}

async fn conflict(db: &Db, org: &OrgId, base_version: u64) -> AppError {
    match db.revisions(org, base_version).await {
        Ok(changes) => AppError::Conflict {
            current_version: changes.first().map_or(base_version, |r| r.version),
            changes,
        },
        Err(e) => e.into(),
    }
}

/// Every revision of `id`'s profile, newest first (public).
pub async fn history(db: &Db, id: &str) -> Result<HistoryView, AppError> {
    let org = parse_org(id)?;
    let organisation = db.organisation(&org).await?.ok_or(AppError::NotFound)?;
    Ok(HistoryView {
        organisation,
        revisions: db.revisions(&org, 0).await?,
    })
}
