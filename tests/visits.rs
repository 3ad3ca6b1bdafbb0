//! Visit scheduling through the API on both backends, on the example cohort (cohort 2's
//! documented pairings, its calendar from September 2024 to May 2026): every rule of a
//! plan, manual moves refused with the rule they break, re-plans that keep confirmed
//! visits, publishing that records only what changed, itineraries, and calendar feeds
//! read back by a real iCalendar parser (Python's icalendar).

use crate::common;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use common::fixtures::{as_city, demo, edit_profile, publish_pinned};
use common::{problem, spawn_app_with};
use serde_json::{Value, json};
use twinning::domain::profile::{ProfileRole, Unavailable};

async fn replan(app: &common::TestApp, cohort: &str) -> Value {
    let response = app
        .post_json(&format!("/api/cohorts/{cohort}/visits/plan"), &json!({}))
        .await;
    let status = response.status().as_u16();
    let body: Value = response.json().await.unwrap();
    assert_eq!(status, 201, "{body}");
    body
}

async fn visits(app: &common::TestApp, cohort: &str) -> Value {
    app.get(&format!("/api/cohorts/{cohort}/visits"))
        .await
        .json()
        .await
        .unwrap()
}

fn visit<'a>(plan: &'a Value, label: &str) -> &'a Value {
    plan["visits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["label"] == label)
        .unwrap_or_else(|| panic!("no visit {label}"))
}

fn date(v: &Value) -> NaiveDate {
    v.as_str().unwrap().parse().unwrap()
}

async fn patch(app: &common::TestApp, id: &str, body: Value) -> reqwest::Response {
    app.patch_json(&format!("/api/visits/{id}"), &body).await
}

