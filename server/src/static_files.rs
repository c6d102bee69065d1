//! The browser bundle (`/pkg/…`: wasm, JavaScript, CSS), served as compressed copies made once.
//!
//! Compressing the bundle on every response costs the server time on every page load, and
//! copies made once can use the highest levels. At start the server writes `<file>.br` and
//! `<file>.gz` beside each compressible file that lacks a current copy, and serves a copy when
//! the browser accepts it; a file without one is compressed per response as before.
//!
//! The names carry no content hash (the bundler's hashed names break the split bundle), so a
//! browser revalidates each file (`no-cache`) and gets a 304 while it is unchanged.

use axum::Router;
use axum::http::{HeaderMap, HeaderValue, header};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::SystemTime;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

/// The files worth compressing; images and fonts are compressed already.
const COMPRESSIBLE: &[&str] = &["wasm", "js", "css", "json", "svg", "txt", "map"];
/// Brotli's highest level is clearly smaller than the next ones but slow (BENCHMARKS.md): a
/// release bundle affords it at each start; a debug build's, many times larger, gets a fast one.
const BROTLI_QUALITY: i32 = if cfg!(debug_assertions) { 5 } else { 11 };
/// The two encodings, in the order a browser is offered them.
pub(crate) const COPIES: [Encoding; 2] = [Encoding::Brotli, Encoding::Gzip];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Encoding {
    Brotli,
    Gzip,
}

/// How much time a compressed copy is worth: a bundle file's is made once per build; a page's
/// ([`crate::page_cache`]) again each time the page is made, while visitors wait for it.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Effort {
    Once,
    Often,
}

impl Encoding {
    fn extension(self) -> &'static str {
        match self {
            Self::Brotli => "br",
            Self::Gzip => "gz",
        }
    }

    /// Its name in `Content-Encoding` and `Accept-Encoding`.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Brotli => "br",
            Self::Gzip => "gzip",
        }
    }

    /// The copy to send a request with these headers, in the order of [`COPIES`]; `None`: the
    /// bytes as they are. A `q=0` refuses an encoding; `*` is not taken as consent.
    pub(crate) fn accepted(headers: &HeaderMap) -> Option<Self> {
        let offered: Vec<&str> = headers
            .get_all(header::ACCEPT_ENCODING)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|item| {
                let mut parts = item.split(';').map(str::trim);
                let name = parts.next()?;
                let refused = parts.any(|p| {
                    p.strip_prefix("q=")
                        .and_then(|q| q.parse::<f32>().ok())
                        .is_some_and(|q| q <= 0.0)
                });
                (!refused).then_some(name)
            })
            .collect();
        COPIES.into_iter().find(|e| {
            offered
                .iter()
                .any(|name| name.eq_ignore_ascii_case(e.name()))
        })
    }

    pub(crate) fn compress(self, bytes: &[u8], effort: Effort) -> std::io::Result<Vec<u8>> {
        match self {
            Self::Brotli => {
                let mut out = Vec::new();
                let params = brotli::enc::BrotliEncoderParams {
                    quality: match effort {
                        Effort::Once => BROTLI_QUALITY,
                        Effort::Often => 5,
                    },
                    lgwin: 22,
                    ..Default::default()
                };
                brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)?;
                Ok(out)
            }
            Self::Gzip => {
                let level = match effort {
                    Effort::Once => flate2::Compression::best(),
                    Effort::Often => flate2::Compression::default(),
                };
                let mut encoder = flate2::write::GzEncoder::new(Vec::new(), level);
                encoder.write_all(bytes)?;
                encoder.finish()
            }
        }
    }
}

/// The bundle directory's routes: `pkg` under `site_root`, at `/<pkg>`.
pub fn routes<S: Clone + Send + Sync + 'static>(site_root: &str, pkg: &str) -> Router<S> {
    let dir = Path::new(site_root).join(pkg);
    Router::new()
        .nest_service(
            &format!("/{}", pkg.trim_matches('/')),
            ServeDir::new(dir).precompressed_br().precompressed_gzip(),
        )
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-cache"),
        ))
        // The copy sent depends on the request's `Accept-Encoding`: a cache must know.
        .layer(SetResponseHeaderLayer::overriding(
            header::VARY,
            HeaderValue::from_static("accept-encoding"),
        ))
}

