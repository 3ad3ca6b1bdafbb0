//! A Replication Plan per Twin (issue 25, part 3): the Twin of an accepted pair writes it
//! through its link from its host's practices, saves drafts, submits numbered versions;
//! a manager asks for changes or accepts, each step audited and emailed to the city in
//! its language through the real SMTP server; a stale review is refused (409); a wrong
//! field is named and nothing is stored; no city reads another's plan; CSV has the
//! actions; the pages work without JavaScript.

use std::time::Duration;

use chrono::Utc;
use diesel::prelude::*;
use serde_json::{Value, json};

use crate::common;
use common::smtp::{Behaviour, SmtpSink, smtp_settings};
use common::web::Session;
use common::{Backend, TestApp, fixtures, problem, spawn_app_tuned, spawn_app_with};

const CASCAIS: &str = "pt-cascais";

/// The example cohort opened again (it ended in May 2026): its end a year ahead.
fn reopen(app: &TestApp, cohort: &str) {
    use twinning::db::schema::cohorts;
    let mut conn = app.pool.get().unwrap();
    diesel::update(cohorts::table.find(cohort))
        .set(cohorts::ends_on.eq(Utc::now().date_naive() + chrono::Duration::days(365)))
        .execute(&mut conn)
        .unwrap();
}

fn action(title: &str) -> Value {
    json!({"title": title, "practice": "energy:participation",
           "owner": "Climate team", "starts_on": "2026-09-01", "ends_on": "2027-06-30",
           "budget_eur": 25000, "status": "planned",
           "indicator": "Residents in the workshops", "target_value": 120.5,
           "target_unit": "people"})
}

async fn city(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    token: &str,
    body: Option<&Value>,
) -> reqwest::Response {
    fixtures::as_city(app, method, path, token, body).await
}

async fn json_of(response: reqwest::Response, status: u16) -> Value {
    let got = response.status().as_u16();
    let body: Value = response.json().await.unwrap();
    assert_eq!(got, status, "{body}");
    body
}

fn audited(app: &TestApp, action: &str) -> i64 {
    use twinning::db::schema::audit_log;
    let mut conn = app.pool.get().unwrap();
    audit_log::table
        .filter(audit_log::action.eq(action))
        .filter(audit_log::entity.eq("replication_plan"))
        .count()
        .get_result(&mut conn)
        .unwrap()
}

/// Waits for a message whose subject starts with `prefix` and whose text has `words`.
async fn email(sink: &SmtpSink, prefix: &str, words: &str) -> Value {
    let started = std::time::Instant::now();
    loop {
        if let Some(m) = sink.messages().into_iter().find(|m| {
            m["subject"].as_str().unwrap_or("").starts_with(prefix)
                && m["text"].as_str().unwrap_or("").contains(words)
        }) {
            return m;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "no email «{prefix}…» with «{words}»: {:?}",
            sink.messages()
                .iter()
                .map(|m| m["subject"].clone())
                .collect::<Vec<_>>()
        );
        actix_web::rt::time::sleep(Duration::from_millis(200)).await;
    }
}

