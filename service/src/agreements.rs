//! The agreements' life: the administrator's check of a reported decision on the regional
//! agreement against its evidence, the revision date and the dashboard of plans' dates.

use chrono::{DateTime, Utc};
use db::{Db, DbError};
use domain::error::AppError;
use domain::i18n::{Message, k};
use domain::model::auth::{Actor, ensure_can_check_decision, ensure_can_plan_agreement};
use domain::model::county::RevisionStartSet;
use domain::model::fact::{Fact, Source};
use domain::model::revision::{Describe, FieldChange, Revision};
use domain::model::validation::FieldErrors;
use domain::view::deadlines::DeadlinesView;
use domain::view::editing::{DecisionRow, DecisionsView};

/// The field a refused check is explained under.
pub const CHECK_FIELD: &str = "rok_check";

fn refused(key: domain::i18n::Key) -> AppError {
    let mut errors = FieldErrors::default();
    errors.add(CHECK_FIELD, Message::new(key));
    AppError::Invalid(errors)
}

/// Marks organisation `id`'s reported RÖK decision as checked against its evidence, if the
/// profile is still at `base_version` (the decision the administrator read). Recorded in the
/// profile's history like any save.
pub async fn check_rok(
    db: &Db,
    actor: &Actor,
    id: &str,
    base_version: u64,
    now: DateTime<Utc>,
) -> Result<u64, AppError> {
    let org = crate::orgs::parse_org(id)?;
    let user = ensure_can_check_decision(actor)?;
    let stored = db.profile(&org).await?.ok_or(AppError::NotFound)?;
    if stored.version != base_version {
        return Err(refused(k::ROK_CHECK_ERROR_CHANGED));
    }
    let old = stored.profile.agreements.rok.clone();
    let Fact::Known {
        value,
        source,
        complete,
    } = old.clone()
    else {
        return Err(refused(k::ROK_CHECK_ERROR_NO_DECISION));
    };
    value.checkable().map_err(|why| refused(why.key()))?;
    let by = user.public_name();
    let checked = Fact::Known {
        value: value.checked(&by, now),
        source,
        complete,
    };
    let mut profile = stored.profile.clone();
    profile.agreements.rok = checked.clone();
    let change = FieldChange::recorded("agreements.rok", old.describe_sv(), checked.describe_sv());
    let revision = Revision::one_change(&org, stored.version, now, &by, change);
    let updated = Source::Entered { by, at: now };
    match db
        .save_profile(&stored, &profile, &updated, &revision, &user.email)
        .await
    {
        Ok(()) => Ok(revision.version),
        Err(DbError::VersionConflict) => Err(refused(k::ROK_CHECK_ERROR_CHANGED)),
        Err(e) => Err(e.into()),
    }
}

/// Every principal's decision on the regional agreement, those waiting for a check first
/// (administrators).
pub async fn decisions(db: &Db, actor: &Actor) -> Result<DecisionsView, AppError> {
    ensure_can_check_decision(actor)?;
    let mut rows: Vec<DecisionRow> = db
        .profiles()
        .await?
        .into_iter()
        .filter(|p| p.org.kind().is_principal())
        .map(|p| DecisionRow {
            org: p.org,
            version: p.version,
            decision: p.profile.agreements.rok,
        })
        .collect();
    // Waiting for a check, then not yet decided or reported, then checked; the county's order
    // within each.
    rows.sort_by_key(|r| match r.decision.value() {
        Some(d) if d.checkable().is_ok() => 0,
        Some(d) if d.check.is_some() => 2,
        _ => 1,
    });
    let county = db.county().await?;
    let settings = db.revision_starts().await?;
    Ok(DecisionsView {
        rows,
        validity: county.rok_validity.value().copied(),
        revision_start: settings.last().and_then(|s| s.start),
    })
}

/// Every local agreement plan's stage that is late or due on `today`, and the revision date
/// when it is (administrators).
pub async fn deadlines(
    db: &Db,
    actor: &Actor,
    today: chrono::NaiveDate,
) -> Result<DeadlinesView, AppError> {
    ensure_can_plan_agreement(actor)?;
    let profiles = db.profiles().await?;
    let start = db.revision_starts().await?.last().and_then(|s| s.start);
    Ok(DeadlinesView::from_profiles(&profiles, start, today))
}

/// Sets the date the regional agreement's revision must start by, from `raw` as typed (empty
/// withdraws it); kept with every earlier setting (administrators). Answers the date set.
pub async fn set_revision_start(
    db: &Db,
    actor: &Actor,
    raw: &str,
    now: DateTime<Utc>,
) -> Result<Option<chrono::NaiveDate>, AppError> {
    let user = ensure_can_plan_agreement(actor)?;
    let validity = db.county().await?.rok_validity.value().copied();
    let start = domain::form::agreement::revision_start(raw, validity.as_ref())
        .map_err(AppError::Invalid)?;
    let set = RevisionStartSet {
        start,
        by: user.public_name(),
        at: now,
    };
    db.add_revision_start(&set, &user.email).await?;
    Ok(start)
}

#[cfg(test)]
mod tests;
