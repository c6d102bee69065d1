//! A started server shared by the tests of one test binary, and an HTTP/1.1 client (hyper's)
//! that shows what the server sent: status, every header, the body as sent (not decompressed).
#![allow(dead_code)]

pub mod process;

use api::state::{AppState, Shared};
use db::{Db, DbConfig};
use leptos::prelude::LeptosOptions;
use std::net::SocketAddr;
use std::sync::OnceLock;

pub const PASSWORD: &str = "ett långt lösenord";

/// The token of a session whose account was disabled after it logged in.
pub static DISABLED_SESSION: OnceLock<String> = OnceLock::new();

/// Accounts for the tests, and stored hostile text that bypassed validation (as if written by
/// an older version or an import): pages must still show it as text.
async fn setup(db: &Db) {
    for (email, role, org) in [
        ("admin@region.se", "admin", ""),
        ("a@falun.se", "coordinator", "2080"),
        ("b@mora.se", "coordinator", "2062"),
        ("c@ludvika.se", "coordinator", "2085"),
        // A partner: answers rounds, has no profile.
        ("k@kullan.se", "coordinator", "kvinnojouren-kullan"),
        ("av@falun.se", "coordinator", "2080"),
        ("dv@falun.se", "coordinator", "2080"),
    ] {
        service::accounts::create_user(db, email, role, org, PASSWORD, 0)
            .await
            .expect("user");
    }
    service::accounts::disable_user(db, None, "av@falun.se")
        .await
        .expect("disabled");
    // A session that was valid until its account was disabled.
    let session = service::accounts::login(
        db,
        None,
        "dv@falun.se",
        PASSWORD,
        "127.0.0.1",
        service::clock::Clock::system().unix_secs(),
    )
    .await
    .expect("login");
    service::accounts::disable_user(db, None, "dv@falun.se")
        .await
        .expect("disabled");
    let _ = DISABLED_SESSION.set(session.token);
    let vansbro = domain::model::OrgId::parse("2021").expect("org");
    let stored = db.profile(&vansbro).await.expect("db").expect("profile");
    let mut profile = stored.profile.clone();
    let source = domain::model::Source::Entered {
        by: "<script>alert('by')</script>".to_owned(),
        at: chrono::Utc::now(),
    };
    profile.support = domain::model::Fact::Known {
        value: vec![domain::model::profile::SupportContact {
            name: "<script>alert('namn')</script>".to_owned(),
            kind: "<img src=x onerror=alert('slag')>".to_owned(),
            phone: String::new(),
            web: "javascript:alert('webb')".to_owned(),
        }],
        source: source.clone(),
        complete: true,
    };
    profile.work.placement = domain::model::Fact::Known {
        value: "=HYPERLINK(\"http://evil.se\")</script><script>alert('placering')</script>"
            .to_owned(),
        source: source.clone(),
        complete: true,
    };
    let revision = domain::model::revision::Revision {
        org: vansbro.clone(),
        version: stored.version + 1,
        at: chrono::Utc::now(),
        by: "<script>alert('rev')</script>".to_owned(),
        changes: vec![domain::model::revision::FieldChange {
            field: "work.placement".to_owned(),
            label: "Var arbetet är placerat".to_owned(),
            old: "</li><script>alert('old')</script>".to_owned(),
            new: "<script>alert('new')</script>".to_owned(),
        }],
    };
    let author = domain::model::account::Email::parse("a@falun.se").expect("email");
    db.save_profile(&stored, &profile, &source, &revision, &author)
        .await
        .expect("hostile text stored");
}

/// Everything a mutation could change, as the public and an admin see it: the profiles and
/// histories of `orgs` and the account list.
pub async fn visible_state(addr: SocketAddr, admin: &str, orgs: &[&str]) -> String {
    let mut out = String::new();
    for org in orgs {
        out.push_str(&get(addr, &format!("/api/profil?id={org}")).await.body);
        out.push_str(&get(addr, &format!("/api/historik?id={org}")).await.body);
    }
    let users = get_as(addr, "/api/anvandare", Some(admin)).await;
    out.push_str(&users.body);
    out
}

