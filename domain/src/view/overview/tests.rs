use super::*;
use crate::model::county::ResultArea;
use crate::model::fact::{DocumentId, Source};
use crate::model::percent::Percent;
use crate::model::profile::{LokStage, LokStatus, RokDecision, RokStatus};
use crate::model::{OrgId, Population};

fn doc() -> Source {
    Source::Document {
        document: DocumentId::MappingReport2020,
        section: "avsnitt 6.1".to_owned(),
    }
}

fn known<T>(value: T) -> Fact<T> {
    Fact::Known {
        value,
        source: doc(),
        complete: true,
    }
}

fn id(raw: &str) -> OrgId {
    OrgId::parse(raw).expect("known organisation")
}

fn post(share: u8, count: u8, shared: &[&str]) -> CoordinatorPost {
    CoordinatorPost {
        title: "Samordnare".to_owned(),
        share_percent: Percent::new(share).expect("valid"),
        count,
        rest_of_post: String::new(),
        funding: None,
        scope: String::new(),
        shared_with: shared.iter().map(|s| id(s)).collect(),
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid")
}

fn organisation(org: &OrgId, population: Option<u32>) -> Organisation {
    Organisation {
        id: org.clone(),
        kind: org.kind(),
        name: org.name().to_owned(),
        population: population.map(|count| Population {
            count,
            date: day(2024, 12, 31),
            source: "SCB".to_owned(),
        }),
    }
}

/// Every organisation with nothing known, each municipality with 10 000 inhabitants.
fn county() -> (Vec<Organisation>, Vec<StoredProfile>) {
    let ids = OrgId::all();
    let orgs = ids
        .iter()
        .map(|o| organisation(o, (o.kind() == OrgKind::Municipality).then_some(10_000)))
        .collect();
    let profiles = ids
        .iter()
        .map(|o| StoredProfile {
            org: o.clone(),
            version: 1,
            updated: None,
            profile: Profile::default(),
        })
        .collect();
    (orgs, profiles)
}

fn profile_mut<'a>(profiles: &'a mut [StoredProfile], org: &str) -> &'a mut Profile {
    &mut profiles
        .iter_mut()
        .find(|p| p.org.as_str() == org)
        .expect("in fixture")
        .profile
}

fn build(orgs: &[Organisation], profiles: &[StoredProfile]) -> Overview {
    let today = day(2026, 11, 23);
    Overview::build(
        today,
        today,
        orgs,
        profiles,
        &CountyFacts::default(),
        day(2026, 1, 1),
        Vec::new(),
    )
}

/// A decision checked against its evidence, as the in-force rule counts.
fn rok(status: RokStatus) -> Fact<RokDecision> {
    known(
        RokDecision::reported(status, None).checked("Regional administratör", DateTime::UNIX_EPOCH),
    )
}

#[test]
fn rok_counts_cover_principals_only() {
    let (orgs, mut profiles) = county();
    for org in ["2080", "2081", "2082", "region-dalarna"] {
        profile_mut(&mut profiles, org).agreements.rok = rok(RokStatus::Adopted);
    }
    profile_mut(&mut profiles, "2085").agreements.rok = rok(RokStatus::Rejected);
    profile_mut(&mut profiles, "lansstyrelsen-dalarna")
        .agreements
        .rok = rok(RokStatus::Adopted);
    let o = build(&orgs, &profiles);
    assert_eq!(o.rok.principals, 16);
    assert_eq!(o.rok.adopted, 4, "the county board is not a principal");
    assert_eq!(o.rok.rejected, 1);
    assert_eq!(o.rok.not_reported(), 11);
    assert_eq!(o.rok.in_force(), crate::model::county::InForce::No);
    assert_eq!(
        crate::i18n::percent(crate::i18n::Lang::Sv, o.rok.adopted, o.rok.principals).as_deref(),
        Some("25\u{a0}%")
    );
}

#[test]
fn lok_breakdown_names_the_municipalities_in_each_stage() {
    let (orgs, mut profiles) = county();
    let lok = |stage| known(LokStatus { stage, date: None });
    profile_mut(&mut profiles, "2080").agreements.lok = lok(LokStage::Drafting);
    profile_mut(&mut profiles, "2062").agreements.lok = lok(LokStage::Drafting);
    profile_mut(&mut profiles, "2021").agreements.lok = lok(LokStage::Workshops);
    let o = build(&orgs, &profiles);
    let b = o.breakdown(Indicator::Lok).expect("every indicator");
    assert_eq!(b.municipalities, 15);
    assert_eq!(b.count("utkast"), 2);
    assert_eq!(b.count("workshoppar"), 1);
    assert_eq!(b.count("ej-rapporterat"), 12);
    assert_eq!(b.count("antagen"), 0);
    let drafting = b.groups.iter().find(|g| g.key == "utkast").expect("group");
    assert_eq!(drafting.members, ["Mora", "Falun"], "county order");
    assert!(
        b.groups.iter().all(|g| !g.members.is_empty()),
        "empty categories are left out"
    );
    let total: usize = b.groups.iter().map(|g| g.members.len()).sum();
    assert_eq!(total, 15, "the region and county board are not counted");
}

