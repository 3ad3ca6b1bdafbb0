//! Actions that ask before they broadcast, and what a manager edits in the console: the
//! publish of a round's pairs and of a schedule, and revoking a link, each show a page
//! with the counts and send nothing until it is confirmed; a programme and a cohort are
//! edited with the create forms' checks, and not while archived.

use crate::common;

use common::fixtures::demo;
use common::web::{Page, Session, escape};
use common::{Backend, spawn_app_with};
use serde_json::{Value, json};

/// The example cohort without any round; its id.
fn example(app: &common::TestApp) -> String {
    let mut conn = app.pool.get().unwrap();
    use diesel::Connection;
    conn.transaction(|c| twinning::demo::load(c, "test"))
        .unwrap()
        .into()
}

/// How many emails the outbox holds for a cohort.
async fn outbox(app: &common::TestApp, cohort: &str) -> i64 {
    let response = app
        .get(&format!("/api/emails?limit=1&cohort={cohort}"))
        .await;
    assert_eq!(response.status().as_u16(), 200);
    let list: Value = response.json().await.unwrap();
    list["total"].as_i64().unwrap()
}

/// The number just before `words` on the page ("24 emails to" gives 24).
fn number_before(page: &Page, words: &str) -> i64 {
    let at = page
        .body
        .find(&escape(words))
        .unwrap_or_else(|| panic!("the page does not say {words:?}: {}", page.body));
    let before = page.body[..at].trim_end();
    let digits: String = before
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("no number before {words:?}: {}", page.body))
}

/// The action of the page's confirmation form (the first form that is not the logout form
/// of the navigation).
fn confirm_action(page: &Page) -> String {
    let marker = "<form method=\"post\" action=\"";
    page.body
        .match_indices(marker)
        .map(|(at, m)| {
            let rest = &page.body[at + m.len()..];
            rest[..rest.find('"').unwrap()].replace("&#38;", "&")
        })
        .find(|action| action != "/logout")
        .expect("a confirmation form")
}

#[actix_web::test]
async fn publishing_a_rounds_pairs_says_how_many_and_who_is_emailed_and_sends_only_once_confirmed()
{
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = example(&app);
    let round: Value = app
        .post_json(&format!("/api/cohorts/{cohort}/rounds"), &json!({}))
        .await
        .json()
        .await
        .unwrap();
    let id = round["id"].as_str().unwrap();
    let pairs = round["report"]["pairs"].as_array().unwrap().len();
    assert!(pairs > 1, "{round}");
    let mut manager = app.manager().await;

    // The round's page links to the confirmation; it is not a form that publishes.
    let shown = manager.get(&format!("/console/rounds/{id}")).await;
    assert!(
        shown
            .body
            .contains(&format!("href=\"/console/rounds/{id}/publish\"")),
        "{}",
        shown.body
    );
    assert!(shown.shows(&format!("{pairs} pairs")));
    let before = outbox(&app, &cohort).await;
    let asked = manager.get(&format!("/console/rounds/{id}/publish")).await;
    assert_eq!(asked.status, 200, "{}", asked.body);
    assert!(
        asked.shows(&format!("{pairs} pairs will be published")),
        "{}",
        asked.body
    );
    let emails = number_before(&asked, " emails to ");
    let people = number_before(&asked, " people in ");
    let cities = number_before(&asked, " cities.");
    assert_eq!(
        emails,
        2 * pairs as i64,
        "one email to each side of each pair"
    );
    assert!(people <= emails && cities <= 2 * pairs as i64);
    assert!(asked.shows(&format!("Publish {pairs} pairs and send {emails} emails")));
    // Asking sent nothing and published nothing.
    assert_eq!(outbox(&app, &cohort).await, before);
    let proposals: Value = app
        .get(&format!("/api/cohorts/{cohort}/proposals"))
        .await
        .json()
        .await
        .unwrap();
    assert!(proposals.as_array().unwrap().is_empty(), "{proposals}");

    // Confirming publishes, and sends what the page said.
    let action = confirm_action(&asked);
    assert_eq!(action, format!("/console/rounds/{id}/publish"));
    let done = manager.post(&action, &[("csrf", &asked.csrf())]).await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(outbox(&app, &cohort).await, before + emails);
    let again = manager.get(&format!("/console/rounds/{id}")).await;
    assert!(again.body.contains("id=\"published\""));
    // A published round has nothing left to confirm.
    let late = manager.get(&format!("/console/rounds/{id}/publish")).await;
    assert_eq!(late.status, 409);
    assert!(late.shows("is already published"), "{}", late.body);
}

