//! The change map between two closed rounds.

use super::{find, frozen};
use db::Db;
use domain::error::AppError;
use domain::model::round::{Round, RoundRef, previous_closed};
use domain::view::change::ChangeView;
use domain::view::report::Report;

/// How closed round `id` and closed round `against` differ, the earlier of the two taken as
/// the "before"; without `against`, the round closed just before `id`. Anyone may read it:
/// closed rounds are published. A round still running is refused.
pub async fn change(db: &Db, id: &str, against: Option<&str>) -> Result<ChangeView, AppError> {
    let round = find(db, id).await?;
    let other = match against {
        Some(other) => Some(find(db, other).await?),
        None => None,
    };
    let rounds = db.rounds().await?;
    if round.closed.is_none() || other.as_ref().is_some_and(|o| o.closed.is_none()) {
        return Err(AppError::RoundNotClosed);
    }
    let other = other.or_else(|| previous_closed(&rounds, &round).cloned());
    let closed_at = |r: &Round| r.closed.as_ref().map(|c| c.at);
    let (later, earlier) = match other {
        Some(other) if closed_at(&other) > closed_at(&round) => (other, Some(round)),
        other => (round, other),
    };
    let snapshot = frozen(db, &later.id).await?;
    let before = match earlier {
        Some(r) => Some((frozen(db, &r.id).await?, r)),
        None => None,
    };
    let mut closed: Vec<_> = rounds.iter().filter_map(RoundRef::of).collect();
    closed.sort_by_key(|r| r.closed_on);
    Ok(ChangeView {
        report: Report::build(&later, &snapshot, before.as_ref().map(|(s, r)| (r, s))),
        closed,
    })
}
