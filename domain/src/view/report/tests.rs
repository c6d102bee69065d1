use super::{Movement, PARTS, Report};
use crate::model::fact::{DocumentId, Fact, Source};
use crate::model::indicator::Indicator;
use crate::model::profile::{LokStage, LokStatus, StoredProfile};
use crate::model::round::{Answer, Closed, Done, Item, Response, Round, Snapshot};
use crate::model::{OrgId, Profile};
use chrono::{NaiveDate, TimeZone, Utc};

fn at(y: i32, m: u32, d: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 12, 0, 0)
        .single()
        .expect("a time")
}

fn lok(stage: Option<LokStage>) -> Profile {
    let mut profile = Profile::default();
    if let Some(stage) = stage {
        profile.agreements.lok = Fact::Known {
            value: LokStatus { stage, date: None },
            source: Source::Document {
                document: DocumentId::MappingReport2020,
                section: "avsnitt 6.1".to_owned(),
            },
            complete: true,
        };
    }
    profile
}

fn ids() -> Vec<OrgId> {
    OrgId::all().into_iter().take(5).collect()
}

/// One snapshot with each organisation's LÖK stage.
fn snapshot(
    stages: &[Option<LokStage>],
    answers: Vec<Answer>,
    responses: Vec<Response>,
) -> Snapshot {
    Snapshot {
        profiles: ids()
            .into_iter()
            .zip(stages)
            .map(|(org, stage)| StoredProfile {
                org,
                version: 1,
                updated: None,
                profile: lok(*stage),
            })
            .collect(),
        answers,
        responses,
    }
}

fn closed_round(title: &str, year: i32) -> Round {
    let mut round = crate::model::round::tests::round(
        NaiveDate::from_ymd_opt(year, 3, 1).expect("a day"),
        NaiveDate::from_ymd_opt(year, 4, 30).expect("a day"),
    );
    round.id = crate::model::round::RoundId::from_title(title).expect("an id");
    round.title = title.to_owned();
    round.closed = Some(Closed {
        at: at(year, 5, 2),
        by: "Regional administratör".to_owned(),
    });
    round
}

/// Two closed rounds' report whose LÖK moves are, organisation by organisation: newly
/// reported, improved, worse, unchanged, unchanged ("Ej rapporterat" both times).
pub(crate) fn two_rounds_report() -> Report {
    use LokStage::*;
    let earlier = closed_round("Uppföljning 2025", 2025);
    let before = snapshot(
        &[None, Some(Workshops), Some(Adopted), Some(Drafting), None],
        vec![],
        vec![],
    );
    let round = closed_round("Uppföljning 2026", 2026);
    let now = snapshot(
        &[
            Some(NotStarted),
            Some(Drafting),
            Some(Workshops),
            Some(Drafting),
            None,
        ],
        vec![],
        vec![],
    );
    Report::build(&round, &now, Some((&earlier, &before)))
}

#[test]
fn movement_follows_the_indicators_order_and_tells_reporting_apart() {
    let lok = Indicator::Lok;
    let c = |key| lok.category_by_key(key).expect("a category");
    assert_eq!(
        Movement::between(lok, c("workshoppar"), c("antagen")),
        Movement::Improved
    );
    assert_eq!(
        Movement::between(lok, c("antagen"), c("utkast")),
        Movement::Worse
    );
    assert_eq!(
        Movement::between(lok, c("utkast"), c("utkast")),
        Movement::Unchanged
    );
    assert_eq!(
        Movement::between(lok, c("ej-rapporterat"), c("ej-paborjad")),
        Movement::NewlyReported
    );
    assert_eq!(
        Movement::between(lok, c("uppfoljd"), c("ej-rapporterat")),
        Movement::NoLongerReported
    );
    assert_eq!(
        Movement::between(lok, c("ej-rapporterat"), c("ej-rapporterat")),
        Movement::Unchanged
    );
}

