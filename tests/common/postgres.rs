//! A real PostgreSQL server for the tests, started once per test binary with initdb and
//! pg_ctl in a temporary folder on a free port, and stopped by a watchdog when the test
//! process ends. As root (CI), the server runs as the `postgres` user, since PostgreSQL
//! refuses to run as root.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Server {
    port: u16,
    bin: PathBuf,
    as_postgres_user: bool,
}

static SERVER: OnceLock<Server> = OnceLock::new();
static DATABASES: AtomicUsize = AtomicUsize::new(0);

/// The newest installed PostgreSQL's bin folder (Debian: /usr/lib/postgresql/N/bin).
fn bin_dir() -> PathBuf {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .expect("PostgreSQL is installed (make test installs Debian's postgresql)")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .parse::<u32>()
                .ok()
                .map(|v| (v, e.path().join("bin")))
        })
        .filter(|(_, bin)| bin.join("initdb").exists())
        .collect();
    versions.sort();
    versions
        .pop()
        .expect("a PostgreSQL version with initdb under /usr/lib/postgresql")
        .1
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout.starts_with(b"0\n"))
        .unwrap_or(false)
}

fn run(server_bin: &Path, as_postgres_user: bool, program: &str, args: &[&str]) {
    let exe = server_bin.join(program);
    let mut command = if as_postgres_user {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(&exe);
        c
    } else {
        Command::new(&exe)
    };
    let output = command
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("running {program}: {e}"));
    assert!(
        output.status.success(),
        "{program} failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

fn start() -> Server {
    let bin = bin_dir();
    let as_postgres_user = is_root();
    let dir = tempfile::Builder::new()
        .prefix("twinning-pg-")
        .tempdir()
        .expect("temporary folder")
        .keep();
    let data = dir.join("data");
    if as_postgres_user {
        let status = Command::new("chown")
            .args(["-R", "postgres:postgres"])
            .arg(&dir)
            .status()
            .unwrap();
        assert!(status.success(), "chown of the PostgreSQL folder");
    }
    let data_str = data.to_str().unwrap();
    run(
        &bin,
        as_postgres_user,
        "initdb",
        &[
            "-D",
            data_str,
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync",
        ],
    );
    let port = super::free_port();
    let options = format!(
        "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300",
        dir.display()
    );
    let log = dir.join("server.log");
    run(
        &bin,
        as_postgres_user,
        "pg_ctl",
        &[
            "-D",
            data_str,
            "-o",
            &options,
            "-l",
            log.to_str().unwrap(),
            "-w",
            "start",
        ],
    );
    // The watchdog stops the server and removes its folder once this process is gone.
    let stop = if as_postgres_user {
        format!(
            "runuser -u postgres -- {}/pg_ctl -D {data_str} -m immediate stop",
            bin.display()
        )
    } else {
        format!("{}/pg_ctl -D {data_str} -m immediate stop", bin.display())
    };
    let watchdog = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 1; done; {stop} >/dev/null 2>&1; rm -rf {dir}",
        pid = std::process::id(),
        dir = dir.display()
    );
    #[expect(
        clippy::zombie_processes,
        reason = "the watchdog must outlive this process; init reaps it"
    )]
    Command::new("setsid")
        .args(["sh", "-c", &watchdog])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("starting the PostgreSQL watchdog");
    Server {
        port,
        bin,
        as_postgres_user,
    }
}

/// The URL of a new, empty database on the shared test server.
pub fn fresh_database() -> String {
    let server = SERVER.get_or_init(start);
    let name = format!(
        "t{}_{}",
        std::process::id(),
        DATABASES.fetch_add(1, Ordering::SeqCst)
    );
    let port = server.port.to_string();
    run(
        &server.bin,
        server.as_postgres_user,
        "createdb",
        &["-h", "127.0.0.1", "-p", &port, "-U", "postgres", &name],
    );
    format!("postgres://postgres@127.0.0.1:{}/{name}", server.port)
}
