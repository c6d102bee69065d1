//! The county this build serves, compiled in from its region package by `domain/build.rs`
//! (`KVF_REGION`, Dalarna by default): ids and names of its organisations, the seed, the
//! population figures and the texts that name the county.

include!(concat!(env!("OUT_DIR"), "/region.rs"));
