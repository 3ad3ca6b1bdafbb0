//! The OpenAPI document describes the routes the server really has and the bodies it
//! really accepts.

use crate::common;

use common::{Backend, spawn_app};
use serde_json::{Value, json};

#[actix_web::test]
async fn every_documented_route_exists() {
    let app = spawn_app(Backend::Sqlite).await;
    let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    assert!(paths.len() >= 9, "{:?}", paths.keys());
    for (path, item) in paths {
        let concrete = path.replace("{id}", "no-such-id");
        for method in item.as_object().unwrap().keys() {
            let request = app
                .client
                .request(method.to_uppercase().parse().unwrap(), app.url(&concrete));
            let request = if method == "post" || method == "put" {
                request.json(&json!({}))
            } else {
                request
            };
            let response = request.send().await.unwrap();
            assert_ne!(
                response.status().as_u16(),
                405,
                "{method} {path} is documented but not routed"
            );
            let body: Value = response.json().await.unwrap_or(Value::Null);
            assert_ne!(
                body["detail"], "API route at this path does not exist",
                "{method} {path} is documented but not routed"
            );
        }
    }
}

#[actix_web::test]
async fn the_city_schema_is_what_the_server_enforces() {
    let app = spawn_app(Backend::Sqlite).await;
    let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    let schema = &doc["components"]["schemas"]["CityInput"];
    assert_eq!(
        schema["additionalProperties"], false,
        "unknown fields are refused, so the schema says so"
    );
    let mut required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    required.sort();
    assert_eq!(required, ["country", "lat", "lon", "name", "population"]);

    let full =
        json!({"name": "Lund", "country": "SE", "lat": 55.7, "lon": 13.2, "population": 91940});
    for field in &required {
        let mut body = full.clone();
        body.as_object_mut().unwrap().remove(*field);
        let response = app.post_json("/api/cities", &body).await;
        assert_eq!(response.status().as_u16(), 422, "without {field}");
    }
    assert_eq!(
        app.post_json("/api/cities", &full).await.status().as_u16(),
        201
    );
}

#[actix_web::test]
async fn the_home_page_speaks_to_its_users() {
    let app = common::spawn_app_with(Backend::Sqlite, true).await;
    let page = app.get("/").await;
    assert_eq!(page.status().as_u16(), 200);
    let html = page.text().await.unwrap();
    // What the service is for, the way in for managers, and what a city officer does.
    assert!(html.contains("Twinning Learning Programme"), "{html}");
    assert!(html.contains("Twin Cities learn from Mission\nand Pilot Cities"));
    assert!(html.contains(r#"<a href="/console">the console</a>"#));
    assert!(html.contains("open the link in your invitation email"));
    // Nothing for developers only: no make targets, no database counts.
    assert!(!html.contains("make run") && !html.contains("count-cities"));
    assert!(html.contains(r#"href="/api/openapi.json""#));
}

#[actix_web::test]
async fn an_undocumented_route_is_a_problem_not_a_blank_page() {
    let app = spawn_app(Backend::Sqlite).await;
    let body = common::problem(app.get("/api/mayors").await, 404).await;
    assert_eq!(body["detail"], "API route /api/mayors does not exist");
}

#[actix_web::test]
async fn an_unknown_page_is_a_page() {
    let app = spawn_app(Backend::Sqlite).await;
    let response = app.get("/mayors").await;
    assert_eq!(response.status().as_u16(), 404);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("This page does not exist")
    );
}

#[actix_web::test]
async fn what_the_document_says_needs_a_token_does() {
    let app = spawn_app(Backend::Sqlite).await;
    let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    let schemes = doc["components"]["securitySchemes"].as_object().unwrap();
    assert_eq!(schemes["bearer"]["scheme"], "bearer");
    assert_eq!(schemes["invitation"]["scheme"], "bearer");
    let mut guarded = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        let concrete = path.replace("{id}", "no-such-id");
        for (method, operation) in item.as_object().unwrap() {
            let needs = operation["security"]
                .as_array()
                .map(|s| !s.is_empty())
                .unwrap_or(false);
            let request = app
                .anonymous
                .request(method.to_uppercase().parse().unwrap(), app.url(&concrete));
            let request = if method == "post" || method == "put" {
                request.json(&json!({}))
            } else {
                request
            };
            let status = request.send().await.unwrap().status().as_u16();
            if needs {
                guarded += 1;
                assert_eq!(status, 401, "{method} {path} says it needs a token");
            } else {
                assert_ne!(status, 401, "{method} {path} says it needs none");
            }
        }
    }
    assert!(guarded >= 25, "{guarded} guarded operations");
}

#[actix_web::test]
async fn every_operation_lists_the_answers_the_service_gives_around_it() {
    let app = spawn_app(Backend::Sqlite).await;
    let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    let mut bodies = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let responses = operation["responses"].as_object().unwrap();
            let says = |status: &str| responses.contains_key(status);
            let guarded = operation["security"]
                .as_array()
                .is_some_and(|s| !s.is_empty());
            if guarded {
                assert!(says("401"), "{method} {path} needs a token: 401");
            }
            if operation.get("requestBody").is_some() {
                bodies += 1;
                for status in ["400", "413", "415", "422"] {
                    assert!(says(status), "{method} {path} reads a body: {status}");
                }
            }
            assert!(says("503"), "{method} {path}: 503 when busy");
            for parameter in operation["parameters"].as_array().into_iter().flatten() {
                match parameter["name"].as_str().unwrap() {
                    "limit" => {
                        assert_eq!(parameter["schema"]["minimum"], 1, "{method} {path}");
                        assert_eq!(parameter["schema"]["maximum"], 500, "{method} {path}");
                    }
                    "offset" => assert_eq!(parameter["schema"]["minimum"], 0, "{method} {path}"),
                    _ => {}
                }
            }
        }
    }
    assert!(bodies >= 15, "{bodies} operations with a body");
}
