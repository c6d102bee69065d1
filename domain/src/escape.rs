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
mod tests {
    #[test]
    fn nothing_markup_means_is_left() {
        assert_eq!(
            super::markup(r#"</title><a href="x">&amp;"#),
            "&lt;/title&gt;&lt;a href=&quot;x&quot;&gt;&amp;amp;"
        );
        assert_eq!(super::markup("Falun – Säter"), "Falun – Säter");
    }
}