/// Every placed visit keeps the rules of the cohort's calendar.
fn assert_rules_kept(plan: &Value) {
    let blackouts: Vec<(NaiveDate, NaiveDate, String)> = plan["blackouts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                date(&b["starts_on"]),
                date(&b["ends_on"]),
                b["label"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let mut busy: std::collections::HashMap<(String, NaiveDate), Vec<String>> =
        std::collections::HashMap::new();
    for v in plan["visits"].as_array().unwrap() {
        if v["starts_on"].is_null() || v["status"] == "cancelled" {
            continue;
        }
        let (start, end) = (date(&v["starts_on"]), date(&v["ends_on"]));
        assert!(
            date(&v["window_start"]) <= start && end <= date(&v["window_end"]),
            "{} outside its module",
            v["label"]
        );
        assert_eq!((end - start).num_days() + 1, 3, "{}", v["label"]);
        let mut d = start;
        while d <= end {
            assert!(
                !matches!(d.weekday(), Weekday::Sat | Weekday::Sun),
                "{} on a weekend day {d}",
                v["label"]
            );
            for (a, b, label) in &blackouts {
                assert!(!(a <= &d && &d <= b), "{} on {d}, {label}", v["label"]);
            }
            // A city is in one visit a day at most (every host here takes one delegation).
            for city in ["guest_city_id", "host_city_id"] {
                let list = busy
                    .entry((v[city].as_str().unwrap().to_owned(), d))
                    .or_default();
                list.push(v["label"].as_str().unwrap().to_owned());
                assert_eq!(list.len(), 1, "{list:?} on {d}");
            }
            d += Duration::days(1);
        }
    }
}

on_both_backends!(
    the_demo_plans_every_visit_in_the_cohort_calendar,
    |backend| async move {
        let app = spawn_app_with(backend, true).await;
        let cohort = demo(&app);
        let plan = visits(&app, &cohort).await;
        assert_eq!(
            plan["visits"].as_array().unwrap().len(),
            27,
            "9 pairs × 3 visits"
        );
        assert_eq!(plan["unplaced"], 0);
        assert_eq!(
            plan["unpublished_changes"], 0,
            "the demo published its schedule"
        );
        assert!(
            plan["blackouts"]
                .as_array()
                .unwrap()
                .iter()
                .any(|b| b["location"] == "Vilnius" && b["starts_on"] == "2025-05-06")
        );
        assert_rules_kept(&plan);
        // Cascais goes to Aarhus in Co-creating; Aarhus comes back at least 60 days later.
        let out = visit(&plan, "Cascais to Aarhus, trip 1");
        let back = visit(&plan, "Aarhus to Cascais, visit back 1");
        let again = visit(&plan, "Cascais to Aarhus, trip 2");
        assert_eq!(out["status"], "planned");
        assert!(date(&out["starts_on"]) >= "2025-03-01".parse().unwrap());
        assert!((date(&back["starts_on"]) - date(&out["ends_on"])).num_days() >= 60);
        assert!((date(&again["starts_on"]) - date(&back["ends_on"])).num_days() >= 60);
        assert!(
            date(&again["starts_on"]) >= "2026-01-01".parse().unwrap(),
            "Capitalising"
        );
        // The itinerary: built from the pair's matched themes, both sides, travel.
        let titles: Vec<&str> = out["agenda"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|d| d["items"].as_array().unwrap())
            .map(|i| i["title"].as_str().unwrap())
            .collect();
        for want in [
            "Site visit: green spaces",
            "Site visit: light mobility",
            "Site visit: sustainable housing",
            "Site visit: energy efficiency",
            "Site visit: energy park",
        ] {
            assert!(titles.contains(&want), "{want} not in {titles:?}");
        }
        assert_eq!(out["agenda"][0]["date"], out["starts_on"]);
        assert_eq!(out["agenda"][2]["date"], out["ends_on"]);
        assert_eq!(out["travel"]["mode"], "air");
        assert!(out["travel"]["co2_kg_per_traveller"].as_f64().unwrap() > 500.0);
        assert_eq!(out["travel"]["delegation_size"], 4);
        assert!(out["guest_contacts"][0]["email"] == "cascais@example.org");
        assert!(out["host_contacts"][0]["email"] == "aarhus@example.org");
        let near = visit(&plan, "Szombathely to Pécs, trip 1");
        assert_eq!(near["travel"]["mode"], "rail");
        // The stored instance solves to the same dates.
        let schedule = &plan["schedule"];
        assert_eq!(schedule["status"], "optimal");
        let instance = app
            .get(&format!(
                "/api/schedules/{}/instance",
                schedule["id"].as_str().unwrap()
            ))
            .await
            .bytes()
            .await
            .unwrap();
        let instance = twinning_solver::visits::Instance::from_json(&instance).unwrap();
        let again = twinning_solver::visits::solve(&instance, &Default::default()).unwrap();
        for s in &again.visits {
            let v = plan["visits"]
                .as_array()
                .unwrap()
                .iter()
                .find(|v| v["id"] == s.id.as_str())
                .unwrap();
            assert_eq!(date(&v["starts_on"]), s.start.0, "{}", v["label"]);
        }
    }
);

on_both_backends!(
    a_manual_move_is_checked_against_every_rule,
    |backend| async move {
        let app = spawn_app_with(backend, true).await;
        let cohort = demo(&app);
        let plan = visits(&app, &cohort).await;
        let out = visit(&plan, "Cascais to Aarhus, trip 1");
        let id = out["id"].as_str().unwrap();
        let refused = [
            (
                "2025-05-06",
                "2025-05-06 is a blackout day (Cities Mission conference, Vilnius)",
            ),
            ("2025-05-16", "2025-05-17 is not a workday"),
            ("2025-07-21", "is a blackout day (Summer holidays)"),
            (
                "2025-02-24",
                "is outside its window 1 March – 31 December 2025",
            ),
            (
                "2025-09-15",
                "visit Aarhus to Cascais, visit back 1 (14–16 October 2025) must start at least 60 days after this one ends",
            ),
        ];
        for (start, why) in refused {
            let body = problem(patch(&app, id, json!({"starts_on": start})).await, 422).await;
            let message = body["errors"][0]["message"].as_str().unwrap();
            assert_eq!(body["errors"][0]["field"], "starts_on");
            assert!(
                message.starts_with(&format!(
                    "Cascais to Aarhus, trip 1 cannot start on {start}: "
                )),
                "{message}"
            );
            assert!(message.contains(why), "{start}: {message}");
        }
        // Nothing moved.
        let after = visits(&app, &cohort).await;
        assert_eq!(
            visit(&after, "Cascais to Aarhus, trip 1")["starts_on"],
            out["starts_on"]
        );
        // The return visit must keep its gap after the outward one.
        let back = visit(&plan, "Aarhus to Cascais, visit back 1")["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let body = problem(
            patch(&app, &back, json!({"starts_on": "2025-06-16"})).await,
            422,
        )
        .await;
        assert!(
            body["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("it must start at least 60 days after visit Cascais to Aarhus, trip 1"),
            "{body}"
        );
        // A valid move is saved, with its end from its length.
        let moved: Value = patch(&app, id, json!({"starts_on": "2025-05-19"}))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(moved["starts_on"], "2025-05-19");
        assert_eq!(moved["ends_on"], "2025-05-21");
        assert_eq!(moved["changed_since_publish"], true);
        // Bad input is named, and changes nothing.
        let body = problem(patch(&app, id, json!({"starts": "2025-05-26"})).await, 422).await;
        assert!(body.to_string().contains("starts"), "{body}");
        let body = problem(patch(&app, id, json!({"starts_on": "26 May"})).await, 422).await;
        assert!(body.to_string().contains("starts_on"), "{body}");
        let body = problem(
            patch(&app, "no-such-visit", json!({"confirmed": true})).await,
            404,
        )
        .await;
        assert!(
            body["detail"].as_str().unwrap().contains("no-such-visit"),
            "{body}"
        );
        let now = visits(&app, &cohort).await;
        assert_eq!(
            visit(&now, "Cascais to Aarhus, trip 1")["starts_on"],
            "2025-05-19"
        );
    }
);

on_both_backends!(
    host_capacity_and_unavailable_days_shape_the_plan,
    |backend| async move {
        let app = spawn_app_with(backend, true).await;
        let cohort = demo(&app);
        // Aarhus takes a second Twin (Plymouth, pinned) in a new round, published.
        edit_profile(&app, &cohort, ("Aarhus", "DK"), ProfileRole::Host, |p| {
            p.capacity = Some(2)
        });
        publish_pinned(&app, &cohort, "Plymouth", "Aarhus").await;
        // Aarhus hosts one delegation at a time again; Cascais cannot travel in May and June.
        edit_profile(&app, &cohort, ("Aarhus", "DK"), ProfileRole::Host, |p| {
            p.capacity = Some(1)
        });
        edit_profile(&app, &cohort, ("Cascais", "PT"), ProfileRole::Twin, |p| {
            p.unavailable = vec![Unavailable {
                starts_on: "2025-05-01".parse().unwrap(),
                ends_on: "2025-06-30".parse().unwrap(),
                applies_to: "travel".into(),
                label: "Budget review".into(),
            }]
        });
        let plan = replan(&app, &cohort).await;
        assert_rules_kept(&plan);
        let cascais = visit(&plan, "Cascais to Aarhus, trip 1");
        let plymouth_trip = visit(&plan, "Plymouth to Aarhus, trip 1");
        let (cs, ps) = (
            date(&cascais["starts_on"]),
            date(&plymouth_trip["starts_on"]),
        );
        assert!(
            !(("2025-05-01".parse::<NaiveDate>().unwrap())..="2025-06-30".parse().unwrap())
                .contains(&cs),
            "Cascais travels on {cs}"
        );
        assert!(
            (cs - ps).num_days().abs() >= 3,
            "Aarhus hosts both from {cs} and {ps}"
        );
        // The visits of the Plymouth–Lund pair, never published, are gone; published ones
        // of a superseded pair are cancelled.
        assert!(
            plan["visits"]
                .as_array()
                .unwrap()
                .iter()
                .any(|v| v["label"] == "Plymouth to Lund, trip 1" && v["status"] == "cancelled")
        );
        // Moving Plymouth onto Cascais's days, or Cascais into its blocked weeks, is refused.
        let body = problem(
            patch(
                &app,
                plymouth_trip["id"].as_str().unwrap(),
                json!({"starts_on": cs.to_string()}),
            )
            .await,
            422,
        )
        .await;
        assert!(body["errors"][0]["message"].as_str().unwrap().contains("the host Aarhus already receives 1 delegation on those days, its capacity (visit Cascais to Aarhus, trip 1"), "{body}");
        let body = problem(
            patch(
                &app,
                cascais["id"].as_str().unwrap(),
                json!({"starts_on": "2025-05-20"}),
            )
            .await,
            422,
        )
        .await;
        assert!(
            body["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("2025-05-20 the guest Cascais cannot travel"),
            "{body}"
        );
        // When Cascais cannot travel in the whole module, its first trip is not placed,
        // with the reason and what would make it fit.
        edit_profile(&app, &cohort, ("Cascais", "PT"), ProfileRole::Twin, |p| {
            p.unavailable[0].starts_on = "2025-03-01".parse().unwrap();
            p.unavailable[0].ends_on = "2025-12-31".parse().unwrap();
        });
        let plan = replan(&app, &cohort).await;
        let cascais = visit(&plan, "Cascais to Aarhus, trip 1");
        assert_eq!(cascais["status"], "unplaced");
        assert!(cascais["starts_on"].is_null());
        let reason = cascais["reason"].as_str().unwrap();
        assert!(
            reason.contains("0 after the days the guest cannot travel"),
            "{reason}"
        );
        assert!(
            reason.contains(
                "To make it fit: ask the travelling city to shorten the days it cannot travel"
            ),
            "{reason}"
        );
        // Aarhus can still come to Cascais: a visit whose predecessor is not placed keeps
        // the rest of its rules.
        assert_eq!(plan["unplaced"].as_u64(), Some(1));
        assert_eq!(
            visit(&plan, "Aarhus to Cascais, visit back 1")["status"],
            "planned"
        );
    }
);

on_both_backends!(
    replanning_keeps_confirmed_visits_and_publishing_records_only_changes,
    |backend| async move {
        let app = spawn_app_with(backend, true).await;
        let cohort = demo(&app);
        let plan0 = visits(&app, &cohort).await;
        let id = visit(&plan0, "Cascais to Aarhus, trip 1")["id"]
            .as_str()
            .unwrap()
            .to_owned();
        // Confirmed where it is moved to; Aarhus now cannot host around the old dates.
        let moved: Value = patch(
            &app,
            &id,
            json!({"starts_on": "2025-06-02", "confirmed": true}),
        )
        .await
        .json()
        .await
        .unwrap();
        assert_eq!(moved["status"], "confirmed");
        edit_profile(&app, &cohort, ("Aarhus", "DK"), ProfileRole::Host, |p| {
            p.unavailable = vec![Unavailable {
                starts_on: "2025-10-01".parse().unwrap(),
                ends_on: "2025-10-31".parse().unwrap(),
                applies_to: "host".into(),
                label: "".into(),
            }]
        });
        let plan1 = replan(&app, &cohort).await;
        assert_eq!(
            visit(&plan1, "Cascais to Aarhus, trip 1")["starts_on"],
            "2025-06-02"
        );
        // Aarhus receives nobody in October, but may travel: its visit back stays.
        assert_eq!(
            visit(&plan1, "Aarhus to Cascais, visit back 1")["starts_on"],
            visit(&plan0, "Aarhus to Cascais, visit back 1")["starts_on"]
        );
        // Every other visit is where it was: a re-plan moves only what must move.
        for v in plan0["visits"].as_array().unwrap() {
            if v["id"] != id.as_str() {
                assert_eq!(
                    visit(&plan1, v["label"].as_str().unwrap())["starts_on"],
                    v["starts_on"],
                    "{}",
                    v["label"]
                );
            }
        }
        assert_eq!(plan1["unpublished_changes"], 1);
        let published: Value = app
            .post_json(&format!("/api/cohorts/{cohort}/visits/publish"), &json!({}))
            .await
            .json()
            .await
            .unwrap();
        let changes = published["changes"].as_array().unwrap();
        assert_eq!(changes.len(), 1, "{published}");
        assert_eq!(changes[0]["visit"], "Cascais to Aarhus, trip 1");
        assert_eq!(changes[0]["kind"], "moved");
        assert_eq!(changes[0]["sequence"], 1);
        assert_eq!(
            changes[0]["old_starts_on"],
            visit(&plan0, "Cascais to Aarhus, trip 1")["starts_on"]
        );
        assert_eq!(changes[0]["new_starts_on"], "2025-06-02");
        // Nothing changed since: nothing to tell anybody.
        let again: Value = app
            .post_json(&format!("/api/cohorts/{cohort}/visits/publish"), &json!({}))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(again["changes"], json!([]));
        let history: Value = app
            .get(&format!("/api/cohorts/{cohort}/visits/changes"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(
            history.as_array().unwrap().len(),
            28,
            "27 planned by the demo, 1 moved"
        );
        // The move emailed both sides; the second publish nobody.
        assert_eq!(published["emails"], 2);
        assert_eq!(again["emails"], 0);
    }
);

/// Parses a calendar with Python's icalendar: METHOD and, per event, UID, dates,
/// SEQUENCE, STATUS and SUMMARY.
fn parse_ics(text: &str) -> Value {
    let python = common::python();
    let script = r#"
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.read())
events = [{"uid": str(e["UID"]), "start": e.decoded("DTSTART").isoformat(), "end": e.decoded("DTEND").isoformat(),
           "sequence": int(e.get("SEQUENCE", 0)), "status": str(e.get("STATUS", "")), "summary": str(e["SUMMARY"]),
           "location": str(e.get("LOCATION", "")), "description": str(e.get("DESCRIPTION", ""))}
          for e in cal.walk("VEVENT")]
print(json.dumps({"method": str(cal.get("METHOD", "")), "events": events}))
"#;
    use std::io::Write;
    let mut child = std::process::Command::new(&python)
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("{python}: {e}; run `make test-deps` to install Python's icalendar")
        });
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "icalendar could not parse:\n{text}");
    serde_json::from_slice(&out.stdout).unwrap()
}

on_both_backends!(
    calendar_feeds_parse_and_round_trip_uid_dates_and_sequence,
    |backend| async move {
        let app = spawn_app_with(backend, true).await;
        let cohort = demo(&app);
        let plan = visits(&app, &cohort).await;
        let id = visit(&plan, "Cascais to Aarhus, trip 1")["id"]
            .as_str()
            .unwrap()
            .to_owned();
        patch(&app, &id, json!({"starts_on": "2025-06-02"})).await;
        app.post_json(&format!("/api/cohorts/{cohort}/visits/publish"), &json!({}))
            .await;
        // The cohort feed: the manager's token as a header or in the query.
        let feed = app
            .get(&format!("/api/cohorts/{cohort}/calendar.ics"))
            .await;
        assert_eq!(
            feed.headers()["content-type"],
            "text/calendar; charset=utf-8"
        );
        let text = feed.text().await.unwrap();
        let by_query = app
            .anonymous
            .get(app.url(&format!(
                "/api/cohorts/{cohort}/calendar.ics?token={}",
                app.token
            )))
            .send()
            .await
            .unwrap();
        assert_eq!(by_query.status().as_u16(), 200);
        problem(
            app.anonymous
                .get(app.url(&format!("/api/cohorts/{cohort}/calendar.ics")))
                .send()
                .await
                .unwrap(),
            401,
        )
        .await;
        problem(
            app.anonymous
                .get(app.url(&format!("/api/cohorts/{cohort}/calendar.ics?token=wrong")))
                .send()
                .await
                .unwrap(),
            401,
        )
        .await;
        let cal = parse_ics(&text);
        assert_eq!(cal["method"], "PUBLISH");
        let events = cal["events"].as_array().unwrap();
        assert_eq!(events.len(), 27);
        let plan = visits(&app, &cohort).await;
        for v in plan["visits"].as_array().unwrap() {
            let uid = format!("{}@twinning", v["id"].as_str().unwrap());
            let e = events
                .iter()
                .find(|e| e["uid"] == uid.as_str())
                .unwrap_or_else(|| panic!("{uid}"));
            assert_eq!(e["start"], v["starts_on"]);
            // DTEND of an all-day event is the day after the last.
            assert_eq!(date(&e["end"]), date(&v["ends_on"]) + Duration::days(1));
            assert_eq!(e["sequence"], v["sequence"]);
        }
        let moved = events
            .iter()
            .find(|e| e["uid"] == format!("{id}@twinning").as_str())
            .unwrap();
        assert_eq!(moved["start"], "2025-06-02");
        assert_eq!(moved["sequence"], 1);
        assert_eq!(moved["summary"], "Technical visit: Cascais to Aarhus");
        assert_eq!(moved["location"], "Aarhus, DK");
        assert!(
            moved["description"]
                .as_str()
                .unwrap()
                .contains("Site visit: green spaces")
        );
        // A city's feed, with the token of its link: its own visits only, same UIDs.
        let cascais = link(&app, &cohort, "Cascais").await;
        let feed = as_city(
            &app,
            reqwest::Method::GET,
            "/api/city/calendar.ics",
            &cascais,
            None,
        )
        .await
        .text()
        .await
        .unwrap();
        let mine = parse_ics(&feed);
        let uids: Vec<&str> = mine["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["uid"].as_str().unwrap())
            .collect();
        assert_eq!(uids.len(), 3, "{uids:?}");
        assert!(uids.contains(&format!("{id}@twinning").as_str()));
        let link_feed = app
            .anonymous
            .get(app.url(&format!("/invitation/{cascais}/calendar.ics")))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert_eq!(parse_ics(&link_feed)["events"].as_array().unwrap().len(), 3);
        assert_eq!(
            app.anonymous
                .get(app.url("/invitation/not-a-token/calendar.ics"))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16(),
            404
        );
        problem(
            app.anonymous
                .get(app.url("/api/city/calendar.ics"))
                .send()
                .await
                .unwrap(),
            401,
        )
        .await;
        // The host edits the agenda of a visit it receives; the guest cannot.
        let aarhus = link(&app, &cohort, "Aarhus").await;
        let agenda = json!([{"day": 1, "title": "Welcome at Aarhus City Hall"}, {"day": 3, "title": "CO-SHAPE energy park", "detail": "Bus from the station at 9:00"}]);
        let edited = as_city(
            &app,
            reqwest::Method::PUT,
            &format!("/api/city/visits/{id}/agenda"),
            &aarhus,
            Some(&agenda),
        )
        .await;
        assert_eq!(edited.status().as_u16(), 200);
        let edited: Value = edited.json().await.unwrap();
        assert_eq!(
            edited["agenda"][0]["items"][0]["title"],
            "Welcome at Aarhus City Hall"
        );
        assert_eq!(
            edited["agenda"][2]["items"][0]["detail"],
            "Bus from the station at 9:00"
        );
        problem(
            as_city(
                &app,
                reqwest::Method::PUT,
                &format!("/api/city/visits/{id}/agenda"),
                &cascais,
                Some(&agenda),
            )
            .await,
            404,
        )
        .await;
        let body = problem(
            as_city(
                &app,
                reqwest::Method::PUT,
                &format!("/api/city/visits/{id}/agenda"),
                &aarhus,
                Some(&json!([{"day": 4, "title": ""}])),
            )
            .await,
            422,
        )
        .await;
        let fields: Vec<&str> = body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert_eq!(fields, ["agenda[0].day", "agenda[0].title"], "{body}");
        let after: Value = app
            .get(&format!("/api/visits/{id}"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(
            after["agenda"][0]["items"][0]["title"], "Welcome at Aarhus City Hall",
            "a refused edit changes nothing"
        );
    }
);

/// A fresh link of a city of the cohort (its invitation resent).
async fn link(app: &common::TestApp, cohort: &str, city: &str) -> String {
    let invitations: Value = app
        .get(&format!("/api/cohorts/{cohort}/invitations"))
        .await
        .json()
        .await
        .unwrap();
    let inv = invitations
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["city_name"] == city)
        .unwrap_or_else(|| panic!("{city}"));
    let resent: Value = app
        .post_json(
            &format!("/api/invitations/{}/resend", inv["id"].as_str().unwrap()),
            &json!({}),
        )
        .await
        .json()
        .await
        .unwrap();
    resent["link"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned()
}

#[actix_web::test]
async fn the_console_shows_the_calendar_and_refuses_a_bad_move_next_to_the_field() {
    use common::web::Session;
    let app = spawn_app_with(common::Backend::Sqlite, true).await;
    let cohort = demo(&app);
    let mut manager = Session::new(&app.address);
    manager
        .login(common::MANAGER_EMAIL, common::MANAGER_PASSWORD)
        .await;
    let page = manager
        .get(&format!("/console/cohorts/{cohort}/visits"))
        .await;
    assert_eq!(page.status, 200);
    // One row per pair with its visits as bars, the conference and holidays shaded.
    assert_eq!(page.body.matches(r#"<rect class="visit""#).count(), 27);
    assert!(
        page.body
            .contains(r#"data-label="Cascais to Aarhus, trip 1""#)
    );
    assert!(page.body.contains(
        "<title>Cities Mission conference (conference, Vilnius): 2025-05-06 to 2025-05-08</title>"
    ));
    assert!(
        page.body
            .contains("Summer holidays (blackout): 2025-07-14 to 2025-08-15")
    );
    assert!(page.shows("0 not placed"));
    let plan = visits(&app, &cohort).await;
    let id = visit(&plan, "Cascais to Aarhus, trip 1")["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // A move onto the conference is refused on the visit page, next to the date.
    let visit_page = manager.get(&format!("/console/visits/{id}")).await;
    assert!(visit_page.shows("Site visit: green spaces"));
    assert!(visit_page.shows("kg CO₂e per traveller"));
    let refused = manager
        .post(
            &format!("/console/visits/{id}"),
            &[("csrf", &visit_page.csrf()), ("starts_on", "2025-05-07")],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains(r#"id="error-summary""#));
    assert!(refused.shows("2025-05-07 is a blackout day (Cities Mission conference, Vilnius)"));
    assert!(
        refused.body.contains(r#"value="2025-05-07""#),
        "what was typed is kept"
    );
    // A good move is saved, then published from the calendar page.
    let moved = manager
        .post(
            &format!("/console/visits/{id}"),
            &[
                ("csrf", &visit_page.csrf()),
                ("starts_on", "2025-05-26"),
                ("confirmed", "yes"),
            ],
        )
        .await;
    assert_eq!(moved.status, 303);
    let page = manager
        .get(&format!("/console/cohorts/{cohort}/visits"))
        .await;
    assert!(page.shows("1 not yet published"));
    let asked = manager
        .get(&format!("/console/cohorts/{cohort}/visits/publish"))
        .await;
    assert!(
        asked.shows("1 visit changed since participants were last told"),
        "{}",
        asked.body
    );
    let schedule = common::web::hidden(&asked.body, "schedule").unwrap();
    let published = manager
        .post(
            &format!("/console/cohorts/{cohort}/visits/publish"),
            &[("csrf", &asked.csrf()), ("schedule", &schedule)],
        )
        .await;
    assert_eq!(
        published.location.as_deref(),
        Some(format!("/console/cohorts/{cohort}/visits?published=1&emails=2").as_str())
    );
    // The city sees its visits on its page, and Aarhus edits the agenda of the one it receives.
    let aarhus = link(&app, &cohort, "Aarhus").await;
    let mut city = Session::new(&app.address);
    let mine = city.get(&format!("/invitation/{aarhus}")).await;
    assert!(mine.shows("Cascais to Aarhus, trip 1"), "{}", mine.body);
    assert!(mine.shows("26 May 2025 to 28 May 2025"));
    let path = format!("/invitation/{aarhus}/visits/{id}");
    let itinerary = city.get(&path).await;
    assert!(itinerary.shows("Edit the agenda"));
    assert!(
        !itinerary.shows("Move or confirm"),
        "only managers move visits"
    );
    let bad = city
        .post(
            &format!("{path}/agenda"),
            &[
                ("csrf", &itinerary.csrf()),
                ("agenda", "1 | Welcome\nlunch"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.shows("line 2: write the day number, a bar and what happens"));
    let saved = city
        .post(
            &format!("{path}/agenda"),
            &[
                ("csrf", &itinerary.csrf()),
                (
                    "agenda",
                    "1 | Welcome at City Hall\n3 | Energy park | Bus at 9:00",
                ),
            ],
        )
        .await;
    assert_eq!(saved.status, 303);
    let after: Value = app
        .get(&format!("/api/visits/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        after["agenda"][0]["items"][0]["title"],
        "Welcome at City Hall"
    );
    // Cascais travels on this visit: it sees it but cannot edit its agenda.
    let cascais = link(&app, &cohort, "Cascais").await;
    let theirs = city
        .get(&format!("/invitation/{cascais}/visits/{id}"))
        .await;
    assert!(theirs.shows("Welcome at City Hall"));
    assert!(!theirs.shows("Edit the agenda"));
    let refused = city
        .post(
            &format!("/invitation/{cascais}/visits/{id}/agenda"),
            &[("csrf", &itinerary.csrf()), ("agenda", "1 | Hijack")],
        )
        .await;
    assert_eq!(refused.status, 404);
}

on_both_backends!(
    the_module_of_each_visit_is_part_of_the_cohort_rules,
    |backend| async move {
        let app = common::spawn_app(backend).await;
        let programme: Value = app
            .post_json(
                "/api/programmes",
                &json!({"name": "TLP", "description": ""}),
            )
            .await
            .json()
            .await
            .unwrap();
        let cohort = |modules: Value| {
            json!({
                "programme_id": programme["id"], "number": 4, "name": "Cohort 4",
                "call_opens": "2025-09-01", "call_closes": "2025-10-31",
                "starts_on": "2025-11-01", "ends_on": "2027-04-30",
                "modules": [
                    {"name": "Getting started", "starts_on": "2025-11-01", "ends_on": "2026-02-28"},
                    {"name": "Co-creating", "starts_on": "2026-03-01", "ends_on": "2026-12-31"},
                    {"name": "Capitalising", "starts_on": "2027-01-01", "ends_on": "2027-04-30"}
                ],
                "visit_rules": {"twin_to_host": 2, "host_to_twin": 1, "days": 3, "min_gap_days": 60, "modules": modules}
            })
        };
        let body = problem(
            app.post_json("/api/cohorts", &cohort(json!([2, 2]))).await,
            422,
        )
        .await;
        assert_eq!(body["errors"][0]["field"], "visit_rules.modules");
        assert!(
            body["errors"][0]["message"]
                .as_str()
                .unwrap()
                .starts_with("2 module(s) given for 3 visit(s) per pair"),
            "{body}"
        );
        let body = problem(
            app.post_json("/api/cohorts", &cohort(json!([2, 2, 4])))
                .await,
            422,
        )
        .await;
        assert_eq!(body["errors"][0]["field"], "visit_rules.modules[2]");
        assert_eq!(
            body["errors"][0]["message"],
            "4 is out of range: use 1 to 3"
        );
        let listed: Value = app.get("/api/cohorts").await.json().await.unwrap();
        assert_eq!(listed["total"], 0, "nothing stored: {listed}");
        let created = app
            .post_json("/api/cohorts", &cohort(json!([2, 2, 3])))
            .await;
        assert_eq!(created.status().as_u16(), 201);
        let created: Value = created.json().await.unwrap();
        assert_eq!(created["visit_rules"]["modules"], json!([2, 2, 3]));
    }
);

on_both_backends!(
    a_change_of_the_cohorts_visit_length_reaches_the_next_plan,
    |backend| async move {
        let app = spawn_app_with(backend, true).await;
        let cohort = demo(&app);
        let mut c: Value = app
            .get(&format!("/api/cohorts/{cohort}"))
            .await
            .json()
            .await
            .unwrap();
        let o = c.as_object_mut().unwrap();
        for key in ["id", "created_at", "updated_at"] {
            o.remove(key);
        }
        o["visit_rules"]["days"] = json!(2);
        let updated = app.put_json(&format!("/api/cohorts/{cohort}"), &c).await;
        assert_eq!(
            updated.status().as_u16(),
            200,
            "{}",
            updated.text().await.unwrap()
        );
        let plan = replan(&app, &cohort).await;
        let out = visit(&plan, "Cascais to Aarhus, trip 1");
        assert_eq!(out["days"], 2);
        assert_eq!(
            (date(&out["ends_on"]) - date(&out["starts_on"])).num_days(),
            1
        );
        assert_eq!(
            out["agenda"].as_array().unwrap().len(),
            2,
            "the agenda fits the shorter visit"
        );
        let titles: Vec<&str> = out["agenda"][1]["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["title"].as_str().unwrap())
            .collect();
        assert!(
            titles.contains(&"Wrap-up: lessons and next steps"),
            "{titles:?}"
        );
    }
);
