//! Stored text never becomes markup. Every text field of every table is filled behind the
//! application's back (through an import, so no form validation applies) with hostile text
//! that closes elements the renderer writes raw (`</textarea>`, `</title>`, `</script>`,
//! `</style>`), opens a comment, breaks out of attributes and brings a `<form>`, a `<meta>`
//! refresh and an `<img onerror>`. A second database gets harmless text in exactly the same
//! fields. Then every route of the router (pages, files, open data, server functions) is
//! fetched from both as an anonymous visitor, a coordinator and an administrator, and each
//! answer is parsed (HTML with an HTML5 parser, SVG as XML, JSON, CSV): the structure of
//! elements and attributes must be the same. A new table, field or page is covered without
//! anyone adding it here; a route parameter or content type this test does not know fails it.

mod common;

use db::backup::{Export, check_row};
use db::{Db, DbConfig};
use serde_json::Value;
use std::collections::BTreeMap;
use std::net::SocketAddr;

const ADMIN: &str = "admin@region.se";
const COORDINATOR: &str = "a@falun.se";
/// The follow-up round of the base data.
const ROUND: &str = "uppfoljning-2026";
/// A closed round of the base data, with its report.
const CLOSED: &str = "uppfoljning-2025";

/// Hostile text, tried in this order for each field: the first the field's type and the
/// schema take is used. `{n}` numbers the field, so that keys stay unique.
const HOSTILE: [&str; 4] = [
    "\"'></textarea></title></script></style><!--<form action=/api/lagg-till-anvandare method=post><input type=hidden name=role value=admin><button>Spara ändringarna</button></form><meta http-equiv=refresh content=0><img src=x onerror=alert({n})>",
    // For fields of at most 100 characters.
    "\"'></textarea></title></script></style><!--<img src=x onerror=alert({n})>",
    // For e-mail addresses.
    "\"'></textarea></title><!--<img/src=x/onerror=alert({n})>@h.se",
    // For very short fields.
    "\"'><!--<b>{n}",
];
/// The harmless text of the same kind, for the same fields.
const HARMLESS: [&str; 4] = [
    "Ofarlig text {n}",
    "Ofarlig {n}",
    "ofarlig{n}@h.se",
    "Ofarlig{n}",
];

#[derive(Debug, Clone, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

fn at<'a>(value: &'a mut Value, path: &[Step]) -> &'a mut Value {
    path.iter().fold(value, |v, step| match step {
        Step::Key(k) => &mut v[k.as_str()],
        Step::Index(i) => &mut v[*i],
    })
}

fn string_leaves(value: &Value, path: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    match value {
        Value::String(_) => out.push(path.clone()),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Step::Index(i));
                string_leaves(item, path, out);
                path.pop();
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                path.push(Step::Key(key.clone()));
                string_leaves(item, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

/// `a` with the gaps filled from `b`: an unknown fact or null takes `b`'s value, objects of
/// the same fields are merged field by field, and of two lists the longer is kept.
fn fill(a: &Value, b: &Value) -> Value {
    match (a, b) {
        (Value::String(s), _) if s == "unknown" => b.clone(),
        (Value::Null, _) => b.clone(),
        (Value::Object(x), Value::Object(y))
            if x.keys().collect::<Vec<_>>() == y.keys().collect::<Vec<_>>() =>
        {
            Value::Object(
                x.iter()
                    .map(|(k, v)| (k.clone(), fill(v, &y[k.as_str()])))
                    .collect(),
            )
        }
        (Value::Array(x), Value::Array(y)) if y.len() > x.len() => b.clone(),
        _ => a.clone(),
    }
}

fn unknowns(value: &Value, path: &str, out: &mut Vec<String>) {
    match value {
        Value::String(s) if s == "unknown" => out.push(path.to_owned()),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                unknowns(item, &format!("{path}[{i}]"), out);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                unknowns(item, &format!("{path}.{key}"), out);
            }
        }
        _ => {}
    }
}

/// Tables no page, file or server function shows anything of: sessions (a token's hash, an
/// address, times), login-attempt counts and the record of schema steps.
const NEVER_SHOWN: [&str; 3] = ["session", "login_attempt", "migration"];

