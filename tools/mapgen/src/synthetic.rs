//! A synthetic national region package for benchmarks: `n` made-up municipalities tiling a box
//! the size of Sweden, with jittered shared borders so they look like a real map. Every name says
//! it is synthetic (`Syntetkommun 001`, codes `9001`…), every value is entered by
//! "Syntetiska testdata", and nothing of it is committed.

use serde_json::{Value, json};
use std::fmt::Write as _;

/// West, east, south, north in degrees: roughly Sweden's extent.
const BOX: (f64, f64, f64, f64) = (11.0, 24.0, 55.3, 69.0);
pub const COUNTY: &str = "Syntetland";

/// A small deterministic generator (xorshift64*), so the same `n` gives the same package.
struct Noise(u64);

impl Noise {
    fn unit(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A value in `-1.0..1.0`.
    fn signed(&mut self) -> f64 {
        self.unit() * 2.0 - 1.0
    }
}

/// Grid columns and rows for `n` cells, about three times as tall as wide like the country.
fn grid(n: usize) -> (usize, usize) {
    let cols = ((n as f64 / 3.0).sqrt().round() as usize).max(1);
    (cols, n.div_ceil(cols))
}

pub fn code(i: usize) -> String {
    format!("9{:03}", i + 1)
}

/// The boundaries as GeoJSON (WGS84 lon/lat, `code` and `name` per feature).
pub fn boundaries(n: usize) -> Value {
    let (cols, rows) = grid(n);
    let (west, east, south, north) = BOX;
    let (dx, dy) = ((east - west) / cols as f64, (north - south) / rows as f64);
    let mut noise = Noise(0x9e37_79b9_7f4a_7c15);
    // Corner points, jittered inside the box; the outer edge stays straight.
    let mut corner = vec![vec![(0.0, 0.0); cols + 1]; rows + 1];
    for (r, row) in corner.iter_mut().enumerate() {
        for (c, point) in row.iter_mut().enumerate() {
            let inner = |i: usize, max: usize| i > 0 && i < max;
            let jx = if inner(c, cols) {
                noise.signed() * 0.3
            } else {
                0.0
            };
            let jy = if inner(r, rows) {
                noise.signed() * 0.3
            } else {
                0.0
            };
            *point = (west + (c as f64 + jx) * dx, north - (r as f64 + jy) * dy);
        }
    }
    // One bent midpoint per edge, shared by the two cells on either side.
    let mut bend = |a: (f64, f64), b: (f64, f64), outer: bool| {
        let (mx, my) = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
        if outer {
            (mx, my)
        } else {
            (
                mx + noise.signed() * dx * 0.2,
                my + noise.signed() * dy * 0.2,
            )
        }
    };
    let horizontal: Vec<Vec<(f64, f64)>> = (0..=rows)
        .map(|r| {
            (0..cols)
                .map(|c| bend(corner[r][c], corner[r][c + 1], r == 0 || r == rows))
                .collect()
        })
        .collect();
    let vertical: Vec<Vec<(f64, f64)>> = (0..rows)
        .map(|r| {
            (0..=cols)
                .map(|c| bend(corner[r][c], corner[r + 1][c], c == 0 || c == cols))
                .collect()
        })
        .collect();
    let round = |(x, y): (f64, f64)| json!([(x * 1e5).round() / 1e5, (y * 1e5).round() / 1e5]);
    let features: Vec<Value> = (0..n)
        .map(|i| {
            let (r, c) = (i / cols, i % cols);
            // Counter-clockwise (RFC 7946): down the west side, east along the south, up, back.
            let ring = [
                corner[r][c],
                vertical[r][c],
                corner[r + 1][c],
                horizontal[r + 1][c],
                corner[r + 1][c + 1],
                vertical[r][c + 1],
                corner[r][c + 1],
                horizontal[r][c],
                corner[r][c],
            ];
            json!({
                "type": "Feature",
                "properties": { "code": code(i), "name": name(i) },
                "geometry": { "type": "Polygon", "coordinates": [ring.map(round)] }
            })
        })
        .collect();
    json!({ "type": "FeatureCollection", "features": features })
}

fn name(i: usize) -> String {
    format!("Syntetkommun {:03}", i + 1)
}

fn slug(kind: &str) -> String {
    format!("{kind}-syntetland")
}

pub fn region(n: usize, lok_plan: Option<Value>) -> Value {
    let mut region = json!({
        "id": "syntetland",
        "name": COUNTY,
        "synthetic": true,
        "region": { "id": slug("region"), "name": format!("Region {COUNTY}") },
        "county_board": { "id": slug("lansstyrelsen"), "name": format!("Länsstyrelsen {COUNTY}") },
        "principals": ["municipalities", "region"],
        "municipalities": (0..n).map(|i| json!({ "code": code(i), "name": name(i) })).collect::<Vec<_>>()
    });
    if let (Some(plan), Some(fields)) = (lok_plan, region.as_object_mut()) {
        fields.insert("lok_plan".to_owned(), plan);
    }
    region
}

/// A local agreement plan over `stages`: the first few reached, the rest planned a quarter
/// apart from a month in 2025, so on any day some municipalities are late and some due.
fn plan(noise: &mut Noise, stages: &[String]) -> Value {
    let reached = (noise.unit() * stages.len() as f64) as usize;
    let start = (noise.unit() * 12.0) as usize;
    let day = |month: usize| format!("{}-{:02}-01", 2025 + month / 12, month % 12 + 1);
    let rows: Vec<Value> = stages
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let planned = day(start + 3 * i);
            if i < reached {
                json!({ "stage": id, "planned": planned, "reached": planned })
            } else {
                json!({ "stage": id, "planned": planned, "note": "Syntetiskt steg" })
            }
        })
        .collect();
    json!({ "stages": rows, "parties": ["Socialtjänsten", "Primärvården", "Psykiatrin"] })
}

