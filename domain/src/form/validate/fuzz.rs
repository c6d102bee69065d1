//! Property tests: arbitrary forms, decoded from JSON as a browser or an API caller sends them.
//! Validation never panics; every refusal is a message that exists in both languages on a
//! field of the form; every accepted form describes its profile exactly (saving it again
//! changes nothing). Cases: `PROPTEST_CASES` (default 256).

use super::tests::{entered, falun, today};
use super::*;
use crate::form::enum_key;
use crate::i18n::Lang;
use crate::model::profile::{Availability, Funding, LokStage, PolicyScope, RokStatus, SharedView};
use crate::model::revision::merge;
use proptest::prelude::*;
use serde_json::{Map, Value, json};

const TEXT_FIELDS: [&str; 36] = [
    "decision",
    "shared_view",
    "follow_up",
    "follow_up_individual",
    "follow_up_group",
    "follow_up_quality_system",
    "follow_up_reported_to",
    "follow_up_frequency",
    "follow_up_description",
    "cooperation",
    "cooperation_name",
    "cooperation_partners",
    "placement",
    "teams",
    "local_forum",
    "local_forum_participants",
    "local_forum_description",
    "representative_name",
    "representative_mandate",
    "representative_share",
    "representative_contacts",
    "basic_training",
    "programmes",
    "successes",
    "gaps",
    "needs",
    "vision",
    "rok_status",
    "rok_date",
    "rok_body",
    "rok_reference",
    "lok_stage",
    "lok_date",
    // Not fields of the form: decoding ignores them.
    "okänt_fält",
    "id",
    "version",
];
const POLICY_FIELDS: [&str; 6] = [
    "title",
    "scope",
    "owner",
    "adopted",
    "last_revised",
    "implemented",
];
const COORDINATOR_FIELDS: [&str; 7] = [
    "title",
    "share_percent",
    "count",
    "rest_of_post",
    "funding",
    "scope",
    "shared_with",
];
const SUPPORT_FIELDS: [&str; 4] = ["name", "kind", "phone", "web"];

fn keys() -> Vec<String> {
    let mut keys: Vec<String> = ["ja", "nej", ""].map(str::to_owned).to_vec();
    keys.extend(SharedView::ALL.iter().map(enum_key));
    keys.extend(Availability::ALL.iter().map(enum_key));
    keys.extend(PolicyScope::ALL.iter().map(enum_key));
    keys.extend(Funding::ALL.iter().map(enum_key));
    keys.extend(RokStatus::ALL.iter().map(enum_key));
    keys.extend(LokStage::ALL.iter().map(enum_key));
    keys
}

/// Plausible and implausible values: choices, dates, numbers, codes, links, any text.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => Just(String::new()),
        3 => proptest::sample::select(keys()),
        2 => "(19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]",
        1 => "[0-9]{1,5}-[0-9]{1,3}-[0-9]{1,3}",
        2 => " ?-?[0-9]{1,4} ?%?",
        2 => "(20[2-8][0-9]|region-dalarna|9999)([, ]{1,2}(20[2-8][0-9]|2080)){0,3}",
        1 => "(https?|ftp|javascript)://[a-zåäö.]{0,12}(/[a-z<\"]{0,5})?",
        1 => "[0-9 +()-]{0,25}",
        3 => "[a-zA-ZåäöÅÄÖ0-9 ,.\n-]{0,60}",
        2 => any::<String>(),
        1 => "[\\PC\n\t\r\u{0}-\u{1f}]{0,40}",
    ]
}

fn row(fields: &'static [&'static str]) -> impl Strategy<Value = Value> {
    proptest::collection::vec(value(), fields.len()).prop_map(move |values| {
        Value::Object(
            fields
                .iter()
                .zip(values)
                .map(|(k, v)| ((*k).to_owned(), Value::String(v)))
                .collect(),
        )
    })
}

/// A form as JSON: every text field, the six specialist choices, up to 22 rows per list (more
/// than the 20 allowed) and the "none exist" flags.
fn form_json() -> impl Strategy<Value = Value> {
    (
        proptest::collection::vec(value(), TEXT_FIELDS.len()),
        proptest::collection::vec(value(), 6),
        proptest::collection::vec(row(&POLICY_FIELDS), 0..4),
        proptest::collection::vec(row(&COORDINATOR_FIELDS), 0..4),
        prop_oneof![0..3usize, 19..23usize]
            .prop_flat_map(|n| proptest::collection::vec(row(&SUPPORT_FIELDS), n)),
        any::<[bool; 3]>(),
    )
        .prop_map(|(texts, specialist, policy, coordinators, support, none)| {
            let mut form: Map<String, Value> = TEXT_FIELDS
                .iter()
                .zip(texts)
                .map(|(k, v)| ((*k).to_owned(), Value::String(v)))
                .collect();
            form.insert("specialist".to_owned(), json!(specialist));
            form.insert("policy_documents".to_owned(), Value::Array(policy));
            form.insert("coordinators".to_owned(), Value::Array(coordinators));
            form.insert("support".to_owned(), Value::Array(support));
            form.insert("policy_documents_none".to_owned(), json!(none[0]));
            form.insert("coordinators_none".to_owned(), json!(none[1]));
            form.insert("support_none".to_owned(), json!(none[2]));
            Value::Object(form)
        })
}

