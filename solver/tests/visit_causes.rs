//! Visits: each rule that keeps a visit from its days is named by its own cause, for a
//! visit left unscheduled and for a start checked by hand. Every instance is one base
//! visit that fits, with exactly one rule broken; the cause is the one of that rule.

mod common;

use serde_json::json;
use twinning_solver::Date;
use twinning_solver::visits::{
    self, After, Blackout, Cause, City, Fault, Instance, Options, Scheduled, Span, Visit,
};

fn date(s: &str) -> Date {
    Date(s.parse().expect("date"))
}

fn span(start: &str, end: &str) -> Span {
    Span {
        start: date(start),
        end: date(end),
    }
}

/// v1: cascais visits aarhus for three days in a window of Mon 2025-03-10 to Wed
/// 2025-03-12, so its one start is that Monday. oeiras is in no visit until a test adds
/// one. The horizon is the three weeks from Mon 2025-03-03.
fn base() -> Instance {
    Instance::from_json(
        br#"{"format":"twinning-visits/1","horizon":{"start":"2025-03-03","end":"2025-03-21"},
        "cities":[{"id":"aarhus"},{"id":"cascais"},{"id":"oeiras"}],
        "visits":[{"id":"v1","guest":"cascais","host":"aarhus","days":3,
                   "window":{"start":"2025-03-10","end":"2025-03-12"}}]}"#,
    )
    .expect("valid instance")
}

fn city<'a>(inst: &'a mut Instance, id: &str) -> &'a mut City {
    inst.cities
        .iter_mut()
        .find(|c| c.id == id)
        .expect("a city of the base instance")
}

fn v1(inst: &mut Instance) -> &mut Visit {
    &mut inst.visits[0]
}

/// A second visit of `days` days, anywhere in the horizon.
fn other(guest: &str, host: &str, days: i64) -> Visit {
    Visit {
        id: "v2".into(),
        guest: guest.into(),
        host: host.into(),
        days,
        window: None,
        preferred_start: None,
        fixed_start: None,
        after: None,
    }
}

fn placed(id: &str, start: &str, end: &str) -> Scheduled {
    Scheduled {
        id: id.into(),
        start: date(start),
        end: date(end),
    }
}

/// Solves (the schedule keeps every rule); the cause and reason given for visit `id`,
/// `None` when it is scheduled.
fn left_out(inst: &Instance, id: &str) -> Option<(Cause, String)> {
    let sol = visits::solve(inst, &Options::default()).expect("solves");
    let (_, err) = common::check_visits(inst, &sol);
    assert!(err.is_empty(), "broken rules: {err:?}");
    sol.unscheduled
        .into_iter()
        .find(|u| u.id == id)
        .map(|u| (u.cause, u.reason))
}

/// The cause of visit `id` left out; fails when it is scheduled.
fn cause_of(inst: &Instance, id: &str) -> Cause {
    left_out(inst, id)
        .unwrap_or_else(|| panic!("{id} is scheduled"))
        .0
}

fn check(inst: &Instance, placed: &[Scheduled], visit: &str, start: &str) -> Option<Fault> {
    visits::check_start(inst, placed, visit, date(start)).expect("known visit")
}

fn check_cause(inst: &Instance, placed: &[Scheduled], visit: &str, start: &str) -> Cause {
    check(inst, placed, visit, start)
        .unwrap_or_else(|| panic!("{visit} may start on {start}"))
        .cause
}

#[test]
fn the_base_visit_fits_on_its_one_start() {
    let inst = base();
    let sol = visits::solve(&inst, &Options::default()).expect("solves");
    assert!(sol.unscheduled.is_empty(), "{:?}", sol.unscheduled);
    assert_eq!(sol.visits, vec![placed("v1", "2025-03-10", "2025-03-12")]);
    assert_eq!(check(&inst, &[], "v1", "2025-03-10"), None);
}

#[test]
fn a_window_shorter_than_the_visit_is_window() {
    let mut inst = base();
    v1(&mut inst).days = 4;
    let (cause, reason) = left_out(&inst, "v1").expect("left out");
    assert_eq!(cause, Cause::Window);
    assert!(reason.contains("is shorter than 4 days"), "{reason}");
}

#[test]
fn a_window_without_enough_workdays_is_workdays() {
    let mut inst = base();
    inst.workdays = ["Mon", "Tue", "Thu", "Fri"].map(String::from).to_vec();
    let (cause, reason) = left_out(&inst, "v1").expect("left out");
    assert_eq!(cause, Cause::Workdays);
    assert!(reason.contains("0 after workdays only"), "{reason}");
}

#[test]
fn a_blackout_on_every_start_is_blackout() {
    let mut inst = base();
    inst.blackouts.push(Blackout {
        start: date("2025-03-11"),
        end: date("2025-03-11"),
        label: "Conference".into(),
    });
    let (cause, reason) = left_out(&inst, "v1").expect("left out");
    assert_eq!(cause, Cause::Blackout);
    assert!(reason.contains("0 after blackouts"), "{reason}");
}

