#[test]
fn positions_are_percentages_rounded_to_a_tenth() {
    use super::css_percent;
    assert_eq!(css_percent(0, 640), "0.0");
    assert_eq!(css_percent(320, 640), "50.0");
    assert_eq!(css_percent(1, 3), "33.3");
    assert_eq!(css_percent(2, 3), "66.7");
    assert_eq!(css_percent(640, 640), "100.0");
    assert_eq!(css_percent(5, 0), "500.0", "no division by zero");
}
