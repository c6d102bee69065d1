//! `cargo run -p mapgen [-- --check]`: writes (or checks) app/src/map/shapes.rs.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    // Cargo sets this at run time; a binary reused from another checkout must not use its own.
    let manifest = std::env::var("CARGO_MANIFEST_DIR")
        .unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").to_owned());
    let root = PathBuf::from(manifest).join("../..");
    let input = root.join("data/boundaries/dalarna_kommuner.geojson");
    let output = root.join("app/src/map/shapes.rs");
    let check = std::env::args().any(|a| a == "--check");
    let text = match std::fs::read_to_string(&input) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {}: {e}", input.display());
            return ExitCode::FAILURE;
        }
    };
    let munis = match mapgen::parse_geojson(&text) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("cannot parse {}: {e}", input.display());
            return ExitCode::FAILURE;
        }
    };
    let rendered = mapgen::render_rust(&mapgen::build(&munis));
    if check {
        let current = std::fs::read_to_string(&output).unwrap_or_default();
        if current == rendered {
            println!("{} is up to date", output.display());
            return ExitCode::SUCCESS;
        }
        eprintln!("{} is stale: run cargo run -p mapgen", output.display());
        return ExitCode::FAILURE;
    }
    match std::fs::write(&output, &rendered) {
        Ok(()) => {
            println!("wrote {} ({} bytes)", output.display(), rendered.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot write {}: {e}", output.display());
            ExitCode::FAILURE
        }
    }
}
