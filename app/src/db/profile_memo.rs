//! The last profile of each organisation this process has read or written, so that a save can
//! be merged into it without reading it again (the read took 0.24–0.46 ms of a save's 2.5–3.1 ms
//! over HTTP on the file store; BENCHMARKS.md).
//!
//! Nothing here is ever shown: the public pages read the database. A save merged into a
//! remembered profile is written only if the stored profile still has that version *and* that
//! data ([`Db::save_profile`](super::Db::save_profile)), so a memo made stale by another
//! instance, an import or anything else costs one more try, never a change.

use crate::model::OrgId;
use crate::model::profile::StoredProfile;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

#[derive(Clone, Default)]
pub(super) struct ProfileMemo(Arc<Mutex<HashMap<OrgId, StoredProfile>>>);

impl ProfileMemo {
    fn entries(&self) -> MutexGuard<'_, HashMap<OrgId, StoredProfile>> {
        // A panic elsewhere while holding the lock leaves whole entries behind (each is
        // replaced in one assignment), and any entry is only a guess anyway.
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(super) fn get(&self, org: &OrgId) -> Option<StoredProfile> {
        self.entries().get(org).cloned()
    }

    /// Remembers `stored` as its organisation's profile. (A read that began before a save of
    /// this process and ends after it leaves the older version here: the next save then reads.)
    pub(super) fn keep(&self, stored: &StoredProfile) {
        self.entries().insert(stored.org.clone(), stored.clone());
    }

    pub(super) fn forget(&self, org: &OrgId) {
        self.entries().remove(org);
    }

    pub(super) fn clear(&self) {
        self.entries().clear();
    }
}
