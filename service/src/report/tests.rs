use crate::rounds::{answer, close, report};
use crate::tests::{NOW, ROUND_ID, Who, World, at};
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use domain::form::ProfileForm;
use domain::model::OrgId;
use std::io::Cursor;

/// A world whose round has one answer that looks like a formula and is then closed.
async fn closed_world() -> World {
    let world = World::new().await;
    let falun = world.actor(Who::CoordinatorA).await;
    answer(
        &world.db,
        &falun,
        ROUND_ID,
        "2080",
        0,
        "=1+1 samordnare",
        at(NOW),
    )
    .await
    .expect("answer");
    let admin = world.actor(Who::Admin).await;
    close(&world.db, &admin, ROUND_ID, true, at(NOW + 60))
        .await
        .expect("close");
    world
}

fn cell(range: &calamine::Range<Data>, row: u32, col: u32) -> String {
    match range.get_value((row, col)) {
        Some(Data::String(s)) => s.clone(),
        other => panic!("no text at {row},{col}: {other:?}"),
    }
}

#[tokio::test]
async fn the_workbook_reads_back_with_a_sheet_per_part_and_no_formula() {
    let world = closed_world().await;
    let report = report(&world.db, ROUND_ID).await.expect("report");
    let bytes = super::xlsx(&report).expect("workbook");
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).expect("an xlsx file");
    assert_eq!(
        book.sheet_names(),
        [
            "Länet",
            "Förändringar",
            "Organisationer",
            "Svar",
            "Svarsstatus"
        ]
    );
    let orgs = book.worksheet_range("Organisationer").expect("sheet");
    assert_eq!(
        (0..7).map(|c| cell(&orgs, 0, c)).collect::<Vec<_>>(),
        [
            "Id",
            "Organisation",
            "Indikator",
            "Förra omgången",
            "Nu",
            "Förändring",
            "Källa"
        ]
    );
    // Compared with the mapping of 2019: every organisation's row has a "before".
    let rows = report.table("organisationer").expect("part").rows;
    assert_eq!(orgs.get_size().0, rows.len() + 1);
    assert!(rows.iter().all(|r| !r[3].is_empty() && !r[5].is_empty()));
    assert_eq!(cell(&orgs, 1, 3), rows[0][3]);
    let answers = book.worksheet_range("Svar").expect("sheet");
    let falun = (1..answers.get_size().0 as u32)
        .find(|r| cell(&answers, *r, 0) == "2080")
        .expect("Falun's answers");
    assert_eq!(cell(&answers, falun, 3), "=1+1 samordnare");
    for sheet in book.sheet_names() {
        let formulas = book.worksheet_formula(&sheet).expect("formulas");
        assert!(
            formulas.used_cells().all(|(_, _, f)| f.is_empty()),
            "{sheet} has a formula"
        );
    }
}

#[tokio::test]
async fn the_report_is_rebuilt_to_the_same_bytes_whatever_happens_after_closing() {
    let world = closed_world().await;
    let first = report(&world.db, ROUND_ID).await.expect("report");
    let xlsx = super::xlsx(&first).expect("workbook");
    let csv = super::csv(&first, "organisationer").expect("a part");
    // A profile changed after closing is not in the closed round's report.
    let falun = world.actor(Who::CoordinatorA).await;
    let stored = world
        .db
        .profile(&OrgId::parse("2080").expect("org"))
        .await
        .expect("db")
        .expect("profile");
    let form = ProfileForm {
        lok_stage: "drafting".into(),
        ..ProfileForm::from_profile(&stored.profile)
    };
    crate::profiles::save(
        &world.db,
        &falun,
        "2080",
        stored.version,
        &form,
        at(NOW + 120),
    )
    .await
    .expect("save");
    let again = report(&world.db, ROUND_ID).await.expect("report");
    assert_eq!(first, again);
    assert_eq!(xlsx, super::xlsx(&again).expect("workbook"));
    assert_eq!(csv, super::csv(&again, "organisationer").expect("a part"));
    // The CSV guards the formula-like answer.
    let answers = super::csv(&again, "svar").expect("a part");
    assert!(answers.contains(";'=1+1 samordnare;"), "{answers}");
    assert!(answers.starts_with('\u{feff}'));
    assert_eq!(super::csv(&again, "finns-inte"), None);
}
