//! The seed says exactly what its sources say: each value that once said more is held here
//! against the source's own sentence.

use super::load;
use crate::model::county::CountyFacts;
use crate::model::fact::Fact;
use crate::model::indicator::{Indicator, UNKNOWN_KEY};
use crate::model::profile::{PolicyScope, Profile, StoredProfile};
use crate::model::summary::OrgSummary;
use crate::model::{OrgId, Organisation};
use crate::view::overview::Staffing;

fn seed() -> (Vec<(Organisation, Profile)>, CountyFacts) {
    let seed = load().expect("seed parses");
    (seed.organisations, seed.county)
}

fn profile(id: &str) -> Profile {
    seed()
        .0
        .into_iter()
        .find(|(o, _)| o.id.as_str() == id)
        .map(|(_, p)| p)
        .expect("organisation in the seed")
}

fn summary(id: &str) -> OrgSummary {
    OrgSummary::from_profile(
        &StoredProfile {
            org: OrgId::parse(id).expect("known id"),
            version: 1,
            updated: None,
            profile: profile(id),
        },
        chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default(),
    )
}

fn category(id: &str, indicator: Indicator) -> &'static str {
    summary(id).category(indicator).key
}

fn detail(id: &str, indicator: Indicator) -> String {
    summary(id)
        .cell(indicator)
        .and_then(|c| c.detail.clone())
        .unwrap_or_default()
}

#[test]
fn the_county_board_has_the_county_action_plan_of_unstated_scope() {
    // 001 fn 3 and 004 fn 2: "Mot våld i nära relationer, människohandel för sexuella ändamål
    // och prostitution i Dalarnas län, Handlingsplan 2017-2020, Länsstyrelsen". 003 §6.3 denies
    // only "Specifika interna styrdokument".
    let p = profile("lansstyrelsen-dalarna");
    let docs = &p.governance.policy_documents;
    assert!(docs.is_partial());
    let titles: Vec<&str> = docs
        .value()
        .into_iter()
        .flatten()
        .map(|d| d.title.as_str())
        .collect();
    assert!(titles.iter().any(|t| t.contains("Handlingsplan 2017-2020")));
    assert_eq!(
        category("lansstyrelsen-dalarna", Indicator::PolicyDocument),
        UNKNOWN_KEY
    );
    assert!(
        detail("lansstyrelsen-dalarna", Indicator::PolicyDocument).starts_with("Källan nämner:")
    );
}

#[test]
fn falun_names_one_post_and_no_staffing_total() {
    // 003 §6.1 Resurser: "Falun har valt att ha en samordnare på 50 % som bara arbetar mot
    // omvårdnadsförvaltningen". Nothing is said of Falun's other coordination.
    assert_eq!(category("2080", Indicator::Coordinators), UNKNOWN_KEY);
    let detail = detail("2080", Indicator::Coordinators);
    assert!(
        detail.starts_with("Källan nämner:") && detail.contains("50 %"),
        "{detail}"
    );
    let (orgs, _) = seed();
    let organisations: Vec<Organisation> = orgs.iter().map(|(o, _)| o.clone()).collect();
    let stored: Vec<StoredProfile> = orgs
        .into_iter()
        .map(|(o, profile)| StoredProfile {
            org: o.id,
            version: 1,
            updated: None,
            profile,
        })
        .collect();
    let staffing = Staffing::from_profiles(&organisations, &stored);
    let falun = staffing
        .rows
        .iter()
        .find(|r| r.name == "Falun")
        .expect("Falun's row");
    assert_eq!(falun.posts, None, "not counted in the county rate");
    assert_eq!(falun.named, Some(0.5), "but shown as what the source names");
    assert!(staffing.not_reported().contains(&"Falun".to_owned()));
}

