use super::*;
use crate::model::fact::{DocumentId, Fact, Source};
use chrono::TimeZone;

fn report() -> Source {
    Source::Document {
        document: DocumentId::MappingReport2020,
        section: "avsnitt 6.1".to_owned(),
    }
}

fn entered() -> Source {
    Source::Entered {
        by: "Falun (samordnare)".to_owned(),
        at: chrono::Utc
            .with_ymd_and_hms(2025, 5, 1, 9, 0, 0)
            .single()
            .unwrap_or_default(),
    }
}

#[test]
fn document_values_are_read_again_and_entered_ones_kept() {
    let mut earlier = Profile::default();
    earlier.work.placement = Fact::known("IFO".to_owned(), report());
    earlier.governance.decision = Fact::known("Beslut".to_owned(), report());
    earlier.reflections.gaps = Fact::known(vec!["Brist".to_owned()], report());
    earlier.reflections.needs = Fact::known(vec!["Behov".to_owned()], report());

    let mut stored = earlier.clone();
    stored.governance.decision = Fact::known("Nytt beslut".to_owned(), entered());
    stored.reflections.needs = Fact::Unknown; // removed by the organisation

    let mut reading = Profile::default();
    reading.work.placement = Fact::known("Socialtjänsten".to_owned(), report());
    reading.governance.decision = Fact::known("Annat".to_owned(), report());
    reading.reflections.gaps = Fact::Unknown;
    reading.reflections.needs = Fact::known(vec!["Behov".to_owned()], report());
    reading.reflections.successes = Fact::known(vec!["Ny".to_owned()], report());

    let out = reread(&stored, &earlier, &reading).expect("reads");
    assert_eq!(out.work.placement, reading.work.placement, "read again");
    assert_eq!(
        out.governance.decision, stored.governance.decision,
        "entered, kept"
    );
    assert_eq!(
        out.reflections.gaps,
        Fact::Unknown,
        "no longer read from the document"
    );
    assert_eq!(
        out.reflections.needs,
        Fact::Unknown,
        "removed by the organisation, kept so"
    );
    assert_eq!(
        out.reflections.successes, reading.reflections.successes,
        "added"
    );
    assert_eq!(
        reread(&out, &earlier, &reading).expect("reads"),
        out,
        "once is enough"
    );
}
