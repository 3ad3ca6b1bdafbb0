//! Personal data on request (issue 25, part 8): a manager exports what the service holds
//! about an email address (after the demo) and nothing of others; erases it from every
//! table (read back from the database on both backends) while the cohort's pairs, visits,
//! feedback and plans stay as they were, and a second erasure changes nothing; the
//! scheduler's tick anonymises a cohort past its retention period, once, and not a
//! current one; a bad address is refused with its field named; a city's token cannot call
//! these APIs.

use chrono::NaiveDate;
use diesel::prelude::*;
use serde_json::{Value, json};

use crate::common;
use common::{Backend, TestApp, fixtures, problem, spawn_app_with};

const CASCAIS: &str = "cascais@example.org";
const AARHUS: &str = "aarhus@example.org";

async fn export(app: &TestApp, email: &str) -> Value {
    let response = app
        .get(&format!("/api/people/export?email={}", urlencode(email)))
        .await;
    assert_eq!(response.status().as_u16(), 200);
    response.json().await.unwrap()
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'-' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Erases `email`'s data through the API, as a client does: again after a 503 (an email
/// to or about the address was being recorded as sent by the mail worker).
async fn erase(app: &TestApp, email: &str) -> Value {
    for _ in 0..100 {
        let response = app
            .post_json("/api/people/erase", &json!({ "email": email }))
            .await;
        match response.status().as_u16() {
            503 => tokio::time::sleep(std::time::Duration::from_millis(100)).await,
            status => {
                assert_eq!(status, 200);
                return response.json().await.unwrap();
            }
        }
    }
    panic!("the erasure stayed unavailable");
}

/// Every stored text that could hold an address, in lower case, with where it is.
fn everything_stored(app: &TestApp) -> Vec<(&'static str, String)> {
    use twinning::db::schema::{audit_log, contacts, invitations, outbox, profile_contacts};
    let mut conn = app.pool.get().unwrap();
    let mut all: Vec<(&'static str, String)> = Vec::new();
    for (n, e) in contacts::table
        .select((contacts::name, contacts::email))
        .load::<(String, String)>(&mut conn)
        .unwrap()
    {
        all.push(("contacts", format!("{n} {e}")));
    }
    for (n, e) in profile_contacts::table
        .select((profile_contacts::name, profile_contacts::email))
        .load::<(String, String)>(&mut conn)
        .unwrap()
    {
        all.push(("profile_contacts", format!("{n} {e}")));
    }
    for e in invitations::table
        .select(invitations::email)
        .load::<String>(&mut conn)
        .unwrap()
    {
        all.push(("invitations", e));
    }
    for (r, n, t, h, c) in outbox::table
        .select((
            outbox::recipient,
            outbox::recipient_name,
            outbox::body_text,
            outbox::body_html,
            outbox::calendar,
        ))
        .load::<(String, String, String, String, Option<String>)>(&mut conn)
        .unwrap()
    {
        all.push((
            "outbox",
            format!("{r} {n} {t} {h} {}", c.unwrap_or_default()),
        ));
    }
    for (a, d) in audit_log::table
        .select((audit_log::actor, audit_log::detail))
        .load::<(String, String)>(&mut conn)
        .unwrap()
    {
        all.push(("audit_log", format!("{a} {d}")));
    }
    all.into_iter()
        .map(|(t, s)| (t, s.to_lowercase()))
        .collect()
}

fn mentions(app: &TestApp, email: &str) -> Vec<&'static str> {
    let mut tables: Vec<&'static str> = everything_stored(app)
        .into_iter()
        .filter(|(_, s)| s.contains(email))
        .map(|(t, _)| t)
        .collect();
    tables.dedup();
    tables
}

/// What others rely on: counts of the cohort's records.
fn records(app: &TestApp) -> Vec<i64> {
    use twinning::db::schema::{
        plan_actions, profiles, proposals, replication_plans, visit_feedback, visits,
    };
    let mut conn = app.pool.get().unwrap();
    vec![
        profiles::table.count().get_result(&mut conn).unwrap(),
        proposals::table.count().get_result(&mut conn).unwrap(),
        visits::table.count().get_result(&mut conn).unwrap(),
        visit_feedback::table.count().get_result(&mut conn).unwrap(),
        replication_plans::table
            .count()
            .get_result(&mut conn)
            .unwrap(),
        plan_actions::table.count().get_result(&mut conn).unwrap(),
    ]
}

on_both_backends!(
    export_finds_everything_about_an_address_and_nothing_of_others,
    |backend: Backend| async move {
        let app = spawn_app_with(backend, true).await;
        let cohort = fixtures::demo(&app);
        let data = export(&app, "Cascais@Example.org").await;
        let contacts = data["profile_contacts"].as_array().unwrap();
        assert!(!contacts.is_empty(), "{data}");
        assert!(contacts.iter().all(|c| c["email"] == CASCAIS
            && c["city_id"] == "pt-cascais"
            && c["cohort_id"] == cohort.as_str()));
        // Every email queued to the address, and only those.
        let to_cascais: Vec<String> = {
            use twinning::db::schema::outbox;
            let mut conn = app.pool.get().unwrap();
            outbox::table
                .filter(outbox::recipient.eq(CASCAIS))
                .select(outbox::id)
                .load(&mut conn)
                .unwrap()
        };
        assert!(!to_cascais.is_empty());
        let mut listed: Vec<String> = data["emails"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["id"].as_str().unwrap().to_owned())
            .collect();
        listed.sort();
        let mut expected = to_cascais.clone();
        expected.sort();
        assert_eq!(listed, expected);
        // The plan the demo's Cascais wrote is its contact's to see.
        assert!(
            !data["plan_actions"].as_array().unwrap().is_empty(),
            "{data}"
        );
        assert!(
            data["plan_actions"]
                .as_array()
                .unwrap()
                .iter()
                .all(|a| a["city_id"] == "pt-cascais")
        );
        // Nothing of Aarhus's contact.
        let aarhus = export(&app, AARHUS).await;
        assert!(
            aarhus["emails"]
                .as_array()
                .unwrap()
                .iter()
                .all(|e| !to_cascais.contains(&e["id"].as_str().unwrap().to_owned()))
        );
        assert!(
            aarhus["profile_contacts"]
                .as_array()
                .unwrap()
                .iter()
                .all(|c| c["city_id"] == "dk-aarhus")
        );
        // Nobody: empty lists.
        let nobody = export(&app, "nobody@example.org").await;
        for list in [
            "city_contacts",
            "profile_contacts",
            "invitations",
            "emails",
            "feedback",
            "plan_actions",
            "audit",
        ] {
            assert_eq!(nobody[list], json!([]), "{list}");
        }
        // The export is audited, without the address.
        use twinning::db::schema::audit_log;
        let mut conn = app.pool.get().unwrap();
        let entries: Vec<(String, String)> = audit_log::table
            .filter(audit_log::action.eq("export"))
            .select((audit_log::entity_id, audit_log::detail))
            .load(&mut conn)
            .unwrap();
        assert_eq!(entries.len(), 3);
        assert!(
            entries
                .iter()
                .all(|(id, d)| !id.contains('@') && !d.contains('@'))
        );
    }
);

on_both_backends!(
    erase_removes_an_address_everywhere_and_keeps_the_records,
    |backend: Backend| async move {
        let app = spawn_app_with(backend, true).await;
        let cohort = fixtures::demo(&app);
        let before = records(&app);
        let plans_before: Value = app
            .get(&format!("/api/cohorts/{cohort}/plans"))
            .await
            .json()
            .await
            .unwrap();
        assert!(!mentions(&app, CASCAIS).is_empty());
        let done = erase(&app, "CASCAIS@example.org").await;
        assert!(done["profile_contacts"].as_u64().unwrap() > 0, "{done}");
        assert!(done["emails"].as_u64().unwrap() > 0, "{done}");
        assert!(done["placeholder"].as_str().unwrap().ends_with(".invalid"));
        assert_eq!(
            mentions(&app, CASCAIS),
            Vec::<&str>::new(),
            "the address is still stored"
        );
        // Others' data stays.
        assert!(!mentions(&app, AARHUS).is_empty());
        assert_eq!(records(&app), before);
        let plans_after: Value = app
            .get(&format!("/api/cohorts/{cohort}/plans"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(plans_after, plans_before);
        // A second erasure changes nothing; the export finds nothing.
        let again = erase(&app, CASCAIS).await;
        for n in [
            "city_contacts",
            "profile_contacts",
            "invitations",
            "emails",
            "mentions",
        ] {
            assert_eq!(again[n], 0, "{again}");
        }
        let data = export(&app, CASCAIS).await;
        assert_eq!(data["emails"], json!([]));
        assert_eq!(data["profile_contacts"], json!([]));
        // One erasure audited, naming no address.
        use twinning::db::schema::audit_log;
        let mut conn = app.pool.get().unwrap();
        let erasures: Vec<String> = audit_log::table
            .filter(audit_log::action.eq("erase"))
            .select(audit_log::detail)
            .load(&mut conn)
            .unwrap();
        assert_eq!(erasures.len(), 1);
        assert!(!erasures[0].contains('@'));
        // Nothing more is sent to the placeholder (a reminder to the profile's participant).
        let placeholder = done["placeholder"].as_str().unwrap();
        let draft = fixtures::test_email(placeholder, "(erased)", "A reminder");
        let stored =
            twinning::mail::enqueue(&mut conn, vec![draft], &common::letterhead(), "test").unwrap();
        assert_eq!(stored, 0);
    }
);

/// One tick of the scheduler's anonymisation at `day`, with the default retention.
fn tick(app: &TestApp, day: NaiveDate) -> usize {
    let mut conn = app.pool.get().unwrap();
    twinning::ops::privacy::anonymise_due(&mut conn, day.and_hms_opt(8, 0, 0).unwrap(), 730, "test")
        .unwrap()
}

on_both_backends!(
    retention_anonymises_a_cohort_past_its_period_once,
    |backend: Backend| async move {
        let app = spawn_app_with(backend, true).await;
        let demo = fixtures::demo(&app);
        let current = fixtures::cohort(&app, true).await;
        fixtures::invite(&app, &current, "pt-cascais", "twin").await;
        let before = records(&app);
        // The demo's cohort ended on 31 May 2026: kept for 730 days.
        let ends = NaiveDate::from_ymd_opt(2026, 5, 31).unwrap();
        assert_eq!(tick(&app, ends + chrono::Duration::days(730)), 0);
        assert!(!mentions(&app, CASCAIS).is_empty());
        // Once the mail worker has recorded the demo's emails (a cohort whose emails are
        // being recorded waits for the next tick).
        let mut done = 0;
        for _ in 0..100 {
            done = tick(&app, ends + chrono::Duration::days(731));
            if done == 1 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert_eq!(done, 1);
        assert_eq!(
            tick(&app, ends + chrono::Duration::days(732)),
            0,
            "anonymised once"
        );
        {
            use twinning::db::schema::{cohorts, invitations, outbox, profile_contacts, profiles};
            let mut conn = app.pool.get().unwrap();
            let participants: Vec<String> = profile_contacts::table
                .inner_join(profiles::table)
                .filter(profiles::cohort_id.eq(&demo))
                .select(profile_contacts::email)
                .load(&mut conn)
                .unwrap();
            assert!(!participants.is_empty());
            assert!(
                participants.iter().all(|e| e.starts_with("erased-")),
                "{participants:?}"
            );
            let recipients: Vec<String> = outbox::table
                .filter(outbox::cohort_id.eq(&demo))
                .select(outbox::recipient)
                .load(&mut conn)
                .unwrap();
            assert!(
                recipients.iter().all(|e| e.starts_with("erased-")),
                "{recipients:?}"
            );
            // The current cohort keeps its invitation's address.
            let current_emails: Vec<String> = invitations::table
                .filter(invitations::cohort_id.eq(&current))
                .select(invitations::email)
                .load(&mut conn)
                .unwrap();
            assert_eq!(current_emails, vec!["team@example.org".to_owned()]);
            let marked: Option<chrono::NaiveDateTime> = cohorts::table
                .find(&current)
                .select(cohorts::personal_data_erased_at)
                .first(&mut conn)
                .unwrap();
            assert_eq!(marked, None);
        }
        assert_eq!(records(&app), before);
    }
);

#[actix_web::test]
async fn a_bad_address_is_named_and_a_city_cannot_ask() {
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = fixtures::demo(&app);
    let long = format!("{}@example.org", "a".repeat(10_000));
    for bad in [long.as_str(), "not an email", ""] {
        let refused = problem(
            app.get(&format!("/api/people/export?email={}", urlencode(bad)))
                .await,
            422,
        )
        .await;
        assert_eq!(refused["errors"][0]["field"], "email", "{refused}");
        let refused = problem(
            app.post_json("/api/people/erase", &json!({"email": bad}))
                .await,
            422,
        )
        .await;
        assert_eq!(refused["errors"][0]["field"], "email", "{refused}");
    }
    let token = fixtures::city_token(&app, &cohort, "pt-cascais", "twin").await;
    let path = format!("/api/people/export?email={}", urlencode(AARHUS));
    let response = fixtures::as_city(&app, reqwest::Method::GET, &path, &token, None).await;
    assert_eq!(response.status().as_u16(), 401);
    let body = json!({"email": AARHUS});
    let response = fixtures::as_city(
        &app,
        reqwest::Method::POST,
        "/api/people/erase",
        &token,
        Some(&body),
    )
    .await;
    assert_eq!(response.status().as_u16(), 401);
    assert!(!mentions(&app, AARHUS).is_empty(), "nothing was erased");
}

fn visit_id(plan: &Value, label: &str) -> String {
    plan["visits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["label"] == label)
        .unwrap_or_else(|| panic!("the demo plans {label}"))["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[actix_web::test]
async fn the_notice_is_on_every_city_form_in_the_citys_language() {
    use common::web::Session;
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = fixtures::demo(&app);
    // The example cohort opened again (it ended in May 2026), so feedback can be given.
    {
        use twinning::db::schema::cohorts;
        let mut conn = app.pool.get().unwrap();
        diesel::update(cohorts::table.find(&cohort))
            .set(cohorts::ends_on.eq(chrono::Utc::now().date_naive() + chrono::Duration::days(365)))
            .execute(&mut conn)
            .unwrap();
    }
    let plan: Value = app
        .get(&format!("/api/cohorts/{cohort}/visits"))
        .await
        .json()
        .await
        .unwrap();
    let trip = visit_id(&plan, "Cascais to Aarhus, trip 1");
    let back = visit_id(&plan, "Aarhus to Cascais, visit back 1");
    let token = fixtures::city_token(&app, &cohort, "pt-cascais", "twin").await;
    let mut city = Session::new(&app.address);
    for (path, form) in [
        (format!("/invitation/{token}"), "<form method=\"post\""),
        (format!("/invitation/{token}/plan"), "<form method=\"post\""),
        (
            format!("/invitation/{token}/visits/{back}/feedback"),
            "id=\"feedback\"",
        ),
        (
            format!("/invitation/{token}/visits/{trip}"),
            "id=\"costs-form\"",
        ),
    ] {
        let page = city.get(&path).await;
        assert_eq!(page.status, 200, "{path}");
        assert!(page.body.contains(form), "{path} has its form");
        assert!(
            page.shows("Os seus dados pessoais."),
            "{path} has the notice in Portuguese"
        );
        assert!(
            page.shows("São guardados durante 730 dias após o fim da sua coorte"),
            "{path}"
        );
        assert!(page.shows("escreva à equipa do programa"), "{path}");
        assert!(
            page.body.contains("href=\"/privacy?lang=pt\""),
            "{path} links the notice"
        );
    }
    // The full notice, in Portuguese and in English, with the controller and contact.
    let page = city.get("/privacy?lang=pt").await;
    assert_eq!(page.status, 200);
    assert!(page.shows("Aviso de privacidade"));
    assert!(page.shows("guardados durante 730 dias após o fim da coorte"));
    assert!(page.shows("Escreva para: twinning@example.org"));
    let page = Session::new(&app.address).get("/privacy").await;
    assert!(page.shows("Privacy notice"));
    assert!(page.shows(
        "Controller of the data: The Twinning Learning Programme team of the EU Cities Mission"
    ));
    assert!(!page.body.contains("<script"));
}

#[actix_web::test]
async fn a_manager_finds_downloads_and_erases_a_persons_data_in_the_console() {
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = fixtures::demo(&app);
    let mut console = app.manager().await;
    let page = console.get("/console").await;
    assert!(
        page.body.contains("href=\"/console/people\""),
        "the console links the page"
    );
    let page = console
        .get("/console/people?email=Cascais%40example.org")
        .await;
    assert_eq!(page.status, 200);
    assert!(page.shows("What the service holds about Cascais@example.org"));
    assert!(page.shows("Example contact of Cascais"));
    assert!(page.body.contains("id=\"emails\""));
    // The JSON download holds the same.
    let download = console
        .get("/console/people/export.json?email=cascais%40example.org")
        .await;
    assert_eq!(download.status, 200);
    assert!(
        download.headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let data: Value = serde_json::from_str(&download.body).unwrap();
    assert!(!data["emails"].as_array().unwrap().is_empty());
    // A bad address is named.
    let refused = console.get("/console/people?email=not+an+email").await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("id=\"error-summary\""));
    assert!(refused.shows("this is not an email address"));
    // The cohort says when its data goes: 730 days after 31 May 2026.
    let page = console.get(&format!("/console/cohorts/{cohort}")).await;
    assert!(
        page.shows("will be anonymised on 2028-05-30"),
        "{}",
        page.body
    );
    // Erasing asks first, then erases.
    let confirm = console
        .get("/console/people/erase?email=cascais%40example.org")
        .await;
    assert_eq!(confirm.status, 200);
    assert!(confirm.shows("Erase the personal data of cascais@example.org?"));
    assert!(!mentions(&app, CASCAIS).is_empty(), "asking erased nothing");
    let csrf = confirm.csrf();
    let done = console
        .post(
            "/console/people/erase",
            &[("csrf", csrf.as_str()), ("email", CASCAIS)],
        )
        .await;
    assert_eq!(done.status, 200);
    assert!(
        done.body.contains("The person's data was erased"),
        "{}",
        done.body
    );
    assert_eq!(mentions(&app, CASCAIS), Vec::<&str>::new());
    // Past its retention period, the cohort says it was anonymised.
    tick(&app, NaiveDate::from_ymd_opt(2028, 6, 1).unwrap());
    let page = console.get(&format!("/console/cohorts/{cohort}")).await;
    assert!(page.shows("was anonymised on"), "{}", page.body);
}
