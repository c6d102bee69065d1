//! A profile save measured five ways on the same database, one after the other:
//! the server function over HTTP on loopback (what a coordinator's browser waits for), the
//! use case in-process, the versioned database write alone, and two baselines: one plain
//! `UPDATE` of the same profile record, and the whole record written with the client's
//! `upsert`. Prints medians and the ratios. Run with `scripts/bench.sh`.

#[path = "../tests/common/mod.rs"]
mod common;

use db::{Db, DbConfig};
use domain::form::ProfileForm;
use service::{accounts, profiles};

fn now_secs() -> i64 {
    service::clock::Clock::system().unix_secs()
}
use std::time::{Duration, Instant};

type Error = Box<dyn std::error::Error>;

fn median(samples: &[Duration]) -> Duration {
    let mut sorted = samples.to_vec();
    sorted.sort();
    sorted[sorted.len() / 2]
}

fn stats(samples: &[Duration]) -> String {
    let mut sorted = samples.to_vec();
    sorted.sort();
    let at = |q: f64| sorted[((sorted.len() - 1) as f64 * q).round() as usize];
    format!(
        "median {:.2} ms, p90 {:.2} ms, max {:.2} ms",
        at(0.5).as_secs_f64() * 1e3,
        at(0.9).as_secs_f64() * 1e3,
        at(1.0).as_secs_f64() * 1e3
    )
}

fn form_with(start: &ProfileForm, i: usize, how: &str) -> ProfileForm {
    ProfileForm {
        placement: format!("Individ- och familjeomsorgen ({how} {i})"),
        ..start.clone()
    }
}

async fn run(url: &str, n: usize) -> Result<(), Error> {
    let db = Db::connect(&DbConfig {
        url: url.to_owned(),
        ..DbConfig::memory()
    })
    .await?;
    db.seed_if_empty(chrono::Utc::now()).await?;
    accounts::create_user(
        &db,
        "bench@falun.se",
        "coordinator",
        "2080",
        common::PASSWORD,
        0,
    )
    .await
    .map_err(|e| e.to_string())?;
    let addr = common::serve_db(db.clone()).await;
    let token = common::login(addr, "bench@falun.se").await;
    let actor = accounts::actor(&db, Some(&token), now_secs())
        .await
        .map_err(|e| e.to_string())?;
    let today = chrono::Utc::now().date_naive();
    let start = profiles::edit_form(&db, &actor, "2080", today)
        .await
        .map_err(|e| e.to_string())?;
    let mut version = start.version;

    // Each save on a new connection (what the test client does), and on one kept-alive
    // connection (what a browser does once the edit page has loaded).
    let mut http = Vec::with_capacity(n);
    let mut kept = Vec::with_capacity(n);
    let mut connection = KeptAlive::open(addr).await?;
    for i in 0..n {
        let body = serde_json::json!({
            "id": "2080", "base_version": version, "form": form_with(&start.form, i, "http")
        })
        .to_string();
        let t = Instant::now();
        let res = common::post_json(addr, "/api/spara-profil", Some(&token), &body).await;
        http.push(t.elapsed());
        if res.status != 200 {
            return Err(format!("save over HTTP: {} {}", res.status, res.body).into());
        }
        let answer: serde_json::Value = serde_json::from_str(&res.body)?;
        version = answer["version"].as_u64().ok_or("version")?;

        let body = serde_json::json!({
            "id": "2080", "base_version": version, "form": form_with(&start.form, i, "kept")
        })
        .to_string();
        let t = Instant::now();
        let (status, answer) = connection.save(&token, &body).await?;
        kept.push(t.elapsed());
        if status != 200 {
            return Err(format!("save over a kept-alive connection: {status} {answer}").into());
        }
        let answer: serde_json::Value = serde_json::from_str(&answer)?;
        version = answer["version"].as_u64().ok_or("version")?;
    }

    let mut use_case = Vec::with_capacity(n);
    for i in 0..n {
        let form = form_with(&start.form, i, "use case");
        let t = Instant::now();
        let actor = accounts::actor(&db, Some(&token), now_secs())
            .await
            .map_err(|e| e.to_string())?;
        let saved = profiles::save(&db, &actor, "2080", version, &form, chrono::Utc::now())
            .await
            .map_err(|e| e.to_string())?;
        use_case.push(t.elapsed());
        version = saved.version;
    }

    let org = domain::model::OrgId::parse("2080")?;
    // The use case's steps one by one, so that the cost of each is known.
    let (mut lookup, mut read, mut health) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    for _ in 0..n {
        let t = Instant::now();
        accounts::actor(&db, Some(&token), now_secs())
            .await
            .map_err(|e| e.to_string())?;
        lookup.push(t.elapsed());
        let t = Instant::now();
        db.profile(&org).await?.ok_or("profile")?;
        read.push(t.elapsed());
        let t = Instant::now();
        db.health().await?;
        health.push(t.elapsed());
    }
    let author = domain::model::account::Email::parse("bench@falun.se")?;
    let (mut versioned, mut plain, mut upsert) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    for i in 0..n {
        let stored = db.profile(&org).await?.ok_or("profile")?;
        let mut profile = stored.profile.clone();
        let source = domain::model::Source::Entered {
            by: "Falun".to_owned(),
            at: chrono::Utc::now(),
        };
        profile.work.placement = domain::model::Fact::Known {
            value: format!("Direkt skrivning {i}"),
            source: source.clone(),
            complete: true,
        };
        let revision = domain::model::revision::Revision {
            org: org.clone(),
            version: stored.version + 1,
            at: chrono::Utc::now(),
            by: "Falun".to_owned(),
            changes: vec![],
        };
        let t = Instant::now();
        db.save_profile(&stored, &profile, &source, &revision, &author)
            .await?;
        versioned.push(t.elapsed());
        let t = Instant::now();
        db.overwrite_profile_unchecked(&org, &profile).await?;
        plain.push(t.elapsed());
        let t = Instant::now();
        db.upsert_profile_raw(&org, stored.version + 1, &profile, &source)
            .await?;
        upsert.push(t.elapsed());
    }

    let ratio = |a: &[Duration], b: &[Duration]| median(a).as_secs_f64() / median(b).as_secs_f64();
    println!("{url} ({n} saves each)");
    println!("  server function over HTTP: {}", stats(&http));
    println!("  … on a kept-alive connection: {}", stats(&kept));
    println!("  use case in-process:       {}", stats(&use_case));
    println!("  versioned write + revision:{}", stats(&versioned));
    println!("  plain UPDATE (baseline):   {}", stats(&plain));
    println!("  client upsert of the record:{}", stats(&upsert));
    println!(
        "  steps of the use case: session and account lookup {}",
        stats(&lookup)
    );
    println!("                         profile read {}", stats(&read));
    println!(
        "                         `RETURN 1` (a query's least cost) {}",
        stats(&health)
    );
    println!(
        "  ratio HTTP save / plain UPDATE: {:.2}; HTTP save / versioned write: {:.2}",
        ratio(&http, &plain),
        ratio(&http, &versioned)
    );
    println!(
        "  ratio HTTP save / client upsert: {:.2} (target ≤ 2.5, BENCHMARKS.md); versioned write / plain UPDATE: {:.2}",
        ratio(&http, &upsert),
        ratio(&versioned, &plain)
    );
    println!(
        "  kept-alive connection: HTTP save / plain UPDATE {:.2}, HTTP save / client upsert {:.2}",
        ratio(&kept, &plain),
        ratio(&kept, &upsert)
    );
    Ok(())
}

