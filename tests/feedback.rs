//! Feedback after each visit (issue 25, part 2): each side of a visit that has ended gives
//! it through its link (the page or the API), changes it until the cohort ends, and the
//! managers see it summed up per visit, per pair and per host. Refused before the visit
//! ends, for a city not in the visit, once the cohort has ended or while archived; a wrong
//! field is named and nothing is stored.

use chrono::{Duration, Utc};
use diesel::prelude::*;
use serde_json::{Value, json};

use crate::common;
use common::web::Session;
use common::{Backend, TestApp, fixtures, problem, spawn_app_with};

/// The example cohort, opened again (it ended in May 2026): its end moved a year ahead.
struct Setup {
    app: TestApp,
    cohort: String,
    /// Aarhus's visit back to Cascais (October 2025), which the demo leaves without feedback.
    visit: Value,
    cascais: String,
    aarhus: String,
}

fn set_cohort_end(app: &TestApp, cohort: &str, ends_on: chrono::NaiveDate) {
    use twinning::db::schema::cohorts;
    let mut conn = app.pool.get().unwrap();
    diesel::update(cohorts::table.find(cohort))
        .set(cohorts::ends_on.eq(ends_on))
        .execute(&mut conn)
        .unwrap();
}

async fn setup(backend: Backend) -> Setup {
    let app = spawn_app_with(backend, true).await;
    let cohort = fixtures::demo(&app);
    set_cohort_end(&app, &cohort, Utc::now().date_naive() + Duration::days(365));
    let plan: Value = app
        .get(&format!("/api/cohorts/{cohort}/visits"))
        .await
        .json()
        .await
        .unwrap();
    let visit = plan["visits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["label"] == "Aarhus to Cascais, visit back 1")
        .expect("the demo plans Aarhus's visit back to Cascais")
        .clone();
    let cascais = fixtures::city_token(&app, &cohort, "pt-cascais", "twin").await;
    let aarhus = fixtures::city_token(&app, &cohort, "dk-aarhus", "host").await;
    Setup {
        app,
        cohort,
        visit,
        cascais,
        aarhus,
    }
}

fn id(v: &Value) -> String {
    v["id"].as_str().unwrap().to_owned()
}

async fn put(app: &TestApp, token: &str, visit: &str, body: &Value) -> reqwest::Response {
    fixtures::as_city(
        app,
        reqwest::Method::PUT,
        &format!("/api/city/visits/{visit}/feedback"),
        token,
        Some(body),
    )
    .await
}

fn good() -> Value {
    json!({"usefulness": 4, "learnt": "How residents shape green spaces.",
           "practices": ["nature:governance"], "recommend": true, "follow_up": "online"})
}

async fn feedback_of(app: &TestApp, visit: &str) -> Value {
    let response = app.get(&format!("/api/visits/{visit}/feedback")).await;
    assert_eq!(response.status().as_u16(), 200);
    response.json().await.unwrap()
}

/// The summary a manager should see, recomputed from the feedback rows themselves.
fn recompute(list: &[Value]) -> (usize, Option<f64>, usize, Vec<(String, u64)>) {
    let n = list.len();
    let mean = (n > 0).then(|| {
        list.iter()
            .map(|f| f["usefulness"].as_f64().unwrap())
            .sum::<f64>()
            / n as f64
    });
    let recommend = list.iter().filter(|f| f["recommend"] == true).count();
    let mut practices: Vec<(String, u64)> = Vec::new();
    for f in list {
        for p in f["practices"].as_array().unwrap() {
            let pid = p["id"].as_str().unwrap().to_owned();
            match practices.iter_mut().find(|(i, _)| *i == pid) {
                Some((_, c)) => *c += 1,
                None => practices.push((pid, 1)),
            }
        }
    }
    practices.sort();
    (n, mean, recommend, practices)
}

fn agrees(summary: &Value, list: &[Value]) {
    let (n, mean, recommend, practices) = recompute(list);
    assert_eq!(summary["responses"], n, "{summary}");
    match mean {
        Some(m) => assert!((summary["usefulness_mean"].as_f64().unwrap() - m).abs() < 1e-9),
        None => assert!(summary["usefulness_mean"].is_null()),
    }
    assert_eq!(summary["recommend"], recommend);
    let mut shown: Vec<(String, u64)> = summary["practices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["id"].as_str().unwrap().to_owned(),
                p["count"].as_u64().unwrap(),
            )
        })
        .collect();
    shown.sort();
    assert_eq!(shown, practices);
}

