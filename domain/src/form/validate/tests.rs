use super::*;
use crate::form::{CoordinatorRow, ROWS_MAX, is_safe_link};
use crate::model::profile::{Availability, LokStage};
use crate::model::revision::merge;
use chrono::{TimeZone, Utc};

pub(super) fn falun() -> OrgId {
    OrgId::parse("2080").unwrap_or_else(|e| panic!("{e}"))
}

pub(super) fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default()
}

pub(super) fn entered() -> Source {
    Source::Entered {
        by: "Falun (samordnare)".to_owned(),
        at: Utc
            .with_ymd_and_hms(2026, 11, 23, 9, 0, 0)
            .single()
            .unwrap_or_default(),
    }
}

fn check(form: &ProfileForm) -> Result<Profile, FieldErrors> {
    form.validate(&falun(), today(), &entered())
}

fn error(form: &ProfileForm, field: &str) -> Option<String> {
    check(form)
        .err()
        .and_then(|e| e.text(field, crate::i18n::Lang::Sv))
}

#[test]
fn an_empty_form_is_an_unknown_profile() {
    let profile = check(&ProfileForm::default()).unwrap_or_default();
    assert_eq!(profile, Profile::default());
    assert!(profile.sources().is_empty());
}

#[test]
fn every_seeded_profile_survives_the_form_unchanged() {
    let seed = crate::seed::load().unwrap_or_else(|e| panic!("{e}"));
    for (org, profile) in &seed.organisations {
        let form = ProfileForm::from_profile(profile);
        let validated = form
            .validate(&org.id, today(), &entered())
            .unwrap_or_else(|e| panic!("{}: {e:?}", org.id));
        let (merged, changes) = merge(profile, validated);
        assert_eq!(changes, vec![], "{}", org.id);
        assert_eq!(&merged, profile, "{}", org.id);
    }
}

#[test]
fn a_changed_value_is_attributed_and_listed() {
    let old = Profile::default();
    let mut form = ProfileForm::from_profile(&old);
    form.lok_stage = "drafting".to_owned();
    form.lok_date = "2025-03-01".to_owned();
    let (new, changes) = merge(&old, check(&form).unwrap_or_default());
    assert_eq!(
        new.agreements.lok.value().map(|l| l.stage),
        Some(LokStage::Drafting)
    );
    assert_eq!(new.agreements.lok.source(), Some(&entered()));
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].field, "agreements.lok");
    assert_eq!(changes[0].old, crate::i18n::Lang::Sv.t(k::UNKNOWN));
    assert_eq!(changes[0].new, "Utkast tas fram, 2025-03-01");
}

#[test]
fn coordinator_share_bounds() {
    let mut form = ProfileForm::default();
    for (share, ok) in [
        ("0", true),
        ("100", true),
        ("50 %", true),
        ("101", false),
        ("-1", false),
        ("12,5", false),
        ("", false),
        ("halv", false),
    ] {
        form.coordinators = vec![CoordinatorRow {
            title: "Samordnare".to_owned(),
            share_percent: share.to_owned(),
            ..CoordinatorRow::default()
        }];
        assert_eq!(
            error(&form, "coordinators.0.share_percent").is_none(),
            ok,
            "{share}"
        );
    }
    form.coordinators[0].share_percent = "50".to_owned();
    for (count, ok) in [
        ("", true),
        ("1", true),
        ("20", true),
        ("0", false),
        ("21", false),
        ("två", false),
    ] {
        form.coordinators[0].count = count.to_owned();
        assert_eq!(
            error(&form, "coordinators.0.count").is_none(),
            ok,
            "{count}"
        );
    }
}