/// One HTTP/1.1 connection reused for every request, as a browser keeps it.
struct KeptAlive {
    addr: std::net::SocketAddr,
    sender: hyper::client::conn::http1::SendRequest<http_body_util::Full<hyper::body::Bytes>>,
}

impl KeptAlive {
    async fn open(addr: std::net::SocketAddr) -> Result<Self, Error> {
        let stream = tokio::net::TcpStream::connect(addr).await?;
        stream.set_nodelay(true)?;
        let (sender, connection) =
            hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream)).await?;
        tokio::spawn(connection);
        Ok(Self { addr, sender })
    }

    /// Posts a save; the status and the body of the answer.
    async fn save(&mut self, token: &str, body: &str) -> Result<(u16, String), Error> {
        use http_body_util::BodyExt as _;
        use hyper::header::{CONTENT_TYPE, COOKIE, HOST, ORIGIN};
        let addr = self.addr;
        let request = hyper::Request::post("/api/spara-profil")
            .header(HOST, addr.to_string())
            .header(ORIGIN, format!("http://{addr}"))
            .header(CONTENT_TYPE, "application/json")
            .header(COOKIE, format!("kvf_session={token}"))
            .header(api::csrf::HEADER, service::security::forgery_token(token))
            .body(http_body_util::Full::new(hyper::body::Bytes::from(
                body.to_owned(),
            )))?;
        self.sender.ready().await?;
        let answer = self.sender.send_request(request).await?;
        let status = answer.status().as_u16();
        let bytes = answer.into_body().collect().await?.to_bytes();
        Ok((status, String::from_utf8(bytes.to_vec())?))
    }
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    // `cargo bench` passes `--bench`; the first number given is the number of saves.
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(300);
    let dir = std::env::temp_dir().join(format!("kvf-bench-{}", std::process::id()));
    run("mem://", n).await?;
    run(&format!("surrealkv://{}", dir.display()), n).await?;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
