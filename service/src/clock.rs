//! The one source of the current time. The server reads the system clock; a test sets its own,
//! so that dates, ages and deadlines can be tested on the day they matter.

use chrono::{DateTime, NaiveDate, Utc};
use std::sync::{Arc, Mutex, PoisonError};

/// What time it is: the system's, or one a test set.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    set: Option<Arc<Mutex<DateTime<Utc>>>>,
}

impl Clock {
    /// The system clock.
    pub fn system() -> Self {
        Self::default()
    }

    /// A clock that shows `at` until it is set to another time.
    pub fn fixed(at: DateTime<Utc>) -> Self {
        Self {
            set: Some(Arc::new(Mutex::new(at))),
        }
    }

    /// Sets a fixed clock (and every clone of it) to `at`; the system clock cannot be set.
    pub fn set(&self, at: DateTime<Utc>) {
        if let Some(set) = &self.set {
            *set.lock().unwrap_or_else(PoisonError::into_inner) = at;
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        match &self.set {
            Some(set) => *set.lock().unwrap_or_else(PoisonError::into_inner),
            None => Utc::now(),
        }
    }

    /// Today's date (UTC, as revision times are).
    pub fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }

    /// Unix seconds now, as sessions and accounts keep time.
    pub fn unix_secs(&self) -> i64 {
        self.now().timestamp()
    }
}

#[cfg(test)]
mod tests;
