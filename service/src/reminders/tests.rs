//! Reminders against a real SMTP server on loopback (`scripts/smtp-sink.py`, Debian's
//! python3-aiosmtpd) and a real `mem://` database.

use super::{Mailer, Reminders, Sweep, sweep, view};
use crate::accounts;
use crate::smtp_sink::Sink;
use crate::tests::{PASSWORD, at};
use chrono::{DateTime, Duration, Utc};
use db::{Db, DbConfig};
use domain::error::AppError;
use domain::form::round::RoundForm;
use domain::model::OrgId;
use domain::model::account::Email;
use domain::model::auth::Denied;
use domain::model::reminder::{Delivery, Occasion, Reminder, Schedule};
use domain::model::round::{Answer, RoundId};

const BASE: &str = "https://karta.example.se";

/// 2026-03-01, the day the test round opens, at 06:00 UTC.
fn opening() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-01T06:00:00Z")
        .expect("a time")
        .to_utc()
}

/// A county with a round for Falun and Mora (one question, 2026-03-01 to 03-31) in which
/// Falun has answered, and accounts: Mora's two, a disabled one of Mora's, Falun's and an
/// administrator without an organisation.
async fn county() -> Db {
    let db = Db::connect(&DbConfig::for_tests()).await.expect("mem://");
    db.seed_if_empty(opening()).await.expect("seed");
    for (email, role, org) in [
        ("admin@region.se", "admin", ""),
        ("a@falun.se", "coordinator", "2080"),
        ("b@mora.se", "coordinator", "2062"),
        ("c@mora.se", "coordinator", "2062"),
        ("d@mora.se", "coordinator", "2062"),
    ] {
        accounts::create_user(&db, email, role, org, PASSWORD, 0)
            .await
            .expect("user");
    }
    accounts::disable_user(&db, None, "d@mora.se")
        .await
        .expect("disabled");
    let round = RoundForm {
        title: "Uppföljning 2026".into(),
        opens: "2026-03-01".into(),
        deadline: "2026-03-31".into(),
        orgs: vec!["2080".into(), "2062".into()],
        sections: Vec::new(),
        questions: "Hur går arbetet?".into(),
        overlap_confirmed: false,
    }
    .validate(&[], "Regional administratör", at(0))
    .expect("a round");
    db.create_round(&round).await.expect("stored");
    answer(&db, "2080", opening() - Duration::hours(1)).await;
    db
}

async fn answer(db: &Db, org: &str, at: DateTime<Utc>) {
    let answer = Answer {
        round: RoundId::parse("uppfoljning-2026").expect("id"),
        org: OrgId::parse(org).expect("org"),
        question: 0,
        text: "Det går framåt.".into(),
        by: "Samordnare".into(),
        at,
    };
    let author = Email::parse("a@falun.se").expect("email");
    db.add_answer(&answer, &author).await.expect("answered");
}

fn reminders(mailer: Option<Mailer>) -> Reminders {
    Reminders {
        mailer,
        schedule: Schedule::default(),
        base: BASE.into(),
    }
}

async fn stored(db: &Db, to: &str, occasion: Occasion) -> Option<Reminder> {
    let like = Reminder {
        round: RoundId::parse("uppfoljning-2026").expect("id"),
        occasion,
        to: Email::parse(to).expect("email"),
        org: OrgId::parse("2062").expect("org"),
        delivery: Delivery::Unsent,
        attempts: 0,
    };
    db.reminder(&like).await.expect("read")
}

