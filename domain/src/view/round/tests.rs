use super::{Matrix, share};
use crate::model::profile::Section;
use crate::model::round::{Done, Item, Response, Round};
use chrono::{NaiveDate, TimeZone, Utc};

fn round() -> Round {
    let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).expect("a day");
    let mut round = crate::model::round::tests::round(day(3, 1), day(4, 30));
    round.orgs.truncate(2);
    round
}

fn at(m: u32, d: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, m, d, 12, 0, 0)
        .single()
        .expect("a time")
}

#[test]
fn each_cell_shows_the_latest_thing_done_and_whether_it_came_late() {
    let r = round();
    let a = r.orgs[0].clone();
    let b = r.orgs[1].clone();
    let responses = vec![
        // Before the round opened: does not count.
        Response {
            org: a.clone(),
            item: Item::Section(Section::Governance),
            done: Done::Changed,
            at: at(2, 27),
        },
        Response {
            org: a.clone(),
            item: Item::Section(Section::Agreements),
            done: Done::Confirmed,
            at: at(3, 2),
        },
        Response {
            org: a.clone(),
            item: Item::Section(Section::Agreements),
            done: Done::Changed,
            at: at(3, 5),
        },
        Response {
            org: a.clone(),
            item: Item::Question(0),
            done: Done::Answered,
            at: at(5, 2),
        },
        // Confirmed in time, changed after the deadline: in time, and changed.
        Response {
            org: b.clone(),
            item: Item::Section(Section::Governance),
            done: Done::Confirmed,
            at: at(4, 30),
        },
        Response {
            org: b.clone(),
            item: Item::Section(Section::Governance),
            done: Done::Changed,
            at: at(5, 3),
        },
    ];
    let m = Matrix::build(&r, &responses);
    let row_a = m.row(&a).expect("present");
    assert_eq!(row_a.cells[0].done, Some(Done::Changed));
    assert!(!row_a.cells[0].late);
    assert_eq!(row_a.cells[1].done, None);
    assert_eq!(row_a.cells[2].done, Some(Done::Answered));
    assert!(row_a.cells[2].late);
    assert_eq!(row_a.answered(), 2);
    let row_b = m.row(&b).expect("present");
    assert_eq!(row_b.cells[1].done, Some(Done::Changed));
    assert!(!row_b.cells[1].late);
    assert_eq!(row_b.answered(), 1);
    assert_eq!(m.column_answered(0), 1);
    assert_eq!(m.column_answered(1), 1);
    assert_eq!(m.column_answered(2), 1);
    assert_eq!(m.total(), (3, 6));
}

#[test]
fn shares_are_rounded_down_never_up() {
    assert_eq!(share(2, 3), 66);
    assert_eq!(share(1, 3), 33);
    assert_eq!(share(199, 200), 99);
    assert_eq!(share(3, 3), 100);
    assert_eq!(share(0, 0), 0);
    assert_eq!(share(5, 3), 100);
}

#[test]
fn a_partner_is_asked_the_questions_only_and_counted_so() {
    let mut r = round();
    let partner = crate::model::OrgId::partners()[0].clone();
    r.orgs.push(partner.clone());
    let responses = vec![Response {
        org: partner.clone(),
        item: Item::Question(0),
        done: Done::Answered,
        at: at(3, 3),
    }];
    let m = Matrix::build(&r, &responses);
    let row = m.row(&partner).expect("present");
    let asked: Vec<bool> = row.cells.iter().map(|c| c.asked).collect();
    assert_eq!(asked, [false, false, true]);
    assert_eq!((row.answered(), row.asked()), (1, 1));
    assert_eq!(m.column_asked(0), 2);
    assert_eq!(m.column_asked(2), 3);
    assert_eq!(m.total(), (1, 2 * 3 + 1));
    assert_eq!(r.items_for(&partner), [Item::Question(0)]);
    let (mark, text) = super::cell_text(crate::i18n::Lang::Sv, row.cells[0]);
    assert_eq!((mark, text.as_str()), ("", "Frågas inte (ingen profil)"));
}
