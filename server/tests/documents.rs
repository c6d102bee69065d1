//! Evidence documents over HTTP: upload, serving, withdrawal and citation, the hostile files
//! the upload refuses (nothing stored, nothing half written), and who may do what.

mod common;

use common::{
    get_as, header, login, post_form, post_json, request, save_profile, upload, upload_form,
};
use domain::model::document::MAX_BYTES;
use service::documents::sample;
use std::net::SocketAddr;

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

/// The digests of `org`'s documents, as its documents page lists them to `token`.
async fn listed(addr: SocketAddr, token: &str, org: &str) -> Vec<String> {
    let res = get_as(addr, &format!("/api/dokument?id={org}"), Some(token)).await;
    assert_eq!(res.status, 200, "{}", res.body);
    json(&res.body)["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| d["digest"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
async fn a_pdf_is_kept_once_and_served_so_that_nothing_in_it_runs() {
    let addr = common::start_at(service::clock::Clock::system()).await;
    let falun = login(addr, "a@falun.se").await;
    let admin = login(addr, "admin@region.se").await;
    let file = sample::pdf_of_size(40_000, 7);
    let res = upload(addr, Some(&falun), "2080", "Protokoll KF § 12.pdf", &file).await;
    assert_eq!(res.status, 201, "{}", res.body);
    let entry = json(&res.body);
    let digest = entry["digest"].as_str().expect("digest").to_owned();
    assert_eq!(entry["name"], "Protokoll KF § 12.pdf");
    assert_eq!(entry["by"], "Falun");

    // The same file again, by an administrator for the same organisation: the entry stays.
    let again = upload(addr, Some(&admin), "2080", "annat namn.pdf", &file).await;
    assert_eq!(again.status, 201, "{}", again.body);
    assert_eq!(json(&again.body)["name"], "Protokoll KF § 12.pdf");
    assert_eq!(listed(addr, &falun, "2080").await, vec![digest.clone()]);

    let path = format!("/dokument/2080/{digest}.pdf");
    let res = get_as(addr, &path, None).await;
    assert_eq!(res.status, 200, "{}", res.body);
    assert_eq!(res.bytes, file, "the bytes as uploaded");
    assert_eq!(
        header(&res.headers, "content-type"),
        Some("application/pdf")
    );
    assert_eq!(
        header(&res.headers, "x-content-type-options"),
        Some("nosniff")
    );
    let disposition = header(&res.headers, "content-disposition").expect("disposition");
    assert!(
        disposition.starts_with("attachment; filename=\"Protokoll KF _ 12.pdf\""),
        "{disposition}"
    );
    assert!(
        disposition.contains("filename*=UTF-8''Protokoll%20KF%20%C2%A7%2012.pdf"),
        "{disposition}"
    );
    let policy = header(&res.headers, "content-security-policy").expect("a policy");
    assert!(
        policy.contains("sandbox") && policy.contains("default-src 'none'"),
        "{policy}"
    );
    assert!(!policy.contains("script-src"), "{policy}");

    // A digest that is not there, one that is not a digest, another organisation's.
    for missing in [
        format!("/dokument/2080/{}.pdf", "0".repeat(64)),
        "/dokument/2080/..%2F..%2Fetc%2Fpasswd".to_owned(),
        format!("/dokument/2062/{digest}.pdf"),
    ] {
        assert_eq!(get_as(addr, &missing, None).await.status, 404, "{missing}");
    }
}

/// The largest document taken goes in and comes out whole, on whichever database the tests
/// run on (a remote server's messages carry it too).
#[tokio::test]
async fn the_largest_document_is_kept_and_served_whole() {
    let addr = common::start_at(service::clock::Clock::system()).await;
    let falun = login(addr, "a@falun.se").await;
    let file = sample::pdf_of_size(MAX_BYTES, 9);
    let res = upload(addr, Some(&falun), "2080", "stor.pdf", &file).await;
    assert_eq!(res.status, 201, "{}", res.body);
    let digest = json(&res.body)["digest"]
        .as_str()
        .expect("digest")
        .to_owned();
    let res = get_as(addr, &format!("/dokument/2080/{digest}.pdf"), None).await;
    assert_eq!(res.status, 200);
    assert!(res.bytes == file, "the bytes as uploaded");
}

#[tokio::test]
async fn hostile_files_are_refused_with_a_swedish_reason_and_nothing_is_kept() {
    let addr = common::start_at(service::clock::Clock::system()).await;
    let falun = login(addr, "a@falun.se").await;
    let html = b"<!doctype html><title>x</title><script>alert(document.cookie)</script>".to_vec();
    let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>".to_vec();
    let cases: [(&str, Vec<u8>, &str); 7] = [
        ("beslut.pdf", html, "ingen PDF"),
        ("karta.pdf", svg, "ingen PDF"),
        ("beslut.pdf", sample::pdf_with_script("/JS"), "JavaScript"),
        ("beslut.pdf", sample::pdf_with_hidden_script(), "JavaScript"),
        (
            "stor.pdf",
            sample::pdf_of_size(MAX_BYTES + 1, 3),
            "större än 10 MB",
        ),
        ("../../etc/beslut.pdf", sample::pdf(), "sökväg"),
        ("C:\\Users\\kf\\beslut.pdf", sample::pdf(), "sökväg"),
    ];
    for (name, content, reason) in cases {
        let res = upload(addr, Some(&falun), "2080", name, &content).await;
        assert_eq!(res.status, 422, "{name}: {}", res.body);
        assert!(res.body.contains(reason), "{name}: {}", res.body);
    }
    let half = sample::pdf_of_size(200_000, 4);
    let res = upload(addr, Some(&falun), "2080", "halv.pdf", &half[..100_000]).await;
    assert_eq!(res.status, 422, "{}", res.body);
    assert!(res.body.contains("ofullständig"), "{}", res.body);
    assert!(
        listed(addr, &falun, "2080").await.is_empty(),
        "nothing kept"
    );

    // A form without JavaScript is sent back to its page, told why.
    let (headers, body) = upload_form(Some(&falun), "beslut.pdf", b"<html></html>");
    let res = request(
        addr,
        "POST",
        "/dokument/2080",
        &format!("{headers}Accept: text/html\r\n"),
        &body,
    )
    .await;
    assert_eq!(res.status, 303);
    let location = header(&res.headers, "location").expect("location");
    assert_eq!(location, "/profil/2080/dokument?fel=document.error.not_pdf");
    let page = get_as(addr, location, Some(&falun)).await;
    assert!(
        page.body.contains("Filen är ingen PDF."),
        "the reason on the page"
    );
    assert!(page.body.contains("aria-invalid=\"true\""));
}

/// An upload that breaks off: the request says how long its body is, sends half and closes.
#[tokio::test]
async fn an_upload_cut_short_keeps_nothing() {
    use tokio::io::AsyncWriteExt as _;
    let addr = common::start_at(service::clock::Clock::system()).await;
    let falun = login(addr, "a@falun.se").await;
    let (headers, body) = upload_form(
        Some(&falun),
        "beslut.pdf",
        &sample::pdf_of_size(1_000_000, 5),
    );
    let mut stream = tokio::net::TcpStream::connect(addr)
        .await
        .expect("connects");
    let head = format!(
        "POST /dokument/2080 HTTP/1.1\r\nHost: {addr}\r\n{headers}Content-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.expect("head");
    stream
        .write_all(&body[..body.len() / 2])
        .await
        .expect("half");
    stream.shutdown().await.expect("closed");
    drop(stream);
    // The server has read what came and given up on the rest by the time it answers this.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(
        listed(addr, &falun, "2080").await.is_empty(),
        "nothing kept"
    );
    let admin = login(addr, "admin@region.se").await;
    let entries = entries_everywhere(addr, &admin).await;
    assert_eq!(entries, 0, "no organisation has an entry either");
}

/// The documents' entries of every organisation, as the administrator's lists show them.
async fn entries_everywhere(addr: SocketAddr, admin: &str) -> usize {
    let mut n = 0;
    for org in domain::model::OrgId::all() {
        n += listed(addr, admin, org.as_str()).await.len();
    }
    n
}

#[tokio::test]
async fn who_may_upload_read_and_withdraw() {
    let addr = common::start_at(service::clock::Clock::system()).await;
    let falun = login(addr, "a@falun.se").await;
    let mora = login(addr, "b@mora.se").await;
    let admin = login(addr, "admin@region.se").await;
    let file = sample::pdf();
    let disabled = common::DISABLED_SESSION.get().cloned();

    // Upload: only who may edit the profile, with the session's anti-forgery field.
    let refused: [(Option<&str>, u16); 2] = [(None, 401), (Some(&mora), 403)];
    for (token, status) in refused {
        assert_eq!(
            upload(addr, token, "2080", "b.pdf", &file).await.status,
            status
        );
    }
    let disabled = disabled.expect("the setup's disabled session");
    let res = upload(addr, Some(&disabled), "2080", "b.pdf", &file).await;
    assert!([401, 403].contains(&res.status), "{}", res.status);
    let (headers, mut body) = upload_form(Some(&falun), "b.pdf", &file);
    let forged = service::security::forgery_token(&falun);
    let at = body
        .windows(forged.len())
        .position(|w| w == forged.as_bytes())
        .expect("the token in the form");
    body[at] = if body[at] == b'a' { b'b' } else { b'a' };
    let res = request(addr, "POST", "/dokument/2080", &headers, &body).await;
    assert_eq!(res.status, 403, "a forged form: {}", res.body);
    let cross = format!("{headers}Origin: https://angripare.example\r\n");
    let (_, body) = upload_form(Some(&falun), "b.pdf", &file);
    assert_eq!(
        request(addr, "POST", "/dokument/2080", &cross, &body)
            .await
            .status,
        403
    );
    assert!(listed(addr, &falun, "2080").await.is_empty());

    let res = upload(addr, Some(&falun), "2080", "beslut.pdf", &file).await;
    assert_eq!(res.status, 201, "{}", res.body);
    let digest = json(&res.body)["digest"]
        .as_str()
        .expect("digest")
        .to_owned();
    assert_eq!(
        upload(addr, Some(&admin), "2062", "beslut.pdf", &file)
            .await
            .status,
        201
    );

    // The list: the organisation's coordinators and the administrators.
    assert_eq!(
        get_as(addr, "/api/dokument?id=2080", None).await.status,
        401
    );
    assert_eq!(
        get_as(addr, "/api/dokument?id=2080", Some(&mora))
            .await
            .status,
        403
    );

    // Withdrawal: the same rule.
    let withdraw = |token: String, org: &'static str| {
        let digest = digest.clone();
        async move {
            let body = common::form(&[("id", org), ("digest", &digest)]);
            post_form(addr, "/api/dra-tillbaka-dokument", Some(&token), &body).await
        }
    };
    assert_eq!(withdraw(mora.clone(), "2080").await.status, 403);
    let res = post_form(
        addr,
        "/api/dra-tillbaka-dokument",
        None,
        &common::form(&[("id", "2080"), ("digest", &digest)]),
    )
    .await;
    assert_eq!(res.status, 401);
    let path = format!("/dokument/2080/{digest}.pdf");
    assert_eq!(get_as(addr, &path, None).await.status, 200, "still public");
    assert_eq!(withdraw(falun.clone(), "2080").await.status, 200);

    // Withdrawn: gone from the public, kept for administrators; Mora's entry is its own.
    assert_eq!(get_as(addr, &path, None).await.status, 404);
    assert_eq!(get_as(addr, &path, Some(&falun)).await.status, 404);
    let kept = get_as(addr, &path, Some(&admin)).await;
    assert_eq!(kept.status, 200);
    assert_eq!(kept.bytes, file);
    let mora_path = format!("/dokument/2062/{digest}.pdf");
    assert_eq!(get_as(addr, &mora_path, None).await.status, 200);
}

#[tokio::test]
async fn a_decision_cites_a_document_and_the_profile_stops_linking_it_once_withdrawn() {
    let addr = common::start_at(service::clock::Clock::system()).await;
    let falun = login(addr, "a@falun.se").await;
    let res = upload(addr, Some(&falun), "2080", "kf-beslut.pdf", &sample::pdf()).await;
    let digest = json(&res.body)["digest"]
        .as_str()
        .expect("digest")
        .to_owned();
    let path = format!("/dokument/2080/{digest}.pdf");

    // A document that is not there is refused at its field, nothing saved.
    let missing = format!("/dokument/2080/{}.pdf", "1".repeat(64));
    let version = common::version(addr, "2080").await;
    let body = serde_json::json!({
        "id": "2080", "base_version": version,
        "form": { "rok_status": "adopted", "rok_date": "2024-11-14", "rok_evidence": missing }
    });
    let res = post_json(addr, "/api/spara-profil", Some(&falun), &body.to_string()).await;
    assert_eq!(res.status, 422, "{}", res.body);
    assert!(res.body.contains("rok_evidence") && res.body.contains("inget uppladdat dokument"));
    assert_eq!(
        common::version(addr, "2080").await,
        version,
        "nothing saved"
    );

    save_profile(
        addr,
        &falun,
        "2080",
        serde_json::json!({ "rok_status": "adopted", "rok_date": "2024-11-14", "rok_evidence": path }),
    )
    .await;
    let profile = get_as(addr, "/profil/2080", None).await;
    assert!(profile.body.contains(&format!("href=\"{path}\"")), "linked");

    let body = common::form(&[("id", "2080"), ("digest", &digest)]);
    let res = post_form(addr, "/api/dra-tillbaka-dokument", Some(&falun), &body).await;
    assert_eq!(res.status, 200, "{}", res.body);
    let profile = get_as(addr, "/profil/2080", None).await;
    assert!(
        !profile.body.contains(&format!("href=\"{path}\"")),
        "not linked once withdrawn"
    );
    assert!(profile.body.contains("data-bevis=\"tillbakadraget\""));

    // Saving something else keeps the old citation; citing it anew is refused.
    save_profile(addr, &falun, "2080", serde_json::json!({
        "rok_status": "adopted", "rok_date": "2024-11-14", "rok_evidence": path, "placement": "Socialtjänsten"
    }))
    .await;
    let history = get_as(addr, "/profil/2080/historik", None).await;
    assert!(history.body.contains(&digest), "the history still names it");
}
