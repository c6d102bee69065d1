//! The rules of every indicator. A total or an "only …" is read only from a list its source
//! gives whole (`Fact::whole`); presence is enough for "shared" and "overarching".

use super::{NOT_APPLICABLE_KEY, UNKNOWN_KEY};
use crate::model::org::OrgKind;
use crate::model::profile::{
    Availability, CoordinatorPost, LokStage, PolicyScope, Profile, RokStatus,
};

/// One way a profile falls into a category; the first rule that applies decides.
pub struct Rule {
    /// Names the rule's explanation: `method.<indicator>.<key>` in the texts.
    pub key: &'static str,
    pub category: &'static str,
    pub applies: fn(OrgKind, &Profile) -> bool,
}

const fn rule(
    key: &'static str,
    category: &'static str,
    applies: fn(OrgKind, &Profile) -> bool,
) -> Rule {
    Rule {
        key,
        category,
        applies,
    }
}

fn always(_: OrgKind, _: &Profile) -> bool {
    true
}

fn rok(p: &Profile, status: RokStatus) -> bool {
    p.agreements.rok.value().is_some_and(|d| d.status == status)
}

pub const ROK: [Rule; 5] = [
    rule("ej-huvudman", NOT_APPLICABLE_KEY, |k, _| !k.is_principal()),
    rule("avslagen", "avslagen", |_, p| rok(p, RokStatus::Rejected)),
    rule("under-beredning", "under-beredning", |_, p| {
        rok(p, RokStatus::InPreparation)
    }),
    rule("antagen", "antagen", |_, p| rok(p, RokStatus::Adopted)),
    rule("ej-rapporterat", UNKNOWN_KEY, always),
];

fn lok(p: &Profile, stage: LokStage) -> bool {
    p.agreements.lok.value().is_some_and(|l| l.stage == stage)
}

pub const LOK: [Rule; 8] = [
    rule("ej-kommun", NOT_APPLICABLE_KEY, |k, _| {
        k != OrgKind::Municipality
    }),
    rule("ej-paborjad", "ej-paborjad", |_, p| {
        lok(p, LokStage::NotStarted)
    }),
    rule("workshoppar", "workshoppar", |_, p| {
        lok(p, LokStage::Workshops)
    }),
    rule("utkast", "utkast", |_, p| lok(p, LokStage::Drafting)),
    rule("antagen", "antagen", |_, p| lok(p, LokStage::Adopted)),
    rule("implementeras", "implementeras", |_, p| {
        lok(p, LokStage::Implementing)
    }),
    rule("uppfoljd", "uppfoljd", |_, p| lok(p, LokStage::FollowedUp)),
    rule("ej-rapporterat", UNKNOWN_KEY, always),
];

/// Full-time percent over every post, when the source gives them all.
fn total(p: &Profile) -> Option<u32> {
    let posts: &Vec<CoordinatorPost> = p.work.coordinators.whole()?;
    Some(
        posts
            .iter()
            .map(|c| u32::from(c.share_percent.get()) * u32::from(c.count))
            .sum(),
    )
}

pub const COORDINATORS: [Rule; 7] = [
    rule("delad", "delad", |_, p| {
        p.work
            .coordinators
            .value()
            .is_some_and(|posts| posts.iter().any(|c| !c.shared_with.is_empty()))
    }),
    rule("ofullstandig", UNKNOWN_KEY, |_, p| {
        p.work.coordinators.is_partial()
    }),
    rule("ingen", "ingen", |_, p| total(p) == Some(0)),
    rule("under-50", "under-50", |_, p| {
        total(p).is_some_and(|t| t < 50)
    }),
    rule("50-99", "50-99", |_, p| total(p).is_some_and(|t| t < 100)),
    rule("heltid", "heltid", |_, p| total(p).is_some()),
    rule("ej-rapporterat", UNKNOWN_KEY, always),
];

fn any_scope(p: &Profile, scope: PolicyScope) -> bool {
    p.governance
        .policy_documents
        .value()
        .is_some_and(|docs| docs.iter().any(|d| d.scope == scope))
}

pub const POLICY: [Rule; 6] = [
    rule("overgripande", "overgripande", |_, p| {
        any_scope(p, PolicyScope::Overarching)
    }),
    rule("ofullstandig", UNKNOWN_KEY, |_, p| {
        p.governance.policy_documents.is_partial()
    }),
    rule("omfattning-okand", UNKNOWN_KEY, |_, p| {
        any_scope(p, PolicyScope::Unstated)
    }),
    rule("inget", "inget", |_, p| {
        p.governance
            .policy_documents
            .whole()
            .is_some_and(Vec::is_empty)
    }),
    rule("verksamhet", "verksamhet", |_, p| {
        p.governance.policy_documents.whole().is_some()
    }),
    rule("ej-rapporterat", UNKNOWN_KEY, always),
];

pub const LOCAL_FORUM: [Rule; 3] = [
    rule("finns", "finns", |_, p| {
        p.collaboration
            .local_forum
            .value()
            .is_some_and(|f| f.exists)
    }),
    rule("saknas", "saknas", |_, p| {
        p.collaboration.local_forum.is_known()
    }),
    rule("ej-rapporterat", UNKNOWN_KEY, always),
];

fn treatment(p: &Profile, availability: Availability) -> bool {
    p.competence.specialist.perpetrator_treatment.value() == Some(&availability)
}

pub const PERPETRATOR: [Rule; 4] = [
    rule("saknas", "saknas", |_, p| {
        treatment(p, Availability::Missing)
    }),
    rule("via-annan", "via-annan", |_, p| {
        treatment(p, Availability::ViaOther)
    }),
    rule("finns", "finns", |_, p| {
        treatment(p, Availability::Available)
    }),
    rule("ej-rapporterat", UNKNOWN_KEY, always),
];

pub const FOLLOW_UP: [Rule; 4] = [
    rule("saknas", "saknas", |_, p| {
        p.governance.follow_up.value().is_some_and(|f| !f.exists)
    }),
    rule("kvalitetssystem", "kvalitetssystem", |_, p| {
        p.governance
            .follow_up
            .value()
            .is_some_and(|f| f.in_quality_system == Some(true))
    }),
    rule("finns", "finns", |_, p| p.governance.follow_up.is_known()),
    rule("ej-rapporterat", UNKNOWN_KEY, always),
];

pub const COOPERATION: [Rule; 4] = [
    rule("ej-kommun", NOT_APPLICABLE_KEY, |k, _| {
        k != OrgKind::Municipality
    }),
    rule("ja", "ja", |_, p| {
        p.work
            .cooperation_agreement
            .value()
            .is_some_and(|a| a.exists)
    }),
    rule("nej", "nej", |_, p| p.work.cooperation_agreement.is_known()),
    rule("ej-rapporterat", UNKNOWN_KEY, always),
];
