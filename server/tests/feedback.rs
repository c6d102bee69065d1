//! Reporting an accessibility problem over HTTP, as a browser sends it with and without
//! JavaScript, and reading the reports as an administrator. The mail itself is tested against
//! a real SMTP server in `service::feedback::tests`.

mod common;

use common::{form, get, get_as, header, login, post_form, request, start_at};
use service::clock::Clock;

const SEND: &str = "/api/rapportera-brist";

/// The form as a browser without JavaScript sends it.
async fn plain_form(addr: std::net::SocketAddr, body: &str) -> common::Response {
    let headers = "Content-Type: application/x-www-form-urlencoded\r\nAccept: text/html,application/xhtml+xml\r\nReferer: http://127.0.0.1/tillganglighet\r\n";
    request(addr, "POST", SEND, headers, body.as_bytes()).await
}

fn report(message: &str) -> String {
    form(&[
        ("message", message),
        ("page", "Översikt"),
        ("contact", "anna@example.se"),
    ])
}

#[tokio::test]
async fn without_javascript_a_report_is_kept_and_the_statement_says_so() {
    let addr = start_at(Clock::system()).await;
    let res = plain_form(addr, &report("Kartan går inte att nå med tangentbordet.")).await;
    assert_eq!(res.status, 302, "{}", res.body);
    assert_eq!(
        header(&res.headers, "location"),
        Some("/tillganglighet?rapport=skickad#rapportera")
    );
    let page = get(addr, "/tillganglighet?rapport=skickad").await;
    assert!(
        page.body.contains("Tack! Din rapport har skickats"),
        "{}",
        page.body
    );

    let admin = login(addr, "admin@region.se").await;
    let kept = get_as(addr, "/api/rapporter", Some(&admin)).await;
    assert_eq!(kept.status, 200, "{}", kept.body);
    let kept: serde_json::Value = serde_json::from_str(&kept.body).expect("JSON");
    assert_eq!(
        kept[0]["message"],
        "Kartan går inte att nå med tangentbordet."
    );
    assert_eq!(kept[0]["page"], "Översikt");
    assert_eq!(kept[0]["contact"], "anna@example.se");
    let listed = get_as(addr, "/admin/rapporter", Some(&admin)).await;
    assert!(
        listed
            .body
            .contains("Kartan går inte att nå med tangentbordet.")
    );
    assert!(
        listed
            .body
            .contains("Inte skickad: ingen e-postserver är inställd")
    );
}

#[tokio::test]
async fn a_report_without_text_is_refused_in_swedish_and_nothing_is_kept() {
    let addr = start_at(Clock::system()).await;
    let res = plain_form(addr, &report("   ")).await;
    assert_eq!(res.status, 302, "{}", res.body);
    assert_eq!(
        header(&res.headers, "location"),
        Some("/tillganglighet?rapport=fel#rapportera")
    );
    let page = get(addr, "/tillganglighet?rapport=fel").await;
    assert!(
        page.body.contains("Rapporten skickades inte."),
        "{}",
        page.body
    );

    // The page's code gets the error at its field.
    let res = request(
        addr,
        "POST",
        SEND,
        "Content-Type: application/x-www-form-urlencoded\r\nAccept: application/json\r\n",
        report("").as_bytes(),
    )
    .await;
    assert_eq!(res.status, 422, "{}", res.body);
    assert!(
        res.body.contains("Skriv vad som inte fungerar."),
        "{}",
        res.body
    );

    let admin = login(addr, "admin@region.se").await;
    let kept = get_as(addr, "/api/rapporter", Some(&admin)).await;
    assert_eq!(kept.body, "[]");
}

#[tokio::test]
async fn only_administrators_read_the_reports() {
    let addr = start_at(Clock::system()).await;
    assert_eq!(get(addr, "/api/rapporter").await.status, 401);
    let coordinator = login(addr, "b@mora.se").await;
    assert_eq!(
        get_as(addr, "/api/rapporter", Some(&coordinator))
            .await
            .status,
        403
    );
    let page = get(addr, "/admin/rapporter").await;
    assert!(
        page.body
            .contains("Logga in som administratör för att läsa rapporterna.")
    );
}

#[tokio::test]
async fn a_signed_in_reader_sends_with_the_pages_token_and_one_address_only_a_few() {
    let addr = start_at(Clock::system()).await;
    let coordinator = login(addr, "b@mora.se").await;
    let body = report("Kontrasten är för låg.");
    for _ in 0..domain::model::feedback::PER_ADDRESS {
        let res = post_form(addr, SEND, Some(&coordinator), &body).await;
        assert_eq!(res.status, 200, "{}", res.body);
    }
    let res = post_form(addr, SEND, Some(&coordinator), &body).await;
    assert_eq!(res.status, 429, "{}", res.body);
    assert!(res.body.contains("TooManyReports"), "{}", res.body);
    let res = plain_form(addr, &report("En till")).await;
    assert_eq!(
        header(&res.headers, "location"),
        Some("/tillganglighet?rapport=for-manga#rapportera")
    );
    let page = get(addr, "/tillganglighet?rapport=for-manga").await;
    assert!(
        page.body.contains("Du har skickat många rapporter"),
        "{}",
        page.body
    );
}
