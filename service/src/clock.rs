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
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_shows_what_it_was_set_to_in_every_clone() {
        let at = |s: &str| s.parse::<DateTime<Utc>>().expect("RFC 3339");
        let clock = Clock::fixed(at("2027-03-01T08:00:00Z"));
        let seen_by_the_server = clock.clone();
        assert_eq!(seen_by_the_server.today().to_string(), "2027-03-01");
        clock.set(at("2027-03-15T23:59:59Z"));
        assert_eq!(seen_by_the_server.now(), at("2027-03-15T23:59:59Z"));
        assert_eq!(seen_by_the_server.unix_secs(), 1_805_155_199);
    }

    #[test]
    fn the_system_clock_is_not_set_by_a_test() {
        let clock = Clock::system();
        clock.set("2000-01-01T00:00:00Z".parse().expect("RFC 3339"));
        assert!(clock.today().to_string().as_str() > "2026-01-01");
    }
}