/// The tables whose `data` is a profile.
const PROFILE_TABLES: [&str; 3] = ["baseline", "profile", "revision"];

/// Seeded data with a history, accounts, and every fact of every profile known (each gap
/// filled from the profiles that know it), so that every text field holds text.
async fn base() -> Export {
    let db = Db::connect(&DbConfig::for_tests()).await.expect("database");
    db.seed_if_empty(chrono::Utc::now()).await.expect("seed");
    for (email, role, org) in [
        (ADMIN, "admin", ""),
        (COORDINATOR, "coordinator", "2080"),
        ("offer@falun.se", "coordinator", "2080"),
    ] {
        service::accounts::create_user(&db, email, role, org, common::PASSWORD, 0)
            .await
            .expect("user");
    }
    let actor = signed_in(&db, COORDINATOR).await;
    let today = chrono::Utc::now();
    // An evidence document the plan cites, and one withdrawn, so that their names, uploaders
    // and withdrawals are shown.
    let sample = service::documents::sample::pdf_of_size;
    let cited = service::documents::upload(
        &db,
        &actor,
        "2080",
        "Protokoll.pdf",
        &sample(2000, 1),
        today,
    )
    .await
    .expect("a document");
    let withdrawn =
        service::documents::upload(&db, &actor, "2080", "Fel fil.pdf", &sample(2000, 2), today)
            .await
            .expect("a document");
    service::documents::withdraw(&db, &actor, "2080", withdrawn.digest.as_str(), today)
        .await
        .expect("withdrawn");
    let mut form = service::profiles::edit_form(&db, &actor, "2080", today.date_naive())
        .await
        .expect("form");
    // What no source document gives, entered as a coordinator would.
    {
        use domain::form::{SupportRow, YES, enum_key};
        use domain::model::profile::{Availability, LokStage, RokStatus};
        let f = &mut form.form;
        f.rok_status = enum_key(&RokStatus::Adopted);
        f.rok_date = "2024-11-04".to_owned();
        f.rok_body = "Kommunfullmäktige".to_owned();
        f.rok_reference = "KS 2024/12".to_owned();
        f.rok_paragraph = "112".to_owned();
        f.rok_identical = YES.to_owned();
        f.rok_evidence = "https://example.se/protokoll.pdf".to_owned();
        f.lok_stage = enum_key(&LokStage::Drafting);
        f.lok_date = "2025-02-03".to_owned();
        // A plan with a reached stage, a late one (on the dashboard) and a decision.
        let plan = &mut f.lok_plan;
        plan.stages[0].reached = "2025-01-10".to_owned();
        plan.stages[0].note = "Förankrat".to_owned();
        plan.stages[1].planned = "2025-03-01".to_owned();
        plan.stages[1].note = "Väntar på nämnden".to_owned();
        plan.parties = "Socialtjänsten\nPrimärvården".to_owned();
        plan.decision_date = "2025-06-01".to_owned();
        plan.decision_body = "Socialnämnden".to_owned();
        plan.decision_paragraph = "12".to_owned();
        plan.decision_reference = "SN 2025/3".to_owned();
        plan.decision_evidence = cited.path();
        f.local_forum = YES.to_owned();
        f.local_forum_participants = "Socialtjänsten, polisen".to_owned();
        f.local_forum_description = "Träffas varje månad".to_owned();
        f.representative_name = "En representant".to_owned();
        f.representative_mandate = "Fullt".to_owned();
        f.representative_share = "20".to_owned();
        f.representative_contacts = "Chefsgruppen".to_owned();
        f.specialist = std::array::from_fn(|i| enum_key(&Availability::ALL[i % 3]));
        f.support = vec![SupportRow {
            name: "Kvinnojouren".to_owned(),
            kind: "Jour".to_owned(),
            phone: "023-123 45".to_owned(),
            web: "https://example.se".to_owned(),
        }];
    }
    for (i, placement) in ["Socialtjänsten", "IFO"].iter().enumerate() {
        form.form.placement = (*placement).to_owned();
        form.form.vision = format!("En vision {i}");
        let saved = service::profiles::save(&db, &actor, "2080", form.version, &form.form, today)
            .await
            .expect("save");
        form.version = saved.version;
    }
    // A running round that Falun has answered, so its pages show every text of it.
    let round = domain::form::round::RoundForm {
        title: "Uppföljning 2026".to_owned(),
        opens: (today.date_naive() - chrono::Days::new(1)).to_string(),
        deadline: (today.date_naive() + chrono::Days::new(30)).to_string(),
        ..domain::form::round::RoundForm::starting(domain::i18n::Lang::Sv)
    }
    .validate(&[], "Regional administratör", today)
    .expect("a round");
    assert_eq!(round.id.as_str(), ROUND);
    db.create_round(&round).await.expect("round");
    service::rounds::answer(&db, &actor, ROUND, "2080", 0, "Ett svar", today)
        .await
        .expect("answer");
    closed_round(&db, today).await;
    // A change to the running round, so that its record of changes is shown.
    let id = domain::model::round::RoundId::parse(ROUND).expect("an id");
    let current = db.round(&id).await.expect("db").expect("the round");
    let form = domain::form::round::RoundForm {
        deadline: (today.date_naive() + chrono::Days::new(31)).to_string(),
        ..domain::form::round::RoundForm::from_round(&current)
    };
    let existing = db.rounds().await.expect("rounds");
    let edited = form
        .validate_edit(&existing, &current, "Regional administratör", today)
        .expect("valid")
        .expect("a change");
    assert!(db.update_round(&edited, 0).await.expect("changed"));
    // The date the agreement's revision must start by, with who set it.
    let admin = signed_in(&db, ADMIN).await;
    service::agreements::set_revision_start(&db, &admin, "2031-10-01", today)
        .await
        .expect("a revision date");
    // Reminders that did not get through, with the SMTP server's error, shown to the
    // administrator: a server on a port nobody listens on.
    let closed_port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let reminders = service::reminders::Reminders {
        mailer: Some(
            service::reminders::Mailer::new(
                &format!("smtp://127.0.0.1:{closed_port}"),
                "uppfoljning@region.se",
            )
            .expect("a mailer"),
        ),
        schedule: Default::default(),
        base: "http://127.0.0.1".to_owned(),
    };
    let swept = service::reminders::sweep(&db, &reminders, today)
        .await
        .expect("swept");
    assert!(swept.failed > 0, "{swept:?}");
    // An accessibility report whose mail did not get through either, for the administrators'
    // page of reports.
    let report = domain::model::feedback::FeedbackForm {
        message: "Fokus syns inte.".to_owned(),
        page: "/oversikt".to_owned(),
        contact: "anna@example.se".to_owned(),
    };
    let (_, mailing) = service::feedback::send(
        &db,
        reminders.mailer.as_ref(),
        &reminders.base,
        &report,
        "10.0.0.9",
        today,
    )
    .await
    .expect("a report");
    mailing.await.expect("the mail tried");
    // Every table is read by the pages and filled here through the export, or is one of the
    // few the pages never show: a new table fails here until it is one or the other.
    let exported: Vec<&str> = Export::tables().collect();
    for table in db.tables().await.expect("tables") {
        assert!(
            exported.contains(&table.as_str()) || NEVER_SHOWN.contains(&table.as_str()),
            "the table {table} is neither exported (and so filled here) nor in NEVER_SHOWN"
        );
    }
    let mut export = db.export(true).await.expect("export");
    let full = export
        .rows("profile")
        .iter()
        .map(|row| row["data"].clone())
        .reduce(|a, b| fill(&a, &b))
        .expect("profiles");
    for table in PROFILE_TABLES {
        for row in export.rows_mut(table).expect("table") {
            row["data"] = fill(&row["data"], &full);
        }
    }
    for row in export.rows_mut("round_snapshot").expect("table") {
        for stored in row["data"]["profiles"].as_array_mut().expect("profiles") {
            stored["profile"] = fill(&stored["profile"], &full);
        }
    }
    let mut gaps = Vec::new();
    for table in Export::tables() {
        for (i, row) in export.rows(table).iter().enumerate() {
            unknowns(row, &format!("{table}[{i}]"), &mut gaps);
        }
    }
    assert!(
        gaps.is_empty(),
        "facts no row of any table knows, so no text of theirs would be tested: {gaps:?}"
    );
    export
}

