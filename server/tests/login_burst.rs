//! Logins that arrive together cannot pass the limits: on each store, bursts of 50 wrong
//! passwords over HTTP (from one address and from many, for one account and for many), and
//! the number of passwords the server actually checked. One test in its own binary, so that
//! the process's count of checks is this test's alone.

mod common;

use db::{Db, DbConfig};
use domain::model::account::{LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_ADDRESS};
use service::security::password_checks;
use std::collections::BTreeMap;
use std::net::{Ipv4Addr, SocketAddr};

/// A login from an address for an account.
type Login = (Ipv4Addr, String);

/// Sends the logins at once; how many passwords were checked, and the statuses.
async fn burst(addr: SocketAddr, logins: &[Login]) -> (u64, BTreeMap<u16, usize>) {
    let before = password_checks();
    let answers = futures::future::join_all(logins.iter().map(|(from, email)| {
        let body = common::form(&[("email", email), ("password", "fel lösenord helt")]);
        async move {
            common::request_from(
                *from,
                addr,
                "POST",
                "/api/logga-in",
                "Content-Type: application/x-www-form-urlencoded\r\n",
                body.as_bytes(),
            )
            .await
            .status
        }
    }))
    .await;
    let mut statuses = BTreeMap::new();
    for status in answers {
        *statuses.entry(status).or_default() += 1;
    }
    (password_checks() - before, statuses)
}

async fn run(config: DbConfig) {
    let db = Db::connect(&config).await.expect("database");
    db.seed_if_empty(chrono::Utc::now()).await.expect("seed");
    for email in ["a@falun.se", "b@mora.se"] {
        service::accounts::create_user(&db, email, "coordinator", "2080", common::PASSWORD, 0)
            .await
            .expect("user");
    }
    let addr = common::serve_db(db).await;
    let store = &config.url;

    let scenarios: [(&str, Vec<Login>, u64); 4] = [
        (
            "one account from one address",
            (0..50)
                .map(|_| (Ipv4Addr::new(127, 0, 1, 1), "a@falun.se".to_owned()))
                .collect(),
            LOGIN_FAILURES_PER_ACCOUNT,
        ),
        (
            "one account from 50 addresses",
            (0..50)
                .map(|i| (Ipv4Addr::new(127, 0, 2, i + 1), "b@mora.se".to_owned()))
                .collect(),
            LOGIN_FAILURES_PER_ACCOUNT,
        ),
        (
            "50 accounts from one address",
            (0..50)
                .map(|i| (Ipv4Addr::new(127, 0, 3, 1), format!("okand-{i}@falun.se")))
                .collect(),
            LOGIN_FAILURES_PER_ADDRESS,
        ),
        // Where no limit is reached, every attempt is checked: the count counts.
        (
            "10 accounts from 10 addresses",
            (0..10)
                .map(|i| (Ipv4Addr::new(127, 0, 4, i + 1), format!("fri-{i}@falun.se")))
                .collect(),
            10,
        ),
    ];
    for (what, logins, limit) in scenarios {
        let (checked, statuses) = burst(addr, &logins).await;
        println!("{store}, {what}: {checked} passwords checked, statuses {statuses:?}");
        assert_eq!(checked, limit, "{store}, {what}");
        let refused = logins.len() as u64 - limit;
        let expected = BTreeMap::from([(401, limit as usize), (429, refused as usize)]);
        let expected: BTreeMap<u16, usize> = expected.into_iter().filter(|(_, n)| *n > 0).collect();
        assert_eq!(statuses, expected, "{store}, {what}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_logins_checks_no_more_passwords_than_the_limits_allow() {
    run(DbConfig::for_tests()).await;
    let dir = std::env::temp_dir().join(format!("kvf-burst-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    run(DbConfig {
        url: format!("surrealkv://{}", dir.display()),
        ..DbConfig::memory()
    })
    .await;
    let _ = std::fs::remove_dir_all(&dir);
}
