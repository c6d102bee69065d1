//! Crash safety on the surrealkv file store: coordinators of several municipalities save at the
//! same time while the server is killed with SIGKILL (no chance to flush or finish anything),
//! and later stopped with SIGTERM. After each restart every save the server acknowledged must
//! be there, in the profile and in its history.
#![cfg(unix)]

mod common;

use common::process::{cli, free_port, log_text, serve, text};
use common::{PASSWORD, get, login, try_request};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

const ORGS: [&str; 8] = [
    "2080", "2062", "2085", "2081", "2029", "2021", "2034", "2084",
];
/// Acknowledged saves (all clients together) before the server is stopped.
const SAVES_BEFORE_STOP: usize = 320;

/// What one client saw: the saves the server acknowledged (version, value) and the one it sent
/// without getting an answer.
#[derive(Debug, Default)]
struct ClientLog {
    org: &'static str,
    acknowledged: Vec<(u64, String)>,
    unanswered: Option<String>,
}

async fn profile_version(addr: SocketAddr, org: &str) -> u64 {
    let res = get(addr, &format!("/api/profil?id={org}")).await;
    let v: serde_json::Value = serde_json::from_str(&res.body).expect("profile json");
    v["stored"]["version"].as_u64().expect("version")
}

/// Saves a new value for the placement field, one save after the other, until the server
/// stops answering or `stop` is set.
async fn coordinator(
    addr: SocketAddr,
    org: &'static str,
    round: &'static str,
    token: String,
    acknowledged: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
) -> ClientLog {
    let mut log = ClientLog {
        org,
        ..ClientLog::default()
    };
    let mut version = profile_version(addr, org).await;
    for i in 0.. {
        if stop.load(Ordering::Relaxed) {
            break;
        }
        let value = format!("Placering {round} {org} nr {i}");
        let body = serde_json::json!({
            "id": org, "base_version": version, "form": { "placement": value }
        })
        .to_string();
        let headers = format!(
            "Content-Type: application/json\r\nOrigin: http://{addr}\r\n{}",
            common::session_headers(&token)
        );
        match try_request(addr, "POST", "/api/spara-profil", &headers, body.as_bytes()).await {
            Ok(res) if res.status == 200 => {
                let answer: serde_json::Value =
                    serde_json::from_str(&res.body).expect("save answer");
                version = answer["version"].as_u64().expect("new version");
                log.acknowledged.push((version, value));
                acknowledged.fetch_add(1, Ordering::Relaxed);
            }
            Ok(res) => panic!("save {org} nr {i}: {} {}", res.status, res.body),
            Err(error) if error.kind() == std::io::ErrorKind::ConnectionRefused => break,
            Err(_) => {
                log.unanswered = Some(value);
                break;
            }
        }
    }
    log
}

