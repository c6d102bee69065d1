//! The `user` commands of the server binary, run as an operator would, on a file store.

mod common;

use common::process::{cli as run, free_port, log_text, serve, text};

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

#[test]
fn an_export_restores_into_an_empty_database_byte_for_byte() {
    let dir = std::env::temp_dir().join(format!("kvf-backup-{}", std::process::id()));
    let (a, b) = (dir.join("a"), dir.join("b"));
    let (first, second) = (dir.join("first.json"), dir.join("second.json"));
    let path = |p: &std::path::Path| p.display().to_string();

    let out = run(&a, &["seed"], "");
    assert!(out.status.success(), "{}", text(&out));
    let out = run(
        &a,
        &[
            "user",
            "add",
            "--email",
            "anna@falun.se",
            "--role",
            "coordinator",
            "--org",
            "2080",
        ],
        "ett långt lösenord\n",
    );
    assert!(out.status.success(), "{}", text(&out));
    let out = run(&a, &["export", &path(&first), "--with-secrets"], "");
    assert!(out.status.success(), "{}", text(&out));

    let out = run(&b, &["import", &path(&first)], "");
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("17 organisationer"), "{}", text(&out));
    let out = run(&b, &["export", &path(&second), "--with-secrets"], "");
    assert!(out.status.success(), "{}", text(&out));
    let read = |p: &std::path::Path| std::fs::read(p).expect("export file");
    assert_eq!(read(&first), read(&second));
    assert!(
        String::from_utf8_lossy(&read(&first)).contains("$argon2id$"),
        "with secrets: the hash is kept"
    );

    // A second import into the now filled database is refused and changes nothing.
    let out = run(&b, &["import", &path(&first)], "");
    assert!(!out.status.success());
    assert!(text(&out).contains("inte tom"), "{}", text(&out));
    let out = run(&b, &["export"], "");
    assert!(out.status.success(), "{}", text(&out));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("$argon2id$"));
    let out = run(&b, &["import", &path(&first), "--replace"], "");
    assert!(out.status.success(), "{}", text(&out));

    // Not an export at all: a clear message, nothing written.
    std::fs::write(dir.join("trasig.json"), "{\"format\": 1").expect("write");
    let out = run(
        &dir.join("c"),
        &["import", &path(&dir.join("trasig.json"))],
        "",
    );
    assert!(!out.status.success());
    assert!(text(&out).contains("ingen läsbar export"), "{}", text(&out));
    let _ = std::fs::remove_dir_all(&dir);
}

#[cfg(unix)]
#[test]
fn sigterm_stops_the_server_cleanly() {
    let dir = std::env::temp_dir().join(format!("kvf-term-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a test folder");
    let log = dir.join("server.log");
    let server = serve(&dir.join("db"), free_port(), &log);
    // The shell's own `kill`: no dependence on a procps binary being installed.
    let kill = std::process::Command::new("sh")
        .args(["-c", &format!("kill -TERM {}", server.id())])
        .status()
        .expect("sh runs");
    assert!(kill.success());
    let stopping = std::time::Instant::now();
    let mut server = server;
    while server.try_wait().expect("status").is_none() {
        if stopping.elapsed() > std::time::Duration::from_secs(20) {
            let _ = server.kill();
            panic!("the server ignored SIGTERM for 20 s");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let status = server.wait().expect("the server exits");
    // Killed by the signal, the status would carry no exit code.
    assert_eq!(status.code(), Some(0), "{}", log_text(&log));
    assert!(
        log_text(&log).contains("shutting down"),
        "{}",
        log_text(&log)
    );
    // Without an SMTP server, the log says so once, at start.
    assert_eq!(
        log_text(&log).matches("SMTP_URL is not set").count(),
        1,
        "{}",
        log_text(&log)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_mail_configuration_that_cannot_work_stops_the_start_with_its_reason() {
    let dir = std::env::temp_dir().join(format!("kvf-smtp-config-{}", std::process::id()));
    for (env, reason) in [
        (
            vec![("SMTP_URL", "smtp://127.0.0.1:2525")],
            "SMTP_URL kräver också SMTP_FROM och PUBLIC_URL",
        ),
        (
            vec![
                ("SMTP_URL", "smtp://127.0.0.1:2525"),
                ("SMTP_FROM", "inte en adress"),
                ("PUBLIC_URL", "https://karta.example.se"),
            ],
            "SMTP_FROM: \"inte en adress\" är ingen e-postadress",
        ),
        (
            vec![
                ("SMTP_URL", "ftp://127.0.0.1"),
                ("SMTP_FROM", "uppfoljning@region.example.se"),
                ("PUBLIC_URL", "https://karta.example.se"),
            ],
            "e-postinställningen: SMTP_URL går inte att läsa",
        ),
        (
            vec![("REMINDER_DAYS", "14;3")],
            "REMINDER_DAYS: \"14;3\" är ingen kommaseparerad lista",
        ),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_kvinnofridskartan"))
            .arg("serve")
            .env(
                "DATABASE_URL",
                format!("surrealkv://{}", dir.join("db").display()),
            )
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{}", free_port()))
            .envs(env.iter().copied())
            .stdin(std::process::Stdio::null())
            .output()
            .expect("the server binary runs");
        assert!(!out.status.success(), "{env:?}");
        assert!(text(&out).contains(reason), "{env:?}: {}", text(&out));
    }
    let _ = std::fs::remove_dir_all(&dir);
}
