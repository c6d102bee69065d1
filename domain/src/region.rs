//! The county this build serves, compiled in from its region package by `domain/build.rs`
//! (`KVF_REGION`, Dalarna by default): ids and names of its organisations, the seed, the
//! population figures and the texts that name the county.

include!(concat!(env!("OUT_DIR"), "/region.rs"));

/// Where the package's list of partners comes from; `None` for a package without partners.
pub fn partners_source() -> Option<crate::model::fact::Source> {
    serde_json::from_str(PARTNERS_SOURCE_JSON).ok()
}
