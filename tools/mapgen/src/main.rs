//! `cargo run -p mapgen -- synthetic OUT [N]`: writes a synthetic region package of N
//! municipalities (290 unless given) to the folder OUT, for benchmarks. Never commit it.

use mapgen::synthetic;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn write(dir: &Path, relative: &str, text: &str) -> Result<(), String> {
    let path = dir.join(relative);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn run(out: &Path, n: usize) -> Result<(), String> {
    if !(1..=999).contains(&n) {
        return Err(format!("N must be 1 to 999, not {n}"));
    }
    // Cargo sets this at run time; a binary reused from another checkout must not use its own.
    let manifest = std::env::var("CARGO_MANIFEST_DIR")
        .unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").to_owned());
    let template = PathBuf::from(manifest).join("../../data/regions/dalarna");
    let pretty = |v: serde_json::Value| serde_json::to_string_pretty(&v).unwrap_or_default() + "\n";
    let real_region = std::fs::read_to_string(template.join("region.json"))
        .map_err(|e| format!("{}: {e}", template.join("region.json").display()))?;
    let real_region: serde_json::Value =
        serde_json::from_str(&real_region).map_err(|e| format!("region.json: {e}"))?;
    // The real package's plan stages, whose names its texts (copied below) carry.
    let lok_plan = real_region.get("lok_plan").cloned();
    let stages: Vec<String> = lok_plan
        .as_ref()
        .and_then(|p| p["stages"].as_array())
        .map(|s| {
            s.iter()
                .filter_map(|id| id.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    write(out, "region.json", &pretty(synthetic::region(n, lok_plan)))?;
    write(
        out,
        "boundaries/kommuner.geojson",
        &pretty(synthetic::boundaries(n)),
    )?;
    write(out, "seed.json", &pretty(synthetic::seed(n, &stages)))?;
    write(out, "population.csv", &synthetic::population(n))?;
    for lang in ["sv", "en"] {
        let file = format!("texts/{lang}.txt");
        let real = std::fs::read_to_string(template.join(&file))
            .map_err(|e| format!("{}: {e}", template.join(&file).display()))?;
        write(out, &file, &synthetic::texts(&real, "Dalarna", 15, n))?;
    }
    write(
        out,
        "README.md",
        &format!(
            "# Synthetic region package ({n} municipalities)\n\nMade by `cargo run -p mapgen -- \
             synthetic`. Every name, boundary and value is made up, for benchmarks only.\n"
        ),
    )
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some("synthetic"), Some(out)) = (args.first().map(String::as_str), args.get(1)) else {
        eprintln!("usage: mapgen synthetic OUT [N]");
        return ExitCode::FAILURE;
    };
    let n = match args.get(2).map(|a| a.parse::<usize>()) {
        None => 290,
        Some(Ok(n)) => n,
        Some(Err(e)) => {
            eprintln!("N: {e}");
            return ExitCode::FAILURE;
        }
    };
    match run(Path::new(out), n) {
        Ok(()) => {
            println!("wrote a synthetic region package of {n} municipalities to {out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
