//! Visits: schedules keep every rule, brute force agrees on tiny instances, and
//! unscheduled visits say why.

mod common;

use common::random;
use proptest::prelude::*;
use twinning_solver::visits::{self, Instance, Options, Status};

fn solve(inst: &Instance) -> visits::Solution {
    let sol = visits::solve(inst, &Options::default()).expect("solves");
    let (_, err) = common::check_visits(inst, &sol);
    assert!(err.is_empty(), "broken rules: {err:?}");
    sol
}

fn parse(visits: &str) -> Instance {
    let json = format!(
        r#"{{"format":"twinning-visits/1","horizon":{{"start":"2025-03-03","end":"2025-06-27"}},
        "blackouts":[{{"start":"2025-05-06","end":"2025-05-08","label":"Conference"}}],
        "cities":[{{"id":"aarhus","unavailable":[{{"start":"2025-04-01","end":"2025-04-04"}}]}},{{"id":"cascais"}},{{"id":"oeiras"}}],
        "visits":[{visits}]}}"#
    );
    Instance::from_json(json.as_bytes()).expect("valid instance")
}

#[test]
fn preferred_starts_are_kept_when_they_fit() {
    let inst = parse(
        r#"{"id":"v1","guest":"cascais","host":"aarhus","days":3,"preferred_start":"2025-03-10"},
           {"id":"v2","guest":"aarhus","host":"cascais","days":3,"preferred_start":"2025-06-02",
            "after":{"visit":"v1","min_gap_days":60}}"#,
    );
    let sol = solve(&inst);
    assert_eq!(sol.status, Status::Optimal);
    assert_eq!(sol.objective, 0);
    assert!(sol.unscheduled.is_empty());
}

#[test]
fn conflicts_are_resolved_by_the_model() {
    // Both want aarhus on the same days; capacity 1: one moves by the least.
    let inst = parse(
        r#"{"id":"v1","guest":"cascais","host":"aarhus","days":2,"preferred_start":"2025-03-11"},
           {"id":"v2","guest":"oeiras","host":"aarhus","days":2,"preferred_start":"2025-03-11"}"#,
    );
    let sol = solve(&inst);
    assert_eq!(sol.status, Status::Optimal);
    assert_eq!(sol.objective, 2);
}

#[test]
fn unscheduled_visits_say_why() {
    let inst = parse(
        r#"{"id":"blocked","guest":"cascais","host":"aarhus","days":3,"window":{"start":"2025-04-01","end":"2025-04-04"}},
           {"id":"weekend","guest":"cascais","host":"oeiras","days":3,"window":{"start":"2025-03-13","end":"2025-03-17"}},
           {"id":"first","guest":"oeiras","host":"aarhus","days":2,"window":{"start":"2025-03-18","end":"2025-03-19"}},
           {"id":"second","guest":"cascais","host":"aarhus","days":2,"window":{"start":"2025-03-18","end":"2025-03-19"}},
           {"id":"fixed","guest":"cascais","host":"oeiras","days":2,"fixed_start":"2025-05-07"}"#,
    );
    let sol = solve(&inst);
    let reason = |id: &str| {
        sol.unscheduled
            .iter()
            .find(|u| u.id == id)
            .map(|u| u.reason.clone())
            .unwrap_or_default()
    };
    assert!(
        reason("blocked").contains("0 after the days the host cannot host"),
        "{}",
        reason("blocked")
    );
    assert!(
        reason("weekend").contains("0 after workdays only"),
        "{}",
        reason("weekend")
    );
    assert_eq!(sol.unscheduled.len(), 4, "{:?}", sol.unscheduled);
    let clash = if reason("first").is_empty() {
        reason("second")
    } else {
        reason("first")
    };
    assert!(clash.contains("conflicts with scheduled visits"), "{clash}");
    assert!(reason("fixed").contains("blackout"), "{}", reason("fixed"));
}

