//! Reminders (issue 25, part 1), with the real SMTP server: a city without a submitted
//! profile is reminded once per due date in its language, a submitted one never; a held
//! reminder is not sent until released; two ticks at once on PostgreSQL send once; a
//! proposal has an answer deadline, is reminded before it, shows expired after it and
//! cannot be answered then; a visit's reminder carries its itinerary and calendar, and a
//! side without feedback is reminded after the visit; a Twin without a Replication Plan is
//! reminded before the cohort ends; bad settings are named by field.
//! Each tick runs at a time the test chooses (`ops::reminders::enqueue_due`).

use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use reqwest::Method;
use serde_json::{Value, json};

use crate::common;
use crate::confirmations::{form_fields, send, with};
use common::smtp::{Behaviour, SmtpSink, smtp_settings};
use common::web::Session;
use common::{Backend, TestApp, fixtures, problem, spawn_app_tuned, spawn_app_with};

fn at(day: NaiveDate) -> NaiveDateTime {
    day.and_hms_opt(8, 0, 0).unwrap()
}

/// One tick of the scheduler at `now`; how many reminders it sent.
fn tick(app: &TestApp, now: NaiveDateTime) -> usize {
    let mut conn = app.pool.get().unwrap();
    twinning::ops::reminders::enqueue_due(&mut conn, &common::letterhead(), now, "test").unwrap()
}

fn reminder_emails(app: &TestApp) -> Vec<(String, String)> {
    use twinning::db::schema::outbox;
    let mut conn = app.pool.get().unwrap();
    outbox::table
        .filter(outbox::kind.eq("reminder"))
        .order(outbox::created_at)
        .select((outbox::recipient, outbox::subject))
        .load(&mut conn)
        .unwrap()
}

