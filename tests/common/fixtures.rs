//! Programme data the profile tests share, made through the API as a manager would.

#![allow(dead_code)]

use chrono::{Duration, Utc};
use serde_json::{Value, json};

use super::TestApp;
use twinning::domain::id::CohortId;

/// Creates Aarhus, Cascais and Lyon.
pub async fn cities(app: &TestApp) {
    for city in [
        json!({"name": "Aarhus", "country": "DK", "lat": 56.15674, "lon": 10.21076, "population": 285273, "roles": [{"role": "mission"}]}),
        json!({"name": "Cascais", "country": "PT", "lat": 38.69, "lon": -9.42, "population": 214124, "roles": [{"role": "twin"}]}),
        json!({"name": "Lyon", "country": "FR", "lat": 45.75, "lon": 4.85, "population": 513275, "roles": [{"role": "mission"}]}),
    ] {
        let response = app.post_json("/api/cities", &city).await;
        assert_eq!(
            response.status().as_u16(),
            201,
            "{}",
            response.text().await.unwrap()
        );
    }
}

/// A programme and a cohort whose call is open (or closed since yesterday); its id.
pub async fn cohort(app: &TestApp, open: bool) -> String {
    let programme: Value = app
        .post_json(
            "/api/programmes",
            &json!({"name": "Twinning Learning Programme", "description": ""}),
        )
        .await
        .json()
        .await
        .unwrap();
    let today = Utc::now().date_naive();
    let (opens, closes) = if open {
        (today - Duration::days(30), today + Duration::days(30))
    } else {
        (today - Duration::days(60), today - Duration::days(1))
    };
    let start = closes + Duration::days(10);
    let d = |days: i64| (start + Duration::days(days)).to_string();
    let response = app
        .post_json(
            "/api/cohorts",
            &json!({
                "programme_id": programme["id"], "number": 2, "name": "Cohort 2",
                "call_opens": opens.to_string(), "call_closes": closes.to_string(),
                "starts_on": d(0), "ends_on": d(600),
                "modules": [
                    {"name": "Getting started", "starts_on": d(0), "ends_on": d(100)},
                    {"name": "Co-creating", "starts_on": d(101), "ends_on": d(400)},
                    {"name": "Capitalising", "starts_on": d(401), "ends_on": d(600)}
                ],
                "visit_rules": {"twin_to_host": 2, "host_to_twin": 1, "days": 3, "min_gap_days": 60}
            }),
        )
        .await;
    assert_eq!(
        response.status().as_u16(),
        201,
        "{}",
        response.text().await.unwrap()
    );
    response.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// An invitation: its id and the token of its link.
pub struct Invited {
    pub id: String,
    pub token: String,
    pub link: String,
}

/// Invites a city to a cohort in a role through the API.
pub async fn invite(app: &TestApp, cohort: &str, city_id: &str, role: &str) -> Invited {
    let response = app
        .post_json(
            &format!("/api/cohorts/{cohort}/invitations"),
            &json!({"invitations": [{"city_id": city_id, "role": role, "email": "team@example.org"}]}),
        )
        .await;
    assert_eq!(
        response.status().as_u16(),
        201,
        "{}",
        response.text().await.unwrap()
    );
    let body: Value = response.json().await.unwrap();
    let link = body[0]["link"].as_str().unwrap().to_owned();
    Invited {
        id: body[0]["id"].as_str().unwrap().to_owned(),
        token: link.rsplit('/').next().unwrap().to_owned(),
        link,
    }
}

/// A complete host profile for Aarhus.
pub fn aarhus_profile() -> Value {
    json!({
        "organisation": "Aarhus Kommune", "population": 285273, "languages": ["da", "en"],
        "coastal": true, "climate_zone": "oceanic", "capacity": 2, "delegation_size": 4,
        "contacts": [{"name": "Mette Jensen", "email": "mette@aarhus.dk", "role": "Climate lead", "language": "da"}],
        "themes": [
            {"domain": "energy", "lever": "participation", "priority": 1, "description": "CO-SHAPE energy park"},
            {"domain": "nature", "lever": "governance", "priority": 1, "description": "green spaces"},
            {"domain": "mobility", "lever": "technology", "priority": 2, "description": "light mobility"}
        ],
        "unavailable": [{"starts_on": "2025-07-01", "ends_on": "2025-07-31", "applies_to": "both", "label": "Summer"}]
    })
}

/// A complete Twin profile for Cascais, interested in `host`.
pub fn cascais_profile(host: &str) -> Value {
    json!({
        "organisation": "Câmara Municipal de Cascais", "population": 214124, "languages": ["pt", "en"],
        "coastal": true, "climate_zone": "mediterranean", "delegation_size": 5,
        "contacts": [{"name": "Ana Silva", "email": "ana.silva@cm-cascais.pt", "role": "Climate officer", "language": "pt"}],
        "themes": [
            {"domain": "nature", "lever": "governance", "priority": 1, "description": "green spaces"},
            {"domain": "mobility", "lever": "technology", "priority": 1, "description": "light mobility"},
            {"domain": "buildings", "lever": "finance", "priority": 2, "description": "energy efficiency in housing"}
        ],
        "interests": [host]
    })
}

/// Sends `Authorization: Bearer token` with a request.
pub async fn as_city(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    token: &str,
    body: Option<&Value>,
) -> reqwest::Response {
    let mut request = app
        .anonymous
        .request(method, app.url(path))
        .header("Authorization", format!("Bearer {token}"));
    if let Some(body) = body {
        request = request.json(body);
    }
    request.send().await.unwrap()
}

/// Runs the demo on the app's database: round, proposals, visits planned and published
/// (and their emails queued); the example cohort's id.
pub fn demo(app: &TestApp) -> String {
    let mut conn = app.pool.get().unwrap();
    twinning::demo::run(&mut conn, &super::letterhead(), "test")
        .unwrap()
        .cohort_id
        .into()
}

/// Changes a city's latest profile in a cohort, as a manager's correction would.
pub fn edit_profile(
    app: &TestApp,
    cohort: &str,
    (name, country): (&str, &str),
    role: twinning::domain::profile::ProfileRole,
    edit: impl FnOnce(&mut twinning::domain::profile::Profile),
) {
    use twinning::db::models::profile;
    let mut conn = app.pool.get().unwrap();
    let city = twinning::db::models::city::find_by_name(&mut conn, name, country)
        .unwrap()
        .unwrap_or_else(|| panic!("{name}"));
    let mut p = profile::latest(&mut conn, &city, &CohortId::from(cohort), role)
        .unwrap()
        .unwrap()
        .profile;
    edit(&mut p);
    let target = profile::Target {
        city_id: &city,
        cohort_id: &CohortId::from(cohort),
        role,
        actor: "test",
    };
    profile::save(&mut conn, &target, &p, true, true).unwrap();
}

/// Runs a new round of the cohort with one pair pinned (by names) and publishes it.
pub async fn publish_pinned(app: &TestApp, cohort: &str, twin: &str, host: &str) {
    let proposals: Value = app
        .get(&format!("/api/cohorts/{cohort}/proposals"))
        .await
        .json()
        .await
        .unwrap();
    let find = |key: &str, name: &str| {
        proposals
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p[key] == name)
            .unwrap_or_else(|| panic!("no proposal with {key} {name}"))[format!("{key}_id")]
        .as_str()
        .unwrap()
        .to_owned()
    };
    let (twin, host) = (find("twin", twin), find("host", host));
    let round: Value = app
        .post_json(
            &format!("/api/cohorts/{cohort}/rounds"),
            &json!({"pinned": [{"twin": twin, "host": host}]}),
        )
        .await
        .json()
        .await
        .unwrap();
    let published = app
        .post_json(
            &format!("/api/rounds/{}/publish", round["id"].as_str().unwrap()),
            &json!({}),
        )
        .await;
    assert_eq!(published.status().as_u16(), 200);
}

/// A plain email of kind `test` to `to` (`name`), for the outbox tests.
pub fn test_email(to: &str, name: &str, subject: &str) -> twinning::mail::Draft {
    twinning::mail::Draft {
        kind: twinning::domain::state::EmailKind::Test,
        cohort_id: None,
        about_id: format!("test {to}"),
        visit_id: None,
        to: to.to_owned(),
        name: name.to_owned(),
        language: "en".to_owned(),
        subject: subject.to_owned(),
        text: "text".to_owned(),
        html: "<p>html</p>".to_owned(),
        calendar: None,
        secret: None,
    }
}

/// A city's invitation token in a cohort, issued anew (the token is kept only as its
/// hash, so the link is re-sent to read one).
pub async fn city_token(app: &TestApp, cohort: &str, city: &str, role: &str) -> String {
    let invitations: Value = app
        .get(&format!("/api/cohorts/{cohort}/invitations"))
        .await
        .json()
        .await
        .unwrap();
    let id = invitations
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["city_id"] == city && i["role"] == role)
        .unwrap_or_else(|| panic!("no invitation of {city} as {role}"))["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let resent: Value = app
        .client
        .post(app.url(&format!("/api/invitations/{id}/resend")))
        .send()
        .await
        .unwrap()
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
