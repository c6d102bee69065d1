use super::*;
use crate::model::fact::{DocumentId, Source};
use crate::model::profile::*;

fn doc() -> Source {
    Source::Document {
        document: DocumentId::MappingReport2020,
        section: "6.1".to_owned(),
    }
}

fn known<T>(value: T) -> Fact<T> {
    Fact::Known {
        value,
        source: doc(),
        complete: true,
    }
}

fn post(share: u8, count: u8, shared: &[&str]) -> CoordinatorPost {
    CoordinatorPost {
        title: "Samordnare".to_owned(),
        share_percent: crate::model::percent::Percent::new(share).expect("valid share"),
        count,
        rest_of_post: String::new(),
        funding: None,
        scope: String::new(),
        shared_with: shared
            .iter()
            .map(|s| OrgId::parse(s).expect("known org"))
            .collect(),
    }
}

fn policy(scope: PolicyScope) -> PolicyDocument {
    PolicyDocument {
        title: "Plan".to_owned(),
        scope,
        owner: String::new(),
        adopted: None,
        last_revised: None,
        implemented: None,
    }
}

const M: OrgKind = OrgKind::Municipality;

fn key(indicator: Indicator, kind: OrgKind, p: &Profile) -> &'static str {
    indicator.categorise(kind, p).key
}

#[test]
fn empty_profile_is_unknown_for_every_indicator() {
    let p = Profile::default();
    for indicator in Indicator::ALL {
        assert_eq!(key(indicator, M, &p), "ej-rapporterat", "{indicator:?}");
        let category = indicator.categorise(M, &p);
        assert_eq!(
            indicator.category_label(category, crate::i18n::Lang::Sv),
            "Ej rapporterat"
        );
    }
}

#[test]
fn every_indicator_lists_unknown_and_unique_keys() {
    for indicator in Indicator::ALL {
        let cats = indicator.categories();
        assert!(cats.iter().any(|c| c.key == "ej-rapporterat"));
        for (i, a) in cats.iter().enumerate() {
            for b in &cats[i + 1..] {
                assert_ne!(a.key, b.key, "{indicator:?}");
                assert_ne!(a.style, b.style, "{indicator:?} styles must differ");
            }
        }
        assert_eq!(Indicator::from_key(indicator.key()), Some(indicator));
    }
}

#[test]
fn unknown_query_falls_back_to_default() {
    assert_eq!(Indicator::from_query(Some("lok")), Indicator::Lok);
    assert_eq!(Indicator::from_query(Some("nonsense")), Indicator::Rok);
    assert_eq!(Indicator::from_query(None), Indicator::Rok);
}

#[test]
fn rok_categories() {
    let mut p = Profile::default();
    for (status, expected) in [
        (RokStatus::InPreparation, "under-beredning"),
        (RokStatus::Adopted, "antagen"),
        (RokStatus::Rejected, "avslagen"),
    ] {
        p.agreements.rok = known(RokDecision::reported(status, None));
        assert_eq!(key(Indicator::Rok, M, &p), expected);
        assert_eq!(key(Indicator::Rok, OrgKind::Region, &p), expected);
        assert_eq!(
            key(Indicator::Rok, OrgKind::CountyBoard, &p),
            "ej-tillampligt"
        );
    }
}

#[test]
fn lok_categories() {
    let mut p = Profile::default();
    let expected = [
        "ej-paborjad",
        "workshoppar",
        "utkast",
        "antagen",
        "implementeras",
        "uppfoljd",
    ];
    for (stage, expected) in LokStage::ALL.into_iter().zip(expected) {
        p.agreements.lok = known(LokStatus { stage, date: None });
        assert_eq!(key(Indicator::Lok, M, &p), expected);
        assert_eq!(key(Indicator::Lok, OrgKind::Region, &p), "ej-tillampligt");
    }
}

