//! Programmes, cohorts and the calendar through the API, on both backends.

use crate::common;

use common::{TestApp, problem, spawn_app};
use serde_json::{Value, json};

async fn programme(app: &TestApp) -> String {
    let body = json!({"name": "Twinning Learning Programme", "description": "EU Cities Mission"});
    let created: Value = app
        .post_json("/api/programmes", &body)
        .await
        .json()
        .await
        .unwrap();
    created["id"].as_str().expect("programme id").to_owned()
}

fn cohort_two(programme_id: &str) -> Value {
    json!({
        "programme_id": programme_id, "number": 2, "name": "Cohort 2",
        "call_opens": "2024-04-01", "call_closes": "2024-06-30",
        "starts_on": "2024-09-01", "ends_on": "2026-05-31",
        "modules": [
            {"name": "Getting started", "starts_on": "2024-09-01", "ends_on": "2024-12-31"},
            {"name": "Co-creating", "starts_on": "2025-01-01", "ends_on": "2025-12-31"},
            {"name": "Capitalising", "starts_on": "2026-01-01", "ends_on": "2026-05-31"}
        ],
        "visit_rules": {"twin_to_host": 2, "host_to_twin": 1, "days": 3, "min_gap_days": 60}
    })
}

on_both_backends!(
    a_cohort_keeps_its_modules_and_visit_rules,
    |backend| async move {
        let app = spawn_app(backend).await;
        let programme_id = programme(&app).await;

        let created = app
            .post_json("/api/cohorts", &cohort_two(&programme_id))
            .await;
        assert_eq!(created.status().as_u16(), 201);
        let cohort: Value = created.json().await.unwrap();
        let id = cohort["id"].as_str().unwrap();
        let read: Value = app
            .get(&format!("/api/cohorts/{id}"))
            .await
            .json()
            .await
            .unwrap();
        let modules: Vec<&str> = read["modules"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["name"].as_str().unwrap())
            .collect();
        assert_eq!(modules, ["Getting started", "Co-creating", "Capitalising"]);
        assert_eq!(read["visit_rules"]["twin_to_host"], 2);
        assert_eq!(read["visit_rules"]["min_gap_days"], 60);

        let mut shorter = cohort_two(&programme_id);
        shorter["modules"] =
            json!([{"name": "All of it", "starts_on": "2024-09-01", "ends_on": "2026-05-31"}]);
        let updated: Value = app
            .put_json(&format!("/api/cohorts/{id}"), &shorter)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(updated["modules"].as_array().unwrap().len(), 1);

        let listed: Value = app
            .get(&format!("/api/cohorts?programme_id={programme_id}"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(listed["total"], 1);

        let duplicate = problem(
            app.post_json("/api/cohorts", &cohort_two(&programme_id))
                .await,
            409,
        )
        .await;
        assert_eq!(duplicate["field"], "number");

        // A programme with a cohort is not deleted (issue 26): its cohort first.
        problem(
            app.delete(&format!("/api/programmes/{programme_id}")).await,
            409,
        )
        .await;
        assert_eq!(
            app.delete(&format!("/api/cohorts/{id}"))
                .await
                .status()
                .as_u16(),
            204
        );
        problem(app.get(&format!("/api/cohorts/{id}")).await, 404).await;
        assert_eq!(
            app.delete(&format!("/api/programmes/{programme_id}"))
                .await
                .status()
                .as_u16(),
            204
        );
    }
);

on_both_backends!(
    a_cohort_that_ends_before_it_starts_is_refused,
    |backend| async move {
        let app = spawn_app(backend).await;
        let programme_id = programme(&app).await;

        let mut bad = cohort_two(&programme_id);
        bad["ends_on"] = json!("2024-08-01");
        let body = problem(app.post_json("/api/cohorts", &bad).await, 422).await;
        assert_eq!(body["field"], "ends_on");
        assert!(
            body["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("before the start 2024-09-01")
        );

        let mut outside = cohort_two(&programme_id);
        outside["modules"][2]["ends_on"] = json!("2026-09-30");
        let body = problem(app.post_json("/api/cohorts", &outside).await, 422).await;
        assert_eq!(body["field"], "modules[2].starts_on");

        let mut not_a_date = cohort_two(&programme_id);
        not_a_date["starts_on"] = json!("2024-02-30");
        let body = problem(app.post_json("/api/cohorts", &not_a_date).await, 422).await;
        assert_eq!(body["field"], "starts_on");

        let mut rules = cohort_two(&programme_id);
        rules["visit_rules"]["days"] = json!(0);
        let body = problem(app.post_json("/api/cohorts", &rules).await, 422).await;
        assert_eq!(body["field"], "visit_rules.days");

        let body = problem(
            app.post_json("/api/cohorts", &cohort_two("nope")).await,
            422,
        )
        .await;
        assert_eq!(body["field"], "programme_id");

        let listed: Value = app.get("/api/cohorts").await.json().await.unwrap();
        assert_eq!(listed["total"], 0);
    }
);

on_both_backends!(
    the_calendar_starts_with_the_mission_conferences,
    |backend| async move {
        let app = spawn_app(backend).await;
        let events: Value = app.get("/api/events").await.json().await.unwrap();
        let places: Vec<(&str, &str)> = events["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["location"].as_str().unwrap(),
                    e["starts_on"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            places,
            [
                ("Brussels", "2023-06-26"),
                ("Valencia", "2024-06-25"),
                ("Vilnius", "2025-05-06"),
                ("Turin", "2026-05-27")
            ]
        );

        let summer = json!({"kind": "blackout", "label": "Summer", "starts_on": "2025-07-14", "ends_on": "2025-08-15"});
        let created: Value = app
            .post_json("/api/events", &summer)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(created["kind"], "blackout");
        let events: Value = app.get("/api/events").await.json().await.unwrap();
        assert_eq!(events["total"], 5);

        let mut backwards = summer.clone();
        backwards["ends_on"] = json!("2025-07-01");
        let body = problem(app.post_json("/api/events", &backwards).await, 422).await;
        assert_eq!(body["field"], "ends_on");

        let mut holiday = summer.clone();
        holiday["kind"] = json!("holiday");
        let body = problem(app.post_json("/api/events", &holiday).await, 422).await;
        assert_eq!(body["field"], "kind");

        let id = created["id"].as_str().unwrap();
        assert_eq!(
            app.delete(&format!("/api/events/{id}"))
                .await
                .status()
                .as_u16(),
            204
        );
        problem(app.delete(&format!("/api/events/{id}")).await, 404).await;
    }
);

on_both_backends!(a_programme_name_is_unique, |backend| async move {
    let app = spawn_app(backend).await;
    programme(&app).await;
    let body = json!({"name": "Twinning Learning Programme"});
    let problem_body = problem(app.post_json("/api/programmes", &body).await, 409).await;
    assert_eq!(problem_body["field"], "name");
    let listed: Value = app.get("/api/programmes").await.json().await.unwrap();
    assert_eq!(listed["total"], 1);
    let empty = problem(
        app.post_json("/api/programmes", &json!({"name": "  "}))
            .await,
        422,
    )
    .await;
    assert_eq!(empty["field"], "name");
});