#[test]
fn a_guest_that_cannot_travel_is_cannot_travel() {
    let mut inst = base();
    city(&mut inst, "cascais")
        .no_travel
        .push(span("2025-03-12", "2025-03-12"));
    assert_eq!(
        cause_of(&inst, "v1"),
        Cause::CannotTravel {
            city: "cascais".into()
        }
    );
    // Unavailable days are days it cannot travel either.
    let mut inst = base();
    city(&mut inst, "cascais")
        .unavailable
        .push(span("2025-03-10", "2025-03-10"));
    assert_eq!(
        cause_of(&inst, "v1"),
        Cause::CannotTravel {
            city: "cascais".into()
        }
    );
}

#[test]
fn a_host_that_cannot_host_is_cannot_host() {
    let mut inst = base();
    city(&mut inst, "aarhus")
        .no_hosting
        .push(span("2025-03-10", "2025-03-10"));
    let (cause, reason) = left_out(&inst, "v1").expect("left out");
    assert_eq!(
        cause,
        Cause::CannotHost {
            city: "aarhus".into()
        }
    );
    // The sentence names the guest's rule too (it left starts): the cause does not.
    assert!(
        reason.contains(
            "1 after the days the guest cannot travel, 0 after the days the host cannot host"
        ),
        "{reason}"
    );
}

#[test]
fn a_host_without_capacity_is_no_host_capacity() {
    let mut inst = base();
    city(&mut inst, "aarhus").host_capacity = 0;
    let want = Cause::NoHostCapacity {
        city: "aarhus".into(),
    };
    assert_eq!(cause_of(&inst, "v1"), want);
    assert_eq!(check_cause(&inst, &[], "v1", "2025-03-10"), want);
}

#[test]
fn a_fixed_start_that_breaks_a_rule_is_fixed_start_with_that_rule() {
    // The window is the horizon: without its fixed start the visit has other days.
    let fixed = |start: &str, edit: &dyn Fn(&mut Instance)| {
        let mut inst = base();
        v1(&mut inst).window = None;
        edit(&mut inst);
        assert_eq!(left_out(&inst, "v1"), None, "fits without its fixed start");
        v1(&mut inst).fixed_start = Some(date(start));
        cause_of(&inst, "v1")
    };
    let fixed_start = |rule: Cause| Cause::FixedStart {
        rule: Box::new(rule),
    };
    assert_eq!(fixed("2025-03-07", &|_| {}), fixed_start(Cause::Workdays));
    assert_eq!(
        fixed("2025-03-10", &|inst| inst.blackouts.push(Blackout {
            start: date("2025-03-12"),
            end: date("2025-03-12"),
            label: String::new(),
        })),
        fixed_start(Cause::Blackout)
    );
    assert_eq!(
        fixed("2025-03-10", &|inst| city(inst, "cascais")
            .no_travel
            .push(span("2025-03-11", "2025-03-11"))),
        fixed_start(Cause::CannotTravel {
            city: "cascais".into()
        })
    );
    assert_eq!(
        fixed("2025-03-10", &|inst| city(inst, "aarhus")
            .no_hosting
            .push(span("2025-03-11", "2025-03-11"))),
        fixed_start(Cause::CannotHost {
            city: "aarhus".into()
        })
    );
    // Friday 2025-03-21 is the last day of the horizon.
    assert_eq!(fixed("2025-03-20", &|_| {}), fixed_start(Cause::Window));
}

#[test]
fn visits_in_the_way_are_conflicts_with_scheduled_naming_them() {
    let mut inst = base();
    let mut second = other("oeiras", "aarhus", 3);
    second.window = Some(span("2025-03-10", "2025-03-12"));
    inst.visits.push(second);
    let sol = visits::solve(&inst, &Options::default()).expect("solves");
    assert_eq!(sol.visits.len(), 1, "{sol:?}");
    assert_eq!(sol.unscheduled.len(), 1, "{sol:?}");
    let (kept, out) = (&sol.visits[0].id, &sol.unscheduled[0]);
    assert_eq!(
        out.cause,
        Cause::ConflictsWithScheduled {
            with: vec![kept.clone()]
        }
    );
    assert!(
        out.reason
            .contains(&format!("conflicts with scheduled visits {kept}")),
        "{}",
        out.reason
    );
    // With room for both, both are placed.
    city(&mut inst, "aarhus").host_capacity = 2;
    assert_eq!(left_out(&inst, "v1"), None);
    assert_eq!(left_out(&inst, "v2"), None);
}

