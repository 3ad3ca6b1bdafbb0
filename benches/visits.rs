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
    let head = common::letterhead();
    let started = Instant::now();
    let cohort = load(&mut conn, twins, hosts, 0);
    let prepared = rounds::prepare(&mut conn, &cohort, RoundSettings::default()).unwrap();
    let solved = rounds::solve(prepared).unwrap();
    let round = conn
        .transaction(|c| rounds::store(c, &solved, "bench"))
        .unwrap();
    let pairs = conn
        .transaction(|c| proposals::publish(c, &round.id, &head, "bench", false, None))
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
    let mut first_instance = String::new();
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
        if run == 1 {
            first_instance = row.instance.clone();
        }
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
    // The solver alone on a crowded variant of the same instance: the visits of a pair
    // spread over the year as the app does, but without the week between the pairs of one
    // host, so all Twins of a host ask for the same days.
    let mut crowded: serde_json::Value = serde_json::from_str(&first_instance).unwrap();
    let mut n = 0;
    for (i, v) in crowded["visits"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .enumerate()
    {
        let (a, b) = (
            v["window"]["start"]
                .as_str()
                .unwrap()
                .parse::<chrono::NaiveDate>()
                .unwrap(),
            v["window"]["end"]
                .as_str()
                .unwrap()
                .parse::<chrono::NaiveDate>()
                .unwrap(),
        );
        // A pair's three visits come in order: trip, visit back, trip.
        let room = (b - a).num_days() - 2;
        let j = (i % 3) as i64;
        let spread = a + chrono::Duration::days(room * (2 * j + 1) / 6);
        v["preferred_start"] = serde_json::json!(spread.to_string());
        n += 1;
    }
    let instance =
        twinning_solver::visits::Instance::from_json(crowded.to_string().as_bytes()).unwrap();
    let t = Instant::now();
    let sol = twinning_solver::visits::solve(&instance, &Default::default()).unwrap();
    eprintln!(
        "crowded variant ({n} visits, the Twins of a host not staggered): {:.2} s, {} placed, {:?}, {} components, {} by MILP",
        t.elapsed().as_secs_f64(),
        sol.visits.len(),
        sol.status,
        sol.components,
        sol.milp_components
    );
}
