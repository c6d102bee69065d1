use super::*;
use crate::model::fact::{DocumentId, Fact, Source};
use crate::model::profile::{RokDecision, RokStatus, StoredProfile};
use crate::model::summary::OrgSummary;
use crate::model::{OrgId, Profile};

fn with_rok(id: &OrgId, status: Option<RokStatus>) -> OrgSummary {
    let mut profile = Profile::default();
    if let Some(status) = status {
        profile.agreements.rok = Fact::Known {
            value: RokDecision {
                status,
                date: None,
                body: String::new(),
                reference: String::new(),
            },
            source: Source::Document {
                document: DocumentId::AgreementDirective2024,
                section: "avsnitt 1".to_owned(),
            },
            complete: true,
        };
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

/// The principals' decisions, in `OrgId::all()` order, the county board last.
fn county(statuses: &[Option<RokStatus>]) -> RokProgress {
    let all = OrgId::all();
    let orgs: Vec<OrgSummary> = all
        .iter()
        .zip(statuses.iter().chain(std::iter::repeat(&None)))
        .map(|(id, status)| with_rok(id, *status))
        .collect();
    RokProgress::from_summaries(&orgs)
}

const A: Option<RokStatus> = Some(RokStatus::Adopted);
const R: Option<RokStatus> = Some(RokStatus::Rejected);
const P: Option<RokStatus> = Some(RokStatus::InPreparation);

#[test]
fn in_force_only_when_every_principal_adopted() {
    let progress = county(&[A; 17]);
    assert_eq!(progress.principals, 16, "15 municipalities and the region");
    assert_eq!(progress.adopted, 16, "the county board is not a principal");
    assert_eq!(progress.in_force(), InForce::Yes);
    assert_eq!(
        county(&[A; 16]).in_force(),
        InForce::Yes,
        "the board need not decide"
    );
}

#[test]
fn a_rejection_means_not_in_force_whatever_else_is_missing() {
    let mut statuses = [None; 16];
    statuses[15] = R;
    let progress = county(&statuses);
    assert_eq!((progress.rejected, progress.not_reported()), (1, 15));
    assert_eq!(progress.in_force(), InForce::No);
    let mut statuses = [A; 16];
    statuses[0] = R;
    assert_eq!(county(&statuses).in_force(), InForce::No);
}

#[test]
fn a_missing_decision_leaves_it_unknown_never_no() {
    let progress = county(&[]);
    assert_eq!(progress.not_reported(), 16);
    assert_eq!(progress.decided(), 0);
    assert_eq!(progress.in_force(), InForce::Unknown);

    let mut one_missing = [A; 16];
    one_missing[3] = None;
    let progress = county(&one_missing);
    assert_eq!((progress.decided(), progress.not_reported()), (15, 1));
    assert_eq!(progress.in_force(), InForce::Unknown);

    let mut one_preparing = [A; 16];
    one_preparing[15] = P;
    let progress = county(&one_preparing);
    assert_eq!((progress.decided(), progress.in_preparation), (15, 1));
    assert_eq!(progress.in_force(), InForce::Unknown);

    assert_eq!(county(&[P; 16]).in_force(), InForce::Unknown);
    assert_eq!(RokProgress::default().in_force(), InForce::Unknown);
}