/// The stored version of `org`'s profile, as the public reads it.
pub async fn version(addr: SocketAddr, org: &str) -> u64 {
    let res = get(addr, &format!("/api/profil?id={org}")).await;
    let v: serde_json::Value = serde_json::from_str(&res.body).expect("json");
    v["stored"]["version"].as_u64().expect("version")
}

/// Saves `form` (edit-form fields as JSON; the others left empty) on `org`'s profile at its
/// current version as `token`, and asserts that the save was taken.
pub async fn save_profile(addr: SocketAddr, token: &str, org: &str, form: serde_json::Value) {
    let body =
        serde_json::json!({ "id": org, "base_version": version(addr, org).await, "form": form });
    let res = post_json(addr, "/api/spara-profil", Some(token), &body.to_string()).await;
    assert_eq!(res.status, 200, "{}", res.body);
}

/// `application/x-www-form-urlencoded` of the pairs.
pub fn form(pairs: &[(&str, &str)]) -> String {
    let encode = |s: &str| {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Logs in and returns the session token from the cookie.
pub async fn login(addr: SocketAddr, email: &str) -> String {
    let res = post_form(
        addr,
        "/api/logga-in",
        None,
        &form(&[("email", email), ("password", PASSWORD)]),
    )
    .await;
    assert_eq!(res.status, 200, "login {email}: {}", res.body);
    cookie_token(&res.headers).expect("a session cookie")
}

pub fn cookie_token(headers: &str) -> Option<String> {
    headers
        .lines()
        .filter(|l| l.to_ascii_lowercase().starts_with("set-cookie:"))
        .find_map(|l| {
            l.split_once("kvf_session=")
                .map(|(_, rest)| rest.split(';').next().unwrap_or_default().to_owned())
        })
        .filter(|t| !t.is_empty())
}

/// The value of the header `name` in a response's `headers`, in any case.
pub fn header<'a>(headers: &'a str, name: &str) -> Option<&'a str> {
    headers.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.trim()
            .eq_ignore_ascii_case(name)
            .then_some(value.trim())
    })
}

pub struct Response {
    pub status: u16,
    pub headers: String,
    pub body: String,
    pub bytes: Vec<u8>,
}

async fn serve() -> SocketAddr {
    let db = Db::connect(&DbConfig::for_tests())
        .await
        .expect("mem:// connects");
    db.seed_if_empty(chrono::Utc::now())
        .await
        .expect("seed loads");
    setup(&db).await;
    serve_db(db).await
}

/// A server of its own on `clock`'s time: the seed and the accounts, in a database of its own.
pub async fn start_at(clock: service::clock::Clock) -> SocketAddr {
    let db = Db::connect(&DbConfig::for_tests())
        .await
        .expect("mem:// connects");
    db.seed_if_empty(clock.now()).await.expect("seed loads");
    setup(&db).await;
    serve_db_at(db, clock).await
}

/// The application on `db`, in this process, on a free loopback port.
pub async fn serve_db(db: Db) -> SocketAddr {
    serve_db_at(db, service::clock::Clock::system()).await
}

/// The application on `db` with the time `clock` tells.
pub async fn serve_db_at(db: Db, clock: service::clock::Clock) -> SocketAddr {
    serve_state(state(db, clock, "target/site")).await
}

/// Whether a `<script>` with these attributes is the page's own: a file of this site, or inline
/// with the nonce the response's policy names (any nonce when `page_nonce` is not known).
pub fn own_script(src: Option<&str>, nonce: Option<&str>, page_nonce: Option<&str>) -> bool {
    match (src, nonce) {
        (Some(src), _) => src.starts_with('/') && !src.starts_with("//"),
        (None, Some(nonce)) => page_nonce.is_none_or(|expected| nonce == expected),
        (None, None) => false,
    }
}

/// What the server is given at start, as the tests' servers have it: no mail, the default quick
/// exit, and the site (the browser bundle under `pkg`) in `site_root`.
pub fn state(db: Db, clock: service::clock::Clock, site_root: &str) -> AppState {
    shared(db, clock, site_root).into()
}

/// [`state`], before it is shared: for a test that changes a setting.
pub fn shared(db: Db, clock: service::clock::Clock, site_root: &str) -> Shared {
    Shared {
        leptos_options: LeptosOptions::builder()
            .output_name("kvinnofridskartan")
            .site_root(site_root)
            .build(),
        db,
        clock,
        reminders: service::reminders::Reminders {
            mailer: None,
            schedule: Default::default(),
            base: "http://127.0.0.1".to_owned(),
        },
        exit: Default::default(),
    }
}

