//! Two managers editing one programme or one cohort at once: the second save, made on the
//! version both read, is refused with a page that says someone else changed it, shows
//! what is saved now and keeps what the manager typed; nothing of it is stored. The API's
//! PUTs answer 412 to an `If-Match` that is no longer current, also when two instances
//! receive the two writes at the same moment.

use crate::common;
use crate::confirmations::{form_fields, send, with};

use common::web::hidden;
use common::{TestApp, fixtures, spawn_app};
use serde_json::{Value, json};

async fn programme_of(app: &TestApp, cohort: &str) -> String {
    let c: Value = app
        .get(&format!("/api/cohorts/{cohort}"))
        .await
        .json()
        .await
        .unwrap();
    c["programme_id"].as_str().unwrap().to_owned()
}

on_both_backends!(
    a_programme_saved_meanwhile_refuses_the_second_edit_and_keeps_its_input,
    |backend| async move {
        let app = spawn_app(backend).await;
        let cohort = fixtures::cohort(&app, true).await;
        let programme = programme_of(&app, &cohort).await;
        let edit = format!("/console/programmes/{programme}/edit");
        let (mut first, mut second) = (app.manager().await, app.manager().await);
        let (form1, form2) = (first.get(&edit).await, second.get(&edit).await);
        let version = hidden(&form2.body, "version").expect("the form carries the version");

        let saved = first
            .post(
                &edit,
                &[
                    ("csrf", &form1.csrf()),
                    ("version", &hidden(&form1.body, "version").unwrap()),
                    ("name", "Twinning, renamed by the first"),
                    ("description", "First description."),
                ],
            )
            .await;
        assert_eq!(saved.status, 303, "{}", saved.body);

        let stale = [
            ("csrf", form2.csrf()),
            ("version", version.clone()),
            ("name", "Twinning, renamed by the second".to_owned()),
            ("description", "Second description.".to_owned()),
        ];
        let stale: Vec<(&str, &str)> = stale.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let refused = second.post(&edit, &stale).await;
        assert_eq!(refused.status, 409, "{}", refused.body);
        assert!(
            refused.shows("Someone else changed this programme meanwhile"),
            "{}",
            refused.body
        );
        assert!(refused.shows("Twinning, renamed by the first"), "saved now");
        assert!(refused.shows("First description."), "saved now");
        assert!(
            refused
                .body
                .contains("value=\"Twinning, renamed by the second\""),
            "the second's input kept in the form: {}",
            refused.body
        );
        let api: Value = app
            .get(&format!("/api/programmes/{programme}"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(api["name"], "Twinning, renamed by the first");
        assert_eq!(api["description"], "First description.");

        // Saving again from the refusal replaces the first's change, knowingly.
        let newer = hidden(&refused.body, "version").unwrap();
        assert_ne!(newer, version);
        let again = second
            .post(
                &edit,
                &[
                    ("csrf", &refused.csrf()),
                    ("version", &newer),
                    ("name", "Twinning, renamed by the second"),
                    ("description", "Second description."),
                ],
            )
            .await;
        assert_eq!(again.status, 303, "{}", again.body);
        let api: Value = app
            .get(&format!("/api/programmes/{programme}"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(api["name"], "Twinning, renamed by the second");
    }
);

on_both_backends!(
    a_cohort_saved_meanwhile_refuses_the_second_edit_whole,
    |backend| async move {
        let app = spawn_app(backend).await;
        let cohort = fixtures::cohort(&app, true).await;
        let edit = format!("/console/cohorts/{cohort}/edit");
        let (mut first, mut second) = (app.manager().await, app.manager().await);
        let fields1 = form_fields(&first.get(&edit).await);
        let fields2 = form_fields(&second.get(&edit).await);
        let day = fields1
            .iter()
            .find(|(k, _)| k == "modules[1].starts_on")
            .unwrap()
            .1
            .clone();
        let summer = format!("{day} {day} Summer break");
        let winter = format!("{day} {day} Winter break");

        let saved = send(
            &mut first,
            &edit,
            &with(
                &fields1,
                &[("name", "Cohort 2, first edit"), ("blackouts", &summer)],
            ),
        )
        .await;
        assert_eq!(saved.status, 303, "{}", saved.body);

        let refused = send(
            &mut second,
            &edit,
            &with(
                &fields2,
                &[
                    ("name", "Cohort 2, second edit"),
                    ("visit_rules.min_gap_days", "45"),
                    ("blackouts", &winter),
                ],
            ),
        )
        .await;
        assert_eq!(refused.status, 409, "{}", refused.body);
        assert!(
            refused.shows("Someone else changed this cohort meanwhile"),
            "{}",
            refused.body
        );
        assert!(refused.shows("Cohort 2, first edit"), "saved now");
        assert!(refused.shows(&summer), "the blackouts saved now");
        assert!(
            refused.body.contains("value=\"Cohort 2, second edit\""),
            "the second's input kept: {}",
            refused.body
        );
        assert!(refused.shows(&winter), "the second's blackouts kept");

        // Nothing of the second edit is stored: not its fields, not its blackouts.
        let api: Value = app
            .get(&format!("/api/cohorts/{cohort}"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(api["name"], "Cohort 2, first edit");
        assert_eq!(api["visit_rules"]["min_gap_days"], 60);
        let page = first.get(&format!("/console/cohorts/{cohort}")).await;
        assert!(page.shows("Summer break"), "{}", page.body);
        assert!(!page.shows("Winter break"), "{}", page.body);
    }
);

on_both_backends!(
    a_blackout_added_through_the_api_makes_an_open_cohort_form_stale,
    |backend| async move {
        let app = spawn_app(backend).await;
        let cohort = fixtures::cohort(&app, true).await;
        let programme = programme_of(&app, &cohort).await;
        let edit = format!("/console/cohorts/{cohort}/edit");
        let mut manager = app.manager().await;
        let fields = form_fields(&manager.get(&edit).await);
        let etag = |r: &reqwest::Response| r.headers()["etag"].to_str().unwrap().to_owned();
        let before = etag(&app.get(&format!("/api/cohorts/{cohort}")).await);
        let day = fields
            .iter()
            .find(|(k, _)| k == "modules[1].starts_on")
            .unwrap()
            .1
            .clone();

        // Another manager (or a script) adds a blackout to the cohort's own calendar.
        let added = app
            .post_json(
                "/api/events",
                &json!({
                    "programme_id": programme, "cohort_id": cohort, "kind": "blackout",
                    "label": "Municipal elections", "starts_on": day, "ends_on": day,
                }),
            )
            .await;
        assert_eq!(added.status().as_u16(), 201);
        let added: Value = added.json().await.unwrap();
        let after = etag(&app.get(&format!("/api/cohorts/{cohort}")).await);
        assert_ne!(before, after, "the cohort's version moved on");

        // The form loaded before would save its blackouts over the new one: refused, and
        // the refusal shows the blackout as it is stored now.
        let refused = send(
            &mut manager,
            &edit,
            &with(&fields, &[("name", "Cohort 2, renamed")]),
        )
        .await;
        assert_eq!(refused.status, 409, "{}", refused.body);
        assert!(refused.shows("Municipal elections"), "{}", refused.body);
        let events: Value = app.get("/api/events?limit=500").await.json().await.unwrap();
        assert!(
            events["items"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e["id"] == added["id"]),
            "the blackout is kept: {events}"
        );

        // Deleting it through the API moves the version on again.
        let deleted = app
            .delete(&format!("/api/events/{}", added["id"].as_str().unwrap()))
            .await;
        assert_eq!(deleted.status().as_u16(), 204);
        let last = etag(&app.get(&format!("/api/cohorts/{cohort}")).await);
        assert_ne!(after, last);
    }
);

/// The same PUT, made on the same `If-Match`, sent to two instances at once: the statuses.
async fn two_puts_at_once(app: &TestApp, path: &str, tag: &str, bodies: [Value; 2]) -> Vec<u16> {
    let second = app.another_instance().await;
    let [a, b] = bodies;
    let put = |base: String, body: Value| {
        let request = app
            .client
            .put(format!("{base}{path}"))
            .header("If-Match", tag)
            .json(&body);
        async move { request.send().await.unwrap().status().as_u16() }
    };
    let (x, y) = tokio::join!(put(app.address.clone(), a), put(second, b));
    let mut statuses = vec![x, y];
    statuses.sort();
    statuses
}

on_both_backends!(
    the_api_refuses_a_stale_put_of_a_programme_or_cohort_even_from_two_instances_at_once,
    |backend| async move {
        let app = spawn_app(backend).await;
        let cohort = fixtures::cohort(&app, true).await;
        let programme = programme_of(&app, &cohort).await;

        // Programme: read with its ETag, two writes on it at once; one is refused.
        let path = format!("/api/programmes/{programme}");
        let read = app.get(&path).await;
        let tag = read.headers()["etag"].to_str().unwrap().to_owned();
        let statuses = two_puts_at_once(
            &app,
            &path,
            &tag,
            [
                json!({"name": "Renamed on one", "description": ""}),
                json!({"name": "Renamed on two", "description": ""}),
            ],
        )
        .await;
        assert_eq!(statuses, [200, 412]);
        let now = app.get(&path).await;
        assert_ne!(now.headers()["etag"].to_str().unwrap(), tag);
        let now: Value = now.json().await.unwrap();
        assert!(
            ["Renamed on one", "Renamed on two"].contains(&now["name"].as_str().unwrap()),
            "{now}"
        );

        // Cohort: the same.
        let path = format!("/api/cohorts/{cohort}");
        let read = app.get(&path).await;
        let tag = read.headers()["etag"].to_str().unwrap().to_owned();
        let mut body: Value = read.json().await.unwrap();
        for key in ["id", "created_at", "updated_at"] {
            body.as_object_mut().unwrap().remove(key);
        }
        let (mut one, mut two) = (body.clone(), body.clone());
        one["name"] = json!("Cohort 2 on one");
        two["name"] = json!("Cohort 2 on two");
        two["visit_rules"]["min_gap_days"] = json!(30);
        let statuses = two_puts_at_once(&app, &path, &tag, [one, two]).await;
        assert_eq!(statuses, [200, 412]);
        let now: Value = app.get(&path).await.json().await.unwrap();
        match now["name"].as_str().unwrap() {
            "Cohort 2 on one" => assert_eq!(now["visit_rules"]["min_gap_days"], 60),
            "Cohort 2 on two" => assert_eq!(now["visit_rules"]["min_gap_days"], 30),
            other => panic!("{other}"),
        }

        // A stale tag is refused with why; none at all writes as before.
        let stale = app
            .client
            .put(format!("{}{path}", app.address))
            .header("If-Match", &tag)
            .json(&body)
            .send()
            .await
            .unwrap();
        let problem = common::problem(stale, 412).await;
        assert!(
            problem["detail"]
                .as_str()
                .unwrap()
                .contains("changed by someone else"),
            "{problem}"
        );
        let unconditional = app.put_json(&path, &body).await;
        assert_eq!(unconditional.status().as_u16(), 200);
    }
);