#[test]
fn highlighted_perpetrator_competence_is_not_treatment_offered() {
    // 003 §6.1: "Spetskompetens för att arbeta med förövare lyfts fram i Falun och Ludvika."
    for id in ["2080", "2085"] {
        let p = profile(id);
        assert_eq!(
            p.competence.specialist.perpetrator_treatment,
            Fact::Unknown,
            "{id}"
        );
        assert_eq!(category(id, Indicator::PerpetratorTreatment), UNKNOWN_KEY);
        let successes = p.reflections.successes.value().cloned().unwrap_or_default();
        assert!(successes.iter().any(|s| s.contains("lyfts fram")), "{id}");
    }
}

#[test]
fn avesta_and_the_region_are_not_only_departmental_or_overarching() {
    // 003 §6.1 praises Avesta's joint IFO/omsorg document; it never says there is no other.
    assert!(profile("2084").governance.policy_documents.is_partial());
    assert_eq!(category("2084", Indicator::PolicyDocument), UNKNOWN_KEY);
    // 003 §6.2: "Region Dalarna har övergripande verkställighetsbeslut …" is said of the
    // decision; "Det finns riktlinjer …" and "Ett vårdprogram finns …" state no scope.
    let region = profile("region-dalarna");
    let docs = region
        .governance
        .policy_documents
        .value()
        .cloned()
        .unwrap_or_default();
    assert_eq!(docs.len(), 2);
    assert!(docs.iter().all(|d| d.scope == PolicyScope::Unstated));
    assert_eq!(
        category("region-dalarna", Indicator::PolicyDocument),
        UNKNOWN_KEY
    );
}

#[test]
fn hedges_are_kept() {
    let lines = |f: &Fact<Vec<String>>| f.value().cloned().unwrap_or_default().join("\n");
    // 003 §6.2: "Det kan vara svårt att få utrymme för frågor gällande våld i nära relation …"
    assert!(lines(&profile("region-dalarna").reflections.gaps).contains("Det kan vara svårt"));
    // 003 §6.3: "I många fall även bristande kunskap …", "Det finns ett upplevt behov …"
    let board = profile("lansstyrelsen-dalarna");
    assert!(lines(&board.reflections.gaps).contains("I många fall"));
    assert!(lines(&board.reflections.needs).contains("upplevt behov"));
    // 003 §7: "Diskussioner om att dela upp olika ansvarsområden i lite större
    // kommunsammanslutningar …", "skulle kanske behöva utvecklas", "skulle behöva diskutera".
    let (_, county) = seed();
    let areas: String = county
        .result_areas
        .iter()
        .map(|a| lines(&a.summary))
        .collect::<Vec<_>>()
        .join("\n");
    for hedge in [
        "Diskussioner om",
        "lite större",
        "skulle kanske behöva utvecklas",
        "skulle behöva diskutera",
        "kan förbättra",
    ] {
        assert!(areas.contains(hedge), "{hedge}");
    }
}

#[test]
fn the_timeline_says_what_happened_and_what_was_planned() {
    let (_, county) = seed();
    let event = |when: &str| {
        county
            .timeline
            .iter()
            .find(|e| e.when == when)
            .unwrap_or_else(|| panic!("no event {when}"))
            .clone()
    };
    // 003 cover: "Datum 2020-03-02", "Versionsnummer 0.1", "Godkänt av" left empty.
    let report = event("2 mars 2020");
    assert!(report.text.contains("version 0.1") && !report.text.contains("blir klar"));
    // 002 §6: "Under våren 2025 bjuds arbetsgruppen in till en serie workshop i syfte att
    // stötta framtagandet av de lokala överenskommelserna", written 2024-10-24.
    let spring = event("Våren 2025");
    assert!(spring.planned && spring.text.contains("stötta"));
    assert!(county.timeline.iter().filter(|e| e.planned).count() == 1);
    // §4 of the review: the dated events the sources give.
    for when in [
        "2010",
        "2018–2020",
        "3 april 2020 – 1 mars 2021",
        "20 november 2020",
        "2021–2023",
    ] {
        event(when);
    }
}