/// The application with `state`, in this process, on a free loopback port.
pub async fn serve_state(state: AppState) -> SocketAddr {
    let app = server::routes::router(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port");
    let addr = listener.local_addr().expect("bound address");
    tokio::spawn(async move {
        let _ = axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await;
    });
    addr
}

/// The address of the one server the tests share, started on first use.
pub async fn start() -> SocketAddr {
    static ADDR: OnceLock<SocketAddr> = OnceLock::new();
    *ADDR.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("a runtime for the server");
            runtime.block_on(async move {
                let _ = tx.send(serve().await);
                std::future::pending::<()>().await;
            });
        });
        rx.recv().expect("the server started")
    })
}

pub async fn get(addr: SocketAddr, path: &str) -> Response {
    get_with(addr, path, "").await
}

pub async fn get_with(addr: SocketAddr, path: &str, extra_headers: &str) -> Response {
    request(addr, "GET", path, extra_headers, b"").await
}

/// A GET with the session cookie `token`, or none.
pub async fn get_as(addr: SocketAddr, path: &str, token: Option<&str>) -> Response {
    let cookie = token
        .map(|t| format!("Cookie: kvf_session={t}\r\n"))
        .unwrap_or_default();
    get_with(addr, path, &cookie).await
}

/// The header lines of a change a signed-in page sends: the session cookie and the session's
/// anti-forgery token.
pub fn session_headers(token: &str) -> String {
    format!(
        "Cookie: kvf_session={token}\r\n{}: {}\r\n",
        api::csrf::HEADER,
        service::security::forgery_token(token)
    )
}

/// A JSON POST as the page's code sends it: with the session's cookie and token, if any.
pub async fn post_json(addr: SocketAddr, path: &str, token: Option<&str>, body: &str) -> Response {
    let session = token.map(session_headers).unwrap_or_default();
    let headers = format!("Content-Type: application/json\r\nOrigin: http://{addr}\r\n{session}");
    request(addr, "POST", path, &headers, body.as_bytes()).await
}

/// A form POST (what a browser without JavaScript sends), with the session's cookie and the
/// token in the form, if any.
pub async fn post_form(addr: SocketAddr, path: &str, token: Option<&str>, body: &str) -> Response {
    let cookie = token
        .map(|t| format!("Cookie: kvf_session={t}\r\n"))
        .unwrap_or_default();
    let body = match token {
        Some(t) => {
            let field = form(&[(api::csrf::FIELD, &service::security::forgery_token(t))]);
            if body.is_empty() {
                field
            } else {
                format!("{body}&{field}")
            }
        }
        None => body.to_owned(),
    };
    let headers = format!("Content-Type: application/x-www-form-urlencoded\r\n{cookie}");
    request(addr, "POST", path, &headers, body.as_bytes()).await
}

pub async fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    extra_headers: &str,
    body: &[u8],
) -> Response {
    try_request(addr, method, path, extra_headers, body)
        .await
        .unwrap_or_else(|error| panic!("{method} {path}: {error}"))
}

/// [`request`] for a server that may be gone: a refused or cut connection is an error.
pub async fn try_request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    extra_headers: &str,
    body: &[u8],
) -> std::io::Result<Response> {
    let stream = tokio::net::TcpStream::connect(addr).await?;
    exchange(stream, addr, method, path, extra_headers, body).await
}

/// [`request`] from the local address `from` (any of 127.0.0.0/8 reaches a loopback server),
/// as if from another machine.
pub async fn request_from(
    from: std::net::Ipv4Addr,
    addr: SocketAddr,
    method: &str,
    path: &str,
    extra_headers: &str,
    body: &[u8],
) -> Response {
    let socket = tokio::net::TcpSocket::new_v4().expect("a socket");
    socket
        .bind(SocketAddr::from((from, 0)))
        .expect("a loopback address");
    let stream = socket.connect(addr).await.expect("connects");
    exchange(stream, addr, method, path, extra_headers, body)
        .await
        .unwrap_or_else(|error| panic!("{method} {path} from {from}: {error}"))
}

