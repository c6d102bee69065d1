#[test]
fn nothing_markup_means_is_left() {
    assert_eq!(
        super::markup(r#"</title><a href="x">&amp;"#),
        "&lt;/title&gt;&lt;a href=&quot;x&quot;&gt;&amp;amp;"
    );
    assert_eq!(super::markup("Falun – Säter"), "Falun – Säter");
}
