//! Accessibility reports against a real `mem://` database and a real SMTP server on loopback
//! (`scripts/smtp-sink.py`).

use super::{list, send};
use crate::accounts;
use crate::smtp_sink::Sink;
use crate::tests::PASSWORD;
use chrono::{DateTime, Duration, Utc};
use db::{Db, DbConfig};
use domain::error::AppError;
use domain::model::account::Email;
use domain::model::auth::{Actor, Denied, SignedIn};
use domain::model::feedback::{FeedbackForm, Mailed, PER_ADDRESS};

const BASE: &str = "https://karta.example.se";

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-03T09:30:00Z")
        .expect("a time")
        .to_utc()
}

/// A county with two administrators (one disabled) and a coordinator.
async fn county() -> Db {
    let db = Db::connect(&DbConfig::for_tests()).await.expect("mem://");
    db.seed_if_empty(now()).await.expect("seed");
    for (email, role, org) in [
        ("admin@region.se", "admin", ""),
        ("gammal@region.se", "admin", ""),
        ("a@falun.se", "coordinator", "2080"),
    ] {
        accounts::create_user(&db, email, role, org, PASSWORD, 0)
            .await
            .expect("user");
    }
    accounts::disable_user(&db, None, "gammal@region.se")
        .await
        .expect("disabled");
    db
}

fn form(message: &str) -> FeedbackForm {
    FeedbackForm {
        message: message.to_owned(),
        page: "/oversikt".to_owned(),
        contact: "anna@example.se".to_owned(),
    }
}

async fn actor(db: &Db, email: &str) -> Actor {
    let user = db
        .user(&Email::parse(email).expect("an address"))
        .await
        .expect("read")
        .expect("the account")
        .account();
    Actor::User(SignedIn {
        email: user.email,
        role: user.role,
        org: user.org,
        disabled: user.disabled,
    })
}

#[tokio::test]
async fn a_report_is_kept_and_mailed_to_each_active_administrator() {
    let db = county().await;
    let sink = Sink::start(0);
    let (_, mailing) = send(
        &db,
        Some(&sink.mailer()),
        BASE,
        &form("  Kartan läses inte upp av min skärmläsare. "),
        "10.0.0.1",
        now(),
    )
    .await
    .expect("sent");
    mailing.await.expect("the mail task");
    // The disabled administrator and the coordinator get nothing.
    assert_eq!(sink.recipients(), ["admin@region.se"]);
    let mail = &sink.mails()[0];
    let text = mail["text"].as_str().expect("a text part");
    assert!(
        text.contains("Kartan läses inte upp av min skärmläsare."),
        "{text}"
    );
    assert!(text.contains("anna@example.se"), "{text}");
    assert!(
        text.contains("https://karta.example.se/admin/rapporter"),
        "{text}"
    );

    let admin = actor(&db, "admin@region.se").await;
    let kept = list(&db, &admin).await.expect("the reports");
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].message, "Kartan läses inte upp av min skärmläsare.");
    assert_eq!((kept[0].page.as_str(), kept[0].at), ("/oversikt", now()));
    assert_eq!(kept[0].mailed, Some(Mailed::Sent(1)));
}

#[tokio::test]
async fn only_administrators_read_the_reports() {
    let db = county().await;
    let (_, mailing) = send(&db, None, BASE, &form("Fel kontrast."), "10.0.0.1", now())
        .await
        .expect("sent");
    mailing.await.expect("the mail task");
    assert_eq!(
        list(&db, &Actor::Anonymous).await,
        Err(AppError::Denied(Denied::NotSignedIn))
    );
    let coordinator = actor(&db, "a@falun.se").await;
    assert_eq!(
        list(&db, &coordinator).await,
        Err(AppError::Denied(Denied::NotAdmin))
    );
    let admin = actor(&db, "admin@region.se").await;
    let kept = list(&db, &admin).await.expect("the reports");
    assert_eq!(kept[0].mailed, Some(Mailed::NotConfigured));
}

#[tokio::test]
async fn a_report_the_mail_server_refuses_is_kept_with_the_refusal() {
    let db = county().await;
    let sink = Sink::start(1);
    let (_, mailing) = send(
        &db,
        Some(&sink.mailer()),
        BASE,
        &form("Fokus syns inte."),
        "10.0.0.1",
        now(),
    )
    .await
    .expect("kept though the mail fails");
    mailing.await.expect("the mail task");
    let admin = actor(&db, "admin@region.se").await;
    let kept = list(&db, &admin).await.expect("the reports");
    assert!(
        matches!(&kept[0].mailed, Some(Mailed::Failed(error)) if error.contains("451")),
        "{:?}",
        kept[0].mailed
    );
}

#[tokio::test]
async fn an_empty_report_is_refused_and_nothing_is_kept() {
    let db = county().await;
    let refused = send(&db, None, BASE, &form(" \n"), "10.0.0.1", now()).await;
    assert!(
        matches!(&refused, Err(AppError::Invalid(errors)) if errors.get("message").is_some()),
        "{:?}",
        refused.map(|(key, _)| key)
    );
    let admin = actor(&db, "admin@region.se").await;
    assert!(list(&db, &admin).await.expect("the reports").is_empty());
}

#[tokio::test]
async fn one_address_sends_a_few_reports_an_hour() {
    let db = county().await;
    for n in 0..PER_ADDRESS {
        let sent = send(
            &db,
            None,
            BASE,
            &form(&format!("Rapport {n}")),
            "10.0.0.1",
            now(),
        )
        .await;
        sent.expect("within the limit")
            .1
            .await
            .expect("the mail task");
    }
    let refused = send(&db, None, BASE, &form("En till"), "10.0.0.1", now()).await;
    assert!(
        matches!(refused, Err(AppError::TooManyReports)),
        "{:?}",
        refused.map(|(key, _)| key)
    );
    // Another address may, and the first may again an hour later.
    assert!(
        send(&db, None, BASE, &form("Annan"), "10.0.0.2", now())
            .await
            .is_ok()
    );
    let later = now() + Duration::minutes(61);
    assert!(
        send(&db, None, BASE, &form("Senare"), "10.0.0.1", later)
            .await
            .is_ok()
    );
    let admin = actor(&db, "admin@region.se").await;
    let kept = list(&db, &admin).await.expect("the reports");
    assert_eq!(kept.len(), PER_ADDRESS as usize + 2);
    assert_eq!(kept[0].message, "Senare", "the latest first");
}
