//! Memory across rounds and cohorts in matching (issue 25, part 6): a Twin left unmatched
//! in a published round of the programme can be given priority in a later round
//! (`earlier_unmatched_bonus`), which places it first where a host has room for only one,
//! and the pair's explanation says so; a host's Twins across the programme's cohorts can
//! be capped (`host_programme_cap`), which cuts its room by those proposed to it in the
//! other cohorts, and the Twins left out are told so; a host's past feedback (how useful
//! its Twins found its visits) can be a score part (weight 0 by default), said in the
//! pair's explanation when counted. Without them nothing changes.

use crate::common;

use common::{Backend, problem, spawn_app_with};
use serde_json::{Value, json};

async fn example(app: &common::TestApp) -> String {
    let mut conn = app.pool.get().unwrap();
    use diesel::Connection;
    conn.transaction(|c| twinning::demo::load(c, "test"))
        .unwrap()
        .into()
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

fn placed(round: &Value) -> Vec<(String, String)> {
    round["report"]["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["twin"].as_str().unwrap().to_owned(),
                p["host"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

on_both_backends!(
    a_twin_left_unmatched_earlier_is_placed_first_when_given_priority,
    |backend| async move {
        let app = spawn_app_with(backend, true).await;
        let cohort = example(&app).await;
        let first = round(&app, &cohort, json!({})).await;
        let aarhus = first["report"]["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["host"] == "Aarhus")
            .unwrap()["host_id"]
            .as_str()
            .unwrap()
            .to_owned();
        // Aarhus takes one Twin: Cascais scores higher with it, Plymouth is left out.
        let small = json!({"twins": ["pt-cascais", "gb-plymouth"], "hosts": [aarhus]});
        let earlier = round(&app, &cohort, small.clone()).await;
        assert_eq!(
            placed(&earlier),
            [("Cascais".to_owned(), "Aarhus".to_owned())]
        );
        assert_eq!(earlier["report"]["unmatched"][0]["twin"], "Plymouth");

        // Before it is published, no round remembers it.
        let mut with_bonus = small.clone();
        with_bonus["earlier_unmatched_bonus"] = json!(1);
        let unpublished = round(&app, &cohort, with_bonus.clone()).await;
        assert_eq!(
            placed(&unpublished),
            [("Cascais".to_owned(), "Aarhus".to_owned())]
        );

        let published = app
            .post_json(
                &format!("/api/rounds/{}/publish", earlier["id"].as_str().unwrap()),
                &json!({}),
            )
            .await;
        assert_eq!(published.status().as_u16(), 200);

        // Without the bonus, the same as before.
        let plain = round(&app, &cohort, small.clone()).await;
        assert_eq!(
            placed(&plain),
            [("Cascais".to_owned(), "Aarhus".to_owned())]
        );
        // With it, Plymouth goes first, and its pair says why; the score shown is the
        // pair's own, without the bonus.
        let later = round(&app, &cohort, with_bonus).await;
        assert_eq!(
            placed(&later),
            [("Plymouth".to_owned(), "Aarhus".to_owned())]
        );
        let pair = &later["report"]["pairs"][0];
        assert_eq!(pair["parts"]["earlier_unmatched"], true);
        assert!(
            pair["explanation"]
                .as_str()
                .unwrap()
                .contains("Plymouth was given priority, having been left unmatched in an earlier round of the programme"),
            "{pair}"
        );
        assert!(pair["score"].as_f64().unwrap() <= 1.0, "{pair}");
        assert_eq!(later["report"]["unmatched"][0]["twin"], "Cascais");

        // Once that round is published, Plymouth has been paired since and Cascais is the
        // one left unmatched: the priority turns to Cascais.
        let published = app
            .post_json(
                &format!("/api/rounds/{}/publish", later["id"].as_str().unwrap()),
                &json!({}),
            )
            .await;
        assert_eq!(published.status().as_u16(), 200);
        let mut again = small.clone();
        again["earlier_unmatched_bonus"] = json!(1);
        let turned = round(&app, &cohort, again).await;
        assert_eq!(
            placed(&turned),
            [("Cascais".to_owned(), "Aarhus".to_owned())]
        );
        assert_eq!(
            turned["report"]["pairs"][0]["parts"]["earlier_unmatched"],
            true
        );

        // A bonus out of range is named.
        let mut wrong = small.clone();
        wrong["earlier_unmatched_bonus"] = json!(1.5);
        let refused = problem(
            app.post_json(&format!("/api/cohorts/{cohort}/rounds"), &wrong)
                .await,
            422,
        )
        .await;
        assert_eq!(
            refused["errors"][0]["field"], "earlier_unmatched_bonus",
            "{refused}"
        );
    }
);

#[actix_web::test]
async fn the_round_form_offers_the_memory_settings() {
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = example(&app).await;
    let mut manager = app.manager().await;
    let form = manager
        .get(&format!("/console/cohorts/{cohort}/rounds/new"))
        .await;
    assert_eq!(form.status, 200);
    assert!(form.shows("Priority to a Twin left unmatched in an earlier round"));
    assert!(
        form.body
            .contains("name=\"earlier_unmatched_bonus\" type=\"number\" value=\"0\"")
    );
}

/// A cohort 3 of the example's programme, its call open, where Aarhus hosts and Cascais
/// applies; its round is published: Cascais is proposed to Aarhus there.
async fn cohort_three(app: &common::TestApp, example: &str) -> String {
    use chrono::{Duration, Utc};
    use reqwest::Method;
    let programme = app
        .get(&format!("/api/cohorts/{example}"))
        .await
        .json::<Value>()
        .await
        .unwrap()["programme_id"]
        .clone();
    let today = Utc::now().date_naive();
    let d = |days: i64| (today + Duration::days(days)).to_string();
    let created = app
        .post_json(
            "/api/cohorts",
            &json!({
                "programme_id": programme, "number": 3, "name": "Cohort 3",
                "call_opens": d(-30), "call_closes": d(30),
                "starts_on": d(40), "ends_on": d(640),
                "modules": [{"name": "All", "starts_on": d(40), "ends_on": d(640)}],
                "visit_rules": {"twin_to_host": 1, "host_to_twin": 1, "days": 3, "min_gap_days": 30}
            }),
        )
        .await;
    assert_eq!(created.status().as_u16(), 201);
    let cohort = created.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let host = common::fixtures::invite(app, &cohort, "dk-aarhus", "host").await;
    let twin = common::fixtures::invite(app, &cohort, "pt-cascais", "twin").await;
    let state: Value =
        common::fixtures::as_city(app, Method::GET, "/api/city/profile", &twin.token, None)
            .await
            .json()
            .await
            .unwrap();
    let host_id = state["hosts"][0]["id"].as_str().unwrap().to_owned();
    for (token, profile) in [
        (&host.token, common::fixtures::aarhus_profile()),
        (&twin.token, common::fixtures::cascais_profile(&host_id)),
    ] {
        let saved = common::fixtures::as_city(
            app,
            Method::PUT,
            "/api/city/profile",
            token,
            Some(&json!({"profile": profile, "submit": true})),
        )
        .await;
        assert_eq!(
            saved.status().as_u16(),
            200,
            "{}",
            saved.text().await.unwrap()
        );
    }
    let third = round(app, &cohort, json!({})).await;
    assert_eq!(
        placed(&third),
        [("Cascais".to_owned(), "Aarhus".to_owned())]
    );
    let published = app
        .post_json(
            &format!("/api/rounds/{}/publish", third["id"].as_str().unwrap()),
            &json!({}),
        )
        .await;
    assert_eq!(published.status().as_u16(), 200);
    cohort
}

on_both_backends!(
    a_host_capped_across_the_programme_takes_fewer,
    |backend| async move {
        let app = spawn_app_with(backend, true).await;
        let cohort = example(&app).await;
        let first = round(&app, &cohort, json!({})).await;
        let aarhus = first["report"]["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["host"] == "Aarhus")
            .unwrap()["host_id"]
            .as_str()
            .unwrap()
            .to_owned();
        let small = json!({"twins": ["pt-cascais", "gb-plymouth"], "hosts": [aarhus]});
        // Before Aarhus hosts anyone elsewhere, the cap changes nothing.
        let mut capped = small.clone();
        capped["host_programme_cap"] = json!(1);
        assert_eq!(placed(&round(&app, &cohort, capped.clone()).await).len(), 1);

        cohort_three(&app, &cohort).await;
        // Without a cap Aarhus takes Cascais here too; capped at 1 across the programme,
        // it has no room left, and the Twins left out are told why.
        assert_eq!(placed(&round(&app, &cohort, small.clone()).await).len(), 1);
        let after = round(&app, &cohort, capped).await;
        assert!(placed(&after).is_empty(), "{}", after["report"]);
        let reasons: Vec<&str> = after["report"]["unmatched"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["reason"].as_str().unwrap())
            .collect();
        assert_eq!(reasons.len(), 2);
        assert!(
            reasons.iter().any(|r| r.contains(
                "Aarhus had no room: it was proposed 1 Twin in the programme's other cohorts, and the round allows 1 Twin per host across them"
            )),
            "{reasons:?}"
        );
        // A cap of 2 leaves it its one place.
        let mut two = small.clone();
        two["host_programme_cap"] = json!(2);
        assert_eq!(placed(&round(&app, &cohort, two).await).len(), 1);
        // Out of range, named.
        let mut wrong = small.clone();
        wrong["host_programme_cap"] = json!(0);
        let refused = problem(
            app.post_json(&format!("/api/cohorts/{cohort}/rounds"), &wrong)
                .await,
            422,
        )
        .await;
        assert_eq!(
            refused["errors"][0]["field"], "host_programme_cap",
            "{refused}"
        );
    }
);

on_both_backends!(
    a_hosts_past_feedback_counts_only_when_weighed_and_is_said,
    |backend| async move {
        let app = spawn_app_with(backend, true).await;
        // The demo: Cascais rated its trip to Aarhus 5 out of 5.
        let cohort = common::fixtures::demo(&app);
        let plain = round(&app, &cohort, json!({})).await;
        assert_eq!(
            plain["settings"]["weights"]["feedback"], 0.0,
            "{}",
            plain["settings"]
        );
        let cascais = plain["report"]["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["twin"] == "Cascais")
            .unwrap()
            .clone();
        assert!(cascais["parts"]["feedback_mean"].is_null());
        assert!(!cascais["explanation"].as_str().unwrap().contains("rated"));

        let weighed = round(
            &app,
            &cohort,
            json!({"weights": {"fit": 0.5, "interest": 0.25, "context": 0.15, "travel": 0.1, "feedback": 0.2}}),
        )
        .await;
        let pair = weighed["report"]["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["twin"] == "Cascais")
            .unwrap()
            .clone();
        assert_eq!(pair["host"], "Aarhus");
        assert_eq!(pair["parts"]["feedback_mean"], 5.0, "{pair}");
        assert_eq!(pair["parts"]["feedback_responses"], 1);
        assert_eq!(pair["parts"]["feedback"], 1.0);
        assert!(
            pair["explanation"]
                .as_str()
                .unwrap()
                .contains("Aarhus's Twins rated its visits 5.0 out of 5 (1 answer)"),
            "{pair}"
        );
        // The weight is bounded like the others.
        let refused = problem(
            app.post_json(
                &format!("/api/cohorts/{cohort}/rounds"),
                &json!({"weights": {"fit": 0.5, "interest": 0.25, "context": 0.15, "travel": 0.1, "feedback": 11}}),
            )
            .await,
            422,
        )
        .await;
        assert_eq!(
            refused["errors"][0]["field"], "weights.feedback",
            "{refused}"
        );
    }
);
