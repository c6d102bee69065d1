use super::*;

#[test]
fn accepts_zero_to_hundred_only() {
    assert_eq!(Percent::new(0).map(Percent::get), Ok(0));
    assert_eq!(Percent::new(100), Ok(Percent::FULL));
    assert_eq!(Percent::new(101), Err(PercentOutOfRange(101)));
    assert_eq!(
        PercentOutOfRange(150).to_string(),
        "Andelen måste vara mellan 0 och 100 %, inte 150 %."
    );
}

#[test]
fn refuses_out_of_range_values_when_parsing() {
    assert_eq!(
        serde_json::from_str::<Percent>("50").ok(),
        Percent::new(50).ok()
    );
    assert!(serde_json::from_str::<Percent>("150").is_err());
    assert!(serde_json::from_str::<Percent>("-5").is_err());
    assert!(serde_json::from_str::<Percent>("\"50\"").is_err());
    assert_eq!(Percent::FULL.to_string(), "100 %");
}