#[test]
fn a_start_by_hand_names_the_rule_of_that_day() {
    let mut inst = base();
    assert_eq!(check_cause(&inst, &[], "v1", "2025-03-11"), Cause::Window);
    v1(&mut inst).window = None;
    assert_eq!(check(&inst, &[], "v1", "2025-03-11"), None);
    // Friday to Sunday.
    assert_eq!(check_cause(&inst, &[], "v1", "2025-03-07"), Cause::Workdays);
    type Edit = fn(&mut Instance);
    let cases: [(Edit, Cause); 3] = [
        (
            |inst| {
                inst.blackouts.push(Blackout {
                    start: date("2025-03-12"),
                    end: date("2025-03-12"),
                    label: String::new(),
                })
            },
            Cause::Blackout,
        ),
        (
            |inst| {
                city(inst, "cascais")
                    .no_travel
                    .push(span("2025-03-12", "2025-03-12"))
            },
            Cause::CannotTravel {
                city: "cascais".into(),
            },
        ),
        (
            |inst| {
                city(inst, "aarhus")
                    .no_hosting
                    .push(span("2025-03-12", "2025-03-12"))
            },
            Cause::CannotHost {
                city: "aarhus".into(),
            },
        ),
    ];
    for (edit, want) in cases {
        let mut broken = inst.clone();
        edit(&mut broken);
        assert_eq!(check_cause(&broken, &[], "v1", "2025-03-10"), want);
        assert_eq!(check(&broken, &[], "v1", "2025-03-17"), None, "{want:?}");
    }
}

#[test]
fn a_start_by_hand_at_a_full_host_is_host_full() {
    let mut inst = base();
    inst.visits.push(other("oeiras", "aarhus", 3));
    let there = [placed("v2", "2025-03-10", "2025-03-12")];
    assert_eq!(
        check_cause(&inst, &there, "v1", "2025-03-10"),
        Cause::HostFull {
            city: "aarhus".into(),
            visit: "v2".into()
        }
    );
    city(&mut inst, "aarhus").host_capacity = 2;
    assert_eq!(check(&inst, &there, "v1", "2025-03-10"), None);
}

#[test]
fn a_start_by_hand_while_a_city_travels_or_hosts_is_city_busy() {
    // (guest, host) of v2, and the city of v1 it keeps busy.
    let cases = [
        (("oeiras", "cascais"), "cascais"), // the guest hosts
        (("cascais", "oeiras"), "cascais"), // the guest travels twice
        (("aarhus", "oeiras"), "aarhus"),   // the host travels
    ];
    for ((guest, host), busy) in cases {
        let mut inst = base();
        inst.visits.push(other(guest, host, 3));
        let want = Cause::CityBusy {
            city: busy.into(),
            visit: "v2".into(),
        };
        let there = [placed("v2", "2025-03-11", "2025-03-13")];
        assert_eq!(check_cause(&inst, &there, "v1", "2025-03-10"), want);
        let elsewhere = [placed("v2", "2025-03-17", "2025-03-19")];
        assert_eq!(
            check(&inst, &elsewhere, "v1", "2025-03-10"),
            None,
            "{want:?}"
        );
    }
}

#[test]
fn a_start_by_hand_too_close_to_its_pair_is_after_gap_either_way() {
    let mut inst = base();
    let mut back = other("aarhus", "cascais", 1);
    back.after = Some(After {
        visit: "v1".into(),
        min_gap_days: 3,
    });
    inst.visits.push(back);
    let want = Cause::AfterGap {
        first: "v1".into(),
        then: "v2".into(),
        min_gap_days: 3,
    };
    let first = [placed("v1", "2025-03-10", "2025-03-12")];
    assert_eq!(check_cause(&inst, &first, "v2", "2025-03-14"), want);
    assert_eq!(check(&inst, &first, "v2", "2025-03-17"), None);
    let then = [placed("v2", "2025-03-14", "2025-03-14")];
    assert_eq!(check_cause(&inst, &then, "v1", "2025-03-10"), want);
    let later = [placed("v2", "2025-03-17", "2025-03-17")];
    assert_eq!(check(&inst, &later, "v1", "2025-03-10"), None);
}

#[test]
fn the_cause_is_a_snake_case_field_beside_the_reason() {
    let mut inst = base();
    city(&mut inst, "cascais")
        .no_travel
        .push(span("2025-03-12", "2025-03-12"));
    let mut second = other("oeiras", "aarhus", 1);
    second.fixed_start = Some(date("2025-03-08"));
    inst.visits.push(second);
    let sol = visits::solve(&inst, &Options::default()).expect("solves");
    let json: serde_json::Value = serde_json::from_str(&sol.to_json()).expect("JSON");
    assert_eq!(
        json["unscheduled"],
        json!([
            {"id": "v1", "reason": sol.unscheduled[0].reason, "cause": "cannot_travel", "city": "cascais"},
            {"id": "v2", "reason": sol.unscheduled[1].reason, "cause": "fixed_start", "rule": {"cause": "workdays"}},
        ])
    );
    let back: visits::Solution = serde_json::from_str(&sol.to_json()).expect("reads back");
    assert_eq!(back.unscheduled, sol.unscheduled);
}
