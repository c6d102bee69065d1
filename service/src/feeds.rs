//! Feeds people subscribe to: an iCalendar file of the dates ahead (the regional agreement's
//! period and revision, the local agreement plans' stages, the follow-up rounds) and an Atom
//! feed of the published changes to the profiles; for the county, or for one organisation.

use chrono::{DateTime, Days, NaiveDate, Utc};
use db::Db;
use domain::error::AppError;
use domain::i18n::{Key, Lang, k};
use domain::model::OrgId;
use domain::model::profile::StoredProfile;
use domain::model::revision::Revision;

mod atom;
mod calendar;

/// How far back the change feed reaches, and how many changes it carries at most.
const FEED_DAYS: u64 = 365;
const FEED_ENTRIES: usize = 50;

/// The organisation `raw` names, if any: a feed is the county's without one.
fn scope(raw: Option<&str>) -> Result<Option<OrgId>, AppError> {
    raw.filter(|r| !r.trim().is_empty())
        .map(crate::orgs::parse_org)
        .transpose()
}

fn sv(key: Key, values: &[(&str, &str)]) -> String {
    Lang::Sv.tf(key, values)
}

/// "Kvinnofridskartan Dalarna – …", or "… – Avesta" for one organisation.
fn title(key: Key, org: Option<&OrgId>) -> String {
    let site = Lang::Sv.t(k::SITE_NAME);
    match org {
        Some(org) => sv(key, &[("site", site), ("scope", org.name())]),
        None => sv(key, &[("site", site), ("scope", domain::region::NAME)]),
    }
}

/// The iCalendar file of the dates ahead, for the county or the organisation `org`; its stamp
/// is `now`.
pub async fn calendar(db: &Db, org: Option<&str>, now: DateTime<Utc>) -> Result<String, AppError> {
    let org = scope(org)?;
    let today = now.date_naive();
    let county = db.county().await?.known_on(today);
    let revision = domain::model::county::RevisionStartSet::on(&db.revision_starts().await?, today);
    let profiles: Vec<StoredProfile> = db
        .profiles()
        .await?
        .into_iter()
        .filter(|p| org.as_ref().is_none_or(|o| *o == p.org))
        .collect();
    let rounds: Vec<_> = db
        .rounds()
        .await?
        .into_iter()
        .filter(|r| !r.from_sources)
        .filter(|r| org.as_ref().is_none_or(|o| r.orgs.contains(o)))
        .collect();
    Ok(calendar::Dates {
        title: title(k::FEED_CALENDAR_TITLE, org.as_ref()),
        validity: county.rok_validity.value().copied(),
        revision: revision.value().copied(),
        profiles: &profiles,
        rounds: &rounds,
    }
    .ics(now))
}

/// The Atom feed of the changes published in the last year, newest first, for the county or the
/// organisation `org`; links start with `base` (the site's public address, or empty).
pub async fn changes(
    db: &Db,
    org: Option<&str>,
    now: DateTime<Utc>,
    base: &str,
) -> Result<String, AppError> {
    let org = scope(org)?;
    let orgs = match &org {
        Some(org) => vec![org.clone()],
        None => OrgId::all(),
    };
    let from: NaiveDate = now
        .date_naive()
        .checked_sub_days(Days::new(FEED_DAYS))
        .unwrap_or(NaiveDate::MIN);
    let mut revisions: Vec<Revision> = db
        .revisions_since(&orgs, from)
        .await?
        .into_iter()
        .filter(|r| r.at <= now)
        .collect();
    revisions.sort_by_key(|r| std::cmp::Reverse((r.at, r.version)));
    revisions.truncate(FEED_ENTRIES);
    Ok(atom::feed(
        &title(k::FEED_ATOM_TITLE, org.as_ref()),
        org.as_ref(),
        &revisions,
        now,
        base.trim_end_matches('/'),
    ))
}

/// The feeds in the OpenAPI description of the open data.
pub fn openapi_paths() -> serde_json::Value {
    let organisation = serde_json::json!({
        "name": "organisation", "in": "query", "required": false,
        "description": "En organisations id (kommunkod, region eller länsstyrelse): bara den organisationens. Utan: hela länets.",
        "schema": { "type": "string" }
    });
    let unknown =
        serde_json::json!({ "description": "Ingen organisation med det id:t (svensk förklaring)" });
    serde_json::json!({
        "/api/v1/kalender.ics": { "get": {
            "summary": "iCalendar att prenumerera på: RÖK:s giltighetstid och revideringsdatum, de lokala överenskommelsernas planerade steg och uppföljningsomgångarnas datum, som heldagshändelser med beständiga UID",
            "parameters": [organisation.clone()],
            "responses": { "200": { "description": "Kalendern (RFC 5545)",
                "content": { "text/calendar": { "schema": { "type": "string" } } } }, "404": unknown.clone() }
        } },
        "/api/v1/andringar.atom": { "get": {
            "summary": "Atom-flöde med de publicerade ändringarna av profilerna det senaste året, nyaste först, varje ändrat värde gammalt → nytt",
            "parameters": [organisation],
            "responses": { "200": { "description": "Flödet (RFC 4287)",
                "content": { "application/atom+xml": { "schema": { "type": "string" } } } }, "404": unknown }
        } }
    })
}

#[cfg(test)]
mod tests;
