//! The public reads, for today, for a date in the past (`?datum=`) or as a closed round froze
//! them (`?omgang=`).

use chrono::NaiveDate;
use db::Db;
use domain::error::AppError;
use domain::model::Organisation;
use domain::model::as_of::Shown;
use domain::model::profile::StoredProfile;
use domain::model::round::RoundRef;
use domain::model::summary::MapData;
use domain::view::indicator_history::moves_since;
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

/// What a page shows: the state at the end of a date (`?datum=`), or the picture a closed
/// round froze (`?omgang=`), dated the day it closed.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    pub shown: Shown,
    pub round: Option<RoundRef>,
}

impl Picture {
    /// `shown`, unless `omgang` names a round: then that round's picture, which must have
    /// closed.
    pub async fn read(db: &Db, shown: Shown, omgang: Option<&str>) -> Result<Self, AppError> {
        let Some(id) = omgang.map(str::trim).filter(|id| !id.is_empty()) else {
            return Ok(Self { shown, round: None });
        };
        let round = crate::rounds::find(db, id).await?;
        let round = RoundRef::of(&round).ok_or(AppError::RoundNotClosed)?;
        Ok(Self {
            shown: Shown {
                date: round.closed_on,
                today: shown.today,
            },
            round: Some(round),
        })
    }

    /// Every profile of the picture: the round's frozen ones, or those of the date.
    async fn profiles(&self, db: &Db) -> Result<Vec<StoredProfile>, AppError> {
        match &self.round {
            Some(round) => Ok(crate::rounds::frozen(db, &round.id).await?.profiles),
            None => profiles_on(db, self.shown).await,
        }
    }

    /// The date the picture is of, when it is not today's state.
    fn shown_on(&self) -> Option<NaiveDate> {
        match &self.round {
            Some(round) => Some(round.closed_on),
            None => self.shown.past(),
        }
    }
}

/// The map's data of the picture shown.
pub async fn map_data(db: &Db, picture: &Picture) -> Result<MapData, AppError> {
    let profiles = picture.profiles(db).await?;
    let mut data = MapData::from_profiles(&profiles, picture.shown.date);
    data.shown_on = picture.shown_on();
    data.round = picture.round.clone();
    Ok(data)
}

/// One organisation and its profile on the date shown.
pub async fn profile(
    db: &Db,
    id: &str,
    shown: Shown,
) -> Result<(Organisation, StoredProfile), AppError> {
    let id = crate::orgs::parse_org(id)?;
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

/// The history of each of `org`'s indicators up to the date shown.
pub async fn indicator_histories(
    db: &Db,
    org: &domain::model::OrgId,
    shown: Shown,
) -> Result<Vec<domain::view::indicator_history::IndicatorHistory>, AppError> {
    let (baseline, saves) = db.saves(org).await?.ok_or(AppError::NotFound)?;
    Ok(domain::view::indicator_history::histories(
        org.kind(),
        &baseline,
        &saves,
        shown.date,
    ))
}

/// The county overview of the picture shown, with the saves since `since` and the moves of
/// indicators they made.
pub async fn overview(db: &Db, picture: &Picture, since: NaiveDate) -> Result<Overview, AppError> {
    let Shown { date, today } = picture.shown;
    let orgs = db.organisations().await?;
    let profiles = picture.profiles(db).await?;
    let county = county_on(db, date).await?;
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
    let mut overview = Overview::build(date, today, &orgs, &profiles, &county, since, changes);
    for p in &profiles {
        let histories = indicator_histories(db, &p.org, picture.shown).await?;
        overview
            .moves
            .extend(moves_since(&p.org, &histories, since));
    }
    overview.moves.sort_by_key(|m| std::cmp::Reverse(m.on));
    overview.map.shown_on = picture.shown_on();
    overview.map.round = picture.round.clone();
    Ok(overview)
}

/// The county facts known on the date shown.
pub async fn county(db: &Db, shown: Shown) -> Result<domain::model::county::CountyFacts, AppError> {
    county_on(db, shown.date).await
}

/// The seeded county facts known at the end of `date`, with the revision date the
/// administrator had set by then.
async fn county_on(
    db: &Db,
    date: NaiveDate,
) -> Result<domain::model::county::CountyFacts, AppError> {
    let mut county = db.county().await?.known_on(date);
    county.rok_revision_start =
        domain::model::county::RevisionStartSet::on(&db.revision_starts().await?, date);
    Ok(county)
}

/// Organisations and profiles for the open-data endpoints on the date shown.
pub async fn open_data(
    db: &Db,
    shown: Shown,
) -> Result<(Vec<Organisation>, Vec<StoredProfile>), AppError> {
    Ok((db.organisations().await?, profiles_on(db, shown).await?))
}
