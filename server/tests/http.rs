//! HTTP tests against a started server on a loopback port, with a seeded `mem://` database.
//! As in production, one server (on its own multi-threaded runtime) answers every client.

use app::db::{Db, DbConfig};
use app::state::AppState;
use leptos::prelude::LeptosOptions;
use std::net::SocketAddr;
use std::sync::OnceLock;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

struct Response {
    status: u16,
    headers: String,
    body: String,
}

async fn serve() -> SocketAddr {
    let db = Db::connect(&DbConfig::memory())
        .await
        .expect("mem:// connects");
    db.seed_if_empty().await.expect("seed loads");
    let leptos_options = LeptosOptions::builder()
        .output_name("kvinnofridskartan")
        .build();
    let app = server::routes::router(AppState { leptos_options, db });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port");
    let addr = listener.local_addr().expect("bound address");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app.into_make_service()).await;
    });
    addr
}

/// The address of the one server the tests share, started on first use.
async fn start() -> SocketAddr {
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

fn dechunk(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut rest = body;
    while let Some(line_end) = rest.windows(2).position(|w| w == b"\r\n") {
        let size_text = String::from_utf8_lossy(&rest[..line_end]);
        let Ok(size) = usize::from_str_radix(size_text.trim(), 16) else {
            break;
        };
        if size == 0 {
            break;
        }
        let start = line_end + 2;
        out.extend_from_slice(&rest[start..start + size]);
        rest = &rest[start + size + 2..];
    }
    out
}

async fn get(addr: SocketAddr, path: &str) -> Response {
    get_with(addr, path, "").await
}

async fn get_with(addr: SocketAddr, path: &str, extra_headers: &str) -> Response {
    let mut stream = tokio::net::TcpStream::connect(addr)
        .await
        .expect("connects");
    let request =
        format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{extra_headers}\r\n");
    stream
        .write_all(request.as_bytes())
        .await
        .expect("request sent");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.expect("response read");
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("header end");
    let headers = String::from_utf8_lossy(&raw[..split]).to_string();
    let mut body = raw[split + 4..].to_vec();
    if headers
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        body = dechunk(&body);
    }
    let status = headers
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("status code");
    Response {
        status,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    }
}

#[tokio::test]
async fn map_page_renders_every_municipality_on_the_server() {
    let addr = start().await;
    let page = get(addr, "/").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.body.matches("class=\"karta-omrade\"").count(), 15);
    assert!(
        page.body
            .contains("aria-label=\"Falun – RÖK: Ej rapporterat\"")
    );
    assert!(page.body.contains("<html lang=\"sv\""));
    assert!(page.body.contains("<caption"));
    assert!(
        page.body
            .contains("© Lantmäteriet (GSD-Sverigekartan 1:1 miljon), CC0")
    );
    assert!(page.body.contains("href=\"/profil/region-dalarna\""));
    assert!(page.body.contains("href=\"/profil/lansstyrelsen-dalarna\""));
    // The regional agreement: derived status and the dated timeline with sources.
    assert!(page.body.contains("id=\"rok-status\""));
    assert!(
        page.body
            .contains("Överenskommelsen är inte i kraft enligt rapporterade uppgifter")
    );
    assert!(page.body.contains("19 april 2024"));
}

#[tokio::test]
async fn indicator_in_the_query_selects_the_colouring() {
    let addr = start().await;
    let page = get(addr, "/?indikator=samordnare").await;
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains("aria-label=\"Mora – Samordnare: Delade samordnare (samverkansavtal)\"")
    );
    let page = get(addr, "/?indikator=okand").await;
    assert_eq!(
        page.status, 200,
        "an unknown indicator falls back, never fails"
    );
    assert!(
        page.body
            .contains("aria-label=\"Falun – RÖK: Ej rapporterat\"")
    );
}

#[tokio::test]
async fn profile_page_shows_values_with_sources() {
    let addr = start().await;
    let page = get(addr, "/profil/2080").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<h1"));
    assert!(page.body.contains("Falun"));
    assert!(page.body.contains("Ej rapporterat"));
    assert!(page.body.contains("avsnitt 6.1 Kommun, Resurser"));
    assert!(page.body.contains("59\u{a0}945 invånare"));
    assert!(page.body.contains("id=\"senast-uppdaterad\""));
}

#[tokio::test]
async fn unknown_pages_answer_404() {
    let addr = start().await;
    for path in [
        "/profil/9999",
        "/profil/%3Cscript%3E",
        "/finns-inte",
        "/profil/2080/okand",
    ] {
        let page = get(addr, path).await;
        assert_eq!(page.status, 404, "{path}");
        assert!(page.body.contains("Sidan finns inte"), "{path}");
    }
}

#[tokio::test]
async fn healthz_checks_the_database() {
    let addr = start().await;
    let res = get(addr, "/healthz").await;
    assert_eq!(res.status, 200);
    assert_eq!(res.body, "ok");
}

#[tokio::test]
async fn csv_opens_in_swedish_excel() {
    let addr = start().await;
    let res = get(addr, "/api/v1/organisationer.csv").await;
    assert_eq!(res.status, 200);
    assert!(
        res.headers
            .to_ascii_lowercase()
            .contains("text/csv; charset=utf-8")
    );
    assert!(res.body.starts_with('\u{feff}'), "UTF-8 BOM");
    let lines: Vec<&str> = res.body.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 18, "header and 17 organisations");
    let columns = lines[0].split(';').count();
    assert_eq!(columns, 13);
    for line in &lines {
        assert_eq!(line.split(';').count(), columns, "{line}");
    }
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("2080;Falun;Kommun;59945;"))
    );
}

#[tokio::test]
async fn json_and_openapi_describe_the_same_data() {
    let addr = start().await;
    let res = get(addr, "/api/v1/organisationer.json").await;
    assert_eq!(res.status, 200);
    let data: serde_json::Value = serde_json::from_str(&res.body).expect("JSON");
    let orgs = data["organisationer"].as_array().expect("array");
    assert_eq!(orgs.len(), 17);
    let mora = orgs.iter().find(|o| o["id"] == "2062").expect("Mora");
    assert_eq!(mora["indikatorer"]["samordnare"]["kategori"], "delad");
    assert_eq!(mora["indikatorer"]["rok"]["etikett"], "Ej rapporterat");

    let res = get(addr, "/api/v1/openapi.json").await;
    let spec: serde_json::Value = serde_json::from_str(&res.body).expect("JSON");
    assert_eq!(spec["openapi"], "3.1.0");
    assert!(spec["paths"]["/api/v1/organisationer.csv"].is_object());
    assert!(spec["paths"]["/api/v1/organisationer.json"].is_object());
}

#[tokio::test]
async fn server_function_serves_map_data() {
    let addr = start().await;
    let res = get(addr, "/api/karta").await;
    assert_eq!(res.status, 200, "{}", res.body);
    let data: serde_json::Value = serde_json::from_str(&res.body).expect("JSON");
    assert_eq!(data["orgs"].as_array().map(Vec::len), Some(17));
}

#[tokio::test]
async fn pages_are_compressed_when_the_browser_accepts_gzip() {
    let addr = start().await;
    let res = get_with(addr, "/", "Accept-Encoding: gzip\r\n").await;
    assert_eq!(res.status, 200);
    assert!(
        res.headers
            .to_ascii_lowercase()
            .contains("content-encoding: gzip"),
        "{}",
        res.headers
    );
    let plain = get(addr, "/").await;
    assert!(
        !plain
            .headers
            .to_ascii_lowercase()
            .contains("content-encoding")
    );
}
