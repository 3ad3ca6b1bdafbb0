//! Travel costs (issue 25, part 4): the cohort's reimbursement cap per traveller and visit
//! (cohort API and console form), each visit's estimated cost against it, what the
//! travelling city spent (recorded through its link: its visit page or the API), and the
//! cohort's totals, which agree with the visits' figures. Only the travelling city of a
//! visit records; no other city can; a wrong field is named and nothing is stored; an
//! archived cohort refuses.

use serde_json::{Value, json};

use crate::common;
use common::web::Session;
use common::{Backend, TestApp, fixtures, problem, spawn_app_with};

struct Setup {
    app: TestApp,
    cohort: String,
    /// Cascais's first trip to Aarhus: Cascais travels.
    trip: String,
    /// Aarhus's visit back to Cascais: Aarhus travels.
    back: String,
    cascais: String,
    aarhus: String,
}

async fn json_of(app: &TestApp, path: &str) -> Value {
    let response = app.get(path).await;
    assert_eq!(response.status().as_u16(), 200, "{path}");
    response.json().await.unwrap()
}

async fn setup(backend: Backend) -> Setup {
    let app = spawn_app_with(backend, true).await;
    let cohort = fixtures::demo(&app);
    let plan = json_of(&app, &format!("/api/cohorts/{cohort}/visits")).await;
    let visit = |label: &str| {
        plan["visits"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["label"] == label)
            .unwrap_or_else(|| panic!("the demo plans {label}"))["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let trip = visit("Cascais to Aarhus, trip 1");
    let back = visit("Aarhus to Cascais, visit back 1");
    let cascais = fixtures::city_token(&app, &cohort, "pt-cascais", "twin").await;
    let aarhus = fixtures::city_token(&app, &cohort, "dk-aarhus", "host").await;
    Setup {
        app,
        cohort,
        trip,
        back,
        cascais,
        aarhus,
    }
}

/// Sets the cohort's cap through the API (the cohort as read, with the cap).
async fn set_cap(app: &TestApp, cohort: &str, cap: Value) -> reqwest::Response {
    let mut body = json_of(app, &format!("/api/cohorts/{cohort}")).await;
    let object = body.as_object_mut().unwrap();
    for key in ["id", "created_at", "updated_at", "archived_at"] {
        object.remove(key);
    }
    object.insert("reimbursement_cap_eur".to_owned(), cap);
    app.put_json(&format!("/api/cohorts/{cohort}"), &body).await
}

async fn put_costs(app: &TestApp, token: &str, visit: &str, body: &Value) -> reqwest::Response {
    fixtures::as_city(
        app,
        reqwest::Method::PUT,
        &format!("/api/city/visits/{visit}/costs"),
        token,
        Some(body),
    )
    .await
}

fn find<'a>(costs: &'a Value, visit: &str) -> &'a Value {
    costs["visits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["visit_id"] == visit)
        .unwrap_or_else(|| panic!("{visit} is listed: {costs}"))
}

fn cents(v: &Value) -> i64 {
    (v.as_f64().unwrap() * 100.0).round() as i64
}

/// The totals a manager should see, recomputed from the visits listed.
fn agrees(costs: &Value) {
    let visits = costs["visits"].as_array().unwrap();
    let counted: Vec<&Value> = visits.iter().filter(|c| c["counted"] == true).collect();
    let t = &costs["totals"];
    assert_eq!(t["visits"], counted.len(), "{t}");
    let estimated: i64 = counted
        .iter()
        .map(|c| cents(&c["estimate"]["estimated_eur"]))
        .sum();
    assert_eq!(cents(&t["estimated_eur"]), estimated);
    if costs["cap_per_traveller_eur"].is_null() {
        assert!(t["cap_eur"].is_null());
    } else {
        let cap: i64 = counted
            .iter()
            .map(|c| cents(&c["estimate"]["cap_eur"]))
            .sum();
        assert_eq!(cents(&t["cap_eur"]), cap);
    }
    let spent: Vec<i64> = visits
        .iter()
        .filter(|c| !c["actual_eur"].is_null())
        .map(|c| cents(&c["actual_eur"]))
        .collect();
    assert_eq!(cents(&t["actual_eur"]), spent.iter().sum::<i64>());
    assert_eq!(t["recorded"], spent.len());
    let over = visits.iter().filter(|c| c["over_cap"] == true).count();
    assert_eq!(t["over_cap"], over);
    // Each visit's estimate is its rate x km x 2 x travellers, to the cent per traveller.
    for c in visits {
        let e = &c["estimate"];
        let per = (2.0
            * e["route_km"].as_f64().unwrap()
            * e["rate_eur_per_km"].as_f64().unwrap()
            * 100.0)
            .round() as i64;
        assert_eq!(cents(&e["per_traveller_eur"]), per, "{c}");
        assert_eq!(
            cents(&e["estimated_eur"]),
            per * e["travellers"].as_i64().unwrap(),
            "{c}"
        );
    }
}

on_both_backends!(
    the_travelling_city_records_what_it_spent_and_the_totals_agree,
    |backend| async move {
        let s = setup(backend).await;
        let app = &s.app;

        // No cap yet: the estimates stand alone.
        let costs = json_of(app, &format!("/api/cohorts/{}/costs", s.cohort)).await;
        assert!(costs["cap_per_traveller_eur"].is_null());
        assert!(
            find(&costs, &s.trip)["estimate"]["estimated_eur"]
                .as_f64()
                .unwrap()
                > 0.0
        );
        agrees(&costs);

        // A cap that is not an amount is named; a good one is kept.
        let refused = problem(set_cap(app, &s.cohort, json!(12.345)).await, 422).await;
        assert_eq!(
            refused["errors"][0]["field"], "reimbursement_cap_eur",
            "{refused}"
        );
        let refused = problem(set_cap(app, &s.cohort, json!(100_000.01)).await, 422).await;
        assert_eq!(refused["errors"][0]["field"], "reimbursement_cap_eur");
        let saved = set_cap(app, &s.cohort, json!(400)).await;
        assert_eq!(saved.status().as_u16(), 200);
        let cohort: Value = saved.json().await.unwrap();
        assert_eq!(cohort["reimbursement_cap_eur"], 400.0);

        // Cascais travels on its trip: it records what it spent on its visit page.
        let mut city = Session::new(&app.address);
        let path = format!("/invitation/{}/visits/{}", s.cascais, s.trip);
        let page = city.get(&format!("{path}?lang=en")).await;
        assert_eq!(page.status, 200);
        assert!(page.shows("Travel costs"), "{}", page.body);
        assert!(
            page.shows("Reimbursement cap for this visit"),
            "{}",
            page.body
        );
        assert!(page.shows("Cascais has not recorded what it spent yet."));
        assert!(page.body.contains("id=\"costs-form\""));
        let sent = city
            .post(
                &format!("{path}/costs"),
                &[("csrf", &page.csrf()), ("amount", "12,345"), ("note", "")],
            )
            .await;
        assert_eq!(sent.status, 422, "{}", sent.body);
        assert!(sent.body.contains("id=\"amount-error\""), "{}", sent.body);
        assert!(
            sent.shows("\"12,345\" is not an amount in euros"),
            "{}",
            sent.body
        );
        assert!(
            sent.body.contains("value=\"12,345\""),
            "what was typed is kept"
        );
        let sent = city
            .post(
                &format!("{path}/costs"),
                &[
                    ("csrf", &page.csrf()),
                    ("amount", "1 980,50"),
                    ("note", "Flights for the delegation"),
                ],
            )
            .await;
        assert_eq!(sent.status, 303, "{}", sent.body);
        let shown = city.get(sent.location.as_deref().unwrap()).await;
        assert!(shown.shows("The amount spent is saved."), "{}", shown.body);
        assert!(
            shown.shows("Spent, as recorded by Cascais: €1,980.50."),
            "{}",
            shown.body
        );
        assert!(shown.body.contains("value=\"1980.50\""));
        // In the city's language, when it reads Portuguese.
        let pt = city.get(&format!("{path}?lang=pt")).await;
        assert!(pt.shows("Custos de viagem"), "{}", pt.body);
        assert!(pt.shows("1\u{a0}980,50 €"), "{}", pt.body);

        // Aarhus travels on the visit back: it records through the API. A wrong field is
        // named and nothing is stored.
        let refused = problem(
            put_costs(app, &s.aarhus, &s.back, &json!({"amount": 10.001})).await,
            422,
        )
        .await;
        assert_eq!(refused["errors"][0]["field"], "amount", "{refused}");
        let refused = problem(
            put_costs(
                app,
                &s.aarhus,
                &s.back,
                &json!({"amount": 10, "note": "x".repeat(501)}),
            )
            .await,
            422,
        )
        .await;
        assert_eq!(refused["errors"][0]["field"], "note", "{refused}");
        let mine: Value = fixtures::as_city(
            app,
            reqwest::Method::GET,
            &format!("/api/city/visits/{}/costs", s.back),
            &s.aarhus,
            None,
        )
        .await
        .json()
        .await
        .unwrap();
        assert_eq!(mine["travelling"], true);
        assert_eq!(mine["open"], true);
        assert!(mine["cost"]["actual_eur"].is_null(), "nothing was stored");
        let response = put_costs(
            app,
            &s.aarhus,
            &s.back,
            &json!({"amount": 250.75, "note": "Trains"}),
        )
        .await;
        assert_eq!(response.status().as_u16(), 200);
        let recorded: Value = response.json().await.unwrap();
        assert_eq!(recorded["actual_eur"], 250.75);
        // An edit replaces it.
        let response = put_costs(app, &s.aarhus, &s.back, &json!({"amount": 260})).await;
        assert_eq!(response.status().as_u16(), 200);

        // The receiving city cannot record for the visit it receives, nor can a city that
        // has no part in it (not even told it exists).
        let refused = problem(
            put_costs(app, &s.aarhus, &s.trip, &json!({"amount": 1})).await,
            403,
        )
        .await;
        assert!(
            refused["detail"]
                .as_str()
                .unwrap()
                .contains("records what it spent"),
            "{refused}"
        );
        let invitations = json_of(app, &format!("/api/cohorts/{}/invitations", s.cohort)).await;
        let other = invitations
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["city_id"] != "pt-cascais" && i["city_id"] != "dk-aarhus")
            .expect("the demo invites other cities");
        let other = fixtures::city_token(
            app,
            &s.cohort,
            other["city_id"].as_str().unwrap(),
            other["role"].as_str().unwrap(),
        )
        .await;
        problem(
            put_costs(app, &other, &s.trip, &json!({"amount": 1})).await,
            404,
        )
        .await;
        let mut stranger = Session::new(&app.address);
        let page = stranger
            .get(&format!("/invitation/{other}/visits/{}", s.trip))
            .await;
        assert_eq!(page.status, 404);

        // The totals agree with the visits, and the manager sees the same figures.
        let costs = json_of(app, &format!("/api/cohorts/{}/costs", s.cohort)).await;
        agrees(&costs);
        let trip = find(&costs, &s.trip);
        assert_eq!(trip["actual_eur"], 1980.5);
        assert_eq!(trip["note"], "Flights for the delegation");
        let travellers = trip["estimate"]["travellers"].as_i64().unwrap();
        assert_eq!(cents(&trip["estimate"]["cap_eur"]), 40_000 * travellers);
        assert_eq!(trip["actual_over_cap"], 198_050 > 40_000 * travellers);
        assert_eq!(find(&costs, &s.back)["actual_eur"], 260.0);
        assert_eq!(cents(&costs["totals"]["actual_eur"]), 198_050 + 26_000);
        let one = json_of(app, &format!("/api/visits/{}/costs", s.trip)).await;
        assert_eq!(one["estimate"], trip["estimate"]);
        assert_eq!(one["actual_eur"], 1980.5);

        // A cap of 1 euro puts every visit above it, marked on the cohort's visits page.
        assert_eq!(
            set_cap(app, &s.cohort, json!(1)).await.status().as_u16(),
            200
        );
        let costs = json_of(app, &format!("/api/cohorts/{}/costs", s.cohort)).await;
        agrees(&costs);
        let n = costs["visits"].as_array().unwrap().len();
        assert_eq!(costs["totals"]["over_cap"], n);
        let mut manager = app.manager().await;
        let page = manager
            .get(&format!("/console/cohorts/{}/visits", s.cohort))
            .await;
        assert_eq!(page.status, 200);
        assert!(page.shows(&format!("{n} above the cap")), "{}", page.body);
        assert_eq!(page.body.matches("<tr class=\"over-cap\"").count(), n);
        assert!(page.shows("€1,980.50"), "{}", page.body);
        let visit = manager.get(&format!("/console/visits/{}", s.trip)).await;
        assert!(
            visit.shows("Spent, as recorded by Cascais: €1,980.50."),
            "{}",
            visit.body
        );
        assert!(visit.shows("Above the cap."));
        assert!(
            !visit.body.contains("id=\"costs-form\""),
            "a manager reads it"
        );
    }
);