#[test]
fn the_report_compares_each_organisation_with_the_previous_round() {
    use LokStage::*;
    let earlier = closed_round("Uppföljning 2025", 2025);
    let before = snapshot(
        &[None, Some(Workshops), Some(Adopted), Some(Drafting), None],
        vec![],
        vec![],
    );
    let round = closed_round("Uppföljning 2026", 2026);
    let [a, b, _, d, _] = <[OrgId; 5]>::try_from(ids()).expect("five");
    let answers = vec![
        Answer {
            round: round.id.clone(),
            org: a.clone(),
            question: 0,
            text: "Först".into(),
            by: "Anna".into(),
            at: at(2026, 3, 2),
        },
        Answer {
            round: round.id.clone(),
            org: a.clone(),
            question: 0,
            text: "Sedan".into(),
            by: "Anna".into(),
            at: at(2026, 3, 3),
        },
    ];
    let responses = vec![Response {
        org: b.clone(),
        item: Item::Section(crate::model::profile::Section::Agreements),
        done: Done::Changed,
        at: at(2026, 5, 1),
    }];
    let now = snapshot(
        &[
            Some(NotStarted),
            Some(Drafting),
            Some(Workshops),
            Some(Drafting),
            None,
        ],
        answers,
        responses,
    );
    let report = Report::build(&round, &now, Some((&earlier, &before)));

    let movement = |i: usize| report.orgs[i].row(Indicator::Lok).and_then(|r| r.movement);
    assert_eq!(movement(0), Some(Movement::NewlyReported));
    assert_eq!(movement(1), Some(Movement::Improved));
    assert_eq!(movement(2), Some(Movement::Worse));
    assert_eq!(movement(3), Some(Movement::Unchanged));
    assert_eq!(movement(4), Some(Movement::Unchanged));
    let row = report.orgs[1].row(Indicator::Lok).expect("a row");
    assert_eq!(
        (row.from.as_deref(), row.to.as_str()),
        (Some("workshoppar"), "utkast")
    );
    assert!(row.source.is_some(), "a reported value names its source");
    assert_eq!(
        report.orgs[4]
            .row(Indicator::Lok)
            .and_then(|r| r.source.clone()),
        None
    );

    let count = |m| {
        report
            .movements(Indicator::Lok)
            .into_iter()
            .find(|(x, _)| *x == m)
            .map(|(_, n)| n)
    };
    assert_eq!(count(Movement::Improved), Some(1));
    assert_eq!(count(Movement::Worse), Some(1));
    assert_eq!(count(Movement::Unchanged), Some(2));
    assert_eq!(count(Movement::NewlyReported), Some(1));
    let drafting = report
        .counts(Indicator::Lok)
        .into_iter()
        .find(|c| c.category.key == "utkast")
        .expect("a count");
    assert_eq!((drafting.now, drafting.before), (2, Some(1)));

    // The latest answer counts; organisations asked but silent have none.
    assert_eq!(
        report.orgs[0].answers[0].as_ref().map(|a| a.text.as_str()),
        Some("Sedan")
    );
    assert_eq!(report.orgs[1].answers, vec![None]);
    // Organisations outside the round's three are not asked.
    assert!(report.orgs[3].answers.is_empty());
    assert_eq!(report.matrix.rows.len(), 3);
    assert_eq!(report.matrix.row(&b).map(|r| r.answered()), Some(1));
    assert!(report.matrix.row(&d).is_none());
}

#[test]
fn without_a_previous_round_nothing_is_called_a_change() {
    let round = closed_round("Uppföljning 2026", 2026);
    let report = Report::build(
        &round,
        &snapshot(&[Some(LokStage::Adopted); 5], vec![], vec![]),
        None,
    );
    assert!(report.movements(Indicator::Lok).is_empty());
    assert!(report.orgs.iter().all(|o| {
        o.indicators
            .iter()
            .all(|r| r.from.is_none() && r.movement.is_none())
    }));
    assert!(
        report
            .counts(Indicator::Lok)
            .iter()
            .all(|c| c.before.is_none())
    );
}

