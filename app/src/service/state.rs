//! The public reads, for today or for a date in the past (`?datum=`).

use crate::db::Db;
use crate::error::AppError;
use crate::model::as_of::{changes_since, parse_date};
use crate::model::overview::{Change, Overview};
use crate::model::profile::StoredProfile;
use crate::model::summary::MapData;
use crate::model::{OrgId, Organisation};
use chrono::NaiveDate;

/// The most saves the "changes since" list shows.
pub const CHANGES_LIMIT: usize = 200;

/// Every profile at the end of `date`; today's comes straight from the stored profiles.
pub async fn profiles_on(
    db: &Db,
    date: NaiveDate,
    today: NaiveDate,
) -> Result<Vec<StoredProfile>, AppError> {
    if date >= today {
        Ok(db.profiles().await?)
    } else {
        Ok(db.profiles_on(date).await?)
    }
}

/// The map's data for `?datum=` (today when absent).
pub async fn map_data(db: &Db, datum: Option<&str>, today: NaiveDate) -> Result<MapData, AppError> {
    let date = parse_date(datum, today)?;
    let profiles = profiles_on(db, date, today).await?;
    let mut data = MapData::from_profiles(&profiles, date);
    data.shown_on = (date < today).then_some(date);
    Ok(data)
}

/// One organisation and its profile for `?datum=`.
pub async fn profile(
    db: &Db,
    id: &str,
    datum: Option<&str>,
    today: NaiveDate,
) -> Result<(Organisation, StoredProfile, Option<NaiveDate>), AppError> {
    let id = OrgId::parse(id).map_err(|_| AppError::NotFound)?;
    let date = parse_date(datum, today)?;
    let organisation = db.organisation(&id).await?.ok_or(AppError::NotFound)?;
    let stored = if date >= today {
        db.profile(&id).await?
    } else {
        db.profiles_on(date)
            .await?
            .into_iter()
            .find(|p| p.org == id)
    };
    let shown_on = (date < today).then_some(date);
    Ok((organisation, stored.ok_or(AppError::NotFound)?, shown_on))
}

/// The county overview for `?datum=`, with the saves since `?sedan=` (by default the 90 days
/// before the date).
pub async fn overview(
    db: &Db,
    datum: Option<&str>,
    sedan: Option<&str>,
    today: NaiveDate,
) -> Result<Overview, AppError> {
    let date = parse_date(datum, today)?;
    let since = changes_since(sedan, date, today)?;
    let orgs = db.organisations().await?;
    let profiles = profiles_on(db, date, today).await?;
    let county = db.county().await?.known_on(date);
    let changes = db
        .changes_between(since, date, CHANGES_LIMIT)
        .await?
        .into_iter()
        .map(|r| Change {
            org: r.org,
            at: r.at,
            by: r.by,
            fields: r.changes.into_iter().map(|c| (c.field, c.label)).collect(),
        })
        .collect();
    Ok(Overview::build(
        date, today, &orgs, &profiles, &county, since, changes,
    ))
}

/// The county facts known on `?datum=`.
pub async fn county(
    db: &Db,
    datum: Option<&str>,
    today: NaiveDate,
) -> Result<crate::model::county::CountyFacts, AppError> {
    let date = parse_date(datum, today)?;
    Ok(db.county().await?.known_on(date))
}

/// Organisations and profiles for the open-data endpoints, for `?datum=`, with that date.
pub async fn open_data(
    db: &Db,
    datum: Option<&str>,
    today: NaiveDate,
) -> Result<(Vec<Organisation>, Vec<StoredProfile>, NaiveDate), AppError> {
    let date = parse_date(datum, today)?;
    Ok((
        db.organisations().await?,
        profiles_on(db, date, today).await?,
        date,
    ))
}

/// Today's date for reads (UTC, as revision times are).
pub fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}