/// The account `email` of `db`, signed in now.
async fn signed_in(db: &Db, email: &str) -> domain::model::auth::Actor {
    let now = service::clock::Clock::system().unix_secs();
    let session = service::accounts::login(db, None, email, common::PASSWORD, "127.0.0.1", now)
        .await
        .expect("login");
    service::accounts::actor(db, Some(&session.token), now)
        .await
        .expect("actor")
}

/// A round closed a year ago, which Falun answered, so that its report shows every text of it.
async fn closed_round(db: &Db, today: chrono::DateTime<chrono::Utc>) {
    use domain::model::round::{Answer, Closed, Done, Item, Response, Snapshot};
    let days = |n| today - chrono::Days::new(n);
    let round = domain::form::round::RoundForm {
        title: "Uppföljning 2025".to_owned(),
        opens: days(400).date_naive().to_string(),
        deadline: days(370).date_naive().to_string(),
        ..domain::form::round::RoundForm::starting(domain::i18n::Lang::Sv)
    }
    .validate(&[], "Regional administratör", days(410))
    .expect("a round");
    assert_eq!(round.id.as_str(), CLOSED);
    db.create_round(&round).await.expect("round");
    let falun = domain::model::OrgId::parse("2080").expect("Falun");
    let answer = Answer {
        round: round.id.clone(),
        org: falun.clone(),
        question: 0,
        text: "Ett svar 2025".to_owned(),
        by: "Falun".to_owned(),
        at: days(380),
    };
    let author = domain::model::account::Email::parse(COORDINATOR).expect("address");
    db.add_answer(&answer, &author).await.expect("answer");
    let snapshot = Snapshot {
        profiles: db.profiles().await.expect("profiles"),
        responses: vec![Response {
            org: falun,
            item: Item::Question(0),
            done: Done::Answered,
            at: answer.at,
        }],
        answers: vec![answer],
    };
    let closed = Closed {
        at: days(360),
        by: "Regional administratör".to_owned(),
    };
    assert!(
        db.close_round(&round.id, &closed, &snapshot)
            .await
            .expect("closed")
    );
}

