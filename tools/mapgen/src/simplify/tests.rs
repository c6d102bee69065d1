use super::*;

#[test]
fn straight_line_keeps_only_ends() {
    let line: Vec<Pt> = (0..10).map(|i| (f64::from(i), 0.0)).collect();
    assert_eq!(douglas_peucker(&line, 0.1), vec![0, 9]);
}

#[test]
fn keeps_a_corner_above_tolerance() {
    let line = [(0.0, 0.0), (5.0, 5.0), (10.0, 0.0)];
    assert_eq!(douglas_peucker(&line, 1.0), vec![0, 1, 2]);
    assert_eq!(douglas_peucker(&line, 10.0), vec![0, 2]);
}
