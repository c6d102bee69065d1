use super::*;

#[test]
fn a_fixed_clock_shows_what_it_was_set_to_in_every_clone() {
    let at = |s: &str| s.parse::<DateTime<Utc>>().expect("RFC 3339");
    let clock = Clock::fixed(at("2027-03-01T08:00:00Z"));
    let seen_by_the_server = clock.clone();
    assert_eq!(seen_by_the_server.today().to_string(), "2027-03-01");
    clock.set(at("2027-03-15T23:59:59Z"));
    assert_eq!(seen_by_the_server.now(), at("2027-03-15T23:59:59Z"));
    assert_eq!(seen_by_the_server.unix_secs(), 1_805_155_199);
}

#[test]
fn the_system_clock_is_not_set_by_a_test() {
    let clock = Clock::system();
    clock.set("2000-01-01T00:00:00Z".parse().expect("RFC 3339"));
    assert!(clock.today().to_string().as_str() > "2026-01-01");
}
