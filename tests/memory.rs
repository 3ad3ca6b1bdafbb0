//! Memory across rounds in matching (issue 25, part 6, its first piece): a Twin left
//! unmatched in a published round of the programme can be given priority in a later
//! round (`earlier_unmatched_bonus`), which places it first where a host has room for only
//! one, and the pair's explanation says so; without the bonus nothing changes.

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
async fn the_round_form_offers_the_priority() {
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
