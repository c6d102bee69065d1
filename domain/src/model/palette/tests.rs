use super::*;

#[test]
fn contrast_matches_known_values() {
    let black_white = contrast_ratio("#000000", "#ffffff").expect("valid colours");
    assert!((black_white - 21.0).abs() < 0.01);
    assert!(contrast_ratio("#fff", "#000").is_none());
}

#[test]
fn borders_stand_out_against_every_fill() {
    for style in all_styles() {
        let ratio = contrast_ratio(BORDER, style.fill).expect("valid colours");
        assert!(ratio >= 3.0, "{} has contrast {ratio:.2}", style.id);
    }
}

#[test]
fn every_style_has_its_own_pattern_and_id() {
    let styles: Vec<Style> = all_styles().collect();
    for (i, a) in styles.iter().enumerate() {
        for b in &styles[i + 1..] {
            assert_ne!(a.pattern, b.pattern, "{} and {}", a.id, b.id);
            assert_ne!(a.id, b.id);
            assert_ne!(a.fill, b.fill);
        }
    }
}
