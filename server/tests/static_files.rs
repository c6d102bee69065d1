//! The browser bundle's compressed copies: written once, never served stale, and sent as the
//! browser accepts them, with the headers a cache needs. And the same for the public pages the
//! page cache keeps.

mod common;

use db::{Db, DbConfig};
use server::static_files::prepare;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// A site folder of its own with a bundle: a wasm file, a script in a sub-folder and an image.
fn site(name: &str) -> (PathBuf, Vec<u8>) {
    let root = std::env::temp_dir().join(format!("kvf-static-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let pkg = root.join("pkg");
    std::fs::create_dir_all(pkg.join("snippets")).expect("a folder");
    // Repetitive enough to compress, varied enough that a wrong decoder cannot pass.
    let wasm: Vec<u8> = (0..200_000u32)
        .map(|i| (i % 251) as u8 ^ (i / 997) as u8)
        .collect();
    std::fs::write(pkg.join("app.wasm"), &wasm).expect("written");
    std::fs::write(
        pkg.join("snippets/glue.js"),
        "export const a = 1;\n".repeat(200),
    )
    .expect("written");
    std::fs::write(pkg.join("logo.png"), [0x89, b'P', b'N', b'G']).expect("written");
    (root, wasm)
}

/// `file` written again with `bytes` by a later build: dated after its copies, whatever the
/// file system's clock resolution.
fn rewritten(file: &Path, bytes: &[u8]) {
    std::fs::write(file, bytes).expect("written");
    std::fs::File::options()
        .write(true)
        .open(file)
        .expect("opens")
        .set_modified(SystemTime::now() + Duration::from_secs(5))
        .expect("touched");
}

fn brotli_decoded(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::Decompressor::new(bytes, 4096)
        .read_to_end(&mut out)
        .expect("brotli");
    out
}

fn gzip_decoded(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .expect("gzip");
    out
}

fn copies(pkg: &Path) -> Vec<String> {
    let mut names: Vec<String> = ["app.wasm", "snippets/glue.js", "logo.png"]
        .iter()
        .flat_map(|f| [format!("{f}.br"), format!("{f}.gz")])
        .filter(|c| pkg.join(c).exists())
        .collect();
    names.sort();
    names
}

#[test]
fn copies_are_written_once_whole_and_replaced_when_their_file_changes() {
    let (root, wasm) = site("copies");
    let pkg = root.join("pkg");
    let pending = prepare(&pkg).expect("the folder reads");
    assert_eq!(pending.len(), 4, "two copies of each compressible file");
    assert_eq!(pending.write().expect("written"), 4);
    assert_eq!(
        copies(&pkg),
        [
            "app.wasm.br",
            "app.wasm.gz",
            "snippets/glue.js.br",
            "snippets/glue.js.gz"
        ],
        "an image is not compressed"
    );
    let br = std::fs::read(pkg.join("app.wasm.br")).expect("read");
    assert!(br.len() < wasm.len() / 2, "{} bytes", br.len());
    assert_eq!(brotli_decoded(&br), wasm);
    assert_eq!(
        gzip_decoded(&std::fs::read(pkg.join("app.wasm.gz")).expect("read")),
        wasm
    );
    assert!(
        prepare(&pkg).expect("reads").is_empty(),
        "current copies stay"
    );

    // A new build writes the file again: its old copies go at once, before anything is sent.
    rewritten(&pkg.join("app.wasm"), &wasm);
    let pending = prepare(&pkg).expect("reads");
    assert_eq!(pending.len(), 2);
    assert_eq!(copies(&pkg), ["snippets/glue.js.br", "snippets/glue.js.gz"]);
    let _ = std::fs::remove_dir_all(&root);
}

#[tokio::test]
async fn the_bundle_is_sent_as_the_browser_accepts_it_and_revalidated() {
    let (root, wasm) = site("http");
    let pkg = root.join("pkg");
    prepare(&pkg).expect("reads").write().expect("written");
    let db = Db::connect(&DbConfig::for_tests()).await.expect("connects");
    let site_root = root.to_str().expect("a UTF-8 path");
    let addr = common::serve_state(common::state(
        db,
        service::clock::Clock::system(),
        site_root,
    ))
    .await;

    let br = common::get_with(
        addr,
        "/pkg/app.wasm",
        "Accept-Encoding: gzip, deflate, br\r\n",
    )
    .await;
    assert_eq!(br.status, 200);
    let headers = br.headers.to_ascii_lowercase();
    assert!(headers.contains("content-encoding: br\r\n"), "{headers}");
    assert!(
        headers.contains("content-type: application/wasm"),
        "{headers}"
    );
    assert!(headers.contains("vary: accept-encoding"), "{headers}");
    assert!(headers.contains("cache-control: no-cache"), "{headers}");
    assert!(
        headers.contains("x-content-type-options: nosniff"),
        "{headers}"
    );
    assert_eq!(
        br.bytes,
        std::fs::read(pkg.join("app.wasm.br")).expect("read")
    );
    assert_eq!(brotli_decoded(&br.bytes), wasm);

    let gz = common::get_with(addr, "/pkg/snippets/glue.js", "Accept-Encoding: gzip\r\n").await;
    assert!(
        gz.headers
            .to_ascii_lowercase()
            .contains("content-encoding: gzip\r\n"),
        "{}",
        gz.headers
    );
    assert_eq!(
        gz.bytes,
        std::fs::read(pkg.join("snippets/glue.js.gz")).expect("read")
    );

    let plain = common::get(addr, "/pkg/app.wasm").await;
    assert!(
        !plain
            .headers
            .to_ascii_lowercase()
            .contains("content-encoding")
    );
    assert_eq!(plain.bytes, wasm);

    // Unchanged since the browser's copy: nothing is sent again.
    let modified = br
        .headers
        .lines()
        .find_map(|l| l.strip_prefix("last-modified: "))
        .expect("a last-modified date")
        .to_owned();
    let again = common::get_with(
        addr,
        "/pkg/app.wasm",
        &format!("If-Modified-Since: {modified}\r\nAccept-Encoding: br\r\n"),
    )
    .await;
    assert_eq!(again.status, 304);
    assert!(again.bytes.is_empty());

    // A file whose copies are not written yet is compressed per response, never sent stale.
    let newer: Vec<u8> = wasm.iter().rev().copied().collect();
    rewritten(&pkg.join("app.wasm"), &newer);
    let pending = prepare(&pkg).expect("reads");
    assert_eq!(pending.len(), 2);
    let fresh = common::get_with(addr, "/pkg/app.wasm", "Accept-Encoding: gzip, br\r\n").await;
    assert!(
        fresh
            .headers
            .to_ascii_lowercase()
            .contains("content-encoding: gzip\r\n"),
        "{}",
        fresh.headers
    );
    assert_eq!(gzip_decoded(&fresh.bytes), newer);

    assert_eq!(common::get(addr, "/pkg/nothing.wasm").await.status, 404);
    let _ = std::fs::remove_dir_all(&root);
}

/// `html` without its nonces' values (a page made again gets a new one).
fn without_nonces(html: &str) -> String {
    html.split(" nonce=\"")
        .enumerate()
        .map(|(i, piece)| {
            if i == 0 {
                piece
            } else {
                piece.split_once('"').map_or(piece, |(_, rest)| rest)
            }
        })
        .collect::<Vec<_>>()
        .join(" nonce")
}

/// `path` until it comes from the page cache (its policy names scripts by hash), at most
/// twenty times.
async fn kept(addr: std::net::SocketAddr, path: &str, accept: &str) -> common::Response {
    for _ in 0..20 {
        let res = common::get_with(addr, path, accept).await;
        let policy = common::header(&res.headers, "content-security-policy").unwrap_or_default();
        if policy.contains("'sha256-") {
            return res;
        }
    }
    panic!("{path} with {accept:?} never came from the page cache");
}

#[tokio::test]
async fn a_kept_page_is_sent_as_the_browser_accepts_it() {
    let addr = common::start().await;
    let made = common::get(addr, "/oversikt").await;
    assert_eq!(made.status, 200);
    let page = without_nonces(&made.body);
    for (accept, encoding) in [
        ("Accept-Encoding: gzip, deflate, br, zstd\r\n", Some("br")),
        ("Accept-Encoding: gzip\r\n", Some("gzip")),
        ("", None),
    ] {
        let res = kept(addr, "/oversikt", accept).await;
        let headers = res.headers.to_ascii_lowercase();
        assert_eq!(
            common::header(&headers, "content-encoding"),
            encoding,
            "{accept}"
        );
        assert!(headers.contains("vary: accept-encoding"), "{headers}");
        let bytes = match encoding {
            Some("br") => brotli_decoded(&res.bytes),
            Some(_) => gzip_decoded(&res.bytes),
            None => res.bytes,
        };
        let body = String::from_utf8(bytes).expect("UTF-8");
        assert_eq!(without_nonces(&body), page, "{accept}");
    }
}
