use super::*;

#[test]
fn scripts_need_the_nonce_and_nothing_may_frame_a_page() {
    let policy = page_policy("'nonce-abc'");
    let scripts = policy
        .split(';')
        .map(str::trim)
        .find(|d| d.starts_with("script-src"))
        .unwrap_or_default();
    assert!(scripts.contains("'nonce-abc'"));
    assert!(!scripts.contains("unsafe-inline"));
    assert!(policy.contains("frame-ancestors 'none'"));
    assert!(OTHER_POLICY.contains("frame-ancestors 'none'"));
    assert!(!OTHER_POLICY.contains("script-src"));
}

#[test]
fn a_stored_page_allows_the_scripts_that_carried_its_nonce_and_no_other() {
    let hash = |text: &str| {
        format!(
            "'sha256-{}'",
            service::security::sha256_base64(text.as_bytes())
        )
    };
    let html = concat!(
        "<head><script nonce=\"n1\">hydrate()</script>",
        "<script type=\"module\" nonce=\"n1\">import('/pkg/a.js')</script>",
        "<script src=\"/pkg/b.js\" nonce=\"n1\"></script></head>",
        "<body><p>&lt;script&gt;</p><scripts>no</scripts>",
        "<script>injected()</script><script nonce=\"n2\">guessed()</script>",
        "<script nonce=\"n1\">hydrate()</script></body>"
    );
    let StoredScripts(sources) = StoredScripts::of(html, "n1");
    let mut expected = [hash("hydrate()"), hash("import('/pkg/a.js')")];
    expected.sort();
    assert_eq!(&*sources, expected.join(" "));
    for refused in ["injected()", "guessed()", "no", ""] {
        assert!(!sources.contains(&hash(refused)), "{refused}");
    }
    // Made without a nonce, a page allows no inline script at all.
    assert_eq!(&*StoredScripts::of(html, "").0, "");
    let policy = page_policy(&sources);
    let scripts = policy
        .split(';')
        .find(|d| d.trim().starts_with("script-src"))
        .unwrap_or_default();
    assert!(scripts.contains(&*sources), "{policy}");
    assert!(!scripts.contains("nonce") && !scripts.contains("unsafe-inline"));
}

#[test]
fn a_script_ends_at_its_first_end_tag() {
    let texts: Vec<&str> = inline_scripts(
        "<script nonce=\"a\">let s = \"<b>\";</script ><script\n>x</script><script>y",
    )
    .map(|(_, text)| text)
    .collect();
    assert_eq!(texts, ["let s = \"<b>\";", "x", "y"]);
    // Written in capitals, a browser's script is not what is hashed: it stays refused.
    let capitals: Vec<&str> = inline_scripts("<SCRIPT>z</SCRIPT>")
        .map(|(_, t)| t)
        .collect();
    assert!(capitals.is_empty());
}

#[test]
fn a_nonce_is_made_once_when_first_asked_for_and_shared_by_clones() {
    let nonce = PageNonce::default();
    let handed_on = nonce.clone();
    // A response answered without asking (a stored page) made no nonce.
    assert_eq!(nonce.made(), None);
    let made = handed_on.get().map(str::to_owned);
    assert!(made.as_ref().is_some_and(|n| n.len() == 32));
    assert_eq!(nonce.made(), made.as_deref());
    assert_eq!(nonce.get(), made.as_deref());
    assert_ne!(PageNonce::default().get(), made.as_deref());
}

/// The `Content-Security-Policy` that [`policy`] puts on the answer to `GET path` of `router`,
/// over a loopback connection.
async fn policy_of(router: axum::Router, path: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port");
    let addr = listener.local_addr().expect("bound address");
    let app = router.layer(axum::middleware::from_fn(policy));
    tokio::spawn(async move { axum::serve(listener, app).await });
    let mut stream = tokio::net::TcpStream::connect(addr)
        .await
        .expect("connects");
    let request = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    stream
        .write_all(request.as_bytes())
        .await
        .expect("request sent");
    let mut answer = String::new();
    stream
        .read_to_string(&mut answer)
        .await
        .expect("answer read");
    answer
        .lines()
        .find_map(|line| line.strip_prefix("content-security-policy: "))
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn a_page_gets_the_nonce_it_was_made_with_and_without_one_no_inline_script() {
    use axum::extract::Request;
    use axum::response::Html;
    use axum::routing::get;
    let router = axum::Router::new()
        .route(
            "/made-with-nonce",
            get(|request: Request| async move {
                let nonce = request_nonce(&request).unwrap_or_default().to_owned();
                Html(format!(
                    "<script nonce=\"{nonce}\">run()</script><!--{nonce}-->"
                ))
            }),
        )
        .route("/made-without", get(|| async { Html("<p>Text</p>") }));

    let with = policy_of(router.clone(), "/made-with-nonce").await;
    let nonce = with
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .unwrap_or_default();
    assert_eq!(nonce.len(), 32, "{with}");

    let without = policy_of(router, "/made-without").await;
    let scripts = without
        .split(';')
        .find(|d| d.trim_start().starts_with("script-src"))
        .unwrap_or_default();
    assert!(scripts.contains("'self'"), "{without}");
    assert!(
        !scripts.contains("nonce")
            && !scripts.contains("sha256")
            && !scripts.contains("unsafe-inline"),
        "{without}"
    );
    // Still a page's policy (its style sheet and bundle load), not the one for data.
    assert!(without.contains("default-src 'self'"), "{without}");
    assert!(without.contains("frame-ancestors 'none'"), "{without}");
}