on_both_backends!(
    an_archived_cohort_keeps_what_was_spent_and_refuses_changes,
    |backend| async move {
        let s = setup(backend).await;
        let app = &s.app;
        let ok = put_costs(app, &s.cascais, &s.trip, &json!({"amount": 300})).await;
        assert_eq!(ok.status().as_u16(), 200);
        let archived = app
            .post_json(&format!("/api/cohorts/{}/archive", s.cohort), &json!({}))
            .await;
        assert_eq!(archived.status().as_u16(), 200);
        problem(
            put_costs(app, &s.cascais, &s.trip, &json!({"amount": 400})).await,
            409,
        )
        .await;
        let mine: Value = fixtures::as_city(
            app,
            reqwest::Method::GET,
            &format!("/api/city/visits/{}/costs", s.trip),
            &s.cascais,
            None,
        )
        .await
        .json()
        .await
        .unwrap();
        assert_eq!(mine["open"], false);
        assert_eq!(mine["cost"]["actual_eur"], 300.0);
        let costs = json_of(app, &format!("/api/cohorts/{}/costs", s.cohort)).await;
        assert_eq!(find(&costs, &s.trip)["actual_eur"], 300.0);
    }
);

#[actix_web::test]
async fn the_console_form_sets_and_clears_the_cap() {
    use crate::confirmations::{form_fields, send, with};
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = fixtures::demo(&app);
    let mut manager = app.manager().await;
    let edit = format!("/console/cohorts/{cohort}/edit");
    let page = manager.get(&edit).await;
    assert_eq!(page.status, 200);
    assert!(page.shows("Reimbursement cap per traveller and visit, euros"));
    let fields = form_fields(&page);
    let refused = send(
        &mut manager,
        &edit,
        &with(&fields, &[("reimbursement_cap", "-5")]),
    )
    .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused.body.contains("id=\"reimbursement-cap-error\""),
        "{}",
        refused.body
    );
    let saved = send(
        &mut manager,
        &edit,
        &with(&fields, &[("reimbursement_cap", "1200,50")]),
    )
    .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let read = json_of(&app, &format!("/api/cohorts/{cohort}")).await;
    assert_eq!(read["reimbursement_cap_eur"], 1200.5);
    let page = manager.get(&edit).await;
    assert!(page.body.contains("value=\"1200.50\""), "{}", page.body);
    let fields = form_fields(&page);
    let cleared = send(
        &mut manager,
        &edit,
        &with(&fields, &[("reimbursement_cap", "")]),
    )
    .await;
    assert_eq!(cleared.status, 303, "{}", cleared.body);
    let read = json_of(&app, &format!("/api/cohorts/{cohort}")).await;
    assert!(read["reimbursement_cap_eur"].is_null());
}
