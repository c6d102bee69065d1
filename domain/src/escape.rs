//! Escaping for the few places that write markup as text themselves rather than through the
//! renderer: the SVG map file and the document title (see `components::layout::PageTitle`).

/// `text` as HTML or XML text or a double-quoted attribute value.
pub fn markup(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests;