on_both_backends!(
    a_twin_submits_its_plan_and_a_manager_asks_for_changes_then_accepts,
    |backend| async move {
        let sink = SmtpSink::start(Behaviour::default());
        let app = spawn_app_tuned(backend, true, |s| smtp_settings(s, sink.port)).await;
        let cohort = fixtures::demo(&app);
        reopen(&app, &cohort);
        let token = fixtures::city_token(&app, &cohort, CASCAIS, "twin").await;
        use reqwest::Method;
        // The demo's plan: version 1, accepted, on Aarhus's CO-SHAPE practice.
        let mine = json_of(
            city(&app, Method::GET, "/api/city/plan", &token, None).await,
            200,
        )
        .await;
        assert_eq!(mine["open"], true, "{mine}");
        let practices: Vec<&str> = mine["practices"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_str().unwrap())
            .collect();
        assert!(practices.contains(&"energy:participation"), "{practices:?}");
        assert_eq!(mine["plan"]["versions"][0]["version"], 1);
        assert_eq!(mine["plan"]["versions"][0]["status"], "accepted");
        assert!(
            mine["plan"]["versions"][0]["actions"][0]["practice_label"]
                .as_str()
                .unwrap()
                .contains("CO-SHAPE")
        );

        // A change starts version 2, a draft; saving again rewrites that draft.
        let body = json!({"actions": [action("Pocket parks"), action("Bike lanes")]});
        let saved = json_of(
            city(&app, Method::PUT, "/api/city/plan", &token, Some(&body)).await,
            200,
        )
        .await;
        assert_eq!(saved["versions"][0]["version"], 2);
        assert_eq!(saved["versions"][0]["status"], "draft");
        assert_eq!(saved["versions"][0]["budget_eur"], 50000);
        let saved = json_of(
            city(&app, Method::PUT, "/api/city/plan", &token, Some(&body)).await,
            200,
        )
        .await;
        assert_eq!(
            saved["versions"].as_array().unwrap().len(),
            2,
            "a draft is rewritten, not added"
        );
        // Submitting a version that is not the draft is refused; the draft is submitted.
        problem(
            city(
                &app,
                Method::POST,
                "/api/city/plan/submit",
                &token,
                Some(&json!({"version": 1})),
            )
            .await,
            409,
        )
        .await;
        let submitted = json_of(
            city(
                &app,
                Method::POST,
                "/api/city/plan/submit",
                &token,
                Some(&json!({"version": 2})),
            )
            .await,
            200,
        )
        .await;
        assert_eq!(submitted["versions"][0]["status"], "submitted");
        assert_eq!(audited(&app, "submit plan"), 2, "the demo's and this one");
        email(&sink, "Plano de Replicação recebido", "versão 2").await;

        // The manager sees it in the cohort's list.
        let list = json_of(app.get(&format!("/api/cohorts/{cohort}/plans")).await, 200).await;
        let line = list
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["city_id"] == CASCAIS)
            .unwrap();
        assert_eq!(line["status"], "submitted");
        assert_eq!(line["actions"], 2);

        // A review of a version read before (1) is stale; asking changes needs a comment.
        let review = format!("/api/cohorts/{cohort}/plans/{CASCAIS}/review");
        problem(
            app.post_json(&review, &json!({"version": 1, "decision": "accept"}))
                .await,
            409,
        )
        .await;
        let refused = problem(
            app.post_json(&review, &json!({"version": 2, "decision": "changes"}))
                .await,
            422,
        )
        .await;
        assert!(refused.to_string().contains("comment"), "{refused}");
        // Two managers at once: one review counts, the other is told it is stale.
        let (first, second) = futures_util::future::join(
            app.post_json(&review, &json!({"version": 2, "decision": "changes", "comment": "Add a budget line for the park's upkeep."})),
            app.post_json(&review, &json!({"version": 2, "decision": "accept"})),
        )
        .await;
        let mut statuses = [first.status().as_u16(), second.status().as_u16()];
        statuses.sort();
        assert_eq!(statuses, [200, 409]);
        let plan = json_of(
            app.get(&format!("/api/cohorts/{cohort}/plans/{CASCAIS}"))
                .await,
            200,
        )
        .await;
        let status = plan["versions"][0]["status"].as_str().unwrap().to_owned();
        if status == "accepted" {
            // The acceptance won the race: the city gets that letter.
            email(&sink, "Plano de Replicação aceite", "versão 2").await;
            return;
        }
        assert_eq!(status, "changes_requested");
        let asked = email(&sink, "Plano de Replicação: alterações pedidas", "versão 2").await;
        let text = asked["text"].as_str().unwrap();
        assert!(
            text.contains("Add a budget line for the park's upkeep."),
            "{text}"
        );
        assert!(
            asked["to"]
                .as_str()
                .unwrap()
                .contains("cascais@example.org"),
            "{asked}"
        );
        assert_eq!(audited(&app, "ask plan changes"), 1);

        // The city changes it (version 3), submits, and it is accepted.
        let body = json!({"actions": [action("Pocket parks"), action("Bike lanes"), action("Park upkeep")]});
        let saved = json_of(
            city(&app, Method::PUT, "/api/city/plan", &token, Some(&body)).await,
            200,
        )
        .await;
        assert_eq!(saved["versions"][0]["version"], 3);
        json_of(
            city(
                &app,
                Method::POST,
                "/api/city/plan/submit",
                &token,
                Some(&json!({})),
            )
            .await,
            200,
        )
        .await;
        let accepted = json_of(
            app.post_json(
                &review,
                &json!({"version": 3, "decision": "accept", "comment": "Thank you."}),
            )
            .await,
            200,
        )
        .await;
        assert_eq!(accepted["versions"][0]["status"], "accepted");
        problem(
            app.post_json(&review, &json!({"version": 3, "decision": "accept"}))
                .await,
            409,
        )
        .await;
        email(&sink, "Plano de Replicação aceite", "versão 3").await;
        assert_eq!(audited(&app, "accept plan"), 2, "the demo's and this one");

        // CSV: one row per action of the plan the programme holds, for the plan and the cohort.
        for path in [
            format!("/api/cohorts/{cohort}/plans/{CASCAIS}/csv"),
            format!("/api/cohorts/{cohort}/plans.csv"),
        ] {
            let response = app.get(&path).await;
            assert_eq!(response.status().as_u16(), 200);
            let text = response.text().await.unwrap();
            let mut reader = csv::Reader::from_reader(text.as_bytes());
            let header = reader.headers().unwrap().clone();
            let title = header.iter().position(|h| h == "title").unwrap();
            let titles: Vec<String> = reader
                .records()
                .map(|r| r.unwrap()[title].to_owned())
                .collect();
            assert_eq!(
                titles,
                ["Pocket parks", "Bike lanes", "Park upkeep"],
                "{text}"
            );
        }
    }
);

