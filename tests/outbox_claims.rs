//! The email worker's claims across restarts and stops: an instance that starts again
//! takes back what it had claimed at once (not after the claim runs out), and a stopping
//! service finishes the messages it is sending within `mail.drain_seconds` and gives the
//! others back, instead of sending its whole batch first.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common;

use common::smtp::{Behaviour, SmtpSink};
use common::{Backend, TestApp};
use twinning::db::models::outbox::{self, OutboxRow};
use twinning::domain::state::EmailStatus;

fn draft(i: usize) -> twinning::mail::Draft {
    common::fixtures::test_email(
        &format!("participant{i}@example.org"),
        &format!("Participant {i}"),
        &format!("Message {i}"),
    )
}

fn queue(app: &TestApp, n: usize) {
    let mut conn = app.pool.get().unwrap();
    twinning::mail::enqueue(
        &mut conn,
        (0..n).map(draft).collect(),
        &common::letterhead(),
        "test",
    )
    .unwrap();
}

fn rows(app: &TestApp) -> Vec<OutboxRow> {
    use diesel::prelude::*;
    use twinning::db::schema::outbox::dsl;
    let mut conn = app.pool.get().unwrap();
    dsl::outbox
        .select(OutboxRow::as_select())
        .load(&mut conn)
        .unwrap()
}

#[actix_web::test]
async fn a_restarted_instance_takes_back_its_own_claims_at_once() {
    let app = common::spawn_app_tuned(Backend::Postgres, false, |s| s.mail.worker = false).await;
    queue(&app, 5);
    // Two instances were sending: node-a stopped in the middle of its batch; node-b runs.
    let lease = chrono::Duration::seconds(120);
    let (mine, theirs) = {
        let mut conn = app.pool.get().unwrap();
        let mine = outbox::claim(&mut conn, 3, lease, "node-a").unwrap();
        let theirs = outbox::claim(&mut conn, 2, lease, "node-b").unwrap();
        (mine, theirs)
    };
    assert_eq!((mine.len(), theirs.len()), (3, 2));

    // node-a starts again, and sends its three without waiting two minutes.
    app.another_instance_tuned(|s| {
        s.mail.worker = true;
        s.mail.instance = "node-a".to_owned();
        s.mail.poll_seconds = 0.1;
    })
    .await;
    let started = Instant::now();
    loop {
        let now = rows(&app);
        let sent: Vec<&OutboxRow> = now
            .iter()
            .filter(|r| r.status == EmailStatus::Sent)
            .collect();
        if sent.len() == 3 {
            assert!(sent.iter().all(|r| mine.iter().any(|m| m.id == r.id)));
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "{} of node-a's 3 messages sent",
            sent.len()
        );
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
    }
    // node-b's claims are node-b's: they stay until they run out.
    let now = rows(&app);
    for t in &theirs {
        let row = now.iter().find(|r| r.id == t.id).unwrap();
        assert_eq!(row.status, EmailStatus::Queued);
        assert!(row.claimed_until.is_some(), "node-b's claim was taken");
    }
}

#[actix_web::test]
async fn a_stopping_service_finishes_what_it_sends_and_gives_back_the_rest() {
    // A slow mail server: a second a message, two at a time.
    let sink = SmtpSink::start(Behaviour {
        delay: 1.0,
        busy: 0,
    });
    let app = common::spawn_app_tuned(Backend::Sqlite, false, |s| s.mail.worker = false).await;
    queue(&app, 30);
    let mut service = Command::new(env!("CARGO_BIN_EXE_twinning"))
        .args(["--config"])
        .arg(common::root().join("config"))
        .args(["--env", "test", "serve", "--bind", "127.0.0.1:0"])
        .env("TWINNING__DATABASE__URL", &app.database_url)
        .env("TWINNING__MAIL__TRANSPORT", "smtp")
        .env("TWINNING__MAIL__SMTP__HOST", "127.0.0.1")
        .env("TWINNING__MAIL__SMTP__PORT", sink.port.to_string())
        .env("TWINNING__MAIL__SMTP__SECURITY", "plain")
        .env("TWINNING__MAIL__LANES", "2")
        .env("TWINNING__MAIL__POLL_SECONDS", "0.1")
        .env("TWINNING__MAIL__DRAIN_SECONDS", "5")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    sink.wait_for(2, Duration::from_secs(30)).await;

    let asked = Instant::now();
    let _ = Command::new("kill")
        .args(["-TERM", &service.id().to_string()])
        .status();
    let status = actix_web::rt::task::spawn_blocking(move || service.wait())
        .await
        .unwrap()
        .unwrap();
    let took = asked.elapsed();
    assert!(status.success(), "{status}");
    // The batch would take 15 s more; the messages being sent take 1 s.
    assert!(took < Duration::from_secs(5), "stopping took {took:?}");

    let now = rows(&app);
    let sent = now.iter().filter(|r| r.status == EmailStatus::Sent).count();
    assert!((2..30).contains(&sent), "{sent} sent");
    for r in now.iter().filter(|r| r.status != EmailStatus::Sent) {
        assert_eq!(r.status, EmailStatus::Queued);
        assert!(r.claimed_until.is_none(), "{} is still claimed", r.id);
    }
    assert_eq!(
        sink.messages().len(),
        sent,
        "every message sent was recorded"
    );
}