/// A value of the kind `field` expects, or nothing.
fn typed(field: &'static str) -> BoxedStrategy<String> {
    let yes_no = ["", "ja", "nej"].map(str::to_owned).to_vec();
    let keys_of = |keys: Vec<String>| {
        let mut all = vec![String::new()];
        all.extend(keys);
        proptest::sample::select(all).boxed()
    };
    match field {
        "follow_up"
        | "follow_up_individual"
        | "follow_up_group"
        | "follow_up_quality_system"
        | "cooperation"
        | "local_forum" => proptest::sample::select(yes_no).boxed(),
        "shared_view" => keys_of(SharedView::ALL.iter().map(enum_key).collect()),
        "rok_status" => keys_of(RokStatus::ALL.iter().map(enum_key).collect()),
        "lok_stage" => keys_of(LokStage::ALL.iter().map(enum_key).collect()),
        "rok_date" | "lok_date" => {
            prop_oneof![Just(String::new()), "202[5-6]-0[1-9]-[12][0-9]"].boxed()
        }
        "representative_share" => {
            prop_oneof![Just(String::new()), (0u8..=100).prop_map(|n| n.to_string())].boxed()
        }
        "cooperation_partners" => {
            prop_oneof![Just(String::new()), "20(62|34|39)(, 20(21|23|26)){0,2}"].boxed()
        }
        _ => prop_oneof![
            Just(String::new()),
            "[a-zåäöA-Z][a-zåäö ,.]{0,30}(\n[a-zåäö]{1,20}){0,2}"
        ]
        .boxed(),
    }
}

/// Forms a person would plausibly send: each field empty or of its kind, no rows.
fn typed_form_json() -> impl Strategy<Value = Value> {
    let fields: Vec<BoxedStrategy<(String, Value)>> = TEXT_FIELDS[..33]
        .iter()
        .map(|f| {
            typed(f)
                .prop_map(move |v| ((*f).to_owned(), Value::String(v)))
                .boxed()
        })
        .collect();
    let availability = keys_of_availability();
    (fields, proptest::collection::vec(availability, 6)).prop_map(|(pairs, specialist)| {
        let mut form: Map<String, Value> = pairs.into_iter().collect();
        form.insert("specialist".to_owned(), json!(specialist));
        Value::Object(form)
    })
}

fn keys_of_availability() -> impl Strategy<Value = String> {
    let mut all = vec![String::new()];
    all.extend(Availability::ALL.iter().map(enum_key));
    proptest::sample::select(all)
}

/// The field a form error is attached to exists in the form (so the page can show it there).
fn is_form_field(key: &str) -> bool {
    let mut parts = key.split('.');
    let head = parts.next().unwrap_or_default();
    let mut list_field = |fields: &[&str]| {
        let index_ok = parts.next().is_none_or(|i| i.parse::<usize>().is_ok());
        let field_ok = parts.next().is_none_or(|f| fields.contains(&f));
        index_ok && field_ok && parts.next().is_none()
    };
    match head {
        "policy_documents" => list_field(&POLICY_FIELDS),
        "coordinators" => list_field(&COORDINATOR_FIELDS),
        "support" => list_field(&SUPPORT_FIELDS),
        "specialist" => parts
            .next()
            .is_some_and(|i| i.parse::<usize>().is_ok_and(|i| i < 6)),
        field => TEXT_FIELDS[..33].contains(&field) && parts.next().is_none(),
    }
}

/// The property both generators check: a faithful profile, or errors at the form's fields in
/// both languages. Returns whether the form was accepted.
fn faithful_or_explained(json: Value) -> Result<bool, TestCaseError> {
    let form: ProfileForm = serde_json::from_value(json).unwrap_or_else(|e| panic!("{e}"));
    match form.validate(&falun(), today(), &entered()) {
        Ok(profile) => {
            let again = ProfileForm::from_profile(&profile).validate(&falun(), today(), &entered());
            prop_assert_eq!(again.as_ref(), Ok(&profile));
            let (merged, changes) = merge(&profile, profile.clone());
            prop_assert!(changes.is_empty());
            prop_assert_eq!(merged, profile);
            Ok(true)
        }
        Err(errors) => {
            prop_assert!(!errors.is_empty());
            for (field, message) in errors.iter() {
                prop_assert!(is_form_field(field), "{}", field);
                for lang in Lang::ALL {
                    prop_assert!(!message.text(lang).is_empty(), "{} {:?}", field, message);
                }
            }
            Ok(false)
        }
    }
}

proptest! {
    #[test]
    fn plausible_forms_are_mostly_accepted_and_always_faithful(json in typed_form_json()) {
        faithful_or_explained(json)?;
    }

    #[test]
    fn any_form_is_either_a_faithful_profile_or_errors_at_its_fields(json in form_json()) {
        faithful_or_explained(json)?;
    }
}

#[test]
fn plausible_forms_reach_the_accepting_branch() {
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = typed_form_json();
    let mut accepted = 0;
    for _ in 0..200 {
        let json = strategy
            .new_tree(&mut runner)
            .map(|t| proptest::strategy::ValueTree::current(&t))
            .unwrap_or_else(|e| panic!("{e}"));
        if faithful_or_explained(json).unwrap_or_else(|e| panic!("{e}")) {
            accepted += 1;
        }
    }
    // Without accepted forms the round-trip half of the property would never run.
    assert!(accepted >= 20, "only {accepted} of 200 accepted");
}

proptest! {
    #[test]
    fn any_json_decodes_to_a_form_or_an_error_without_panicking(text in "\\PC{0,200}") {
        let _ = serde_json::from_str::<ProfileForm>(&text);
    }
}