#[actix_web::test]
async fn publishing_the_schedule_says_what_changed_and_sends_only_the_schedule_confirmed() {
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = demo(&app);
    let mut manager = app.manager().await;
    let plan: Value = app
        .get(&format!("/api/cohorts/{cohort}/visits"))
        .await
        .json()
        .await
        .unwrap();
    let visit = |label: &str| {
        plan["visits"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["label"] == label)
            .unwrap_or_else(|| panic!("no visit {label}"))["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let moved = app
        .patch_json(
            &format!("/api/visits/{}", visit("Cascais to Aarhus, trip 1")),
            &json!({"starts_on": "2025-06-02"}),
        )
        .await;
    assert_eq!(moved.status().as_u16(), 200);

    // The visits page and the preview both lead to the confirmation.
    let visits = manager
        .get(&format!("/console/cohorts/{cohort}/visits"))
        .await;
    let confirm_link = format!("href=\"/console/cohorts/{cohort}/visits/publish\"");
    assert!(visits.body.contains(&confirm_link), "{}", visits.body);
    assert!(
        visits.shows("(1 change for participants;"),
        "{}",
        visits.body
    );
    let preview = manager
        .get(&format!("/console/cohorts/{cohort}/visits/preview"))
        .await;
    assert!(preview.body.contains(&confirm_link), "{}", preview.body);
    assert!(preview.shows("Publishing now sends 2 emails,"));

    let before = outbox(&app, &cohort).await;
    let asked = manager
        .get(&format!("/console/cohorts/{cohort}/visits/publish"))
        .await;
    assert_eq!(asked.status, 200, "{}", asked.body);
    assert!(
        asked.shows("1 visit changed since participants were last told; 2 emails to 2 people"),
        "{}",
        asked.body
    );
    assert!(asked.shows("Publish and send 2 emails"));
    assert_eq!(outbox(&app, &cohort).await, before, "asking sent nothing");

    // Another change after the page was shown: confirming it sends nothing, and the page
    // says what publishing does now.
    let other = app
        .patch_json(
            &format!("/api/visits/{}", visit("Cascais to Aarhus, trip 1")),
            &json!({"starts_on": "2025-05-26"}),
        )
        .await;
    assert_eq!(
        other.status().as_u16(),
        200,
        "{}",
        other.text().await.unwrap()
    );
    let action = confirm_action(&asked);
    let schedule = common::web::hidden(&asked.body, "schedule").expect("the schedule's tag");
    let stale = manager
        .post(&action, &[("csrf", &asked.csrf()), ("schedule", &schedule)])
        .await;
    assert_eq!(stale.status, 412, "{}", stale.body);
    assert!(stale.shows("The schedule changed since that page was shown"));
    assert!(stale.shows("1 visit changed since participants were last told; 2 emails"));
    assert_eq!(outbox(&app, &cohort).await, before, "nothing was sent");

    // Confirming what it shows now publishes exactly that.
    let schedule = common::web::hidden(&stale.body, "schedule").unwrap();
    let done = manager
        .post(&action, &[("csrf", &stale.csrf()), ("schedule", &schedule)])
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    let to = done.location.unwrap();
    assert!(to.ends_with("published=1&emails=2"), "{to}");
    assert_eq!(outbox(&app, &cohort).await, before + 2);
    let notice = manager.get(&to).await;
    assert!(
        notice.shows("Published: 1 visit change recorded; 2 emails to their participants queued"),
        "{}",
        notice.body
    );
}

#[actix_web::test]
async fn revoking_a_link_asks_first_and_says_nobody_is_emailed() {
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = example(&app);
    let mut manager = app.manager().await;
    let invitations: Value = app
        .get(&format!("/api/cohorts/{cohort}/invitations"))
        .await
        .json()
        .await
        .unwrap();
    let cascais = invitations
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["city_id"] == "pt-cascais" && i["role"] == "twin")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // A link the city holds now.
    let renewed: Value = app
        .post_json(&format!("/api/invitations/{cascais}/resend"), &json!({}))
        .await
        .json()
        .await
        .unwrap();
    let link = renewed["link"].as_str().unwrap().to_owned();
    let path = &link[link.find("/invitation/").unwrap()..];
    let mut city = Session::new(&app.address);
    assert_eq!(city.get(path).await.status, 200);

    let page = manager.get(&format!("/console/cohorts/{cohort}")).await;
    let revoke = format!("/console/invitations/{cascais}/revoke");
    assert!(
        page.body.contains(&format!("href=\"{revoke}\"")),
        "{}",
        page.body
    );
    let before = outbox(&app, &cohort).await;
    let asked = manager.get(&revoke).await;
    assert_eq!(asked.status, 200, "{}", asked.body);
    assert!(
        asked.shows("Cascais's link (as Twin) stops working at once; nobody is emailed."),
        "{}",
        asked.body
    );
    // Asking changed nothing.
    assert_eq!(city.get(path).await.status, 200);

    let done = manager
        .post(&confirm_action(&asked), &[("csrf", &asked.csrf())])
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(city.get(path).await.status, 404);
    assert_eq!(outbox(&app, &cohort).await, before, "nobody was emailed");
}

/// The cohort form's fields as the edit page shows them, to send back.
pub(crate) fn form_fields(page: &Page) -> Vec<(String, String)> {
    let mut out = vec![("csrf".to_owned(), page.csrf())];
    if let Some(version) = common::web::hidden(&page.body, "version") {
        out.push(("version".to_owned(), version));
    }
    for (at, _) in page.body.match_indices("<input id=\"") {
        let tag = &page.body[at..at + page.body[at..].find('>').unwrap()];
        let attr = |name: &str| {
            let marker = format!(" {name}=\"");
            tag.find(&marker).map(|i| {
                let rest = &tag[i + marker.len()..];
                rest[..rest.find('"').unwrap()].replace("&#45;", "-")
            })
        };
        if let (Some(name), Some(value)) = (attr("name"), attr("value")) {
            out.push((name, value));
        }
    }
    for (at, _) in page.body.match_indices("<select id=\"") {
        let rest = &page.body[at..];
        let name_at = rest.find("name=\"").unwrap() + 6;
        let name = rest[name_at..name_at + rest[name_at..].find('"').unwrap()].to_owned();
        let chosen = rest.find(" selected>").unwrap();
        let value_at = rest[..chosen].rfind("value=\"").unwrap() + 7;
        let value = rest[value_at..value_at + rest[value_at..].find('"').unwrap()].to_owned();
        out.push((name, value));
    }
    let area = page.body.find("name=\"blackouts\"").unwrap();
    let open = area + page.body[area..].find('>').unwrap() + 1;
    let close = open + page.body[open..].find("</textarea>").unwrap();
    out.push(("blackouts".to_owned(), page.body[open..close].to_owned()));
    out
}

pub(crate) fn with(fields: &[(String, String)], changes: &[(&str, &str)]) -> Vec<(String, String)> {
    fields
        .iter()
        .map(|(k, v)| {
            let v = changes
                .iter()
                .find(|(name, _)| name == k)
                .map(|(_, new)| (*new).to_owned())
                .unwrap_or_else(|| v.clone());
            (k.clone(), v)
        })
        .collect()
}

pub(crate) async fn send(session: &mut Session, path: &str, fields: &[(String, String)]) -> Page {
    let form: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    session.post(path, &form).await
}

#[actix_web::test]
async fn a_manager_edits_a_cohort_with_the_create_forms_checks_and_not_once_it_is_archived() {
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = example(&app);
    let mut manager = app.manager().await;
    let page = manager.get(&format!("/console/cohorts/{cohort}")).await;
    let edit = format!("/console/cohorts/{cohort}/edit");
    assert!(page.body.contains(&format!("href=\"{edit}\"")));
    let form = manager.get(&edit).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let fields = form_fields(&form);
    let value = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .unwrap_or_else(|| panic!("no field {name}: {fields:?}"))
            .1
            .clone()
    };
    let before: Value = app
        .get(&format!("/api/cohorts/{cohort}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(value("name"), before["name"].as_str().unwrap());
    assert_eq!(value("ends_on"), before["ends_on"].as_str().unwrap());
    assert_eq!(
        value("modules[2].starts_on"),
        before["modules"][2]["starts_on"].as_str().unwrap()
    );

    // Wrong values: the summary names each, and nothing is saved.
    let wrong = with(
        &fields,
        &[
            ("call_closes", "someday"),
            ("visit_rules.days", "three"),
            ("blackouts", "2025-08-01 Summer"),
        ],
    );
    let refused = send(&mut manager, &edit, &wrong).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.body.contains("id=\"error-summary\""));
    for anchor in [
        "href=\"#call-closes\"",
        "href=\"#visit-rules-days\"",
        "href=\"#blackouts\"",
    ] {
        assert!(refused.body.contains(anchor), "{anchor}: {}", refused.body);
    }
    assert!(refused.shows("\"someday\" is not a date"));
    assert!(refused.shows("line 1: the dates must be YYYY-MM-DD"));
    // Well-formed values the cohort rules refuse: named too.
    let ends = value("starts_on");
    let refused = send(
        &mut manager,
        &edit,
        &with(&fields, &[("name", " "), ("ends_on", &ends)]),
    )
    .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.body.contains("href=\"#name\""), "{}", refused.body);
    let unchanged: Value = app
        .get(&format!("/api/cohorts/{cohort}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(unchanged["name"], before["name"]);

    // Valid values are saved, with the blackout dates of the cohort.
    let right = with(
        &fields,
        &[
            ("name", "Twinning cohort, renamed"),
            ("visit_rules.min_gap_days", "45"),
            ("blackouts", "2025-08-01 2025-08-15 Summer break"),
        ],
    );
    let saved = send(&mut manager, &edit, &right).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let shown = manager.get(saved.location.as_deref().unwrap()).await;
    assert!(shown.shows("Twinning cohort, renamed"));
    assert!(shown.shows("Saved"));
    assert!(shown.shows("Summer break: 2025-08-01 to 2025-08-15 (blackout)"));
    let after: Value = app
        .get(&format!("/api/cohorts/{cohort}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(after["name"], "Twinning cohort, renamed");
    assert_eq!(after["visit_rules"]["min_gap_days"], 45);
    // The form shows the blackout as it was typed, to change it again.
    let again = manager.get(&edit).await;
    assert!(again.shows("2025-08-01 2025-08-15 Summer break"));

    // Archived: the form is refused with the reason, and so is a save.
    let archived = app
        .post_json(&format!("/api/cohorts/{cohort}/archive"), &json!({}))
        .await;
    assert_eq!(archived.status().as_u16(), 200);
    let closed = manager.get(&edit).await;
    assert_eq!(closed.status, 409, "{}", closed.body);
    assert!(closed.shows("the cohort is archived"), "{}", closed.body);
    let token = manager
        .get(&format!("/console/cohorts/{cohort}"))
        .await
        .csrf();
    let mut late = with(&right, &[("name", "Changed while archived")]);
    for (k, v) in late.iter_mut() {
        if k == "csrf" {
            *v = token.clone();
        }
    }
    let refused = send(&mut manager, &edit, &late).await;
    assert_eq!(refused.status, 409, "{}", refused.body);
    assert!(refused.shows("the cohort is archived"), "{}", refused.body);
    let still: Value = app
        .get(&format!("/api/cohorts/{cohort}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(still["name"], "Twinning cohort, renamed");
}

#[actix_web::test]
async fn a_manager_renames_a_programme_with_the_create_forms_checks() {
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = example(&app);
    let programme = {
        let c: Value = app
            .get(&format!("/api/cohorts/{cohort}"))
            .await
            .json()
            .await
            .unwrap();
        c["programme_id"].as_str().unwrap().to_owned()
    };
    let mut manager = app.manager().await;
    let home = manager.get("/console").await;
    let edit = format!("/console/programmes/{programme}/edit");
    assert!(home.body.contains(&format!("href=\"{edit}\"")));
    let form = manager.get(&edit).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let refused = manager
        .post(
            &edit,
            &[("csrf", &form.csrf()), ("name", ""), ("description", "x")],
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.body.contains("href=\"#name\""), "{}", refused.body);
    let saved = manager
        .post(
            &edit,
            &[
                ("csrf", &form.csrf()),
                ("name", "Cities Mission twinning"),
                ("description", "Peer learning between cities."),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let home = manager.get("/console").await;
    assert!(home.shows("Cities Mission twinning"));
    assert!(home.shows("Peer learning between cities."));
    let api: Value = app
        .get(&format!("/api/programmes/{programme}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(api["name"], "Cities Mission twinning");

    // Archived: refused with the reason.
    let archived = app
        .post_json(&format!("/api/programmes/{programme}/archive"), &json!({}))
        .await;
    assert_eq!(archived.status().as_u16(), 200);
    let closed = manager.get(&edit).await;
    assert_eq!(closed.status, 409, "{}", closed.body);
    assert!(closed.shows("the programme is archived"), "{}", closed.body);
}
