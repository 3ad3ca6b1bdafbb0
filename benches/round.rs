//! A matching round of 1000 Twins × 400 hosts from the database: gathering the submitted
//! profiles, scoring the 400,000 pairs, solving, storing the round (instance, result,
//! report). Target: under 3 s. Run with `cargo bench --bench round` (release build); it
//! prints a table for the README.

use std::time::Instant;

use common::load;
use diesel::Connection;
use twinning::config::DatabaseSettings;
use twinning::db;
use twinning::ops::rounds::{self, RoundSettings};

mod common;

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let settings = DatabaseSettings {
        url: dir.path().join("bench.db").display().to_string(),
        max_connections: 1,
        connect_timeout_seconds: 5,
        seed_reference_data: false,
    };
    let pool = db::connect(&settings).unwrap();
    let mut conn = pool.get().unwrap();
    db::migrate(&mut conn).unwrap();
    let (twins, hosts) = (1000, 400);
    let started = Instant::now();
    let cohort = load(&mut conn, twins, hosts, 0);
    eprintln!(
        "loaded {twins} Twins and {hosts} hosts in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    println!(
        "| run | gather + score s | solve s (solver alone) | store s | total s | method | status | pairs |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for run in 1..=3 {
        let t0 = Instant::now();
        let prepared = rounds::prepare(&mut conn, &cohort, RoundSettings::default()).unwrap();
        let t1 = Instant::now();
        let solved = rounds::solve(prepared).unwrap();
        let t2 = Instant::now();
        let row = conn
            .transaction(|c| rounds::store(c, &solved, "bench"))
            .unwrap();
        let t3 = Instant::now();
        let report = rounds::report_of(&row).unwrap();
        if run == 1 {
            eprintln!(
                "stored JSON: instance {:.1} MB, result {:.1} MB, report {:.1} MB ({} blocking pairs)",
                row.instance.len() as f64 / 1e6,
                row.result.len() as f64 / 1e6,
                row.report.len() as f64 / 1e6,
                report.blocking.len()
            );
        }
        println!(
            "| {run} | {:.2} | {:.2} ({:.2}) | {:.2} | {:.2} | {} | {} | {} |",
            (t1 - t0).as_secs_f64(),
            (t2 - t1).as_secs_f64(),
            serde_json::from_str::<serde_json::Value>(&row.result).unwrap()["seconds"]
                .as_f64()
                .unwrap(),
            (t3 - t2).as_secs_f64(),
            (t3 - t0).as_secs_f64(),
            report.method,
            report.status,
            report.pairs.len()
        );
    }
}