on_both_backends!(
    a_wrong_field_is_named_and_nothing_is_stored,
    |backend| async move {
        let app = spawn_app_with(backend, true).await;
        let cohort = fixtures::demo(&app);
        reopen(&app, &cohort);
        let token = fixtures::city_token(&app, &cohort, CASCAIS, "twin").await;
        use reqwest::Method;
        let mut bad = action("Pocket parks");
        bad["ends_on"] = json!("2026-01-01");
        bad["practice"] = json!("energy:finance");
        bad["title"] = json!("");
        bad["budget_eur"] = json!(-1);
        let body = json!({"actions": [action("Fine"), bad]});
        let refused = problem(
            city(&app, Method::PUT, "/api/city/plan", &token, Some(&body)).await,
            422,
        )
        .await;
        let fields: Vec<&str> = refused["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert_eq!(
            fields,
            [
                "actions[1].title",
                "actions[1].practice",
                "actions[1].ends_on",
                "actions[1].budget_eur"
            ],
            "{refused}"
        );
        let many = json!({"actions": vec![action("One of many"); 31]});
        let refused = problem(
            city(&app, Method::PUT, "/api/city/plan", &token, Some(&many)).await,
            422,
        )
        .await;
        assert!(
            refused.to_string().contains("at most 30 actions"),
            "{refused}"
        );
        // Nothing stored: the plan is still the demo's one version.
        let mine = json_of(
            city(&app, Method::GET, "/api/city/plan", &token, None).await,
            200,
        )
        .await;
        assert_eq!(
            mine["plan"]["versions"].as_array().unwrap().len(),
            1,
            "{mine}"
        );
        {
            use twinning::db::schema::plan_actions;
            let mut conn = app.pool.get().unwrap();
            let n: i64 = plan_actions::table.count().get_result(&mut conn).unwrap();
            assert_eq!(n, 3, "the demo's three actions only");
        }
        // An empty submission is refused: there is no draft.
        problem(
            city(
                &app,
                Method::POST,
                "/api/city/plan/submit",
                &token,
                Some(&json!({})),
            )
            .await,
            409,
        )
        .await;
    }
);

