use super::*;

#[test]
fn central_meridian_maps_to_false_easting() {
    let (e, n) = sweref99tm(15.0, 60.0);
    assert!((e - 500_000.0).abs() < 0.001);
    // Meridian arc to 60° N on GRS80 is 6 654 072.82 m (numerical integration), scaled by 0.9996.
    assert!((n - 6_654_072.82 * 0.9996).abs() < 0.05, "{n}");
}

#[test]
fn east_of_meridian_is_east() {
    let (e, _) = sweref99tm(16.0, 60.0);
    assert!(e > 555_000.0 && e < 556_000.0, "{e}");
}
