use super::*;
use std::collections::HashMap;

type Segment = ((i64, i64), (i64, i64));

/// A file of the repository. Read from the run-time environment, not baked in at compile time:
/// a shared target directory may hold a test binary built from a checkout at another path.
fn repo_file(relative: &str) -> std::path::PathBuf {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_owned());
    std::path::Path::new(&manifest).join("../..").join(relative)
}

fn load() -> MapShapes {
    let path = repo_file("data/regions/dalarna/boundaries/kommuner.geojson");
    let text = std::fs::read_to_string(path).expect("boundary file is in the repository");
    build(&parse_geojson(&text).expect("valid GeoJSON"))
}

#[test]
fn has_all_fifteen_municipalities_with_labels_inside() {
    let map = load();
    let codes: Vec<&str> = map.shapes.iter().map(|s| s.code.as_str()).collect();
    assert_eq!(codes.len(), 15);
    assert!(codes.contains(&"2080") && codes.contains(&"2039"));
    for s in &map.shapes {
        assert!(!s.rings.is_empty(), "{} has no rings", s.code);
        let p = (s.label.0 as f64, s.label.1 as f64);
        assert!(inside(p, &s.rings), "label of {} is outside", s.code);
    }
}

/// Segment → the codes of the rings that draw it.
fn segment_users(map: &MapShapes) -> HashMap<Segment, Vec<&str>> {
    let mut users: HashMap<Segment, Vec<&str>> = HashMap::new();
    for s in &map.shapes {
        for ring in &s.rings {
            for i in 0..ring.len() {
                let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
                let key = if a < b { (a, b) } else { (b, a) };
                users.entry(key).or_default().push(&s.code);
            }
        }
    }
    users
}

/// How many segments two municipalities share; panics at a segment drawn by more than two
/// rings or twice by one municipality.
fn shared_segments(users: &HashMap<Segment, Vec<&str>>) -> usize {
    let mut shared = 0;
    for (segment, codes) in users {
        assert!(codes.len() <= 2, "{segment:?} used by {codes:?}");
        if codes.len() == 2 {
            assert_ne!(codes[0], codes[1], "{segment:?}");
            shared += 1;
        }
    }
    shared
}

#[test]
fn neighbours_share_identical_borders() {
    // Every simplified segment is used by exactly one ring (the county's outline) or by
    // exactly two rings of different municipalities (a shared border drawn the same way).
    let map = load();
    let users = segment_users(&map);
    let shared = shared_segments(&users);
    assert!(shared > 100, "only {shared} shared segments");
    // Falun and Borlänge are neighbours.
    assert!(
        users
            .values()
            .any(|c| c.contains(&"2080") && c.contains(&"2081"))
    );
}

#[test]
fn output_is_compact() {
    let map = load();
    let total: usize = map.shapes.iter().map(|s| path_data(&s.rings).len()).sum();
    assert!(total < 20_000, "path data is {total} bytes");
    assert!(map.width > 500 && map.height > 500);
}

#[test]
fn a_synthetic_package_tiles_like_a_real_map() {
    let geojson = synthetic::boundaries(290).to_string();
    let munis = parse_geojson(&geojson).expect("valid GeoJSON");
    assert_eq!(munis.len(), 290);
    assert!(munis.iter().all(|m| m.name.starts_with("Syntetkommun ")));
    let map = build(&munis);
    for s in &map.shapes {
        let p = (s.label.0 as f64, s.label.1 as f64);
        assert!(inside(p, &s.rings), "label of {} is outside", s.code);
    }
    // Inner cells border their neighbours on every side: far more shared than outer segments.
    let users = segment_users(&map);
    let shared = shared_segments(&users);
    assert!(shared * 10 > users.len() * 8, "{shared} of {}", users.len());
    // The same n always gives the same package.
    assert_eq!(geojson, synthetic::boundaries(290).to_string());
}

#[test]
fn synthetic_texts_name_the_synthetic_county_and_its_count() {
    let template = "# kommentar om Dalarna\n\
        a = Kartan visar Dalarnas 15 kommuner (15 st), Region Dalarna. Sidan 150.\n\
        b = Dalarna's 15 municipalities";
    let texts = synthetic::texts(template, "Dalarna", 15, 290);
    assert_eq!(
        texts,
        "# kommentar om Dalarna\n\
         a = Kartan visar Syntetlands 290 kommuner (290 st), Region Syntetland. Sidan 150.\n\
         b = Syntetland's 290 municipalities\n"
    );
}

#[test]
fn short_labels_are_the_fewest_first_letters_that_are_unique() {
    let names = ["Sala", "Salem", "Sandviken", "Ale", "Mora"];
    assert_eq!(
        labels::short_names(&names),
        ["Sala", "Sale", "San", "Ale", "Mor"]
    );
    assert_eq!(
        labels::short_names(&["Älvdalen"]),
        ["Älv"],
        "letters, not bytes"
    );
}

#[test]
fn every_dalarna_municipality_is_named_at_both_sizes_and_no_label_covers_another() {
    let map = load();
    let names: Vec<&str> = map.shapes.iter().map(|s| s.name.as_str()).collect();
    let shorts = labels::short_names(&names);
    for font in [labels::NARROW_FONT, labels::WIDE_FONT] {
        let placed = labels::place(&map.shapes, font, (map.width, map.height));
        let mut rects = Vec::new();
        for ((shape, label), short) in map.shapes.iter().zip(&placed).zip(&shorts) {
            let label = label
                .as_ref()
                .unwrap_or_else(|| panic!("{} unnamed at {font}", shape.name));
            assert!(
                label.text == shape.name || label.text == *short,
                "{}: {}",
                shape.name,
                label.text
            );
            let r = labels::rect((label.x, label.y), &label.text, font);
            assert!(r.0 >= 0 && r.1 >= 0 && r.2 <= map.width && r.3 <= map.height);
            rects.push((shape.name.as_str(), r));
        }
        for (i, (a, ra)) in rects.iter().enumerate() {
            for (b, rb) in &rects[i + 1..] {
                assert!(!labels::overlaps(*ra, *rb), "{a} and {b} overlap at {font}");
            }
            for shape in &map.shapes {
                let marks = labels::marks(shape);
                assert!(
                    !labels::overlaps(*ra, marks),
                    "{a} covers {}'s marks at {font}",
                    shape.name
                );
            }
        }
    }
}

#[test]
fn a_whole_name_is_written_inside_its_area_and_the_wide_map_has_more_of_them() {
    let map = load();
    let whole = |font| {
        let placed = labels::place(&map.shapes, font, (map.width, map.height));
        map.shapes
            .iter()
            .zip(placed)
            .filter_map(|(shape, label)| label.filter(|l| l.text == shape.name).map(|l| (shape, l)))
            .map(|(shape, l)| {
                let (x, y) = (l.x as f64, l.y as f64);
                assert!(
                    inside((x, y), &shape.rings),
                    "{} written outside",
                    shape.name
                );
                shape.name.clone()
            })
            .collect::<Vec<_>>()
    };
    let (narrow, wide) = (whole(labels::NARROW_FONT), whole(labels::WIDE_FONT));
    assert!(narrow.contains(&"Älvdalen".to_owned()), "{narrow:?}");
    assert!(wide.len() > narrow.len(), "{wide:?} / {narrow:?}");
    assert!(wide.contains(&"Malung-Sälen".to_owned()), "{wide:?}");
}
