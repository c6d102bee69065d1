//! Builds the map's SVG path data from the municipality boundaries: projects to SWEREF 99 TM,
//! splits the rings into arcs at the points where borders meet, simplifies each arc once (so
//! neighbours keep identical shared borders) and writes compact relative path data.

pub mod labels;
pub mod projection;
mod render;
pub mod simplify;
pub mod synthetic;

pub use render::render_rust;

use serde_json::Value;
use simplify::Pt;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

/// Metres of tolerance for the simplification.
pub const TOLERANCE_M: f64 = 400.0;
/// Metres per SVG user unit.
pub const METRES_PER_UNIT: f64 = 250.0;

type Key = (i64, i64);

#[derive(Debug, Clone)]
pub struct Municipality {
    pub code: String,
    pub name: String,
    /// Polygons, each a list of rings (outer first), each ring without the closing point.
    pub polygons: Vec<Vec<Vec<Key>>>,
}

/// Map output: a view box and, per municipality, its path data and a label point.
#[derive(Debug, Clone)]
pub struct MapShapes {
    pub width: i64,
    pub height: i64,
    pub shapes: Vec<Shape>,
}

#[derive(Debug, Clone)]
pub struct Shape {
    pub code: String,
    pub name: String,
    /// Rings in user units, as closed polylines without the closing point.
    pub rings: Vec<Vec<(i64, i64)>>,
    pub label: (i64, i64),
}

fn key_of(lon: f64, lat: f64) -> Key {
    ((lon * 1e6).round() as i64, (lat * 1e6).round() as i64)
}

fn ring_from_json(ring: &Value) -> Result<Vec<Key>, String> {
    let pts = ring.as_array().ok_or("ring is not an array")?;
    let mut out: Vec<Key> = Vec::with_capacity(pts.len());
    for p in pts {
        let lon = p.get(0).and_then(Value::as_f64).ok_or("bad longitude")?;
        let lat = p.get(1).and_then(Value::as_f64).ok_or("bad latitude")?;
        let k = key_of(lon, lat);
        if out.last() != Some(&k) {
            out.push(k);
        }
    }
    if out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    Ok(out)
}

/// Reads a GeoJSON FeatureCollection with `code` and `name` properties.
pub fn parse_geojson(text: &str) -> Result<Vec<Municipality>, String> {
    let doc: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let features = doc
        .get("features")
        .and_then(Value::as_array)
        .ok_or("no features")?;
    let mut out = Vec::new();
    for f in features {
        let prop = |k: &str| {
            f.pointer(&format!("/properties/{k}"))
                .and_then(Value::as_str)
                .map(str::to_owned)
                .ok_or(format!("feature without {k}"))
        };
        let geometry = f.get("geometry").ok_or("feature without geometry")?;
        let coords = geometry.get("coordinates").ok_or("no coordinates")?;
        let polygons: Vec<&Value> = match geometry.get("type").and_then(Value::as_str) {
            Some("Polygon") => vec![coords],
            Some("MultiPolygon") => coords
                .as_array()
                .ok_or("bad multipolygon")?
                .iter()
                .collect(),
            other => return Err(format!("unsupported geometry {other:?}")),
        };
        let polygons = polygons
            .into_iter()
            .map(|poly| {
                poly.as_array()
                    .ok_or_else(|| "bad polygon".to_owned())?
                    .iter()
                    .map(ring_from_json)
                    .collect::<Result<Vec<_>, String>>()
            })
            .collect::<Result<Vec<_>, String>>()?;
        out.push(Municipality {
            code: prop("code")?,
            name: prop("name")?,
            polygons,
        });
    }
    out.sort_by(|a, b| a.code.cmp(&b.code));
    Ok(out)
}

/// Points where more than two border segments meet: arcs start and end there.
fn junctions(munis: &[Municipality]) -> BTreeSet<Key> {
    let mut neighbours: HashMap<Key, BTreeSet<Key>> = HashMap::new();
    for ring in munis.iter().flat_map(|m| m.polygons.iter().flatten()) {
        for (i, &p) in ring.iter().enumerate() {
            let next = ring[(i + 1) % ring.len()];
            neighbours.entry(p).or_default().insert(next);
            neighbours.entry(next).or_default().insert(p);
        }
    }
    neighbours
        .into_iter()
        .filter(|(_, n)| n.len() != 2)
        .map(|(k, _)| k)
        .collect()
}

