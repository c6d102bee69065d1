//! Follow-up rounds: the administrator starts one, each organisation confirms or updates its
//! sections and answers the questions, and everyone signed in sees who has answered.

use chrono::{DateTime, NaiveDate, Utc};
use db::{Db, DbError};
use domain::error::AppError;
use domain::form::round::{CLOSE_FIELD, RoundForm, check_answer, item_field, title_taken};
use domain::i18n::{Lang, Message, k};
use domain::model::OrgId;
use domain::model::auth::{Actor, ensure_admin, ensure_can_edit, ensure_signed_in};
use domain::model::fact::Source;
use domain::model::profile::Section;
use domain::model::revision::{FieldChange, Revision};
use domain::model::round::{
    Answer, Closed, Item, Phase, Round, RoundId, Snapshot, latest_answer, previous_closed,
    responses,
};
use domain::model::validation::FieldErrors;
use domain::view::report::Report;
use domain::view::round::{Matrix, OwnPart, RoundSummary, RoundView, RoundsView};

fn parse_round(id: &str) -> Result<RoundId, AppError> {
    RoundId::parse(id).ok_or(AppError::NotFound)
}

/// Every round, with the phase it is in on `today`; for an administrator, the right to start
/// one.
pub async fn list(db: &Db, actor: &Actor, today: NaiveDate) -> Result<RoundsView, AppError> {
    let rounds = db.rounds().await?;
    let own = ensure_signed_in(actor).ok().and_then(|u| u.org.clone());
    Ok(RoundsView {
        rounds: rounds
            .into_iter()
            .map(|round| RoundSummary {
                phase: round.phase(today),
                round,
            })
            .collect(),
        can_start: ensure_admin(actor).is_ok(),
        own,
    })
}

/// Starts the round `form` describes (administrators only).
pub async fn start(
    db: &Db,
    actor: &Actor,
    form: &RoundForm,
    now: DateTime<Utc>,
) -> Result<RoundId, AppError> {
    let user = ensure_admin(actor)?;
    let existing = db.rounds().await?;
    let round = form
        .validate(&existing, &user.public_name(), now)
        .map_err(AppError::Invalid)?;
    match db.create_round(&round).await {
        Ok(()) => Ok(round.id),
        // Started by someone else between the check and the write.
        Err(DbError::Duplicate) => Err(AppError::Invalid(title_taken(FieldErrors::default()))),
        Err(e) => Err(e.into()),
    }
}

/// Changes round `id` as `form` says (administrators only), recording who changed what and
/// when in the round; false when the form changes nothing. A closed round is not changed.
pub async fn edit(
    db: &Db,
    actor: &Actor,
    id: &str,
    form: &RoundForm,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let user = ensure_admin(actor)?;
    // Another administrator's change that came first is read again and this one applied to it.
    for _ in 0..WRITE_TRIES {
        let current = find(db, id).await?;
        if current.closed.is_some() {
            return Err(AppError::RoundClosed);
        }
        let existing = db.rounds().await?;
        let edited = form
            .validate_edit(&existing, &current, &user.public_name(), now)
            .map_err(AppError::Invalid)?;
        let Some(edited) = edited else {
            return Ok(false);
        };
        if db.update_round(&edited, current.edits.len()).await? {
            return Ok(true);
        }
    }
    Err(AppError::Unavailable)
}

