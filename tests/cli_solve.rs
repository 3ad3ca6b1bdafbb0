//! `twinning solve` reads the bench format and prints a result, or names what is wrong.

use std::process::Command;

fn solve(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_twinning"))
        .arg("solve")
        .args(args)
        .output()
        .expect("running twinning")
}

#[test]
fn the_format_example_pairs_cascais_with_aarhus() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("m.json");
    std::fs::write(
        &file,
        r#"{"format": "twinning-matching/1", "name": "example",
            "twins": [{"id": "cascais", "demand": 1}, {"id": "oeiras"}],
            "mentors": [{"id": "aarhus", "capacity": 1}, {"id": "lund", "capacity": 1}],
            "pairs": [{"twin": "cascais", "mentor": "aarhus", "score": 0.92},
                      {"twin": "cascais", "mentor": "lund", "score": 0.5},
                      {"twin": "oeiras", "mentor": "aarhus", "score": 0.9},
                      {"twin": "oeiras", "mentor": "lund", "score": 0.7}]}"#,
    )
    .unwrap();
    let out = solve(&["match", file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let result: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(result["status"], "optimal");
    assert!(
        (result["objective"].as_f64().unwrap() - 1.62).abs() < 1e-9,
        "{result}"
    );
    let cascais = result["assignment"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["twin"] == "cascais")
        .unwrap();
    assert_eq!(cascais["mentor"], "aarhus");
}

#[test]
fn a_bad_instance_is_named_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.json");
    std::fs::write(
        &file,
        r#"{"format": "twinning-matching/1", "name": "bad", "twins": [{"id": "a"}],
            "mentors": [{"id": "m", "capacity": -1}], "pairs": []}"#,
    )
    .unwrap();
    let out = solve(&["match", file.to_str().unwrap()]);
    assert!(!out.status.success());
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(message.contains("capacity"), "{message}");
    assert!(out.stdout.is_empty());
}
