//! The cities API, as a client sees it, on both backends.

use crate::common;

use common::{Backend, problem, spawn_app, spawn_app_with};
use serde_json::{Value, json};

fn aarhus() -> Value {
    json!({
        "name": "Aarhus", "country": "dk", "lat": 56.15674, "lon": 10.21076, "population": 285273,
        "languages": ["da", "en"], "coastal": true,
        "roles": [{"role": "mission"}, {"role": "pilot", "source": "CO-SHAPE"}]
    })
}

on_both_backends!(
    a_created_city_can_be_read_changed_and_deleted,
    |backend| async move {
        let app = spawn_app(backend).await;

        let created = app.post_json("/api/cities", &aarhus()).await;
        assert_eq!(created.status().as_u16(), 201);
        assert_eq!(created.headers()["location"], "/api/cities/dk-aarhus");
        let city: Value = created.json().await.unwrap();
        assert_eq!(city["id"], "dk-aarhus");
        assert_eq!(city["country"], "DK");
        assert_eq!(city["languages"], json!(["da", "en"]));
        let roles: Vec<&str> = city["roles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["role"].as_str().unwrap())
            .collect();
        assert_eq!(roles, ["mission", "pilot"]);

        let mut changed = aarhus();
        changed["population"] = json!(290000);
        changed["roles"] = json!([{"role": "mission"}]);
        let updated: Value = app
            .put_json("/api/cities/dk-aarhus", &changed)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(updated["population"], 290000);
        assert_eq!(updated["roles"].as_array().unwrap().len(), 1);

        let read: Value = app.get("/api/cities/dk-aarhus").await.json().await.unwrap();
        assert_eq!(read["population"], 290000);

        assert_eq!(
            app.delete("/api/cities/dk-aarhus").await.status().as_u16(),
            204
        );
        let gone = problem(app.get("/api/cities/dk-aarhus").await, 404).await;
        assert_eq!(gone["detail"], "city dk-aarhus does not exist");
    }
);

on_both_backends!(
    a_duplicate_city_is_refused_and_nothing_changes,
    |backend| async move {
        let app = spawn_app(backend).await;
        assert_eq!(
            app.post_json("/api/cities", &aarhus())
                .await
                .status()
                .as_u16(),
            201
        );

        let mut again = aarhus();
        again["population"] = json!(1);
        let body = problem(app.post_json("/api/cities", &again).await, 409).await;
        assert_eq!(body["field"], "name");
        assert!(
            body["detail"]
                .as_str()
                .unwrap()
                .contains("Aarhus (DK) already exists"),
            "{body}"
        );

        let list: Value = app.get("/api/cities").await.json().await.unwrap();
        assert_eq!(list["total"], 1);
        assert_eq!(list["items"][0]["population"], 285273);
    }
);

on_both_backends!(
    out_of_range_values_are_named_and_nothing_is_stored,
    |backend| async move {
        let app = spawn_app(backend).await;
        let mut bad = aarhus();
        bad["lat"] = json!(200);
        bad["population"] = json!(-1);
        bad["country"] = json!("XX");
        let body = problem(app.post_json("/api/cities", &bad).await, 422).await;
        let fields: Vec<&str> = body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert_eq!(fields, ["country", "lat", "population"]);
        assert_eq!(body["field"], "country");

        let list: Value = app.get("/api/cities").await.json().await.unwrap();
        assert_eq!(list["total"], 0);
    }
);

on_both_backends!(
    malformed_or_unexpected_bodies_name_the_problem,
    |backend| async move {
        let app = spawn_app(backend).await;

        let body = problem(
            app.post_raw("/api/cities", "application/json", "{\"name\": \"Aarhus\",")
                .await,
            400,
        )
        .await;
        assert!(
            body["detail"]
                .as_str()
                .unwrap()
                .starts_with("the body is not valid JSON"),
            "{body}"
        );

        let mut unknown = aarhus();
        unknown["mayor"] = json!("Anders");
        let body = problem(app.post_json("/api/cities", &unknown).await, 422).await;
        assert_eq!(body["field"], "mayor");

        let mut wrong_type = aarhus();
        wrong_type["population"] = json!("many");
        let body = problem(app.post_json("/api/cities", &wrong_type).await, 422).await;
        assert_eq!(body["field"], "population");

        let mut wrong_role = aarhus();
        wrong_role["roles"] = json!([{"role": "mission"}, {"role": "mentor"}]);
        let body = problem(app.post_json("/api/cities", &wrong_role).await, 422).await;
        assert_eq!(body["field"], "roles[1].role");

        let mut missing = aarhus();
        missing.as_object_mut().unwrap().remove("lat");
        let body = problem(app.post_json("/api/cities", &missing).await, 422).await;
        assert!(
            body["detail"]
                .as_str()
                .unwrap()
                .contains("missing field `lat`"),
            "{body}"
        );

        problem(
            app.post_raw("/api/cities", "text/plain", "Aarhus").await,
            415,
        )
        .await;

        let list: Value = app.get("/api/cities").await.json().await.unwrap();
        assert_eq!(list["total"], 0);
    }
);

on_both_backends!(the_reference_cities_page_and_filter, |backend| async move {
    let app = spawn_app_with(backend, true).await;

    let first: Value = app.get("/api/cities?limit=10").await.json().await.unwrap();
    assert_eq!(first["total"], 137);
    assert_eq!(first["items"].as_array().unwrap().len(), 10);
    let second: Value = app
        .get("/api/cities?limit=10&offset=10")
        .await
        .json()
        .await
        .unwrap();
    assert_ne!(first["items"][0]["id"], second["items"][0]["id"]);

    let twins: Value = app
        .get("/api/cities?role=twin&limit=500")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(twins["total"], 20);
    let cascais = twins["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "Cascais")
        .expect("Cascais is a Twin");
    assert_eq!(cascais["country"], "PT");

    let aarhus: Value = app.get("/api/cities/dk-aarhus").await.json().await.unwrap();
    let roles: Vec<&str> = aarhus["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["role"].as_str().unwrap())
        .collect();
    assert_eq!(roles, ["mission", "pilot"]);

    let body = problem(app.get("/api/cities?limit=0").await, 422).await;
    assert_eq!(body["field"], "limit");
    let body = problem(app.get("/api/cities?limit=ten").await, 422).await;
    assert_eq!(body["field"], "limit");
    let body = problem(app.get("/api/cities?role=mentor").await, 422).await;
    assert_eq!(body["field"], "role");
});

on_both_backends!(
    an_unknown_cohort_in_a_role_is_refused,
    |backend| async move {
        let app = spawn_app(backend).await;
        let mut city = aarhus();
        city["roles"] = json!([{"role": "pilot", "cohort_id": "no-such-cohort"}]);
        let body = problem(app.post_json("/api/cities", &city).await, 422).await;
        assert_eq!(body["field"], "roles[0].cohort_id");
        assert_eq!(
            app.get("/api/cities").await.json::<Value>().await.unwrap()["total"],
            0
        );
    }
);

#[actix_web::test]
async fn health_names_the_database() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let app = spawn_app(backend).await;
        let health: Value = app.get("/health").await.json().await.unwrap();
        assert_eq!(health["status"], "ok");
        let expected = if backend == Backend::Sqlite {
            "sqlite"
        } else {
            "postgres"
        };
        assert_eq!(health["database"], expected);
    }
}
