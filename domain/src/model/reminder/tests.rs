use super::{Delivery, Occasion, Reminder, Schedule, backoff};
use crate::model::OrgId;
use crate::model::account::Email;
use crate::model::round::tests::round;
use chrono::{Duration, NaiveDate, TimeZone, Utc};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("present")
}

#[test]
fn occasions_have_keys_that_read_back() {
    for occasion in [
        Occasion::Opens,
        Occasion::DaysBefore(14),
        Occasion::DaysBefore(3),
        Occasion::DayAfter,
    ] {
        assert_eq!(Occasion::parse(&occasion.key()), Some(occasion));
    }
    assert_eq!(Occasion::DaysBefore(14).key(), "fore-14");
    assert_eq!(Occasion::parse("fore-0"), None);
    assert_eq!(Occasion::parse("fore-x"), None);
    assert_eq!(Occasion::parse("imorgon"), None);
}

#[test]
fn the_schedule_is_read_from_a_list_of_days() {
    assert_eq!(Schedule::parse("14,3"), Ok(Schedule::default()));
    assert_eq!(Schedule::parse(" 3, 14 ,3"), Ok(Schedule::default()));
    assert_eq!(
        Schedule::parse(""),
        Ok(Schedule {
            days_before: Vec::new()
        })
    );
    for wrong in ["14;3", "0", "-3", "400", "tre"] {
        assert!(Schedule::parse(wrong).is_err(), "{wrong}");
    }
}

#[test]
fn reminders_fall_on_opening_before_the_deadline_and_the_day_after() {
    let round = round(day(2026, 3, 1), day(2026, 3, 31));
    let schedule = Schedule::default();
    assert_eq!(
        schedule.occasions(&round),
        vec![
            (Occasion::Opens, day(2026, 3, 1)),
            (Occasion::DaysBefore(14), day(2026, 3, 17)),
            (Occasion::DaysBefore(3), day(2026, 3, 28)),
            (Occasion::DayAfter, day(2026, 4, 1)),
        ]
    );
    let due = |d| schedule.due(&round, d);
    assert_eq!(due(day(2026, 2, 28)), None, "not open yet");
    assert_eq!(due(day(2026, 3, 1)), Some(Occasion::Opens));
    assert_eq!(due(day(2026, 3, 16)), Some(Occasion::Opens));
    assert_eq!(due(day(2026, 3, 17)), Some(Occasion::DaysBefore(14)));
    assert_eq!(due(day(2026, 3, 31)), Some(Occasion::DaysBefore(3)));
    assert_eq!(due(day(2026, 4, 1)), Some(Occasion::DayAfter));
    assert_eq!(due(day(2026, 6, 1)), Some(Occasion::DayAfter));
}

#[test]
fn a_short_round_skips_what_would_fall_before_it_opens_and_a_closed_one_reminds_nobody() {
    let mut round = round(day(2026, 3, 1), day(2026, 3, 5));
    let schedule = Schedule::default();
    let occasions: Vec<Occasion> = schedule
        .occasions(&round)
        .into_iter()
        .map(|(o, _)| o)
        .collect();
    assert_eq!(
        occasions,
        [Occasion::Opens, Occasion::DaysBefore(3), Occasion::DayAfter]
    );
    // Opening and "3 days before" on the same day: the later one is sent.
    round.deadline = day(2026, 3, 4);
    assert_eq!(
        schedule.due(&round, day(2026, 3, 1)),
        Some(Occasion::DaysBefore(3))
    );
    round.closed = Some(crate::model::round::Closed {
        at: Utc
            .with_ymd_and_hms(2026, 3, 2, 9, 0, 0)
            .single()
            .expect("a time"),
        by: "Regional administratör".into(),
    });
    assert_eq!(schedule.due(&round, day(2026, 3, 2)), None);
}

#[test]
fn a_failed_send_waits_longer_each_time_and_a_lost_claim_is_taken_over() {
    assert_eq!(backoff(1), Duration::minutes(5));
    assert_eq!(backoff(2), Duration::minutes(10));
    assert_eq!(backoff(4), Duration::minutes(40));
    assert_eq!(backoff(30), Duration::hours(6));
    let now = Utc
        .with_ymd_and_hms(2026, 3, 1, 8, 0, 0)
        .single()
        .expect("a time");
    let mut reminder = Reminder {
        round: round(day(2026, 3, 1), day(2026, 3, 31)).id,
        occasion: Occasion::Opens,
        to: Email::parse("a@falun.se").expect("email"),
        org: OrgId::parse("2080").expect("org"),
        delivery: Delivery::Unsent,
        attempts: 0,
    };
    assert_eq!(reminder.key(), "uppfoljning-2026/oppnar/a@falun.se");
    assert!(reminder.claimable(now));
    reminder.delivery = Delivery::Sending { since: now };
    assert!(!reminder.claimable(now + Duration::minutes(9)));
    assert!(reminder.claimable(now + Duration::minutes(10)));
    reminder.delivery = Delivery::Failed {
        at: now,
        error: "451".into(),
        retry_at: now + backoff(1),
    };
    assert!(!reminder.claimable(now + Duration::minutes(4)));
    assert!(reminder.claimable(now + Duration::minutes(5)));
    reminder.delivery = Delivery::Sent { at: now };
    assert!(!reminder.claimable(now + Duration::days(30)));
}
