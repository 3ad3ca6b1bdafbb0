//! Every operation of the OpenAPI document, fuzzed by schemathesis (property-based: valid
//! and invalid inputs generated from the document) against the real app on the example
//! data: no answer may be a 5xx, and every answer must match the document (its status,
//! media type and schema). Bounded in time so `make test` stays a few minutes.

use std::process::Command;

use crate::common;

use common::{Backend, fixtures};

/// Seconds schemathesis may spend (`TWINNING_FUZZ_SECONDS` to change it).
fn budget() -> String {
    std::env::var("TWINNING_FUZZ_SECONDS").unwrap_or_else(|_| "120".to_owned())
}

#[actix_web::test]
async fn every_operation_answers_as_documented_whatever_it_is_sent() {
    let app = common::spawn_app_with(Backend::Sqlite, true).await;
    fixtures::demo(&app);
    let address = app.address.clone();
    let token = app.token.clone();
    // Its own folder: nothing it writes lands in the checkout.
    let scratch = tempfile::tempdir().unwrap();
    let cwd = scratch.path().to_owned();
    let output = actix_web::rt::task::spawn_blocking(move || {
        // Its command, beside the test Python (make test-deps installs it there).
        let program = std::path::Path::new(&common::python()).with_file_name("schemathesis");
        Command::new(program)
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
