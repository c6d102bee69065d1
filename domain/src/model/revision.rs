//! Revisions: what a save changed, field by field, old → new, recorded in plain Swedish.

use super::OrgId;
use super::fact::Fact;
use super::org::codes;
use super::profile::{
    Availability, CooperationAgreement, CoordinatorPost, CountyGroupRepresentative, FollowUp,
    LocalForum, PolicyDocument, Profile, SharedView, SupportContact,
};
use crate::i18n::Lang;
use crate::i18n::k;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

mod agreements;
pub use agreements::STAGE_FIELD;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    /// Stable key of the value, e.g. `agreements.lok`.
    pub field: String,
    pub label: String,
    pub old: String,
    pub new: String,
}

impl FieldChange {
    /// A change of the value `field`, recorded with its Swedish name as the label;
    /// [`FieldChange::name`] shows it in either language.
    pub fn recorded(field: &str, old: String, new: String) -> Self {
        Self {
            field: field.to_owned(),
            label: Lang::Sv.text_of(&format!("change.{field}")).to_owned(),
            old,
            new,
        }
    }

    pub fn name(&self, lang: Lang) -> String {
        field_name(&self.field, &self.label, lang)
    }
}

/// The name of a changed value in `lang`; a field without a name in the resource files keeps
/// the label it was recorded with.
pub fn field_name(field: &str, recorded: &str, lang: Lang) -> String {
    if let Some(name) = agreements::stage_field_name(field, lang) {
        return name;
    }
    match lang.text_of(&format!("change.{field}")) {
        "" => recorded.to_owned(),
        name => name.to_owned(),
    }
}

/// One save of a profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Revision {
    pub org: OrgId,
    /// The version the save produced.
    pub version: u64,
    pub at: DateTime<Utc>,
    /// Who saved, as shown publicly: the author's organisation and role.
    pub by: String,
    pub changes: Vec<FieldChange>,
}

impl Revision {
    /// The save after `version` of `org`'s profile that changes one value.
    pub fn one_change(
        org: &OrgId,
        version: u64,
        at: DateTime<Utc>,
        by: &str,
        change: FieldChange,
    ) -> Self {
        Self {
            org: org.clone(),
            version: version + 1,
            at,
            by: by.to_owned(),
            changes: vec![change],
        }
    }
}

/// A value as one line of Swedish text, for history and conflict messages.
pub trait Describe {
    fn describe_sv(&self) -> String;
}

impl Describe for String {
    fn describe_sv(&self) -> String {
        self.clone()
    }
}

impl<T: Describe> Describe for Vec<T> {
    fn describe_sv(&self) -> String {
        if self.is_empty() {
            "Inga".to_owned()
        } else {
            self.iter()
                .map(Describe::describe_sv)
                .collect::<Vec<_>>()
                .join("; ")
        }
    }
}

impl<T: Describe> Describe for Fact<T> {
    fn describe_sv(&self) -> String {
        match self.value().map(Describe::describe_sv) {
            None => Lang::Sv.t(k::UNKNOWN).to_owned(),
            Some(text) if self.is_partial() => format!("{} {text}", Lang::Sv.t(k::PARTIAL)),
            Some(text) => text,
        }
    }
}

