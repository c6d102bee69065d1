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
            Source::Entered { .. } | Source::Confirmed { .. } => {
                panic!("seed must contain document sources only: {s}")
            }
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