#[test]
fn overview_counts_equal_the_map_legend() {
    let (orgs, mut profiles) = county();
    profile_mut(&mut profiles, "2080").work.coordinators = known(vec![post(50, 1, &[])]);
    profile_mut(&mut profiles, "2081").work.coordinators = known(vec![]);
    let o = build(&orgs, &profiles);
    for indicator in Indicator::ALL {
        let b = o.breakdown(indicator).expect("every indicator");
        for (category, n) in o.map.counts(indicator, &[OrgKind::Municipality]) {
            assert_eq!(b.count(category.key), n, "{indicator:?} {}", category.key);
        }
    }
}

#[test]
fn shared_posts_are_split_between_the_sharers() {
    let shared = post(100, 2, &["2062", "2034", "2039"]);
    assert!((full_time_equivalents(std::slice::from_ref(&shared)) - 0.5).abs() < 1e-9);
    let own = [post(50, 1, &[]), post(25, 2, &[])];
    assert!((full_time_equivalents(&own) - 1.0).abs() < 1e-9);
    assert_eq!(full_time_equivalents(&[]), 0.0);
}

#[test]
fn posts_per_ten_thousand_count_only_reporting_municipalities() {
    let (orgs, mut profiles) = county();
    for org in ["2023", "2034", "2039", "2062"] {
        let others: Vec<&str> = ["2023", "2034", "2039", "2062"]
            .into_iter()
            .filter(|o| *o != org)
            .collect();
        profile_mut(&mut profiles, org).work.coordinators = known(vec![post(100, 2, &others)]);
    }
    profile_mut(&mut profiles, "2080").work.coordinators = known(vec![post(50, 1, &[])]);
    profile_mut(&mut profiles, "2081").work.coordinators = known(vec![]);
    profile_mut(&mut profiles, "region-dalarna")
        .work
        .coordinators = known(vec![post(75, 1, &[])]);
    let s = build(&orgs, &profiles).staffing;
    assert_eq!(s.reporting(), 6);
    assert!((s.municipal_posts() - 2.5).abs() < 1e-9, "2 shared + 0.5");
    assert_eq!(s.reporting_population(), 60_000);
    let per = s.municipal_per_10k().expect("reported");
    assert!((per - 2.5 / 6.0).abs() < 1e-9);
    assert_eq!(s.without(), ["Borlänge"]);
    assert_eq!(s.not_reported().len(), 9);
    let falun = s.rows.iter().find(|r| r.name == "Falun").expect("row");
    assert!((falun.per_10k().expect("known") - 0.5).abs() < 1e-9);
    let region = s
        .rows
        .iter()
        .find(|r| r.name == "Region Dalarna")
        .expect("row");
    assert_eq!(region.posts, Some(0.75));
    assert_eq!(
        region.per_10k(),
        None,
        "no population figure for the region"
    );
    assert_eq!(s.population_date, Some(day(2024, 12, 31)));
}

#[test]
fn nothing_reported_gives_no_rate() {
    let (orgs, profiles) = county();
    let s = build(&orgs, &profiles).staffing;
    assert_eq!(s.reporting(), 0);
    assert_eq!(s.municipal_per_10k(), None);
    assert!(s.without().is_empty());
}

#[test]
fn result_areas_carry_the_summary_and_count_reporting_municipalities() {
    let (orgs, mut profiles) = county();
    profile_mut(&mut profiles, "2080").governance.decision = known("Beslut".to_owned());
    profile_mut(&mut profiles, "2081")
        .competence
        .specialist
        .children = known(crate::model::profile::Availability::Available);
    let facts = CountyFacts {
        result_areas: vec![ResultArea {
            area: ResultAreaKind::Governance,
            summary: known(vec!["Tydliga styrdokument behövs".to_owned()]),
        }],
        ..CountyFacts::default()
    };
    let today = day(2026, 11, 23);
    let o = Overview::build(today, today, &orgs, &profiles, &facts, today, Vec::new());
    let area = |kind| o.areas.iter().find(|a| a.area == kind).expect("four areas");
    assert_eq!(o.areas.len(), 4);
    assert_eq!(area(ResultAreaKind::Governance).reporting, 1);
    assert!(area(ResultAreaKind::Governance).summary.is_known());
    assert!(!area(ResultAreaKind::Organisation).summary.is_known());
    assert_eq!(area(ResultAreaKind::Competence).reporting, 1);
    assert_eq!(area(ResultAreaKind::Collaboration).reporting, 0);
    assert_eq!(area(ResultAreaKind::Collaboration).municipalities, 15);
}

#[test]
fn visions_collect_the_organisations_that_have_one() {
    let (orgs, mut profiles) = county();
    profile_mut(&mut profiles, "2029").reflections.vision =
        known(vec!["Ingen ska utsättas för våld".to_owned()]);
    let o = build(&orgs, &profiles);
    assert_eq!(o.visions.organisations.len(), 1);
    assert_eq!(o.visions.organisations[0].name, "Leksand");
    assert!(!o.visions.county.is_known());
}
