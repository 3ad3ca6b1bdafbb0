//! A host changes the agenda of a visit its participants were told of: the next publish
//! tells them, with the new agenda and a calendar update (the same event, SEQUENCE + 1);
//! the publish after that has nothing to tell.

use crate::common;

use common::{Backend, fixtures};
use serde_json::{Value, json};

on_both_backends!(
    a_new_agenda_after_publishing_is_told_to_the_participants,
    |backend: Backend| async move {
        let app = common::spawn_app_with(backend, true).await;
        let cohort = fixtures::demo(&app);
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
            .unwrap()
            .clone();
        let id = visit["id"].as_str().unwrap().to_owned();
        let sequence = visit["sequence"].as_i64().unwrap();
        let preview = format!("/api/cohorts/{cohort}/visits/preview");
        let total = |v: Value| v["total"].clone();
        let before: Value = app.get(&preview).await.json().await.unwrap();
        assert_eq!(total(before), 0, "the demo told everything");

        let agenda = app
            .client
            .put(app.url(&format!("/api/visits/{id}/agenda")))
            .json(&json!([
                {"day": 1, "title": "Energy park CO-SHAPE, with the citizens' cooperative"},
                {"day": 2, "title": "Light mobility: the cargo-bike lanes of Aarhus Ø"}
            ]))
            .send()
            .await
            .unwrap();
        assert_eq!(
            agenda.status().as_u16(),
            200,
            "{}",
            agenda.text().await.unwrap()
        );

        let told: Value = app.get(&preview).await.json().await.unwrap();
        let emails = told["emails"].as_array().unwrap();
        assert!(emails.len() >= 2, "both sides are told: {told}");
        assert!(
            emails
                .iter()
                .all(|e| e["subject"].as_str().unwrap().contains("Cascais")),
            "{told}"
        );

        let published: Value = app
            .post_json(&format!("/api/cohorts/{cohort}/visits/publish"), &json!({}))
            .await
            .json()
            .await
            .unwrap();
        let changes = published["changes"]
            .as_array()
            .unwrap_or_else(|| panic!("{published}"));
        assert_eq!(changes.len(), 1, "{published}");
        assert_eq!(changes[0]["kind"], "updated");
        assert_eq!(changes[0]["sequence"].as_i64().unwrap(), sequence + 1);

        let listed: Value = app
            .get(&format!(
                "/api/emails?cohort={cohort}&kind=schedule&limit=500"
            ))
            .await
            .json()
            .await
            .unwrap();
        let about = changes[0]["visit_id"].as_str().unwrap();
        let mut seen = 0;
        for e in listed["items"].as_array().unwrap() {
            let full: Value = app
                .get(&format!("/api/emails/{}", e["id"].as_str().unwrap()))
                .await
                .json()
                .await
                .unwrap();
            let Some(ics) = full["calendar"].as_str() else {
                continue;
            };
            if !ics.contains(&format!("UID:{about}@twinning"))
                || !full["text"].as_str().unwrap().contains("cargo-bike lanes")
            {
                continue;
            }
            seen += 1;
            assert!(ics.contains(&format!("SEQUENCE:{}", sequence + 1)), "{ics}");
            assert!(ics.contains("METHOD:REQUEST"));
            let subject = full["subject"].as_str().unwrap();
            assert!(
                subject.starts_with("New agenda:") || subject.starts_with("Novo programa:"),
                "{subject}"
            );
        }
        assert!(seen >= 2, "{seen} emails with the new agenda");

        // Told once: nothing is left to publish.
        let after: Value = app.get(&preview).await.json().await.unwrap();
        assert_eq!(total(after), 0);
        let again: Value = app
            .post_json(&format!("/api/cohorts/{cohort}/visits/publish"), &json!({}))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(again["changes"].as_array().unwrap().len(), 0, "{again}");
    }
);
