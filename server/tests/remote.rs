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

async fn serve(database: &str) -> Instance {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let child = command(database)
        .arg("serve")
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the server binary runs");
    // Owned from here on: stopped and reaped however the test ends.
    let instance = Instance {
        child,
        addr: SocketAddr::from(([127, 0, 0, 1], port)),
    };
    for _ in 0..600 {
        if tokio::net::TcpStream::connect(instance.addr).await.is_ok() {
            return instance;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("instance on {} did not start", instance.addr);
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
    let add = command(&database)
        .args([
            "user",
            "add",
            "--email",
            "anna@falun.se",
            "--role",
            "coordinator",
            "--org",
            "2080",
        ])
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