#[test]
fn a_confirmed_visit_is_kept_over_two_others() {
    // v1 is confirmed on Tue-Wed; v2 (Mon-Tue) and v3 (Wed-Thu) each overlap it at the
    // same host, and their windows allow nothing else. Two visits would beat one, but a
    // re-plan keeps the confirmed visit.
    let inst = parse(
        r#"{"id":"v1","guest":"cascais","host":"aarhus","days":2,"fixed_start":"2025-03-11"},
           {"id":"v2","guest":"oeiras","host":"aarhus","days":2,"window":{"start":"2025-03-10","end":"2025-03-11"}},
           {"id":"v3","guest":"oeiras","host":"aarhus","days":2,"window":{"start":"2025-03-12","end":"2025-03-13"}}"#,
    );
    let sol = solve(&inst);
    assert_eq!(
        sol.visits.iter().map(|v| v.id.as_str()).collect::<Vec<_>>(),
        vec!["v1"]
    );
    assert_eq!(sol.unscheduled.len(), 2);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    #[test]
    fn random_schedules_keep_every_rule(seed in any::<u64>()) {
        let inst = random::visits(seed, 4, 10, 40);
        let sol = solve(&inst);
        prop_assert_eq!(sol.status, Status::Optimal);
    }

    #[test]
    fn brute_force_agrees_on_tiny(seed in any::<u64>()) {
        let inst = random::visits(seed, 3, 3, 14);
        let sol = solve(&inst);
        let best = random::brute_visits(&inst);
        prop_assert_eq!((random::fixed_count(&inst, &sol), sol.visits.len(), sol.objective), best);
    }
}

#[test]
fn a_city_that_cannot_travel_may_still_host() {
    let json = r#"{"format":"twinning-visits/1","horizon":{"start":"2025-03-03","end":"2025-03-14"},
        "cities":[{"id":"aarhus","no_travel":[{"start":"2025-03-03","end":"2025-03-14"}]},
                  {"id":"cascais","no_hosting":[{"start":"2025-03-03","end":"2025-03-14"}]}],
        "visits":[{"id":"in","guest":"cascais","host":"aarhus","days":3},
                  {"id":"back","guest":"aarhus","host":"cascais","days":3}]}"#;
    let inst = Instance::from_json(json.as_bytes()).expect("valid instance");
    let sol = solve(&inst);
    assert_eq!(sol.visits.len(), 1, "{sol:?}");
    assert_eq!(sol.visits[0].id, "in");
    assert!(
        sol.unscheduled[0]
            .reason
            .contains("0 after the days the guest cannot travel"),
        "{:?}",
        sol.unscheduled
    );
}

#[test]
fn a_start_checked_by_hand_names_the_rule_it_breaks() {
    let inst = parse(
        r#"{"id":"v1","guest":"cascais","host":"aarhus","days":3},
           {"id":"v2","guest":"aarhus","host":"cascais","days":3,"after":{"visit":"v1","min_gap_days":60}},
           {"id":"v3","guest":"oeiras","host":"aarhus","days":2}"#,
    );
    let date = |s: &str| twinning_solver::Date(s.parse().expect("date"));
    let placed = vec![
        visits::Scheduled {
            id: "v1".into(),
            start: date("2025-03-10"),
            end: date("2025-03-12"),
        },
        visits::Scheduled {
            id: "v2".into(),
            start: date("2025-06-02"),
            end: date("2025-06-04"),
        },
    ];
    let check = |visit: &str, start: &str| {
        visits::check_start(&inst, &placed, visit, date(start)).expect("known visit")
    };
    assert_eq!(check("v3", "2025-03-17"), None);
    let cases = [
        ("v3", "2025-03-14", "2025-03-15 is not a workday"),
        ("v3", "2025-05-06", "is a blackout day (Conference)"),
        ("v3", "2025-04-02", "the host aarhus cannot host"),
        (
            "v3",
            "2025-03-11",
            "the host aarhus already receives 1 delegation",
        ),
        ("v2", "2025-04-07", "at least 60 days after visit v1"),
        (
            "v1",
            "2025-04-08",
            "visit v2 (2–4 June 2025) must start at least 60 days",
        ),
        ("v3", "2025-06-27", "outside its window"),
    ];
    for (visit, start, want) in cases {
        let got = check(visit, start).map(|f| f.message).unwrap_or_default();
        assert!(
            got.contains(want),
            "{visit} on {start}: {got:?} lacks {want:?}"
        );
    }
    assert!(visits::check_start(&inst, &placed, "nope", date("2025-03-17")).is_err());
}