#[test]
fn mora_has_one_programme_in_compulsory_school() {
    // 003 §6.1: "allt ifrån "MVP" (mentorer för våldsprevention), ett förebyggande arbete i
    // grundskolan och "Liten och trygg" i förskolan"; the seed's success item says "MVP i
    // grundskolan".
    let programmes = profile("2062")
        .competence
        .programmes
        .value()
        .cloned()
        .unwrap_or_default();
    let school: Vec<&String> = programmes
        .iter()
        .filter(|p| p.contains("grundskolan"))
        .collect();
    assert_eq!(school.len(), 1, "{programmes:?}");
    assert!(school[0].contains("MVP"));
}

#[test]
fn visions_are_quoted_verbatim() {
    // 003 §6.4, line by line.
    const SOURCE: &str = "Ingen skall vara våldsutsatt i Dalarna
Vi är bra – men Dalarna ska bli bäst!
Mer samverkan i Dalarna i större enheter - \"Alla behöver inte kunna allt, vi är bättre på att dela upp arbetsuppgifter och stötta varandra.\"
Det finns kunskapscentrum, resurscentrum eller något likt \"utväg Skaraborg\" i länet
Frågan är synliggjord och prioriterad politiskt
Vi har bra förutsättningar för att arbeta långsiktigt och strukturerat
Många fler verksamheter/aktörer är involverade i arbetet
Vi arbetar förebyggande, exempelvis med \"kärleken är fri\" på Dalanivå
Vi erbjuder behandling av förövare och flyttar i större utsträckning på förövaren
Vi följer upp och utvecklar arbetet
Alla vet vart man ska vända sig om man är utsatt för våld
Vi samverkar och erbjuder ett säkert och bra skydd för de som är utsatta
Vi reagerar och agerar på våldet";
    let (_, county) = seed();
    let visions = county.visions.value().cloned().unwrap_or_default();
    assert_eq!(visions, SOURCE.lines().collect::<Vec<_>>());
}

#[test]
fn what_the_sources_give_beyond_the_profiles_is_seeded() {
    let (orgs, county) = seed();
    // 003 §1 and §4.1: the county group, coordinated by the county board.
    let group = county.county_group.value().expect("the county group");
    assert_eq!(group.coordinator, "Länsstyrelsen Dalarna");
    assert!(group.members.iter().any(|m| m == "Kvinnojouren Kullan"));
    // 004 §7: "två utvecklingsledare om vardera 25 % tjänstgöring … Avtal om tjänsteköp".
    let leads = county
        .development_leads
        .value()
        .cloned()
        .unwrap_or_default();
    assert_eq!(leads.len(), 2);
    assert!(leads.iter().all(|l| l.contains("25 %")));
    assert!(leads.iter().any(|l| l.contains("tjänsteköp")));
    // 003 §5.1: "betydligt mindre behandlingsmöjligheter för den som utövar våldet".
    assert!(county.indicator_notes.iter().any(|n| {
        n.indicator == Indicator::PerpetratorTreatment
            && n.note
                .value()
                .is_some_and(|t| t.contains("betydligt mindre"))
    }));
    // 003 §1: "Fyra kommuner har ett samverkansavtal om gemensamma samordnare, övriga har …"
    let without: Vec<_> = orgs
        .iter()
        .filter_map(|(o, p)| {
            p.work
                .cooperation_agreement
                .value()
                .filter(|a| !a.exists)
                .map(|_| (o.id.clone(), p.work.cooperation_agreement.source().cloned()))
        })
        .collect();
    assert_eq!(without.len(), 11);
    for (id, source) in without {
        let citation = source
            .map(|s| s.citation(crate::i18n::Lang::Sv))
            .unwrap_or_default();
        assert!(
            citation.contains("avsnitt 1 Sammanfattning"),
            "{id}: {citation}"
        );
    }
}

#[test]
fn the_population_cites_scbs_table_not_a_file() {
    let (orgs, _) = seed();
    for (org, _) in orgs.iter().filter(|(o, _)| o.population.is_some()) {
        let source = &org.population.as_ref().expect("filtered").source;
        assert!(
            source.starts_with("SCB") && !source.contains(".csv"),
            "{source}"
        );
    }
}
