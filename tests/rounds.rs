//! Matching rounds through the API on both backends, on the example cohort (illustrative
//! profiles for cohort 2's documented pairings): the result, its explanations and rules,
//! the stored instance solving to the same result, bad settings named.

mod common;

use common::web::Session;
use common::{MANAGER_EMAIL, MANAGER_PASSWORD, problem, spawn_app_with};
use serde_json::{Value, json};
use twinning_solver::matching;

async fn example(app: &common::TestApp) -> String {
    let mut conn = app.pool.get().unwrap();
    use diesel::Connection;
    conn.transaction(|c| twinning::demo::load(c, "test"))
        .unwrap()
}

async fn round(app: &common::TestApp, cohort: &str, settings: Value) -> Value {
    let response = app
        .post_json(&format!("/api/cohorts/{cohort}/rounds"), &settings)
        .await;
    assert_eq!(
        response.status().as_u16(),
        201,
        "{}",
        response.text().await.unwrap()
    );
    response.json().await.unwrap()
}

fn pair<'a>(round: &'a Value, twin: &str) -> Option<&'a Value> {
    round["report"]["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["twin"] == twin)
}

fn host_ids(app_round: &Value) -> std::collections::HashMap<String, String> {
    app_round["report"]["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["host"].as_str().unwrap().to_owned(),
                p["host_id"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

on_both_backends!(
    a_round_pairs_every_twin_with_its_documented_host_and_says_why,
    |backend| async move {
        let app = spawn_app_with(backend, true).await;
        let cohort = example(&app).await;
        let first = round(&app, &cohort, json!({})).await;
        assert_eq!(first["status"], "optimal");
        assert_eq!(first["number"], 1);
        assert_eq!(first["created_by"], MANAGER_EMAIL);
        let cascais = pair(&first, "Cascais").expect("Cascais is paired");
        assert_eq!(cascais["host"], "Aarhus");
        let explanation = cascais["explanation"].as_str().unwrap();
        assert!(explanation.starts_with("Cascais is paired with Aarhus because Aarhus's strengths cover 4 of Cascais's 4 priority challenges — green spaces, light mobility"), "{explanation}");
        assert!(
            explanation.ends_with("and Cascais asked for Aarhus first."),
            "{explanation}"
        );
        for part in ["fit", "interest", "context", "travel"] {
            let v = cascais["parts"][part].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&v), "{part} {v}");
        }
        // Every documented pairing of cohort 2 comes out of the optimisation.
        let expected = [
            ("Amersfoort", "Espoo"),
            ("Cascais", "Aarhus"),
            ("Chalkida", "CF4Cities (Klagenfurt, Gozo, Vilnius)"),
            ("Courcy (Grand Reims)", "Lisbon"),
            ("Fuenlabrada", "Copenhagen"),
            ("Milton Keynes", "Lyon"),
            ("Plymouth", "Lund"),
            ("Sant Boi de Llobregat", "Marseille"),
            ("Szombathely", "MODENT (Pécs, Miskolc)"),
        ];
        let got: Vec<(String, String)> = first["report"]["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                (
                    p["twin"].as_str().unwrap().to_owned(),
                    p["host"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        assert_eq!(got, expected.map(|(a, b)| (a.to_owned(), b.to_owned())));
        assert_eq!(first["report"]["blocking"], json!([]));
        // Plymouth's best other host is Aarhus, taken by Cascais, who scores higher there.
        let plymouth = pair(&first, "Plymouth").unwrap();
        assert_eq!(
            plymouth["why_not"]
                .as_str()
                .unwrap()
                .split(": ")
                .nth(1)
                .unwrap(),
            "Aarhus was full"
        );

        // The stored instance solves to the same result.
        let stored = app
            .get(&format!(
                "/api/rounds/{}/instance",
                first["id"].as_str().unwrap()
            ))
            .await
            .bytes()
            .await
            .unwrap();
        let instance = matching::Instance::from_json(&stored).unwrap();
        let again = matching::solve(
            &instance,
            &matching::Options {
                time_limit: None,
                fair: false,
            },
        )
        .unwrap();
        let again: Vec<(String, String)> = again
            .assignment
            .iter()
            .map(|a| (a.twin.clone(), a.mentor.clone()))
            .collect();
        let mut before: Vec<(String, String)> = first["report"]["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                (
                    p["twin_id"].as_str().unwrap().to_owned(),
                    p["host_id"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        let mut again = again;
        before.sort();
        again.sort();
        assert_eq!(before, again);
        let listed: Value = app
            .get(&format!("/api/cohorts/{cohort}/rounds"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(listed.as_array().unwrap().len(), 1);
    }
);

on_both_backends!(
    pinned_and_forbidden_pairs_and_capacity_are_kept_and_explained,
    |backend| async move {
        let app = spawn_app_with(backend, true).await;
        let cohort = example(&app).await;
        let hosts = host_ids(&round(&app, &cohort, json!({})).await);
        let aarhus = &hosts["Aarhus"];

        // Pinning Plymouth to Aarhus leaves Cascais elsewhere: a blocking pair.
        let pinned = round(
            &app,
            &cohort,
            json!({"pinned": [{"twin": "gb-plymouth", "host": aarhus}]}),
        )
        .await;
        assert_eq!(pair(&pinned, "Plymouth").unwrap()["host"], "Aarhus");
        assert_eq!(pair(&pinned, "Plymouth").unwrap()["pinned"], true);
        assert_ne!(
            pair(&pinned, "Cascais").map(|p| p["host"].clone()),
            Some(json!("Aarhus"))
        );
        let blocking = pinned["report"]["blocking"].as_array().unwrap();
        assert!(
            blocking
                .iter()
                .any(|b| b["twin"] == "Cascais" && b["host"] == "Aarhus"),
            "{blocking:?}"
        );

        // Forbidding Cascais–Aarhus: the why-not says so.
        let forbidden = round(
            &app,
            &cohort,
            json!({"forbidden": [{"twin": "pt-cascais", "host": aarhus}]}),
        )
        .await;
        let cascais = pair(&forbidden, "Cascais").unwrap();
        assert_ne!(cascais["host"], "Aarhus");
        assert!(
            cascais["why_not"]
                .as_str()
                .unwrap()
                .contains("Aarhus was ruled out"),
            "{cascais}"
        );

        // Only Aarhus as host for Cascais and Plymouth: one is left out, with the reason.
        let small = round(
            &app,
            &cohort,
            json!({"twins": ["pt-cascais", "gb-plymouth"], "hosts": [aarhus]}),
        )
        .await;
        assert_eq!(small["report"]["pairs"].as_array().unwrap().len(), 1);
        let unmatched = &small["report"]["unmatched"][0];
        assert_eq!(unmatched["twin"], "Plymouth");
        assert!(
            unmatched["reason"].as_str().unwrap().contains(
                "Aarhus was full: it takes 1 Twin (Cascais) and it scores higher with it"
            ),
            "{unmatched}"
        );
        assert_eq!(small["number"], 4, "every round is kept");
    }
);

on_both_backends!(
    bad_round_settings_are_named_and_nothing_is_stored,
    |backend| async move {
        let app = spawn_app_with(backend, true).await;
        let cohort = example(&app).await;
        let body = problem(
            app.post_json(
                &format!("/api/cohorts/{cohort}/rounds"),
                &json!({
                    "weights": {"fit": -1, "interest": 0.25, "context": 0.15, "travel": 0.1},
                    "max_per_country": 0,
                    "pinned": [{"twin": "xx-nowhere", "host": "h"}]
                }),
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
        assert_eq!(
            fields,
            [
                "weights.fit",
                "max_per_country",
                "pinned[0].twin",
                "pinned[0].host"
            ]
        );
        let wrong_type = problem(
            app.post_json(
                &format!("/api/cohorts/{cohort}/rounds"),
                &json!({"fair": "yes"}),
            )
            .await,
            422,
        )
        .await;
        assert_eq!(wrong_type["field"], "fair");
        problem(
            app.post_json("/api/cohorts/no-such-cohort/rounds", &json!({}))
                .await,
            404,
        )
        .await;
        let listed: Value = app
            .get(&format!("/api/cohorts/{cohort}/rounds"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(listed, json!([]));
    }
);

#[actix_web::test]
async fn the_console_runs_a_round_and_shows_it_with_its_map() {
    let app = spawn_app_with(common::Backend::Sqlite, true).await;
    let cohort = example(&app).await;
    let mut manager = Session::new(&app.address);
    manager.login(MANAGER_EMAIL, MANAGER_PASSWORD).await;
    let form = manager
        .get(&format!("/console/cohorts/{cohort}/rounds/new"))
        .await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("name=\"twins\" value=\"pt-cascais\""));
    let csrf = form.csrf();
    let mut fields: Vec<(&str, &str)> = vec![
        ("csrf", &csrf),
        ("weights.fit", "0.5"),
        ("weights.interest", "0.25"),
        ("weights.context", "0.15"),
        ("weights.travel", "0.1"),
        ("max_per_country", "1"),
        ("same_country", "yes"),
        ("fair", "no"),
        ("pinned", ""),
        ("forbidden", "Cascais -> Atlantis"),
    ];
    for twin in ["pt-cascais", "gb-plymouth"] {
        fields.push(("twins", twin));
    }
    let wrong = manager
        .post(&format!("/console/cohorts/{cohort}/rounds"), &fields)
        .await;
    assert_eq!(wrong.status, 422);
    assert!(
        wrong.shows("line 1: \"Atlantis\" is not a host that submitted"),
        "{}",
        wrong.body
    );
    fields.retain(|(k, _)| *k != "forbidden");
    let hosts_form = manager
        .get(&format!("/console/cohorts/{cohort}/rounds/new"))
        .await;
    let aarhus = hosts_form
        .body
        .split("name=\"hosts\" value=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap().to_owned())
        .collect::<Vec<_>>();
    for h in &aarhus {
        fields.push(("hosts", h));
    }
    let done = manager
        .post(&format!("/console/cohorts/{cohort}/rounds"), &fields)
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    let page = manager.get(done.location.as_deref().unwrap()).await;
    assert!(page.body.contains("<svg"), "a map");
    assert!(page.body.contains("<line"), "lines between paired cities");
    assert!(page.shows("Cascais is paired with Aarhus because"));
    assert!(
        page.body.contains("2 Twins, 9 hosts"),
        "only the ticked Twins took part"
    );
}
