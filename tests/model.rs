//! A model-based test of the programme's whole middle, on two app instances of one
//! database: seeded random sequences of manager and city actions (invite, save and
//! submit, run a round, publish it, accept or decline, plan the visits, move one, publish
//! the schedule), some sent twice at once, one to each instance. After every step: no
//! answer is a 5xx, and what the database holds keeps the invariants a user relies on: no
//! pair proposed twice, no city paired with itself, one change record per visit and
//! publish, one email per participant and change, every acknowledged profile version
//! stored. `TWINNING_MODEL_SEED=N` replays one seed.

use serde_json::{Value, json};

use crate::common;

use common::{Backend, TestApp, fixtures};

/// A small, seeded generator (xorshift): the same seed, the same actions.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// What the model knows: the links of invited cities, the versions the service said it
/// stored.
#[derive(Default)]
struct Model {
    tokens: Vec<(String, String, String)>,
    saved: Vec<(String, String, i64)>,
}

struct Run<'a> {
    app: &'a TestApp,
    second: String,
    seed: u64,
    step: usize,
}

impl Run<'_> {
    /// Sends a request to the first instance, or to both at once; the answers.
    async fn send(
        &self,
        twice: bool,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
    ) -> Vec<(u16, Value)> {
        let request = |base: &str| {
            let mut r = self
                .app
                .anonymous
                .request(method.clone(), format!("{base}{path}"))
                .header(
                    "Authorization",
                    format!("Bearer {}", token.unwrap_or(&self.app.token)),
                );
            if let Some(b) = body {
                r = r.json(b);
            }
            async move {
                let response = r.send().await.unwrap();
                let status = response.status().as_u16();
                (status, response.json().await.unwrap_or(Value::Null))
            }
        };
        let answers = if twice {
            let (a, b) = tokio::join!(request(&self.app.address), request(&self.second));
            vec![a, b]
        } else {
            vec![request(&self.app.address).await]
        };
        for (status, body) in &answers {
            if std::env::var("TWINNING_MODEL_TRACE").is_ok() {
                eprintln!("{method} {path} {status}");
            }
            assert!(
                *status < 500,
                "seed {} step {}: {method} {path} answered {status}: {body}",
                self.seed,
                self.step
            );
        }
        answers
    }

    async fn get(&self, path: &str) -> Value {
        self.app.get(path).await.json().await.unwrap()
    }
}

/// Rows that break an invariant, by a query that finds them.
fn offenders(app: &TestApp, what: &str, sql: &str) -> Vec<String> {
    use diesel::RunQueryDsl;
    #[derive(diesel::QueryableByName)]
    struct Row {
        #[diesel(sql_type = diesel::sql_types::Text)]
        what: String,
    }
    let mut conn = app.pool.get().unwrap();
    let rows: Vec<Row> = match &mut *conn {
        twinning::db::DbConnection::Postgres(c) => diesel::sql_query(sql).load(c).unwrap(),
        twinning::db::DbConnection::Sqlite(c) => diesel::sql_query(sql).load(c).unwrap(),
    };
    rows.into_iter()
        .map(|r| format!("{what}: {}", r.what))
        .collect()
}

fn check(app: &TestApp, model: &Model, seed: u64, step: usize) {
    let mut bad = Vec::new();
    bad.extend(offenders(
        app,
        "a pair proposed twice",
        "SELECT twin_city_id || ' ' || host_id AS what FROM proposals WHERE superseded_at IS NULL \
         GROUP BY cohort_id, twin_city_id, host_id HAVING COUNT(*) > 1",
    ));
    bad.extend(offenders(
        app,
        "a city paired with itself",
        "SELECT p.twin_city_id AS what FROM proposals p JOIN host_cities h ON h.host_id = p.host_id \
         WHERE p.superseded_at IS NULL AND h.city_id = p.twin_city_id",
    ));
    bad.extend(offenders(
        app,
        "a visit change recorded twice",
        "SELECT visit_id AS what FROM visit_changes GROUP BY visit_id, sequence HAVING COUNT(*) > 1",
    ));
    bad.extend(offenders(
        app,
        "a participant emailed twice of one change",
        "SELECT about_id || ' ' || recipient AS what FROM outbox WHERE kind = 'schedule' \
         GROUP BY about_id, recipient HAVING COUNT(*) > 1",
    ));
    for (city, role, version) in &model.saved {
        let found = offenders(
            app,
            "stored",
            &format!(
                "SELECT id AS what FROM profiles WHERE city_id = '{city}' AND role = '{role}' \
                 AND version = {version}"
            ),
        );
        if found.is_empty() {
            bad.push(format!(
                "profile {city} {role} version {version} was acknowledged, not stored"
            ));
        }
    }
    assert!(bad.is_empty(), "seed {seed} step {step}: {bad:?}");
}

fn profile_for(role: &str, n: usize) -> Value {
    let mut p = if role == "host" {
        fixtures::aarhus_profile()
    } else {
        let mut t = fixtures::cascais_profile("");
        t["interests"] = json!([]);
        t
    };
    p["contacts"][0]["email"] = json!(format!("contact{n}@example.org"));
    p
}