/// Waits for a message whose subject starts with `prefix`.
async fn message_starting(sink: &SmtpSink, prefix: &str) -> Value {
    let started = std::time::Instant::now();
    loop {
        if let Some(m) = sink
            .messages()
            .into_iter()
            .find(|m| m["subject"].as_str().unwrap_or("").starts_with(prefix))
        {
            return m;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "no message \"{prefix}…\" arrived: {:?}",
            sink.messages()
                .iter()
                .map(|m| m["subject"].clone())
                .collect::<Vec<_>>()
        );
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn json_of(app: &TestApp, path: &str) -> Value {
    let response = app.get(path).await;
    assert_eq!(response.status().as_u16(), 200, "{path}");
    response.json().await.unwrap()
}

fn call_closes(cohort: &Value) -> NaiveDate {
    cohort["call_closes"].as_str().unwrap().parse().unwrap()
}

async fn submit(app: &TestApp, token: &str, profile: Value) {
    let saved = fixtures::as_city(
        app,
        Method::PUT,
        "/api/city/profile",
        token,
        Some(&json!({"profile": profile, "submit": true})),
    )
    .await;
    assert_eq!(
        saved.status().as_u16(),
        200,
        "{}",
        saved.text().await.unwrap()
    );
}

on_both_backends!(
    a_city_without_a_submitted_profile_is_reminded_once_in_its_language,
    |backend| async move {
        let sink = SmtpSink::start(Behaviour::default());
        let app = spawn_app_tuned(backend, false, |s| smtp_settings(s, sink.port)).await;
        fixtures::cities(&app).await;
        let cohort = fixtures::cohort(&app, true).await;
        fixtures::invite(&app, &cohort, "pt-cascais", "twin").await;
        let aarhus = fixtures::invite(&app, &cohort, "dk-aarhus", "host").await;
        submit(&app, &aarhus.token, fixtures::aarhus_profile()).await;
        let c = json_of(&app, &format!("/api/cohorts/{cohort}")).await;
        let closes = call_closes(&c);
        // The invitations, and Aarhus's receipt.
        let before = sink.wait_for(3, Duration::from_secs(30)).await.len();

        // Nothing is due three weeks before the call closes.
        assert_eq!(tick(&app, at(closes - chrono::Duration::days(21))), 0);
        // Seven days before: Cascais, once however many ticks; Aarhus submitted.
        let week = closes - chrono::Duration::days(7);
        assert_eq!(tick(&app, at(week)), 1);
        assert_eq!(tick(&app, at(week) + chrono::Duration::hours(3)), 0);
        assert_eq!(tick(&app, at(week + chrono::Duration::days(2))), 0);
        let got = sink.wait_for(before + 1, Duration::from_secs(30)).await;
        actix_web::rt::time::sleep(Duration::from_millis(500)).await;
        let reminders: Vec<Value> = sink
            .messages()
            .into_iter()
            .filter(|m| m["subject"].as_str().unwrap().starts_with("Lembrete"))
            .collect();
        assert_eq!(reminders.len(), 1, "{got:?}");
        let m = &reminders[0];
        assert!(
            m["to"].as_str().unwrap().contains("team@example.org"),
            "{m}"
        );
        assert!(
            m["subject"]
                .as_str()
                .unwrap()
                .starts_with("Lembrete: submeta o perfil de Cascais até"),
            "{m}"
        );
        assert!(
            m["text"]
                .as_str()
                .unwrap()
                .contains("o perfil de Cascais ainda não foi submetido"),
            "{m}"
        );
        assert!(
            m["text"]
                .as_str()
                .unwrap()
                .contains("abra a ligação do seu email de convite"),
            "{m}"
        );

        // The day before: the second one. After the call closed: nothing.
        assert_eq!(tick(&app, at(closes - chrono::Duration::days(1))), 1);
        assert_eq!(tick(&app, at(closes + chrono::Duration::days(1))), 0);
        let emails = reminder_emails(&app);
        assert_eq!(emails.len(), 2, "{emails:?}");
        assert!(emails.iter().all(|(to, _)| to == "team@example.org"));

        // The manager sees both sent, for Cascais only.
        let listed = json_of(&app, &format!("/api/cohorts/{cohort}/reminders")).await;
        let list = listed["reminders"].as_array().unwrap();
        assert!(list.iter().all(|r| r["city"] == "Cascais"), "{listed}");
        assert_eq!(listed["settings"]["profile"]["days"], json!([7, 1]));
    }
);

on_both_backends!(
    a_held_reminder_is_not_sent_until_it_is_released,
    |backend| async move {
        let app = spawn_app_with(backend, false).await;
        fixtures::cities(&app).await;
        let cohort = fixtures::cohort(&app, true).await;
        fixtures::invite(&app, &cohort, "pt-cascais", "twin").await;
        let c = json_of(&app, &format!("/api/cohorts/{cohort}")).await;
        let week = call_closes(&c) - chrono::Duration::days(7);

        // The console lists it as due, with a Hold button; holding it there.
        let mut manager = app.manager().await;
        let page = manager.get(&format!("/console/cohorts/{cohort}")).await;
        assert!(page.shows("Reminders in the next 30 days"), "{}", page.body);
        assert!(page.body.contains(&format!("data-due=\"{week}\"")));
        let held = manager
            .post(
                &format!("/console/cohorts/{cohort}/reminders/hold"),
                &[
                    ("csrf", &page.csrf()),
                    ("kind", "profile"),
                    (
                        "subject_id",
                        &common::web::hidden(&page.body, "subject_id").unwrap(),
                    ),
                    ("city_id", "pt-cascais"),
                    ("due_on", &week.to_string()),
                ],
            )
            .await;
        assert_eq!(held.status, 303, "{}", held.body);
        let page = manager
            .get(&format!("/console/cohorts/{cohort}?saved=held"))
            .await;
        assert!(page.shows("Held: this reminder is not sent until you release it."));

        // The tick passes it by; the list says held.
        assert_eq!(tick(&app, at(week)), 0);
        assert!(reminder_emails(&app).is_empty());
        let listed = json_of(&app, &format!("/api/cohorts/{cohort}/reminders")).await;
        let row = listed["reminders"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["due_on"] == week.to_string())
            .unwrap()
            .clone();
        assert_eq!(row["state"], "held", "{listed}");

        // Released, the next tick sends it; then it cannot be held any more.
        let key = json!({"kind": "profile", "subject_id": row["subject_id"],
                         "city_id": "pt-cascais", "due_on": week.to_string()});
        let released = app
            .post_json(&format!("/api/cohorts/{cohort}/reminders/release"), &key)
            .await;
        assert_eq!(released.status().as_u16(), 204);
        assert_eq!(tick(&app, at(week)), 1);
        assert_eq!(reminder_emails(&app).len(), 1);
        let again = app
            .post_json(&format!("/api/cohorts/{cohort}/reminders/hold"), &key)
            .await;
        let refused = problem(again, 409).await;
        assert!(
            refused["detail"].as_str().unwrap().contains("sent already"),
            "{refused}"
        );
        // A reminder the plan does not make is not found.
        let unknown = app
            .post_json(
                &format!("/api/cohorts/{cohort}/reminders/hold"),
                &json!({"kind": "profile", "subject_id": "nothing", "city_id": "pt-cascais",
                        "due_on": week.to_string()}),
            )
            .await;
        problem(unknown, 404).await;
    }
);

#[actix_web::test]
async fn two_ticks_at_once_on_postgresql_send_each_reminder_once() {
    let app = spawn_app_with(Backend::Postgres, false).await;
    fixtures::cities(&app).await;
    let cohort = fixtures::cohort(&app, true).await;
    for (city, role) in [
        ("pt-cascais", "twin"),
        ("dk-aarhus", "host"),
        ("fr-lyon", "host"),
    ] {
        fixtures::invite(&app, &cohort, city, role).await;
    }
    let c = json_of(&app, &format!("/api/cohorts/{cohort}")).await;
    let now = at(call_closes(&c) - chrono::Duration::days(1));
    for _ in 0..3 {
        let ticks: Vec<_> = (0..4)
            .map(|_| {
                let pool = app.pool.clone();
                std::thread::spawn(move || {
                    let mut conn = pool.get().unwrap();
                    twinning::ops::reminders::enqueue_due(
                        &mut conn,
                        &common::letterhead(),
                        now,
                        "test",
                    )
                    .unwrap()
                })
            })
            .collect();
        let sent: usize = ticks.into_iter().map(|t| t.join().unwrap()).sum();
        assert!(sent <= 3);
    }
    // One reminder per city, one email each: never twice.
    let emails = reminder_emails(&app);
    assert_eq!(emails.len(), 3, "{emails:?}");
}

/// The example cohort, opened again a year ahead, with a round solved (not published).
async fn example_round(app: &TestApp) -> (String, Value) {
    let cohort = {
        let mut conn = app.pool.get().unwrap();
        use diesel::Connection;
        conn.transaction(|c| twinning::demo::load(c, "test"))
            .unwrap()
    };
    set_cohort_end(
        app,
        cohort.as_str(),
        Utc::now().date_naive() + chrono::Duration::days(365),
    );
    let round: Value = app
        .post_json(&format!("/api/cohorts/{cohort}/rounds"), &json!({}))
        .await
        .json()
        .await
        .unwrap();
    (cohort.to_string(), round)
}

fn set_cohort_end(app: &TestApp, cohort: &str, ends_on: NaiveDate) {
    use twinning::db::schema::cohorts;
    let mut conn = app.pool.get().unwrap();
    diesel::update(cohorts::table.find(cohort))
        .set(cohorts::ends_on.eq(ends_on))
        .execute(&mut conn)
        .unwrap();
}

on_both_backends!(
    an_unanswered_proposal_is_reminded_then_expires_and_cannot_be_answered,
    |backend| async move {
        let app = spawn_app_with(backend, true).await;
        let (cohort, round) = example_round(&app).await;
        let round_id = round["id"].as_str().unwrap();
        let today = Utc::now().date_naive();
        let publish = |by: String| {
            let path = format!("/api/rounds/{round_id}/publish?answer_by={by}");
            let app = &app;
            async move { app.post_json(&path, &json!({})).await }
        };
        // The deadline is checked: not in the past, not after the cohort ends.
        let past = problem(
            publish((today - chrono::Duration::days(1)).to_string()).await,
            422,
        )
        .await;
        assert_eq!(past["errors"][0]["field"], "answer_by", "{past}");
        let late = problem(
            publish((today + chrono::Duration::days(400)).to_string()).await,
            422,
        )
        .await;
        assert_eq!(late["errors"][0]["field"], "answer_by", "{late}");
        let by = today + chrono::Duration::days(5);
        let published = publish(by.to_string()).await;
        assert_eq!(published.status().as_u16(), 200);
        let proposals: Value = published.json().await.unwrap();
        assert!(
            proposals
                .as_array()
                .unwrap()
                .iter()
                .all(|p| p["answer_by"] == by.to_string() && p["expired"] == false),
            "{proposals}"
        );
        let cascais = proposals
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["twin"] == "Cascais")
            .unwrap()
            .clone();

        // Cascais's page says by when, in Portuguese.
        let token = fixtures::city_token(&app, &cohort, "pt-cascais", "twin").await;
        let mut city = Session::new(&app.address);
        let page = city.get(&format!("/invitation/{token}?lang=pt")).await;
        assert!(page.body.contains("Responda até"), "{}", page.body);

        // Three days before it, every side that has not answered is reminded, once.
        let sides = proposals.as_array().unwrap().len();
        let sent = tick(&app, at(by - chrono::Duration::days(3)));
        assert!(sent >= sides, "{sent} reminders for {sides} proposals");
        assert_eq!(tick(&app, at(by - chrono::Duration::days(3))), 0);
        assert!(
            reminder_emails(&app).iter().any(|(_, s)| s
                == &format!(
                    "Lembrete: responda ao par proposto Cascais com {} até {}",
                    cascais["host"].as_str().unwrap(),
                    twinning::i18n::Tr::of("pt").short_date(by)
                )),
            "{:?}",
            reminder_emails(&app)
        );

        // The deadline passes (the clock is moved back on the proposals).
        {
            use twinning::db::schema::proposals;
            let mut conn = app.pool.get().unwrap();
            diesel::update(proposals::table.filter(proposals::cohort_id.eq(&cohort)))
                .set(proposals::answer_by.eq(today - chrono::Duration::days(1)))
                .execute(&mut conn)
                .unwrap();
        }
        let listed = json_of(&app, &format!("/api/cohorts/{cohort}/proposals")).await;
        assert!(
            listed
                .as_array()
                .unwrap()
                .iter()
                .all(|p| p["expired"] == true),
            "{listed}"
        );
        let mut manager = app.manager().await;
        let round_page = manager.get(&format!("/console/rounds/{round_id}")).await;
        assert!(round_page.body.contains("<td class=\"state\">expired</td>"));
        let home = manager.get("/console").await;
        assert!(home.shows("past their answer deadline"), "{}", home.body);

        // The city can no longer answer: through the API, and on its page in Portuguese.
        let answer = fixtures::as_city(
            &app,
            Method::POST,
            &format!("/api/city/proposals/{}", cascais["id"].as_str().unwrap()),
            &token,
            Some(&json!({"accept": true})),
        )
        .await;
        let refused = problem(answer, 422).await;
        assert!(
            refused["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("can no longer be answered"),
            "{refused}"
        );
        let page = city.get(&format!("/invitation/{token}?lang=pt")).await;
        assert!(page.body.contains("já passou"), "{}", page.body);
        let tried = city
            .post(
                &format!(
                    "/invitation/{token}/proposals/{}",
                    cascais["id"].as_str().unwrap()
                ),
                &[("csrf", &page.csrf()), ("answer", "accept"), ("reason", "")],
            )
            .await;
        assert_eq!(tried.status, 422, "{}", tried.body);
        assert!(tried.body.contains("já passou"), "{}", tried.body);

        // Re-matching treats the expired pairs as declined ones: none is proposed again.
        let rematched = app
            .post_json(&format!("/api/rounds/{round_id}/rematch"), &json!({}))
            .await;
        assert_eq!(rematched.status().as_u16(), 201);
        let rematched: Value = rematched.json().await.unwrap();
        let again = rematched["report"]["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["twin"] == "Cascais" && p["host"] == cascais["host"]);
        assert!(!again, "{rematched}");
        // Expired, nothing more is reminded.
        assert_eq!(tick(&app, at(today)), 0);
    }
);

#[actix_web::test]
async fn a_visit_reminder_carries_the_itinerary_and_its_calendar_and_feedback_is_asked_after() {
    let sink = SmtpSink::start(Behaviour::default());
    let app = spawn_app_tuned(Backend::Sqlite, true, |s| smtp_settings(s, sink.port)).await;
    let cohort = fixtures::demo(&app);
    let plan = json_of(&app, &format!("/api/cohorts/{cohort}/visits")).await;
    let visit = plan["visits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["label"] == "Aarhus to Cascais, visit back 1")
        .expect("the demo plans Aarhus's visit back to Cascais")
        .clone();
    let start: NaiveDate = visit["starts_on"].as_str().unwrap().parse().unwrap();
    let end: NaiveDate = visit["ends_on"].as_str().unwrap().parse().unwrap();

    // Fourteen days before it starts, both sides; nothing about it a day later.
    let sent = tick(&app, at(start - chrono::Duration::days(14)));
    assert!(sent >= 2, "{sent}");
    assert_eq!(tick(&app, at(start - chrono::Duration::days(13))), 0);
    let to_cascais = &message_starting(&sink, "Lembrete: Aarhus visita Cascais").await;
    let text = to_cascais["text"].as_str().unwrap();
    assert!(text.contains("começa dentro de 14 dias"), "{text}");
    assert!(
        text.contains("Itinerário") || text.contains("itinerário"),
        "{text}"
    );
    let calendar = &to_cascais["calendars"][0];
    assert_eq!(calendar["method"], "PUBLISH", "{to_cascais}");
    assert!(
        calendar["events"][0]["start"]
            .as_str()
            .unwrap()
            .starts_with(&start.to_string()),
        "{calendar}"
    );

    // The day after it ends, each side without feedback is asked for it (Cascais in
    // Portuguese), and a week later once more; not in between.
    let sent = tick(&app, at(end + chrono::Duration::days(1)));
    assert!(sent >= 2, "{sent}");
    assert_eq!(tick(&app, at(end + chrono::Duration::days(3))), 0);
    let asked = reminder_emails(&app);
    assert!(
        asked
            .iter()
            .any(|(_, s)| s == "Lembrete: como correu a visita de Aarhus a Cascais?"),
        "{asked:?}"
    );
    assert!(tick(&app, at(end + chrono::Duration::days(8))) >= 2);
}

on_both_backends!(
    reminder_settings_are_checked_and_a_kind_turned_off_is_not_sent,
    |backend| async move {
        let app = spawn_app_with(backend, false).await;
        fixtures::cities(&app).await;
        let cohort = fixtures::cohort(&app, true).await;
        fixtures::invite(&app, &cohort, "pt-cascais", "twin").await;
        let path = format!("/api/cohorts/{cohort}/reminders/settings");
        for (days, why) in [
            (json!([7, 7]), "twice"),
            (json!([61]), "61 is not a number of days"),
            (json!([1, 2, 3, 4, 5, 6]), "at most 5"),
        ] {
            let refused = problem(
                app.put_json(&path, &json!({"profile": {"enabled": true, "days": days}}))
                    .await,
                422,
            )
            .await;
            assert_eq!(refused["errors"][0]["field"], "reminders.profile.days");
            assert!(
                refused["errors"][0]["message"]
                    .as_str()
                    .unwrap()
                    .contains(why),
                "{refused}"
            );
        }
        let unknown = app
            .put_json(&path, &json!({"plans": {"enabled": true, "days": [1]}}))
            .await;
        problem(unknown, 422).await;

        // Off: no profile reminder; the other kinds keep their days.
        let saved = app
            .put_json(&path, &json!({"profile": {"enabled": false, "days": [10]}}))
            .await;
        assert_eq!(saved.status().as_u16(), 200);
        let saved: Value = saved.json().await.unwrap();
        assert_eq!(saved["visit"]["days"], json!([14, 2]));
        let c = json_of(&app, &format!("/api/cohorts/{cohort}")).await;
        assert_eq!(
            tick(&app, at(call_closes(&c) - chrono::Duration::days(10))),
            0
        );

        // The console's form names the field it refuses, and saves a good one.
        let mut manager = app.manager().await;
        let page = manager.get(&format!("/console/cohorts/{cohort}")).await;
        let mut form: Vec<(String, String)> = vec![("csrf".into(), page.csrf())];
        for kind in ["profile", "proposal", "visit", "feedback", "plan"] {
            form.push((format!("reminders.{kind}.enabled"), "yes".into()));
            form.push((format!("reminders.{kind}.days"), "3".into()));
        }
        form[2].1 = "7, soon".into();
        let pairs: Vec<(&str, &str)> = form.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        let refused = manager
            .post(&format!("/console/cohorts/{cohort}/reminders"), &pairs)
            .await;
        assert_eq!(refused.status, 422, "{}", refused.body);
        assert!(
            refused.shows("\"soon\" is not a whole number of days"),
            "{}",
            refused.body
        );
        assert!(refused.body.contains("value=\"7, soon\""));
        form[2].1 = "7, 1".into();
        let pairs: Vec<(&str, &str)> = form.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        let ok = manager
            .post(&format!("/console/cohorts/{cohort}/reminders"), &pairs)
            .await;
        assert_eq!(ok.status, 303, "{}", ok.body);
        let listed = json_of(&app, &format!("/api/cohorts/{cohort}/reminders")).await;
        assert_eq!(listed["settings"]["profile"]["enabled"], true);
        assert_eq!(listed["settings"]["visit"]["days"], json!([3]));

        // The cohort's edit form carries them too: saved with the cohort, or neither.
        let edit = format!("/console/cohorts/{cohort}/edit");
        let fields = form_fields(&manager.get(&edit).await);
        assert!(
            fields.contains(&("reminders.visit.days".to_owned(), "3".to_owned())),
            "{fields:?}"
        );
        let refused = send(
            &mut manager,
            &edit,
            &with(
                &fields,
                &[
                    ("name", "Cohort 2, renamed"),
                    ("reminders.visit.days", "3, 99"),
                ],
            ),
        )
        .await;
        assert_eq!(refused.status, 422, "{}", refused.body);
        assert!(
            refused.shows("99 is not a number of days from 0 to 60"),
            "{}",
            refused.body
        );
        let c = json_of(&app, &format!("/api/cohorts/{cohort}")).await;
        assert_eq!(c["name"], "Cohort 2", "nothing stored");
        let fields = form_fields(&manager.get(&edit).await);
        let saved = send(
            &mut manager,
            &edit,
            &with(
                &fields,
                &[
                    ("name", "Cohort 2, renamed"),
                    ("reminders.visit.days", "10, 3"),
                    ("reminders.feedback.enabled", "no"),
                ],
            ),
        )
        .await;
        assert_eq!(saved.status, 303, "{}", saved.body);
        let listed = json_of(&app, &format!("/api/cohorts/{cohort}/reminders")).await;
        assert_eq!(listed["settings"]["visit"]["days"], json!([10, 3]));
        assert_eq!(listed["settings"]["feedback"]["enabled"], false);
        let c = json_of(&app, &format!("/api/cohorts/{cohort}")).await;
        assert_eq!(c["name"], "Cohort 2, renamed");
    }
);

#[actix_web::test]
async fn a_twin_is_reminded_of_its_replication_plan_until_the_programme_holds_one() {
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = fixtures::demo(&app);
    let ends = Utc::now().date_naive() + chrono::Duration::days(365);
    set_cohort_end(&app, &cohort, ends);
    let plan_reminders = |app: &TestApp| {
        reminder_emails(app)
            .into_iter()
            .filter(|(_, subject)| subject.contains("Plano de Replicação de Cascais"))
            .count()
    };

    // The demo's Cascais has an accepted plan: nothing to remind it of.
    tick(&app, at(ends - chrono::Duration::days(7)));
    assert_eq!(plan_reminders(&app), 0);

    // A Twin of an accepted pair without a plan is reminded 30 days before the cohort
    // ends, in its language, once however many ticks run.
    {
        use twinning::db::schema::{plan_actions, replication_plans};
        let mut conn = app.pool.get().unwrap();
        diesel::delete(plan_actions::table)
            .execute(&mut conn)
            .unwrap();
        diesel::delete(replication_plans::table)
            .execute(&mut conn)
            .unwrap();
    }
    let first = at(ends - chrono::Duration::days(30));
    tick(&app, first);
    let sent = plan_reminders(&app);
    assert!(sent > 0, "{:?}", reminder_emails(&app));
    tick(&app, first);
    assert_eq!(
        plan_reminders(&app),
        sent,
        "a second tick sends nothing more"
    );
    // Seven days before the end, the second reminder of its settings.
    tick(&app, at(ends - chrono::Duration::days(7)));
    assert_eq!(plan_reminders(&app), 2 * sent);
}
