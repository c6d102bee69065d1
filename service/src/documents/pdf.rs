//! Whether an uploaded file is a PDF that runs nothing, by its content (its name and the type
//! the browser claims are not read).
//!
//! A PDF starts with `%PDF-1.` or `%PDF-2.` and ends with `%%EOF` (a file cut short has
//! none near its end). Its active parts are dictionaries with a name that says so
//! (`/JavaScript`, `/JS`, `/Launch`, `/RichMedia`, `/XFA`); names are read as the format
//! defines them (`/J#53` is `/JS`), both in the file and in its compressed streams, where
//! object streams hide dictionaries. Images are not inflated: they hold no dictionaries.

use domain::model::document::{MAX_BYTES, Refused};
use flate2::read::ZlibDecoder;
use std::io::Read as _;

/// Names of the parts of a PDF that run something.
const ACTIVE: [&[u8]; 5] = [b"JavaScript", b"JS", b"Launch", b"RichMedia", b"XFA"];
/// The end-of-file mark must be this near the end.
const TAIL: usize = 1024;
/// The most a file's streams may inflate to, together, before the file is refused: enough
/// for any decision extract; bounds the work a crafted file can cause.
const INFLATED_MAX: u64 = 64 * 1024 * 1024;

pub fn check(bytes: &[u8]) -> Result<(), Refused> {
    if bytes.is_empty() {
        return Err(Refused::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(Refused::TooLarge);
    }
    if !(bytes.starts_with(b"%PDF-1.") || bytes.starts_with(b"%PDF-2.")) {
        return Err(Refused::NotPdf);
    }
    let tail = &bytes[bytes.len().saturating_sub(TAIL)..];
    if find(tail, b"%%EOF").is_none() {
        return Err(Refused::Truncated);
    }
    if has_active_name(bytes) {
        return Err(Refused::Active);
    }
    let mut budget = INFLATED_MAX;
    for (dictionary, stream) in streams(bytes) {
        let holds_objects = find(dictionary, b"ObjStm").is_some();
        if is_image(dictionary) && !holds_objects {
            continue;
        }
        let mut inflated = Vec::new();
        let read = ZlibDecoder::new(stream)
            .take(budget + 1)
            .read_to_end(&mut inflated);
        if read.is_err() && inflated.is_empty() {
            // Objects kept in a stream this cannot read could hide anything; any other
            // stream that is not deflated holds content, not dictionaries.
            if holds_objects {
                return Err(Refused::Active);
            }
            continue;
        }
        let used = inflated.len() as u64;
        if used > budget {
            return Err(Refused::Active);
        }
        budget -= used;
        if has_active_name(&inflated) {
            return Err(Refused::Active);
        }
    }
    Ok(())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn is_delimiter(b: u8) -> bool {
    b.is_ascii_whitespace() || b"()<>[]{}/%".contains(&b) || b == 0
}

/// Whether any name in `bytes` is one of [`ACTIVE`], with `#xx` escapes decoded.
fn has_active_name(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'/' {
            i += 1;
            continue;
        }
        i += 1;
        let mut name = Vec::new();
        while i < bytes.len() && !is_delimiter(bytes[i]) {
            let hex = (bytes[i] == b'#')
                .then(|| bytes.get(i + 1..i + 3))
                .flatten()
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            match hex {
                Some(b) => {
                    name.push(b);
                    i += 3;
                }
                None => {
                    name.push(bytes[i]);
                    i += 1;
                }
            }
        }
        if ACTIVE.contains(&name.as_slice()) {
            return true;
        }
    }
    false
}

/// Every stream's dictionary (what precedes it in its object) and data (after `stream` and
/// its line end, up to `endstream`).
fn streams(bytes: &[u8]) -> impl Iterator<Item = (&[u8], &[u8])> {
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            let start = at + find(&bytes[at..], b"stream")?;
            let before = &bytes[start.saturating_sub(512)..start];
            // From the object's header (`12 0 obj`) on, when it is that near.
            let dictionary = find_last(before, b"obj").map_or(before, |i| &before[i..]);
            let mut data = start + b"stream".len();
            // `endstream` also contains `stream`; it ends a stream, it starts none.
            if start >= 3 && &bytes[start - 3..start] == b"end" {
                at = data;
                continue;
            }
            if bytes.get(data) == Some(&b'\r') {
                data += 1;
            }
            if bytes.get(data) == Some(&b'\n') {
                data += 1;
            }
            let end = data + find(&bytes[data..], b"endstream").unwrap_or(bytes.len() - data);
            at = end;
            return Some((dictionary, &bytes[data..end]));
        }
    })
}

fn is_image(dictionary: &[u8]) -> bool {
    find(dictionary, b"/Subtype/Image").is_some() || find(dictionary, b"/Subtype /Image").is_some()
}

fn find_last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}