/// Splits a ring into arcs that start and end at junctions. A ring without junctions becomes
/// one closed arc starting at its smallest point, so both its users split it the same way.
fn arcs_of_ring(ring: &[Key], nodes: &BTreeSet<Key>) -> Vec<Vec<Key>> {
    let start = ring
        .iter()
        .position(|p| nodes.contains(p))
        .or_else(|| {
            ring.iter()
                .enumerate()
                .min_by_key(|(_, p)| **p)
                .map(|(i, _)| i)
        })
        .unwrap_or(0);
    let n = ring.len();
    let mut arcs = Vec::new();
    let mut current = vec![ring[start]];
    for step in 1..=n {
        let p = ring[(start + step) % n];
        current.push(p);
        if nodes.contains(&p) || step == n {
            arcs.push(std::mem::replace(&mut current, vec![p]));
        }
    }
    arcs
}

fn canonical(arc: &[Key]) -> (Vec<Key>, bool) {
    let reversed: Vec<Key> = arc.iter().rev().copied().collect();
    if reversed.as_slice() < arc {
        (reversed, true)
    } else {
        (arc.to_vec(), false)
    }
}

fn project(k: Key) -> Pt {
    projection::sweref99tm(k.0 as f64 / 1e6, k.1 as f64 / 1e6)
}

fn simplify_arc(arc: &[Key]) -> Vec<Key> {
    let pts: Vec<Pt> = arc.iter().map(|&k| project(k)).collect();
    let closed = arc.first() == arc.last();
    let kept = if closed && arc.len() > 3 {
        // A closed arc is simplified in two halves around its farthest point.
        let far = (1..pts.len() - 1)
            .max_by(|&a, &b| {
                let da = (pts[a].0 - pts[0].0).hypot(pts[a].1 - pts[0].1);
                let db = (pts[b].0 - pts[0].0).hypot(pts[b].1 - pts[0].1);
                da.total_cmp(&db)
            })
            .unwrap_or(1);
        let mut first = simplify::douglas_peucker(&pts[..=far], TOLERANCE_M);
        let second = simplify::douglas_peucker(&pts[far..], TOLERANCE_M);
        first.extend(second.into_iter().skip(1).map(|i| i + far));
        first
    } else {
        simplify::douglas_peucker(&pts, TOLERANCE_M)
    };
    kept.into_iter().map(|i| arc[i]).collect()
}

/// Builds the simplified, projected shapes.
pub fn build(munis: &[Municipality]) -> MapShapes {
    let nodes = junctions(munis);
    let mut simplified: BTreeMap<Vec<Key>, Vec<Key>> = BTreeMap::new();
    let mut rings_out: Vec<Vec<Vec<Key>>> = Vec::new();
    for m in munis {
        let mut rings = Vec::new();
        for ring in m.polygons.iter().flatten() {
            let mut out: Vec<Key> = Vec::new();
            for arc in arcs_of_ring(ring, &nodes) {
                let (canon, reversed) = canonical(&arc);
                let simple = simplified
                    .entry(canon.clone())
                    .or_insert_with(|| simplify_arc(&canon))
                    .clone();
                let mut simple = simple;
                if reversed {
                    simple.reverse();
                }
                if out.last() == simple.first() {
                    out.extend(simple.into_iter().skip(1));
                } else {
                    out.extend(simple);
                }
            }
            if out.len() > 1 && out.first() == out.last() {
                out.pop();
            }
            rings.push(out);
        }
        rings_out.push(rings);
    }

    let projected: Vec<Vec<Vec<Pt>>> = rings_out
        .iter()
        .map(|rings| {
            rings
                .iter()
                .map(|r| r.iter().map(|&k| project(k)).collect())
                .collect()
        })
        .collect();
    let all = projected.iter().flatten().flatten();
    let (mut min_e, mut max_e, mut min_n, mut max_n) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for &(e, n) in all {
        min_e = min_e.min(e);
        max_e = max_e.max(e);
        min_n = min_n.min(n);
        max_n = max_n.max(n);
    }
    let margin = 4;
    let to_unit = |(e, n): Pt| -> (i64, i64) {
        (
            ((e - min_e) / METRES_PER_UNIT).round() as i64 + margin,
            ((max_n - n) / METRES_PER_UNIT).round() as i64 + margin,
        )
    };
    let shapes = munis
        .iter()
        .zip(projected)
        .map(|(m, rings)| {
            let rings: Vec<Vec<(i64, i64)>> = rings
                .iter()
                .map(|r| {
                    let mut out: Vec<(i64, i64)> = Vec::new();
                    for &p in r {
                        let u = to_unit(p);
                        if out.last() != Some(&u) {
                            out.push(u);
                        }
                    }
                    while out.len() > 1 && out.first() == out.last() {
                        out.pop();
                    }
                    out
                })
                .filter(|r| r.len() >= 3)
                .collect();
            let label = label_point(&rings);
            Shape {
                code: m.code.clone(),
                name: m.name.clone(),
                rings,
                label,
            }
        })
        .collect();
    MapShapes {
        width: ((max_e - min_e) / METRES_PER_UNIT).round() as i64 + 2 * margin,
        height: ((max_n - min_n) / METRES_PER_UNIT).round() as i64 + 2 * margin,
        shapes,
    }
}

