use super::*;
use std::collections::BTreeSet;

fn keys(lang: Lang) -> BTreeSet<&'static str> {
    lang.table().keys().copied().collect()
}

fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
        .collect()
}

#[test]
fn both_languages_have_the_same_keys() {
    let sv = keys(Lang::Sv);
    let en = keys(Lang::En);
    let missing_en: Vec<_> = sv.difference(&en).collect();
    let missing_sv: Vec<_> = en.difference(&sv).collect();
    assert!(missing_en.is_empty(), "missing in en.txt: {missing_en:?}");
    assert!(missing_sv.is_empty(), "missing in sv.txt: {missing_sv:?}");
    assert!(sv.len() > 50);
}

#[test]
fn no_key_is_defined_twice() {
    for lang in Lang::ALL {
        // Across the application's file and the region package's: a key in both is an error.
        let mut seen = BTreeSet::new();
        for line in lang.sources().iter().flat_map(|s| s.lines()) {
            if let Some((key, _)) = line.split_once(" = ")
                && !line.trim_start().starts_with('#')
            {
                assert!(seen.insert(key.trim()), "{}.txt: {key}", lang.code());
            }
        }
    }
}

#[test]
fn translations_keep_every_placeholder() {
    for key in keys(Lang::Sv) {
        assert_eq!(
            placeholders(Lang::Sv.text_of(key)),
            placeholders(Lang::En.text_of(key)),
            "{key}"
        );
    }
}

#[test]
fn every_line_is_a_key_and_a_text() {
    for lang in Lang::ALL {
        for (n, line) in lang.sources().iter().flat_map(|s| s.lines()).enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let parsed = line.split_once(" = ");
            assert!(
                parsed.is_some_and(|(k, v)| !k.trim().is_empty()
                    && !v.trim().is_empty()
                    && !k.contains(' ')),
                "{} texts, line {} of both files: {line}",
                lang.code(),
                n + 1
            );
        }
    }
}

/// Keys written in the code are constants generated from the texts, so a misspelt one does
/// not compile; each constant names a key of both languages.
#[test]
fn every_key_constant_names_a_text_in_both_languages() {
    assert_eq!(k::ALL.len(), keys(Lang::Sv).len());
    // Read from each language's own table: `t` falls back to Swedish for a key English lacks.
    let (sv, en) = (keys(Lang::Sv), keys(Lang::En));
    for key in k::ALL {
        assert!(sv.contains(key.as_str()), "{}", key.as_str());
        assert!(en.contains(key.as_str()), "{}", key.as_str());
        assert!(!Lang::Sv.t(key).is_empty(), "{}", key.as_str());
        assert_eq!(crate::i18n::Key::find(key.as_str()), Some(key));
    }
    assert_eq!(crate::i18n::Key::find("no.such.key"), None);
}

#[test]
fn values_fill_their_placeholders_and_english_falls_back() {
    assert_eq!(Lang::from_code("en"), Some(Lang::En));
    assert_eq!(Lang::from_code("de"), None);
    assert_eq!(Lang::Sv.other(), Lang::En);
    assert_eq!(Lang::En.text_of("no.such.key"), "");
    assert_eq!(
        Lang::En.tf(k::DATE_PAST, &[("date", "1 May 2025")]),
        "You are looking at the state on 1 May 2025."
    );
}

#[test]
fn every_label_built_from_a_models_codes_exists_in_both_languages() {
    use crate::model::Indicator;
    for lang in Lang::ALL {
        for i in Indicator::ALL {
            assert!(!i.label(lang).is_empty(), "{i:?}");
            assert!(!i.short(lang).is_empty(), "{i:?}");
            for c in i.categories() {
                assert!(!i.category_label(c, lang).is_empty(), "{i:?} {}", c.key);
            }
            for r in i.rules() {
                assert!(!i.rule_text(r, lang).is_empty(), "{i:?} {}", r.key);
            }
        }
        for style in crate::model::palette::all_styles() {
            assert!(!style.pattern_words(lang).is_empty(), "{}", style.id);
        }
    }
}

