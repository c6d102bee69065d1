//! Evidence documents and the dashboard of dates, for the county this binary was built for
//! (`KVF_REGION`), over HTTP on loopback with a surrealkv file store:
//! - the upload of a 10 MiB PDF (the largest taken) and its download, medians of `n` distinct
//!   files, and the process's peak resident memory before them, after the first and after all
//!   (server and client share the process: the client holds each file and its request body
//!   too; the file store keeps recent writes in memory until it flushes them);
//! - `/admin/frister` as the administrator sees it, every municipality with a plan whose stages
//!   fall late and due.
//!
//! Prints medians and one `RESULT` line that `scripts/bench.sh documents` compares across
//! counties.

#[path = "../tests/common/mod.rs"]
mod common;

use common::{median, ms};
use domain::model::document::MAX_BYTES;
use service::documents::sample;
use std::time::Instant;

type Error = Box<dyn std::error::Error>;

/// The process's peak resident memory so far, in MiB (`VmHWM`).
fn peak_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        })
        .map_or(0.0, |kib| kib / 1024.0)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(10);
    let (db, dir) = common::bench_db("documents").await?;
    let addr = common::serve_db(db.clone()).await;
    let token = common::login(addr, "bench@region.se").await;
    let org = domain::model::OrgId::all()
        .into_iter()
        .next()
        .ok_or("no organisation")?;

    // Warm: one small upload and download.
    let small = common::upload(addr, Some(&token), org.as_str(), "varm.pdf", &sample::pdf()).await;
    if small.status != 201 {
        return Err(format!("upload: {} {}", small.status, small.body).into());
    }
    let before = peak_mib();
    let mut first = before;
    let (mut up, mut down) = (Vec::new(), Vec::new());
    for i in 0..n {
        let file = sample::pdf_of_size(MAX_BYTES, i as u8);
        let t = Instant::now();
        let res = common::upload(addr, Some(&token), org.as_str(), "stor.pdf", &file).await;
        up.push(t.elapsed());
        if res.status != 201 {
            return Err(format!("upload: {} {}", res.status, res.body).into());
        }
        let entry: serde_json::Value = serde_json::from_str(&res.body)?;
        let path = format!(
            "/dokument/{}/{}.pdf",
            org.as_str(),
            entry["digest"].as_str().ok_or("digest")?
        );
        let t = Instant::now();
        let res = common::get(addr, &path).await;
        down.push(t.elapsed());
        if res.bytes != file {
            return Err(format!("{path}: not the bytes uploaded").into());
        }
        if i == 0 {
            first = peak_mib();
        }
    }
    let after = peak_mib();

    let mut dashboard = Vec::new();
    let mut size = 0;
    for _ in 0..n {
        let t = Instant::now();
        let res = common::get_as(addr, "/admin/frister", Some(&token)).await;
        dashboard.push(t.elapsed());
        if res.status != 200 {
            return Err(format!("/admin/frister: {}", res.status).into());
        }
        size = res.bytes.len();
    }
    let orgs = domain::model::OrgId::all().len();
    let (up, down, dash) = (median(&mut up), median(&mut down), median(&mut dashboard));
    println!("{orgs} organisations; median of {n}:");
    println!(
        "  upload of a {} MiB PDF:   {:.0} ms",
        MAX_BYTES >> 20,
        ms(up)
    );
    println!("  download of it:          {:.0} ms", ms(down));
    println!(
        "  peak memory of the process: {before:.0} MiB before the uploads, {after:.0} MiB after"
    );
    println!(
        "  /admin/frister, signed in: {:.1} ms, {size} bytes",
        ms(dash)
    );
    println!(
        "RESULT {orgs} {:.1} {:.1} {before:.0} {after:.0} {:.2} {size} {first:.0}",
        ms(up),
        ms(down),
        ms(dash)
    );
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