/// One round: who has answered what (for the signed-in while it runs, for everyone once it
/// has closed) and the signed-in person's own part.
pub async fn view(
    db: &Db,
    actor: &Actor,
    id: &str,
    today: NaiveDate,
) -> Result<RoundView, AppError> {
    let round = find(db, id).await?;
    let phase = round.phase(today);
    let snapshot = match round.closed {
        Some(_) => Some(frozen(db, &round.id).await?),
        None => None,
    };
    let answers = match &snapshot {
        Some(s) => s.answers.clone(),
        None => db.answers(&round.id).await?,
    };
    let matrix = match &snapshot {
        Some(s) => Matrix::build(&round, &s.responses),
        None => live_matrix(db, &round, &answers).await?,
    };
    let user = ensure_signed_in(actor).ok();
    let own_org = user
        .and_then(|u| u.org.clone())
        .filter(|o| round.includes(o));
    let own = match own_org {
        Some(org) => {
            // A partner has no profile, so nothing to confirm.
            let profile = match org.has_profile() {
                true => Some(db.profile(&org).await?.ok_or(AppError::NotFound)?.profile),
                false => None,
            };
            let confirmable = round
                .sections
                .iter()
                .copied()
                .filter(|s| {
                    phase.takes_answers() && profile.as_ref().is_some_and(|p| p.has_known(*s))
                })
                .collect();
            let latest = |question: usize| {
                latest_answer(&answers, &org, question)
                    .map(|a| a.text.clone())
                    .unwrap_or_default()
            };
            Some(OwnPart {
                row: matrix.row(&org).cloned().ok_or(AppError::NotFound)?,
                answers: (0..round.questions.len()).map(latest).collect(),
                org,
                confirmable,
            })
        }
        None => None,
    };
    Ok(RoundView {
        phase,
        matrix: (user.is_some() || phase == Phase::Closed).then_some(matrix),
        own,
        can_close: ensure_admin(actor).is_ok() && phase.takes_answers(),
        can_edit: ensure_admin(actor).is_ok() && phase != Phase::Closed,
        round,
    })
}

pub(crate) async fn find(db: &Db, id: &str) -> Result<Round, AppError> {
    db.round(&parse_round(id)?).await?.ok_or(AppError::NotFound)
}

/// Who has answered what in a round that has not closed, from the saves so far and its
/// `answers`.
pub(crate) async fn live_matrix(
    db: &Db,
    round: &Round,
    answers: &[Answer],
) -> Result<Matrix, AppError> {
    let revisions = db.revisions_since(&round.orgs, round.opens).await?;
    Ok(Matrix::build(round, &responses(&revisions, answers)))
}

/// The snapshot of a closed round; one that is missing is a fault of the database, not of the
/// reader.
pub(crate) async fn frozen(db: &Db, id: &RoundId) -> Result<Snapshot, AppError> {
    db.snapshot(id).await?.ok_or_else(|| {
        tracing::error!(round = %id.as_str(), "a closed round has no snapshot");
        AppError::Unavailable
    })
}

/// Closes round `id` (administrators only): freezes every profile of the county, every answer
/// and what each organisation had done, as they are at `now`. `confirmed` is the
/// administrator's tick that they mean it.
pub async fn close(
    db: &Db,
    actor: &Actor,
    id: &str,
    confirmed: bool,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let user = ensure_admin(actor)?;
    let round = find(db, id).await?;
    match round.phase(now.date_naive()) {
        Phase::Closed => return Err(AppError::RoundClosed),
        Phase::Planned => return Err(AppError::RoundNotOpen),
        Phase::Open | Phase::PastDeadline => {}
    }
    if !confirmed {
        let mut errors = FieldErrors::default();
        errors.add(CLOSE_FIELD, Message::new(k::ROUND_ERROR_CLOSE_CONFIRM));
        return Err(AppError::Invalid(errors));
    }
    let answers = db.answers(&round.id).await?;
    let revisions = db.revisions_since(&round.orgs, round.opens).await?;
    let snapshot = Snapshot {
        profiles: db.profiles().await?,
        responses: responses(&revisions, &answers)
            .into_iter()
            .filter(|r| r.at <= now)
            .collect(),
        answers: answers.into_iter().filter(|a| a.at <= now).collect(),
    };
    let closed = Closed {
        at: now,
        by: user.public_name(),
    };
    if db.close_round(&round.id, &closed, &snapshot).await? {
        Ok(())
    } else {
        Err(AppError::RoundClosed)
    }
}

/// Every closed round with its snapshot, the earliest to close first: the open data of the
/// rounds.
pub async fn closed(db: &Db) -> Result<Vec<(Round, Snapshot)>, AppError> {
    let mut rounds: Vec<Round> = db
        .rounds()
        .await?
        .into_iter()
        .filter(|r| r.closed.is_some())
        .collect();
    rounds.sort_by_key(|r| r.closed.as_ref().map(|c| c.at));
    let mut out = Vec::with_capacity(rounds.len());
    for round in rounds {
        let snapshot = frozen(db, &round.id).await?;
        out.push((round, snapshot));
    }
    Ok(out)
}

