//! Planning the visits of 1000 published pairs from the database: gathering the pairs,
//! profiles and calendar into an instance (creating 3000 visits with their agendas on
//! the first run), solving, storing every visit's dates. Target: under 60 s. Run with
//! `cargo bench --bench visits` (release build); it prints a table for the README.

mod common;

use std::time::Instant;

use common::load;
use diesel::Connection;
use twinning::config::DatabaseSettings;
use twinning::db;
use twinning::ops::rounds::{self, RoundSettings};
use twinning::ops::{proposals, visits};

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
    let cohort = load(&mut conn, twins, hosts);
    let prepared = rounds::prepare(&mut conn, &cohort, RoundSettings::default()).unwrap();
    let solved = rounds::solve(prepared).unwrap();
    let round = conn
        .transaction(|c| rounds::store(c, &solved, "bench"))
        .unwrap();
    let pairs = conn
        .transaction(|c| proposals::publish(c, &round.id, "bench"))
        .unwrap()
        .len();
    eprintln!(
        "loaded {twins} Twins and {hosts} hosts, matched and published {pairs} pairs in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    println!(
        "| run | gather s | solve s (solver alone) | store s | total s | visits | placed | status |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for run in 1..=3 {
        let t0 = Instant::now();
        let prepared = visits::prepare(&mut conn, &cohort).unwrap();
        let n = prepared.size();
        let t1 = Instant::now();
        let planned = visits::solve(prepared).unwrap();
        let t2 = Instant::now();
        let row = conn
            .transaction(|c| visits::store(c, planned, "bench"))
            .unwrap();
        let t3 = Instant::now();
        let result: serde_json::Value = serde_json::from_str(&row.result).unwrap();
        println!(
            "| {} | {:.2} | {:.2} ({:.2}) | {:.2} | {:.2} | {n} | {} | {} |",
            if run == 1 {
                "1 (creates the visits)".to_owned()
            } else {
                format!("{run} (re-plan)")
            },
            (t1 - t0).as_secs_f64(),
            (t2 - t1).as_secs_f64(),
            result["seconds"].as_f64().unwrap(),
            (t3 - t2).as_secs_f64(),
            (t3 - t0).as_secs_f64(),
            result["visits"].as_array().unwrap().len(),
            result["status"].as_str().unwrap(),
        );
    }
}
