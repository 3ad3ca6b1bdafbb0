//! Nothing a programme relies on can be deleted out from under it: a city, a cohort or a
//! programme that programme records refer to is refused with 409 (naming how many of
//! each), on the pages and in the API, and the database itself refuses what the code
//! forgets; a cohort or programme that is over is archived instead, read-only and whole.

use crate::common;

use common::fixtures::{self, demo};
use common::{Backend, TestApp, problem, spawn_app, spawn_app_with};
use diesel::prelude::*;
use serde_json::{Value, json};
use twinning::db::schema::*;

/// How many rows every table holds, by name: a refused delete must leave them all as
/// they were (nothing cascaded, nothing half done).
pub(crate) fn row_counts(app: &TestApp) -> Vec<(&'static str, i64)> {
    let mut conn = app.pool.get().unwrap();
    let conn = &mut *conn;
    macro_rules! counts {
        ($($t:ident),* $(,)?) => {
            vec![$((stringify!($t), $t::table.count().get_result::<i64>(conn).unwrap())),*]
        };
    }
    counts!(
        cities,
        programmes,
        cohorts,
        modules,
        city_roles,
        hosts,
        host_cities,
        themes,
        calendar_events,
        contacts,
        profiles,
        profile_contacts,
        profile_themes,
        profile_interests,
        profile_unavailability,
        users,
        audit_log,
        sessions,
        api_tokens,
        invitations,
        rounds,
        proposals,
        schedules,
        visits,
        visit_agenda,
        visit_changes,
        outbox,
        jobs,
    )
}

