//! The public reads, for today or for a date in the past (`?datum=`).

use chrono::NaiveDate;
use db::Db;
use domain::error::AppError;
use domain::model::as_of::Shown;
use domain::model::profile::StoredProfile;
use domain::model::summary::MapData;
use domain::model::{OrgId, Organisation};
use domain::view::overview::{Change, Overview};

/// The most saves the "changes since" list shows.
pub const CHANGES_LIMIT: usize = 200;

/// Every profile at the end of the date shown; today's comes straight from the stored
/// profiles.
pub async fn profiles_on(db: &Db, shown: Shown) -> Result<Vec<StoredProfile>, AppError> {
    match shown.past() {
        None => Ok(db.profiles().await?),
        Some(date) => Ok(db.profiles_on(date).await?),
    }
}

/// The map's data on the date shown.
pub async fn map_data(db: &Db, shown: Shown) -> Result<MapData, AppError> {
    let profiles = profiles_on(db, shown).await?;
    let mut data = MapData::from_profiles(&profiles, shown.date);
    data.shown_on = shown.past();
    Ok(data)
}

/// One organisation and its profile on the date shown.
pub async fn profile(
    db: &Db,
    id: &str,
    shown: Shown,
) -> Result<(Organisation, StoredProfile), AppError> {
    let id = OrgId::parse(id).map_err(|_| AppError::NotFound)?;
    let organisation = db.organisation(&id).await?.ok_or(AppError::NotFound)?;
    let stored = match shown.past() {
        None => db.profile(&id).await?,
        Some(date) => db
            .profiles_on(date)
            .await?
            .into_iter()
            .find(|p| p.org == id),
    };
    Ok((organisation, stored.ok_or(AppError::NotFound)?))
}

/// The county overview on the date shown, with the saves since `since`.
pub async fn overview(db: &Db, shown: Shown, since: NaiveDate) -> Result<Overview, AppError> {
    let Shown { date, today } = shown;
    let orgs = db.organisations().await?;
    let profiles = profiles_on(db, shown).await?;
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

/// The county facts known on the date shown.
pub async fn county(db: &Db, shown: Shown) -> Result<domain::model::county::CountyFacts, AppError> {
    Ok(db.county().await?.known_on(shown.date))
}

/// Organisations and profiles for the open-data endpoints on the date shown.
pub async fn open_data(
    db: &Db,
    shown: Shown,
) -> Result<(Vec<Organisation>, Vec<StoredProfile>), AppError> {
    Ok((db.organisations().await?, profiles_on(db, shown).await?))
}
