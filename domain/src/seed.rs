//! The seed dataset of the region package (`seed.json`: facts written from the source documents)
//! and its population figures (`population.csv`).

use crate::model::county::CountyFacts;
use crate::model::profile::StoredProfile;
use crate::model::round::{Closed, Round, RoundId, Snapshot};
use crate::model::{DocumentId, OrgId, Organisation, Population, Profile};
use chrono::NaiveDate;
use serde::Deserialize;

use crate::region::{POPULATION_CSV, SEED_JSON};

/// Why the package's seed could not be read: a fault of the package, found when it is built
/// into a database.
#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("seed.json: {0}")]
    Json(#[from] serde_json::Error),
    #[error("population.csv: {0}")]
    Population(String),
}

#[derive(Debug, Deserialize)]
struct SeedFile {
    region: String,
    /// Which reading of the source documents this is: raised whenever a seeded value is
    /// corrected, so a database loaded from an earlier reading is read again at start.
    #[serde(default = "first_reading")]
    reading: u32,
    organisations: Vec<SeedOrg>,
    county: CountyFacts,
}

#[derive(Debug, Deserialize)]
struct SeedOrg {
    id: OrgId,
    profile: Profile,
}

fn first_reading() -> u32 {
    1
}

#[derive(Debug)]
pub struct Seed {
    pub region: String,
    pub reading: u32,
    pub organisations: Vec<(Organisation, Profile)>,
    pub county: CountyFacts,
}

/// Parses the population file: `kod,kommun,folkmangd_2024_12_31,folkmangd_2023_12_31`.
pub fn population(csv: &str) -> Result<Vec<(String, u32)>, SeedError> {
    csv.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let cols: Vec<&str> = line.split(',').collect();
            match cols.as_slice() {
                [code, _, count, ..] => count
                    .trim()
                    .parse::<u32>()
                    .map(|n| ((*code).trim().to_owned(), n))
                    .map_err(|e| SeedError::Population(format!("population for {code}: {e}"))),
                _ => Err(SeedError::Population(format!("bad population row: {line}"))),
            }
        })
        .collect()
}

pub fn load() -> Result<Seed, SeedError> {
    let file: SeedFile = serde_json::from_str(SEED_JSON)?;
    let populations = population(POPULATION_CSV)?;
    let date = NaiveDate::from_ymd_opt(2024, 12, 31).unwrap_or_default();
    let source = if crate::region::SYNTHETIC {
        "Syntetiska testdata".to_owned()
    } else {
        // SCB's table, by its title, which carries its date.
        DocumentId::ScbPopulation2024.title().to_owned()
    };
    let organisations = file
        .organisations
        .into_iter()
        .map(|o| {
            let population = populations
                .iter()
                .find(|(code, _)| code == o.id.as_str())
                .map(|(_, count)| Population {
                    count: *count,
                    date,
                    source: source.clone(),
                });
            let org = Organisation {
                kind: o.id.kind(),
                name: o.id.name().to_owned(),
                population,
                id: o.id,
            };
            (org, o.profile)
        })
        .collect();
    Ok(Seed {
        region: file.region,
        reading: file.reading,
        organisations,
        county: file.county,
    })
}

/// The mapping of 2019 as the first closed follow-up round, made from the sources: its
/// snapshot is the seed's profiles. The baseline survey was made "i början av 2019" and the
/// interviews after it (003 §4.1–4.2); the report is dated 2020-03-02, which closes the round.
/// No answers per organisation are given, so the round asks nothing in the app.
pub fn first_round(seed: &Seed) -> (Round, Snapshot) {
    let report = FIRST_ROUND_SOURCE;
    let closed = report
        .date()
        .and_hms_opt(0, 0, 0)
        .unwrap_or_default()
        .and_utc();
    let by = report.title().to_owned();
    let round = Round {
        id: RoundId::from_title(FIRST_ROUND_TITLE).expect("a title with letters"),
        title: FIRST_ROUND_TITLE.to_owned(),
        opens: NaiveDate::from_ymd_opt(2019, 1, 1).unwrap_or_default(),
        deadline: report.date(),
        orgs: seed
            .organisations
            .iter()
            .map(|(o, _)| o.id.clone())
            .collect(),
        sections: Vec::new(),
        questions: Vec::new(),
        created_by: by.clone(),
        created_at: closed,
        closed: Some(Closed { at: closed, by }),
        from_sources: true,
        edits: Vec::new(),
    };
    let snapshot = Snapshot {
        profiles: seed
            .organisations
            .iter()
            .map(|(org, profile)| StoredProfile {
                org: org.id.clone(),
                version: 1,
                updated: None,
                profile: profile.clone(),
            })
            .collect(),
        answers: Vec::new(),
        responses: Vec::new(),
    };
    (round, snapshot)
}

const FIRST_ROUND_TITLE: &str = "Kartläggning 2019";
/// The document the first round is made from, whose date closes it.
pub const FIRST_ROUND_SOURCE: DocumentId = DocumentId::MappingReport2020;

#[cfg(test)]
mod truth;

#[cfg(test)]
mod tests;
