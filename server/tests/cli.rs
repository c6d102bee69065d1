//! The `user` commands of the server binary, run as an operator would, on a file store.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(db: &std::path::Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kvinnofridskartan"))
        .args(args)
        .env("DATABASE_URL", format!("surrealkv://{}", db.display()))
        .env("RUST_LOG", "error")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the server binary runs");
    if let Some(mut input) = child.stdin.take() {
        input.write_all(stdin.as_bytes()).expect("stdin");
    }
    child.wait_with_output().expect("finishes")
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn operators_add_list_and_disable_accounts() {
    let dir = std::env::temp_dir().join(format!("kvf-cli-{}", std::process::id()));
    let db = dir.join("db");
    let add = |email: &str, role: &str, org: &str, password: &str| {
        let mut args = vec!["user", "add", "--email", email, "--role", role];
        if !org.is_empty() {
            args.extend(["--org", org]);
        }
        run(&db, &args, &format!("{password}\n"))
    };

    let out = add("Anna@Falun.se", "coordinator", "2080", "ett långt lösenord");
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("anna@falun.se"));

    let again = add("anna@falun.se", "coordinator", "2080", "ett långt lösenord");
    assert!(!again.status.success());
    assert!(
        text(&again).contains("Det finns redan ett konto"),
        "{}",
        text(&again)
    );

    for (email, role, org, password, message) in [
        (
            "b@falun.se",
            "coordinator",
            "2080",
            "kort",
            "minst 12 tecken",
        ),
        (
            "b@falun.se",
            "coordinator",
            "",
            "ett långt lösenord",
            "måste höra till en organisation",
        ),
        (
            "b@falun.se",
            "coordinator",
            "9999",
            "ett långt lösenord",
            "Välj en organisation",
        ),
        (
            "b@falun.se",
            "root",
            "",
            "ett långt lösenord",
            "Välj en roll",
        ),
        (
            "inte-en-adress",
            "admin",
            "",
            "ett långt lösenord",
            "giltig e-postadress",
        ),
    ] {
        let out = add(email, role, org, password);
        assert!(!out.status.success(), "{email} {role} {org}");
        assert!(text(&out).contains(message), "{}", text(&out));
    }

    let out = add(
        "lead@regiondalarna.se",
        "admin",
        "",
        "ett annat långt lösenord",
    );
    assert!(out.status.success(), "{}", text(&out));

    let list = String::from_utf8_lossy(&run(&db, &["user", "list"], "").stdout).into_owned();
    assert!(
        list.contains("anna@falun.se\tcoordinator\t2080\taktivt"),
        "{list}"
    );
    assert!(
        list.contains("lead@regiondalarna.se\tadmin\t-\taktivt"),
        "{list}"
    );
    assert_eq!(list.lines().count(), 2, "{list}");

    let out = run(&db, &["user", "disable", "--email", "anna@falun.se"], "");
    assert!(out.status.success(), "{}", text(&out));
    let list = String::from_utf8_lossy(&run(&db, &["user", "list"], "").stdout).into_owned();
    assert!(
        list.contains("anna@falun.se\tcoordinator\t2080\tavstängt"),
        "{list}"
    );

    let out = run(&db, &["user", "disable", "--email", "ingen@falun.se"], "");
    assert!(!out.status.success());
    assert!(text(&out).contains("Det finns inget konto"));
    let _ = std::fs::remove_dir_all(&dir);
}
