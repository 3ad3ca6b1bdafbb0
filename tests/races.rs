//! The same change sent twice at once (two managers, a double click, one request per
//! instance) on the example cohort: it happens once. Two app instances on one database
//! (PostgreSQL, where each instance has its own connections; on SQLite the same through
//! one instance's pool), requests sent together.

use crate::common;

use common::{Backend, TestApp, fixtures};
use serde_json::{Value, json};
use twinning::domain::id::CohortId;

/// The example cohort on `backend`, and the address of a second instance.
async fn two_instances(backend: Backend) -> (TestApp, String, String) {
    let app = common::spawn_app_with(backend, true).await;
    let cohort = fixtures::demo(&app);
    let second = app.another_instance().await;
    (app, second, cohort)
}

/// The same request to both instances at once; their statuses and bodies.
async fn twice_at_once(
    app: &TestApp,
    second: &str,
    method: reqwest::Method,
    path: &str,
    body: &Value,
) -> Vec<(u16, Value)> {
    let send = |base: String| {
        let request = app
            .client
            .request(method.clone(), format!("{base}{path}"))
            .json(body);
        async move {
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            (status, response.json().await.unwrap_or(Value::Null))
        }
    };
    let (a, b) = tokio::join!(send(app.address.clone()), send(second.to_owned()));
    vec![a, b]
}

/// Moves the Cascais delegation's first trip to Aarhus to 2 June 2025 (not published).
async fn move_cascais_trip(app: &TestApp, cohort: &str) {
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
        .find(|v| v["label"] == "Cascais to Aarhus, trip 1")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let moved = app
        .patch_json(
            &format!("/api/visits/{visit}"),
            &json!({"starts_on": "2025-06-02"}),
        )
        .await;
    assert_eq!(moved.status().as_u16(), 200);
}

