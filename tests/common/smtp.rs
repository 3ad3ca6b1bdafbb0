//! A real SMTP server for the tests: `tests/support/smtp_sink.py` (aiosmtpd over TCP),
//! which parses every message it accepts (MIME, and the calendar with icalendar) and
//! writes what it found as JSON.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::{free_port, python};

/// How the server behaves.
#[derive(Debug, Clone, Copy, Default)]
pub struct Behaviour {
    /// Seconds before accepting each message.
    pub delay: f64,
    /// Messages answered 451 first.
    pub busy: u32,
}

/// A running SMTP server; stopped when dropped.
pub struct SmtpSink {
    pub port: u16,
    pub dir: PathBuf,
    child: Child,
    _dir: tempfile::TempDir,
}

impl SmtpSink {
    /// Starts a server on a free port.
    pub fn start(behaviour: Behaviour) -> SmtpSink {
        SmtpSink::start_on(free_port(), behaviour)
    }

    /// Starts a server on `port` and waits until it accepts connections.
    pub fn start_on(port: u16, behaviour: Behaviour) -> SmtpSink {
        let holder = tempfile::tempdir().unwrap();
        let dir = holder.path().join("received");
        let script = super::root().join("tests/support/smtp_sink.py");
        let child = Command::new(python())
            .arg(&script)
            .args(["--port", &port.to_string()])
            .arg("--out")
            .arg(&dir)
            .args(["--delay", &behaviour.delay.to_string()])
            .args(["--busy", &behaviour.busy.to_string()])
            .stdout(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "{}: {e}; run `make test-deps` to install aiosmtpd",
                    python()
                )
            });
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "the SMTP server did not start on port {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        SmtpSink {
            port,
            dir,
            child,
            _dir: holder,
        }
    }

    /// Every message received so far, in order of arrival.
    pub fn messages(&self) -> Vec<Value> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|f| serde_json::from_slice(&std::fs::read(f).unwrap()).unwrap())
            .collect()
    }

    /// Waits until at least `n` messages arrived; returns them.
    pub async fn wait_for(&self, n: usize, within: Duration) -> Vec<Value> {
        let started = Instant::now();
        loop {
            let got = self.messages();
            if got.len() >= n {
                return got;
            }
            assert!(
                started.elapsed() < within,
                "{} of {n} messages arrived within {within:?}",
                got.len()
            );
            actix_web::rt::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .arg(self.child.id().to_string())
            .status();
        let _ = self.child.wait();
    }
}

/// The settings that send through the server on `port` (plain SMTP on loopback), with
/// retries a test can wait for.
pub fn smtp_settings(settings: &mut twinning::config::Settings, port: u16) {
    use twinning::config::{MailTransport, SmtpSecurity};
    settings.mail.transport = MailTransport::Smtp;
    settings.mail.smtp.host = "127.0.0.1".to_owned();
    settings.mail.smtp.port = port;
    settings.mail.smtp.security = SmtpSecurity::Plain;
    settings.mail.smtp.timeout_seconds = 5;
    settings.mail.poll_seconds = 0.1;
    settings.mail.retry_seconds = 0.3;
    settings.mail.retry_max_seconds = 1.0;
}