#[actix_web::test]
async fn a_city_cannot_see_or_change_another_citys_plan() {
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = fixtures::demo(&app);
    reopen(&app, &cohort);
    use reqwest::Method;
    // Aarhus, the host, has no plan to write and cannot reach Cascais's.
    let aarhus = fixtures::city_token(&app, &cohort, "dk-aarhus", "host").await;
    let refused = problem(
        city(&app, Method::GET, "/api/city/plan", &aarhus, None).await,
        409,
    )
    .await;
    assert!(
        refused["detail"].as_str().unwrap().contains("Twin"),
        "{refused}"
    );
    problem(
        city(
            &app,
            Method::PUT,
            "/api/city/plan",
            &aarhus,
            Some(&json!({"actions": [action("Mine")]})),
        )
        .await,
        409,
    )
    .await;
    // Another Twin, whose pair is not accepted yet, neither.
    let list = json_of(
        app.get(&format!("/api/cohorts/{cohort}/invitations")).await,
        200,
    )
    .await;
    let other = list
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["role"] == "twin" && i["city_id"] != CASCAIS)
        .unwrap()["city_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let token = fixtures::city_token(&app, &cohort, &other, "twin").await;
    let refused = problem(
        city(&app, Method::GET, "/api/city/plan", &token, None).await,
        409,
    )
    .await;
    assert!(
        refused["detail"].as_str().unwrap().contains("accepted"),
        "{refused}"
    );
    // Cascais's plan is unchanged and only the manager reads it by its city.
    let plan = json_of(
        app.get(&format!("/api/cohorts/{cohort}/plans/{CASCAIS}"))
            .await,
        200,
    )
    .await;
    assert_eq!(plan["versions"].as_array().unwrap().len(), 1);
    let anonymous = app
        .anonymous
        .get(app.url(&format!("/api/cohorts/{cohort}/plans/{CASCAIS}")))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status().as_u16(), 401);
    problem(
        app.get(&format!("/api/cohorts/{cohort}/plans/{other}"))
            .await,
        404,
    )
    .await;
}

