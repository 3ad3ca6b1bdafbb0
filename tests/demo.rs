//! `twinning demo`: the example cohort agrees with the documented pairings, and the round
//! it runs pairs Cascais with Aarhus for the reasons the profiles give.

use crate::common;

use std::process::Command;

use common::root;
use serde_json::Value;

#[test]
fn the_example_cohort_is_the_documented_one() {
    let pairings = std::fs::read_to_string(root().join("config/seed/pairings.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(pairings.as_bytes());
    let mut documented = Vec::new();
    for row in reader.records() {
        let row = row.unwrap();
        if &row[5] == "2" {
            documented.push((
                row[1].to_owned(),
                row[2].split('|').next().unwrap().to_owned(),
                row[4].to_owned(),
            ));
        }
    }
    assert_eq!(documented.len(), twinning::demo::TWINS.len());
    for twin in twinning::demo::TWINS {
        let host = twinning::demo::HOSTS
            .iter()
            .find(|h| h.activity == twin.host)
            .unwrap();
        let (_, first_city, activity) = documented
            .iter()
            .find(|(country, city, _)| country == twin.country && city == host.cities[0].0)
            .unwrap_or_else(|| panic!("{} -> {} is not documented", twin.name, host.cities[0].0));
        assert!(
            activity.starts_with(host.activity.split(" - ").next().unwrap()),
            "{activity} / {}",
            host.activity
        );
        assert_eq!(first_city, host.cities[0].0);
    }
}

#[test]
fn the_demo_pairs_cascais_with_aarhus_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_twinning"))
            .args([
                "--config",
                root().join("config").to_str().unwrap(),
                "--env",
                "test",
                "demo",
            ])
            .args(args)
            .env("TWINNING__DATABASE__URL", dir.path().join("demo.db"))
            .env("TWINNING__MAIL__OUTBOX_DIR", dir.path().join("outbox"))
            .output()
            .unwrap()
    };
    let json = run(&["--json"]);
    assert!(
        json.status.success(),
        "{}",
        String::from_utf8_lossy(&json.stderr)
    );
    let summary: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(summary["example_data"], true);
    assert_eq!(summary["status"], "optimal");
    let pairs = summary["pairs"].as_array().unwrap();
    assert_eq!(pairs.len(), 9);
    let cascais = pairs.iter().find(|p| p["twin"] == "Cascais").unwrap();
    assert_eq!(cascais["host"], "Aarhus");
    assert!(cascais["score"].as_f64().unwrap() > 0.8);
    let why = cascais["explanation"].as_str().unwrap();
    for reason in [
        "green spaces",
        "light mobility",
        "energy efficiency",
        "sustainable housing",
        "Cascais asked for Aarhus first",
    ] {
        assert!(why.contains(reason), "{why}");
    }
    // Its emails went out through the file transport: one .eml per message, listed.
    let emails = summary["emails"].as_array().unwrap();
    assert_eq!(emails.len(), 9 * 2 + 27 * 2, "two per pair, two per visit");
    for e in emails {
        assert_eq!(e["status"], "sent", "{e}");
        let file = std::path::Path::new(e["delivered_as"].as_str().unwrap());
        assert!(file.starts_with(dir.path().join("outbox")), "{e}");
        let raw = std::fs::read_to_string(file).unwrap();
        assert!(raw.contains("Message-ID: <"), "{raw}");
    }
    let cascais_trip = emails
        .iter()
        .find(|e| {
            e["to"] == "cascais@example.org" && e["subject"].as_str().unwrap().starts_with("Visita")
        })
        .unwrap();
    assert_eq!(
        cascais_trip["subject"],
        "Visita técnica: Cascais a Aarhus, 14 a 16 de maio de 2025"
    );
    // Both sides' example feedback on Cascais's trip to Aarhus (May 2025), listed.
    let feedback = summary["feedback"].as_array().unwrap();
    assert_eq!(feedback.len(), 2, "{feedback:?}");
    let from_cascais = feedback.iter().find(|f| f["city"] == "Cascais").unwrap();
    assert_eq!(from_cascais["usefulness"], 5);
    assert_eq!(from_cascais["side"], "guest");
    assert_eq!(from_cascais["practices"][0]["id"], "nature:governance");
    let trip = summary["visits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["id"] == from_cascais["visit_id"])
        .unwrap();
    assert_eq!(
        (&trip["from"], &trip["to"], &trip["starts_on"]),
        (&"Cascais".into(), &"Aarhus".into(), &"2025-05-14".into())
    );
    // Run again on the same database: the example is kept, a second round is added.
    let text = run(&[]);
    let out = String::from_utf8_lossy(&text.stdout);
    assert!(out.contains("round 2, 9 Twins, 9 hosts, optimal"), "{out}");
    assert!(out.contains("illustrative example profiles"), "{out}");
    assert!(out.contains("Cascais -> Aarhus"), "{out}");
    assert!(
        out.contains("Cascais on Cascais to Aarhus, trip 1: usefulness 5 of 5"),
        "{out}"
    );
    // Nothing changed for anybody: no email more.
    assert!(
        out.contains("Emails to the cities and participants (72, 72 sent)"),
        "{out}"
    );
}

/// Where a new user runs it (`--env local`, a fresh database): the password of the demo
/// manager created on the way goes to standard error, so standard output is the JSON alone,
/// and the example is loaded once (round 1), not on start-up and again by the command.
#[test]
fn the_demo_json_parses_on_a_fresh_local_database() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_twinning"))
        .args([
            "--config",
            root().join("config").to_str().unwrap(),
            "--env",
            "local",
            "demo",
            "--json",
        ])
        .env("TWINNING__DATABASE__URL", dir.path().join("demo.db"))
        .env("TWINNING__MAIL__OUTBOX_DIR", dir.path().join("outbox"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}", String::from_utf8_lossy(&out.stdout));
    });
    assert_eq!(summary["round"], 1, "{summary}");
    assert!(stderr.contains("A demo manager was created"), "{stderr}");
    // The whole cycle: feedback after the visits, Cascais's Replication Plan on Aarhus's
    // CO-SHAPE practice, and the cohort's report counting them.
    assert!(
        !summary["feedback"].as_array().unwrap().is_empty(),
        "{summary}"
    );
    assert_eq!(summary["plan"]["city"], "Cascais", "{summary}");
    let figures = &summary["cohort_report"]["figures"];
    assert!(figures["visits"]["done"].as_u64().unwrap() > 0, "{figures}");
    assert!(
        !figures["feedback"].as_array().unwrap().is_empty(),
        "{figures}"
    );
    assert!(
        figures["actions"]["plans"].as_u64().unwrap() >= 1,
        "{figures}"
    );
}
