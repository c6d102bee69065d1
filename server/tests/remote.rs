//! Two application instances against one SurrealDB server (`TEST_DATABASE_URL`, started by
//! `scripts/test-remote.sh`): a login on one is valid on the other, and a save on one shows on
//! the other at once. Ignored in the ordinary run, which has no server.

mod common;

use common::{PASSWORD, get, login, post_json};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};

struct Instance {
    child: Child,
    addr: SocketAddr,
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn command(database: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kvinnofridskartan"));
    for (name, test_name) in [
        ("DATABASE_URL", "TEST_DATABASE_URL"),
        ("DATABASE_USER", "TEST_DATABASE_USER"),
        ("DATABASE_PASS", "TEST_DATABASE_PASS"),
    ] {
        if let Ok(value) = std::env::var(test_name) {
            command.env(name, value);
        }
    }
    command
        .env("DATABASE_NAME", database)
        .env("RUST_LOG", "warn");
    command
}

/// An instance on `database`, started with `env` besides; it may not listen yet.
fn spawn(database: &str, env: &[(&str, &str)]) -> Instance {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let child = command(database)
        .arg("serve")
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .envs(env.iter().copied())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the server binary runs");
    // Owned from here on: stopped and reaped however the test ends.
    Instance {
        child,
        addr: SocketAddr::from(([127, 0, 0, 1], port)),
    }
}

async fn listening(instance: &Instance) {
    for _ in 0..600 {
        if tokio::net::TcpStream::connect(instance.addr).await.is_ok() {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("instance on {} did not start", instance.addr);
}

async fn serve(database: &str) -> Instance {
    let instance = spawn(database, &[]);
    listening(&instance).await;
    instance
}

/// Adds an account to `database` with the server binary, as an operator would.
fn add_user(database: &str, email: &str, role: &str, org: &str) {
    let mut args = vec!["user", "add", "--email", email, "--role", role];
    if !org.is_empty() {
        args.extend(["--org", org]);
    }
    let add = command(database)
        .args(&args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            if let Some(mut stdin) = child.stdin.take() {
                stdin.write_all(format!("{PASSWORD}\n").as_bytes())?;
            }
            child.wait_with_output()
        })
        .expect("user add runs");
    assert!(
        add.status.success(),
        "{}",
        String::from_utf8_lossy(&add.stderr)
    );
}

#[tokio::test]
#[ignore = "needs a SurrealDB server: scripts/test-remote.sh runs it"]
async fn two_instances_share_sessions_and_saves() {
    assert!(
        std::env::var("TEST_DATABASE_URL").is_ok(),
        "TEST_DATABASE_URL names the SurrealDB server (scripts/test-remote.sh sets it)"
    );
    let database = format!("two_instances_{}", std::process::id());
    let a = serve(&database).await;
    let b = serve(&database).await;
    add_user(&database, "anna@falun.se", "coordinator", "2080");

    // Logged in on A, the session is valid on B.
    let token = login(a.addr, "anna@falun.se").await;
    let edit = common::get_as(b.addr, "/profil/2080/redigera", Some(&token)).await;
    assert_eq!(edit.status, 200, "the session from A on B");

    // Saved on B, shown by A at once.
    let profile = get(a.addr, "/api/profil?id=2080").await;
    let stored: serde_json::Value = serde_json::from_str(&profile.body).expect("json");
    let version = stored["stored"]["version"].as_u64().expect("version");
    let body = serde_json::json!({
        "id": "2080", "base_version": version, "form": { "lok_stage": "drafting" }
    });
    let saved = post_json(b.addr, "/api/spara-profil", Some(&token), &body.to_string()).await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    let after = get(a.addr, "/api/profil?id=2080").await;
    let stored: serde_json::Value = serde_json::from_str(&after.body).expect("json");
    assert_eq!(stored["stored"]["version"].as_u64(), Some(version + 1));
    assert!(after.body.contains("drafting"), "{}", after.body);
    let history = get(a.addr, "/profil/2080/historik").await;
    assert!(
        history.body.contains("av Falun"),
        "the revision written through B"
    );

    // Logged out on B, the session is gone on A too.
    let out = common::post_form(b.addr, "/api/logga-ut", Some(&token), "").await;
    assert!(out.status < 400, "{}", out.body);
    let edit = common::get_as(a.addr, "/profil/2080/redigera", Some(&token)).await;
    assert_eq!(edit.status, 401);
}

#[tokio::test]
#[ignore = "needs a SurrealDB server: scripts/test-remote.sh runs it"]
async fn two_instances_send_each_reminder_once() {
    assert!(
        std::env::var("TEST_DATABASE_URL").is_ok(),
        "TEST_DATABASE_URL names the SurrealDB server (scripts/test-remote.sh sets it)"
    );
    let database = format!("two_reminders_{}", std::process::id());
    // A round opening today, started through an instance without mail, which then stops.
    {
        let first = serve(&database).await;
        add_user(&database, "admin@region.se", "admin", "");
        add_user(&database, "anna@falun.se", "coordinator", "2080");
        add_user(&database, "bo@mora.se", "coordinator", "2062");
        let admin = login(first.addr, "admin@region.se").await;
        let today = service::clock::Clock::system().today();
        let round = serde_json::json!({ "form": {
            "title": "Uppföljning med påminnelser",
            "opens": today.to_string(),
            "deadline": (today + chrono::Days::new(30)).to_string(),
            "orgs": ["2080", "2062"],
            "sections": [],
            "questions": "Hur går arbetet?",
            "overlap_confirmed": true,
        }});
        let started = post_json(
            first.addr,
            "/api/starta-omgang",
            Some(&admin),
            &round.to_string(),
        )
        .await;
        assert_eq!(started.status, 200, "{}", started.body);
    }
    // Two instances with mail start at once; each sweeps as it starts.
    let sink = service::smtp_sink::Sink::start(0);
    let url = format!("smtp://127.0.0.1:{}", sink.port);
    let env = [
        ("SMTP_URL", url.as_str()),
        ("SMTP_FROM", "uppfoljning@region.example.se"),
        ("PUBLIC_URL", "https://karta.example.se"),
    ];
    let (b, c) = (spawn(&database, &env), spawn(&database, &env));
    listening(&b).await;
    listening(&c).await;
    for _ in 0..300 {
        if sink.mails().len() >= 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    // Time for a second mail of either, had one been sent.
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    assert_eq!(sink.recipients(), ["anna@falun.se", "bo@mora.se"]);
}