/// The compressed copies still to write, found by [`prepare`].
#[derive(Debug, Default)]
pub struct Pending {
    copies: Vec<(PathBuf, Encoding)>,
}

/// Removes every compressed copy older than its file, so that a stale copy is never served,
/// and lists the copies to write. Cheap: it reads the directory only.
pub fn prepare(dir: &Path) -> std::io::Result<Pending> {
    let mut pending = Pending::default();
    for file in compressible(dir)? {
        let modified = std::fs::metadata(&file)?.modified()?;
        for encoding in COPIES {
            let copy = copy_path(&file, encoding);
            if !is_current(&copy, modified) {
                remove_if_present(&copy)?;
                pending.copies.push((file.clone(), encoding));
            }
        }
    }
    Ok(pending)
}

impl Pending {
    pub fn len(&self) -> usize {
        self.copies.len()
    }

    pub fn is_empty(&self) -> bool {
        self.copies.is_empty()
    }

    /// Writes the copies, each under a temporary name and then renamed, so that a request
    /// never reads half of one. Slow (the highest levels): run it off the request path.
    pub fn write(self) -> std::io::Result<usize> {
        for (file, encoding) in &self.copies {
            let compressed = encoding.compress(&std::fs::read(file)?, Effort::Once)?;
            let copy = copy_path(file, *encoding);
            let partial = copy.with_extension(format!("{}.tmp", encoding.extension()));
            std::fs::write(&partial, compressed)?;
            std::fs::rename(&partial, &copy)?;
        }
        Ok(self.copies.len())
    }
}

fn compressible(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| COMPRESSIBLE.contains(&e))
            {
                files.push(path);
            }
        }
    }
    Ok(files)
}

fn copy_path(file: &Path, encoding: Encoding) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".");
    name.push(encoding.extension());
    PathBuf::from(name)
}

fn is_current(copy: &Path, source_modified: SystemTime) -> bool {
    std::fs::metadata(copy)
        .and_then(|m| m.modified())
        .is_ok_and(|made| made >= source_modified)
}

fn remove_if_present(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepted(value: &str) -> Option<Encoding> {
        let mut headers = HeaderMap::new();
        if let Ok(value) = HeaderValue::from_str(value) {
            headers.insert(header::ACCEPT_ENCODING, value);
        }
        Encoding::accepted(&headers)
    }

    #[test]
    fn the_copy_sent_is_one_the_browser_accepts() {
        assert_eq!(accepted("gzip, deflate, br, zstd"), Some(Encoding::Brotli));
        assert_eq!(accepted("GZIP"), Some(Encoding::Gzip));
        assert_eq!(accepted("br;q=0, gzip;q=0.5"), Some(Encoding::Gzip));
        assert_eq!(accepted("br; q=0.0, gzip;q=0"), None);
        assert_eq!(accepted("identity, *"), None);
        assert_eq!(accepted(""), None);
        assert_eq!(Encoding::accepted(&HeaderMap::new()), None);
    }

    #[test]
    fn each_copy_reads_back_as_the_bytes() {
        use std::io::Read as _;
        let page = "<p>Kvinnofridskartan</p>".repeat(200);
        for effort in [Effort::Once, Effort::Often] {
            let br = Encoding::Brotli
                .compress(page.as_bytes(), effort)
                .expect("br");
            let mut back = Vec::new();
            brotli::BrotliDecompress(&mut &br[..], &mut back).expect("unbr");
            assert_eq!(back, page.as_bytes());
            let gz = Encoding::Gzip
                .compress(page.as_bytes(), effort)
                .expect("gz");
            let mut back = String::new();
            flate2::read::GzDecoder::new(&gz[..])
                .read_to_string(&mut back)
                .expect("gunzip");
            assert_eq!(back, page);
            assert!(br.len() < page.len() / 10 && gz.len() < page.len() / 10);
        }
    }
}