/// Whether a database takes `row` of `table` (its schema's limits), on a scratch database.
async fn accepted(scratch: &Db, template: &Export, table: &str, row: &Value) -> Result<(), String> {
    let mut one = template.clone();
    for t in Export::tables() {
        one.rows_mut(t).expect("table").clear();
    }
    one.rows_mut(table).expect("table").push(row.clone());
    scratch.import(&one, true).await.map_err(|e| e.to_string())
}

/// A text field of a row and which of the texts it takes.
struct Field {
    table: &'static str,
    row: usize,
    path: Vec<Step>,
    kind: usize,
}

/// Every text field of every row, with the first hostile text its type and the schema take
/// (the schema is asked once per row, and field by field only for a row it refuses). The
/// accounts the test signs in with keep their addresses; password hashes are secrets the
/// pages never show.
async fn fields(base: &Export) -> Vec<Field> {
    let scratch = Db::connect(&DbConfig::for_tests()).await.expect("scratch");
    let mut fields = Vec::new();
    for table in Export::tables() {
        for (i, original) in base.rows(table).iter().enumerate() {
            let signs_in = table == "user"
                && [ADMIN, COORDINATOR].contains(&original["email"].as_str().unwrap_or_default());
            if signs_in {
                continue;
            }
            let mut paths = Vec::new();
            string_leaves(original, &mut Vec::new(), &mut paths);
            paths.retain(|p| p.last() != Some(&Step::Key("password_hash".to_owned())));
            // Per field, the hostile texts its type takes, in order.
            let mut taken: Vec<(Vec<Step>, Vec<usize>)> = Vec::new();
            for path in paths {
                let kinds: Vec<usize> = (0..HOSTILE.len())
                    .filter(|&kind| {
                        let mut row = original.clone();
                        *at(&mut row, &path) = Value::String(HOSTILE[kind].replace("{n}", "0"));
                        check_row(table, &row).is_ok()
                    })
                    .collect();
                if !kinds.is_empty() {
                    taken.push((path, kinds));
                }
            }
            let mut row = original.clone();
            for (path, kinds) in &taken {
                *at(&mut row, path) = Value::String(HOSTILE[kinds[0]].replace("{n}", "0"));
            }
            let whole = accepted(&scratch, base, table, &row).await.is_ok();
            for (path, kinds) in taken {
                let mut kind = None;
                for k in kinds {
                    let mut one = original.clone();
                    *at(&mut one, &path) = Value::String(HOSTILE[k].replace("{n}", "0"));
                    if whole || accepted(&scratch, base, table, &one).await.is_ok() {
                        kind = Some(k);
                        break;
                    }
                }
                let kind = kind.unwrap_or_else(|| {
                    panic!("the schema takes no hostile text in {table} row {i} at {path:?}: add one it takes")
                });
                fields.push(Field {
                    table,
                    row: i,
                    path,
                    kind,
                });
            }
        }
    }
    fields
}