#[test]
fn enums_accept_only_their_keys() {
    let mut form = ProfileForm::default();
    for (value, ok) in [
        ("adopted", true),
        ("in_preparation", true),
        ("antagen", false),
        ("<script>", false),
    ] {
        form.rok_status = value.to_owned();
        form.rok_date = "2024-11-01".to_owned();
        assert_eq!(error(&form, "rok_status").is_none(), ok, "{value}");
    }
    for (value, ok) in [
        ("not_started", true),
        ("followed_up", true),
        ("done", false),
    ] {
        form.lok_stage = value.to_owned();
        assert_eq!(error(&form, "lok_stage").is_none(), ok, "{value}");
    }
    for key in Availability::ALL.map(|a| crate::form::enum_key(&a)) {
        form.specialist[3] = key;
        assert_eq!(error(&form, "specialist.3"), None);
    }
    form.specialist[3] = "maybe".to_owned();
    assert!(error(&form, "specialist.3").is_some());
    form.follow_up = "kanske".to_owned();
    assert_eq!(
        error(&form, "follow_up").as_deref(),
        Some("Välj Ja, Nej eller Ej rapporterat.")
    );
}

#[test]
fn rok_dates_follow_the_agreement() {
    let mut form = ProfileForm {
        rok_status: "adopted".to_owned(),
        ..ProfileForm::default()
    };
    assert_eq!(
        error(&form, "rok_date").as_deref(),
        Some("Ange datum för beslutet.")
    );
    for (date, ok) in [
        ("2024-04-19", true),
        ("2024-04-18", false),
        ("2026-11-23", true),
        ("2026-11-24", false),
        ("2024-13-01", false),
        ("1 okt 2024", false),
    ] {
        form.rok_date = date.to_owned();
        assert_eq!(error(&form, "rok_date").is_none(), ok, "{date}");
    }
    form.rok_status = String::new();
    form.rok_date = "2024-10-01".to_owned();
    assert!(
        error(&form, "rok_status").is_some(),
        "details without a status would be lost"
    );
}

#[test]
fn oversized_and_overlong_input_is_refused() {
    let megabyte = "x".repeat(1 << 20);
    let form = ProfileForm {
        decision: megabyte.clone(),
        successes: megabyte.clone(),
        ..ProfileForm::default()
    };
    let errors = check(&form).err().unwrap_or_default();
    assert!(
        errors
            .text("decision", crate::i18n::Lang::Sv)
            .is_some_and(|m| m.contains("högst 2000 tecken"))
    );
    assert!(errors.get("successes").is_some());
    let form = ProfileForm {
        placement: "x".repeat(201),
        ..ProfileForm::default()
    };
    assert!(error(&form, "placement").is_some());
    let form = ProfileForm {
        coordinators: vec![
            CoordinatorRow {
                title: "S".to_owned(),
                share_percent: "1".to_owned(),
                ..CoordinatorRow::default()
            };
            ROWS_MAX + 1
        ],
        ..ProfileForm::default()
    };
    assert!(error(&form, "coordinators").is_some());
}

#[test]
fn lists_distinguish_none_from_unknown() {
    let mut form = ProfileForm::default();
    assert!(
        !check(&form)
            .unwrap_or_default()
            .work
            .coordinators
            .is_known()
    );
    form.coordinators_none = true;
    let profile = check(&form).unwrap_or_default();
    assert_eq!(profile.work.coordinators.value(), Some(&vec![]));
    form.coordinators = vec![CoordinatorRow {
        title: "S".to_owned(),
        share_percent: "10".to_owned(),
        ..CoordinatorRow::default()
    }];
    assert!(error(&form, "coordinators").is_some());
    form.coordinators_none = false;
    form.coordinators.push(CoordinatorRow::default());
    let posts = check(&form).unwrap_or_default();
    assert_eq!(
        posts.work.coordinators.value().map(Vec::len),
        Some(1),
        "blank rows are dropped"
    );
}

#[test]
fn partner_codes_are_known_and_not_own() {
    let mut form = ProfileForm {
        cooperation: "ja".to_owned(),
        ..ProfileForm::default()
    };
    form.cooperation_partners = "2062, 2034 2062".to_owned();
    let profile = check(&form).unwrap_or_default();
    let partners = profile
        .work
        .cooperation_agreement
        .value()
        .map(|c| c.partners.len());
    assert_eq!(partners, Some(2));
    form.cooperation_partners = "2080".to_owned();
    assert!(error(&form, "cooperation_partners").is_some());
    form.cooperation_partners = "9999".to_owned();
    assert!(error(&form, "cooperation_partners").is_some_and(|m| m.contains("9999")));
}

