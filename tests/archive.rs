//! A cohort or a programme that is over is archived instead of deleted: read-only (every
//! write answers 409 and changes nothing), out of the default lists, kept whole and
//! readable; unarchiving restores it; both are audited. On the pages too.

use crate::common;
use crate::deletes::{audited, cohort_input, demo_programme, history, listed, row_counts};

use common::fixtures::{self, demo};
use common::{Backend, TestApp, problem, spawn_app_with};
use serde_json::{Value, json};

/// The first item of a list (or of a page's `items`) whose `key` is `value`.
fn find<'a>(list: &'a Value, key: &str, value: &str) -> &'a Value {
    let items = list.get("items").unwrap_or(list);
    items
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i[key] == value)
        .unwrap_or_else(|| panic!("no {key} = {value} in {list}"))
}

async fn json_of(app: &TestApp, path: &str) -> Value {
    app.get(path).await.json().await.unwrap()
}

on_both_backends!(
    every_write_to_an_archived_cohort_is_refused_and_changes_nothing,
    |backend| async move {
        use reqwest::Method;
        let app = spawn_app_with(backend, true).await;
        let cohort = demo(&app);
        let invitations = json_of(&app, &format!("/api/cohorts/{cohort}/invitations")).await;
        let invitation = find(&invitations, "city_id", "pt-cascais")["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let issued: Value = app
            .post_json(&format!("/api/invitations/{invitation}/resend"), &json!({}))
            .await
            .json()
            .await
            .unwrap();
        let token = issued["link"]
            .as_str()
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .to_owned();
        let rounds = json_of(&app, &format!("/api/cohorts/{cohort}/rounds")).await;
        let round = rounds.get("items").unwrap_or(&rounds)[0]["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let plan = json_of(&app, &format!("/api/cohorts/{cohort}/visits")).await;
        let received = find(&plan["visits"], "host_city_id", "pt-cascais")["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let proposals: Value =
            fixtures::as_city(&app, Method::GET, "/api/city/proposals", &token, None)
                .await
                .json()
                .await
                .unwrap();
        let proposal = proposals[0]["id"].as_str().unwrap().to_owned();
        let emails = json_of(&app, &format!("/api/emails?cohort={cohort}&kind=schedule")).await;
        let email = emails["items"][0]["id"].as_str().unwrap().to_owned();
        let events = json_of(&app, "/api/events?limit=500").await;
        let event = find(&events, "cohort_id", &cohort).clone();
        let event_id = event["id"].as_str().unwrap().to_owned();
        let mut event_input = event.clone();
        event_input.as_object_mut().unwrap().remove("id");
        for key in ["created_at", "updated_at"] {
            event_input.as_object_mut().unwrap().remove(key);
        }

        assert_eq!(
            app.post_json(&format!("/api/cohorts/{cohort}/archive"), &json!({}))
                .await
                .status()
                .as_u16(),
            200
        );
        let before = row_counts(&app);
        let agenda = json!([{"day": 1, "title": "Welcome"}]);
        let profile = json!({"profile": fixtures::cascais_profile("x"), "submit": false});
        let mut new_event = event_input.clone();
        new_event["label"] = json!("Another blackout");
        let writes = vec![
            (
                "invite",
                app.post_json(
                    &format!("/api/cohorts/{cohort}/invitations"),
                    &json!({"invitations": [{"city_id": "fr-lyon", "role": "twin"}]}),
                )
                .await,
            ),
            (
                "resend",
                app.post_json(&format!("/api/invitations/{invitation}/resend"), &json!({}))
                    .await,
            ),
            (
                "revoke",
                app.post_json(&format!("/api/invitations/{invitation}/revoke"), &json!({}))
                    .await,
            ),
            (
                "correct",
                app.put_json(
                    &format!("/api/invitations/{invitation}/profile"),
                    &fixtures::cascais_profile("x"),
                )
                .await,
            ),
            (
                "city save",
                fixtures::as_city(
                    &app,
                    Method::PUT,
                    "/api/city/profile",
                    &token,
                    Some(&profile),
                )
                .await,
            ),
            (
                "answer",
                fixtures::as_city(
                    &app,
                    Method::POST,
                    &format!("/api/city/proposals/{proposal}"),
                    &token,
                    Some(&json!({"accept": true})),
                )
                .await,
            ),
            (
                "round",
                app.post_json(&format!("/api/cohorts/{cohort}/rounds"), &json!({}))
                    .await,
            ),
            (
                "publish round",
                app.post_json(&format!("/api/rounds/{round}/publish"), &json!({}))
                    .await,
            ),
            (
                "rematch",
                app.post_json(&format!("/api/rounds/{round}/rematch"), &json!({}))
                    .await,
            ),
            (
                "plan",
                app.post_json(&format!("/api/cohorts/{cohort}/visits/plan"), &json!({}))
                    .await,
            ),
            (
                "publish visits",
                app.post_json(&format!("/api/cohorts/{cohort}/visits/publish"), &json!({}))
                    .await,
            ),
            (
                "move",
                app.patch_json(
                    &format!("/api/visits/{received}"),
                    &json!({"confirmed": true}),
                )
                .await,
            ),
            (
                "agenda",
                app.put_json(&format!("/api/visits/{received}/agenda"), &agenda)
                    .await,
            ),
            (
                "city agenda",
                fixtures::as_city(
                    &app,
                    Method::PUT,
                    &format!("/api/city/visits/{received}/agenda"),
                    &token,
                    Some(&agenda),
                )
                .await,
            ),
            (
                "resend email",
                app.post_json(&format!("/api/emails/{email}/resend"), &json!({}))
                    .await,
            ),
            (
                "resend failed",
                app.post_json(
                    &format!("/api/emails/resend-failed?cohort={cohort}"),
                    &json!({}),
                )
                .await,
            ),
            ("new event", app.post_json("/api/events", &new_event).await),
            (
                "change event",
                app.put_json(&format!("/api/events/{event_id}"), &event_input)
                    .await,
            ),
            (
                "delete event",
                app.delete(&format!("/api/events/{event_id}")).await,
            ),
            (
                "update",
                app.put_json(
                    &format!("/api/cohorts/{cohort}"),
                    &cohort_input(&app, &cohort).await,
                )
                .await,
            ),
        ];
        for (what, response) in writes {
            let status = response.status().as_u16();
            let body: Value = response.json().await.unwrap_or(Value::Null);
            assert_eq!(status, 409, "{what}: {body}");
            assert!(
                body["detail"].as_str().unwrap().contains("is archived"),
                "{what}: {body}"
            );
        }
        assert_eq!(row_counts(&app), before, "no write got through");

        // Reads keep working, for the city too.
        for (path, status) in [
            ("/api/city/profile", 200),
            ("/api/city/visits", 200),
            ("/api/city/calendar.ics", 200),
        ] {
            let read = fixtures::as_city(&app, Method::GET, path, &token, None).await;
            assert_eq!(read.status().as_u16(), status, "{path}");
        }
    }
);

on_both_backends!(
    an_archived_programme_keeps_its_cohorts_whole_and_read_only,
    |backend| async move {
        let app = spawn_app_with(backend, true).await;
        let cohort = demo(&app);
        let programme = demo_programme(&app, &cohort).await;
        let before = row_counts(&app);

        let refused = problem(
            app.delete(&format!("/api/programmes/{programme}")).await,
            409,
        )
        .await;
        assert!(
            refused["detail"]
                .as_str()
                .unwrap()
                .contains("is referred to by 1 cohort"),
            "{refused}"
        );
        assert_eq!(row_counts(&app), before);

        let archived = app
            .post_json(&format!("/api/programmes/{programme}/archive"), &json!({}))
            .await;
        assert_eq!(archived.status().as_u16(), 200);
        let programmes: Value = app.get("/api/programmes").await.json().await.unwrap();
        assert_eq!(programmes["total"], 0, "out of the default list");
        let programmes: Value = app
            .get("/api/programmes?archived=true")
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(programmes["items"][0]["id"], programme.as_str());
        // Its cohort goes with it: out of the list, read-only, readable.
        assert!(!listed(&app, "").await.contains(&cohort));
        assert!(listed(&app, "?archived=true").await.contains(&cohort));
        let view: Value = app
            .get(&format!("/api/cohorts/{cohort}"))
            .await
            .json()
            .await
            .unwrap();
        assert!(view["archived_at"].is_string());
        let write = problem(
            app.post_json(&format!("/api/cohorts/{cohort}/visits/publish"), &json!({}))
                .await,
            409,
        )
        .await;
        assert!(
            write["detail"]
                .as_str()
                .unwrap()
                .contains(&format!("POST /api/programmes/{programme}/unarchive")),
            "{write}"
        );
        // The cohort alone cannot be opened while its programme is archived.
        problem(
            app.post_json(&format!("/api/cohorts/{cohort}/unarchive"), &json!({}))
                .await,
            409,
        )
        .await;
        assert_eq!(row_counts(&app).len(), before.len());
        assert_eq!(audited(&app, "programme", &programme)[0].0, "archive");

        let reopened = app
            .post_json(
                &format!("/api/programmes/{programme}/unarchive"),
                &json!({}),
            )
            .await;
        assert_eq!(reopened.status().as_u16(), 200);
        assert!(listed(&app, "").await.contains(&cohort));
        let update = app
            .put_json(
                &format!("/api/cohorts/{cohort}"),
                &cohort_input(&app, &cohort).await,
            )
            .await;
        assert_eq!(update.status().as_u16(), 200);
        assert_eq!(audited(&app, "programme", &programme)[0].0, "unarchive");
    }
);

#[actix_web::test]
async fn the_console_refuses_with_a_readable_page_and_archives_with_a_confirmation() {
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = demo(&app);
    let programme = demo_programme(&app, &cohort).await;
    let before = row_counts(&app);
    let mut session = app.manager().await;

    let refusal = session
        .get(&format!("/console/cohorts/{cohort}/delete"))
        .await;
    assert_eq!(refusal.status, 409);
    assert!(refusal.shows("This cannot be done"), "{}", refusal.body);
    assert!(refusal.shows("27 visits"), "{}", refusal.body);
    let page = session.get(&format!("/console/cohorts/{cohort}")).await;
    let refused = session
        .post(
            &format!("/console/cohorts/{cohort}/delete"),
            &[("csrf", &page.csrf())],
        )
        .await;
    assert_eq!(refused.status, 409);
    assert_eq!(history(&row_counts(&app)), history(&before));
    let refused = session
        .get(&format!("/console/programmes/{programme}/delete"))
        .await;
    assert_eq!(refused.status, 409);
    assert!(refused.shows("1 cohort"), "{}", refused.body);

    let confirm = session
        .get(&format!("/console/cohorts/{cohort}/archive"))
        .await;
    assert_eq!(confirm.status, 200);
    assert!(confirm.shows("read-only"), "{}", confirm.body);
    let done = session
        .post(
            &format!("/console/cohorts/{cohort}/archive"),
            &[("csrf", &confirm.csrf())],
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    let done = session.get(done.location.as_deref().unwrap()).await;
    assert!(done.shows("Archived on"), "{}", done.body);
    assert!(
        !done.shows("Invite a city"),
        "no write form on an archived cohort"
    );
    let home = session.get("/console").await;
    assert!(!home.body.contains(&format!("/console/cohorts/{cohort}\"")));
    let archived = session.get("/console/archived").await;
    assert!(
        archived
            .body
            .contains(&format!("/console/cohorts/{cohort}\""))
    );

    // A write from a page is refused with the reason, not a failure.
    let publish = session
        .post(
            &format!("/console/cohorts/{cohort}/visits/publish"),
            &[("csrf", &confirm.csrf())],
        )
        .await;
    assert!(publish.status < 500, "{}", publish.body);
    assert!(publish.shows("is archived"), "{}", publish.body);
    assert_eq!(history(&row_counts(&app)), history(&before));

    let reopened = session
        .post(
            &format!("/console/cohorts/{cohort}/unarchive"),
            &[("csrf", &confirm.csrf())],
        )
        .await;
    assert_eq!(reopened.status, 303);
    let reopened = session.get(reopened.location.as_deref().unwrap()).await;
    assert!(!reopened.shows("Archived on"), "{}", reopened.body);
    assert!(reopened.shows("Invite a city"));
    let entries = audited(&app, "cohort", &cohort);
    assert_eq!(entries[0].0, "unarchive");
    assert_eq!(entries[1].0, "archive");
}

on_both_backends!(
    resending_every_failed_email_leaves_an_archived_cohorts_alone,
    |backend| async move {
        let app = common::spawn_app_tuned(backend, true, |s| s.mail.worker = false).await;
        let cohort = demo(&app);
        // One of the cohort's emails failed.
        let failed = {
            use diesel::prelude::*;
            use twinning::db::schema::outbox::dsl;
            let mut conn = app.pool.get().unwrap();
            let id: String = dsl::outbox
                .filter(dsl::cohort_id.eq(&cohort))
                .select(dsl::id)
                .first(&mut conn)
                .unwrap();
            diesel::update(dsl::outbox.find(&id))
                .set(dsl::status.eq("failed"))
                .execute(&mut conn)
                .unwrap();
            id
        };
        let archived = app
            .client
            .post(app.url(&format!("/api/cohorts/{cohort}/archive")))
            .send()
            .await
            .unwrap();
        assert_eq!(archived.status().as_u16(), 200);
        let requeued: Value = app
            .post_json("/api/emails/resend-failed", &json!({}))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(
            requeued["queued"], 0,
            "the archived cohort's email stays as it was"
        );
        let email = json_of(&app, &format!("/api/emails/{failed}")).await;
        assert_eq!(email["status"], "failed");

        let reopened = app
            .client
            .post(app.url(&format!("/api/cohorts/{cohort}/unarchive")))
            .send()
            .await
            .unwrap();
        assert_eq!(reopened.status().as_u16(), 200);
        let requeued: Value = app
            .post_json("/api/emails/resend-failed", &json!({}))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(requeued["queued"], 1);
    }
);