fn date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// Non-empty parts joined with ", ".
fn parts(items: &[String]) -> String {
    items
        .iter()
        .filter(|s| !s.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(", ")
}

impl Describe for SharedView {
    fn describe_sv(&self) -> String {
        self.label(crate::i18n::Lang::Sv).to_owned()
    }
}

impl Describe for Availability {
    fn describe_sv(&self) -> String {
        self.label(crate::i18n::Lang::Sv).to_owned()
    }
}

impl Describe for PolicyDocument {
    fn describe_sv(&self) -> String {
        parts(&[
            self.title.clone(),
            self.scope.label(crate::i18n::Lang::Sv).to_owned(),
            self.owner.clone(),
            self.adopted
                .map(|d| format!("antagen {d}"))
                .unwrap_or_default(),
            self.last_revised
                .map(|d| format!("reviderad {d}"))
                .unwrap_or_default(),
            self.implemented
                .map(|i| format!("implementerad: {}", Lang::Sv.yes_no(Some(i))))
                .unwrap_or_default(),
        ])
    }
}

impl Describe for FollowUp {
    fn describe_sv(&self) -> String {
        parts(&[
            if self.exists { "Finns" } else { "Finns inte" }.to_owned(),
            format!("individnivå: {}", Lang::Sv.yes_no(self.individual_level)),
            format!("gruppnivå: {}", Lang::Sv.yes_no(self.group_level)),
            format!(
                "i kvalitetssystemet: {}",
                Lang::Sv.yes_no(self.in_quality_system)
            ),
            self.reported_to.clone(),
            self.frequency.clone(),
            self.description.clone(),
        ])
    }
}

impl Describe for CoordinatorPost {
    fn describe_sv(&self) -> String {
        let count = if self.count > 1 {
            format!("{} × ", self.count)
        } else {
            String::new()
        };
        parts(&[
            format!("{count}{} {} %", self.title, self.share_percent.get()),
            self.rest_of_post.clone(),
            self.funding
                .map(|f| f.label(crate::i18n::Lang::Sv).to_owned())
                .unwrap_or_default(),
            self.scope.clone(),
            if self.shared_with.is_empty() {
                String::new()
            } else {
                format!("delas med {}", codes(&self.shared_with))
            },
        ])
    }
}

impl Describe for CooperationAgreement {
    fn describe_sv(&self) -> String {
        parts(&[
            if self.exists { "Finns" } else { "Finns inte" }.to_owned(),
            self.name.clone(),
            codes(&self.partners),
        ])
    }
}

impl Describe for LocalForum {
    fn describe_sv(&self) -> String {
        parts(&[
            if self.exists { "Finns" } else { "Finns inte" }.to_owned(),
            self.participants.join(", "),
            self.description.clone(),
        ])
    }
}

impl Describe for CountyGroupRepresentative {
    fn describe_sv(&self) -> String {
        parts(&[
            self.name.clone(),
            self.mandate.clone(),
            self.share_percent
                .map(|p| format!("{} %", p.get()))
                .unwrap_or_default(),
            self.internal_contacts.clone(),
        ])
    }
}

impl Describe for SupportContact {
    fn describe_sv(&self) -> String {
        parts(&[
            self.name.clone(),
            self.kind.clone(),
            self.phone.clone(),
            self.web.clone(),
        ])
    }
}

/// Keeps each value of `old` whose value `new` did not change (so document sources survive),
/// and lists the values that did change.
pub fn merge(old: &Profile, mut new: Profile) -> (Profile, Vec<FieldChange>) {
    let mut changes = Vec::new();
    let step = |field: &str| Step {
        field: field.to_owned(),
    };
    let c = &mut changes;
    step("governance.decision").run(c, &old.governance.decision, &mut new.governance.decision);
    step("governance.policy_documents").run(
        c,
        &old.governance.policy_documents,
        &mut new.governance.policy_documents,
    );
    step("governance.shared_view").run(
        c,
        &old.governance.shared_view,
        &mut new.governance.shared_view,
    );
    step("governance.follow_up").run(c, &old.governance.follow_up, &mut new.governance.follow_up);
    step("work.coordinators").run(c, &old.work.coordinators, &mut new.work.coordinators);
    step("work.cooperation_agreement").run(
        c,
        &old.work.cooperation_agreement,
        &mut new.work.cooperation_agreement,
    );
    step("work.placement").run(c, &old.work.placement, &mut new.work.placement);
    step("work.teams").run(c, &old.work.teams, &mut new.work.teams);
    step("collaboration.local_forum").run(
        c,
        &old.collaboration.local_forum,
        &mut new.collaboration.local_forum,
    );
    step("collaboration.county_group_representative").run(
        c,
        &old.collaboration.county_group_representative,
        &mut new.collaboration.county_group_representative,
    );
    step("competence.basic_training").run(
        c,
        &old.competence.basic_training,
        &mut new.competence.basic_training,
    );
    let o = &old.competence.specialist;
    let n = &mut new.competence.specialist;
    let keys = [
        "perpetrator_treatment",
        "honour_violence",
        "lgbtq",
        "prostitution_trafficking",
        "men_exposed",
        "children",
    ];
    let pairs: [(&_, &mut _); 6] = [
        (&o.perpetrator_treatment, &mut n.perpetrator_treatment),
        (&o.honour_violence, &mut n.honour_violence),
        (&o.lgbtq, &mut n.lgbtq),
        (&o.prostitution_trafficking, &mut n.prostitution_trafficking),
        (&o.men_exposed, &mut n.men_exposed),
        (&o.children, &mut n.children),
    ];
    for (key, (old_fact, new_fact)) in keys.iter().zip(pairs) {
        step(&format!("competence.specialist.{key}")).run(c, old_fact, new_fact);
    }
    step("competence.programmes").run(
        c,
        &old.competence.programmes,
        &mut new.competence.programmes,
    );
    step("reflections.successes").run(
        c,
        &old.reflections.successes,
        &mut new.reflections.successes,
    );
    step("reflections.gaps").run(c, &old.reflections.gaps, &mut new.reflections.gaps);
    step("reflections.needs").run(c, &old.reflections.needs, &mut new.reflections.needs);
    step("reflections.vision").run(c, &old.reflections.vision, &mut new.reflections.vision);
    new.agreements.keep_check(&old.agreements);
    step("agreements.rok").run(c, &old.agreements.rok, &mut new.agreements.rok);
    step("agreements.lok").run(c, &old.agreements.lok, &mut new.agreements.lok);
    c.extend(agreements::changes(
        &old.agreements.lok_plan,
        &mut new.agreements.lok_plan,
    ));
    step("support").run(c, &old.support, &mut new.support);
    (new, changes)
}

struct Step {
    field: String,
}

impl Step {
    fn run<T: PartialEq + Clone + Describe>(
        self,
        changes: &mut Vec<FieldChange>,
        old: &Fact<T>,
        new: &mut Fact<T>,
    ) {
        if old.value() == new.value() && old.is_partial() == new.is_partial() {
            *new = old.clone();
        } else {
            changes.push(FieldChange::recorded(
                &self.field,
                old.describe_sv(),
                new.describe_sv(),
            ));
        }
    }
}
