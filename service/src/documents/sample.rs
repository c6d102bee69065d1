//! PDF files for tests: a small valid one, one of an exact size, and ones with the active
//! parts the upload refuses.

use flate2::Compression;
use flate2::write::ZlibEncoder;
use std::io::Write as _;

/// A one-page PDF with `extra` objects before its trailer.
pub fn pdf_with(extra: &[u8]) -> Vec<u8> {
    let text = b"BT /F1 12 Tf 72 720 Td (Protokollsutdrag, KF 2024-11-14, 12 \\247) Tj ET";
    let mut out = Vec::new();
    out.extend_from_slice(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
    out.extend_from_slice(b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    out.extend_from_slice(b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
    out.extend_from_slice(
        b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n",
    );
    out.extend_from_slice(format!("4 0 obj\n<< /Length {} >>\nstream\n", text.len()).as_bytes());
    out.extend_from_slice(text);
    out.extend_from_slice(b"\nendstream\nendobj\n");
    out.extend_from_slice(extra);
    out.extend_from_slice(b"trailer\n<< /Root 1 0 R >>\n%%EOF\n");
    out
}

/// A valid PDF.
pub fn pdf() -> Vec<u8> {
    pdf_with(b"")
}

/// A valid PDF of exactly `size` bytes (at least a few hundred), padded with an image's
/// bytes that differ with `seed`.
pub fn pdf_of_size(size: usize, seed: u8) -> Vec<u8> {
    let head = b"5 0 obj\n<< /Type /XObject /Subtype /Image /Length 0000000000 >>\nstream\n";
    let tail = b"\nendstream\nendobj\n";
    let fixed = pdf_with(b"").len() + head.len() + tail.len();
    let pad = size.saturating_sub(fixed);
    let mut extra = head.to_vec();
    extra.extend((0..pad).map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed)));
    extra.extend_from_slice(tail);
    pdf_with(&extra)
}

/// A PDF that runs JavaScript when it opens, the name written as `name`.
pub fn pdf_with_script(name: &str) -> Vec<u8> {
    pdf_with(
        format!("6 0 obj\n<< /Type /Action /S /JavaScript {name} (app.alert\\(1\\)) >>\nendobj\n")
            .as_bytes(),
    )
}

/// A PDF whose script action is hidden in a compressed object stream.
pub fn pdf_with_hidden_script() -> Vec<u8> {
    let objects = b"7 0 << /S /JavaScript /JS (app.alert\\(1\\)) >>";
    let mut encoder = ZlibEncoder::new(Vec::new(), Compression::default());
    let deflated = encoder
        .write_all(objects)
        .and_then(|()| encoder.finish())
        .unwrap_or_default();
    let mut extra = format!(
        "8 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length {} >>\nstream\n",
        deflated.len()
    )
    .into_bytes();
    extra.extend_from_slice(&deflated);
    extra.extend_from_slice(b"\nendstream\nendobj\n");
    pdf_with(&extra)
}
