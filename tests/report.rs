//! The programme's report (issue 25, part 5): on the example cohort, on both databases,
//! every figure of `/api/cohorts/{id}/report` recomputed from the detail endpoints
//! (visits, proposals, costs, plans, each host's feedback); a programme's report is the
//! sum of its cohorts'; the CSV says the same totals, formula-safe; the console pages show
//! the tables and charts; a city's token and no token are refused.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

use crate::common;
use common::{Backend, TestApp, fixtures, spawn_app_with};

async fn json_of(app: &TestApp, path: &str) -> Value {
    let response = app.get(path).await;
    assert_eq!(response.status().as_u16(), 200, "{path}");
    response.json().await.unwrap()
}

fn n(v: &Value) -> u64 {
    v.as_u64().unwrap_or_else(|| panic!("a count: {v}"))
}

fn f(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("a number: {v}"))
}

fn close(a: f64, b: f64, what: &str) {
    assert!((a - b).abs() < 0.02, "{what}: {a} against {b}");
}

/// The demo cohort with a cost recorded by Cascais for its first trip.
async fn setup(backend: Backend) -> (TestApp, String) {
    let app = spawn_app_with(backend, true).await;
    let cohort = fixtures::demo(&app);
    let plan = json_of(&app, &format!("/api/cohorts/{cohort}/visits")).await;
    let trip = plan["visits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["label"] == "Cascais to Aarhus, trip 1")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let cascais = fixtures::city_token(&app, &cohort, "pt-cascais", "twin").await;
    let spent = fixtures::as_city(
        &app,
        reqwest::Method::PUT,
        &format!("/api/city/visits/{trip}/costs"),
        &cascais,
        Some(&json!({"amount": 412.5})),
    )
    .await;
    assert_eq!(
        spent.status().as_u16(),
        200,
        "{}",
        spent.text().await.unwrap()
    );
    (app, cohort)
}

/// Every figure of a cohort's report, recomputed from the detail endpoints.
async fn agrees_with_the_detail(app: &TestApp, cohort: &str, report: &Value) {
    let figures = &report["figures"];
    let today = report["as_of"].as_str().unwrap();

    // Visits, as the visits page lists them.
    let visits = json_of(app, &format!("/api/cohorts/{cohort}/visits")).await;
    let (mut done, mut planned, mut unplaced, mut cancelled, mut people) = (0, 0, 0, 0, 0);
    let mut co2: BTreeMap<String, f64> = BTreeMap::new();
    let mut km: BTreeMap<String, f64> = BTreeMap::new();
    for v in visits["visits"].as_array().unwrap() {
        let status = v["status"].as_str().unwrap();
        let published_live = matches!(
            v["published_status"].as_str(),
            Some("draft" | "planned" | "confirmed")
        );
        let over = v["ends_on"].as_str().is_some_and(|e| e < today);
        if status == "cancelled" {
            cancelled += 1;
        } else if matches!(status, "planned" | "confirmed") && published_live && over {
            done += 1;
            let t = &v["travel"];
            let size = t["delegation_size"].as_u64().unwrap_or(1);
            people += size;
            let mode = t["mode"].as_str().unwrap().to_owned();
            *km.entry(mode.clone()).or_default() += 2.0 * f(&t["route_km"]) * size as f64;
            *co2.entry(mode).or_default() += t["co2_kg_delegation"]
                .as_f64()
                .unwrap_or_else(|| f(&t["co2_kg_per_traveller"]));
        } else if status == "unplaced" {
            unplaced += 1;
        } else {
            planned += 1;
        }
    }
    let shown = &figures["visits"];
    assert!(done > 0, "the demo has visits done: {shown}");
    assert_eq!(n(&shown["done"]), done);
    assert_eq!(n(&shown["planned"]), planned);
    assert_eq!(n(&shown["unplaced"]), unplaced);
    assert_eq!(n(&shown["cancelled"]), cancelled);
    assert_eq!(n(&shown["travellers"]), people);
    let travel = &figures["travel"];
    let get = |m: &BTreeMap<String, f64>, k: &str| m.get(k).copied().unwrap_or(0.0);
    close(f(&travel["air_co2_kg"]), get(&co2, "air"), "air CO2e");
    close(f(&travel["rail_co2_kg"]), get(&co2, "rail"), "rail CO2e");
    close(f(&travel["air_km"]), get(&km, "air"), "air km");
    close(f(&travel["rail_km"]), get(&km, "rail"), "rail km");
    let all_co2 = get(&co2, "air") + get(&co2, "rail");
    close(f(&travel["co2_kg"]), all_co2, "all CO2e");
    close(
        f(&travel["air_co2_share"]),
        get(&co2, "air") / all_co2,
        "air share",
    );

    // Pairs, as the proposals list says.
    let proposals = json_of(app, &format!("/api/cohorts/{cohort}/proposals")).await;
    let mut states: BTreeMap<&str, u64> = BTreeMap::new();
    let mut twins = BTreeSet::new();
    let mut hosts = BTreeSet::new();
    for p in proposals.as_array().unwrap() {
        let state = if p["expired"] == true {
            "expired"
        } else {
            p["state"].as_str().unwrap()
        };
        *states.entry(state).or_default() += 1;
        if state == "accepted" {
            twins.insert(p["twin_id"].as_str().unwrap());
            hosts.insert(p["host_id"].as_str().unwrap());
        }
    }
    for state in ["proposed", "accepted", "declined", "expired"] {
        assert_eq!(
            n(&figures["pairs"][state]),
            states.get(state).copied().unwrap_or(0),
            "{state}"
        );
    }
    assert!(!twins.is_empty());
    assert_eq!(figures["cities"][0]["role"], "twin");
    assert_eq!(n(&figures["cities"][0]["matched"]), twins.len() as u64);
    assert_eq!(n(&figures["cities"][1]["matched"]), hosts.len() as u64);

    // Costs, as the costs page totals them.
    let costs = json_of(app, &format!("/api/cohorts/{cohort}/costs")).await;
    assert_eq!(figures["costs"], costs["totals"]);
    close(f(&figures["costs"]["actual_eur"]), 412.5, "spent");

    // Replication actions, as the plans list counts them.
    let plans = json_of(app, &format!("/api/cohorts/{cohort}/plans")).await;
    let lines = plans.as_array().unwrap();
    let submitted = lines
        .iter()
        .filter(|l| !l["submitted_status"].is_null())
        .count() as u64;
    let actions: u64 = lines.iter().map(|l| n(&l["actions"])).sum();
    let budget: u64 = lines.iter().map(|l| n(&l["budget_eur"])).sum();
    let held = &figures["actions"];
    assert!(actions > 0, "the demo's plan has actions");
    assert_eq!(n(&held["plans"]), submitted);
    assert_eq!(n(&held["actions"]), actions);
    assert_eq!(n(&held["budget_eur"]), budget);
    for by in ["by_theme", "by_status"] {
        let list = held[by].as_array().unwrap();
        assert_eq!(list.iter().map(|l| n(&l["actions"])).sum::<u64>(), actions);
        assert_eq!(
            list.iter().map(|l| n(&l["budget_eur"])).sum::<u64>(),
            budget
        );
    }

    // Feedback, as each host's page sums it up.
    let per_host = figures["feedback"].as_array().unwrap();
    assert!(
        per_host.iter().any(|h| n(&h["answers"]) > 0),
        "{per_host:?}"
    );
    for h in per_host {
        let id = h["host_id"].as_str().unwrap();
        let detail = json_of(app, &format!("/api/hosts/{id}/feedback")).await;
        let all = &detail["summary"]["all"];
        assert_eq!(h["answers"], all["responses"], "{id}");
        assert_eq!(h["recommend"], all["recommend"], "{id}");
        match all["usefulness_mean"].as_f64() {
            Some(mean) => close(f(&h["usefulness_mean"]), mean, id),
            None => assert!(h["usefulness_mean"].is_null()),
        }
    }
}

on_both_backends!(
    the_cohort_report_agrees_with_the_detail_pages,
    |backend| async move {
        let (app, cohort) = setup(backend).await;
        let report = json_of(&app, &format!("/api/cohorts/{cohort}/report")).await;
        assert_eq!(report["cohort_id"], cohort.as_str());
        agrees_with_the_detail(&app, &cohort, &report).await;
    }
);

fn csv_rows(text: &str) -> Vec<Vec<String>> {
    csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

fn csv_value(rows: &[Vec<String>], scope: &str, section: &str, item: &str, measure: &str) -> f64 {
    rows.iter()
        .find(|r| r[0] == scope && r[1] == section && r[2] == item && r[3] == measure)
        .unwrap_or_else(|| panic!("{scope} {section} {item} {measure}"))[4]
        .parse()
        .unwrap()
}

on_both_backends!(
    a_programme_sums_its_cohorts_and_the_csv_says_the_same,
    |backend| async move {
        let (app, cohort) = setup(backend).await;
        let programme = json_of(&app, &format!("/api/cohorts/{cohort}")).await["programme_id"]
            .as_str()
            .unwrap()
            .to_owned();
        // A second cohort of the programme, with a Twin invited and a name a spreadsheet
        // would run.
        let second = app
            .post_json(
                "/api/cohorts",
                &json!({
                    "programme_id": programme, "number": 7, "name": "=SUM(1+1) cohort",
                    "call_opens": "2027-01-01", "call_closes": "2027-02-01",
                    "starts_on": "2027-03-01", "ends_on": "2028-03-01",
                    "modules": [{"name": "All", "starts_on": "2027-03-01", "ends_on": "2028-03-01"}],
                    "visit_rules": {"twin_to_host": 1, "host_to_twin": 0, "days": 2, "min_gap_days": 30}
                }),
            )
            .await;
        assert_eq!(
            second.status().as_u16(),
            201,
            "{}",
            second.text().await.unwrap()
        );
        let second = second.json::<Value>().await.unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned();
        fixtures::invite(&app, &second, "pt-cascais", "twin").await;

        let report = json_of(&app, &format!("/api/programmes/{programme}/report")).await;
        let cohorts = report["cohorts"].as_array().unwrap();
        assert_eq!(cohorts.len(), 2, "{report}");
        let alone = json_of(&app, &format!("/api/cohorts/{cohort}/report")).await;
        let demo = cohorts
            .iter()
            .find(|c| c["cohort_id"] == cohort.as_str())
            .unwrap();
        assert_eq!(demo["figures"], alone["figures"]);
        let totals = &report["totals"];
        let sum = |path: &[&str]| -> f64 {
            cohorts
                .iter()
                .map(|c| {
                    path.iter()
                        .fold(&c["figures"], |v, k| &v[*k])
                        .as_f64()
                        .unwrap_or(0.0)
                })
                .sum()
        };
        for path in [
            &["pairs", "accepted"][..],
            &["pairs", "declined"],
            &["visits", "done"],
            &["visits", "planned"],
            &["visits", "cancelled"],
            &["visits", "travellers"],
            &["travel", "co2_kg"],
            &["travel", "air_km"],
            &["costs", "estimated_eur"],
            &["costs", "actual_eur"],
            &["actions", "actions"],
            &["actions", "budget_eur"],
        ] {
            let total = path.iter().fold(totals, |v, k| &v[*k]);
            close(f(total), sum(path), &path.join("."));
        }
        let twins_invited: u64 = cohorts
            .iter()
            .map(|c| n(&c["figures"]["cities"][0]["invited"]))
            .sum();
        assert_eq!(n(&totals["cities"][0]["invited"]), twins_invited);
        assert!(n(&totals["cities"][0]["invited"]) > n(&alone["figures"]["cities"][0]["invited"]));

        // The CSVs: the same totals, every cell formula-safe.
        let manager = app.manager().await;
        let mut manager = manager;
        let page = manager
            .get(&format!("/console/programmes/{programme}/report.csv"))
            .await;
        assert_eq!(page.status, 200);
        let rows = csv_rows(&page.body);
        close(
            csv_value(&rows, "all", "visits", "", "done"),
            f(&totals["visits"]["done"]),
            "CSV done",
        );
        close(
            csv_value(&rows, "all", "costs", "", "actual_eur"),
            f(&totals["costs"]["actual_eur"]),
            "CSV spent",
        );
        close(
            csv_value(&rows, "all", "travel", "all", "co2_kg"),
            f(&totals["travel"]["co2_kg"]),
            "CSV CO2e",
        );
        assert!(
            rows.iter().any(|r| r[0] == "'=SUM(1+1) cohort"),
            "{}",
            page.body
        );
        for cell in rows.iter().flatten() {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell:?}");
        }
        let page = manager
            .get(&format!("/console/cohorts/{cohort}/report.csv"))
            .await;
        assert_eq!(page.status, 200);
        let rows = csv_rows(&page.body);
        let name = alone["name"].as_str().unwrap();
        close(
            csv_value(&rows, name, "actions", "", "actions"),
            f(&alone["figures"]["actions"]["actions"]),
            "CSV actions",
        );
    }
);

#[actix_web::test]
async fn the_console_shows_the_report_with_charts_from_the_cohort_and_programme_pages() {
    let (app, cohort) = setup(Backend::Sqlite).await;
    let report = json_of(&app, &format!("/api/cohorts/{cohort}/report")).await;
    let programme = report["programme_id"].as_str().unwrap().to_owned();
    let mut manager = app.manager().await;
    let page = manager.get(&format!("/console/cohorts/{cohort}")).await;
    assert!(
        page.body
            .contains(&format!("/console/cohorts/{cohort}/report"))
    );
    let home = manager.get("/console").await;
    assert!(
        home.body
            .contains(&format!("/console/programmes/{programme}/report"))
    );

    let page = manager
        .get(&format!("/console/cohorts/{cohort}/report"))
        .await;
    assert_eq!(page.status, 200);
    for id in ["chart-visits", "chart-pairs", "chart-co2", "chart-actions"] {
        assert!(page.body.contains(&format!("<svg id=\"{id}\"")), "{id}");
    }
    let done = n(&report["figures"]["visits"]["done"]);
    assert!(
        page.body
            .contains(&format!("aria-label=\"Visits by status: done: {done},")),
        "{}",
        page.body
    );
    assert!(page.body.contains("role=\"img\""));
    assert!(page.shows("Feedback per host"));
    assert!(page.body.contains("412.50"), "the cost recorded is summed");
    assert!(!page.body.contains("<script"));

    let page = manager
        .get(&format!("/console/programmes/{programme}/report"))
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("id=\"by-cohort\""));
    assert!(
        page.body
            .contains(&format!("/console/cohorts/{cohort}/report"))
    );
    let missing = manager.get("/console/programmes/nope/report").await;
    assert_eq!(missing.status, 404);
}

#[actix_web::test]
async fn a_city_or_nobody_cannot_read_the_report() {
    let (app, cohort) = setup(Backend::Sqlite).await;
    let programme = json_of(&app, &format!("/api/cohorts/{cohort}")).await["programme_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let token = fixtures::city_token(&app, &cohort, "pt-cascais", "twin").await;
    for path in [
        format!("/api/cohorts/{cohort}/report"),
        format!("/api/programmes/{programme}/report"),
    ] {
        let as_city = fixtures::as_city(&app, reqwest::Method::GET, &path, &token, None).await;
        assert!(
            matches!(as_city.status().as_u16(), 401 | 403),
            "{path}: {}",
            as_city.status()
        );
        let nobody = app.anonymous.get(app.url(&path)).send().await.unwrap();
        assert_eq!(nobody.status().as_u16(), 401, "{path}");
    }
    let page = app
        .anonymous
        .get(app.url(&format!("/console/cohorts/{cohort}/report.csv")))
        .send()
        .await
        .unwrap();
    assert_ne!(page.status().as_u16(), 200);
    let missing = app.get("/api/cohorts/nope/report").await;
    assert_eq!(missing.status().as_u16(), 404);
}