#[test]
fn coordinator_categories() {
    let mut p = Profile::default();
    let cases: [(Vec<CoordinatorPost>, &str); 7] = [
        (vec![], "ingen"),
        (vec![post(0, 1, &[])], "ingen"),
        (vec![post(20, 1, &[])], "under-50"),
        (vec![post(30, 1, &[]), post(20, 1, &[])], "50-99"),
        (vec![post(50, 2, &[])], "heltid"),
        (vec![post(100, 1, &[])], "heltid"),
        (vec![post(100, 2, &["2062", "2034"])], "delad"),
    ];
    for (posts, expected) in cases {
        p.work.coordinators = known(posts);
        assert_eq!(key(Indicator::Coordinators, M, &p), expected);
    }
}

#[test]
fn policy_document_categories() {
    let mut p = Profile::default();
    p.governance.policy_documents = known(vec![]);
    assert_eq!(key(Indicator::PolicyDocument, M, &p), "inget");
    p.governance.policy_documents = known(vec![policy(PolicyScope::Departmental)]);
    assert_eq!(key(Indicator::PolicyDocument, M, &p), "verksamhet");
    p.governance.policy_documents = known(vec![
        policy(PolicyScope::Unit),
        policy(PolicyScope::Overarching),
    ]);
    assert_eq!(key(Indicator::PolicyDocument, M, &p), "overgripande");
}

#[test]
fn local_forum_categories() {
    let mut p = Profile::default();
    for (exists, expected) in [(true, "finns"), (false, "saknas")] {
        p.collaboration.local_forum = known(LocalForum {
            exists,
            participants: vec!["IFO".to_owned(), "Polis".to_owned()],
            description: String::new(),
        });
        assert_eq!(key(Indicator::LocalForum, M, &p), expected);
    }
    assert_eq!(
        Indicator::LocalForum.detail_sv(&p).as_deref(),
        Some("Deltagare: IFO, Polis")
    );
}

#[test]
fn perpetrator_treatment_categories() {
    let mut p = Profile::default();
    for (a, expected) in [
        (Availability::Available, "finns"),
        (Availability::ViaOther, "via-annan"),
        (Availability::Missing, "saknas"),
    ] {
        p.competence.specialist.perpetrator_treatment = known(a);
        assert_eq!(key(Indicator::PerpetratorTreatment, M, &p), expected);
    }
}

#[test]
fn follow_up_categories() {
    let mut p = Profile::default();
    let follow_up = |exists, quality| FollowUp {
        exists,
        individual_level: None,
        group_level: None,
        in_quality_system: quality,
        reported_to: String::new(),
        frequency: String::new(),
        description: String::new(),
    };
    p.governance.follow_up = known(follow_up(false, None));
    assert_eq!(key(Indicator::FollowUp, M, &p), "saknas");
    p.governance.follow_up = known(follow_up(true, None));
    assert_eq!(key(Indicator::FollowUp, M, &p), "finns");
    p.governance.follow_up = known(follow_up(true, Some(false)));
    assert_eq!(key(Indicator::FollowUp, M, &p), "finns");
    p.governance.follow_up = known(follow_up(true, Some(true)));
    assert_eq!(key(Indicator::FollowUp, M, &p), "kvalitetssystem");
}

#[test]
fn cooperation_agreement_categories() {
    let mut p = Profile::default();
    p.work.cooperation_agreement = known(CooperationAgreement {
        exists: true,
        name: "Norra Dalarna".to_owned(),
        partners: vec![OrgId::parse("2062").expect("Mora")],
    });
    assert_eq!(key(Indicator::CooperationAgreement, M, &p), "ja");
    assert_eq!(
        key(Indicator::CooperationAgreement, OrgKind::Region, &p),
        "ej-tillampligt"
    );
    assert_eq!(
        Indicator::CooperationAgreement.detail_sv(&p).as_deref(),
        Some("Norra Dalarna: Mora")
    );
    p.work.cooperation_agreement = known(CooperationAgreement {
        exists: false,
        name: String::new(),
        partners: vec![],
    });
    assert_eq!(key(Indicator::CooperationAgreement, M, &p), "nej");
}

