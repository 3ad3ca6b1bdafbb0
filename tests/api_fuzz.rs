//! Every operation of the OpenAPI document, fuzzed by schemathesis (property-based: valid
//! and invalid inputs generated from the document) against the real app on the example
//! data: no answer may be a 5xx, and every answer must match the document (its status,
//! media type and schema). Bounded in time so `make test` stays a few minutes.

use std::process::Command;

use crate::common;

use common::{Backend, fixtures};
use serde_json::{Value, json};

/// Seconds schemathesis may spend (`TWINNING_FUZZ_SECONDS` to change it).
fn budget() -> String {
    std::env::var("TWINNING_FUZZ_SECONDS").unwrap_or_else(|_| "120".to_owned())
}

#[actix_web::test]
async fn every_operation_answers_as_documented_whatever_it_is_sent() {
    let app = common::spawn_app_with(Backend::Sqlite, true).await;
    let cohort = fixtures::demo(&app);
    let config = config_with_real_ids(&app, &cohort).await;
    let address = app.address.clone();
    let token = app.token.clone();
    // Its own folder: nothing it writes lands in the checkout.
    let scratch = tempfile::tempdir().unwrap();
    let cwd = scratch.path().to_owned();
    let config_file = cwd.join("schemathesis.toml");
    std::fs::write(&config_file, config).unwrap();
    let output = actix_web::rt::task::spawn_blocking(move || {
        // Its command, beside the test Python (make test-deps installs it there).
        let program = std::path::Path::new(&common::python()).with_file_name("schemathesis");
        Command::new(program)
            .arg("--config-file")
            .arg(&config_file)
            .arg("run")
            .arg(format!("{address}/api/openapi.json"))
            .args(["--header", &format!("Authorization: Bearer {token}")])
            .args([
                "--checks",
                "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
            ])
            .args(["--phases", "examples,coverage,fuzzing"])
            .args(["--max-time", &budget()])
            .args(["--max-examples", "25"])
            .args(["--workers", "2"])
            .args(["--request-timeout", "30"])
            .arg("--generation-deterministic")
            .arg("--no-color")
            .current_dir(cwd)
            .output()
            .expect("schemathesis runs (make test-deps installs it)")
    })
    .await
    .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "schemathesis found answers that are not as documented:\n{text}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The first `key` of the items of a list answer.
async fn first(app: &common::TestApp, path: &str, key: &str) -> String {
    let body: Value = app.get(path).await.json().await.unwrap();
    let items = body.get("items").unwrap_or(&body);
    items[0][key]
        .as_str()
        .unwrap_or_else(|| panic!("{path}: {body}"))
        .to_owned()
}

/// The schemathesis configuration: each `{id}` of a path is a real one of the example
/// data (else nearly every operation would only ever answer 404), and the city's
/// operations carry a city's link token.
async fn config_with_real_ids(app: &common::TestApp, cohort: &str) -> String {
    let programme = first(app, "/api/programmes", "id").await;
    let round = first(app, &format!("/api/cohorts/{cohort}/rounds"), "id").await;
    let invitation = first(app, &format!("/api/cohorts/{cohort}/invitations"), "id").await;
    let email = first(app, "/api/emails", "id").await;
    let proposal = first(app, &format!("/api/cohorts/{cohort}/proposals"), "id").await;
    let host = first(app, &format!("/api/cohorts/{cohort}/proposals"), "host_id").await;
    let visits: Value = app
        .get(&format!("/api/cohorts/{cohort}/visits"))
        .await
        .json()
        .await
        .unwrap();
    let visit = visits["visits"][0]["id"].as_str().unwrap().to_owned();
    let schedule = visits["schedule"]["id"].as_str().unwrap().to_owned();
    let event = app
        .post_json(
            "/api/events",
            &json!({"kind": "blackout", "label": "Strike", "starts_on": "2025-03-03", "ends_on": "2025-03-04"}),
        )
        .await
        .json::<Value>()
        .await
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let link: Value = app
        .post_json(&format!("/api/invitations/{invitation}/resend"), &json!({}))
        .await
        .json()
        .await
        .unwrap();
    let city_token = link["link"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let mut config = String::new();
    for (path, id) in [
        ("cohorts", cohort.to_owned()),
        ("programmes", programme),
        ("rounds", round),
        ("invitations", invitation),
        ("emails", email),
        ("visits", visit),
        ("schedules", schedule),
        ("events", event),
        ("cities", "dk-aarhus".to_owned()),
        ("proposals", proposal),
        ("hosts", host),
    ] {
        config.push_str(&format!(
            "[[operations]]\ninclude-path-regex = \"^/api/{path}/\\\\{{id\\\\}}\"\nparameters = {{ \"path.id\" = \"{id}\" }}\n\n"
        ));
    }
    config.push_str(&format!(
        "[[operations]]\ninclude-path-regex = \"^/api/city/\"\nheaders = {{ Authorization = \"Bearer {city_token}\" }}\n"
    ));
    config
}