/// The id of a city's invitation to the cohort.
async fn invitation_of(app: &TestApp, cohort: &str, city: &str) -> String {
    let invitations: Value = app
        .get(&format!("/api/cohorts/{cohort}/invitations"))
        .await
        .json()
        .await
        .unwrap();
    invitations
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["city_id"] == city)
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn count(app: &TestApp, sql_table: &str, cohort: &str) -> i64 {
    use diesel::RunQueryDsl;
    #[derive(diesel::QueryableByName)]
    struct N {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let mut conn = app.pool.get().unwrap();
    let query = format!("SELECT COUNT(*) AS n FROM {sql_table} WHERE cohort_id = '{cohort}'");
    let rows: Vec<N> = match &mut *conn {
        twinning::db::DbConnection::Postgres(c) => diesel::sql_query(&query).load(c).unwrap(),
        twinning::db::DbConnection::Sqlite(c) => diesel::sql_query(&query).load(c).unwrap(),
    };
    rows[0].n
}

on_both_backends!(
    a_schedule_published_twice_at_once_is_told_once,
    |backend| async move {
        let (app, second, cohort) = two_instances(backend).await;
        move_cascais_trip(&app, &cohort).await;
        let (changes_before, emails_before) = (
            count(&app, "visit_changes", &cohort),
            count(&app, "outbox", &cohort),
        );

        let answers = twice_at_once(
            &app,
            &second,
            reqwest::Method::POST,
            &format!("/api/cohorts/{cohort}/visits/publish"),
            &json!({}),
        )
        .await;
        assert!(answers.iter().all(|(s, _)| *s == 200), "{answers:?}");
        let mut told: Vec<usize> = answers
            .iter()
            .map(|(_, b)| b["changes"].as_array().unwrap().len())
            .collect();
        told.sort();
        assert_eq!(
            told,
            [0, 1],
            "one publish tells the move, the other finds nothing"
        );
        let emails: Vec<u64> = answers
            .iter()
            .map(|(_, b)| b["emails"].as_u64().unwrap())
            .collect();
        let sent = emails.iter().sum::<u64>() as i64;
        assert!(sent >= 2, "the move is emailed: {emails:?}");
        assert_eq!(count(&app, "visit_changes", &cohort), changes_before + 1);
        assert_eq!(count(&app, "outbox", &cohort), emails_before + sent);
    }
);

on_both_backends!(
    a_round_published_twice_at_once_proposes_its_pairs_once,
    |backend| async move {
        let (app, second, cohort) = two_instances(backend).await;
        let round: Value = app
            .post_json(&format!("/api/cohorts/{cohort}/rounds"), &json!({}))
            .await
            .json()
            .await
            .unwrap();
        let pairs = round["report"]["pairs"].as_array().unwrap().len();
        assert!(pairs >= 9, "{round}");
        let answers = twice_at_once(
            &app,
            &second,
            reqwest::Method::POST,
            &format!("/api/rounds/{}/publish", round["id"].as_str().unwrap()),
            &json!({}),
        )
        .await;
        let mut statuses: Vec<u16> = answers.iter().map(|(s, _)| *s).collect();
        statuses.sort();
        assert_eq!(statuses, [200, 409], "{answers:?}");
        let refused = answers.iter().find(|(s, _)| *s == 409).unwrap();
        assert!(
            refused.1["detail"]
                .as_str()
                .unwrap()
                .contains("already published")
        );
        let live: Value = app
            .get(&format!("/api/cohorts/{cohort}/proposals"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(
            live.as_array().unwrap().len(),
            pairs,
            "one live proposal a pair"
        );
    }
);

on_both_backends!(
    rounds_and_profile_versions_made_at_once_are_numbered_without_refusals,
    |backend| async move {
        let (app, second, cohort) = two_instances(backend).await;
        let answers = twice_at_once(
            &app,
            &second,
            reqwest::Method::POST,
            &format!("/api/cohorts/{cohort}/rounds"),
            &json!({}),
        )
        .await;
        assert!(answers.iter().all(|(s, _)| *s == 201), "{answers:?}");
        let mut numbers: Vec<i64> = answers
            .iter()
            .map(|(_, b)| b["number"].as_i64().unwrap())
            .collect();
        numbers.sort();
        assert_eq!(numbers, [2, 3]);

        // A manager's corrections of one profile from both instances at once.
        let aarhus = invitation_of(&app, &cohort, "dk-aarhus").await;
        let path = format!("/api/invitations/{aarhus}/profile");
        let current: Value = app.get(&path).await.json().await.unwrap();
        let mut body = current["latest"]["profile"].clone();
        assert!(body.is_object(), "{current}");
        // The example profile leaves the population out; a submitted one gives it.
        body["population"] = json!(285273);
        let mut versions = Vec::new();
        for _ in 0..3 {
            for (status, saved) in
                twice_at_once(&app, &second, reqwest::Method::PUT, &path, &body).await
            {
                assert_eq!(status, 200, "{saved}");
                versions.push(saved["version"].as_i64().unwrap());
            }
        }
        versions.sort();
        assert_eq!(
            versions,
            [2, 3, 4, 5, 6, 7],
            "every save a version of its own"
        );
    }
);

on_both_backends!(
    a_city_invited_on_both_sides_is_never_its_own_pair,
    |backend| async move {
        let app = common::spawn_app(backend).await;
        fixtures::cities(&app).await;
        let cohort = fixtures::cohort(&app, true).await;
        // Aarhus hosts, and (by mistake or on purpose) also applies as a Twin.
        let host = fixtures::invite(&app, &cohort, "dk-aarhus", "host").await;
        let twin = fixtures::invite(&app, &cohort, "dk-aarhus", "twin").await;
        let lyon = fixtures::invite(&app, &cohort, "fr-lyon", "host").await;
        for (token, profile) in [
            (&host.token, fixtures::aarhus_profile()),
            (&lyon.token, {
                let mut p = fixtures::aarhus_profile();
                p["organisation"] = json!("Ville de Lyon");
                p["contacts"][0]["email"] = json!("climat@lyon.fr");
                p
            }),
        ] {
            let saved = fixtures::as_city(
                &app,
                reqwest::Method::PUT,
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
        // The host Aarhus is, found in the database: the Twin's own catalogue leaves it out.
        let aarhus_host: String = {
            use diesel::prelude::*;
            use twinning::db::schema::{host_cities, hosts};
            let mut conn = app.pool.get().unwrap();
            hosts::table
                .inner_join(host_cities::table)
                .filter(hosts::cohort_id.eq(&cohort))
                .filter(host_cities::city_id.eq("dk-aarhus"))
                .select(hosts::id)
                .first(&mut conn)
                .unwrap()
        };
        // It ranks nobody: nearest, same size and language, itself would score best.
        let mut as_twin = fixtures::cascais_profile("");
        as_twin["interests"] = json!([]);
        as_twin["contacts"][0]["email"] = json!("twin@aarhus.dk");
        let saved = fixtures::as_city(
            &app,
            reqwest::Method::PUT,
            "/api/city/profile",
            &twin.token,
            Some(&json!({"profile": as_twin, "submit": true})),
        )
        .await;
        assert_eq!(
            saved.status().as_u16(),
            200,
            "{}",
            saved.text().await.unwrap()
        );

        // The round pairs it with Lyon.
        let round: Value = app
            .post_json(&format!("/api/cohorts/{cohort}/rounds"), &json!({}))
            .await
            .json()
            .await
            .unwrap();
        let pairs = round["report"]["pairs"].as_array().unwrap();
        assert_eq!(pairs.len(), 1, "{round}");
        assert_eq!(pairs[0]["twin_id"], "dk-aarhus");
        assert_ne!(pairs[0]["host_id"], aarhus_host.as_str(), "{round}");

        // Pinning it to itself is refused, by name.
        let pinned = app
            .post_json(
                &format!("/api/cohorts/{cohort}/rounds"),
                &json!({"pinned": [{"twin": "dk-aarhus", "host": aarhus_host}]}),
            )
            .await;
        let body = common::problem(pinned, 422).await;
        assert!(
            body.to_string().contains("cannot be paired with itself"),
            "{body}"
        );
    }
);

on_both_backends!(
    an_archive_and_a_write_at_once_happen_one_after_the_other,
    |backend| async move {
        let (app, second, cohort) = two_instances(backend).await;
        let aarhus = invitation_of(&app, &cohort, "dk-aarhus").await;
        let path = format!("/api/invitations/{aarhus}/profile");
        let current: Value = app.get(&path).await.json().await.unwrap();
        let mut body = current["latest"]["profile"].clone();
        body["population"] = json!(285273);
        for _ in 0..4 {
            let archive = app
                .client
                .post(app.url(&format!("/api/cohorts/{cohort}/archive")))
                .send();
            let save = app.client.put(format!("{second}{path}")).json(&body).send();
            let (archived, saved) = tokio::join!(archive, save);
            assert_eq!(archived.unwrap().status().as_u16(), 200);
            let saved = saved.unwrap();
            let status = saved.status().as_u16();
            let saved: Value = saved.json().await.unwrap();
            let state: Value = app
                .get(&format!("/api/cohorts/{cohort}"))
                .await
                .json()
                .await
                .unwrap();
            let archived_at = state["archived_at"].as_str().unwrap().to_owned();
            match status {
                // Saved first: before the archive.
                200 => assert!(
                    saved["saved_at"].as_str().unwrap() <= archived_at.as_str(),
                    "{saved} after {archived_at}"
                ),
                409 => assert!(saved["detail"].as_str().unwrap().contains("archived")),
                other => panic!("{other}: {saved}"),
            }
            let reopened = app
                .client
                .post(app.url(&format!("/api/cohorts/{cohort}/unarchive")))
                .send()
                .await
                .unwrap();
            assert_eq!(reopened.status().as_u16(), 200);
        }
    }
);

on_both_backends!(
    a_write_sent_with_if_match_happens_only_on_what_was_read,
    |backend| async move {
        let app = common::spawn_app_with(backend, true).await;
        let cohort = fixtures::demo(&app);
        let aarhus = invitation_of(&app, &cohort, "dk-aarhus").await;
        let path = format!("/api/invitations/{aarhus}/profile");
        let read = app.get(&path).await;
        let tag = read.headers()["etag"].to_str().unwrap().to_owned();
        let current: Value = read.json().await.unwrap();
        let mut body = current["latest"]["profile"].clone();
        body["population"] = json!(285273);
        let put = |tag: &str| {
            app.client
                .put(app.url(&path))
                .header("If-Match", tag)
                .json(&body)
                .send()
        };
        // Two managers read version 1; the first saves, the second is told.
        let first = put(&tag).await.unwrap();
        assert_eq!(first.status().as_u16(), 200);
        let newer = first.headers()["etag"].to_str().unwrap().to_owned();
        assert_ne!(newer, tag);
        let second = put(&tag).await.unwrap();
        let refused = common::problem(second, 412).await;
        assert!(
            refused["detail"]
                .as_str()
                .unwrap()
                .contains("read it again"),
            "{refused}"
        );
        let now: Value = app.get(&path).await.json().await.unwrap();
        assert_eq!(
            now["latest"]["version"],
            current["latest"]["version"].as_i64().unwrap() + 1
        );
        assert_eq!(put(&newer).await.unwrap().status().as_u16(), 200);
        assert_eq!(put("*").await.unwrap().status().as_u16(), 200);

        // The schedule: a publish on what was read, after a visit moved, is refused.
        let schedule = format!("/api/cohorts/{cohort}/visits");
        let read = app.get(&schedule).await;
        let before = read.headers()["etag"].to_str().unwrap().to_owned();
        let plan: Value = read.json().await.unwrap();
        let visit = plan["visits"][0]["id"].as_str().unwrap().to_owned();
        let starts: chrono::NaiveDate = plan["visits"][0]["starts_on"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap();
        let mut moved = 0;
        for days in [7, 14, 21, 28, -7, -14] {
            let to = (starts + chrono::Duration::days(days)).to_string();
            let answer = app
                .patch_json(&format!("/api/visits/{visit}"), &json!({ "starts_on": to }))
                .await;
            if answer.status().as_u16() == 200 {
                moved += 1;
                break;
            }
        }
        assert_eq!(moved, 1, "a visit could be moved");
        let publish = |tag: String| {
            app.client
                .post(app.url(&format!("{schedule}/publish")))
                .header("If-Match", tag)
                .json(&json!({}))
                .send()
        };
        common::problem(publish(before.clone()).await.unwrap(), 412).await;
        let changes: Value = app
            .get(&format!("{schedule}/changes"))
            .await
            .json()
            .await
            .unwrap();
        let after = app.get(&schedule).await.headers()["etag"]
            .to_str()
            .unwrap()
            .to_owned();
        assert_ne!(after, before);
        let published: Value = publish(after).await.unwrap().json().await.unwrap();
        assert_eq!(
            published["changes"].as_array().unwrap().len(),
            1,
            "{published}"
        );
        let changes_now: Value = app
            .get(&format!("{schedule}/changes"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(
            changes_now.as_array().unwrap().len(),
            changes.as_array().unwrap().len() + 1,
            "the refused publish recorded nothing"
        );
    }
);

on_both_backends!(
    the_database_holds_one_live_proposal_a_pair_and_no_visit_to_itself,
    |backend| async move {
        use twinning::db::models::{proposal, visit};
        let app = common::spawn_app_with(backend, true).await;
        let cohort = fixtures::demo(&app);
        let mut conn = app.pool.get().unwrap();
        let live = proposal::live_of_cohort(&mut conn, &CohortId::from(&cohort)).unwrap();
        let p = &live[0];
        let again = proposal::insert(
            &mut conn,
            &CohortId::from(&cohort),
            &p.round_id,
            &p.twin_city_id,
            &p.host_id,
            p.score,
            None,
        );
        assert!(
            again.is_err(),
            "a second live proposal of one pair was stored"
        );
        // Superseded, the pair may be proposed again.
        proposal::supersede(&mut conn, &p.id).unwrap();
        proposal::insert(
            &mut conn,
            &CohortId::from(&cohort),
            &p.round_id,
            &p.twin_city_id,
            &p.host_id,
            p.score,
            None,
        )
        .unwrap();

        let mut v = visit::of_cohort(&mut conn, &CohortId::from(&cohort)).unwrap()[0].clone();
        v.id = "self-visit".into();
        v.host_city_id = v.guest_city_id.clone();
        let refused = visit::insert(&mut conn, &v)
            .expect_err("a visit of a city to itself was stored")
            .to_string();
        assert!(
            refused.contains("itself") || refused.contains("visits_two_cities"),
            "{refused}"
        );
    }
);

on_both_backends!(
    a_publish_sent_again_with_its_idempotency_key_gets_the_first_answer,
    |backend| async move {
        let (app, second, cohort) = two_instances(backend).await;
        move_cascais_trip(&app, &cohort).await;
        let changes_before = count(&app, "visit_changes", &cohort);

        let path = format!("/api/cohorts/{cohort}/visits/publish");
        let publish = |base: String, key: &str| {
            app.client
                .post(format!("{base}{path}"))
                .header("Idempotency-Key", key)
                .json(&json!({}))
                .send()
        };
        // The same request to both instances at once, as a retry would send it.
        let (a, b) = tokio::join!(
            publish(app.address.clone(), "4b0e7c1e-publish-1"),
            publish(second.clone(), "4b0e7c1e-publish-1")
        );
        let (a, b) = (a.unwrap(), b.unwrap());
        assert_eq!((a.status().as_u16(), b.status().as_u16()), (200, 200));
        let (a, b): (Value, Value) = (a.json().await.unwrap(), b.json().await.unwrap());
        assert_eq!(a, b, "both get the first answer");
        assert_eq!(a["changes"].as_array().unwrap().len(), 1);
        assert_eq!(count(&app, "visit_changes", &cohort), changes_before + 1);

        // Later, the same key: the same answer, nothing published again.
        let later: Value = publish(app.address.clone(), "4b0e7c1e-publish-1")
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(later, a);
        // A new key: a new publish, with nothing left to tell.
        let fresh: Value = publish(app.address.clone(), "4b0e7c1e-publish-2")
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(fresh["changes"].as_array().unwrap().len(), 0);

        // A key is for one request; a key must look like one.
        let round: Value = app
            .post_json(&format!("/api/cohorts/{cohort}/rounds"), &json!({}))
            .await
            .json()
            .await
            .unwrap();
        let reused = app
            .client
            .post(app.url(&format!(
                "/api/rounds/{}/publish",
                round["id"].as_str().unwrap()
            )))
            .header("Idempotency-Key", "4b0e7c1e-publish-1")
            .send()
            .await
            .unwrap();
        let body = common::problem(reused, 422).await;
        assert_eq!(body["field"], "Idempotency-Key");
        let garbled = publish(app.address.clone(), &"k".repeat(300))
            .await
            .unwrap();
        common::problem(garbled, 400).await;
    }
);
