//! The iCalendar file: each date as an all-day event whose UID stays the same from one
//! download to the next, so a subscribed calendar updates the event rather than adding one.

use super::sv;
use chrono::{DateTime, NaiveDate, Utc};
use domain::i18n::{Lang, k};
use domain::model::county::Validity;
use domain::model::profile::StoredProfile;
use domain::model::round::Round;
use icalendar::{Calendar, Component, Event, EventLike};

pub(super) struct Dates<'a> {
    pub title: String,
    pub validity: Option<Validity>,
    pub revision: Option<NaiveDate>,
    pub profiles: &'a [StoredProfile],
    pub rounds: &'a [Round],
}

fn uid(local: &str) -> String {
    format!("{local}@{}.kvinnofridskartan", domain::region::ID)
}

impl Dates<'_> {
    pub fn ics(&self, now: DateTime<Utc>) -> String {
        let mut calendar = Calendar::new();
        calendar.name(&self.title);
        let mut add = |local: String, date: NaiveDate, summary: String, description: String| {
            calendar.push(
                Event::new()
                    .uid(&uid(&local))
                    .all_day(date)
                    .summary(&summary)
                    .description(&description)
                    .timestamp(now)
                    .done(),
            );
        };
        if let Some(v) = self.validity {
            let years = v.years.to_string();
            let period = sv(
                k::FEED_CAL_ROK_PERIOD,
                &[
                    ("from", &v.from.to_string()),
                    ("until", &v.until().to_string()),
                    ("years", &years),
                ],
            );
            add(
                "rok-giltig-fran".into(),
                v.from,
                Lang::Sv.t(k::FEED_CAL_ROK_FROM).to_owned(),
                period.clone(),
            );
            add(
                "rok-giltig-till".into(),
                v.until(),
                Lang::Sv.t(k::FEED_CAL_ROK_UNTIL).to_owned(),
                period,
            );
        }
        if let Some(date) = self.revision {
            let said = sv(k::ROK_REVISION, &[("date", &date.to_string())]);
            add(
                "rok-revidering".into(),
                date,
                Lang::Sv.t(k::FEED_CAL_REVISION).to_owned(),
                said,
            );
        }
        for p in self.profiles {
            let Some(plan) = p.profile.agreements.lok_plan.value() else {
                continue;
            };
            let source = p
                .profile
                .agreements
                .lok_plan
                .source()
                .map(|s| format!("{} {}", Lang::Sv.t(k::SOURCE), s.citation(Lang::Sv)))
                .unwrap_or_default();
            for stage in &plan.stages {
                let Some(planned) = stage.planned else {
                    continue;
                };
                let label = stage.label(Lang::Sv);
                let reached = stage
                    .reached
                    .map(|d| sv(k::LOK_PLAN_REACHED_ON, &[("date", &d.to_string())]));
                let description = [
                    Some(sv(
                        k::LOK_PLAN_PLANNED_ON,
                        &[("date", &planned.to_string())],
                    )),
                    reached,
                    Some(stage.note.clone()),
                    Some(source.clone()),
                ]
                .into_iter()
                .flatten()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(". ");
                add(
                    format!("lok-{}-{}", p.org.as_str(), stage.stage),
                    planned,
                    sv(k::FEED_CAL_LOK, &[("org", p.org.name()), ("stage", &label)]),
                    description,
                );
            }
        }
        for round in self.rounds {
            let title = [("title", round.title.as_str())];
            let link = format!("/uppfoljning/{}", round.id.as_str());
            add(
                format!("omgang-{}-oppnar", round.id.as_str()),
                round.opens,
                sv(k::FEED_CAL_ROUND_OPENS, &title),
                link.clone(),
            );
            add(
                format!("omgang-{}-sista-dag", round.id.as_str()),
                round.deadline,
                sv(k::FEED_CAL_ROUND_DEADLINE, &title),
                link,
            );
        }
        calendar.done().to_string()
    }
}
