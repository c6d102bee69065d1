use super::Section;
use crate::model::fact::{DocumentId, Source};
use crate::model::profile::Profile;
use chrono::{TimeZone, Utc};

#[test]
fn every_value_of_the_profile_belongs_to_a_section() {
    let profile = Profile::default();
    for (key, _) in profile.facts() {
        assert!(Section::of_field(key).is_some(), "{key}");
    }
    for section in Section::ALL {
        assert!(
            profile
                .facts()
                .iter()
                .any(|(key, _)| Section::of_field(key) == Some(section)),
            "{section:?} has no value"
        );
    }
}

#[test]
fn slugs_and_confirmation_keys_read_back() {
    for section in Section::ALL {
        assert_eq!(Section::from_slug(section.slug()), Some(section));
        assert_eq!(
            Section::confirmed_by(&section.confirmation_field()),
            Some(section)
        );
        // A change of a value is not a confirmation.
        assert_eq!(Section::confirmed_by(section.field_prefix()), None);
    }
    assert_eq!(Section::from_slug("okänd"), None);
    assert_eq!(Section::of_field("nothing.here"), None);
}

#[test]
fn confirming_keeps_the_source_and_dates_the_value_anew() {
    let mut profile = Profile::default();
    let document = Source::Document {
        document: DocumentId::MappingReport2020,
        section: "6.1".into(),
    };
    profile.governance.decision = crate::model::Fact::known("Ja".into(), document.clone());
    profile.work.placement = crate::model::Fact::known("IFO".into(), document.clone());
    let at = Utc
        .with_ymd_and_hms(2026, 11, 3, 9, 0, 0)
        .single()
        .expect("a time");
    let (confirmed, any) = profile.clone().confirm(Section::Governance, "Falun", at);
    assert!(any);
    let source = confirmed.governance.decision.source().expect("present");
    assert_eq!(source.date(), at.date_naive());
    let Source::Confirmed {
        source: original,
        by,
        ..
    } = source
    else {
        panic!("not confirmed: {source:?}")
    };
    assert_eq!(**original, document);
    assert_eq!(by, "Falun");
    // Values of other sections and unknown values are left as they were.
    assert_eq!(confirmed.work.placement, profile.work.placement);
    assert!(!confirmed.governance.shared_view.is_known());
    // Confirming again replaces the confirmation instead of nesting it.
    let later = Utc
        .with_ymd_and_hms(2027, 11, 3, 9, 0, 0)
        .single()
        .expect("a time");
    let (again, _) = confirmed.confirm(Section::Governance, "Falun", later);
    let Some(Source::Confirmed { source, at, .. }) = again.governance.decision.source() else {
        panic!("not confirmed")
    };
    assert_eq!((**source).clone(), document);
    assert_eq!(*at, later);
    // A section with nothing known has nothing to confirm.
    assert!(!profile.confirm(Section::Support, "Falun", later).1);
}
