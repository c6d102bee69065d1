//! A real SMTP server on loopback for the tests of reminders: `scripts/smtp-sink.py`, on
//! Debian's python3-aiosmtpd (`scripts/setup.sh` installs it). Tests only.

use crate::reminders::Mailer;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

/// The SMTP server: started on a free port, ended when dropped.
pub struct Sink {
    child: Child,
    dir: PathBuf,
    pub port: u16,
}

impl Sink {
    /// Starts the server; it refuses (451) the first `refuse` mails.
    pub fn start(refuse: u32) -> Self {
        static COUNT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!("kvf-smtp-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a folder for the mails");
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../scripts/smtp-sink.py");
        let mut child = Command::new("/usr/bin/python3")
            .arg(script)
            .arg(&dir)
            .arg("--refuse")
            .arg(refuse.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("the SMTP sink starts (scripts/setup.sh installs python3-aiosmtpd)");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("the sink's port");
        let port = line.trim().parse().expect("a port");
        Self { child, dir, port }
    }

    /// A mailer that sends to it.
    pub fn mailer(&self) -> Mailer {
        Mailer::new(
            &format!("smtp://127.0.0.1:{}", self.port),
            "Kvinnofridskartan <uppfoljning@region.example.se>",
        )
        .expect("a mailer")
    }

    /// Every mail received, as the sink's own e-mail parser read it, in the order received.
    pub fn mails(&self) -> Vec<serde_json::Value> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(&self.dir)
            .expect("the folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        names.sort();
        names
            .iter()
            .map(|p| serde_json::from_slice(&std::fs::read(p).expect("a mail")).expect("JSON"))
            .collect()
    }

    /// The addresses mailed, one per mail, in order.
    pub fn recipients(&self) -> Vec<String> {
        let mut to: Vec<String> = self
            .mails()
            .iter()
            .map(|m| m["to"].as_str().unwrap_or_default().to_owned())
            .collect();
        to.sort();
        to
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