/// `base` with `texts` in every field, imported into a new database.
async fn database(base: &Export, fields: &[Field], texts: &[&str; 4]) -> Db {
    let mut export = base.clone();
    for (n, field) in fields.iter().enumerate() {
        let row = &mut export.rows_mut(field.table).expect("table")[field.row];
        *at(row, &field.path) = Value::String(texts[field.kind].replace("{n}", &n.to_string()));
    }
    let db = Db::connect(&DbConfig::for_tests()).await.expect("database");
    db.import(&export, true)
        .await
        .expect("the texts are stored");
    db
}

/// The concrete paths of a route: each parameter takes every value this test knows for it.
fn concrete(route: &str) -> Vec<String> {
    let mut paths = vec![String::new()];
    for segment in route.split('/').filter(|s| !s.is_empty()) {
        let name = segment
            .strip_prefix(':')
            .or_else(|| segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')));
        let values: Vec<String> = match name {
            None => vec![segment.to_owned()],
            Some("id" | "org") => org_ids(),
            Some("round") => vec![ROUND.to_owned(), CLOSED.to_owned(), "finns-inte".to_owned()],
            Some("part") => [
                "rapport.xlsx",
                "organisationer.csv",
                "svar.csv",
                "finns-inte.csv",
            ]
            .map(str::to_owned)
            .to_vec(),
            Some("code") => vec!["sv".to_owned(), "en".to_owned()],
            Some("file") => vec!["sv.txt".to_owned(), "en.txt".to_owned()],
            Some(other) => panic!("no values for the parameter {other} of {route}: add them here"),
        };
        paths = paths
            .iter()
            .flat_map(|p| values.iter().map(move |v| format!("{p}/{v}")))
            .collect();
    }
    if paths == [""] {
        vec!["/".to_owned()]
    } else {
        paths
    }
}

fn org_ids() -> Vec<String> {
    domain::model::OrgId::all()
        .iter()
        .map(|o| o.as_str().to_owned())
        .chain(["9999".to_owned()])
        .collect()
}

/// The requests of a server function read by GET, from its arguments.
fn server_function(path: &str) -> Vec<String> {
    let by_id = |path: &str| {
        org_ids()
            .into_iter()
            .map(|id| format!("{path}?id={id}"))
            .collect()
    };
    match path {
        "/api/karta" | "/api/lanet" | "/api/oversikt" => vec![
            path.to_owned(),
            format!("{path}?datum=2020-06-01"),
            format!("{path}?omgang={CLOSED}"),
            format!("{path}?omgang={ROUND}"),
        ],
        "/api/session" | "/api/anvandare" | "/api/rok-beslut" | "/api/frister" => {
            vec![path.to_owned(), format!("{path}?datum=2020-06-01")]
        }
        "/api/profil" | "/api/redigera" | "/api/historik" | "/api/dokument" => by_id(path),
        "/api/omgangar" | "/api/rapporter" => vec![path.to_owned()],
        "/api/omgang" | "/api/omgangsrapport" | "/api/paminnelser" => vec![
            format!("{path}?id={ROUND}"),
            format!("{path}?id={CLOSED}"),
            format!("{path}?id=finns-inte"),
        ],
        "/api/forandring" => vec![
            format!("{path}?id={CLOSED}"),
            format!("{path}?id={CLOSED}&jamfor=kartlaggning-2019"),
            format!("{path}?id={ROUND}"),
            format!("{path}?id=finns-inte"),
        ],
        other => panic!("no arguments for the server function {other}: add them here"),
    }
}

/// Every GET request this test makes: each route's concrete paths, as they are and on a date
/// before the saves (the pages then read the baselines), and the map in every indicator.
fn requests() -> Vec<String> {
    let mut out = Vec::new();
    for route in server::routes::paths() {
        for path in concrete(&route) {
            out.push(format!("{path}?datum=2020-06-01"));
            out.push(path);
        }
    }
    for indicator in domain::model::Indicator::ALL {
        out.push(format!("/?indikator={}", indicator.key()));
    }
    // The pictures the closed round froze, and the refusal of a running one's.
    for path in ["/", "/oversikt", "/karta.svg"] {
        out.push(format!("{path}?omgang={CLOSED}"));
        out.push(format!("{path}?omgang={ROUND}"));
    }
    // The feeds of the organisation whose texts are hostile, and of one that does not exist.
    for path in ["/api/v1/kalender.ics", "/api/v1/andringar.atom"] {
        out.push(format!("{path}?organisation=2080"));
        out.push(format!("{path}?organisation=9999"));
    }
    let mut functions: Vec<&str> = leptos::server_fn::axum::server_fn_paths()
        .filter(|(_, method)| method == leptos::server_fn::axum_export::http::Method::GET)
        .map(|(path, _)| path)
        .collect();
    functions.sort_unstable();
    for path in functions {
        out.extend(server_function(path));
    }
    out
}

/// The structure of an answer: its elements and attribute names in document order (HTML, SVG),
/// the shape of its values (JSON), or its rows and cells (CSV), and its status.
fn structure(status: u16, headers: &str, body: &[u8]) -> Vec<String> {
    let content_type = headers
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-type:")
                .map(|v| v.trim().to_owned())
        })
        .unwrap_or_default();
    let text = String::from_utf8_lossy(body);
    let mut out = vec![format!("status {status} {content_type}")];
    let kind = content_type.split(';').next().unwrap_or_default();
    match kind {
        "text/html" => out.extend(html(&text)),
        "image/svg+xml" | "application/atom+xml" => out.extend(xml(&text)),
        "text/calendar" => out.extend(calendar(&text)),
        "application/json" => match serde_json::from_slice::<Value>(body) {
            Ok(value) => out.push(shape(&value).to_string()),
            Err(error) => out.push(format!("JSON that does not parse: {error}")),
        },
        "text/csv" => out.extend(csv(&text)),
        "text/plain" => out.push(format!("{} lines", text.lines().count())),
        "image/png" => out.push(format!("PNG: {}", body.starts_with(b"\x89PNG"))),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => {
            out.extend(xlsx(body));
        }
        "" if body.is_empty() => {}
        other => panic!("no structure known for {other}: add it here"),
    }
    out
}

