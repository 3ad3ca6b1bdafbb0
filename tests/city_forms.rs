//! A city's own pages: the profile is checked before it is submitted, confirmed with a
//! reference and receipted by email; a proposal names the partner and why, and its
//! buttons give way once both cities accepted.

use crate::common;

use common::fixtures::{self, as_city};
use common::spawn_app;
use common::web::Session;
use reqwest::Method;
use serde_json::{Value, json};

/// The hidden fields of a page, unescaped.
fn hidden_fields(body: &str) -> Vec<(String, String)> {
    body.split("<input type=\"hidden\" name=\"")
        .skip(1)
        .filter_map(|rest| {
            let (name, rest) = rest.split_once('"')?;
            let value = rest.split_once("value=\"")?.1.split_once('"')?.0;
            let value = value
                .replace("&#34;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
            Some((name.to_owned(), value))
        })
        .collect()
}

const CASCAIS: [(&str, &str); 9] = [
    ("organisation", "Câmara Municipal de Cascais"),
    ("population", "214 124"),
    ("languages", "pt, en"),
    ("delegation_size", "5"),
    ("contacts[0].name", "Ana Silva"),
    ("contacts[0].email", "ana.silva@cm-cascais.pt"),
    ("contacts[0].language", "pt"),
    ("themes[0].domain", "nature"),
    ("themes[0].lever", "governance"),
];

on_both_backends!(
    a_city_checks_its_answers_then_submits_and_gets_a_receipt,
    |backend| async move {
        let app = spawn_app(backend).await;
        fixtures::cities(&app).await;
        let cohort = fixtures::cohort(&app, true).await;
        let cascais = fixtures::invite(&app, &cohort, "pt-cascais", "twin").await;
        let path = format!("/invitation/{}", cascais.token);
        let mut city = Session::new(&app.address);
        // The city reads English (its contact's emails go out in Portuguese).
        let csrf = city.get(&format!("{path}?lang=en")).await.csrf();
        let mut form: Vec<(&str, &str)> = vec![("csrf", &csrf), ("action", "submit")];
        form.extend(CASCAIS);

        // Submit shows the answers back; nothing is stored or sent.
        let check = city.post(&path, &form).await;
        assert_eq!(check.status, 200, "{}", check.body);
        assert!(check.shows("Check your answers before you submit"));
        assert!(check.shows("Câmara Municipal de Cascais"));
        assert!(check.shows("214124"), "the population as read");
        assert!(check.shows("Ana Silva <ana.silva@cm-cascais.pt>"));
        assert!(check.body.contains("formaction=\"/invitation/"));
        assert!(check.body.contains("#section-participants\""));
        let state: Value = as_city(&app, Method::GET, "/api/city/profile", &cascais.token, None)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(state["latest"], Value::Null, "the check stores nothing");

        // "Change" goes back to the form with the answers kept.
        let mut answers = hidden_fields(&check.body);
        answers.retain(|(k, _)| k != "csrf");
        let back: Vec<(&str, &str)> = [("csrf", csrf.as_str()), ("action", "change")]
            .into_iter()
            .chain(answers.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .collect();
        let changed = city.post(&path, &back).await;
        assert_eq!(changed.status, 200);
        assert!(changed.body.contains("value=\"ana.silva@cm-cascais.pt\""));
        assert!(changed.body.contains("id=\"section-participants\""));

        // Confirming submits, shows the confirmation and receipts the contacts.
        let confirm: Vec<(&str, &str)> = [("csrf", csrf.as_str()), ("action", "confirm")]
            .into_iter()
            .chain(answers.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .collect();
        let done = city.post(&path, &confirm).await;
        assert_eq!(done.status, 303, "{}", done.body);
        let location = done.location.clone().unwrap();
        assert!(location.ends_with("/submitted"), "{location}");
        let page = city.get(&location).await;
        assert!(page.shows("Profile submitted"));
        assert!(page.shows("What happens next"));
        let reference = page
            .body
            .split("id=\"reference\">")
            .nth(1)
            .unwrap()
            .split('<')
            .next()
            .unwrap()
            .to_owned();
        assert!(reference.ends_with("-V1"), "{reference}");
        assert!(page.shows("ana.silva@cm-cascais.pt"));
        let state: Value = as_city(&app, Method::GET, "/api/city/profile", &cascais.token, None)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(state["latest"]["status"], "submitted");
        assert_eq!(state["latest"]["profile"]["population"], 214124);

        let listed: Value = app
            .get(&format!("/api/emails?cohort={cohort}&kind=receipt"))
            .await
            .json()
            .await
            .unwrap();
        let items = listed["items"]
            .as_array()
            .unwrap_or_else(|| panic!("{listed}"));
        assert_eq!(items.len(), 1, "{listed}");
        let email: Value = app
            .get(&format!("/api/emails/{}", items[0]["id"].as_str().unwrap()))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(email["recipient"], "ana.silva@cm-cascais.pt", "{email}");
        assert_eq!(email["language"], "pt", "in the contact's language");
        assert!(
            email["subject"]
                .as_str()
                .unwrap()
                .starts_with("Perfil recebido: Cascais")
        );
        assert!(
            email["text"].as_str().unwrap().contains(&reference),
            "{email}"
        );
    }
);

on_both_backends!(
    a_second_click_on_submit_stores_and_sends_nothing_and_says_it_was_received,
    |backend| async move {
        let app = spawn_app(backend).await;
        fixtures::cities(&app).await;
        let cohort = fixtures::cohort(&app, true).await;
        let cascais = fixtures::invite(&app, &cohort, "pt-cascais", "twin").await;
        let path = format!("/invitation/{}", cascais.token);
        let mut city = Session::new(&app.address);
        // In English (the answers name Portuguese as the participant's language, which
        // the pages would follow otherwise).
        let csrf = city.get(&format!("{path}?lang=en")).await.csrf();
        let mut form: Vec<(&str, &str)> = vec![("csrf", &csrf), ("action", "submit")];
        form.extend(CASCAIS);
        let check = city.post(&path, &form).await;
        assert_eq!(check.status, 200, "{}", check.body);
        let mut answers = hidden_fields(&check.body);
        answers.retain(|(k, _)| k != "csrf");
        let confirm: Vec<(&str, &str)> = [("csrf", csrf.as_str()), ("action", "confirm")]
            .into_iter()
            .chain(answers.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .collect();

        // Two clicks on Submit: the same form posted twice.
        let first = city.post(&path, &confirm).await;
        assert_eq!(first.status, 303, "{}", first.body);
        let second = city.post(&path, &confirm).await;
        assert_eq!(second.status, 409, "{}", second.body);
        assert!(
            second.shows("This profile was already submitted"),
            "{}",
            second.body
        );
        assert!(second.shows("Here is what was received"));
        assert!(
            second.shows("Câmara Municipal de Cascais"),
            "the answers received"
        );
        assert!(second.shows("-V1"), "the reference of the one submission");

        let state: Value = as_city(&app, Method::GET, "/api/city/profile", &cascais.token, None)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(state["latest"]["version"], 1, "one version: {state}");
        assert_eq!(state["latest"]["status"], "submitted");
        let listed: Value = app
            .get(&format!("/api/emails?cohort={cohort}&kind=receipt"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(
            listed["items"].as_array().map(Vec::len),
            Some(1),
            "one receipt: {listed}"
        );
    }
);

on_both_backends!(
    the_form_marks_what_is_optional_and_lists_errors_in_its_order,
    |backend| async move {
        let app = spawn_app(backend).await;
        fixtures::cities(&app).await;
        let cohort = fixtures::cohort(&app, true).await;
        let cascais = fixtures::invite(&app, &cohort, "pt-cascais", "twin").await;
        let path = format!("/invitation/{}", cascais.token);
        let mut city = Session::new(&app.address);
        let page = city.get(&path).await;
        assert!(page.body.contains("Climate zone (optional)</label>"));
        assert!(
            page.body.contains("Organisation</label>"),
            "required: unmarked"
        );
        assert!(page.shows("Up to 500 characters"));
        assert!(page.shows("Up to 200 characters"));

        // Validation finds the missing organisation last; the summary lists it first, as
        // the form asks it first.
        let csrf = page.csrf();
        let mut form: Vec<(&str, &str)> = vec![("csrf", &csrf), ("action", "submit")];
        form.extend(CASCAIS.iter().filter(|(k, _)| *k != "organisation"));
        form.retain(|(k, _)| *k != "contacts[0].email");
        form.push(("contacts[0].email", "ana at cascais"));
        form.push(("interests[1]", "anything"));
        let refused = city.post(&path, &form).await;
        assert_eq!(refused.status, 422);
        let summary = refused
            .body
            .split("id=\"error-summary\"")
            .nth(1)
            .unwrap()
            .split("</ul>")
            .next()
            .unwrap();
        let links: Vec<&str> = summary
            .split("<a href=\"#")
            .skip(1)
            .map(|l| l.split('"').next().unwrap())
            .collect();
        assert_eq!(
            links,
            [
                "organisation",
                "contacts-0-email",
                "interests-0",
                "interests-1"
            ],
            "{summary}"
        );
        assert!(refused.shows("Choose the host you most want to learn from"));
    }
);

#[actix_web::test]
async fn a_proposal_names_the_partner_and_why_and_its_buttons_go_once_both_accept() {
    let app = common::spawn_app_with(common::Backend::Sqlite, true).await;
    let cohort = {
        let mut conn = app.pool.get().unwrap();
        use diesel::Connection;
        conn.transaction(|c| twinning::demo::load(c, "test"))
            .unwrap()
    };
    let round: Value = app
        .post_json(&format!("/api/cohorts/{cohort}/rounds"), &json!({}))
        .await
        .json()
        .await
        .unwrap();
    let published = app
        .post_json(
            &format!("/api/rounds/{}/publish", round["id"].as_str().unwrap()),
            &json!({}),
        )
        .await;
    assert_eq!(published.status().as_u16(), 200);
    let pair = round["report"]["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["twin"] == "Cascais")
        .unwrap()
        .clone();
    let host = pair["host"].as_str().unwrap();

    let token = fixtures::city_token(&app, cohort.as_str(), "pt-cascais", "twin").await;
    let path = format!("/invitation/{token}");
    let mut city = Session::new(&app.address);
    let page = city.get(&format!("{path}?lang=en")).await;
    assert!(
        page.shows(&format!("Your partner: {host}")),
        "{}",
        page.body
    );
    assert!(page.shows("Why you were paired"));
    assert!(page.shows(pair["explanation"].as_str().unwrap()));
    assert!(page.body.contains("km from you, suggested travel by"));
    // What the trip costs the climate, per traveller, before the city accepts it.
    let co2 = page
        .body
        .split(" kg CO₂e per traveller for the round trip")
        .next()
        .and_then(|before| before.rsplit("About ").next())
        .and_then(|n| n.replace(',', "").parse::<f64>().ok())
        .unwrap_or_else(|| panic!("no CO₂ per traveller: {}", page.body));
    assert!(co2 > 0.0, "{co2}");
    // In the city's own language the reason is Portuguese too, not the managers' English.
    let in_pt = city.get(&format!("{path}?lang=pt")).await;
    assert!(
        in_pt.shows(&format!("Cascais foi emparelhada com {host} porque")),
        "{}",
        in_pt.body
    );
    assert!(!in_pt.shows(pair["explanation"].as_str().unwrap()));
    let page = city.get(&format!("{path}?lang=en")).await;
    assert!(page.shows("What accepting means"));
    let action = page
        .body
        .split(&format!("action=\"{path}/proposals/"))
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let accepted = city
        .post(
            &format!("{path}/proposals/{action}"),
            &[("csrf", &page.csrf()), ("answer", "accept")],
        )
        .await;
    assert_eq!(accepted.status, 303);
    let waiting = city.get(&path).await;
    assert!(
        waiting.body.contains("value=\"accept\""),
        "the host has not answered"
    );

    // The host's side accepts (through the API, as any of its cities).
    let host_city = {
        let mut conn = app.pool.get().unwrap();
        twinning::db::models::invitation::host_cities_of_cohort(&mut conn, &cohort)
            .unwrap()
            .into_iter()
            .find(|(h, _)| h == pair["host_id"].as_str().unwrap())
            .unwrap()
            .1
    };
    let host_token = fixtures::city_token(&app, cohort.as_str(), host_city.as_str(), "host").await;
    let answered = as_city(
        &app,
        Method::POST,
        &format!("/api/city/proposals/{action}"),
        &host_token,
        Some(&json!({"accept": true})),
    )
    .await;
    assert_eq!(answered.status().as_u16(), 200);

    let settled = city.get(&path).await;
    assert!(settled.shows("Both cities accepted on"), "{}", settled.body);
    assert!(!settled.body.contains("value=\"accept\""));
    assert!(
        !settled
            .body
            .contains(&format!("action=\"{path}/proposals/"))
    );

    // A decline sent from a page loaded before (or forged) is refused in the city's
    // language, and the API keeps its English.
    let in_pt = city.get(&format!("{path}?lang=pt")).await;
    let late = city
        .post(
            &format!("{path}/proposals/{action}"),
            &[
                ("csrf", &in_pt.csrf()),
                ("answer", "decline"),
                ("reason", "we changed our mind"),
            ],
        )
        .await;
    assert_eq!(late.status, 409, "{}", late.body);
    assert!(
        late.shows("as duas cidades aceitaram este par em"),
        "{}",
        late.body
    );
    assert!(!late.shows("both cities accepted"), "{}", late.body);
    let by_api = as_city(
        &app,
        Method::POST,
        &format!("/api/city/proposals/{action}"),
        &host_token,
        Some(&json!({"accept": false, "reason": "changed our mind"})),
    )
    .await;
    assert_eq!(by_api.status().as_u16(), 409);
    let problem: serde_json::Value = by_api.json().await.unwrap();
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .starts_with("both cities accepted this pair on"),
        "{problem}"
    );
}
