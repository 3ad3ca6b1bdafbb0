//! Emails through a real SMTP server over TCP (aiosmtpd, started by each test), on both
//! backends: itineraries reach every participant and parse as MIME with a calendar that a
//! real iCalendar parser reads (UID, SEQUENCE, METHOD); a moved visit emails only its
//! participants, a cancelled one cancels; a server down at first gets every message once
//! it is up; a permanent refusal fails and can be resent; an invitation link arrives and
//! works; killing the app in the middle of a batch loses nothing.

use crate::common;

use std::collections::{HashMap, HashSet};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::fixtures::{demo, edit_profile, publish_pinned};
use common::free_port;
use common::smtp::{Behaviour, SmtpSink, smtp_settings};
use common::{Backend, spawn_app_tuned};
use serde_json::{Value, json};
use twinning::domain::profile::ProfileRole;

/// The demo's emails: a proposal to each side of its 9 pairs, an itinerary to each side
/// of its 27 visits (every example city has one contact).
const DEMO_EMAILS: usize = 9 * 2 + 27 * 2;

async fn emails(app: &common::TestApp, query: &str) -> Value {
    let response = app.get(&format!("/api/emails?limit=500&{query}")).await;
    assert_eq!(response.status().as_u16(), 200);
    response.json().await.unwrap()
}