fn html(text: &str) -> Vec<String> {
    use scraper::Node;
    let document = scraper::Html::parse_document(text);
    document
        .tree
        .root()
        .descendants()
        .filter_map(|node| match node.value() {
            Node::Element(element) => {
                let mut names: Vec<&str> = element.attrs().map(|(name, _)| name).collect();
                names.sort_unstable();
                Some(format!("<{} {}>", element.name(), names.join(" ")))
            }
            Node::Comment(_) => Some("<!-- -->".to_owned()),
            _ => None,
        })
        .collect()
}

fn xml(text: &str) -> Vec<String> {
    match roxmltree::Document::parse(text) {
        Ok(document) => document
            .descendants()
            .filter(roxmltree::Node::is_element)
            .map(|element| {
                let mut names: Vec<&str> = element.attributes().map(|a| a.name()).collect();
                names.sort_unstable();
                format!("<{} {}>", element.tag_name().name(), names.join(" "))
            })
            .collect(),
        Err(error) => vec![format!("XML that does not parse: {error}")],
    }
}

/// The property names of an iCalendar file, line by line once folded lines are joined: a text
/// that broke out of its value would add a line.
fn calendar(text: &str) -> Vec<String> {
    text.replace("\r\n ", "")
        .lines()
        .map(|line| line.split([':', ';']).next().unwrap_or_default().to_owned())
        .collect()
}

