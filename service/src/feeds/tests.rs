use super::*;
use crate::tests::{NOW, ROUND_ID, World, at};

#[tokio::test]
async fn the_calendar_has_the_running_rounds_dates_stamped_by_the_clock() {
    let world = World::new().await;
    let ics = calendar(&world.db, None, at(NOW)).await.expect("calendar");
    let lines: Vec<&str> = ics.lines().collect();
    let event = |uid: &str| {
        let start = lines
            .iter()
            .position(|l| *l == format!("UID:{uid}@dalarna.kvinnofridskartan"))?;
        let begin = lines[..start].iter().rposition(|l| *l == "BEGIN:VEVENT")?;
        let end = start + lines[start..].iter().position(|l| *l == "END:VEVENT")?;
        Some(lines[begin..end].to_vec())
    };
    let deadline = event(&format!("omgang-{ROUND_ID}-sista-dag")).expect("the deadline");
    assert!(
        deadline.contains(&"DTSTART;VALUE=DATE:20261031"),
        "{deadline:?}"
    );
    assert!(
        deadline.contains(&"DTSTAMP:20260921T141320Z"),
        "{deadline:?}"
    );
    assert!(
        deadline.contains(&"SUMMARY:Uppföljning\\, sista dag att svara: Uppföljning 2026"),
        "{deadline:?}"
    );
    assert!(event(&format!("omgang-{ROUND_ID}-oppnar")).is_some());
    assert!(
        !ics.contains("kartlaggning-2019"),
        "the mapping of 2019 was never a round to answer"
    );
    let falun = calendar(&world.db, Some("2080"), at(NOW))
        .await
        .expect("calendar");
    assert!(falun.contains(&format!("omgang-{ROUND_ID}-sista-dag")));
    assert!(matches!(
        calendar(&world.db, Some("9999"), at(NOW)).await,
        Err(AppError::NotFound)
    ));
}
