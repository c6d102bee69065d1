use super::*;
use crate::model::Profile;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default()
}

fn stored(id: &str) -> StoredProfile {
    StoredProfile {
        org: OrgId::parse(id).expect("known"),
        version: 1,
        updated: None,
        profile: Profile::default(),
    }
}

#[test]
fn accessible_name_states_municipality_and_category() {
    let s = OrgSummary::from_profile(&stored("2080"), day());
    assert_eq!(
        s.accessible_name(crate::i18n::Lang::Sv, Indicator::Rok),
        "Falun – RÖK: Ej rapporterat"
    );
    assert_eq!(
        s.accessible_name(crate::i18n::Lang::En, Indicator::Rok),
        "Falun – RÖK: Not reported"
    );
    assert_eq!(s.cells.len(), Indicator::ALL.len());
}

#[test]
fn legend_counts_only_the_requested_kinds() {
    let data = MapData::from_profiles(
        &[stored("2080"), stored("2081"), stored("region-dalarna")],
        day(),
    );
    assert_eq!(data.as_of, None, "nothing known, no date");
    let counts = data.counts(Indicator::Rok, &[OrgKind::Municipality]);
    let unknown = counts
        .iter()
        .find(|(c, _)| c.key == "ej-rapporterat")
        .map(|(_, n)| *n);
    assert_eq!(unknown, Some(2));
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    assert_eq!(total, 2);
}

#[test]
fn as_of_is_the_latest_known_date() {
    use crate::model::fact::{DocumentId, Fact, Source};
    let mut older = stored("2080");
    older.profile.governance.decision = Fact::Known {
        value: "Beslut".to_owned(),
        source: Source::Document {
            document: DocumentId::MappingReport2020,
            section: "avsnitt 6.1".to_owned(),
        },
        complete: true,
    };
    let mut newer = stored("2081");
    newer.profile.work.placement = Fact::Known {
        value: "IFO".to_owned(),
        source: Source::Document {
            document: DocumentId::AgreementDirective2024,
            section: "avsnitt 2".to_owned(),
        },
        complete: true,
    };
    let data = MapData::from_profiles(&[older, newer], day());
    assert_eq!(data.as_of, NaiveDate::from_ymd_opt(2024, 10, 24));
}
