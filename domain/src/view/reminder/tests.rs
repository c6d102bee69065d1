use super::{compose, item_link};
use crate::model::OrgId;
use crate::model::profile::Section;
use crate::model::reminder::Occasion;
use crate::model::round::Item;
use crate::model::round::tests::round;
use chrono::NaiveDate;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("present")
}

#[test]
fn a_reminder_names_what_is_left_with_a_link_to_each_item() {
    let mut round = round(day(2026, 3, 1), day(2026, 3, 31));
    round.title = "Uppföljning <2026> & mer".into();
    let falun = OrgId::parse("2080").expect("org");
    let left = [Item::Section(Section::Governance), Item::Question(0)];
    let mail = compose(
        &round,
        Occasion::DaysBefore(14),
        &falun,
        &left,
        "https://karta.example.se/",
    );
    assert_eq!(
        mail.subject,
        "Påminnelse: Uppföljning <2026> & mer, sista dag för svar 31 mars 2026"
    );
    assert!(mail.text.contains("om 14 dagar"), "{}", mail.text);
    assert!(mail.text.contains("Falun har 2 av 3 kvar"), "{}", mail.text);
    let governance = item_link("https://karta.example.se/", &round, left[0]);
    assert_eq!(
        governance,
        "https://karta.example.se/uppfoljning/uppfoljning-2026#avsnitt-styrning"
    );
    assert!(mail.text.contains(&governance), "{}", mail.text);
    assert!(mail.text.contains("#svar-0"), "{}", mail.text);
    assert!(mail.html.contains(&format!("href=\"{governance}\"")));
    // What the administrator typed is text in the HTML part, never markup.
    assert!(mail.html.contains("Uppföljning &lt;2026&gt; &amp; mer"));
    assert!(!mail.html.contains("<2026>"));
}

#[test]
fn each_occasion_has_its_own_words() {
    let round = round(day(2026, 3, 1), day(2026, 3, 31));
    let falun = OrgId::parse("2080").expect("org");
    let left = [Item::Question(0)];
    let base = "https://karta.example.se";
    let opens = compose(&round, Occasion::Opens, &falun, &left, base);
    assert_eq!(opens.subject, "Uppföljning 2026 har öppnat");
    assert!(opens.text.contains("senast 31 mars 2026"));
    let after = compose(&round, Occasion::DayAfter, &falun, &left, base);
    assert_eq!(after.subject, "Sista dagen har passerat: Uppföljning 2026");
    assert!(after.text.contains("markeras som sena"));
}
