//! A bad instance gets an error naming the field and the value.

use twinning_solver::{matching, visits};

fn match_error(json: &str) -> String {
    match matching::Instance::from_json(json.as_bytes()) {
        Ok(_) => panic!("accepted: {json}"),
        Err(e) => e.to_string(),
    }
}

fn visits_error(json: &str) -> String {
    match visits::Instance::from_json(json.as_bytes()) {
        Ok(_) => panic!("accepted: {json}"),
        Err(e) => e.to_string(),
    }
}

const TWINS: &str = r#""twins":[{"id":"a"},{"id":"b"}],"mentors":[{"id":"x","capacity":2}]"#;

fn matching(rest: &str) -> String {
    format!(r#"{{"format":"twinning-matching/1",{TWINS},{rest}}}"#)
}

#[test]
fn not_json_names_line_and_column() {
    let e = match_error("{\n  \"format\": ");
    assert!(e.contains("line 2"), "{e}");
}

#[test]
fn unknown_field_is_named() {
    let e = match_error(&matching(
        r#""pairs":[{"twin":"a","mentor":"x","score":1,"colour":"red"}]"#,
    ));
    assert!(e.starts_with("pairs[0]"), "{e}");
    assert!(e.contains("colour"), "{e}");
}

#[test]
fn wrong_format_tag() {
    let e = match_error(r#"{"format":"twinning-matching/2","twins":[],"mentors":[],"pairs":[]}"#);
    assert_eq!(
        e,
        r#"format: "twinning-matching/2" is not "twinning-matching/1""#
    );
}

#[test]
fn id_used_twice() {
    let e = match_error(
        r#"{"format":"twinning-matching/1","twins":[{"id":"a"},{"id":"a"}],"mentors":[],"pairs":[]}"#,
    );
    assert_eq!(e, r#"twins[1].id: "a" is used twice"#);
}

#[test]
fn pair_naming_unknown_twin() {
    let e = match_error(&matching(
        r#""pairs":[{"twin":"a","mentor":"x","score":1},{"twin":"zz","mentor":"x","score":1}]"#,
    ));
    assert_eq!(e, r#"pairs[1].twin: unknown twin "zz""#);
}

#[test]
fn negative_capacity() {
    let e = match_error(
        r#"{"format":"twinning-matching/1","twins":[],"mentors":[{"id":"x"},{"id":"y","capacity":-1}],"pairs":[]}"#,
    );
    assert_eq!(e, "mentors[1].capacity: -1 is negative");
}

#[test]
fn pair_listed_twice() {
    let e = match_error(&matching(
        r#""pairs":[{"twin":"a","mentor":"x","score":1},{"twin":"a","mentor":"x","score":2}]"#,
    ));
    assert!(e.starts_with("pairs[1]: pair a/x is listed twice"), "{e}");
}

#[test]
fn group_with_unknown_twin() {
    let e = match_error(&matching(
        r#""pairs":[],"groups":[{"mentor":"x","twins":["a","q"],"max":1}]"#,
    ));
    assert_eq!(e, r#"groups[0].twins[1]: unknown twin "q""#);
}

#[test]
fn score_of_wrong_type() {
    let e = match_error(&matching(
        r#""pairs":[{"twin":"a","mentor":"x","score":"high"}]"#,
    ));
    assert!(e.starts_with("pairs[0].score: invalid type"), "{e}");
}

const HEAD: &str =
    r#""format":"twinning-visits/1","horizon":{"start":"2025-03-03","end":"2025-12-31"}"#;
const CITIES: &str = r#""cities":[{"id":"a"},{"id":"b"}]"#;

fn visits_doc(visits: &str) -> String {
    format!(r#"{{{HEAD},{CITIES},"visits":[{visits}]}}"#)
}

#[test]
fn date_that_is_not_a_date() {
    let e = visits_error(&visits_doc(
        r#"{"id":"v","guest":"a","host":"b","days":2,"window":{"start":"2025-02-30","end":"2025-04-01"}}"#,
    ));
    assert!(
        e.starts_with(r#"visits[0].window.start: "2025-02-30" is not a date YYYY-MM-DD"#),
        "{e}"
    );
}

#[test]
fn window_that_ends_before_it_starts() {
    let e = visits_error(&visits_doc(
        r#"{"id":"v","guest":"a","host":"b","days":2,"window":{"start":"2025-02-01","end":"2025-01-01"}}"#,
    ));
    assert_eq!(
        e,
        "visits[0].window: ends 2025-01-01 before it starts 2025-02-01"
    );
}

#[test]
fn visit_with_unknown_city_and_after() {
    let e = visits_error(&visits_doc(r#"{"id":"v","guest":"a","host":"c","days":2}"#));
    assert_eq!(e, r#"visits[0].host: unknown city "c""#);
    let e = visits_error(&visits_doc(
        r#"{"id":"v","guest":"a","host":"b","days":2,"after":{"visit":"w","min_gap_days":3}}"#,
    ));
    assert_eq!(e, r#"visits[0].after.visit: unknown visit "w""#);
}

#[test]
fn visit_of_zero_days_and_unknown_workday() {
    let e = visits_error(&visits_doc(r#"{"id":"v","guest":"a","host":"b","days":0}"#));
    assert_eq!(e, "visits[0].days: 0 is not a positive number of days");
    let e = visits_error(&format!(
        r#"{{{HEAD},"workdays":["Mon","Funday"],{CITIES},"visits":[]}}"#
    ));
    assert_eq!(
        e,
        r#"workdays[1]: "Funday" is not one of Mon, Tue, Wed, Thu, Fri, Sat, Sun"#
    );
}

#[test]
fn negative_host_capacity_and_duplicate_city() {
    let e = visits_error(&format!(
        r#"{{{HEAD},"cities":[{{"id":"a","host_capacity":-2}}],"visits":[]}}"#
    ));
    assert_eq!(e, "cities[0].host_capacity: -2 is negative");
    let e = visits_error(&format!(
        r#"{{{HEAD},"cities":[{{"id":"a"}},{{"id":"a"}}],"visits":[]}}"#
    ));
    assert_eq!(e, r#"cities[1].id: "a" is used twice"#);
}

#[test]
fn instances_round_trip_through_json() {
    let m = matching(r#""pairs":[{"twin":"a","mentor":"x","score":0.5}],"allow_unmatched":true"#);
    let inst = matching::Instance::from_json(m.as_bytes()).expect("valid");
    let again = matching::Instance::from_json(inst.to_json().as_bytes()).expect("still valid");
    assert_eq!(inst, again);
    let v =
        visits_doc(r#"{"id":"v","guest":"a","host":"b","days":2,"preferred_start":"2025-04-01"}"#);
    let inst = visits::Instance::from_json(v.as_bytes()).expect("valid");
    let again = visits::Instance::from_json(inst.to_json().as_bytes()).expect("still valid");
    assert_eq!(inst, again);
}
