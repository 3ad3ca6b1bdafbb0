//! What a person reads, held as reviewed snapshots (insta, in `tests/snapshots/`): one
//! email of each kind a city receives and the problem document of each refusal the API
//! answers with, so a change of wording shows as a diff that someone reviewed. After a
//! deliberate change: `INSTA_UPDATE=always cargo test --test app snapshots`, then read the
//! diff of `tests/snapshots/` before committing it (or `cargo insta review`).

use crate::common;

use chrono::NaiveDate;
use diesel::prelude::*;
use serde_json::{Value, json};
use twinning::domain::id::{CohortId, InvitationId};
use twinning::domain::profile::ProfileRole;
use twinning::domain::state::PlanStatus;
use twinning::mail::Draft;
use twinning::mail::compose::{self, Recipient, ReminderAbout};

use common::{Backend, TestApp, fixtures, spawn_app_with};

/// Where the snapshots are, with what changes from run to run (ids, tokens, the port)
/// replaced by a placeholder.
fn reviewed() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("snapshots");
    s.set_prepend_module_to_snapshot(false);
    s.add_filter(
        r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        "[id]",
    );
    s.add_filter(r"127\.0\.0\.1:\d+", "[host]");
    // A version tag is the time of the last change.
    s.add_filter(r"\bv\d{12,}\b", "v[version]");
    s
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn ana(language: &str) -> Recipient {
    Recipient {
        name: "Ana Silva".into(),
        email: "ana.silva@cascais.example.org".into(),
        language: language.into(),
    }
}

/// An email as its reader gets it: the headers that matter and the text part.
fn read(draft: &Draft) -> String {
    format!(
        "To: {} <{}>\nLanguage: {}\nSubject: {}\n\n{}",
        draft.name, draft.to, draft.language, draft.subject, draft.text
    )
}

/// The first email of a kind in the outbox (by recipient and subject), as read.
fn stored(app: &TestApp, kind: &str) -> String {
    use twinning::db::schema::outbox;
    let mut conn = app.pool.get().unwrap();
    let (name, to, language, subject, text): (String, String, String, String, String) =
        outbox::table
            .filter(outbox::kind.eq(kind))
            .order((outbox::recipient, outbox::subject))
            .select((
                outbox::recipient_name,
                outbox::recipient,
                outbox::language,
                outbox::subject,
                outbox::body_text,
            ))
            .first(&mut conn)
            .unwrap_or_else(|e| panic!("no {kind} email: {e}"));
    format!("To: {name} <{to}>\nLanguage: {language}\nSubject: {subject}\n\n{text}")
}

#[actix_web::test]
async fn every_kind_of_email_reads_as_reviewed() {
    let head = common::letterhead();
    let cohort = CohortId::from("cohort-2");
    let invitation = compose::invitation(
        &compose::InvitationEmail {
            invitation_id: &InvitationId::from("invitation-1"),
            cohort_id: &cohort,
            cohort: "Cohort 2",
            programme: "Twinning Learning Programme",
            city: "Cascais",
            role: ProfileRole::Twin,
            link: "https://twinning.example.org/invitation/the-link-of-the-invitation",
            expires_on: d(2027, 4, 30),
            resent: false,
        },
        &ana("pt"),
        &head,
    );
    let receipt = compose::receipt(
        &compose::ReceiptEmail {
            profile_id: "profile-1",
            cohort_id: &cohort,
            cohort: "Cohort 2",
            city: "Cascais",
            version: 2,
            reference: "5B0C7E1A-V2",
            submitted_on: d(2027, 3, 2),
            call_closes: d(2027, 3, 31),
        },
        &ana("en"),
        &head,
    );
    let plan = compose::plan(
        &compose::PlanEmail {
            plan_id: "plan-1",
            cohort_id: &cohort,
            cohort: "Cohort 2",
            city: "Cascais",
            host: "Aarhus",
            version: 1,
            step: PlanStatus::ChangesRequested,
            comment: "Add a budget line for the park's upkeep.",
            actions: 3,
        },
        &ana("en"),
        &head,
    );
    let reminder = compose::reminder(
        &compose::ReminderEmail {
            reminder_id: "reminder-1",
            cohort_id: &cohort,
            cohort: "Cohort 2",
            city: "Cascais",
            about: ReminderAbout::Profile {
                closes: d(2027, 3, 31),
            },
        },
        &ana("pt"),
        &head,
    );
    let settings = reviewed();
    settings.bind(|| {
        insta::assert_snapshot!("email_invitation_pt", read(&invitation));
        insta::assert_snapshot!("email_receipt_en", read(&receipt));
        insta::assert_snapshot!("email_plan_changes_en", read(&plan));
        insta::assert_snapshot!("email_reminder_profile_pt", read(&reminder));
    });

    // A proposal and an itinerary, as the example cohort sends them.
    let app = spawn_app_with(Backend::Sqlite, true).await;
    fixtures::demo(&app);
    let (proposal, schedule) = (stored(&app, "proposal"), stored(&app, "schedule"));
    settings.bind(|| {
        insta::assert_snapshot!("email_proposal", proposal);
        insta::assert_snapshot!("email_schedule", schedule);
    });
}

#[actix_web::test]
async fn every_refusal_of_the_api_reads_as_reviewed() {
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = fixtures::cohort(&app, true).await;
    let problem = |r: reqwest::Response| async move {
        let status = r.status().as_u16();
        let kind = r.headers()["content-type"].to_str().unwrap().to_owned();
        let body: Value = r.json().await.unwrap();
        (status, kind, body)
    };
    let mut documents = Vec::new();
    // 401: no token.
    documents.push(
        problem(
            app.anonymous
                .get(app.url("/api/cohorts"))
                .send()
                .await
                .unwrap(),
        )
        .await,
    );
    // 404: no such cohort.
    documents.push(problem(app.get("/api/cohorts/no-such-cohort").await).await);
    // 422: every wrong field named.
    documents.push(
        problem(
            app.post_json(
                "/api/programmes",
                &json!({"name": "", "description": "x".repeat(5000)}),
            )
            .await,
        )
        .await,
    );
    // 400: not JSON.
    documents.push(
        problem(
            app.client
                .post(app.url("/api/programmes"))
                .header("content-type", "application/json")
                .body("{not json")
                .send()
                .await
                .unwrap(),
        )
        .await,
    );
    // 412: a change made on a version that is no longer the latest.
    let read: Value = app
        .get(&format!("/api/cohorts/{cohort}"))
        .await
        .json()
        .await
        .unwrap();
    let fields = [
        "programme_id",
        "number",
        "name",
        "call_opens",
        "call_closes",
        "starts_on",
        "ends_on",
        "modules",
        "visit_rules",
    ];
    let current: serde_json::Map<String, Value> = fields
        .iter()
        .map(|k| ((*k).to_owned(), read[*k].clone()))
        .collect();
    documents.push(
        problem(
            app.client
                .put(app.url(&format!("/api/cohorts/{cohort}")))
                .header("if-match", "\"0-stale\"")
                .json(&current)
                .send()
                .await
                .unwrap(),
        )
        .await,
    );
    let statuses: std::collections::BTreeSet<u16> = documents.iter().map(|d| d.0).collect();
    assert_eq!(
        statuses.into_iter().collect::<Vec<_>>(),
        [400, 401, 404, 412, 422],
        "one document of each refusal"
    );
    let settings = reviewed();
    settings.bind(|| {
        for (status, kind, body) in &documents {
            assert_eq!(kind, "application/problem+json", "{body}");
            insta::assert_json_snapshot!(format!("problem_{status}"), body);
        }
    });
}
