//! What the edit form, a save and the history answer with.

use crate::form::ProfileForm;
use crate::model::Organisation;
use crate::model::revision::Revision;
use serde::{Deserialize, Serialize};

/// The edit form of one organisation, with the version it is based on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EditView {
    pub organisation: Organisation,
    pub version: u64,
    pub form: ProfileForm,
    /// The server's date, for checking "not in the future" in the browser too.
    pub today: chrono::NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SaveAnswer {
    pub version: u64,
    /// How many values changed (0: nothing to save, no revision written).
    pub changed: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryView {
    pub organisation: Organisation,
    pub revisions: Vec<Revision>,
}

/// Every principal's decision on the regional agreement, for the administrator who checks them
/// against their evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecisionsView {
    pub rows: Vec<DecisionRow>,
    /// The agreement's period, where a source gives it.
    pub validity: Option<crate::model::county::Validity>,
    /// The date the revision must start by, as last set.
    pub revision_start: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecisionRow {
    pub org: crate::model::OrgId,
    /// The profile's version the decision was read at; a check is of this version.
    pub version: u64,
    pub decision: crate::model::fact::Fact<crate::model::profile::RokDecision>,
}