#[tokio::test]
async fn each_due_reminder_goes_once_to_every_account_with_something_left() {
    let db = county().await;
    let sink = Sink::start(0);
    let config = reminders(Some(sink.mailer()));
    let swept = sweep(&db, &config, opening()).await.expect("swept");
    assert_eq!(
        swept,
        Sweep {
            sent: 2,
            failed: 0,
            unsent: 0
        }
    );
    // Falun has answered everything; Mora's disabled account and the administrator get none.
    assert_eq!(sink.recipients(), ["b@mora.se", "c@mora.se"]);
    let mail = &sink.mails()[0];
    assert_eq!(mail["subject"], "Uppföljning 2026 har öppnat");
    assert_eq!(mail["multipart"], "multipart/alternative");
    assert_eq!(
        mail["from"],
        "Kvinnofridskartan <uppfoljning@region.example.se>"
    );
    let text = mail["text"].as_str().expect("a text part");
    assert!(text.contains("Mora ombeds"), "{text}");
    assert!(
        text.contains("https://karta.example.se/uppfoljning/uppfoljning-2026#svar-0"),
        "{text}"
    );
    let html = mail["html"].as_str().expect("an HTML part");
    assert!(html.contains("href=\"https://karta.example.se/uppfoljning/uppfoljning-2026#svar-0\""));

    // Later the same day, and the next: the opening's mail is not sent again.
    let again = sweep(&db, &config, opening() + Duration::days(1)).await;
    assert_eq!(again.expect("swept"), Sweep::default());
    assert_eq!(sink.mails().len(), 2);

    // 14 days before the deadline (2026-03-17) comes the next reminder.
    let before = opening() + Duration::days(16);
    let swept = sweep(&db, &config, before).await.expect("swept");
    assert_eq!(swept.sent, 2);
    let subjects: Vec<String> = sink
        .mails()
        .iter()
        .map(|m| m["subject"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(
        subjects[2..],
        [
            "Påminnelse: Uppföljning 2026, sista dag för svar 31 mars 2026",
            "Påminnelse: Uppföljning 2026, sista dag för svar 31 mars 2026"
        ]
    );

    // Once Mora has answered, the day after the deadline reminds nobody.
    answer(&db, "2062", before + Duration::hours(1)).await;
    let after = opening() + Duration::days(31);
    assert_eq!(
        sweep(&db, &config, after).await.expect("swept"),
        Sweep::default()
    );
    assert_eq!(sink.mails().len(), 4);
}

#[tokio::test]
async fn two_instances_sweeping_at_once_send_each_mail_exactly_once() {
    let db = county().await;
    let sink = Sink::start(0);
    // Each instance has its own connection to the SMTP server, as separate processes would.
    let (one, two) = (
        reminders(Some(sink.mailer())),
        reminders(Some(sink.mailer())),
    );
    for _ in 0..3 {
        let (a, b) = tokio::join!(sweep(&db, &one, opening()), sweep(&db, &two, opening()));
        let (a, b) = (a.expect("one"), b.expect("two"));
        assert_eq!(a.failed + b.failed, 0);
    }
    assert_eq!(sink.recipients(), ["b@mora.se", "c@mora.se"]);
}

#[tokio::test]
async fn a_refused_mail_is_tried_again_after_a_wait_and_not_lost() {
    let db = county().await;
    let sink = Sink::start(1);
    let config = reminders(Some(sink.mailer()));
    let swept = sweep(&db, &config, opening()).await.expect("swept");
    assert_eq!((swept.sent, swept.failed), (1, 1));
    assert_eq!(sink.mails().len(), 1);
    let refused = sink.recipients()[0].clone();
    let other = if refused == "b@mora.se" {
        "c@mora.se"
    } else {
        "b@mora.se"
    };
    let failed = stored(&db, other, Occasion::Opens).await.expect("kept");
    let Delivery::Failed {
        error, retry_at, ..
    } = &failed.delivery
    else {
        panic!("not failed: {failed:?}");
    };
    assert!(error.contains("451"), "{error}");
    assert_eq!(*retry_at, opening() + Duration::minutes(5));
    assert_eq!(failed.attempts, 1);

    // Within the wait nothing is sent; after it, the mail goes.
    let within = sweep(&db, &config, opening() + Duration::minutes(4)).await;
    assert_eq!(within.expect("swept"), Sweep::default());
    let after = sweep(&db, &config, opening() + Duration::minutes(5)).await;
    assert_eq!(after.expect("swept").sent, 1);
    assert_eq!(sink.recipients(), ["b@mora.se", "c@mora.se"]);
    let sent = stored(&db, other, Occasion::Opens).await.expect("kept");
    assert_eq!(sent.attempts, 2);
    assert!(matches!(sent.delivery, Delivery::Sent { .. }), "{sent:?}");
}

#[tokio::test]
async fn a_server_that_cannot_be_reached_is_a_failure_kept_for_a_retry() {
    let db = county().await;
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
        listener.local_addr().expect("address").port()
    };
    let mailer = Mailer::new(
        &format!("smtp://127.0.0.1:{closed}"),
        "uppfoljning@region.example.se",
    )
    .expect("a mailer");
    let swept = sweep(&db, &reminders(Some(mailer)), opening()).await;
    assert_eq!(swept.expect("swept").failed, 2);
    let kept = stored(&db, "b@mora.se", Occasion::Opens)
        .await
        .expect("kept");
    assert!(matches!(kept.delivery, Delivery::Failed { .. }), "{kept:?}");
}

#[tokio::test]
async fn without_smtp_nothing_is_sent_and_the_administrator_sees_what_would_have_been() {
    let db = county().await;
    let unconfigured = reminders(None);
    let swept = sweep(&db, &unconfigured, opening()).await.expect("swept");
    assert_eq!(
        swept,
        Sweep {
            sent: 0,
            failed: 0,
            unsent: 2
        }
    );
    assert_eq!(
        sweep(&db, &unconfigured, opening()).await.expect("swept"),
        Sweep::default(),
        "recorded once"
    );
    let admin = crate::tests::actor_of(&db, "admin@region.se").await;
    let seen = view(
        &db,
        &admin,
        "uppfoljning-2026",
        &unconfigured,
        opening().date_naive(),
    )
    .await
    .expect("the administrator's view");
    assert!(!seen.smtp);
    assert_eq!(seen.due, Some(Occasion::Opens));
    let to: Vec<&str> = seen.mails.iter().map(|m| m.to.as_str()).collect();
    assert_eq!(to, ["b@mora.se", "c@mora.se"]);
    assert!(seen.mails.iter().all(|m| m.delivery == Delivery::Unsent));
    let coordinator = crate::tests::actor_of(&db, "b@mora.se").await;
    assert!(matches!(
        view(
            &db,
            &coordinator,
            "uppfoljning-2026",
            &unconfigured,
            opening().date_naive()
        )
        .await,
        Err(AppError::Denied(Denied::NotAdmin))
    ));

    // Once a server is configured, what is still due is sent.
    let sink = Sink::start(0);
    let swept = sweep(
        &db,
        &reminders(Some(sink.mailer())),
        opening() + Duration::hours(2),
    )
    .await;
    assert_eq!(swept.expect("swept").sent, 2);
    assert_eq!(sink.recipients(), ["b@mora.se", "c@mora.se"]);
}

#[tokio::test]
async fn a_partner_is_reminded_of_the_questions_only() {
    let db = Db::connect(&DbConfig::for_tests()).await.expect("mem://");
    db.seed_if_empty(opening()).await.expect("seed");
    accounts::create_user(
        &db,
        "k@kullan.se",
        "coordinator",
        "kvinnojouren-kullan",
        PASSWORD,
        0,
    )
    .await
    .expect("user");
    let round = RoundForm {
        title: "Uppföljning 2026".into(),
        opens: "2026-03-01".into(),
        deadline: "2026-03-31".into(),
        orgs: vec!["2080".into(), "kvinnojouren-kullan".into()],
        sections: vec!["organisation".into()],
        questions: "Hur går arbetet?".into(),
        overlap_confirmed: false,
    }
    .validate(&[], "Regional administratör", at(0))
    .expect("a round");
    db.create_round(&round).await.expect("stored");
    let sink = Sink::start(0);
    let swept = sweep(&db, &reminders(Some(sink.mailer())), opening())
        .await
        .expect("swept");
    assert_eq!(swept.sent, 1);
    let mail = &sink.mails()[0];
    let text = mail["text"].as_str().expect("a text part");
    assert!(text.contains("Kvinnojouren Kullan"), "{text}");
    assert!(text.contains("#svar-0"), "the question: {text}");
    assert!(!text.contains("#avsnitt-"), "no section to confirm: {text}");
}
