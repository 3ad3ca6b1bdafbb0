//! Markup, formulas and calendar lines planted in every free text a city or a manager can
//! fill (profiles, agendas, events, programmes, decline reasons), then every page, email
//! part, CSV export and calendar file read back: each shows the text as text.

use crate::common;

use common::{Backend, fixtures};
use serde_json::{Value, json};
use twinning::domain::id::CohortId;
use twinning::domain::profile::ProfileRole;

/// One line: markup that would run, and a formula.
const LINE: &str = "=cmd|'/C calc'!A0 <script>pwn()</script>\"><img src=x onerror=pwn()>";
/// Several lines: the same, and a line that would be a calendar property.
const LINES: &str = "@SUM(1) <script>pwn()</script>\nX-PWN:1\r\nATTENDEE:mailto:evil@example.org";

/// Markup from the payloads, as it must never appear in HTML.
const RAW: [&str; 2] = ["<script>pwn()", "<img src=x onerror"];

fn assert_inert_html(html: &str, what: &str) {
    for raw in RAW {
        assert!(!html.contains(raw), "{what} shows {raw:?} as markup");
    }
}

fn assert_inert_calendar(ics: &str, what: &str) {
    for line in ics.split("\r\n") {
        assert!(
            !line.starts_with("X-PWN") && !line.contains("evil@example.org"),
            "{what} has a line a city wrote as a property: {line:?}"
        );
    }
}

/// Every profile of the cohort gets the payloads in each free-text field.
fn plant_in_profiles(app: &common::TestApp, cohort: &str) -> usize {
    use twinning::db::models::{invitation, profile};
    let mut conn = app.pool.get().unwrap();
    let mut planted = 0;
    for (inv, _) in invitation::of_cohort(&mut conn, &CohortId::from(cohort)).unwrap() {
        let role: ProfileRole = inv.role;
        let Some(latest) =
            profile::latest(&mut conn, &inv.city_id, &CohortId::from(cohort), role).unwrap()
        else {
            continue;
        };
        let mut p = latest.profile;
        p.organisation = LINE.to_owned();
        for c in &mut p.contacts {
            c.name = format!("{} {LINE}", c.name);
            c.role = LINE.to_owned();
        }
        for t in &mut p.themes {
            t.description = LINES.to_owned();
        }
        for u in &mut p.unavailable {
            u.label = LINE.to_owned();
        }
        let target = profile::Target {
            city_id: &inv.city_id,
            cohort_id: &CohortId::from(cohort),
            role,
            actor: "test",
        };
        profile::save(&mut conn, &target, &p, true, true).unwrap();
        planted += 1;
    }
    planted
}

