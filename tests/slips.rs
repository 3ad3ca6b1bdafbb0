//! The small slips of issue 24, as people meet them on the pages of the example cohort:
//! one heading per page, the calendar feed as a full address to subscribe to, the console's
//! menu on its not-found page, and counts that agree with their nouns.

use crate::common;

use common::fixtures::demo;
use common::{Backend, spawn_app_with};
use serde_json::{Value, json};

/// A fresh invitation link of `city` in `cohort` (its token).
async fn link(app: &common::TestApp, cohort: &str, city: &str) -> String {
    let invitations: Value = app
        .get(&format!("/api/cohorts/{cohort}/invitations"))
        .await
        .json()
        .await
        .unwrap();
    let inv = invitations
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["city_name"] == city)
        .unwrap_or_else(|| panic!("{city}"));
    let resent: Value = app
        .post_json(
            &format!("/api/invitations/{}/resend", inv["id"].as_str().unwrap()),
            &json!({}),
        )
        .await
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

/// The addresses of the links of a page, under `prefix`.
fn links(body: &str, prefix: &str) -> Vec<String> {
    body.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|href| href.starts_with(prefix))
        .map(|href| href.split('#').next().unwrap().replace("&amp;", "&"))
        .collect()
}

#[actix_web::test]
async fn every_page_has_exactly_one_main_heading() {
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = demo(&app);
    let mut manager = app.manager().await;
    // The console's pages, found by following its links from the cohort.
    let mut queue = vec![
        "/console".to_owned(),
        format!("/console/cohorts/{cohort}"),
        format!("/console/cohorts/{cohort}/visits"),
        "/console/emails".to_owned(),
        "/console/nothing-here".to_owned(),
    ];
    let mut seen = std::collections::HashSet::new();
    while let Some(path) = queue.pop() {
        if !seen.insert(path.clone()) || seen.len() > 60 {
            continue;
        }
        let page = manager.get(&path).await;
        if page.status == 303
            || !page.headers["content-type"]
                .to_str()
                .unwrap()
                .contains("html")
        {
            continue;
        }
        assert_eq!(page.body.matches("<h1").count(), 1, "{path}: {}", page.body);
        for next in links(&page.body, "/console") {
            queue.push(next);
        }
    }
    assert!(seen.len() > 15, "{seen:?}");
    // A city's pages, and the pages of anyone.
    let token = link(&app, &cohort, "Cascais").await;
    let city = app
        .get(&format!("/invitation/{token}"))
        .await
        .text()
        .await
        .unwrap();
    let mut paths = links(&city, &format!("/invitation/{token}/visits/"));
    paths.extend([
        "/".to_owned(),
        "/login".to_owned(),
        "/nothing-here".to_owned(),
    ]);
    paths.push(format!("/invitation/{token}"));
    for path in paths {
        let body = app
            .anonymous
            .get(app.url(&path))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert_eq!(body.matches("<h1").count(), 1, "{path}: {body}");
    }
}

#[actix_web::test]
async fn the_city_page_gives_the_full_address_of_its_calendar_feed() {
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = demo(&app);
    let token = link(&app, &cohort, "Cascais").await;
    let page = app
        .get(&format!("/invitation/{token}?lang=en"))
        .await
        .text()
        .await
        .unwrap();
    let public_url = common::settings("", false).security.public_url;
    let feed = format!("{public_url}/invitation/{token}/calendar.ics");
    assert!(feed.starts_with("http"), "{feed}");
    assert!(
        page.contains(&format!(r#"<a href="{feed}"><code>{feed}</code></a>"#)),
        "{page}"
    );
    let webcal = format!("webcal://{}", feed.split_once("://").unwrap().1);
    assert!(page.contains(&format!(r#"href="{webcal}""#)), "{page}");
    assert!(page.contains("paste it where your calendar app adds a calendar"));
    // The address answers with the feed.
    let ics = app
        .anonymous
        .get(app.url(&format!("/invitation/{token}/calendar.ics")))
        .send()
        .await
        .unwrap();
    assert_eq!(ics.status().as_u16(), 200);
}

#[actix_web::test]
async fn a_page_missing_in_the_console_keeps_the_console_menu() {
    let app = spawn_app_with(Backend::Sqlite, true).await;
    demo(&app);
    let mut manager = app.manager().await;
    for path in ["/console/nothing-here", "/console/cohorts/no-such-cohort"] {
        let page = manager.get(path).await;
        assert_eq!(page.status, 404, "{path}");
        assert!(page.body.contains("This page does not exist"), "{path}");
        assert!(
            page.body.contains(r#"<nav aria-label="Console">"#),
            "{path}: {}",
            page.body
        );
        assert!(page.body.contains(r#"action="/logout""#), "{path}");
    }
    // Without a session: the login page, as before; outside the console: no menu.
    let anonymous = app
        .anonymous
        .get(app.url("/console/nothing-here"))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status().as_u16(), 303);
    let outside = manager.get("/nothing-here").await;
    assert_eq!(outside.status, 404);
    assert!(!outside.body.contains(r#"aria-label="Console""#));
}

#[actix_web::test]
async fn counts_agree_with_their_nouns() {
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = demo(&app);
    let mut manager = app.manager().await;
    let mut pages = vec![
        manager
            .get(&format!("/console/cohorts/{cohort}"))
            .await
            .body,
        manager
            .get(&format!("/console/cohorts/{cohort}/visits"))
            .await
            .body,
        manager.get("/console/emails").await.body,
    ];
    let token = link(&app, &cohort, "Cascais").await;
    let city = app
        .get(&format!("/invitation/{token}"))
        .await
        .text()
        .await
        .unwrap();
    for path in links(&city, &format!("/invitation/{token}/visits/")) {
        pages.push(app.get(&path).await.text().await.unwrap());
    }
    pages.push(city);
    for body in &pages {
        assert!(!body.contains("(s)"), "{body}");
        for noun in ["visits", "days", "hosts", "attempts", "workdays", "people"] {
            assert!(!body.contains(&format!(" 1 {noun}")), "1 {noun}: {body}");
            assert!(!body.contains(&format!(">1 {noun}")), "1 {noun}: {body}");
        }
    }
}