#[test]
fn area_and_filter_labels_exist_in_both_languages() {
    use crate::model::county::ResultAreaKind;
    use crate::view::comparison::KindFilter;
    for lang in Lang::ALL {
        for area in ResultAreaKind::ALL {
            assert!(!area.label(lang).is_empty(), "{area:?}");
        }
        for kind in KindFilter::ALL {
            assert!(!kind.label(lang).is_empty(), "{kind:?}");
        }
    }
    assert_eq!(
        ResultAreaKind::Governance.label(Lang::Sv),
        "Styrning och ledning"
    );
}

#[test]
fn specialist_names_follow_the_model_order() {
    let profile = crate::model::Profile::default();
    let entries = profile.competence.specialist.entries();
    for ((name, _), key) in entries.iter().zip(crate::model::profile::SPECIALIST_KEYS) {
        assert_eq!(Lang::Sv.t(key), *name);
        assert!(!Lang::En.t(key).is_empty());
    }
}

#[test]
fn every_error_has_its_message_in_both_languages() {
    use crate::error::AppError;
    use crate::model::as_of::DateError;
    use crate::model::auth::Denied;
    let errors = [
        AppError::NotFound,
        AppError::Unavailable,
        AppError::Request("x".to_owned()),
        AppError::Date(DateError::Malformed("31/12".to_owned())),
        AppError::Date(DateError::Future("2999-01-01".to_owned())),
        AppError::Date(DateError::TooEarly),
        AppError::LoginFailed,
        AppError::TooManyAttempts,
        AppError::TooManyReports,
        AppError::Denied(Denied::NotSignedIn),
        AppError::Denied(Denied::Disabled),
        AppError::Denied(Denied::OtherOrganisation),
        AppError::Denied(Denied::NotAdmin),
        AppError::Invalid(Default::default()),
        AppError::Conflict {
            current_version: 2,
            changes: Vec::new(),
        },
        AppError::UserExists,
        AppError::NoSuchUser,
    ];
    for e in errors {
        assert!(!e.message(Lang::Sv).is_empty(), "{e:?}");
        assert!(!e.message(Lang::En).is_empty(), "{e:?}");
        assert_ne!(e.message(Lang::En), e.message(Lang::Sv), "{e:?}");
    }
}

#[test]
fn texts_claim_only_what_the_sources_say() {
    // 002 header and 003 §1 name the regional support structure RSS Dalarna.
    assert!(Lang::Sv.t(k::A11Y_REPORT).contains("RSS Dalarna"));
    assert!(Lang::En.t(k::A11Y_REPORT).contains("RSS Dalarna"));
    // 002 §1: LCHNV decided "att godkänna överenskommelsen för vidare rekommendation".
    assert!(
        Lang::Sv
            .t(k::FORM_ERROR_ROK_BEFORE_APPROVAL)
            .contains("för vidare rekommendation")
    );
    assert!(
        Lang::En
            .t(k::FORM_ERROR_ROK_BEFORE_APPROVAL)
            .contains("for further recommendation")
    );
    // 003 §6.4: visions voiced in the 2019 interviews, not adopted by the county.
    assert_eq!(
        Lang::Sv.t(k::OV_VISIONS_COUNTY),
        "Visioner som samlades i kartläggningen 2019"
    );
    // No source lists the principals: the texts that count them say it is a reading.
    assert!(
        Lang::Sv
            .t(k::ROK_PRINCIPALS)
            .contains("Ingen källa räknar upp dem")
    );
    for (lang, texts) in [(Lang::Sv, keys(Lang::Sv)), (Lang::En, keys(Lang::En))] {
        for key in texts {
            let text = lang.text_of(key);
            for claim in [
                "the work against violence",
                "Länets samlade visioner",
                "godkändes 2024-04-19",
                "befolkning_2024.csv",
                "är inte i kraft enligt rapporterade uppgifter",
            ] {
                assert!(!text.contains(claim), "{lang:?} {key}: {text}");
            }
        }
    }
}
