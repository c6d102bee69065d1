//! The edit form of a profile: every field as the text a person types, so a failed save can
//! give back exactly what was typed. `validate` turns it into a profile, `from_profile` back.

use crate::model::fact::Fact;
use crate::model::org::codes;
use crate::model::profile::{
    Availability, CoordinatorPost, PolicyDocument, Profile, SupportContact,
};
use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

pub mod agreement;
mod check;
pub mod lok_plan;
pub mod round;
pub mod validate;

pub use check::{ROK_APPROVED, ROWS_MAX, is_safe_link};

/// Yes / no / not reported, as a select's value.
pub const YES: &str = "ja";
pub const NO: &str = "nej";

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ProfileForm {
    pub decision: String,
    pub policy_documents: Vec<PolicyDocumentRow>,
    /// "None exist" (as opposed to "not reported") when the list is empty.
    pub policy_documents_none: bool,
    /// The rows are only some of the documents (a source named these).
    pub policy_documents_partial: bool,
    pub shared_view: String,
    pub follow_up: String,
    pub follow_up_individual: String,
    pub follow_up_group: String,
    pub follow_up_quality_system: String,
    pub follow_up_reported_to: String,
    pub follow_up_frequency: String,
    pub follow_up_description: String,

    pub coordinators: Vec<CoordinatorRow>,
    pub coordinators_none: bool,
    pub coordinators_partial: bool,
    pub cooperation: String,
    pub cooperation_name: String,
    pub cooperation_partners: String,
    pub placement: String,
    pub teams: String,

    pub local_forum: String,
    pub local_forum_participants: String,
    pub local_forum_description: String,
    pub representative_name: String,
    pub representative_mandate: String,
    pub representative_share: String,
    pub representative_contacts: String,

    pub basic_training: String,
    /// In the order of `SpecialistCompetences::entries`.
    pub specialist: [String; 6],
    pub programmes: String,

    pub successes: String,
    pub gaps: String,
    pub needs: String,
    pub vision: String,

    pub rok_status: String,
    pub rok_date: String,
    pub rok_body: String,
    pub rok_reference: String,
    pub rok_paragraph: String,
    /// `ja`, `nej` or empty: whether the decision adopts the agreement's text as it stands.
    pub rok_identical: String,
    pub rok_evidence: String,
    pub lok_stage: String,
    pub lok_date: String,
    pub lok_plan: lok_plan::LokPlanForm,

    pub support: Vec<SupportRow>,
    pub support_none: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PolicyDocumentRow {
    pub title: String,
    pub scope: String,
    pub owner: String,
    pub adopted: String,
    pub last_revised: String,
    pub implemented: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CoordinatorRow {
    pub title: String,
    pub share_percent: String,
    pub count: String,
    pub rest_of_post: String,
    pub funding: String,
    pub scope: String,
    pub shared_with: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SupportRow {
    pub name: String,
    pub kind: String,
    pub phone: String,
    pub web: String,
}

/// The key an enum value has in forms and URLs (its serde name, e.g. `in_preparation`).
pub fn enum_key<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The enum value for a form key, if it is one.
pub fn from_key<T: DeserializeOwned>(key: &str) -> Option<T> {
    // serde's own string deserialiser: going through `serde_json::Value` compiled a second
    // deserialiser for every enum into the browser bundle.
    use serde::de::IntoDeserializer;
    let key: serde::de::value::StrDeserializer<'_, serde::de::value::Error> =
        key.into_deserializer();
    T::deserialize(key).ok()
}

pub(crate) fn yes_no(value: Option<bool>) -> String {
    match value {
        Some(true) => YES.to_owned(),
        Some(false) => NO.to_owned(),
        None => String::new(),
    }
}

fn date(value: Option<NaiveDate>) -> String {
    value.map(|d| d.to_string()).unwrap_or_default()
}

fn joined(items: &[String]) -> String {
    items.join("\n")
}

fn list<T>(fact: &Fact<Vec<T>>) -> (&[T], bool) {
    match fact.value() {
        Some(items) => (items.as_slice(), items.is_empty()),
        None => (&[], false),
    }
}

/// The fields that cite a decision's proof: the RÖK decision's and the LÖK decision's.
pub const EVIDENCE_FIELDS: [&str; 2] = ["rok_evidence", "lok_plan.decision_evidence"];

/// What `profile`'s decisions cite as their proof, by the field it is typed in; empty ones
/// left out.
pub fn cited_evidence(profile: &Profile) -> Vec<(&'static str, String)> {
    let agreements = &profile.agreements;
    let rok = agreements.rok.value().map(|d| d.evidence.clone());
    let lok = agreements
        .lok_plan
        .value()
        .and_then(|p| p.decision.as_ref())
        .map(|d| d.evidence.clone());
    EVIDENCE_FIELDS
        .into_iter()
        .zip([rok, lok])
        .filter_map(|(field, cited)| cited.filter(|c| !c.is_empty()).map(|c| (field, c)))
        .collect()
}

impl ProfileForm {
    /// The form filled in with a profile's current values ("Ej rapporterat" is left empty).
    pub fn from_profile(profile: &Profile) -> Self {
        let g = &profile.governance;
        let w = &profile.work;
        let c = &profile.collaboration;
        let k = &profile.competence;
        let r = &profile.reflections;
        let a = &profile.agreements;
        let (policies, policy_none) = list(&g.policy_documents);
        let (coordinators, coordinators_none) = list(&w.coordinators);
        let (support, support_none) = list(&profile.support);
        let follow = g.follow_up.value();
        let coop = w.cooperation_agreement.value();
        let forum = c.local_forum.value();
        let rep = c.county_group_representative.value();
        let rok = a.rok.value();
        let lok = a.lok.value();
        let lines = |f: &Fact<Vec<String>>| f.value().map(|v| joined(v)).unwrap_or_default();
        let availability = |f: &Fact<Availability>| f.value().map(enum_key).unwrap_or_default();
        let specialist = k.specialist.entries().map(|(_, f)| availability(f));
        Self {
            decision: g.decision.value().cloned().unwrap_or_default(),
            policy_documents: policies.iter().map(PolicyDocumentRow::from_value).collect(),
            policy_documents_none: policy_none,
            policy_documents_partial: g.policy_documents.is_partial(),
            shared_view: g.shared_view.value().map(enum_key).unwrap_or_default(),
            follow_up: yes_no(follow.map(|f| f.exists)),
            follow_up_individual: yes_no(follow.and_then(|f| f.individual_level)),
            follow_up_group: yes_no(follow.and_then(|f| f.group_level)),
            follow_up_quality_system: yes_no(follow.and_then(|f| f.in_quality_system)),
            follow_up_reported_to: follow.map(|f| f.reported_to.clone()).unwrap_or_default(),
            follow_up_frequency: follow.map(|f| f.frequency.clone()).unwrap_or_default(),
            follow_up_description: follow.map(|f| f.description.clone()).unwrap_or_default(),
            coordinators: coordinators
                .iter()
                .map(CoordinatorRow::from_value)
                .collect(),
            coordinators_none,
            coordinators_partial: w.coordinators.is_partial(),
            cooperation: yes_no(coop.map(|c| c.exists)),
            cooperation_name: coop.map(|c| c.name.clone()).unwrap_or_default(),
            cooperation_partners: coop.map(|c| codes(&c.partners)).unwrap_or_default(),
            placement: w.placement.value().cloned().unwrap_or_default(),
            teams: lines(&w.teams),
            local_forum: yes_no(forum.map(|f| f.exists)),
            local_forum_participants: forum.map(|f| joined(&f.participants)).unwrap_or_default(),
            local_forum_description: forum.map(|f| f.description.clone()).unwrap_or_default(),
            representative_name: rep.map(|r| r.name.clone()).unwrap_or_default(),
            representative_mandate: rep.map(|r| r.mandate.clone()).unwrap_or_default(),
            representative_share: rep
                .and_then(|r| r.share_percent)
                .map(|p| p.get().to_string())
                .unwrap_or_default(),
            representative_contacts: rep.map(|r| r.internal_contacts.clone()).unwrap_or_default(),
            basic_training: k.basic_training.value().cloned().unwrap_or_default(),
            specialist,
            programmes: lines(&k.programmes),
            successes: lines(&r.successes),
            gaps: lines(&r.gaps),
            needs: lines(&r.needs),
            vision: lines(&r.vision),
            rok_status: rok.map(|d| enum_key(&d.status)).unwrap_or_default(),
            rok_date: date(rok.and_then(|d| d.date)),
            rok_body: rok.map(|d| d.body.clone()).unwrap_or_default(),
            rok_reference: rok.map(|d| d.reference.clone()).unwrap_or_default(),
            rok_paragraph: rok.map(|d| d.paragraph.clone()).unwrap_or_default(),
            rok_identical: yes_no(rok.and_then(|d| d.identical)),
            rok_evidence: rok.map(|d| d.evidence.clone()).unwrap_or_default(),
            lok_stage: lok.map(|l| enum_key(&l.stage)).unwrap_or_default(),
            lok_date: date(lok.and_then(|l| l.date)),
            lok_plan: lok_plan::LokPlanForm::from_plan(&a.lok_plan),
            support: support.iter().map(SupportRow::from_value).collect(),
            support_none,
        }
    }
}

impl PolicyDocumentRow {
    fn from_value(d: &PolicyDocument) -> Self {
        Self {
            title: d.title.clone(),
            scope: enum_key(&d.scope),
            owner: d.owner.clone(),
            adopted: date(d.adopted),
            last_revised: date(d.last_revised),
            implemented: yes_no(d.implemented),
        }
    }

    pub fn is_blank(&self) -> bool {
        *self == Self::default()
    }
}

impl CoordinatorRow {
    fn from_value(p: &CoordinatorPost) -> Self {
        Self {
            title: p.title.clone(),
            share_percent: p.share_percent.get().to_string(),
            count: p.count.to_string(),
            rest_of_post: p.rest_of_post.clone(),
            funding: p.funding.map(|f| enum_key(&f)).unwrap_or_default(),
            scope: p.scope.clone(),
            shared_with: codes(&p.shared_with),
        }
    }

    pub fn is_blank(&self) -> bool {
        *self == Self::default()
    }
}

impl SupportRow {
    fn from_value(s: &SupportContact) -> Self {
        Self {
            name: s.name.clone(),
            kind: s.kind.clone(),
            phone: s.phone.clone(),
            web: s.web.clone(),
        }
    }

    pub fn is_blank(&self) -> bool {
        *self == Self::default()
    }
}

/// Rebases an edit on a newer version: each top-level field the user changed (`mine` differs
/// from `original`) keeps the user's value, every other field takes `latest`'s.
pub fn rebase(original: &ProfileForm, mine: &ProfileForm, latest: &ProfileForm) -> ProfileForm {
    let as_map = |f: &ProfileForm| match serde_json::to_value(f) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    let (original, mine, mut merged) = (as_map(original), as_map(mine), as_map(latest));
    for (key, value) in mine {
        if original.get(&key) != Some(&value) {
            merged.insert(key, value);
        }
    }
    // Read back from bytes, as server functions read a form: one deserialiser of the form in
    // the browser bundle rather than a second one over `serde_json::Value`.
    serde_json::to_vec(&merged)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_else(|| latest.clone())
}

#[cfg(test)]
mod tests;
