//! The seed dataset of the region package (`seed.json`: facts written from the source documents)
//! and its population figures (`population.csv`).

use crate::model::county::CountyFacts;
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

#[cfg(test)]
mod truth;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Fact;
    use crate::model::fact::Source;

    fn sources(value: &serde_json::Value, out: &mut Vec<serde_json::Value>) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(known) = map.get("known") {
                    out.push(known.get("source").cloned().unwrap_or_default());
                }
                for v in map.values() {
                    sources(v, out);
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| sources(v, out)),
            _ => {}
        }
    }

    #[test]
    fn seed_covers_all_seventeen_organisations_once() {
        let seed = load().expect("seed parses");
        let mut ids: Vec<&str> = seed
            .organisations
            .iter()
            .map(|(o, _)| o.id.as_str())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 17);
        assert_eq!(seed.region, "Dalarna");
    }

    #[test]
    fn every_seeded_fact_cites_a_document_and_section() {
        let raw: serde_json::Value = serde_json::from_str(SEED_JSON).expect("valid JSON");
        let mut found = Vec::new();
        sources(&raw, &mut found);
        assert!(found.len() > 40, "only {} facts", found.len());
        for s in found {
            let source: Source = serde_json::from_value(s.clone()).expect("a source");
            match source {
                Source::Document { section, .. } => {
                    let parts = ["avsnitt", "försättsblad", "fotnot", "Bilaga", "rubrik"];
                    assert!(parts.iter().any(|p| section.starts_with(p)), "{s}");
                }
                Source::Entered { .. } => panic!("seed must not contain entered values: {s}"),
            }
        }
    }

    #[test]
    fn no_agreement_status_is_seeded() {
        // The documents give no municipality's RÖK decision or LÖK stage.
        let seed = load().expect("seed parses");
        for (org, profile) in &seed.organisations {
            assert_eq!(profile.agreements.rok, Fact::Unknown, "{}", org.id);
            assert_eq!(profile.agreements.lok, Fact::Unknown, "{}", org.id);
            assert_eq!(profile.support, Fact::Unknown, "{}", org.id);
        }
    }

    #[test]
    fn population_matches_the_county_total() {
        let seed = load().expect("seed parses");
        let total: u32 = seed
            .organisations
            .iter()
            .filter_map(|(o, _)| o.population.as_ref().map(|p| p.count))
            .sum();
        assert_eq!(total, 286_546);
        let falun = seed
            .organisations
            .iter()
            .find(|(o, _)| o.id.as_str() == "2080")
            .and_then(|(o, _)| o.population.clone())
            .expect("Falun has a population");
        assert_eq!(falun.count, 59_945);
    }

    #[test]
    fn norra_dalarna_shares_coordinators() {
        let seed = load().expect("seed parses");
        for code in ["2062", "2034", "2039", "2023"] {
            let (_, profile) = seed
                .organisations
                .iter()
                .find(|(o, _)| o.id.as_str() == code)
                .expect("municipality present");
            let posts = profile
                .work
                .coordinators
                .value()
                .expect("known coordinators");
            assert_eq!(posts[0].shared_with.len(), 3, "{code}");
        }
    }
}