#[test]
fn links_only_with_http_schemes() {
    for (url, ok) in [
        ("https://www.falun.se/stod", true),
        ("http://kvinnojouren.se", true),
        ("HTTPS://EXAMPLE.SE", true),
        ("javascript:alert(1)", false),
        ("JaVaScRiPt:alert(1)", false),
        ("data:text/html,<script>", false),
        ("https://", false),
        ("https://a b.se", false),
        ("//example.se", false),
        ("https://x.se\"onmouseover=", false),
    ] {
        assert_eq!(is_safe_link(url), ok, "{url}");
        let form = ProfileForm {
            support: vec![super::SupportRow {
                name: "Jour".to_owned(),
                web: url.to_owned(),
                ..super::SupportRow::default()
            }],
            ..ProfileForm::default()
        };
        assert_eq!(error(&form, "support.0.web").is_none(), ok, "{url}");
    }
}

#[test]
fn required_row_fields_and_phone() {
    let form = ProfileForm {
        support: vec![super::SupportRow {
            phone: "abc".to_owned(),
            ..super::SupportRow::default()
        }],
        ..ProfileForm::default()
    };
    assert_eq!(
        error(&form, "support.0.name").as_deref(),
        Some("Ange ett namn.")
    );
    assert!(error(&form, "support.0.phone").is_some());
    let form = ProfileForm {
        policy_documents: vec![super::PolicyDocumentRow {
            title: "Plan".to_owned(),
            adopted: "2020-01-01".to_owned(),
            last_revised: "2019-01-01".to_owned(),
            ..Default::default()
        }],
        ..ProfileForm::default()
    };
    assert_eq!(
        error(&form, "policy_documents.0.scope").as_deref(),
        Some("Välj omfattning.")
    );
    assert!(error(&form, "policy_documents.0.last_revised").is_some());
}

#[test]
fn details_without_their_choice_are_not_silently_dropped() {
    for (form, field) in [
        (
            ProfileForm {
                follow_up_frequency: "årligen".to_owned(),
                ..ProfileForm::default()
            },
            "follow_up",
        ),
        (
            ProfileForm {
                cooperation_name: "Norra".to_owned(),
                ..ProfileForm::default()
            },
            "cooperation",
        ),
        (
            ProfileForm {
                local_forum_description: "x".to_owned(),
                ..ProfileForm::default()
            },
            "local_forum",
        ),
        (
            ProfileForm {
                representative_mandate: "x".to_owned(),
                ..ProfileForm::default()
            },
            "representative_name",
        ),
        (
            ProfileForm {
                lok_date: "2025-01-01".to_owned(),
                ..ProfileForm::default()
            },
            "lok_stage",
        ),
    ] {
        assert!(error(&form, field).is_some(), "{field}");
    }
}

/// Every text field of the form, at the top level and in each kind of row, refuses text over
/// the longest limit with an error under its own key.
#[test]
fn every_text_field_is_bounded() {
    let long = "x".repeat(crate::model::validation::LONG_TEXT_MAX + 1);
    let base = ProfileForm {
        policy_documents: vec![super::PolicyDocumentRow::default()],
        coordinators: vec![CoordinatorRow::default()],
        support: vec![super::SupportRow::default()],
        ..ProfileForm::default()
    };
    let value = serde_json::to_value(&base).unwrap_or_default();
    let mut keys = Vec::new();
    for (key, v) in value.as_object().into_iter().flatten() {
        match v {
            serde_json::Value::String(_) => keys.push((key.clone(), None)),
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    match item {
                        serde_json::Value::Object(row) => {
                            keys.extend(row.keys().map(|k| (key.clone(), Some((0, k.clone())))));
                        }
                        _ => keys.push((key.clone(), Some((i, String::new())))),
                    }
                }
            }
            _ => {}
        }
    }
    assert!(keys.len() > 50, "{}", keys.len());
    for (key, inner) in keys {
        let mut v = value.clone();
        let (target, error_key) = match &inner {
            None => (&mut v[&key], key.clone()),
            Some((i, k)) if k.is_empty() => (&mut v[&key][*i], format!("{key}.{i}")),
            Some((i, k)) => (&mut v[&key][*i][k], format!("{key}.{i}.{k}")),
        };
        *target = serde_json::Value::String(long.clone());
        let form: ProfileForm = serde_json::from_value(v).unwrap_or_default();
        assert!(
            error(&form, &error_key).is_some(),
            "{error_key} accepted {} characters",
            long.len()
        );
    }
}