/// The city's pages: the form in its language, a row added with a button, an error
/// summary naming the fields, the check page and the submission; the manager's list, page,
/// review and printable page.
#[actix_web::test]
async fn the_city_writes_its_plan_on_its_pages_and_the_manager_reviews_it_in_the_console() {
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = fixtures::demo(&app);
    reopen(&app, &cohort);
    let token = fixtures::city_token(&app, &cohort, CASCAIS, "twin").await;
    let path = format!("/invitation/{token}/plan");
    let mut session = Session::new(&app.address);
    let home = session.get(&format!("/invitation/{token}")).await;
    assert!(
        home.body.contains(&path),
        "the city's page links to its plan"
    );
    let form = session.get(&path).await;
    assert_eq!(form.status, 200);
    assert!(form.shows("Plano de Replicação"), "in Portuguese");
    assert!(
        form.body.contains("name=\"actions[2].title\""),
        "the demo's three actions"
    );
    assert!(
        form.body.contains("name=\"actions[3].title\""),
        "and one empty row"
    );
    let csrf = form.csrf();
    // One more empty row, nothing saved.
    let more = session
        .post(
            &path,
            &[
                ("csrf", &csrf),
                ("action", "add"),
                ("actions[0].title", "Typed"),
            ],
        )
        .await;
    assert_eq!(more.status, 200);
    assert!(more.body.contains("name=\"actions[1].title\""));
    assert!(
        more.body.contains("value=\"Typed\""),
        "what was typed is kept"
    );
    // A row taken out, nothing saved either.
    let fewer = session
        .post(
            &path,
            &[
                ("csrf", &csrf),
                ("action", "remove-0"),
                ("actions[0].title", "Typed"),
                ("actions[1].title", "Kept"),
            ],
        )
        .await;
    assert_eq!(fewer.status, 200);
    assert!(fewer.body.contains("value=\"Kept\""));
    assert!(!fewer.body.contains("value=\"Typed\""), "the row is gone");
    // A wrong row: the summary names its fields, in the form's order, each linked.
    let refused = session
        .post(
            &path,
            &[
                ("csrf", &csrf),
                ("action", "save"),
                ("actions[0].title", "Hortas comunitárias"),
                ("actions[0].practice", "energy:participation"),
                ("actions[0].owner", ""),
                ("actions[0].starts_on", "2026-05-01"),
                ("actions[0].ends_on", "2026-04-01"),
                ("actions[0].budget_eur", "10 000"),
                ("actions[0].status", "planned"),
                ("actions[0].indicator", "Hortas"),
                ("actions[0].target_value", "12"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.body.contains("href=\"#actions-0-owner\""));
    assert!(refused.body.contains("href=\"#actions-0-ends-on\""));
    assert!(
        refused.body.find("#actions-0-owner").unwrap()
            < refused.body.find("#actions-0-ends-on").unwrap()
    );
    // Right, then checked and submitted.
    let good = [
        ("csrf", csrf.as_str()),
        ("action", "check"),
        ("actions[0].title", "Hortas comunitárias"),
        ("actions[0].practice", "energy:participation"),
        ("actions[0].owner", "Divisão de ambiente"),
        ("actions[0].starts_on", "2026-05-01"),
        ("actions[0].ends_on", "2026-12-01"),
        ("actions[0].budget_eur", "10 000"),
        ("actions[0].status", "planned"),
        ("actions[0].indicator", "Hortas"),
        ("actions[0].target_value", "12"),
    ];
    let saved = session.post(&path, &good).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let check = session.get(saved.location.as_deref().unwrap()).await;
    assert_eq!(check.status, 200, "{}", check.body);
    assert!(check.shows("Hortas comunitárias"));
    let version =
        common::web::hidden(&check.body, "version").expect("the check page carries the version");
    assert_eq!(version, "2");
    let done = session
        .post(
            &format!("{path}/submit"),
            &[("csrf", &check.csrf()), ("version", &version)],
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    let done = session.get(done.location.as_deref().unwrap()).await;
    assert!(done.body.contains("id=\"notice\""), "{}", done.body);

    // The console: the list, the plan, a review, the printable page.
    let mut manager = app.manager().await;
    let list = manager
        .get(&format!("/console/cohorts/{cohort}/plans"))
        .await;
    assert_eq!(list.status, 200);
    assert!(list.shows("Cascais"));
    let page = manager
        .get(&format!("/console/cohorts/{cohort}/plans/{CASCAIS}"))
        .await;
    assert_eq!(page.status, 200);
    assert!(page.shows("Hortas comunitárias"));
    let reviewed = manager
        .post(
            &format!("/console/cohorts/{cohort}/plans/{CASCAIS}/review"),
            &[
                ("csrf", &page.csrf()),
                ("version", "2"),
                ("decision", "changes"),
                ("comment", "Name an owner per action."),
            ],
        )
        .await;
    assert_eq!(reviewed.status, 303, "{}", reviewed.body);
    let reviewed = manager.get(reviewed.location.as_deref().unwrap()).await;
    assert!(reviewed.shows("Changes requested"), "{}", reviewed.body);
    let stale = manager
        .post(
            &format!("/console/cohorts/{cohort}/plans/{CASCAIS}/review"),
            &[
                ("csrf", &page.csrf()),
                ("version", "2"),
                ("decision", "accept"),
                ("comment", ""),
            ],
        )
        .await;
    assert_eq!(stale.status, 409, "{}", stale.body);
    let print = manager
        .get(&format!("/console/cohorts/{cohort}/plans/{CASCAIS}/print"))
        .await;
    assert_eq!(print.status, 200);
    assert!(print.body.contains("@page"), "print CSS");
    // The city sees the comment on its form.
    let form = session.get(&path).await;
    assert!(form.shows("Name an owner per action."));
}