/// Profiles with an agreement status each, entered by "Syntetiska testdata", so every map
/// indicator has something to colour.
pub fn seed(n: usize, plan_stages: &[String]) -> Value {
    let mut noise = Noise(0x2545_f491_4f6c_dd1d);
    let stages = [
        "not_started",
        "workshops",
        "drafting",
        "adopted",
        "implementing",
        "followed_up",
    ];
    let source =
        json!({ "entered": { "by": "Syntetiska testdata", "at": "2025-01-01T00:00:00Z" } });
    let fact = |value: Value| json!({ "known": { "value": value, "source": source } });
    let mut organisations: Vec<Value> = (0..n)
        .map(|i| {
            let stage = stages[(noise.unit() * stages.len() as f64) as usize % stages.len()];
            let adopted = noise.unit() < 0.6;
            let rok = if adopted {
                json!({ "status": "adopted", "date": "2024-09-01", "body": "Kommunfullmäktige" })
            } else {
                json!({ "status": "in_preparation" })
            };
            let mut agreements =
                json!({ "lok": fact(json!({ "stage": stage })), "rok": fact(rok) });
            if !plan_stages.is_empty() {
                agreements["lok_plan"] = fact(plan(&mut noise, plan_stages));
            }
            json!({ "id": code(i), "profile": { "agreements": agreements } })
        })
        .collect();
    for kind in ["region", "lansstyrelsen"] {
        organisations.push(json!({ "id": slug(kind), "profile": {} }));
    }
    json!({ "region": format!("{COUNTY} (syntetiska testdata)"), "organisations": organisations, "county": {} })
}

pub fn population(n: usize) -> String {
    let mut noise = Noise(0x1234_5678_9abc_def1);
    let mut out = String::from("kod,kommun,folkmangd_2024_12_31,folkmangd_2023_12_31\n");
    for i in 0..n {
        // Skewed like real municipalities: most small, a few large.
        let count = (2500.0 + 250_000.0 * noise.unit().powi(6)).round() as u32;
        let _ = writeln!(out, "{},{},{count},{count}", code(i), name(i));
    }
    out
}

/// The county texts, made from a real package's texts by putting the synthetic county and its
/// number of municipalities in place of the real ones.
pub fn texts(template: &str, real_county: &str, real_count: usize, n: usize) -> String {
    let count = real_count.to_string();
    template
        .lines()
        .map(|line| {
            if line.trim_start().starts_with('#') {
                return line.to_owned();
            }
            line.replace(&format!("{real_county}s"), &format!("{COUNTY}s"))
                .replace(real_county, COUNTY)
                .split(' ')
                .map(|word| {
                    let digits = word.trim_matches(|c: char| !c.is_ascii_digit());
                    if digits == count {
                        word.replace(&count, &n.to_string())
                    } else {
                        word.to_owned()
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}