/// Waits until the outbox holds no message still to send.
async fn settled(app: &common::TestApp, within: Duration) -> Value {
    let started = Instant::now();
    loop {
        let list = emails(app, "").await;
        if list["counts"]["queued"] == 0 && list["counts"]["retrying"] == 0 {
            return list;
        }
        assert!(
            started.elapsed() < within,
            "still sending: {}",
            list["counts"]
        );
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn visit_id(app: &common::TestApp, cohort: &str, label: &str) -> String {
    let plan: Value = app
        .get(&format!("/api/cohorts/{cohort}/visits"))
        .await
        .json()
        .await
        .unwrap();
    plan["visits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["label"] == label)
        .unwrap_or_else(|| panic!("no visit {label}"))["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Moves a visit to start on `starts_on` (not published yet).
async fn move_visit(app: &common::TestApp, visit: &str, starts_on: &str) {
    let moved = app
        .patch_json(
            &format!("/api/visits/{visit}"),
            &json!({ "starts_on": starts_on }),
        )
        .await;
    assert_eq!(moved.status().as_u16(), 200);
}

/// Publishes the cohort's schedule; returns the answer.
async fn publish(app: &common::TestApp, cohort: &str) -> Value {
    app.post_json(&format!("/api/cohorts/{cohort}/visits/publish"), &json!({}))
        .await
        .json()
        .await
        .unwrap()
}

fn calendar(message: &Value) -> &Value {
    &message["calendars"][0]
}

fn message_ids(messages: &[Value]) -> Vec<String> {
    messages
        .iter()
        .map(|m| m["message_id"].as_str().unwrap().to_owned())
        .collect()
}

on_both_backends!(
    publishing_emails_each_participant_an_itinerary_with_its_calendar,
    |backend| async move {
        let sink = SmtpSink::start(Behaviour::default());
        let app = spawn_app_tuned(backend, true, |s| smtp_settings(s, sink.port)).await;
        let cohort = demo(&app);
        let received = sink.wait_for(DEMO_EMAILS, Duration::from_secs(60)).await;
        let list = settled(&app, Duration::from_secs(30)).await;
        assert_eq!(list["counts"]["sent"], DEMO_EMAILS, "{}", list["counts"]);
        // Each message once, with the Message-ID the outbox shows.
        let ids = message_ids(&received);
        assert_eq!(ids.iter().collect::<HashSet<_>>().len(), DEMO_EMAILS);
        let shown: HashSet<String> = list["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["message_id"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(ids.iter().cloned().collect::<HashSet<_>>(), shown);

        // Cascais's delegation gets its itinerary in Portuguese, Aarhus's team in English.
        let trip = visit_id(&app, &cohort, "Cascais to Aarhus, trip 1").await;
        let uid = format!("{trip}@twinning");
        let about: Vec<&Value> = received
            .iter()
            .filter(|m| {
                m["calendars"]
                    .as_array()
                    .is_some_and(|c| c.iter().any(|c| c["events"][0]["uid"] == uid.as_str()))
            })
            .collect();
        assert_eq!(about.len(), 2, "one to each side");
        let to_cascais = about
            .iter()
            .find(|m| m["envelope_to"][0] == "cascais@example.org")
            .unwrap();
        let to_aarhus = about
            .iter()
            .find(|m| m["envelope_to"][0] == "aarhus@example.org")
            .unwrap();
        assert_eq!(
            to_cascais["subject"],
            "Visita técnica: Cascais a Aarhus, 14 a 16 de maio de 2025"
        );
        assert_eq!(
            to_aarhus["subject"],
            "Technical visit: Cascais to Aarhus, 14–16 May 2025"
        );
        for m in [to_cascais, to_aarhus] {
            let parts: Vec<&str> = m["parts"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p.as_str().unwrap())
                .collect();
            assert_eq!(
                parts,
                [
                    "multipart/mixed",
                    "multipart/alternative",
                    "text/plain",
                    "text/html",
                    "text/calendar"
                ]
            );
            let cal = calendar(m);
            assert_eq!(cal["method"], "REQUEST");
            assert_eq!(cal["content_type_method"], "REQUEST");
            assert_eq!(cal["filename"], "visit.ics");
            let event = &cal["events"][0];
            assert_eq!(event["sequence"], 0);
            assert_eq!(event["start"], "2025-05-14");
            assert_eq!(
                event["end"], "2025-05-17",
                "all-day, the day after the last"
            );
            assert_eq!(event["location"], "Aarhus, DK");
            assert!(
                event["attendee"]
                    .as_str()
                    .unwrap()
                    .ends_with(m["envelope_to"][0].as_str().unwrap())
            );
            assert!(m["html"].as_str().unwrap().contains("<h2"));
        }
        let text = to_aarhus["text"].as_str().unwrap();
        for line in [
            "A technical visit is planned: Cascais visits Aarhus, 14–16 May 2025.",
            "You are in the team of Aarhus that receives the delegation.",
            "Day 1, Wednesday 14 May 2025",
            "- Site visit: green spaces",
            "Day 3, Friday 16 May 2025",
            "suggested: plane",
            "Cascais, travelling",
            "cascais@example.org",
        ] {
            assert!(text.contains(line), "{line} not in\n{text}");
        }
        let texto = to_cascais["text"].as_str().unwrap();
        for line in [
            "Está prevista uma visita técnica: Cascais visita Aarhus, 14 a 16 de maio de 2025.",
            "Viaja com a delegação de Cascais.",
            "14 de maio de 2025",
            "Contactos",
        ] {
            assert!(texto.contains(line), "{line} not in\n{texto}");
        }
        // The pairs were proposed to both sides.
        let proposals: Vec<&Value> = received
            .iter()
            .filter(|m| {
                m["subject"] == "Proposed pair: Cascais with Aarhus"
                    || m["subject"] == "Par proposto: Cascais com Aarhus"
            })
            .collect();
        assert_eq!(proposals.len(), 2);
        assert!(
            proposals
                .iter()
                .all(|m| m["calendars"].as_array().unwrap().is_empty())
        );
        // Each published change is marked emailed.
        let changes: Value = app
            .get(&format!("/api/cohorts/{cohort}/visits/changes"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(changes.as_array().unwrap().len(), 27);
        assert!(
            changes
                .as_array()
                .unwrap()
                .iter()
                .all(|c| !c["notified_at"].is_null())
        );
        // One email in full: its content, sent with the server's reply.
        let one = &list["items"][0];
        let full: Value = app
            .get(&format!("/api/emails/{}", one["id"].as_str().unwrap()))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(full["status"], "sent");
        assert!(
            full["delivered_as"].as_str().unwrap().starts_with("250"),
            "{full}"
        );
        assert!(!full["text"].as_str().unwrap().is_empty());
    }
);

on_both_backends!(
    a_moved_visit_emails_only_its_participants_and_a_cancelled_one_cancels,
    |backend| async move {
        let sink = SmtpSink::start(Behaviour::default());
        let app = spawn_app_tuned(backend, true, |s| smtp_settings(s, sink.port)).await;
        let cohort = demo(&app);
        sink.wait_for(DEMO_EMAILS, Duration::from_secs(60)).await;
        let trip = visit_id(&app, &cohort, "Cascais to Aarhus, trip 1").await;
        move_visit(&app, &trip, "2025-06-02").await;
        // The preview shows the two emails the publish will send; nothing is sent yet.
        let preview: Value = app
            .get(&format!("/api/cohorts/{cohort}/visits/preview"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(preview["nobody_to_email"], json!([]));
        let preview = preview["emails"].as_array().unwrap();
        assert_eq!(preview.len(), 2, "{preview:?}");
        assert!(
            preview
                .iter()
                .any(|e| e["subject"]
                    == "Moved: technical visit Cascais to Aarhus, now 2–4 June 2025")
        );
        actix_web::rt::time::sleep(Duration::from_millis(500)).await;
        assert_eq!(sink.messages().len(), DEMO_EMAILS);

        let published = publish(&app, &cohort).await;
        assert_eq!(published["emails"], 2);
        let received = sink
            .wait_for(DEMO_EMAILS + 2, Duration::from_secs(30))
            .await;
        let news = &received[DEMO_EMAILS..];
        let to: HashSet<&str> = news
            .iter()
            .map(|m| m["envelope_to"][0].as_str().unwrap())
            .collect();
        assert_eq!(
            to,
            HashSet::from(["cascais@example.org", "aarhus@example.org"])
        );
        for m in news {
            let event = &calendar(m)["events"][0];
            assert_eq!(event["uid"], format!("{trip}@twinning"));
            assert_eq!(event["sequence"], 1, "one higher");
            assert_eq!(event["start"], "2025-06-02");
            assert_eq!(calendar(m)["method"], "REQUEST");
        }
        let to_aarhus = news
            .iter()
            .find(|m| m["envelope_to"][0] == "aarhus@example.org")
            .unwrap();
        assert_eq!(
            to_aarhus["subject"],
            "Moved: technical visit Cascais to Aarhus, now 2–4 June 2025"
        );
        // The change is the first thing the email says.
        let text = to_aarhus["text"].as_str().unwrap();
        let first = text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .nth(1)
            .unwrap();
        assert_eq!(
            first,
            "This visit has moved: it was 14–16 May 2025, it is now 2–4 June 2025."
        );

        // Nothing changed: nobody is emailed.
        let again = publish(&app, &cohort).await;
        assert_eq!(again["emails"], 0);

        // Cascais's address is refused: the next move shows one of its two emails failed,
        // and is not marked as told; the first move was told to both.
        edit_profile(&app, &cohort, ("Cascais", "PT"), ProfileRole::Twin, |p| {
            p.contacts[0].email = "rejected@cascais.example.org".into()
        });
        move_visit(&app, &trip, "2025-06-09").await;
        let published = publish(&app, &cohort).await;
        assert_eq!(published["emails"], 2);
        assert_eq!(
            published["changes"][0]["emails"],
            json!({"sent": 0, "waiting": 2, "failed": 0})
        );
        settled(&app, Duration::from_secs(30)).await;
        let changes: Value = app
            .get(&format!("/api/cohorts/{cohort}/visits/changes"))
            .await
            .json()
            .await
            .unwrap();
        let of_trip: Vec<&Value> = changes
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["visit_id"] == trip.as_str())
            .collect();
        assert_eq!(of_trip[0]["new_starts_on"], "2025-06-09");
        assert_eq!(
            of_trip[0]["emails"],
            json!({"sent": 1, "waiting": 0, "failed": 1})
        );
        assert!(of_trip[0]["notified_at"].is_null(), "{}", of_trip[0]);
        assert_eq!(of_trip[1]["new_starts_on"], "2025-06-02");
        assert_eq!(
            of_trip[1]["emails"],
            json!({"sent": 2, "waiting": 0, "failed": 0})
        );
        assert!(!of_trip[1]["notified_at"].is_null());
        let page = app
            .manager()
            .await
            .get(&format!("/console/cohorts/{cohort}/visits"))
            .await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains("1 of 2 sent, "), "{}", page.body);
        assert!(page.body.contains(">1 failed</a>"), "{}", page.body);
        assert!(page.body.contains("all 2, "), "{}", page.body);

        // Plymouth goes to Aarhus instead of Lund: the Plymouth–Lund visits are cancelled.
        edit_profile(&app, &cohort, ("Aarhus", "DK"), ProfileRole::Host, |p| {
            p.capacity = Some(2)
        });
        publish_pinned(&app, &cohort, "Plymouth", "Aarhus").await;
        let lund_trip = visit_id(&app, &cohort, "Plymouth to Lund, trip 1").await;
        let plan = app
            .post_json(&format!("/api/cohorts/{cohort}/visits/plan"), &json!({}))
            .await;
        assert_eq!(plan.status().as_u16(), 201);
        let before = sink.messages().len();
        publish(&app, &cohort).await;
        settled(&app, Duration::from_secs(30)).await;
        let received = sink.messages();
        let cancels: Vec<&Value> = received[before..]
            .iter()
            .filter(|m| {
                m["calendars"].as_array().is_some_and(|c| {
                    c.iter()
                        .any(|c| c["events"][0]["uid"] == format!("{lund_trip}@twinning").as_str())
                })
            })
            .collect();
        assert_eq!(cancels.len(), 2, "Plymouth's delegation and Lund's team");
        for m in cancels {
            assert_eq!(calendar(m)["method"], "CANCEL");
            assert_eq!(calendar(m)["content_type_method"], "CANCEL");
            let event = &calendar(m)["events"][0];
            assert_eq!(event["status"], "CANCELLED");
            assert_eq!(event["sequence"], 1);
            assert!(
                m["subject"]
                    .as_str()
                    .unwrap()
                    .starts_with("Cancelled: technical visit Plymouth to Lund"),
                "{}",
                m["subject"]
            );
        }
    }
);

on_both_backends!(
    a_server_down_at_first_gets_every_message_once_it_is_up,
    |backend| async move {
        let port = free_port();
        let app = spawn_app_tuned(backend, true, |s| smtp_settings(s, port)).await;
        demo(&app);
        // Nobody listens: every message waits for a retry, with the reason.
        let started = Instant::now();
        let waiting = loop {
            let list = emails(&app, "status=retrying").await;
            if list["total"] == DEMO_EMAILS {
                break list;
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "{}",
                list["counts"]
            );
            actix_web::rt::time::sleep(Duration::from_millis(100)).await;
        };
        let first = &waiting["items"][0];
        assert!(
            first["last_error"].as_str().unwrap().contains("onnection"),
            "{first}"
        );
        assert!(!first["next_attempt_at"].is_null());
        // The server comes up: everything arrives, once.
        let sink = SmtpSink::start_on(port, Behaviour::default());
        let received = sink.wait_for(DEMO_EMAILS, Duration::from_secs(60)).await;
        let list = settled(&app, Duration::from_secs(30)).await;
        assert_eq!(list["counts"]["sent"], DEMO_EMAILS);
        actix_web::rt::time::sleep(Duration::from_millis(500)).await;
        let received = if sink.messages().len() > received.len() {
            sink.messages()
        } else {
            received
        };
        let ids = message_ids(&received);
        assert_eq!(ids.len(), DEMO_EMAILS, "nothing twice");
        assert_eq!(ids.iter().collect::<HashSet<_>>().len(), DEMO_EMAILS);
    }
);

on_both_backends!(
    refusals_are_retried_or_failed_and_an_emailed_invitation_link_works,
    |backend| async move {
        // The server is busy for the first three messages (451), and knows no "reject…".
        let sink = SmtpSink::start(Behaviour {
            delay: 0.0,
            busy: 3,
        });
        let app = spawn_app_tuned(backend, true, |s| smtp_settings(s, sink.port)).await;
        let cohort = common::fixtures::cohort(&app, true).await;
        let mut conn = app.pool.get().unwrap();
        let mut city = |name: &str, country: &str| {
            twinning::db::models::city::find_by_name(&mut conn, name, country)
                .unwrap()
                .unwrap()
        };
        let (cascais, aarhus, lund) = (
            city("Cascais", "PT"),
            city("Aarhus", "DK"),
            city("Lund", "SE"),
        );
        drop(conn);
        let invited: Value = app
            .post_json(
                &format!("/api/cohorts/{cohort}/invitations"),
                &json!({"invitations": [
                    {"city_id": cascais, "role": "twin", "email": "climate@cascais.example.org"},
                    {"city_id": aarhus, "role": "host", "email": "Twinning@Aarhus.example.org"},
                    {"city_id": lund, "role": "host", "email": "rejected@lund.example.org"},
                ]}),
            )
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(invited.as_array().unwrap().len(), 3, "{invited}");
        let received = sink.wait_for(2, Duration::from_secs(30)).await;
        let list = settled(&app, Duration::from_secs(30)).await;
        assert_eq!(list["counts"]["sent"], 2, "{}", list["counts"]);
        assert_eq!(list["counts"]["failed"], 1, "{}", list["counts"]);
        // The busy answers were retried: some message needed more than one attempt.
        let items = list["items"].as_array().unwrap();
        assert!(
            items
                .iter()
                .any(|e| e["status"] == "sent" && e["attempts"].as_i64().unwrap() > 1),
            "{items:?}"
        );
        let failed = items.iter().find(|e| e["status"] == "failed").unwrap();
        assert_eq!(failed["recipient"], "rejected@lund.example.org");
        assert!(
            failed["last_error"].as_str().unwrap().contains("550"),
            "{failed}"
        );
        // The invitation in Portuguese to Cascais: its link opens the city's page.
        let to_cascais = received
            .iter()
            .find(|m| m["envelope_to"][0] == "climate@cascais.example.org")
            .unwrap();
        assert!(
            to_cascais["subject"]
                .as_str()
                .unwrap()
                .starts_with("Convite:"),
            "{}",
            to_cascais["subject"]
        );
        let text = to_cascais["text"].as_str().unwrap();
        let link = text
            .split_whitespace()
            .find(|w| w.contains("/invitation/"))
            .unwrap_or_else(|| panic!("no link in\n{text}"));
        let path = &link[link.find("/invitation/").unwrap()..];
        let page = app.anonymous.get(app.url(path)).send().await.unwrap();
        assert_eq!(page.status().as_u16(), 200);
        // Once sent, the link is not kept: the manager's view shows a placeholder.
        let id = items
            .iter()
            .find(|e| e["recipient"] == "climate@cascais.example.org")
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let full: Value = app
            .get(&format!("/api/emails/{id}"))
            .await
            .json()
            .await
            .unwrap();
        assert!(!full["text"].as_str().unwrap().contains(path));
        assert!(
            full["text"]
                .as_str()
                .unwrap()
                .contains("[the invitation link]")
        );
        let copy = app
            .post_json(&format!("/api/emails/{id}/resend"), &json!({}))
            .await;
        let problem = common::problem(copy, 409).await;
        assert!(
            problem["detail"]
                .as_str()
                .unwrap()
                .contains("issue a new link")
        );
        // Resending the failed one queues it again; it fails again, for the same reason.
        let again: Value = app
            .post_json(
                &format!("/api/emails/resend-failed?cohort={cohort}"),
                &json!({}),
            )
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(again["queued"], 1);
        let list = settled(&app, Duration::from_secs(30)).await;
        assert_eq!(list["counts"]["failed"], 1);
        // A bad filter is named.
        let bad = app.get("/api/emails?status=lost").await;
        let problem = common::problem(bad, 422).await;
        assert_eq!(problem["errors"][0]["field"], "status");
    }
);

/// The service as a separate process, so a test can kill it.
fn start_service(database_url: &str, smtp_port: u16, outbox: &std::path::Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_twinning"))
        .args([
            "--config",
            common::root().join("config").to_str().unwrap(),
            "--env",
            "test",
            "serve",
        ])
        .env("TWINNING__DATABASE__URL", database_url)
        .env("TWINNING__DATABASE__SEED_REFERENCE_DATA", "true")
        .env("TWINNING__DEMO__ON_FIRST_START", "true")
        .env("TWINNING__MAIL__TRANSPORT", "smtp")
        .env("TWINNING__MAIL__OUTBOX_DIR", outbox)
        .env("TWINNING__MAIL__SMTP__HOST", "127.0.0.1")
        .env("TWINNING__MAIL__SMTP__PORT", smtp_port.to_string())
        .env("TWINNING__MAIL__SMTP__SECURITY", "plain")
        .env("TWINNING__MAIL__POLL_SECONDS", "0.1")
        .env("TWINNING__MAIL__BATCH", "8")
        .env("TWINNING__MAIL__LANES", "2")
        .env("TWINNING__MAIL__CLAIM_SECONDS", "2")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

async fn killing_the_app_mid_batch_loses_no_message(backend: Backend) {
    let (database_url, dir) = common::fresh_database(backend);
    // A slow server: the batch is still going when the app is killed.
    let sink = SmtpSink::start(Behaviour {
        delay: 0.05,
        busy: 0,
    });
    let mut app = start_service(&database_url, sink.port, dir.path());
    let started = Instant::now();
    while sink.messages().len() < 10 {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the first messages did not arrive"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    app.kill().unwrap();
    app.wait().unwrap();
    let at_kill = sink.messages().len();
    assert!(at_kill < DEMO_EMAILS, "the batch was over before the kill");
    // Started again, it delivers the rest.
    let mut again = start_service(&database_url, sink.port, dir.path());
    let received = sink.wait_for(DEMO_EMAILS, Duration::from_secs(120)).await;
    let mut received = received;
    // Give a duplicate (a message sent but not recorded before the kill) time to show.
    std::thread::sleep(Duration::from_secs(1));
    if sink.messages().len() > received.len() {
        received = sink.messages();
    }
    let _ = again.kill();
    let _ = again.wait();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for id in message_ids(&received) {
        *seen.entry(id).or_default() += 1;
    }
    assert_eq!(seen.len(), DEMO_EMAILS, "every message arrived");
    let twice = seen.values().filter(|&&n| n > 1).count();
    // At most the messages in flight at the kill (two lanes) arrive a second time, with
    // the same Message-ID.
    assert!(twice <= 2, "{twice} messages arrived twice");
    assert!(seen.values().all(|&n| n <= 2));
}

#[actix_web::test]
async fn killing_the_app_mid_batch_loses_no_message_sqlite() {
    killing_the_app_mid_batch_loses_no_message(Backend::Sqlite).await;
}

#[actix_web::test]
async fn killing_the_app_mid_batch_loses_no_message_postgres() {
    killing_the_app_mid_batch_loses_no_message(Backend::Postgres).await;
}

#[actix_web::test]
async fn the_console_lists_every_email_resends_failed_ones_and_previews_a_publish() {
    use common::web::Session;
    let sink = SmtpSink::start(Behaviour::default());
    let app = spawn_app_tuned(Backend::Sqlite, true, |s| smtp_settings(s, sink.port)).await;
    let cohort = demo(&app);
    let mut conn = app.pool.get().unwrap();
    let lund = twinning::db::models::city::find_by_name(&mut conn, "Lund", "SE")
        .unwrap()
        .unwrap();
    drop(conn);
    let invited = app
        .post_json(
            &format!("/api/cohorts/{cohort}/invitations"),
            &json!({"invitations": [{"city_id": lund, "role": "twin", "email": "rejected@lund.example.org"}]}),
        )
        .await;
    assert_eq!(invited.status().as_u16(), 201);
    settled(&app, Duration::from_secs(60)).await;

    let mut manager = Session::new(&app.address);
    manager
        .login(common::MANAGER_EMAIL, common::MANAGER_PASSWORD)
        .await;
    let page = manager.get("/console/emails").await;
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains(r#"<strong data-status="sent">72</strong>"#),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains(r#"<strong data-status="failed">1</strong>"#)
    );
    assert!(page.shows("Visita técnica: Cascais a Aarhus, 14 a 16 de maio de 2025"));
    assert!(page.body.contains("550"), "the refusal is shown");
    // Only the failed ones.
    let failed = manager.get("/console/emails?status=failed").await;
    assert_eq!(
        failed.body.matches(r#"<tr data-status="failed">"#).count(),
        1
    );
    assert!(failed.shows("rejected@lund.example.org"));
    let again = manager
        .post(
            "/console/emails/resend-failed",
            &[("csrf", &page.csrf()), ("cohort", "")],
        )
        .await;
    assert_eq!(
        again.location.as_deref(),
        Some("/console/emails?requeued=1")
    );
    let after = manager.get("/console/emails?requeued=1").await;
    assert!(after.shows("1 email queued again"));
    // One sent email in full: its Message-ID and what the server said.
    let sent: Value = app
        .get("/api/emails?status=sent&kind=schedule&limit=1")
        .await
        .json()
        .await
        .unwrap();
    let one = &sent["items"][0];
    let shown = manager
        .get(&format!("/console/emails/{}", one["id"].as_str().unwrap()))
        .await;
    assert_eq!(shown.status, 200);
    assert!(
        shown.shows(one["message_id"].as_str().unwrap()),
        "{}",
        shown.body
    );
    assert!(shown.body.contains("250 OK queued as"));
    assert!(shown.body.contains("BEGIN:VCALENDAR"));
    assert!(shown.shows("Send a copy again"));

    // A moved visit: the preview shows the two emails the publish will send.
    let trip = visit_id(&app, &cohort, "Cascais to Aarhus, trip 1").await;
    let moved = app
        .patch_json(
            &format!("/api/visits/{trip}"),
            &json!({"starts_on": "2025-06-02"}),
        )
        .await;
    assert_eq!(moved.status().as_u16(), 200);
    let preview = manager
        .get(&format!("/console/cohorts/{cohort}/visits/preview"))
        .await;
    assert_eq!(preview.status, 200);
    assert_eq!(preview.body.matches(r#"class="email-preview""#).count(), 2);
    assert!(preview.shows("Moved: technical visit Cascais to Aarhus, now 2–4 June 2025"));
    assert!(
        preview.shows("Alterada: visita técnica Cascais a Aarhus, agora 2 a 4 de junho de 2025")
    );
    // The preview's button asks first, with the counts, then publishes what it showed.
    assert!(preview.body.contains(&format!(
        "href=\"/console/cohorts/{cohort}/visits/publish\""
    )));
    let asked = manager
        .get(&format!("/console/cohorts/{cohort}/visits/publish"))
        .await;
    assert!(
        asked.shows("1 visit changed since participants were last told; 2 emails to 2 people"),
        "{}",
        asked.body
    );
    let schedule = common::web::hidden(&asked.body, "schedule").unwrap();
    let published = manager
        .post(
            &format!("/console/cohorts/{cohort}/visits/publish"),
            &[("csrf", &asked.csrf()), ("schedule", &schedule)],
        )
        .await;
    let to = published.location.unwrap();
    assert!(to.ends_with("published=1&emails=2"), "{to}");
    let notice = manager.get(&to).await;
    assert!(notice.shows("2 emails to their participants queued"));
    let nothing = manager
        .get(&format!("/console/cohorts/{cohort}/visits/preview"))
        .await;
    assert!(nothing.shows("nobody would be emailed"));
    // Neither side has anybody to write to: the preview says so before the publish.
    edit_profile(&app, &cohort, ("Cascais", "PT"), ProfileRole::Twin, |p| {
        p.contacts.clear()
    });
    edit_profile(&app, &cohort, ("Aarhus", "DK"), ProfileRole::Host, |p| {
        p.contacts.clear()
    });
    let back = app
        .patch_json(
            &format!("/api/visits/{trip}"),
            &json!({"starts_on": "2025-05-14"}),
        )
        .await;
    assert_eq!(back.status().as_u16(), 200);
    let warned = manager
        .get(&format!("/console/cohorts/{cohort}/visits/preview"))
        .await;
    assert!(
        warned.shows("Nobody would hear of 1 changed visit"),
        "{}",
        warned.body
    );
    assert!(warned.shows("Cascais to Aarhus, trip 1"));
    assert!(!warned.shows("nobody would be emailed"));
}
