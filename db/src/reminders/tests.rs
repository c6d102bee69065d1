use crate::tests::fresh;
use chrono::{DateTime, TimeZone, Utc};
use domain::model::OrgId;
use domain::model::account::Email;
use domain::model::reminder::{Delivery, Occasion, Reminder};
use domain::model::round::RoundId;

/// 2026-03-01 06:`minute`:`second` UTC.
fn at(minute: u32, second: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 6, minute, second)
        .single()
        .expect("a time")
}

fn reminder(to: &str) -> Reminder {
    Reminder {
        round: RoundId::parse("uppfoljning-2026").expect("id"),
        occasion: Occasion::Opens,
        to: Email::parse(to).expect("email"),
        org: OrgId::parse("2080").expect("org"),
        delivery: Delivery::Sending { since: at(0, 0) },
        attempts: 1,
    }
}

#[tokio::test]
async fn of_two_claims_of_one_mail_at_once_exactly_one_succeeds() {
    let db = fresh().await;
    let mail = reminder("a@falun.se");
    let (a, b) = tokio::join!(db.create_reminder(&mail), db.create_reminder(&mail));
    let claimed = [a.expect("first"), b.expect("second")];
    assert_eq!(claimed.iter().filter(|c| **c).count(), 1, "{claimed:?}");
    assert_eq!(db.reminder(&mail).await.expect("read"), Some(mail.clone()));
    // Another address is another mail.
    assert!(
        db.create_reminder(&reminder("b@falun.se"))
            .await
            .expect("other")
    );
    assert_eq!(
        db.reminders(&mail.round).await.expect("listed").len(),
        2,
        "both kept"
    );
}

#[tokio::test]
async fn an_outcome_is_written_only_over_the_state_it_was_decided_on() {
    let db = fresh().await;
    let claimed = reminder("a@falun.se");
    assert!(db.create_reminder(&claimed).await.expect("claimed"));
    let failed = Reminder {
        delivery: Delivery::Failed {
            at: at(0, 1),
            error: "451 4.3.0 Try again later".into(),
            retry_at: at(5, 1),
        },
        ..claimed.clone()
    };
    assert!(
        db.replace_reminder(&claimed, &failed)
            .await
            .expect("written")
    );
    // Decided on the claim, which is no longer there: nothing is written.
    let sent = Reminder {
        delivery: Delivery::Sent { at: at(0, 2) },
        ..claimed.clone()
    };
    assert!(!db.replace_reminder(&claimed, &sent).await.expect("refused"));
    assert_eq!(db.reminder(&claimed).await.expect("read"), Some(failed));
}