/// A JSON value with its texts left out, and its lists in an order of their own (a list sorted
/// by a text may come in another order when the texts differ).
fn shape(value: &Value) -> Value {
    match value {
        Value::String(_) => Value::String(String::new()),
        Value::Array(items) => {
            let mut shapes: Vec<Value> = items.iter().map(shape).collect();
            shapes.sort_by_cached_key(Value::to_string);
            Value::Array(shapes)
        }
        Value::Object(fields) => {
            Value::Object(fields.iter().map(|(k, v)| (k.clone(), shape(v))).collect())
        }
        other => other.clone(),
    }
}

/// Each sheet's name and size, and any formula in it.
fn xlsx(body: &[u8]) -> Vec<String> {
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> =
        match calamine::open_workbook_from_rs(std::io::Cursor::new(body)) {
            Ok(book) => book,
            Err(error) => return vec![format!("XLSX that does not open: {error}")],
        };
    let mut out = Vec::new();
    for name in book.sheet_names() {
        let size = book.worksheet_range(&name).map(|r| r.get_size());
        let formulas = book
            .worksheet_formula(&name)
            .map(|f| f.used_cells().filter(|(_, _, v)| !v.is_empty()).count());
        out.push(format!("{name}: {size:?}, formulas {formulas:?}"));
    }
    out
}

/// The number of cells of each record (RFC 4180: quoted cells may hold separators, quotes
/// and line breaks).
fn csv(text: &str) -> Vec<String> {
    let mut records = Vec::new();
    let mut cells = 1;
    let mut quoted = false;
    let mut chars = text.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (';', false) => cells += 1,
            ('\n', false) => {
                records.push(format!("{cells} cells"));
                cells = 1;
            }
            _ => {}
        }
    }
    records.push(format!(
        "{cells} cells{}",
        if quoted { ", unclosed quote" } else { "" }
    ));
    records
}

async fn answer(addr: SocketAddr, path: &str, token: Option<&str>) -> Vec<String> {
    let response = common::get_as(addr, path, token).await;
    assert!(
        response.status < 500,
        "{path} answered {}: {}",
        response.status,
        response.body
    );
    structure(response.status, &response.headers, &response.bytes)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stored_text_never_becomes_markup_on_any_route_for_anyone() {
    let base = base().await;
    let fields = fields(&base).await;
    let mut per_table = BTreeMap::<&str, usize>::new();
    for field in &fields {
        *per_table.entry(field.table).or_default() += 1;
    }
    for table in Export::tables() {
        assert!(
            per_table.get(table).copied().unwrap_or_default() > 0,
            "no text field of {table} was filled: {per_table:?}"
        );
    }
    println!("text fields filled, per table: {per_table:?}");
    let hostile = common::serve_db(database(&base, &fields, &HOSTILE).await).await;
    let harmless = common::serve_db(database(&base, &fields, &HARMLESS).await).await;
    let requests = requests();
    let mut compared = 0;
    for who in [None, Some(COORDINATOR), Some(ADMIN)] {
        let (hostile_token, harmless_token) = match who {
            None => (None, None),
            Some(email) => (
                Some(common::login(hostile, email).await),
                Some(common::login(harmless, email).await),
            ),
        };
        for path in &requests {
            // The PNG map is the SVG map drawn, which is compared as XML; drawing it takes
            // seconds in a debug build, so it is asked for once.
            if path.starts_with("/karta.png") && (who.is_some() || path.contains('?')) {
                continue;
            }
            let (expected, got) = tokio::join!(
                answer(harmless, path, harmless_token.as_deref()),
                answer(hostile, path, hostile_token.as_deref()),
            );
            if let Some(i) =
                (0..expected.len().max(got.len())).find(|&i| expected.get(i) != got.get(i))
            {
                let context = |list: &[String]| {
                    list[i.saturating_sub(3)..(i + 3).min(list.len())].join("\n    ")
                };
                panic!(
                    "{path} as {who:?}: stored text changed the structure at item {i}\n  harmless:\n    {}\n  hostile:\n    {}",
                    context(&expected),
                    context(&got)
                );
            }
            compared += 1;
        }
    }
    println!("{compared} answers compared, {} fields", fields.len());
    assert!(compared + 5 >= requests.len() * 3);
}