/// What a browser sends for `path`: the bytes outside ASCII percent-encoded.
fn encode_path(path: &str) -> String {
    path.bytes()
        .map(|b| {
            if b.is_ascii() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn io_error(error: impl std::error::Error + Send + Sync + 'static) -> std::io::Error {
    std::io::Error::other(error)
}

/// One request on `stream`, and the whole answer. `extra_headers` are `Name: value` lines,
/// each ended by CRLF.
async fn exchange(
    stream: tokio::net::TcpStream,
    addr: SocketAddr,
    method: &str,
    path: &str,
    extra_headers: &str,
    body: &[u8],
) -> std::io::Result<Response> {
    use http_body_util::BodyExt as _;
    let (mut sender, connection) =
        hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream))
            .await
            .map_err(io_error)?;
    // Drives the connection; it ends when the answer has been read or the server is gone.
    tokio::spawn(connection);
    let mut request = hyper::Request::builder()
        .method(method)
        .uri(encode_path(path))
        .header(hyper::header::HOST, addr.to_string());
    for line in extra_headers.split("\r\n").filter(|l| !l.is_empty()) {
        let (name, value) = line
            .split_once(':')
            .unwrap_or_else(|| panic!("not a header line: {line}"));
        request = request.header(name.trim(), value.trim());
    }
    let request = request
        .body(http_body_util::Full::new(
            hyper::body::Bytes::copy_from_slice(body),
        ))
        .map_err(io_error)?;
    let answer = sender.send_request(request).await.map_err(io_error)?;
    let status = answer.status().as_u16();
    let mut headers = format!("HTTP/1.1 {}\r\n", answer.status());
    for (name, value) in answer.headers() {
        headers.push_str(&format!(
            "{name}: {}\r\n",
            String::from_utf8_lossy(value.as_bytes())
        ));
    }
    let bytes = answer
        .into_body()
        .collect()
        .await
        .map_err(io_error)?
        .to_bytes()
        .to_vec();
    Ok(Response {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
        bytes,
    })
}

const BOUNDARY: &str = "----kvf-test-7MA4YWxkTrZu0gW";

/// A document upload's form as a browser sends it: the anti-forgery field first (when
/// signed in), then the file `name` with `content`. Answers the header lines and the body.
pub fn upload_form(token: Option<&str>, name: &str, content: &[u8]) -> (String, Vec<u8>) {
    let mut body = Vec::new();
    if let Some(t) = token {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{}\"\r\n\r\n{}\r\n",
                api::csrf::FIELD,
                service::security::forgery_token(t)
            )
            .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"{name}\"\r\nContent-Type: application/pdf\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(content);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    let cookie = token
        .map(|t| format!("Cookie: kvf_session={t}\r\n"))
        .unwrap_or_default();
    let headers = format!("Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n{cookie}");
    (headers, body)
}

/// Uploads `content` as `name` for `org` as `token`, as a program does (answered in JSON).
pub async fn upload(
    addr: SocketAddr,
    token: Option<&str>,
    org: &str,
    name: &str,
    content: &[u8],
) -> Response {
    let (headers, body) = upload_form(token, name, content);
    let headers = format!("{headers}Accept: application/json\r\n");
    request(addr, "POST", &format!("/dokument/{org}"), &headers, &body).await
}

/// The benchmarks' database: seeded, in a surrealkv file store in a temporary folder named by
/// `name` and the process, with the administrator `bench@region.se`. Answers it and its folder.
pub async fn bench_db(name: &str) -> Result<(Db, std::path::PathBuf), String> {
    let dir = std::env::temp_dir().join(format!("kvf-bench-{name}-{}", std::process::id()));
    let db = Db::connect(&DbConfig {
        url: format!("surrealkv://{}", dir.display()),
        ..DbConfig::memory()
    })
    .await
    .map_err(|e| e.to_string())?;
    db.seed_if_empty(chrono::Utc::now())
        .await
        .map_err(|e| e.to_string())?;
    service::accounts::create_user(&db, "bench@region.se", "admin", "", PASSWORD, 0)
        .await
        .map_err(|e| e.to_string())?;
    Ok((db, dir))
}

/// The median of `samples`.
pub fn median(samples: &mut [std::time::Duration]) -> std::time::Duration {
    samples.sort();
    samples[samples.len() / 2]
}

pub fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