#[actix_web::test]
async fn text_typed_anywhere_is_text_everywhere_it_is_shown() {
    let app = common::spawn_app_with(Backend::Sqlite, true).await;
    let cohort = fixtures::demo(&app);
    assert!(plant_in_profiles(&app, &cohort) >= 18);

    // A manager's free text: a programme, a calendar event of the cohort.
    let programme = app
        .post_json(
            "/api/programmes",
            &json!({"name": LINE, "description": LINES}),
        )
        .await;
    assert_eq!(programme.status().as_u16(), 201);
    let event = app
        .post_json(
            "/api/events",
            &json!({"cohort_id": cohort, "kind": "blackout", "label": LINE, "location": LINE,
                    "starts_on": "2025-03-03", "ends_on": "2025-03-04"}),
        )
        .await;
    assert_eq!(event.status().as_u16(), 201);

    // The Cascais delegation's first trip to Aarhus: an agenda of payloads, then moved, so
    // that publishing emails its participants.
    let visits: Value = app
        .get(&format!("/api/cohorts/{cohort}/visits"))
        .await
        .json()
        .await
        .unwrap();
    let visit = visits["visits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| {
            v["label"]
                .as_str()
                .unwrap()
                .starts_with("Cascais to Aarhus")
        })
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let agenda = app
        .client
        .put(app.url(&format!("/api/visits/{visit}/agenda")))
        .json(&json!([{"day": 1, "title": LINE, "detail": LINES}]))
        .send()
        .await
        .unwrap();
    assert_eq!(
        agenda.status().as_u16(),
        200,
        "{}",
        agenda.text().await.unwrap()
    );
    let moved = app
        .patch_json(
            &format!("/api/visits/{visit}"),
            &json!({"starts_on": "2025-06-02"}),
        )
        .await;
    assert_eq!(
        moved.status().as_u16(),
        200,
        "{}",
        moved.text().await.unwrap()
    );

    let mut browser = app.manager().await;
    let preview = browser
        .get(&format!("/console/cohorts/{cohort}/visits/preview"))
        .await;
    assert_eq!(preview.status, 200);
    assert!(
        preview.body.contains("email-preview"),
        "the move is to be told"
    );
    assert_inert_html(&preview.body, "the preview");

    let published = app
        .post_json(&format!("/api/cohorts/{cohort}/visits/publish"), &json!({}))
        .await;
    assert_eq!(published.status().as_u16(), 200);

    // Every page a manager reads.
    let rounds: Value = app
        .get(&format!("/api/cohorts/{cohort}/rounds"))
        .await
        .json()
        .await
        .unwrap();
    let invitations: Value = app
        .get(&format!("/api/cohorts/{cohort}/invitations"))
        .await
        .json()
        .await
        .unwrap();
    let mut pages = vec![
        "/console".to_owned(),
        format!("/console/cohorts/{cohort}"),
        format!("/console/cohorts/{cohort}/visits"),
        format!("/console/cohorts/{cohort}/visits/city/pt-cascais"),
        format!("/console/cohorts/{cohort}/visits/city/dk-aarhus"),
        format!("/console/visits/{visit}"),
        format!("/console/rounds/{}", rounds[0]["id"].as_str().unwrap()),
        "/console/emails".to_owned(),
    ];
    for inv in invitations.as_array().unwrap() {
        pages.push(format!(
            "/console/invitations/{}/profile",
            inv["id"].as_str().unwrap()
        ));
    }
    let emails: Value = app
        .get(&format!(
            "/api/emails?cohort={cohort}&kind=schedule&limit=500"
        ))
        .await
        .json()
        .await
        .unwrap();
    let emails = emails["items"].as_array().unwrap().clone();
    assert!(emails.len() >= 2, "the move is emailed");
    for e in &emails {
        pages.push(format!("/console/emails/{}", e["id"].as_str().unwrap()));
    }
    for path in &pages {
        let page = browser.get(path).await;
        assert_eq!(page.status, 200, "{path}");
        assert_inert_html(&page.body, path);
    }
    // The payloads are there, as text.
    let visit_page = browser.get(&format!("/console/visits/{visit}")).await;
    assert!(
        visit_page.body.contains("&#60;script&#62;pwn()"),
        "shown as text"
    );

    // Every email part.
    let mut calendars = 0;
    for e in &emails {
        let full: Value = app
            .get(&format!("/api/emails/{}", e["id"].as_str().unwrap()))
            .await
            .json()
            .await
            .unwrap();
        assert_inert_html(full["html"].as_str().unwrap(), "an email's HTML");
        assert!(!full["subject"].as_str().unwrap().contains('\n'));
        if let Some(ics) = full["calendar"].as_str() {
            assert_inert_calendar(ics, "an email's calendar");
            calendars += 1;
        }
    }
    assert!(calendars >= 2);

    // The city's own page, from a new link.
    let cascais = invitations
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["city_id"] == "pt-cascais")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let link: Value = app
        .post_json(&format!("/api/invitations/{cascais}/resend"), &json!({}))
        .await
        .json()
        .await
        .unwrap();
    let token = link["link"].as_str().unwrap().rsplit('/').next().unwrap();
    let city_page = app
        .anonymous
        .get(app.url(&format!("/invitation/{token}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_inert_html(&city_page, "the city's page");
    let city_visit = app
        .anonymous
        .get(app.url(&format!("/invitation/{token}/visits/{visit}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_inert_html(&city_visit, "the city's visit page");

    // Calendar feeds and CSV.
    for path in [
        format!("/api/cohorts/{cohort}/calendar.ics"),
        format!("/invitation/{token}/calendar.ics"),
    ] {
        let ics = app
            .client
            .get(app.url(&path))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(ics.starts_with("BEGIN:VCALENDAR"), "{path}: {ics}");
        assert_inert_calendar(&ics, &path);
    }
    let csv = app
        .get(&format!("/api/cohorts/{cohort}/profiles.csv"))
        .await
        .text()
        .await
        .unwrap();
    for record in csv::Reader::from_reader(csv.as_bytes()).records() {
        for cell in record.unwrap().iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@']),
                "a formula cell: {cell:?}"
            );
        }
    }
}