async fn run_seed(backend: Backend, seed: u64, steps: usize) {
    let app = common::spawn_app_with(backend, true).await;
    let cohort = fixtures::cohort(&app, true).await;
    let second = app.another_instance().await;
    let twins: Value = app
        .get("/api/cities?role=twin&limit=5")
        .await
        .json()
        .await
        .unwrap();
    let hosts: Value = app
        .get("/api/cities?role=mission&limit=4")
        .await
        .json()
        .await
        .unwrap();
    let ids = |v: &Value| -> Vec<String> {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let (twins, hosts) = (ids(&twins), ids(&hosts));
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut model = Model::default();
    let mut run = Run {
        app: &app,
        second,
        seed,
        step: 0,
    };
    for step in 0..steps {
        run.step = step;
        let twice = rng.chance(40);
        match rng.below(8) {
            // Invite a city, as a Twin or as a host (a city may end up on both sides).
            0 => {
                let role = if rng.chance(50) { "twin" } else { "host" };
                let pool = if role == "twin" { &twins } else { &hosts };
                let city = if rng.chance(10) {
                    twins[rng.below(twins.len())].clone()
                } else {
                    pool[rng.below(pool.len())].clone()
                };
                let body = json!({"invitations": [{"city_id": city, "role": role}]});
                for (status, answer) in run
                    .send(
                        twice,
                        reqwest::Method::POST,
                        &format!("/api/cohorts/{cohort}/invitations"),
                        None,
                        Some(&body),
                    )
                    .await
                {
                    if status == 201 {
                        let link = answer[0]["link"].as_str().unwrap();
                        let token = link.rsplit('/').next().unwrap().to_owned();
                        model.tokens.push((city.clone(), role.to_owned(), token));
                    }
                }
            }
            // A city saves and submits its profile.
            1 | 2 if !model.tokens.is_empty() => {
                let (city, role, token) = model.tokens[rng.below(model.tokens.len())].clone();
                let body = json!({"profile": profile_for(&role, step), "submit": true});
                for (status, answer) in run
                    .send(
                        twice,
                        reqwest::Method::PUT,
                        "/api/city/profile",
                        Some(&token),
                        Some(&body),
                    )
                    .await
                {
                    if status == 200 {
                        let version = answer["version"].as_i64().unwrap();
                        model.saved.push((city.clone(), role.clone(), version));
                    }
                }
            }
            // A round, and sometimes its publish.
            3 => {
                let answers = run
                    .send(
                        twice,
                        reqwest::Method::POST,
                        &format!("/api/cohorts/{cohort}/rounds"),
                        None,
                        Some(&json!({})),
                    )
                    .await;
                if let Some((_, round)) = answers.iter().find(|(s, _)| *s == 201) {
                    let id = round["id"].as_str().unwrap().to_owned();
                    let release = if rng.chance(50) {
                        "?release_accepted=true"
                    } else {
                        ""
                    };
                    run.send(
                        rng.chance(50),
                        reqwest::Method::POST,
                        &format!("/api/rounds/{id}/publish{release}"),
                        None,
                        None,
                    )
                    .await;
                }
            }
            // A city answers one of its proposals.
            4 if !model.tokens.is_empty() => {
                let (_, _, token) = model.tokens[rng.below(model.tokens.len())].clone();
                let mine = run
                    .send(
                        false,
                        reqwest::Method::GET,
                        "/api/city/proposals",
                        Some(&token),
                        None,
                    )
                    .await;
                if let Some(p) = mine[0].1.as_array().and_then(|l| l.first()) {
                    let accept = rng.chance(70);
                    let body = json!({"accept": accept, "reason": "not this season"});
                    run.send(
                        twice,
                        reqwest::Method::POST,
                        &format!("/api/city/proposals/{}", p["id"].as_str().unwrap()),
                        Some(&token),
                        Some(&body),
                    )
                    .await;
                }
            }
            // Plan the visits.
            5 => {
                run.send(
                    twice,
                    reqwest::Method::POST,
                    &format!("/api/cohorts/{cohort}/visits/plan"),
                    None,
                    Some(&json!({})),
                )
                .await;
            }
            // Move a visit a week.
            6 => {
                let plan = run.get(&format!("/api/cohorts/{cohort}/visits")).await;
                let placed: Vec<&Value> = plan["visits"]
                    .as_array()
                    .map(|l| l.iter().filter(|v| v["starts_on"].is_string()).collect())
                    .unwrap_or_default();
                if !placed.is_empty() {
                    let v = placed[rng.below(placed.len())];
                    let start: chrono::NaiveDate =
                        v["starts_on"].as_str().unwrap().parse().unwrap();
                    let to = (start + chrono::Duration::days(7)).to_string();
                    run.send(
                        twice,
                        reqwest::Method::PATCH,
                        &format!("/api/visits/{}", v["id"].as_str().unwrap()),
                        None,
                        Some(&json!({"starts_on": to})),
                    )
                    .await;
                }
            }
            // Publish the schedule.
            _ => {
                run.send(
                    twice,
                    reqwest::Method::POST,
                    &format!("/api/cohorts/{cohort}/visits/publish"),
                    None,
                    Some(&json!({})),
                )
                .await;
            }
        }
        check(&app, &model, seed, step);
    }
}

/// The seeds to run: `TWINNING_MODEL_SEED`, else a few fixed ones.
fn seeds() -> Vec<u64> {
    match std::env::var("TWINNING_MODEL_SEED") {
        Ok(s) => vec![s.parse().expect("TWINNING_MODEL_SEED is a number")],
        Err(_) => vec![1, 2, 3, 4],
    }
}

on_both_backends!(
    random_actions_on_two_instances_keep_every_invariant,
    |backend| async move {
        for seed in seeds() {
            run_seed(backend, seed, 80).await;
        }
    }
);
