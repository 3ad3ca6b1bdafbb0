//! No input makes the server answer 500: every field of every writable resource is sent
//! with values of every wrong kind, and each answer must be a 4xx problem or a success.

use crate::common;

use common::{Backend, spawn_app};
use serde_json::{Value, json};

fn nasty_values() -> Vec<Value> {
    vec![
        Value::Null,
        json!(true),
        json!(-1),
        json!(0),
        json!(1e308),
        json!(-1e308),
        json!(9_223_372_036_854_775_807i64),
        json!(""),
        json!(" "),
        json!("x".repeat(20_000)),
        json!("2024-02-30"),
        json!("Ω'; DROP TABLE cities; --"),
        json!("a\u{0}b"),
        json!("line\nbreak"),
        json!([]),
        json!([1, "a", null]),
        json!({}),
        json!({"nested": {"deeper": [1, 2, 3]}}),
    ]
}

async fn hammer(backend: Backend) {
    let app = spawn_app(backend).await;
    let programme: Value = app
        .post_json("/api/programmes", &json!({"name": "P"}))
        .await
        .json()
        .await
        .unwrap();
    let programme_id = programme["id"].as_str().unwrap();
    let bodies = [
        (
            "/api/cities",
            json!({"name": "Lund", "country": "SE", "lat": 55.7, "lon": 13.2, "population": 91940,
            "languages": ["sv"], "roles": [{"role": "pilot"}]}),
        ),
        ("/api/programmes", json!({"name": "Q", "description": "d"})),
        (
            "/api/cohorts",
            json!({"programme_id": programme_id, "number": 1, "name": "C",
            "call_opens": "2024-01-01", "call_closes": "2024-02-01", "starts_on": "2024-03-01", "ends_on": "2025-03-01",
            "modules": [{"name": "M", "starts_on": "2024-03-01", "ends_on": "2025-03-01"}],
            "visit_rules": {"twin_to_host": 2, "host_to_twin": 1, "days": 3, "min_gap_days": 60}}),
        ),
        (
            "/api/events",
            json!({"kind": "blackout", "label": "B", "starts_on": "2025-07-01", "ends_on": "2025-07-31"}),
        ),
    ];
    let mut requests = 0;
    for (path, valid) in bodies {
        for field in valid.as_object().unwrap().keys() {
            for value in nasty_values() {
                let mut body = valid.clone();
                body[field] = value.clone();
                let status = app.post_json(path, &body).await.status().as_u16();
                assert!(
                    status < 500,
                    "POST {path} with {field} = {value} answered {status}"
                );
                requests += 1;
            }
        }
        for raw in [
            "",
            "null",
            "[]",
            "{",
            "\"text\"",
            "{\"name\": \"\\ud800\"}",
            "1e999999",
        ] {
            let status = app
                .post_raw(path, "application/json", raw)
                .await
                .status()
                .as_u16();
            assert!(
                (400..500).contains(&status),
                "POST {path} with {raw:?} answered {status}"
            );
        }
    }
    assert!(requests > 200);
    for path in [
        "/api/cities?limit=-1",
        "/api/cities?offset=abc",
        "/api/cities?limit=99999999999999999999",
        "/api/cities/%00",
        "/api/cities?country=%00",
        "/api/events?limit=1e3",
    ] {
        let status = app.get(path).await.status().as_u16();
        assert!(status < 500, "GET {path} answered {status}");
    }
}

#[actix_web::test]
async fn sqlite_never_answers_500() {
    hammer(Backend::Sqlite).await;
}

#[actix_web::test]
async fn postgres_never_answers_500() {
    hammer(Backend::Postgres).await;
}
