//! The server binary started as an operator starts it, on a surrealkv file store, with its log
//! in a file (a pipe nobody reads would fill up and stall the server).

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// Starts `kvinnofridskartan serve` on `port` and waits until it accepts connections.
pub fn serve(db: &Path, port: u16, log: &Path) -> Child {
    let file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)
        .expect("a log file");
    let mut server = Command::new(env!("CARGO_BIN_EXE_kvinnofridskartan"))
        .arg("serve")
        .env("DATABASE_URL", format!("surrealkv://{}", db.display()))
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "info")
        .stdout(file.try_clone().expect("log file"))
        .stderr(file)
        .stdin(Stdio::null())
        .spawn()
        .expect("the server starts");
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = server.try_wait() {
            panic!("the server exited ({status}): {}", log_text(log));
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the server did not listen: {}",
            log_text(log)
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    server
}

pub fn log_text(log: &Path) -> String {
    std::fs::read_to_string(log).unwrap_or_default()
}

/// Runs one command of the server binary (`user add`, `export` …) on the file store at `db`.
pub fn cli(db: &Path, args: &[&str], stdin: &str) -> std::process::Output {
    use std::io::Write;
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

/// Standard output and error of a command, for messages.
pub fn text(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}