#[test]
fn every_value_a_save_can_change_has_a_name_in_both_languages() {
    use crate::form::enum_key;
    use crate::i18n::Lang;
    use crate::model::profile::{RokStatus, SharedView};
    let available = enum_key(&Availability::ALL[0]);
    let form = ProfileForm {
        decision: "Beslut i socialnämnden".to_owned(),
        policy_documents_none: true,
        shared_view: enum_key(&SharedView::ALL[0]),
        follow_up: "nej".to_owned(),
        coordinators_none: true,
        cooperation: "nej".to_owned(),
        placement: "IFO".to_owned(),
        teams: "Mottagning".to_owned(),
        local_forum: "nej".to_owned(),
        representative_name: "Anna".to_owned(),
        basic_training: "Grundkurs".to_owned(),
        specialist: std::array::from_fn(|_| available.clone()),
        programmes: "MI".to_owned(),
        successes: "a".to_owned(),
        gaps: "b".to_owned(),
        needs: "c".to_owned(),
        vision: "d".to_owned(),
        rok_status: enum_key(&RokStatus::Adopted),
        rok_date: "2024-06-01".to_owned(),
        lok_stage: enum_key(&LokStage::Drafting),
        support_none: true,
        ..ProfileForm::default()
    };
    let (_, changes) = merge(
        &Profile::default(),
        check(&form).unwrap_or_else(|e| panic!("{e:?}")),
    );
    // Every value of the profile changed: 4 governance, 4 work, 2 collaboration,
    // 8 competence, 4 reflections, 2 agreements, support.
    assert_eq!(changes.len(), 25, "{changes:#?}");
    for change in &changes {
        assert!(!change.label.is_empty(), "{}", change.field);
        assert_eq!(change.name(Lang::Sv), change.label);
        let key = format!("change.{}", change.field);
        assert!(!Lang::En.text_of(&key).is_empty(), "{key}");
    }
}

#[test]
fn a_coordinator_can_state_that_a_partial_list_is_complete() {
    let seed = crate::seed::load().unwrap_or_else(|e| panic!("{e}"));
    let (_, old) = seed
        .organisations
        .iter()
        .find(|(o, _)| o.id == falun())
        .unwrap_or_else(|| panic!("Falun seeded"));
    let mut form = ProfileForm::from_profile(old);
    assert!(form.coordinators_partial, "the seed names only some posts");
    form.coordinators_partial = false;
    let (new, changes) = merge(old, check(&form).unwrap_or_default());
    assert!(new.work.coordinators.whole().is_some());
    assert_eq!(new.work.coordinators.source(), Some(&entered()));
    let change = changes
        .iter()
        .find(|c| c.field == "work.coordinators")
        .unwrap_or_else(|| panic!("the statement is a change: {changes:?}"));
    assert!(change.old.starts_with("Källan nämner:"), "{}", change.old);
    assert!(!change.new.starts_with("Källan nämner:"), "{}", change.new);
    assert_eq!(
        crate::model::Indicator::Coordinators
            .categorise(crate::model::OrgKind::Municipality, &new)
            .key,
        "50-99"
    );

    form.coordinators_none = true;
    form.coordinators_partial = true;
    form.coordinators.clear();
    assert!(
        error(&form, "coordinators").is_some(),
        "none and partial at once"
    );
}