on_both_backends!(
    a_city_gives_feedback_on_its_page_and_the_manager_sees_it_summed_up,
    |backend| async move {
        let s = setup(backend).await;
        let app = &s.app;
        let visit = id(&s.visit);
        // Cascais received this visit; its page offers the feedback form.
        let mut city = Session::new(&app.address);
        let mine = city
            .get(&format!("/invitation/{}?lang=en", s.cascais))
            .await;
        let form_path = format!("/invitation/{}/visits/{visit}/feedback", s.cascais);
        assert!(
            mine.body.contains(&format!("href=\"{form_path}\"")),
            "{}",
            mine.body
        );
        assert!(mine.shows("Give feedback"));
        let form = city.get(&form_path).await;
        assert_eq!(form.status, 200);
        assert!(form.shows("How useful was the visit for your city?"));
        assert!(form.shows("Up to 2000 characters."));
        assert!(
            form.shows("Land use and nature-based solutions, governance and policy: green spaces"),
            "{}",
            form.body
        );
        let sent = city
            .post(
                &form_path,
                &[
                    ("csrf", &form.csrf()),
                    ("usefulness", "4"),
                    ("learnt", "How Aarhus's team works with residents."),
                    ("practices", "nature:governance"),
                    ("practices", "mobility:technology"),
                    ("recommend", "yes"),
                    ("follow_up", "online"),
                ],
            )
            .await;
        assert_eq!(sent.status, 303, "{}", sent.body);
        let shown = city.get(sent.location.as_deref().unwrap()).await;
        assert!(shown.shows("Your feedback is saved."), "{}", shown.body);
        assert!(shown.body.contains("value=\"4\" checked"));
        assert!(
            city.get(&format!("/invitation/{}?lang=en", s.cascais))
                .await
                .shows("Change your feedback")
        );

        // The other side of the same visit, through the API.
        let response = put(
            app,
            &s.aarhus,
            &visit,
            &json!({"usefulness": 5, "learnt": "Cascais's coastal adaptation.",
                    "practices": ["nature:governance", "energy:technology"], "recommend": false, "follow_up": "visit"}),
        )
        .await;
        assert_eq!(response.status().as_u16(), 200);
        let given: Value = response.json().await.unwrap();
        assert_eq!(given["side"], "guest");
        assert_eq!(given["twin"], false);

        let both = feedback_of(app, &visit).await;
        let list = both["feedback"].as_array().unwrap().clone();
        assert_eq!(list.len(), 2);
        assert_eq!(both["summary"]["usefulness_mean"], 4.5);
        agrees(&both["summary"], &list);

        // An edit replaces the city's feedback: still one row per side.
        let mut changed = good();
        changed["usefulness"] = json!(2);
        assert_eq!(
            put(app, &s.cascais, &visit, &changed)
                .await
                .status()
                .as_u16(),
            200
        );
        let after = feedback_of(app, &visit).await;
        let list = after["feedback"].as_array().unwrap().clone();
        assert_eq!(list.len(), 2);
        assert_eq!(after["summary"]["usefulness_mean"], 3.5);
        agrees(&after["summary"], &list);
        let one: Value = app
            .get(&format!("/api/visits/{visit}/feedback/pt-cascais"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(one["usefulness"], 2);
        assert_eq!(one["side"], "host");

        // The pair and the host, over all their visits (both directions).
        let pair: Value = app
            .get(&format!(
                "/api/proposals/{}/feedback",
                s.visit["proposal_id"].as_str().unwrap()
            ))
            .await
            .json()
            .await
            .unwrap();
        let all: Vec<Value> = pair["visits"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|v| v["feedback"].as_array().unwrap().clone())
            .collect();
        assert!(all.len() >= 2);
        agrees(&pair["summary"]["all"], &all);
        let twins: Vec<Value> = all.iter().filter(|f| f["twin"] == true).cloned().collect();
        agrees(&pair["summary"]["from_twin"], &twins);
        let host: Value = app
            .get(&format!(
                "/api/hosts/{}/feedback",
                s.visit["host_id"].as_str().unwrap()
            ))
            .await
            .json()
            .await
            .unwrap();
        let all: Vec<Value> = host["visits"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|v| v["feedback"].as_array().unwrap().clone())
            .collect();
        agrees(&host["summary"]["all"], &all);

        // The manager sees it on the console: the visit's page and the visits page.
        let mut manager = app.manager().await;
        let page = manager.get(&format!("/console/visits/{visit}")).await;
        assert!(page.shows("Feedback"), "{}", page.body);
        assert!(page.shows("3.5 of 5"), "{}", page.body);
        assert!(page.shows("Cascais's coastal adaptation."));
        let cohort_page = manager
            .get(&format!("/console/cohorts/{}/visits", s.cohort))
            .await;
        assert!(cohort_page.shows("Feedback"), "{}", cohort_page.body);
    }
);

on_both_backends!(
    feedback_is_refused_when_it_cannot_be_given_and_stores_nothing,
    |backend| async move {
        let s = setup(backend).await;
        let app = &s.app;
        let visit = id(&s.visit);
        // Wrong fields are named; nothing is stored.
        for (body, field, words) in [
            (
                json!({"usefulness": 6}),
                "usefulness",
                "from 1 (not useful) to 5",
            ),
            (
                json!({"practices": ["waste:finance"]}),
                "practices",
                "\"waste:finance\" is not a practice of the host",
            ),
            (
                json!({"learnt": "x".repeat(2001)}),
                "learnt",
                "at most 2000 characters",
            ),
            (
                json!({"learnt": "bell\u{7}"}),
                "learnt",
                "control character",
            ),
        ] {
            let mut sent = good();
            for (k, v) in body.as_object().unwrap() {
                sent[k] = v.clone();
            }
            let refused = problem(put(app, &s.cascais, &visit, &sent).await, 422).await;
            assert_eq!(refused["errors"][0]["field"], field, "{refused}");
            assert!(
                refused["errors"][0]["message"]
                    .as_str()
                    .unwrap()
                    .contains(words),
                "{refused}"
            );
        }
        // The page names the field in its summary, linked to it, and keeps what was typed.
        let mut city = Session::new(&app.address);
        let path = format!("/invitation/{}/visits/{visit}/feedback", s.cascais);
        let form = city.get(&format!("{path}?lang=en")).await;
        let long = "y".repeat(2001);
        let bad = city
            .post(
                &path,
                &[
                    ("csrf", &form.csrf()),
                    ("usefulness", "9"),
                    ("learnt", &long),
                    ("follow_up", "none"),
                ],
            )
            .await;
        assert_eq!(bad.status, 422);
        let summary = &bad.body[bad.body.find("There is a problem").unwrap()..];
        let first = summary
            .find("href=\"#usefulness-1\"")
            .expect("usefulness linked");
        let second = summary.find("href=\"#learnt\"").expect("learnt linked");
        let third = summary
            .find("href=\"#recommend-yes\"")
            .expect("recommend linked");
        assert!(first < second && second < third, "in form order");
        assert!(bad.shows("What you learnt: must be at most 2000 characters"));
        assert!(bad.body.contains(&long), "what was typed is kept");
        assert_eq!(feedback_of(app, &visit).await["feedback"], json!([]));

        // A city not in the visit: as if there were no such visit.
        let lisbon = fixtures::city_token(app, &s.cohort, "pt-lisbon", "host").await;
        problem(put(app, &lisbon, &visit, &good()).await, 404).await;
        let elsewhere = city
            .get(&format!("/invitation/{lisbon}/visits/{visit}/feedback"))
            .await;
        assert_eq!(elsewhere.status, 404);

        // Before the visit ends.
        {
            use twinning::db::schema::visits;
            let mut conn = app.pool.get().unwrap();
            let soon = Utc::now().date_naive() + Duration::days(3);
            diesel::update(visits::table.find(&visit))
                .set((visits::ends_on.eq(soon), visits::published_ends_on.eq(soon)))
                .execute(&mut conn)
                .unwrap();
        }
        let early = problem(put(app, &s.cascais, &visit, &good()).await, 409).await;
        assert!(
            early["detail"]
                .as_str()
                .unwrap()
                .contains("has not ended yet"),
            "{early}"
        );
        assert!(
            !city
                .get(&format!("/invitation/{}?lang=en", s.cascais))
                .await
                .body
                .contains(&path)
        );
        {
            use twinning::db::schema::visits;
            let mut conn = app.pool.get().unwrap();
            let past = Utc::now().date_naive() - Duration::days(3);
            diesel::update(visits::table.find(&visit))
                .set((visits::ends_on.eq(past), visits::published_ends_on.eq(past)))
                .execute(&mut conn)
                .unwrap();
        }
        // Archived, then the cohort over.
        assert_eq!(
            app.post_json(&format!("/api/cohorts/{}/archive", s.cohort), &json!({}))
                .await
                .status()
                .as_u16(),
            200
        );
        let archived = problem(put(app, &s.cascais, &visit, &good()).await, 409).await;
        assert!(
            archived["detail"].as_str().unwrap().contains("archived"),
            "{archived}"
        );
        app.post_json(&format!("/api/cohorts/{}/unarchive", s.cohort), &json!({}))
            .await;
        set_cohort_end(app, &s.cohort, Utc::now().date_naive() - Duration::days(1));
        let over = problem(put(app, &s.cascais, &visit, &good()).await, 403).await;
        assert!(
            over["detail"]
                .as_str()
                .unwrap()
                .contains("the cohort ended on"),
            "{over}"
        );
        let page = city.get(&path).await;
        assert!(page.shows("Feedback cannot be given now"), "{}", page.body);
        assert!(
            !page
                .body
                .contains("<form method=\"post\" action=\"/invitation")
        );
        assert_eq!(feedback_of(app, &visit).await["feedback"], json!([]));
    }
);

/// Two saves of the same feedback at once (a double click, two tabs) on PostgreSQL: the
/// cohort's lock runs them one after the other, and one row stays.
#[actix_web::test]
async fn two_saves_at_once_leave_one_row() {
    let s = setup(Backend::Postgres).await;
    let app = &s.app;
    let visit = id(&s.visit);
    let mut first = good();
    first["usefulness"] = json!(1);
    let mut second = good();
    second["usefulness"] = json!(5);
    let (a, b) = tokio::join!(
        put(app, &s.cascais, &visit, &first),
        put(app, &s.cascais, &visit, &second)
    );
    assert_eq!(a.status().as_u16(), 200);
    assert_eq!(b.status().as_u16(), 200);
    use twinning::db::schema::visit_feedback;
    let mut conn = app.pool.get().unwrap();
    let rows: Vec<i32> = visit_feedback::table
        .filter(visit_feedback::visit_id.eq(&visit))
        .filter(visit_feedback::city_id.eq("pt-cascais"))
        .select(visit_feedback::usefulness)
        .load(&mut conn)
        .unwrap();
    assert_eq!(rows.len(), 1);
    assert!(rows[0] == 1 || rows[0] == 5);
}

/// The `lang` of a page's `<html>`.
fn lang_of(page: &common::web::Page) -> &str {
    page.body
        .split("<html lang=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or("")
}

on_both_backends!(
    a_city_reads_its_feedback_form_in_its_language,
    |backend| async move {
        let s = setup(backend).await;
        let app = &s.app;
        let visit = id(&s.visit);
        let path = format!("/invitation/{}/visits/{visit}/feedback", s.cascais);
        // Cascais's participant reads Portuguese: so does its feedback form.
        let mut city = Session::new(&app.address);
        let form = city.get(&path).await;
        assert_eq!(form.status, 200, "{}", form.body);
        assert_eq!(lang_of(&form), "pt");
        assert_eq!(form.headers["content-language"], "pt");
        assert!(form.body.contains("id=\"lang-switch\""), "the switcher");
        for words in [
            "Cascais: a sua opinião sobre a visita",
            "Aarhus a Cascais, visita de retorno 1",
            "Qual foi a utilidade da visita para a sua cidade?",
            "1 – nada útil",
            "5 – extremamente útil",
            "Até 2000 caracteres.",
            "Recomendaria",
            "Uma sessão online",
            "Enviar a sua opinião",
            "Voltar ao seu perfil e às suas visitas",
        ] {
            assert!(form.shows(words), "{words} in\n{}", form.body);
        }
        for english in [
            "How useful",
            "Send your feedback",
            "Yes",
            "An online session",
            // The host's practices: their domain and lever are said in Portuguese too.
            "Land use and nature-based solutions",
        ] {
            assert!(!form.shows(english), "{english} in\n{}", form.body);
        }
        assert!(
            form.shows("Uso do solo e soluções baseadas na natureza, governação e políticas"),
            "{}",
            form.body
        );

        // Wrong fields are named in Portuguese, in the summary and by each field.
        let long = "y".repeat(2001);
        let bad = city
            .post(
                &path,
                &[
                    ("csrf", &form.csrf()),
                    ("usefulness", "9"),
                    ("learnt", &long),
                    ("recommend", "yes"),
                    ("follow_up", "none"),
                ],
            )
            .await;
        assert_eq!(bad.status, 422);
        assert_eq!(lang_of(&bad), "pt");
        assert!(bad.shows("Há um problema"), "{}", bad.body);
        assert!(
            bad.shows(
                "Utilidade da visita: deve ser um número inteiro de 1 (nada útil) a 5 (muito útil)"
            ),
            "{}",
            bad.body
        );
        assert!(
            bad.shows("O que aprendeu: deve ter no máximo 2000 caracteres (tem 2001)"),
            "{}",
            bad.body
        );
        assert!(
            bad.body
                .contains("<span class=\"visually-hidden\">Erro:</span>")
        );
        assert!(!bad.shows("must be"), "{}", bad.body);
        assert_eq!(feedback_of(app, &visit).await["feedback"], json!([]));

        // A switch to German is shown at once and remembered.
        let de = city.get(&format!("{path}?lang=de")).await;
        assert_eq!(lang_of(&de), "de");
        assert!(
            de.shows("Wie nützlich war der Besuch für Ihre Stadt?"),
            "{}",
            de.body
        );
        assert!(de.shows("Rückmeldung senden"));
        assert!(city.set_cookies.iter().any(|c| c.starts_with("lang=de")));
        let again = city.get(&path).await;
        assert_eq!(lang_of(&again), "de");
        let bad = city
            .post(
                &path,
                &[
                    ("csrf", &again.csrf()),
                    ("usefulness", "0"),
                    ("learnt", "Viel."),
                    ("recommend", "yes"),
                    ("follow_up", "none"),
                ],
            )
            .await;
        assert_eq!(bad.status, 422);
        assert!(
            bad.shows("muss eine ganze Zahl von 1 (nicht nützlich) bis 5 (sehr nützlich) sein"),
            "{}",
            bad.body
        );

        // Saved: the notice and its date in German.
        let sent = city
            .post(
                &path,
                &[
                    ("csrf", &again.csrf()),
                    ("usefulness", "4"),
                    ("learnt", "Wie Aarhus mit den Bewohnern arbeitet."),
                    ("recommend", "yes"),
                    ("follow_up", "online"),
                ],
            )
            .await;
        assert_eq!(sent.status, 303, "{}", sent.body);
        let saved = city.get(sent.location.as_deref().unwrap()).await;
        let ends = Utc::now().date_naive() + Duration::days(365);
        let date = twinning::i18n::Tr::new(twinning::i18n::Lang::De).short_date(ends);
        assert!(
            saved.shows(&format!(
                "Ihre Rückmeldung ist gespeichert. Vielen Dank. Sie können sie bis zum {date} ändern."
            )),
            "{}",
            saved.body
        );
        assert!(saved.shows("Änderungen speichern"));

        // Once the cohort is over: the refusal and the read-only summary, in Portuguese.
        set_cohort_end(app, &s.cohort, Utc::now().date_naive() - Duration::days(1));
        let over = city.get(&format!("{path}?lang=pt")).await;
        assert_eq!(lang_of(&over), "pt");
        for words in [
            "De momento não é possível dar a sua opinião",
            "a coorte terminou a",
            "a opinião já não pode ser dada nem alterada",
            "A sua opinião",
            "4 em 5",
            "Sim",
            "Uma sessão online",
            "Nenhuma escolhida",
        ] {
            assert!(over.shows(words), "{words} in\n{}", over.body);
        }
        // And a save refused by the service is said in the page's language too.
        let refused = city
            .post(
                &path,
                &[
                    ("csrf", &again.csrf()),
                    ("usefulness", "2"),
                    ("learnt", "Menos."),
                    ("recommend", "no"),
                    ("follow_up", "none"),
                ],
            )
            .await;
        assert_eq!(refused.status, 403, "{}", refused.body);
        assert!(refused.shows("a coorte terminou a"), "{}", refused.body);
        assert!(!refused.shows("the cohort ended"), "{}", refused.body);
    }
);
