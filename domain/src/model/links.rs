//! Links within the site: query values, the `?datum=` of a chosen date, and return addresses
//! that may only point back into the site.

/// A query value percent-encoded; values here are dates or keys, anything else is escaped
/// rather than trusted.
pub fn encode(raw: &str) -> String {
    raw.chars()
        .map(|c| match c {
            'A'..='Z' | 'a'..='z' | '0'..='9' | '-' | '_' | '.' | ':' => c.to_string(),
            other => {
                let mut buf = [0u8; 4];
                other
                    .encode_utf8(&mut buf)
                    .bytes()
                    .map(|b| format!("%{b:02X}"))
                    .collect()
            }
        })
        .collect()
}

/// `path` with `?datum=` when a date is chosen.
pub fn with_datum(path: &str, datum: Option<&str>) -> String {
    match datum {
        Some(d) => format!("{path}?datum={}", encode(d)),
        None => path.to_owned(),
    }
}

/// A return address on this site only: an absolute path, never `//host`, a scheme or a
/// backslash (which browsers read as `/`); anything else returns to the start page.
pub fn local_path(raw: Option<&str>) -> &str {
    match raw {
        Some(p) if p.starts_with('/') && !p.starts_with("//") && !p.contains('\\') => p,
        _ => "/",
    }
}

#[cfg(test)]
mod tests;
