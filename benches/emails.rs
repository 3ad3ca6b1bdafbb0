//! Itinerary emails at scale: the visits of 1000 published pairs (3000 visits, two
//! contacts on each side) are published, which composes and queues one email per
//! participant and visit in the publish's transaction, then the delivery worker sends them
//! all to a local SMTP server (aiosmtpd, `tests/support/smtp_sink.py --count-only`) over
//! TCP. Target: 10,000 emails delivered in under 60 s. Run with `cargo bench --bench
//! emails` (needs the Python of `make test-deps`); it prints a table for the README.

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::load;
use diesel::ExpressionMethods;
use twinning::config::{MailTransport, Settings, SmtpSecurity};
use twinning::db;
use twinning::mail::worker::Outbox;
use twinning::ops::rounds::{self, RoundSettings};
use twinning::ops::{proposals, visits};

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut settings: Settings = Settings::figment(&root.join("config"), "test")
        .extract()
        .expect("test settings");
    settings.database.url = dir.path().join("bench.db").display().to_string();
    settings.database.max_connections = 8;
    let pool = db::connect(&settings.database).unwrap();
    let mut conn = pool.get().unwrap();
    db::migrate(&mut conn).unwrap();
    let head = common::letterhead();

    let started = Instant::now();
    let cohort = load(&mut conn, 1000, 400, 2);
    let solved =
        rounds::solve(rounds::prepare(&mut conn, &cohort, RoundSettings::default()).unwrap())
            .unwrap();
    let round = db::write_transaction(&mut conn, |c| rounds::store(c, &solved, "bench")).unwrap();
    db::write_transaction(&mut conn, |c| {
        proposals::publish(c, &round.id, &head, "bench", false, None)
    })
    .unwrap();
    let planned = visits::solve(visits::prepare(&mut conn, &cohort).unwrap()).unwrap();
    db::write_transaction(&mut conn, |c| visits::store(c, planned, "bench")).unwrap();
    // The proposals' emails are not what is measured.
    diesel::RunQueryDsl::execute(
        diesel::delete(twinning::db::schema::outbox::table),
        &mut conn,
    )
    .unwrap();
    eprintln!(
        "loaded 1000 Twins and 400 hosts, matched, proposed and planned in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let started = Instant::now();
    let published =
        db::write_transaction(&mut conn, |c| visits::publish(c, &cohort, &head, "bench")).unwrap();
    let publish_s = started.elapsed().as_secs_f64();
    let emails = published.emails;
    drop(conn);

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let received = dir.path().join("received");
    let python = std::env::var("TWINNING_TEST_PYTHON").unwrap_or_else(|_| {
        format!(
            "{}/python/bin/python",
            std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into())
        )
    });
    let mut sink = Command::new(&python)
        .arg(root.join("tests/support/smtp_sink.py"))
        .args(["--port", &port.to_string(), "--count-only", "--out"])
        .arg(&received)
        .stdout(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{python}: {e}; run `make test-deps` first"));
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        std::thread::sleep(Duration::from_millis(50));
    }
    settings.mail.transport = MailTransport::Smtp;
    settings.mail.smtp.host = "127.0.0.1".into();
    settings.mail.smtp.port = port;
    settings.mail.smtp.security = SmtpSecurity::Plain;
    // `BENCH_LANES=8,16,32`: one run per number of lanes (the shipped setting by default).
    let lanes: Vec<u32> = std::env::var("BENCH_LANES")
        .ok()
        .map(|l| l.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![settings.mail.lanes]);

    println!("| emails | lanes | compose and queue s | deliver s | emails/s | received |");
    println!("|---:|---:|---:|---:|---:|---:|");
    let count = || -> usize {
        std::fs::read_to_string(received.join("count"))
            .ok()
            .and_then(|c| c.trim().parse().ok())
            .unwrap_or(0)
    };
    for (run, n) in lanes.into_iter().enumerate() {
        if run > 0 {
            // The same emails again: back in the queue.
            let mut conn = pool.get().unwrap();
            diesel::RunQueryDsl::execute(
                diesel::update(twinning::db::schema::outbox::table)
                    .set(twinning::db::schema::outbox::status.eq("queued")),
                &mut conn,
            )
            .unwrap();
        }
        let before = count();
        settings.mail.lanes = n;
        settings.mail.smtp.pool_size = n;
        let outbox = Outbox::new(pool.clone(), &settings.mail, head.clone()).unwrap();
        let started = Instant::now();
        let pass = outbox.drain().unwrap();
        let deliver_s = started.elapsed().as_secs_f64();
        let got = count() - before;
        println!(
            "| {emails} | {n} | {publish_s:.2} | {deliver_s:.2} | {:.0} | {got} |",
            pass.sent as f64 / deliver_s
        );
        assert_eq!(pass.sent, emails, "{pass:?}");
        assert_eq!(got, emails, "the server received every email");
    }
    let _ = Command::new("kill").arg(sink.id().to_string()).status();
    let _ = sink.wait();
}
