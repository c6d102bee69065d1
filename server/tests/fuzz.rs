//! Generated hostile payloads against the mutating server functions over HTTP: JSON trees of
//! any shape (with the real field names mixed in) for the profile save, and form bodies of any
//! pairs for adding users and setting passwords. Every answer is below 500, and an answer that
//! is not a success leaves the stored data exactly as it was. `PROPTEST_CASES` sets the length.

mod common;

use common::{form, login, post_json, request, start};
use proptest::prelude::*;
use serde_json::Value;
use std::net::SocketAddr;

fn block_on<T>(future: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
        .block_on(future)
}

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "id",
            "base_version",
            "form",
            "placement",
            "lok_stage",
            "lok_date",
            "rok_status",
            "rok_date",
            "coordinators",
            "share_percent",
            "specialist",
            "support",
            "web",
            "email",
            "role",
            "org",
            "password",
        ])
        .prop_map(str::to_owned),
        "[a-z_]{1,12}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "2080",
            "2062",
            "region-dalarna",
            "adopted",
            "drafting",
            "2025-02-30",
            "2024-04-19",
            "javascript:alert(1)",
            "<script>alert(1)</script>",
            // Not the fuzzing coordinator: a new password would end the session it saves with.
            "b@mora.se",
            "coordinator",
            "admin",
            "ett långt lösenord",
            "",
        ])
        .prop_map(str::to_owned),
        "\\PC{0,60}",
        "[0-9 ,.%-]{0,8}",
    ]
}

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("JSON has no NaN", |f| f.is_finite())
            .prop_map(Value::from),
        text().prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::from),
            prop::collection::btree_map(name(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A body shaped like a save (`id`, `base_version`, `form` object) or anything at all.
fn save_body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => (json(), json(), prop::collection::btree_map(name(), json(), 0..10)).prop_map(
            |(id, version, form)| {
                let body = serde_json::json!({ "id": id, "base_version": version, "form": form });
                body.to_string().into_bytes()
            }
        ),
        1 => json().prop_map(|v| v.to_string().into_bytes()),
        1 => prop::collection::vec(any::<u8>(), 0..200),
    ]
}

fn form_body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => prop::collection::vec((name(), text()), 0..6).prop_map(|pairs| {
            let pairs: Vec<(&str, &str)> =
                pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            form(&pairs).into_bytes()
        }),
        1 => prop::collection::vec(any::<u8>(), 0..200),
    ]
}

struct Target {
    addr: SocketAddr,
    admin: String,
    coordinator: String,
}

fn target() -> &'static Target {
    static TARGET: std::sync::OnceLock<Target> = std::sync::OnceLock::new();
    TARGET.get_or_init(|| {
        block_on(async {
            let addr = start().await;
            Target {
                addr,
                admin: login(addr, "admin@region.se").await,
                coordinator: login(addr, "a@falun.se").await,
            }
        })
    })
}

/// One request at a time: a snapshot must not see another test's accepted change.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Sends `body`, then checks the answer's status and that a refusal changed nothing.
fn check(path: &str, token: &str, json: bool, body: &[u8]) -> Result<(), TestCaseError> {
    let t = target();
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    block_on(async {
        let before = common::visible_state(t.addr, &t.admin, &["2080"]).await;
        let res = if json {
            post_json(t.addr, path, Some(token), &String::from_utf8_lossy(body)).await
        } else {
            let headers = format!(
                "Content-Type: application/x-www-form-urlencoded\r\n{}",
                common::session_headers(token)
            );
            request(t.addr, "POST", path, &headers, body).await
        };
        prop_assert!(res.status < 500, "{path}: {} {}", res.status, res.body);
        if !(200..300).contains(&res.status) {
            prop_assert_eq!(
                before,
                common::visible_state(t.addr, &t.admin, &["2080"]).await,
                "{} changed data",
                path
            );
        }
        Ok(())
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(64)
    ))]

    #[test]
    fn generated_saves_never_fail_the_server_nor_change_data_when_refused(body in save_body()) {
        let t = target();
        check("/api/spara-profil", &t.coordinator, true, &body)?;
    }

    #[test]
    fn generated_account_forms_never_fail_the_server_nor_change_data_when_refused(
        body in form_body(),
        set_password in any::<bool>(),
    ) {
        let t = target();
        let path = if set_password { "/api/nytt-losenord" } else { "/api/lagg-till-anvandare" };
        check(path, &t.admin, false, &body)?;
    }
}

#[test]
fn the_fuzz_target_answers_a_valid_save() {
    // The generated cases above would pass against a server that refused everything; this one
    // shows the same path accepts a real save.
    let t = target();
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    block_on(async {
        let profile: Value =
            serde_json::from_str(&common::get(t.addr, "/api/profil?id=2080").await.body)
                .expect("profile");
        let version = profile["stored"]["version"].as_u64().expect("version");
        let body = serde_json::json!({
            "id": "2080", "base_version": version, "form": { "placement": "Socialtjänsten" }
        });
        let res = post_json(
            t.addr,
            "/api/spara-profil",
            Some(&t.coordinator),
            &body.to_string(),
        )
        .await;
        assert_eq!(res.status, 200, "{}", res.body);
    });
}