#[test]
fn the_tables_have_every_part_with_swedish_headings_and_no_formula() {
    let round = closed_round("Uppföljning 2026", 2026);
    let answers = vec![Answer {
        round: round.id.clone(),
        org: ids()[0].clone(),
        question: 0,
        text: "=SUMMA(A1:A2)".into(),
        by: "Anna".into(),
        at: at(2026, 3, 2),
    }];
    let report = Report::build(&round, &snapshot(&[None; 5], answers, vec![]), None);
    let tables = report.tables();
    assert_eq!(
        tables.iter().map(|t| t.slug).collect::<Vec<_>>(),
        PARTS.iter().map(|p| p.slug).collect::<Vec<_>>()
    );
    let orgs = report.table("organisationer").expect("a part");
    assert_eq!(orgs.headers[0..3], ["Id", "Organisation", "Indikator"]);
    assert_eq!(orgs.rows.len(), 5 * Indicator::ALL.len());
    assert!(orgs.rows.iter().all(|r| r.len() == orgs.headers.len()));
    let status = report.table("svarsstatus").expect("a part");
    assert_eq!(status.rows.len(), 3 * round.items().len());
    assert!(status.rows.iter().all(|r| r[3] == "Ej besvarat"));
    // An answer that looks like a formula stays text: the writers of the files guard it.
    let answers = report.table("svar").expect("a part");
    assert_eq!(answers.rows[0][3], "=SUMMA(A1:A2)");
    assert_eq!(answers.rows[1][3], "Ej besvarat");
}

#[test]
fn a_partner_is_in_the_report_with_its_answers_only() {
    let mut round = closed_round("Uppföljning 2026", 2026);
    let partner = OrgId::partners()[4].clone();
    round.orgs.push(partner.clone());
    let answers = vec![Answer {
        round: round.id.clone(),
        org: partner.clone(),
        question: 0,
        text: "Stödsamtal".into(),
        by: partner.name().into(),
        at: at(2026, 3, 2),
    }];
    let report = Report::build(&round, &snapshot(&[None; 5], answers, vec![]), None);
    let last = report.orgs.last().expect("the partner");
    assert_eq!(last.org, partner);
    assert!(last.indicators.is_empty(), "no profile, no indicators");
    assert_eq!(
        last.answers[0].as_ref().map(|a| a.text.as_str()),
        Some("Stödsamtal")
    );
    let counted: usize = report.counts(Indicator::Lok).iter().map(|c| c.now).sum();
    assert_eq!(counted, 5, "the county's counts leave the partner out");
    let status = report.table("svarsstatus").expect("a part");
    let partner_rows = status.rows.iter().filter(|r| r[0] == partner.as_str());
    assert_eq!(partner_rows.count(), round.questions.len());
}

#[test]
fn the_mapping_of_2019_is_a_closed_round_made_from_the_seed() {
    let seed = crate::seed::load().expect("the seed");
    let (round, snapshot) = crate::seed::first_round(&seed);
    assert_eq!(round.id.as_str(), "kartlaggning-2019");
    assert!(round.from_sources);
    assert_eq!(
        round.closed.as_ref().map(|c| c.at.date_naive()),
        Some(DocumentId::MappingReport2020.date())
    );
    assert_eq!(snapshot.profiles.len(), seed.organisations.len());
    assert!(
        round.items().is_empty(),
        "the app asks nothing of a round from the sources"
    );
    let report = Report::build(&round, &snapshot, None);
    // Every reported category names a source in the documents.
    let reported = report
        .orgs
        .iter()
        .flat_map(|o| &o.indicators)
        .filter(|r| r.source.is_some())
        .count();
    assert!(reported > 0);
    let is_reported = |r: &&super::IndicatorRow| {
        r.indicator
            .category_by_key(&r.to)
            .is_some_and(|c| c.is_reported())
    };
    assert!(
        report
            .orgs
            .iter()
            .flat_map(|o| &o.indicators)
            .filter(is_reported)
            .all(|r| r.source.is_some())
    );
}
