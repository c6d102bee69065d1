use super::*;
use crate::model::fact::{DocumentId, Fact, Source};
use crate::model::profile::{RokDecision, RokStatus, StoredProfile};
use crate::model::summary::OrgSummary;
use crate::model::{OrgId, Profile};

/// One principal's decision as the tests write it.
#[derive(Clone, Copy)]
enum D {
    /// An identical adoption, checked against its evidence.
    A,
    /// An identical adoption as reported, not checked.
    Reported,
    /// A checked adoption of another text.
    OtherText,
    /// A checked rejection.
    R,
    /// A rejection as reported, not checked.
    ReportedRejection,
    /// In preparation.
    P,
    /// Nothing reported.
    N,
}

fn with_rok(id: &OrgId, d: D) -> OrgSummary {
    let at = chrono::DateTime::UNIX_EPOCH;
    let decision = |status, identical: Option<bool>, checked: bool| {
        let d = RokDecision {
            identical,
            evidence: "https://example.se/protokoll.pdf".to_owned(),
            ..RokDecision::reported(status, None)
        };
        if checked {
            d.checked("Regional administratör", at)
        } else {
            d
        }
    };
    let value = match d {
        D::A => Some(decision(RokStatus::Adopted, Some(true), true)),
        D::Reported => Some(decision(RokStatus::Adopted, Some(true), false)),
        D::OtherText => Some(decision(RokStatus::Adopted, Some(false), true)),
        D::R => Some(decision(RokStatus::Rejected, None, true)),
        D::ReportedRejection => Some(decision(RokStatus::Rejected, None, false)),
        D::P => Some(decision(RokStatus::InPreparation, None, false)),
        D::N => None,
    };
    let mut profile = Profile::default();
    if let Some(value) = value {
        profile.agreements.rok = Fact::known(
            value,
            Source::Document {
                document: DocumentId::AgreementDirective2024,
                section: "avsnitt 1".to_owned(),
            },
        );
    }
    OrgSummary::from_profile(
        &StoredProfile {
            org: id.clone(),
            version: 1,
            updated: None,
            profile,
        },
        chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default(),
    )
}

fn summaries(decisions: &[D]) -> Vec<OrgSummary> {
    OrgId::all()
        .iter()
        .zip(decisions.iter().chain(std::iter::repeat(&D::N)))
        .map(|(id, d)| with_rok(id, *d))
        .collect()
}

/// The principals' decisions, in `OrgId::all()` order, the county board last.
fn county(decisions: &[D]) -> RokProgress {
    RokProgress::from_summaries(&summaries(decisions))
}

#[test]
fn in_force_only_when_every_principal_adopted_and_each_is_checked() {
    let progress = county(&[D::A; 17]);
    assert_eq!(progress.principals, 16, "15 municipalities and the region");
    assert_eq!(progress.adopted, 16, "the county board is not a principal");
    assert_eq!(progress.checked, 16);
    assert_eq!(progress.in_force(), InForce::Yes);
    assert_eq!(
        county(&[D::A; 16]).in_force(),
        InForce::Yes,
        "the board need not decide"
    );
}

#[test]
fn reported_decisions_do_not_count_until_checked() {
    let progress = county(&[D::Reported; 16]);
    assert_eq!((progress.adopted, progress.checked), (16, 0));
    assert_eq!(progress.in_force(), InForce::Unknown);
    let mut one_unchecked = [D::A; 16];
    one_unchecked[9] = D::Reported;
    let progress = county(&one_unchecked);
    assert_eq!((progress.adopted, progress.checked), (16, 15));
    assert_eq!(progress.in_force(), InForce::Unknown);
    let mut rejection_unchecked = [D::A; 16];
    rejection_unchecked[0] = D::ReportedRejection;
    assert_eq!(
        county(&rejection_unchecked).in_force(),
        InForce::Unknown,
        "a reported rejection is not yet proof against it either"
    );
}

#[test]
fn a_checked_rejection_or_another_text_means_not_in_force() {
    let mut statuses = [D::N; 16];
    statuses[15] = D::R;
    let progress = county(&statuses);
    assert_eq!((progress.rejected, progress.not_reported()), (1, 15));
    assert_eq!(progress.counting_against, 1);
    assert_eq!(progress.in_force(), InForce::No);
    let mut statuses = [D::A; 16];
    statuses[0] = D::OtherText;
    let progress = county(&statuses);
    assert_eq!(progress.adopted, 16, "it is still an adoption");
    assert_eq!(
        progress.in_force(),
        InForce::No,
        "not a likalydande decision"
    );
}

#[test]
fn a_missing_decision_leaves_it_unknown_never_no() {
    let progress = county(&[]);
    assert_eq!(progress.not_reported(), 16);
    assert_eq!(progress.decided(), 0);
    assert_eq!(progress.in_force(), InForce::Unknown);

    let mut one_missing = [D::A; 16];
    one_missing[3] = D::N;
    let progress = county(&one_missing);
    assert_eq!((progress.decided(), progress.not_reported()), (15, 1));
    assert_eq!(progress.in_force(), InForce::Unknown);

    let mut one_preparing = [D::A; 16];
    one_preparing[15] = D::P;
    let progress = county(&one_preparing);
    assert_eq!((progress.decided(), progress.in_preparation), (15, 1));
    assert_eq!(progress.checked, 15, "preparation is no decision to check");
    assert_eq!(progress.in_force(), InForce::Unknown);

    assert_eq!(county(&[D::P; 16]).in_force(), InForce::Unknown);
    assert_eq!(RokProgress::default().in_force(), InForce::Unknown);
}

#[test]
fn the_answer_rests_on_the_checked_principals_named() {
    let mut decisions = [D::Reported; 17];
    decisions[2] = D::A;
    decisions[15] = D::R;
    decisions[16] = D::A;
    let orgs = summaries(&decisions);
    let basis: Vec<&str> = RokProgress::basis(&orgs)
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    let all = OrgId::all();
    assert_eq!(
        basis,
        vec![all[2].as_str(), all[15].as_str()],
        "checked principals only; the county board decides nothing here"
    );
}

#[test]
fn the_agreement_runs_eight_years_to_the_day_before() {
    let v = Validity {
        from: chrono::NaiveDate::from_ymd_opt(2024, 10, 1).unwrap_or_default(),
        years: 8,
    };
    assert_eq!(v.until().to_string(), "2032-09-30");
}
