//! Where the municipalities' names go on the map, decided once per map size: the whole name
//! where it fits inside the area, else a short label (the first letters, unique in the county)
//! inside the area, else the short label across a border where it covers no other label, else
//! none (the area's link and the table still name it).

use crate::{Shape, inside};

/// The names' size on a narrow map (below 40 rem of screen), in map units: the map is then about
/// 290 px wide at the narrowest, where this is about 12 px.
pub const NARROW_FONT: i64 = 42;
/// The names' size on a wide map (the screen, print), in map units.
pub const WIDE_FONT: i64 = 20;
/// The fewest letters of a short label.
const SHORT_LETTERS: usize = 3;

/// A label placed at one map size: its text (the name or a short label), centred on `x`, `y`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub text: String,
    pub x: i64,
    pub y: i64,
}

/// Estimated advance of `c` in a bold sans-serif, in thousandths of the font size. Generous, so a
/// name judged to fit does.
fn advance(c: char) -> i64 {
    match c {
        'i' | 'l' | 'j' | 'I' | '-' | '.' | ' ' => 340,
        'f' | 't' | 'r' => 460,
        'm' | 'w' | 'M' | 'W' => 980,
        c if c.is_uppercase() => 780,
        _ => 660,
    }
}

/// `text`'s estimated width at `font` map units.
pub fn width(text: &str, font: i64) -> i64 {
    text.chars().map(advance).sum::<i64>() * font / 1000
}

/// A box in map units: left, top, right, bottom.
pub(crate) type Rect = (i64, i64, i64, i64);

pub(crate) fn rect((x, y): (i64, i64), text: &str, font: i64) -> Rect {
    let half = width(text, font) / 2 + font / 8;
    (x - half, y - font * 6 / 10, x + half, y + font * 6 / 10)
}

/// The room the marks of an old value and a late plan take at the area's label point, with two
/// units to spare: the map draws them 28 units square, the first centred on it, the second 16
/// units right of the first.
pub(crate) fn marks(shape: &Shape) -> Rect {
    let (x, y) = shape.label;
    (x - 16, y - 16, x + 32, y + 16)
}

/// Whether every point of `r`'s outline (sampled at a quarter of the font size) is inside the area.
fn fits(shape: &Shape, r: Rect, font: i64) -> bool {
    let step = (font / 4).max(1);
    let mut points = Vec::new();
    let mut x = r.0;
    while x <= r.2 {
        points.extend([(x, r.1), (x, r.3)]);
        x += step;
    }
    let mut y = r.1;
    while y <= r.3 {
        points.extend([(r.0, y), (r.2, y)]);
        y += step;
    }
    points.extend([(r.2, r.1), (r.2, r.3)]);
    points
        .into_iter()
        .all(|(x, y)| inside((x as f64, y as f64), &shape.rings))
}

pub(crate) fn overlaps(a: Rect, b: Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// Each name's short label: its first three letters, or as many more as make it unique.
pub fn short_names(names: &[&str]) -> Vec<String> {
    let prefix = |name: &str, n: usize| name.chars().take(n).collect::<String>();
    names
        .iter()
        .map(|name| {
            let length = name.chars().count();
            (SHORT_LETTERS..length)
                .map(|n| prefix(name, n))
                .find(|short| {
                    names
                        .iter()
                        .filter(|other| prefix(other, short.chars().count()) == *short)
                        .count()
                        == 1
                })
                .unwrap_or_else(|| (*name).to_owned())
        })
        .collect()
}

/// The points of the area's bounding box, widened by three font sizes, on a grid of a third of
/// the font size, nearest to its label point first.
fn candidates(shape: &Shape, font: i64) -> Vec<(i64, i64)> {
    let xs = shape.rings.iter().flatten().map(|p| p.0);
    let ys = shape.rings.iter().flatten().map(|p| p.1);
    let margin = 3 * font;
    let (min_x, max_x) = (
        xs.clone().min().unwrap_or(0) - margin,
        xs.max().unwrap_or(0) + margin,
    );
    let (min_y, max_y) = (
        ys.clone().min().unwrap_or(0) - margin,
        ys.max().unwrap_or(0) + margin,
    );
    let step = (font / 3).max(1) as usize;
    let mut points: Vec<(i64, i64)> = (min_x..=max_x)
        .step_by(step)
        .flat_map(|x| (min_y..=max_y).step_by(step).map(move |y| (x, y)))
        .collect();
    let (lx, ly) = shape.label;
    points.sort_by_key(|(x, y)| (x - lx).pow(2) + (y - ly).pow(2));
    points
}

/// Each shape's label at `font`, in the shapes' order, clear of every area's marks and of each
/// other. Labels inside their areas come first: the whole name where it fits, else the short
/// label. Then a short label across a border, at most three font sizes from the label point,
/// where it covers nothing and stays on the map; else none.
pub fn place(shapes: &[Shape], font: i64, view: (i64, i64)) -> Vec<Option<Placed>> {
    let names: Vec<&str> = shapes.iter().map(|s| s.name.as_str()).collect();
    let shorts = short_names(&names);
    let mut taken: Vec<Rect> = shapes.iter().map(marks).collect();
    let mut placed: Vec<Option<Placed>> = vec![None; shapes.len()];
    for (i, shape) in shapes.iter().enumerate() {
        let points = candidates(shape, font);
        placed[i] = [shape.name.as_str(), shorts[i].as_str()]
            .into_iter()
            .find_map(|text| {
                points.iter().find_map(|&p| {
                    let r = rect(p, text, font);
                    (fits(shape, r, font) && !taken.iter().any(|t| overlaps(*t, r))).then(|| {
                        taken.push(r);
                        Placed {
                            text: text.to_owned(),
                            x: p.0,
                            y: p.1,
                        }
                    })
                })
            });
    }
    for (i, shape) in shapes.iter().enumerate() {
        if placed[i].is_some() {
            continue;
        }
        let (lx, ly) = shape.label;
        let reach = 3 * font;
        placed[i] = candidates(shape, font)
            .into_iter()
            .filter(|(x, y)| (x - lx).abs() <= reach && (y - ly).abs() <= reach)
            .find_map(|p| {
                let r = rect(p, &shorts[i], font);
                let within = r.0 >= 0 && r.1 >= 0 && r.2 <= view.0 && r.3 <= view.1;
                (within && !taken.iter().any(|t| overlaps(*t, r))).then(|| {
                    taken.push(r);
                    Placed {
                        text: shorts[i].clone(),
                        x: p.0,
                        y: p.1,
                    }
                })
            });
    }
    placed
}
