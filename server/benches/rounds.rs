//! The follow-up pages for the county this binary was built for (`KVF_REGION`): a round that
//! asks every organisation every section and the four baseline questions, each organisation
//! having confirmed one section and answered every question. Measures, over HTTP on
//! loopback, the round's page with its matrix as a signed-in reader sees it while it runs,
//! the same page once closed, and the closed round's report and workbook. Prints medians and
//! one `RESULT` line that `scripts/bench.sh rounds` compares across counties.

#[path = "../tests/common/mod.rs"]
mod common;

use common::{median, ms};
use domain::form::round::RoundForm;
use domain::model::OrgId;
use service::{accounts, rounds};
use std::time::{Duration, Instant};

type Error = Box<dyn std::error::Error>;

/// `n` GETs of `path`; the median time and the size of the answer.
async fn measure(
    addr: std::net::SocketAddr,
    path: &str,
    token: Option<&str>,
    n: usize,
) -> Result<(Duration, usize), Error> {
    let mut samples = Vec::with_capacity(n);
    let mut size = 0;
    for _ in 0..n {
        let t = Instant::now();
        let res = common::get_as(addr, path, token).await;
        samples.push(t.elapsed());
        if res.status != 200 {
            return Err(format!("{path}: {} {}", res.status, res.body).into());
        }
        size = res.bytes.len();
    }
    Ok((median(&mut samples), size))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(20);
    let (db, dir) = common::bench_db("rounds").await?;
    let now = chrono::Utc::now();
    let e = |e: domain::error::AppError| e.to_string();
    let session = accounts::login(
        &db,
        None,
        "bench@region.se",
        common::PASSWORD,
        "127.0.0.1",
        now.timestamp(),
    )
    .await
    .map_err(e)?;
    let admin = accounts::actor(&db, Some(&session.token), now.timestamp())
        .await
        .map_err(e)?;

    let today = now.date_naive();
    let form = RoundForm {
        title: "Mätomgång".to_owned(),
        opens: today.to_string(),
        deadline: (today + chrono::Days::new(30)).to_string(),
        overlap_confirmed: true,
        ..RoundForm::starting(domain::i18n::Lang::Sv)
    };
    let id = rounds::start(&db, &admin, &form, now).await.map_err(e)?;
    let id = id.as_str();
    let orgs = OrgId::participants();
    let setup = Instant::now();
    let mut confirmed = 0;
    for org in &orgs {
        // The first section with a known value to confirm, if the organisation has one.
        for section in &form.sections {
            if rounds::confirm(&db, &admin, id, org.as_str(), section, now)
                .await
                .is_ok()
            {
                confirmed += 1;
                break;
            }
        }
        for question in 0..4 {
            let text = format!("Svar från {} på fråga {}.", org.name(), question + 1);
            rounds::answer(&db, &admin, id, org.as_str(), question, &text, now)
                .await
                .map_err(e)?;
        }
    }
    let items = form.sections.len() + 4;
    println!(
        "{} organisations ({} with a profile, {confirmed} of them confirmed a section), {items} items each; answered in {:.1} s",
        orgs.len(),
        OrgId::all().len(),
        setup.elapsed().as_secs_f64()
    );

    let addr = common::serve_db(db.clone()).await;
    let token = Some(session.token.as_str());
    let page = format!("/uppfoljning/{id}");
    let (running, running_size) = measure(addr, &page, token, n).await?;
    rounds::close(&db, &admin, id, true, chrono::Utc::now())
        .await
        .map_err(e)?;
    let (closed, closed_size) = measure(addr, &page, None, n).await?;
    let (report, report_size) = measure(addr, &format!("{page}/rapport"), None, n).await?;
    let (xlsx, xlsx_size) = measure(addr, &format!("{page}/rapport/rapport.xlsx"), None, n).await?;
    println!("  median of {n} GETs each:");
    println!(
        "  round page, running, signed in (matrix): {:.1} ms, {running_size} bytes",
        ms(running)
    );
    println!(
        "  round page, closed, public (matrix):     {:.1} ms, {closed_size} bytes",
        ms(closed)
    );
    println!(
        "  report page:                             {:.1} ms, {report_size} bytes",
        ms(report)
    );
    println!(
        "  report workbook (XLSX):                  {:.1} ms, {xlsx_size} bytes",
        ms(xlsx)
    );
    println!(
        "RESULT {} {:.3} {:.3} {:.3} {:.3} {running_size} {report_size}",
        orgs.len(),
        ms(running),
        ms(closed),
        ms(report),
        ms(xlsx)
    );
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