/// The counts without the audit log and the sessions (a page's login and an archive add
/// to those).
pub(crate) fn history(counts: &[(&'static str, i64)]) -> Vec<(&'static str, i64)> {
    counts
        .iter()
        .filter(|(t, _)| !["audit_log", "sessions"].contains(t))
        .copied()
        .collect()
}

/// The audit actions recorded about one thing, newest first.
pub(crate) fn audited(app: &TestApp, entity: &str, id: &str) -> Vec<(String, String)> {
    let mut conn = app.pool.get().unwrap();
    twinning::db::models::audit::for_entity(&mut conn, entity, id)
        .unwrap()
        .into_iter()
        .map(|e| (e.action, e.detail))
        .collect()
}

/// The demo programme's id.
pub(crate) async fn demo_programme(app: &TestApp, cohort: &str) -> String {
    let c: Value = app
        .get(&format!("/api/cohorts/{cohort}"))
        .await
        .json()
        .await
        .unwrap();
    c["programme_id"].as_str().unwrap().to_owned()
}

/// The ids of the cohorts a list answers.
pub(crate) async fn listed(app: &TestApp, query: &str) -> Vec<String> {
    let page: Value = app
        .get(&format!("/api/cohorts{query}"))
        .await
        .json()
        .await
        .unwrap();
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_owned())
        .collect()
}

/// The cohort as sent back to `PUT`: its view without what the server sets.
pub(crate) async fn cohort_input(app: &TestApp, cohort: &str) -> Value {
    let mut c: Value = app
        .get(&format!("/api/cohorts/{cohort}"))
        .await
        .json()
        .await
        .unwrap();
    let fields = c.as_object_mut().unwrap();
    for key in ["id", "created_at", "updated_at", "archived_at"] {
        fields.remove(key);
    }
    c
}

on_both_backends!(
    a_city_that_programme_records_refer_to_is_not_deleted_but_can_be_corrected,
    |backend| async move {
        let app = spawn_app_with(backend, true).await;
        demo(&app);
        let before = row_counts(&app);

        let refused = problem(app.delete("/api/cities/pt-cascais").await, 409).await;
        let detail = refused["detail"].as_str().unwrap();
        assert!(
            detail.starts_with("Cascais (pt-cascais) is referred to by 1 invitation, "),
            "{detail}"
        );
        for named in [
            "profile version",
            "1 proposal",
            "3 visits",
            "PUT /api/cities/pt-cascais",
        ] {
            assert!(detail.contains(named), "{named}: {detail}");
        }
        assert_eq!(
            row_counts(&app),
            before,
            "nothing deleted, nothing cascaded"
        );

        // A host city (its host membership was RESTRICT already): 409 too, never 500.
        let host = problem(app.delete("/api/cities/dk-aarhus").await, 409).await;
        assert!(host["detail"].as_str().unwrap().contains(" host"), "{host}");
        assert_eq!(row_counts(&app), before);

        // Its data can always be corrected; its id never changes.
        let mut corrected: Value = app
            .get("/api/cities/pt-cascais")
            .await
            .json()
            .await
            .unwrap();
        let fields = corrected.as_object_mut().unwrap();
        for key in ["id", "created_at", "updated_at"] {
            fields.remove(key);
        }
        corrected["name"] = json!("Cascais");
        corrected["population"] = json!(214124);
        corrected["lat"] = json!(38.6979);
        let updated = app.put_json("/api/cities/pt-cascais", &corrected).await;
        assert_eq!(updated.status().as_u16(), 200);
        let updated: Value = updated.json().await.unwrap();
        assert_eq!(updated["id"], "pt-cascais");
        assert_eq!(updated["population"], 214124);

        // A city nothing refers to is deleted, with an audit entry that keeps its data.
        let created = app
            .post_json(
                "/api/cities",
                &json!({"name": "Testville", "country": "PT", "lat": 38.0, "lon": -9.0, "population": 1000}),
            )
            .await;
        assert_eq!(created.status().as_u16(), 201);
        assert_eq!(
            app.delete("/api/cities/pt-testville")
                .await
                .status()
                .as_u16(),
            204
        );
        problem(app.get("/api/cities/pt-testville").await, 404).await;
        let entries = audited(&app, "city", "pt-testville");
        assert_eq!(entries[0].0, "delete");
        assert!(entries[0].1.contains("\"population\":1000"), "{entries:?}");
    }
);

on_both_backends!(
    a_cohort_with_history_is_refused_and_archived_instead,
    |backend| async move {
        let app = spawn_app_with(backend, true).await;
        let cohort = demo(&app);
        let before = row_counts(&app);

        let refused = problem(app.delete(&format!("/api/cohorts/{cohort}")).await, 409).await;
        let detail = refused["detail"].as_str().unwrap();
        for named in [
            "is referred to by",
            "invitations",
            "profile versions",
            "1 matching round",
            "27 visits",
            "emails",
            &format!("archive it instead (POST /api/cohorts/{cohort}/archive)"),
        ] {
            assert!(detail.contains(named), "{named}: {detail}");
        }
        assert_eq!(
            row_counts(&app),
            before,
            "nothing deleted, nothing cascaded"
        );

        // Archive: out of the default list, listed on request, every read still works.
        let archived = app
            .post_json(&format!("/api/cohorts/{cohort}/archive"), &json!({}))
            .await;
        assert_eq!(archived.status().as_u16(), 200);
        let archived: Value = archived.json().await.unwrap();
        assert!(archived["archived_at"].is_string(), "{archived}");
        assert!(!listed(&app, "").await.contains(&cohort));
        assert!(listed(&app, "?archived=true").await.contains(&cohort));
        assert!(listed(&app, "?archived=all").await.contains(&cohort));
        for read in [
            format!("/api/cohorts/{cohort}"),
            format!("/api/cohorts/{cohort}/visits"),
            format!("/api/cohorts/{cohort}/rounds"),
            format!("/api/cohorts/{cohort}/proposals"),
            format!("/api/cohorts/{cohort}/calendar.ics"),
            format!("/api/cohorts/{cohort}/invitations"),
        ] {
            assert_eq!(app.get(&read).await.status().as_u16(), 200, "{read}");
        }
        assert_eq!(audited(&app, "cohort", &cohort)[0].0, "archive");

        // Every write is refused, saying how to undo the archive.
        let after_archive = row_counts(&app);
        let writes = [
            app.post_json(&format!("/api/cohorts/{cohort}/visits/publish"), &json!({}))
                .await,
            app.post_json(&format!("/api/cohorts/{cohort}/visits/plan"), &json!({}))
                .await,
            app.post_json(
                &format!("/api/cohorts/{cohort}/invitations"),
                &json!({"invitations": [{"city_id": "fr-lyon", "role": "twin"}]}),
            )
            .await,
            app.put_json(
                &format!("/api/cohorts/{cohort}"),
                &cohort_input(&app, &cohort).await,
            )
            .await,
        ];
        for response in writes {
            let body = problem(response, 409).await;
            assert!(
                body["detail"]
                    .as_str()
                    .unwrap()
                    .contains(&format!("POST /api/cohorts/{cohort}/unarchive")),
                "{body}"
            );
        }
        assert_eq!(row_counts(&app), after_archive, "no write got through");

        // Unarchive: listed and writable again.
        let reopened = app
            .post_json(&format!("/api/cohorts/{cohort}/unarchive"), &json!({}))
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
        let actions: Vec<String> = audited(&app, "cohort", &cohort)
            .into_iter()
            .map(|(a, _)| a)
            .collect();
        assert_eq!(actions[..3], ["update", "unarchive", "archive"]);
    }
);

on_both_backends!(
    a_cohort_and_a_programme_nothing_refers_to_are_deleted,
    |backend| async move {
        let app = spawn_app(backend).await;
        let cohort = fixtures::cohort(&app, true).await;
        let c: Value = app
            .get(&format!("/api/cohorts/{cohort}"))
            .await
            .json()
            .await
            .unwrap();
        let programme = c["programme_id"].as_str().unwrap().to_owned();
        let before = row_counts(&app);

        // The programme has a cohort: refused, counted.
        let refused = problem(
            app.delete(&format!("/api/programmes/{programme}")).await,
            409,
        )
        .await;
        assert!(
            refused["detail"].as_str().unwrap().starts_with(
                "programme \"Twinning Learning Programme\" is referred to by 1 cohort"
            ),
            "{refused}"
        );
        assert_eq!(row_counts(&app), before);

        // The cohort has no history: deleted with its modules.
        assert_eq!(
            app.delete(&format!("/api/cohorts/{cohort}"))
                .await
                .status()
                .as_u16(),
            204
        );
        problem(app.get(&format!("/api/cohorts/{cohort}")).await, 404).await;
        assert!(
            audited(&app, "cohort", &cohort)[0]
                .1
                .contains("\"Cohort 2\"")
        );
        assert_eq!(
            app.delete(&format!("/api/programmes/{programme}"))
                .await
                .status()
                .as_u16(),
            204
        );
        problem(app.get(&format!("/api/programmes/{programme}")).await, 404).await;
    }
);

on_both_backends!(
    the_database_refuses_what_the_code_forgets,
    |backend| async move {
        use actix_web::ResponseError;
        let app = spawn_app_with(backend, true).await;
        let cohort = demo(&app);
        let programme = demo_programme(&app, &cohort).await;
        let before = row_counts(&app);
        let mut conn = app.pool.get().unwrap();
        let attempts = [
            diesel::delete(cohorts::table.find(&cohort)).execute(&mut *conn),
            diesel::delete(programmes::table.find(&programme)).execute(&mut *conn),
            diesel::delete(cities::table.find("pt-cascais")).execute(&mut *conn),
            diesel::delete(rounds::table.filter(rounds::cohort_id.eq(&cohort))).execute(&mut *conn),
        ];
        for attempt in attempts {
            let error = attempt.expect_err("RESTRICT refuses");
            // SQLite's driver reports it as an unknown error ("FOREIGN KEY constraint
            // failed"); the answer is the same 409.
            assert!(
                backend == Backend::Sqlite
                    || matches!(
                        error,
                        diesel::result::Error::DatabaseError(
                            diesel::result::DatabaseErrorKind::ForeignKeyViolation,
                            _
                        )
                    ),
                "{error:?}"
            );
            let answer = twinning::api::ApiError::from(error);
            assert_eq!(answer.status_code().as_u16(), 409, "{answer}");
        }
        drop(conn);
        assert_eq!(row_counts(&app), before);
    }
);

on_both_backends!(
    the_restrict_migration_keeps_every_row_down_and_up,
    |backend| async move {
        let app = spawn_app_with(backend, true).await;
        demo(&app);
        let before = row_counts(&app);
        // Back to before the restrict migration (and the ones after it), and up again.
        let after_it = std::fs::read_dir(common::root().join("migrations/sqlite"))
            .unwrap()
            .filter(|e| {
                e.as_ref().unwrap().file_name().to_string_lossy().as_ref()
                    > "2026-12-06-000008_restrict_history"
            })
            .count();
        let mut conn = app.pool.get().unwrap();
        for _ in 0..=after_it {
            twinning::db::revert_last(&mut conn).unwrap();
        }
        drop(conn);
        assert_eq!(row_counts(&app), before, "down keeps every row");
        let mut conn = app.pool.get().unwrap();
        assert_eq!(twinning::db::migrate(&mut conn).unwrap(), 1 + after_it);
        drop(conn);
        assert_eq!(row_counts(&app), before, "up keeps every row");
        // And the references are RESTRICT again.
        assert_eq!(
            app.delete("/api/cities/pt-cascais").await.status().as_u16(),
            409
        );
    }
);

#[actix_web::test]
async fn the_api_document_lists_the_refusals() {
    let app = spawn_app(Backend::Sqlite).await;
    let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    for (path, method) in [
        ("/api/cities/{id}", "delete"),
        ("/api/cohorts/{id}", "delete"),
        ("/api/programmes/{id}", "delete"),
        ("/api/cohorts/{id}", "put"),
        ("/api/cohorts/{id}/unarchive", "post"),
        ("/api/cohorts/{id}/invitations", "post"),
        ("/api/cohorts/{id}/visits/plan", "post"),
        ("/api/events", "post"),
    ] {
        assert!(
            doc["paths"][path][method]["responses"]["409"].is_object(),
            "{method} {path} documents its 409"
        );
    }
    for path in [
        "/api/cohorts/{id}/archive",
        "/api/programmes/{id}/archive",
        "/api/programmes/{id}/unarchive",
    ] {
        assert!(doc["paths"][path]["post"].is_object(), "{path}");
    }
}