/// Runs all coordinators until `SAVES_BEFORE_STOP` saves were acknowledged, then `stop_server`
/// stops the server while they are still saving.
async fn save_until_stopped(
    addr: SocketAddr,
    round: &'static str,
    tokens: &[String],
    stop_server: impl FnOnce(),
) -> Vec<ClientLog> {
    let acknowledged = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let clients: Vec<_> = ORGS
        .into_iter()
        .zip(tokens)
        .map(|(org, token)| {
            tokio::spawn(coordinator(
                addr,
                org,
                round,
                token.clone(),
                acknowledged.clone(),
                stop.clone(),
            ))
        })
        .collect();
    // A client that fails ends its task: then, or after two minutes, stop waiting, so a broken
    // server fails the test below instead of hanging it.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while acknowledged.load(Ordering::Relaxed) < SAVES_BEFORE_STOP
        && !clients.iter().any(tokio::task::JoinHandle::is_finished)
    {
        assert!(
            std::time::Instant::now() < deadline,
            "{} saves acknowledged in two minutes",
            acknowledged.load(Ordering::Relaxed)
        );
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    stop_server();
    // Clients still running after the server is gone end at their next refused connection.
    stop.store(true, Ordering::Relaxed);
    let mut logs = Vec::new();
    for client in clients {
        logs.push(client.await.expect("client task"));
    }
    let total: usize = logs.iter().map(|l| l.acknowledged.len()).sum();
    assert!(
        total >= SAVES_BEFORE_STOP,
        "only {total} saves acknowledged"
    );
    logs
}

/// Checks every acknowledged save against the restarted server; returns how many unanswered
/// saves turned out to be stored.
async fn verify(addr: SocketAddr, logs: &[ClientLog]) -> usize {
    let mut unanswered_stored = 0;
    for log in logs {
        let history = get(addr, &format!("/api/historik?id={}", log.org)).await;
        assert_eq!(history.status, 200, "{}", history.body);
        let history: serde_json::Value = serde_json::from_str(&history.body).expect("history");
        let revisions = history["revisions"].as_array().expect("revisions");
        let saved = |value: &str| {
            revisions.iter().find(|r| {
                r["changes"]
                    .as_array()
                    .is_some_and(|changes| changes.iter().any(|c| c["new"].as_str() == Some(value)))
            })
        };
        for (version, value) in &log.acknowledged {
            let revision = saved(value)
                .unwrap_or_else(|| panic!("{}: acknowledged save lost: {value}", log.org));
            assert_eq!(revision["version"].as_u64(), Some(*version), "{value}");
        }
        let last = log.acknowledged.last().map_or(0, |(v, _)| *v);
        let current = profile_version(addr, log.org).await;
        let unanswered = log.unanswered.as_deref().and_then(saved).is_some();
        unanswered_stored += usize::from(unanswered);
        assert_eq!(
            current,
            last + u64::from(unanswered),
            "{}: the profile is at the last stored save",
            log.org
        );
    }
    unanswered_stored
}

fn report(what: &str, logs: &[ClientLog], unanswered_stored: usize) {
    let acknowledged: usize = logs.iter().map(|l| l.acknowledged.len()).sum();
    let unanswered = logs.iter().filter(|l| l.unanswered.is_some()).count();
    println!(
        "{what}: {} clients, {acknowledged} saves acknowledged, all {acknowledged} present after \
         restart; {unanswered} in flight without answer, of which {unanswered_stored} stored",
        logs.len()
    );
}

async fn tokens(addr: SocketAddr) -> Vec<String> {
    let mut tokens = Vec::new();
    for org in ORGS {
        tokens.push(login(addr, &format!("samordnare@{org}.se")).await);
    }
    tokens
}

fn add_coordinators(db: &Path) {
    for org in ORGS {
        let email = format!("samordnare@{org}.se");
        let args = [
            "user",
            "add",
            "--email",
            &email,
            "--role",
            "coordinator",
            "--org",
            org,
        ];
        let out = cli(db, &args, &format!("{PASSWORD}\n"));
        assert!(out.status.success(), "{}", text(&out));
    }
}

/// A fresh file store with the coordinators' accounts: its folder, the store, the server's
/// log, a free port and the address on it.
fn store(name: &str) -> (PathBuf, PathBuf, PathBuf, u16, SocketAddr) {
    let dir = std::env::temp_dir().join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a test folder");
    let (db, log) = (dir.join("db"), dir.join("server.log"));
    add_coordinators(&db);
    let port = free_port();
    (dir, db, log, port, ([127, 0, 0, 1], port).into())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_saves_survive_sigkill_and_sigterm() {
    let (dir, db, log, port, addr) = store("kvf-crash");
    let mut server = serve(&db, port, &log);
    let sessions = tokens(addr).await;
    let logs = save_until_stopped(addr, "A", &sessions, || {
        server.kill().expect("SIGKILL");
    })
    .await;
    let _ = server.wait();

    // The store opens after the crash; sessions are in the database, so they outlive it.
    let mut server = serve(&db, port, &log);
    let stored = verify(addr, &logs).await;
    report("SIGKILL", &logs, stored);

    let pid = server.id();
    let logs = save_until_stopped(addr, "B", &sessions, || {
        let term = std::process::Command::new("sh")
            .args(["-c", &format!("kill -TERM {pid}")])
            .status()
            .expect("sh runs");
        assert!(term.success());
    })
    .await;
    let status = server.wait().expect("the server exits");
    assert_eq!(status.code(), Some(0), "{}", log_text(&log));

    let mut server = serve(&db, port, &log);
    let stored = verify(addr, &logs).await;
    report("SIGTERM", &logs, stored);
    let health = get(addr, "/healthz").await;
    assert_eq!(health.status, 200, "{}", log_text(&log));
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(&dir);
}

/// Uploads distinct documents for `org`, one after the other, until the server stops
/// answering; answers the acknowledged ones (digest, bytes).
async fn uploader(
    addr: SocketAddr,
    org: &'static str,
    token: String,
    seed: u8,
) -> Vec<(String, Vec<u8>)> {
    let mut acknowledged = Vec::new();
    for i in 0..200u8 {
        let file =
            service::documents::sample::pdf_of_size(300_000 + usize::from(i), seed.wrapping_add(i));
        let (headers, body) = common::upload_form(Some(&token), "beslut.pdf", &file);
        let headers = format!("{headers}Accept: application/json\r\n");
        match try_request(addr, "POST", &format!("/dokument/{org}"), &headers, &body).await {
            Ok(res) if res.status == 201 => {
                let entry: serde_json::Value = serde_json::from_str(&res.body).expect("entry");
                let digest = entry["digest"].as_str().expect("digest").to_owned();
                acknowledged.push((digest, file));
            }
            Ok(res) => panic!("upload {org} nr {i}: {} {}", res.status, res.body),
            Err(_) => break,
        }
    }
    acknowledged
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_uploads_survive_sigkill_whole() {
    let (dir, db, log, port, addr) = store("kvf-crash-docs");
    let mut server = serve(&db, port, &log);
    let sessions = tokens(addr).await;
    let (a, b) = (ORGS[0], ORGS[1]);
    let first = tokio::spawn(uploader(addr, a, sessions[0].clone(), 1));
    let second = tokio::spawn(uploader(addr, b, sessions[1].clone(), 101));
    // Killed while both are uploading, after a few uploads have been acknowledged.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    server.kill().expect("SIGKILL");
    let _ = server.wait();
    let uploads = [
        (a, first.await.expect("uploader")),
        (b, second.await.expect("uploader")),
    ];
    assert!(
        uploads.iter().all(|(_, done)| !done.is_empty()),
        "uploads were acknowledged before the kill: {}",
        log_text(&log)
    );

    let mut server = serve(&db, port, &log);
    let mut total = 0;
    for (org, done) in &uploads {
        for (digest, file) in done {
            let res = get(addr, &format!("/dokument/{org}/{digest}.pdf")).await;
            assert_eq!(res.status, 200, "{org}: acknowledged upload lost: {digest}");
            assert_eq!(&res.bytes, file, "{org}: {digest} whole");
            total += 1;
        }
        // Every entry that is there has its whole file: nothing half written.
        let page =
            common::get_as(addr, &format!("/api/dokument?id={org}"), Some(&sessions[0])).await;
        if *org == a {
            let listed: serde_json::Value = serde_json::from_str(&page.body).expect("list");
            for entry in listed["documents"].as_array().expect("documents") {
                let digest = entry["digest"].as_str().expect("digest");
                let res = get(addr, &format!("/dokument/{org}/{digest}.pdf")).await;
                assert_eq!(res.status, 200);
                assert_eq!(
                    res.bytes.len() as u64,
                    entry["bytes"].as_u64().expect("size")
                );
            }
        }
    }
    println!(
        "SIGKILL during uploads: {total} uploads acknowledged, all {total} whole after restart"
    );
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(&dir);
}