pub(crate) fn inside(p: (f64, f64), rings: &[Vec<(i64, i64)>]) -> bool {
    // Even-odd over every ring, as the SVG is drawn.
    let mut c = false;
    for ring in rings {
        for i in 0..ring.len() {
            let a = ring[i];
            let b = ring[(i + 1) % ring.len()];
            let (ax, ay, bx, by) = (a.0 as f64, a.1 as f64, b.0 as f64, b.1 as f64);
            if (ay > p.1) != (by > p.1) && p.0 < (bx - ax) * (p.1 - ay) / (by - ay) + ax {
                c = !c;
            }
        }
    }
    c
}

fn edge_distance(p: (f64, f64), rings: &[Vec<(i64, i64)>]) -> f64 {
    let mut best = f64::MAX;
    for ring in rings {
        for i in 0..ring.len() {
            let a = ring[i];
            let b = ring[(i + 1) % ring.len()];
            let (ax, ay, bx, by) = (a.0 as f64, a.1 as f64, b.0 as f64, b.1 as f64);
            let (dx, dy) = (bx - ax, by - ay);
            let len2 = (dx * dx + dy * dy).max(f64::MIN_POSITIVE);
            let t = (((p.0 - ax) * dx + (p.1 - ay) * dy) / len2).clamp(0.0, 1.0);
            best = best.min((p.0 - ax - t * dx).hypot(p.1 - ay - t * dy));
        }
    }
    best
}

/// The inside point farthest from any edge, on a grid: where a tooltip or label can sit.
fn label_point(rings: &[Vec<(i64, i64)>]) -> (i64, i64) {
    let xs = rings.iter().flatten().map(|p| p.0);
    let ys = rings.iter().flatten().map(|p| p.1);
    let (min_x, max_x) = (xs.clone().min().unwrap_or(0), xs.max().unwrap_or(0));
    let (min_y, max_y) = (ys.clone().min().unwrap_or(0), ys.max().unwrap_or(0));
    let steps = 60;
    let mut best = ((min_x + max_x) / 2, (min_y + max_y) / 2);
    let mut best_d = -1.0;
    for i in 0..=steps {
        for j in 0..=steps {
            let x = min_x as f64 + (max_x - min_x) as f64 * f64::from(i) / f64::from(steps);
            let y = min_y as f64 + (max_y - min_y) as f64 * f64::from(j) / f64::from(steps);
            if inside((x, y), rings) {
                let d = edge_distance((x, y), rings);
                if d > best_d {
                    best_d = d;
                    best = (x.round() as i64, y.round() as i64);
                }
            }
        }
    }
    best
}

/// Compact SVG path data: absolute move, relative lines, close.
pub fn path_data(rings: &[Vec<(i64, i64)>]) -> String {
    let mut d = String::new();
    for ring in rings {
        let Some(first) = ring.first() else { continue };
        let _ = write!(d, "M{} {}l", first.0, first.1);
        let mut prev = *first;
        let mut sep = "";
        for &p in &ring[1..] {
            let (dx, dy) = (p.0 - prev.0, p.1 - prev.1);
            let _ = write!(d, "{sep}{dx} {dy}");
            sep = " ";
            prev = p;
        }
        d.push('z');
    }
    d
}

#[cfg(test)]
mod tests;