/// The report of closed round `id`, compared with the latest round closed before it. Anyone
/// may read it: a closed round's answers are published.
pub async fn report(db: &Db, id: &str) -> Result<Report, AppError> {
    let round = find(db, id).await?;
    if round.closed.is_none() {
        return Err(AppError::RoundNotClosed);
    }
    let snapshot = frozen(db, &round.id).await?;
    let rounds = db.rounds().await?;
    let previous = match previous_closed(&rounds, &round) {
        Some(r) => Some((r.clone(), frozen(db, &r.id).await?)),
        None => None,
    };
    Ok(Report::build(
        &round,
        &snapshot,
        previous.as_ref().map(|(r, s)| (r, s)),
    ))
}

/// The round `id` for an answer from `org`, if `org` may answer it now.
async fn open_round_for(
    db: &Db,
    id: &str,
    org: &OrgId,
    now: DateTime<Utc>,
) -> Result<Round, AppError> {
    let round = find(db, id).await?;
    if !round.includes(org) {
        return Err(AppError::NotFound);
    }
    match round.phase(now.date_naive()) {
        Phase::Planned => Err(AppError::RoundNotOpen),
        Phase::Closed => Err(AppError::RoundClosed),
        Phase::Open | Phase::PastDeadline => Ok(round),
    }
}

/// How often a confirmation or a change of a round is tried again when another write of the
/// same record came first.
const WRITE_TRIES: usize = 3;

/// Confirms every known value of `org`'s section `section` as still true, as a save of the
/// profile recorded in its history.
pub async fn confirm(
    db: &Db,
    actor: &Actor,
    id: &str,
    org: &str,
    section: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let org = crate::orgs::parse_org(org)?;
    let user = ensure_can_edit(actor, &org)?;
    let section = Section::from_slug(section).ok_or(AppError::NotFound)?;
    let round = open_round_for(db, id, &org, now).await?;
    if !round.sections.contains(&section) {
        return Err(AppError::NotFound);
    }
    let by = user.public_name();
    for _ in 0..WRITE_TRIES {
        let stored = db.profile(&org).await?.ok_or(AppError::NotFound)?;
        let (profile, any) = stored.profile.clone().confirm(section, &by, now);
        if !any {
            let mut errors = FieldErrors::default();
            errors.add(
                item_field(Item::Section(section)),
                Message::new(k::ROUND_ERROR_NOTHING_TO_CONFIRM),
            );
            return Err(AppError::Invalid(errors));
        }
        let field = section.confirmation_field();
        let change = FieldChange::recorded(
            &field,
            String::new(),
            Lang::Sv.t(k::ROUND_CELL_CONFIRMED).to_owned(),
        );
        let revision = Revision::one_change(&org, stored.version, now, &by, change);
        let updated = Source::Entered {
            by: by.clone(),
            at: now,
        };
        match db
            .save_profile(&stored, &profile, &updated, &revision, &user.email)
            .await
        {
            Err(DbError::VersionConflict) => continue,
            done => return done.map_err(AppError::from),
        }
    }
    Err(AppError::Unavailable)
}

/// Keeps `org`'s answer to question `question` of round `id`.
pub async fn answer(
    db: &Db,
    actor: &Actor,
    id: &str,
    org: &str,
    question: usize,
    text: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let org = crate::orgs::parse_participant(org)?;
    let user = ensure_can_edit(actor, &org)?;
    let round = open_round_for(db, id, &org, now).await?;
    if question >= round.questions.len() {
        return Err(AppError::NotFound);
    }
    let text = check_answer(question, text).map_err(AppError::Invalid)?;
    let answer = Answer {
        round: round.id,
        org,
        question,
        text,
        by: user.public_name(),
        at: now,
    };
    db.add_answer(&answer, &user.email).await?;
    Ok(())
}

mod change;
pub use change::change;

#[cfg(test)]
mod tests;
