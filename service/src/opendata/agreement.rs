//! The regional agreement in open data: whether it is in force, and on which checked
//! decisions that answer rests.

use domain::model::summary::OrgSummary;
use serde_json::{Value, json};

/// Whether the regional agreement is in force, and the checked decisions that answer rests on.
pub(super) fn rok_json(summaries: &[OrgSummary]) -> Value {
    use domain::model::county::{InForce, RokProgress};
    let progress = RokProgress::from_summaries(summaries);
    let answer = match progress.in_force() {
        InForce::Yes => "ja",
        InForce::No => "nej",
        InForce::Unknown => "okant",
    };
    let basis: Vec<&str> = RokProgress::basis(summaries)
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    json!({
        "i_kraft": answer,
        "huvudman": progress.principals,
        "granskade_beslut": basis,
    })
}