#[test]
fn coordinator_detail_names_partners() {
    let mut p = Profile::default();
    p.work.coordinators = known(vec![post(100, 2, &["2034"])]);
    assert_eq!(
        Indicator::Coordinators.detail_sv(&p).as_deref(),
        Some("Samordnare: 2 × 100 %, delas med Orsa")
    );
}

#[test]
fn a_partial_list_never_gives_a_category_that_needs_the_whole_list() {
    let mut p = Profile::default();
    p.work.coordinators = Fact::partial(vec![post(50, 1, &[])], doc());
    assert_eq!(key(Indicator::Coordinators, M, &p), UNKNOWN_KEY);
    assert_eq!(
        Indicator::Coordinators.detail_sv(&p).as_deref(),
        Some("Källan nämner: Samordnare: 50 %")
    );
    p.work.coordinators = Fact::partial(vec![post(100, 2, &["2034"])], doc());
    assert_eq!(
        key(Indicator::Coordinators, M, &p),
        "delad",
        "one shared post is enough to say so"
    );

    p.governance.policy_documents = Fact::partial(vec![policy(PolicyScope::Departmental)], doc());
    assert_eq!(key(Indicator::PolicyDocument, M, &p), UNKNOWN_KEY);
    assert!(
        Indicator::PolicyDocument
            .detail_sv(&p)
            .is_some_and(|d| d.starts_with("Källan nämner:"))
    );
    p.governance.policy_documents = Fact::partial(vec![policy(PolicyScope::Overarching)], doc());
    assert_eq!(key(Indicator::PolicyDocument, M, &p), "overgripande");
}

#[test]
fn a_document_of_unstated_scope_makes_no_category_alone() {
    let mut p = Profile::default();
    p.governance.policy_documents = known(vec![policy(PolicyScope::Unstated)]);
    assert_eq!(key(Indicator::PolicyDocument, M, &p), UNKNOWN_KEY);
    p.governance.policy_documents = known(vec![
        policy(PolicyScope::Unstated),
        policy(PolicyScope::Departmental),
    ]);
    assert_eq!(
        key(Indicator::PolicyDocument, M, &p),
        UNKNOWN_KEY,
        "the unstated one may be overarching"
    );
}

#[test]
fn every_rule_is_explained_and_every_category_reachable() {
    use crate::i18n::Lang;
    for i in Indicator::ALL {
        let rules = i.rules();
        for r in rules {
            assert!(
                i.category_by_key(r.category).is_some(),
                "{i:?}: rule {} gives an unknown category",
                r.key
            );
            for lang in [Lang::Sv, Lang::En] {
                let text = i.rule_text(r, lang);
                assert!(
                    !text.is_empty() && !text.starts_with("method."),
                    "{i:?} {} {lang:?}",
                    r.key
                );
            }
        }
        for c in i.categories() {
            assert!(
                rules.iter().any(|r| r.category == c.key),
                "{i:?}: no rule gives {}",
                c.key
            );
        }
        let last = rules.last().expect("rules");
        assert_eq!(
            last.category, UNKNOWN_KEY,
            "{i:?}: the last rule is the fallback"
        );
        assert!((last.applies)(M, &Profile::default()));
    }
}

#[test]
fn the_indicators_that_apply_follow_their_rules() {
    for i in Indicator::ALL {
        assert!(i.applies_to(M), "{i:?} speaks of municipalities");
    }
    assert!(!Indicator::Lok.applies_to(OrgKind::Region));
    assert!(!Indicator::CooperationAgreement.applies_to(OrgKind::CountyBoard));
    assert!(Indicator::Rok.applies_to(OrgKind::Region));
    assert!(
        !Indicator::Rok.applies_to(OrgKind::CountyBoard),
        "not a principal"
    );
    assert!(Indicator::Coordinators.applies_to(OrgKind::CountyBoard));
}
