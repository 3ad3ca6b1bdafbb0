//! Profiles: a city fills and submits its own through its link (pages and API), the call
//! closing stops it, managers see, correct and export them, and every change is a version
//! in the audit log.

use crate::common;

use common::fixtures::{self, as_city};
use common::web::Session;
use common::{MANAGER_EMAIL, MANAGER_PASSWORD, problem, spawn_app};
use reqwest::Method;
use serde_json::{Value, json};

on_both_backends!(
    cities_fill_submit_and_managers_see_the_result,
    |backend| async move {
        let app = spawn_app(backend).await;
        fixtures::cities(&app).await;
        let cohort = fixtures::cohort(&app, true).await;
        let aarhus = fixtures::invite(&app, &cohort, "dk-aarhus", "host").await;
        let cascais = fixtures::invite(&app, &cohort, "pt-cascais", "twin").await;

        // The host submits through the API with its invitation token.
        let saved = as_city(
            &app,
            Method::PUT,
            "/api/city/profile",
            &aarhus.token,
            Some(&json!({"profile": fixtures::aarhus_profile(), "submit": true})),
        )
        .await;
        assert_eq!(
            saved.status().as_u16(),
            200,
            "{}",
            saved.text().await.unwrap()
        );

        // The Twin sees Aarhus in the host catalogue, with its practices, on its page.
        let state: Value = as_city(&app, Method::GET, "/api/city/profile", &cascais.token, None)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(state["status"], "invited");
        let host_id = state["hosts"][0]["id"].as_str().unwrap().to_owned();
        assert_eq!(state["hosts"][0]["name"], "Aarhus");
        let mut city = Session::new(&app.address);
        let page = city.get(&format!("/invitation/{}", cascais.token)).await;
        assert!(page.shows("CO-SHAPE energy park"));

        // A draft may be incomplete; a submission names everything missing.
        let draft = as_city(
            &app,
            Method::PUT,
            "/api/city/profile",
            &cascais.token,
            Some(&json!({"profile": {"organisation": "Câmara Municipal de Cascais"}})),
        )
        .await;
        assert_eq!(draft.status().as_u16(), 200);
        let incomplete = as_city(&app, Method::PUT, "/api/city/profile", &cascais.token,
            Some(&json!({"profile": {"organisation": "Câmara Municipal de Cascais"}, "submit": true}))).await;
        let body = problem(incomplete, 422).await;
        let fields: Vec<&str> = body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert_eq!(
            fields,
            [
                "population",
                "languages",
                "delegation_size",
                "contacts[0].name",
                "themes[0].domain"
            ]
        );

        let submitted = as_city(
            &app,
            Method::PUT,
            "/api/city/profile",
            &cascais.token,
            Some(&json!({"profile": fixtures::cascais_profile(&host_id), "submit": true})),
        )
        .await;
        assert_eq!(submitted.status().as_u16(), 200);
        let view: Value = submitted.json().await.unwrap();
        assert_eq!(
            (view["version"].as_i64(), view["status"].as_str()),
            (Some(2), Some("submitted"))
        );
        assert_eq!(view["saved_by"], "city:pt-cascais");
        assert_eq!(view["profile"]["interests"], json!([host_id]));

        // The manager's list shows both submitted; the export has them.
        let listed: Value = app
            .get(&format!("/api/cohorts/{cohort}/invitations"))
            .await
            .json()
            .await
            .unwrap();
        let statuses: Vec<(&str, &str)> = listed
            .as_array()
            .unwrap()
            .iter()
            .map(|i| {
                (
                    i["city_name"].as_str().unwrap(),
                    i["status"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            statuses,
            [("Cascais", "submitted"), ("Aarhus", "submitted")]
        );
        let csv = app
            .get(&format!("/api/cohorts/{cohort}/profiles.csv"))
            .await
            .text()
            .await
            .unwrap();
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let headers = reader.headers().unwrap().clone();
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
        let cascais_row = rows.iter().find(|r| &r[col("city")] == "Cascais").unwrap();
        assert_eq!(&cascais_row[col("status")], "submitted");
        assert_eq!(&cascais_row[col("population")], "214124");
        assert_eq!(&cascais_row[col("interests")], "Aarhus");
        assert!(cascais_row[col("themes")].contains("nature/governance priority 1: green spaces"));

        // The console page lists them with their status.
        let mut manager = Session::new(&app.address);
        manager.login(MANAGER_EMAIL, MANAGER_PASSWORD).await;
        let console = manager.get(&format!("/console/cohorts/{cohort}")).await;
        assert!(console.body.contains("submitted: 2"), "{}", console.body);
    }
);

on_both_backends!(
    a_page_with_mistakes_names_them_next_to_their_fields_and_keeps_what_was_typed,
    |backend| async move {
        let app = spawn_app(backend).await;
        fixtures::cities(&app).await;
        let cohort = fixtures::cohort(&app, true).await;
        let cascais = fixtures::invite(&app, &cohort, "pt-cascais", "twin").await;
        let path = format!("/invitation/{}", cascais.token);
        let mut city = Session::new(&app.address);
        let csrf = city.get(&path).await.csrf();

        let page = city
            .post(
                &path,
                &[
                    ("csrf", &csrf),
                    ("action", "submit"),
                    ("organisation", "Câmara Municipal de Cascais"),
                    ("population", "lots"),
                    ("languages", "pt, xx"),
                    ("delegation_size", "5"),
                    ("contacts[0].name", "Ana Silva"),
                    ("contacts[0].email", "ana at cascais"),
                    ("themes[0].domain", "nature"),
                    ("themes[0].lever", "governance"),
                    ("themes[0].priority", "1"),
                ],
            )
            .await;
        assert_eq!(page.status, 422);
        // The summary at the top links each error to its field.
        assert!(
            page.body.contains(
                "<a href=\"#population\">Population: &#34;lots&#34; is not a whole number</a>"
            ),
            "{}",
            page.body
        );
        assert!(page.body.contains("href=\"#contacts-0-email\""));
        // Each message sits by its field, which says it is invalid; what was typed is kept.
        assert!(page.body.contains("id=\"population-error\""));
        assert!(
            page.body
                .contains("id=\"population\" name=\"population\" type=\"text\" value=\"lots\"")
        );
        assert!(
            page.body
                .contains("aria-invalid=\"true\" aria-describedby=\"contacts-0-email-error\"")
        );
        assert!(page.shows("\"xx\" is not an ISO 639-1 language code"));
        assert!(page.body.contains("value=\"ana at cascais\""));
        let state: Value = as_city(&app, Method::GET, "/api/city/profile", &cascais.token, None)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(state["latest"], Value::Null, "nothing was stored");

        let fixed = city
            .post(
                &path,
                &[
                    ("csrf", &csrf),
                    ("action", "submit"),
                    ("organisation", "Câmara Municipal de Cascais"),
                    ("population", "214 124"),
                    ("languages", "pt, en"),
                    ("delegation_size", "5"),
                    ("contacts[0].name", "Ana Silva"),
                    ("contacts[0].email", "ana.silva@cm-cascais.pt"),
                    ("themes[0].domain", "nature"),
                    ("themes[0].lever", "governance"),
                    ("themes[0].priority", "1"),
                ],
            )
            .await;
        // Submitting asks to check the answers first.
        assert_eq!(fixed.status, 200);
        assert!(fixed.shows("Check your answers"));
        let confirmed = city
            .post(
                &path,
                &[
                    ("csrf", &csrf),
                    ("action", "confirm"),
                    ("organisation", "Câmara Municipal de Cascais"),
                    ("population", "214124"),
                    ("languages", "pt, en"),
                    ("delegation_size", "5"),
                    ("contacts[0].name", "Ana Silva"),
                    ("contacts[0].email", "ana.silva@cm-cascais.pt"),
                    ("themes[0].domain", "nature"),
                    ("themes[0].lever", "governance"),
                    ("themes[0].priority", "1"),
                ],
            )
            .await;
        assert_eq!(confirmed.status, 303);
        let shown = city.get(confirmed.location.as_deref().unwrap()).await;
        assert!(shown.shows("Profile submitted"));
        let shown = city.get(&path).await;
        assert!(shown.body.contains("id=\"status\">submitted<"));
        assert!(shown.body.contains("value=\"214124\""));
    }
);

on_both_backends!(
    after_the_call_closes_cities_cannot_save_but_managers_can_correct,
    |backend| async move {
        let app = spawn_app(backend).await;
        fixtures::cities(&app).await;
        let cohort = fixtures::cohort(&app, false).await;
        let aarhus = fixtures::invite(&app, &cohort, "dk-aarhus", "host").await;

        let refused = as_city(
            &app,
            Method::PUT,
            "/api/city/profile",
            &aarhus.token,
            Some(&json!({"profile": fixtures::aarhus_profile(), "submit": true})),
        )
        .await;
        let body = problem(refused, 403).await;
        assert!(
            body["detail"]
                .as_str()
                .unwrap()
                .contains("the call closed on")
        );
        let path = format!("/invitation/{}", aarhus.token);
        let mut city = Session::new(&app.address);
        let page = city.get(&path).await;
        assert!(page.body.contains("<fieldset disabled>"));
        let post = city
            .post(
                &path,
                &[
                    ("csrf", &page.csrf()),
                    ("action", "submit"),
                    ("organisation", "Aarhus"),
                ],
            )
            .await;
        assert_eq!(post.status, 403);
        assert!(post.shows("Nothing was saved"));
        let state: Value = app
            .get(&format!("/api/invitations/{}/profile", aarhus.id))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(state["status"], "late");
        assert_eq!(state["latest"], Value::Null);

        // A manager's correction is a new version, audited under the manager's email.
        let mut profile = fixtures::aarhus_profile();
        profile["capacity"] = json!(3);
        let corrected = app
            .put_json(&format!("/api/invitations/{}/profile", aarhus.id), &profile)
            .await;
        assert_eq!(corrected.status().as_u16(), 200);
        let view: Value = corrected.json().await.unwrap();
        assert_eq!(
            (view["version"].as_i64(), view["saved_by"].as_str()),
            (Some(1), Some(MANAGER_EMAIL))
        );
        let mut manager = Session::new(&app.address);
        manager.login(MANAGER_EMAIL, MANAGER_PASSWORD).await;
        let page = manager
            .get(&format!("/console/invitations/{}/profile", aarhus.id))
            .await;
        assert!(
            page.body.contains(&format!(
                "{MANAGER_EMAIL} correct profile (dk-aarhus host version 1)"
            )),
            "{}",
            page.body
        );
        assert!(page.body.contains("value=\"3\""));
    }
);

on_both_backends!(
    invitations_from_csv_are_all_or_nothing,
    |backend| async move {
        let app = spawn_app(backend).await;
        fixtures::cities(&app).await;
        let cohort = fixtures::cohort(&app, true).await;
        let path = format!("/api/cohorts/{cohort}/invitations/csv");
        let bad = "city_id,role,email\ndk-aarhus,host,x@aarhus.dk\nfr-nowhere,twin,\npt-cascais,mentor,\nname,country\n";
        let body = problem(app.post_raw(&path, "text/csv", bad).await, 422).await;
        let messages: Vec<&str> = body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["message"].as_str().unwrap())
            .collect();
        assert_eq!(
            messages,
            [
                "line 4: role: \"mentor\" is not a role here: use twin or host",
                "line 5: 2 fields where the header has 3",
            ]
        );
        let unknown = "city_id,role\ndk-aarhus,host\nfr-nowhere,twin\n";
        let body = problem(app.post_raw(&path, "text/csv", unknown).await, 422).await;
        assert_eq!(
            body["errors"][0]["message"],
            "line 3: city_id: no city has the id \"fr-nowhere\""
        );
        let listed: Value = app
            .get(&format!("/api/cohorts/{cohort}/invitations"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(listed, json!([]), "nothing was stored");

        let good = "name,country,role,email\nAarhus,DK,host,x@aarhus.dk\nCascais,PT,twin,\n";
        let created = app.post_raw(&path, "text/csv", good).await;
        assert_eq!(created.status().as_u16(), 201);
        let created: Value = created.json().await.unwrap();
        assert_eq!(created.as_array().unwrap().len(), 2);
        assert!(
            created[0]["link"]
                .as_str()
                .unwrap()
                .contains("/invitation/")
        );
        let again = problem(app.post_raw(&path, "text/csv", good).await, 422).await;
        assert!(
            again["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("line 2: city_id: Aarhus is already invited to this cohort as host")
        );
        // Links are shown once: listing does not repeat them.
        let listed: Value = app
            .get(&format!("/api/cohorts/{cohort}/invitations"))
            .await
            .json()
            .await
            .unwrap();
        assert!(listed[0].get("link").is_none());
    }
);

on_both_backends!(
    a_manager_creates_a_cohort_and_invites_from_the_console,
    |backend| async move {
        let app = spawn_app(backend).await;
        fixtures::cities(&app).await;
        let mut manager = Session::new(&app.address);
        manager.login(MANAGER_EMAIL, MANAGER_PASSWORD).await;
        let csrf = manager.get("/console").await.csrf();
        assert_eq!(
            manager
                .post(
                    "/console/programmes",
                    &[("csrf", &csrf), ("name", "Twinning Learning Programme")]
                )
                .await
                .status,
            303
        );
        let programmes: Value = app.get("/api/programmes").await.json().await.unwrap();
        let programme = programmes["items"][0]["id"].as_str().unwrap().to_owned();

        let mut form = vec![
            ("csrf", csrf.clone()),
            ("programme_id", programme.clone()),
            ("number", "2".into()),
            ("name", "Cohort 2".into()),
            ("call_opens", "2024-04-01".into()),
            ("call_closes", "2024-06-30".into()),
            ("starts_on", "2024-09-01".into()),
            ("ends_on", "2026-05-31".into()),
            ("modules[0].starts_on", "2024-09-01".into()),
            ("modules[0].ends_on", "2024-12-31".into()),
            ("modules[1].starts_on", "2025-01-01".into()),
            ("modules[1].ends_on", "2025-12-31".into()),
            ("modules[2].starts_on", "2026-01-01".into()),
            ("modules[2].ends_on", "2026-05-31".into()),
            ("visit_rules.twin_to_host", "2".into()),
            ("visit_rules.host_to_twin", "1".into()),
            ("visit_rules.days", "3".into()),
            ("visit_rules.min_gap_days", "60".into()),
            (
                "blackouts",
                "2025-07-15 2025-08-31 Summer holidays\n2025-12-20 2026-01-06 Winter holidays"
                    .into(),
            ),
        ];
        // A module ending before it starts is named; nothing is stored.
        form[9].1 = "2024-08-01".into();
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let wrong = manager.post("/console/cohorts", &pairs).await;
        assert_eq!(wrong.status, 422);
        assert!(wrong.body.contains("<a href=\"#modules-0-ends-on\">Getting started: last day: 2024-08-01 is before the start 2024-09-01</a>"), "{}", wrong.body);
        assert_eq!(
            app.get("/api/cohorts").await.json::<Value>().await.unwrap()["total"],
            0
        );

        form[9].1 = "2024-09-01".into();
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let created = manager.post("/console/cohorts", &pairs).await;
        assert_eq!(created.status, 303, "{}", created.body);
        let cohort_page = created.location.unwrap();
        let page = manager.get(&cohort_page).await;
        assert!(page.shows("Summer holidays: 2025-07-15 to 2025-08-31"));
        assert!(page.shows("Cities Mission conference (Vilnius): 2025-05-06 to 2025-05-08"));

        let invited = manager
            .post(
                &format!("{cohort_page}/invitations"),
                &[
                    ("csrf", &csrf),
                    ("city_id", "pt-cascais"),
                    ("role", "twin"),
                    ("email", "ana@cm-cascais.pt"),
                ],
            )
            .await;
        assert_eq!(invited.status, 200);
        assert!(
            invited
                .body
                .contains("class=\"invitation-link\">http://127.0.0.1:8080/invitation/")
        );
        let upload = manager
            .post_multipart(
                &format!("{cohort_page}/invitations/csv"),
                &csrf,
                "city_id,role\ndk-aarhus,host\nfr-lyon,host\n",
            )
            .await;
        assert_eq!(upload.status, 200, "{}", upload.body);
        assert!(upload.shows("2 invitations created from the file"));
        // The call of this cohort closed in 2024: nobody can submit any more.
        assert!(upload.body.contains("late: 3"), "{}", upload.body);
        let export = manager.get(&format!("{cohort_page}/profiles.csv")).await;
        assert_eq!(export.headers["content-type"], "text/csv; charset=utf-8");
        assert_eq!(export.body.lines().count(), 4);
    }
);
