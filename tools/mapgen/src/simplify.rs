//! Douglas–Peucker simplification of a polyline whose end points stay fixed.

pub type Pt = (f64, f64);

fn distance_to_segment(p: Pt, a: Pt, b: Pt) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    if len2 == 0.0 {
        return ((p.0 - a.0).powi(2) + (p.1 - a.1).powi(2)).sqrt();
    }
    let t = (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0);
    let (qx, qy) = (a.0 + t * dx, a.1 + t * dy);
    ((p.0 - qx).powi(2) + (p.1 - qy).powi(2)).sqrt()
}

/// Indices of the points kept, always including the first and the last.
pub fn douglas_peucker(points: &[Pt], tolerance: f64) -> Vec<usize> {
    let Some(last) = points.len().checked_sub(1) else {
        return vec![];
    };
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[last] = true;
    let mut stack = vec![(0, last)];
    while let Some((start, end)) = stack.pop() {
        if end <= start + 1 {
            continue;
        }
        let (mut worst, mut worst_d) = (start, 0.0);
        for i in start + 1..end {
            let d = distance_to_segment(points[i], points[start], points[end]);
            if d > worst_d {
                worst = i;
                worst_d = d;
            }
        }
        if worst_d > tolerance {
            keep[worst] = true;
            stack.push((start, worst));
            stack.push((worst, end));
        }
    }
    keep.iter()
        .enumerate()
        .filter_map(|(i, k)| k.then_some(i))
        .collect()
}

#[cfg(test)]
mod tests;
