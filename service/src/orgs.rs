//! Reading the organisation a request names.

use domain::error::AppError;
use domain::model::OrgId;

/// An organisation with a profile; a partner, like an unknown id, has none to find.
pub(crate) fn parse_org(id: &str) -> Result<OrgId, AppError> {
    parse_participant(id).and_then(|org| {
        if org.has_profile() {
            Ok(org)
        } else {
            Err(AppError::NotFound)
        }
    })
}

/// Any organisation a follow-up round can ask, partners included.
pub(crate) fn parse_participant(id: &str) -> Result<OrgId, AppError> {
    OrgId::parse(id).map_err(|_| AppError::NotFound)
}
