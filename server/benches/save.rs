//! Server-side time of a profile save: the use case a save server function runs (session
//! lookup, authorization, validation, diff, versioned write with its revision), against the
//! raw database write alone. Run with `scripts/bench-save.sh`.

use app::db::{Db, DbConfig};
use app::model::form::ProfileForm;
use app::service::{accounts, now_secs, profiles};
use std::time::{Duration, Instant};

const PASSWORD: &str = "ett långt lösenord";

fn stats(mut samples: Vec<Duration>) -> String {
    samples.sort();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    format!(
        "median {:.2} ms, p90 {:.2} ms, max {:.2} ms",
        at(0.5).as_secs_f64() * 1e3,
        at(0.9).as_secs_f64() * 1e3,
        at(1.0).as_secs_f64() * 1e3
    )
}

async fn run(url: &str, n: usize) -> Result<(), Box<dyn std::error::Error>> {
    let db = Db::connect(&DbConfig {
        url: url.to_owned(),
        user: None,
        pass: None,
        database: None,
    })
    .await?;
    db.seed_if_empty().await?;
    accounts::create_user(
        &db,
        "bench@falun.se",
        "coordinator",
        "2080",
        PASSWORD,
        now_secs(),
    )
    .await
    .map_err(|e| e.to_string())?;
    let session = accounts::login(
        &db,
        None,
        "bench@falun.se",
        PASSWORD,
        "127.0.0.1",
        now_secs(),
    )
    .await
    .map_err(|e| e.to_string())?;
    let start = profiles::edit_form(
        &db,
        &accounts::actor(&db, Some(&session.token), now_secs())
            .await
            .map_err(|e| e.to_string())?,
        "2080",
        chrono::Utc::now().date_naive(),
    )
    .await
    .map_err(|e| e.to_string())?;
    let mut version = start.version;
    let mut full = Vec::with_capacity(n);
    for i in 0..n {
        let form = ProfileForm {
            placement: format!("Individ- och familjeomsorgen {i}"),
            lok_stage: if i % 2 == 0 { "drafting" } else { "workshops" }.to_owned(),
            ..start.form.clone()
        };
        let t = Instant::now();
        let actor = accounts::actor(&db, Some(&session.token), now_secs())
            .await
            .map_err(|e| e.to_string())?;
        let saved = profiles::save(&db, &actor, "2080", version, &form, chrono::Utc::now())
            .await
            .map_err(|e| e.to_string())?;
        full.push(t.elapsed());
        version = saved.version;
    }
    // The same write without the use case around it.
    let org = app::model::OrgId::parse("2080")?;
    let author = app::model::account::Email::parse("bench@falun.se")?;
    let mut raw = Vec::with_capacity(n);
    for i in 0..n {
        let stored = db.profile(&org).await?.ok_or("profile")?;
        let mut profile = stored.profile.clone();
        let source = app::model::Source::Entered {
            by: "Falun".to_owned(),
            at: chrono::Utc::now(),
        };
        profile.work.placement = app::model::Fact::Known {
            value: format!("Rå skrivning {i}"),
            source: source.clone(),
        };
        let revision = app::model::revision::Revision {
            org: org.clone(),
            version: stored.version + 1,
            at: chrono::Utc::now(),
            by: "Falun".to_owned(),
            changes: vec![],
        };
        let t = Instant::now();
        db.save_profile(stored.version, &profile, &source, &revision, &author)
            .await?;
        raw.push(t.elapsed());
    }
    let ratio = {
        let mut f = full.clone();
        let mut r = raw.clone();
        f.sort();
        r.sort();
        f[n / 2].as_secs_f64() / r[n / 2].as_secs_f64()
    };
    println!("{url} ({n} saves)");
    println!("  save use case:        {}", stats(full));
    println!("  database write alone: {}", stats(raw));
    println!("  ratio of medians:     {ratio:.2}");
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(300);
    let dir = std::env::temp_dir().join(format!("kvf-bench-{}", std::process::id()));
    run("mem://", n).await?;
    run(&format!("surrealkv://{}", dir.display()), n).await?;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
