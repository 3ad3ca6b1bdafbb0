//! Every page a manager or a city reaches, checked by axe-core (Deque's accessibility rules,
//! `make test` installs it from npm) in headless Chromium, on a desktop and on a 390 px
//! phone: any violation of any rule fails the test, each named with its page and the
//! elements at fault. The pages are found by following the console's links from its home
//! on the example cohort, plus those only a form leads to (a refusal, the check of a city's
//! answers, a confirmation, a link shown once, a save made on a stale version).
//!
//! axe is injected through WebDriver, which runs scripts outside the page's
//! Content-Security-Policy: the pages themselves still carry no script.

use crate::browser::{Step, base, browser, click, ensure, find, phone, run, start_driver, text};
use crate::common::{self, Backend, MANAGER_EMAIL, MANAGER_PASSWORD, TestApp, fixtures};
use crate::phones::{PHONE, demo};

use std::collections::{BTreeSet, HashSet};

use fantoccini::{Client, Locator};
use reqwest::Method;
use serde_json::{Value, json};

/// axe-core's script, as `.ci/deps test` installs it.
fn axe_source() -> String {
    let path = std::env::var("TWINNING_TEST_AXE").unwrap_or_else(|_| {
        format!(
            "{}/node/node_modules/axe-core/axe.min.js",
            std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into())
        )
    });
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("axe-core is missing at {path} ({e}): run `make test` or `.ci/deps test`")
    })
}

/// Runs every rule of axe on the page and answers its violations.
const RUN: &str = r#"
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']})
  .then(r => done(r.violations.map(v => ({
    id: v.id, help: v.help,
    targets: v.nodes.map(n => n.target.join(' ')),
  }))))
  .catch(e => done([{id: 'axe-error', help: String(e), targets: []}]));
"#;

/// Checks the page the browser shows now (`what` names it) and adds its violations.
async fn audit(client: &Client, axe: &str, what: &str, found: &mut Vec<String>) -> Step {
    find(client, Locator::Css("main"))
        .await
        .map_err(|e| format!("{what}: {e}"))?;
    client
        .execute(&format!("{axe}\n;return typeof axe;"), vec![])
        .await
        .map_err(|e| format!("injecting axe on {what}: {e}"))?;
    let violations = client
        .execute_async(RUN, vec![])
        .await
        .map_err(|e| format!("running axe on {what}: {e}"))?;
    for v in violations.as_array().cloned().unwrap_or_default() {
        let targets = v["targets"]
            .as_array()
            .map(|t| {
                t.iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(" | ")
            })
            .unwrap_or_default();
        found.push(format!(
            "{} on {what}: {targets} ({})",
            v["id"].as_str().unwrap_or("?"),
            v["help"].as_str().unwrap_or("")
        ));
    }
    Ok(())
}

async fn visit(
    client: &Client,
    home: &str,
    path: &str,
    axe: &str,
    found: &mut Vec<String>,
) -> Step {
    client
        .goto(&format!("{home}{path}"))
        .await
        .map_err(|e| format!("{path}: {e}"))?;
    audit(client, axe, path, found).await
}

/// The kind of a page: its path with every id-like segment (anything but lowercase
/// letters) as `{}`, and the names of its query's parameters.
fn kind(path: &str) -> String {
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let mut out = path
        .split('/')
        .map(|s| {
            if s.chars().all(|c| c.is_ascii_lowercase()) {
                s
            } else {
                "{}"
            }
        })
        .collect::<Vec<_>>()
        .join("/");
    let keys: BTreeSet<&str> = query
        .split('&')
        .filter_map(|kv| kv.split('=').next())
        .filter(|k| !k.is_empty())
        .collect();
    if !keys.is_empty() {
        out.push('?');
        out.push_str(&keys.into_iter().collect::<Vec<_>>().join("&"));
    }
    out
}

/// The addresses of a page's links under `prefix`.
fn links(body: &str, prefix: &str) -> Vec<String> {
    body.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|href| href.starts_with(prefix))
        .map(|href| href.split('#').next().unwrap().replace("&amp;", "&"))
        .collect()
}

/// One page of each kind a manager reaches by following links from `starts`, and that
/// the server answers with HTML.
async fn reachable(app: &TestApp, starts: Vec<String>) -> Vec<String> {
    let mut manager = app.manager().await;
    let (mut queue, mut kinds, mut pages) = (starts, HashSet::new(), Vec::new());
    queue.reverse();
    while let Some(path) = queue.pop() {
        if !kinds.insert(kind(&path)) {
            continue;
        }
        let page = manager.get(&path).await;
        let html = page
            .headers
            .get("content-type")
            .is_some_and(|t| t.to_str().unwrap().contains("html"));
        if page.status == 303 || !html {
            continue;
        }
        pages.push(path);
        let mut next = links(&page.body, "/console");
        next.reverse();
        queue.splice(0..0, next);
    }
    pages
}

/// A city's own pages, and what a city meets on the way: a field refused, its answers to
/// check, the confirmation, and the page a second click on Submit gets.
async fn city_forms(
    client: &Client,
    home: &str,
    token: &str,
    axe: &str,
    found: &mut Vec<String>,
) -> Step {
    let form = format!("{home}/invitation/{token}");
    client.goto(&form).await.map_err(|e| e.to_string())?;
    audit(client, axe, "a city's form (a draft)", found).await?;
    crate::browser::type_into(client, "population", "about 200k").await?;
    click(client, "button[value=submit]").await?;
    find(client, Locator::Id("population-error")).await?;
    audit(client, axe, "a city's form with a refused field", found).await?;
    crate::browser::type_into(client, "population", "214124").await?;
    click(client, "button[value=submit]").await?;
    find(client, Locator::Id("check-answers")).await?;
    audit(client, axe, "a city's answers to check", found).await?;
    // The same check in a second window, to click Submit a second time.
    let first = client.window().await.map_err(|e| e.to_string())?;
    let second = client
        .new_window(true)
        .await
        .map_err(|e| e.to_string())?
        .handle;
    client
        .switch_to_window(second.clone())
        .await
        .map_err(|e| e.to_string())?;
    client.goto(&form).await.map_err(|e| e.to_string())?;
    click(client, "button[value=submit]").await?;
    find(client, Locator::Id("check-answers")).await?;
    client
        .switch_to_window(first.clone())
        .await
        .map_err(|e| e.to_string())?;
    click(client, "button[value=confirm]").await?;
    find(client, Locator::Id("confirmation")).await?;
    audit(client, axe, "a city's confirmation", found).await?;
    client
        .switch_to_window(second)
        .await
        .map_err(|e| e.to_string())?;
    click(client, "button[value=confirm]").await?;
    let notice = text(client, "#notice").await?;
    ensure(
        // In the city's language: its participant reads Portuguese.
        notice.contains("already submitted") || notice.contains("já tinha sido submetido"),
        format!("a second Submit says so: {notice}"),
    )?;
    audit(client, axe, "a city's second Submit", found).await?;
    client.close_window().await.map_err(|e| e.to_string())?;
    client
        .switch_to_window(first)
        .await
        .map_err(|e| e.to_string())?;
    Ok(())
}

/// A city's feedback form sent empty: every field named in the summary and beside it.
async fn feedback_refused(
    client: &Client,
    home: &str,
    path: &str,
    axe: &str,
    found: &mut Vec<String>,
) -> Step {
    client
        .goto(&format!("{home}{path}"))
        .await
        .map_err(|e| e.to_string())?;
    audit(client, axe, "a city's feedback form", found).await?;
    click(client, "#feedback button[type=submit]").await?;
    find(client, Locator::Id("usefulness-error")).await?;
    audit(
        client,
        axe,
        "a city's feedback form with refused fields",
        found,
    )
    .await?;
    Ok(())
}

/// A city's travel costs form sent empty on its visit page: the amount named in the
/// summary and beside its field.
async fn costs_refused(
    client: &Client,
    home: &str,
    path: &str,
    axe: &str,
    found: &mut Vec<String>,
) -> Step {
    client
        .goto(&format!("{home}{path}"))
        .await
        .map_err(|e| e.to_string())?;
    click(client, "#costs-form button[type=submit]").await?;
    find(client, Locator::Id("amount-error")).await?;
    audit(
        client,
        axe,
        "a city's visit page with its travel costs refused",
        found,
    )
    .await?;
    Ok(())
}

/// A Twin's plan form: one more row added without JavaScript, a row refused (every wrong
/// field named in the summary and beside it), then the page to check the plan.
async fn plan_steps(
    client: &Client,
    home: &str,
    path: &str,
    axe: &str,
    found: &mut Vec<String>,
) -> Step {
    client
        .goto(&format!("{home}{path}"))
        .await
        .map_err(|e| e.to_string())?;
    click(client, "#plan button[value=add]").await?;
    find(client, Locator::Id("action-5")).await?;
    audit(client, axe, "a city's plan with a row added", found).await?;
    crate::browser::type_into(client, "actions-4-title", "Half a row").await?;
    click(client, "#plan button[value=save]").await?;
    find(client, Locator::Id("error-summary")).await?;
    audit(client, axe, "a city's plan with a refused row", found).await?;
    click(client, "#plan button[value=remove-4]").await?;
    // The row is taken out on a new page without the error summary: wait for it.
    let mut waited = 0;
    while client.find(Locator::Id("error-summary")).await.is_ok() {
        waited += 1;
        if waited > 100 {
            return Err("removing a row did not answer within 10 s".to_owned());
        }
        actix_web::rt::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    click(client, "#plan button[value=check]").await?;
    find(client, Locator::Id("submit-plan")).await?;
    audit(client, axe, "a city's plan to check", found).await?;
    Ok(())
}

/// What a manager meets only through a form: a refused login, a refused new cohort, a
/// programme saved meanwhile by someone else, a token and a link shown once, a new round.
async fn console_forms(
    client: &Client,
    app: &TestApp,
    cohort: &str,
    axe: &str,
    found: &mut Vec<String>,
) -> Step {
    let home = base(app);
    client
        .goto(&format!("{home}/console/cohorts/new"))
        .await
        .map_err(|e| e.to_string())?;
    click(client, "main form button[type=submit]").await?;
    find(client, Locator::Id("error-summary")).await?;
    audit(client, axe, "a new cohort refused", found).await?;

    let programme = app.get(&format!("/api/cohorts/{cohort}")).await;
    let programme: Value = programme.json().await.unwrap();
    let programme = programme["programme_id"].as_str().unwrap().to_owned();
    client
        .goto(&format!("{home}/console/programmes/{programme}/edit"))
        .await
        .map_err(|e| e.to_string())?;
    find(client, Locator::Id("name")).await?;
    let current: Value = app
        .get(&format!("/api/programmes/{programme}"))
        .await
        .json()
        .await
        .unwrap();
    let changed = app
        .put_json(
            &format!("/api/programmes/{programme}"),
            &json!({"name": current["name"], "description": format!("{} (changed)", current["description"].as_str().unwrap())}),
        )
        .await;
    assert_eq!(changed.status().as_u16(), 200);
    click(client, "main form button[type=submit]").await?;
    find(client, Locator::Id("meanwhile")).await?;
    audit(client, axe, "a programme saved meanwhile", found).await?;

    client
        .goto(&format!("{home}/console/tokens"))
        .await
        .map_err(|e| e.to_string())?;
    crate::browser::type_into(client, "label", "axe").await?;
    click(client, "main form[action='/console/tokens'] button").await?;
    audit(client, axe, "a new API token", found).await?;

    client
        .goto(&format!("{home}/console/cohorts/{cohort}"))
        .await
        .map_err(|e| e.to_string())?;
    // Aarhus's: the city pages use Cascais's link.
    let aarhus = "//form[contains(@action, '/resend')][.//span[contains(., 'Aarhus')]]//button";
    find(client, Locator::XPath(aarhus))
        .await?
        .click()
        .await
        .map_err(|e| format!("a new link: {e}"))?;
    find(client, Locator::Css("h1")).await?;
    audit(client, axe, "a new link", found).await?;

    client
        .goto(&format!("{home}/console/cohorts/{cohort}/rounds/new"))
        .await
        .map_err(|e| e.to_string())?;
    click(client, "main form button[type=submit]").await?;
    find(client, Locator::Css("h1")).await?;
    audit(client, axe, "a new round", found).await?;
    Ok(())
}

async fn log_in(client: &Client, home: &str, axe: &str, found: &mut Vec<String>) -> Step {
    client
        .goto(&format!("{home}/login"))
        .await
        .map_err(|e| e.to_string())?;
    crate::browser::type_into(client, "email", MANAGER_EMAIL).await?;
    crate::browser::type_into(client, "password", "not the password").await?;
    click(client, "main button[type=submit]").await?;
    find(client, Locator::Id("error-summary")).await?;
    audit(client, axe, "a refused login", found).await?;
    crate::browser::type_into(client, "email", MANAGER_EMAIL).await?;
    crate::browser::type_into(client, "password", MANAGER_PASSWORD).await?;
    click(client, "main button[type=submit]").await?;
    find(client, Locator::Css("a[href^='/console/cohorts/']")).await?;
    Ok(())
}

/// An open cohort with a city invited as `role` whose draft is complete; its link's token.
async fn draft(app: &TestApp, cohort: &str, city: &str, role: &str) -> String {
    let invited = fixtures::invite(app, cohort, city, role).await;
    let profile = if role == "host" {
        fixtures::aarhus_profile()
    } else {
        let state: Value =
            fixtures::as_city(app, Method::GET, "/api/city/profile", &invited.token, None)
                .await
                .json()
                .await
                .unwrap();
        fixtures::cascais_profile(state["hosts"][0]["id"].as_str().unwrap())
    };
    let saved = fixtures::as_city(
        app,
        Method::PUT,
        "/api/city/profile",
        &invited.token,
        Some(&json!({"profile": profile, "submit": false})),
    )
    .await;
    assert_eq!(
        saved.status().as_u16(),
        200,
        "{}",
        saved.text().await.unwrap()
    );
    invited.token
}

#[actix_web::test]
async fn axe_finds_no_violation_on_any_page_on_a_desktop_or_a_phone() {
    let axe = axe_source();
    let app = common::spawn_app_with(Backend::Sqlite, true).await;
    let d = demo(&app).await;
    let c = &d.cohort;
    // An open cohort too, for the forms a city fills before its call closes.
    let open = fixtures::cohort(&app, true).await;
    let host = draft(&app, &open, "dk-aarhus", "host").await;
    let twin = draft(&app, &open, "pt-cascais", "twin").await;

    let mut console = reachable(
        &app,
        vec![
            "/console".to_owned(),
            format!("/console/cohorts/{c}"),
            format!("/console/cohorts/{c}/visits"),
            format!("/console/cohorts/{c}/visits/preview"),
            format!("/console/cohorts/{c}/report"),
            format!("/console/rounds/{}", d.round),
            format!("/console/emails/{}", d.email),
            format!("/console/cohorts/{open}"),
            "/console/archived".to_owned(),
            "/console/people".to_owned(),
            "/console/people?email=cascais%40example.org".to_owned(),
            "/console/people/erase?email=cascais%40example.org".to_owned(),
            "/console/nothing-here".to_owned(),
        ],
    )
    .await;
    assert!(console.len() > 15, "{console:?}");
    let token = &d.token;
    let city_page = app
        .get(&format!("/invitation/{token}"))
        .await
        .text()
        .await
        .unwrap();
    let mut city = vec![
        "/".to_owned(),
        "/login".to_owned(),
        "/privacy".to_owned(),
        "/privacy?lang=pt".to_owned(),
        "/nothing-here".to_owned(),
        "/invitation/not-a-link".to_owned(),
        format!("/invitation/{token}"),
        format!("/invitation/{token}/submitted"),
    ];
    city.extend(
        links(&city_page, &format!("/invitation/{token}/visits/"))
            .into_iter()
            .filter(|l| !l.ends_with("/feedback"))
            .take(2),
    );
    // The feedback form of a visit that has ended (the example cohort is opened again: it
    // ended in May 2026), as given and, below, refused.
    {
        use diesel::prelude::*;
        use twinning::db::schema::cohorts;
        let mut conn = app.pool.get().unwrap();
        diesel::update(cohorts::table.find(c))
            .set(cohorts::ends_on.eq(chrono::Utc::now().date_naive() + chrono::Duration::days(365)))
            .execute(&mut conn)
            .unwrap();
    }
    let feedback = links(&city_page, &format!("/invitation/{token}/visits/"))
        .into_iter()
        .filter(|l| l.ends_with("/feedback"))
        .collect::<Vec<_>>();
    assert!(
        !feedback.is_empty(),
        "the city's page links to its feedback forms"
    );
    city.extend(feedback.first().cloned());
    // The Replication Plan of Cascais (the demo's, accepted; the cohort is open again).
    assert!(
        city_page.contains(&format!("/invitation/{token}/plan")),
        "the city's page links to its plan"
    );
    city.push(format!("/invitation/{token}/plan"));
    let plan_form = format!("/invitation/{token}/plan");
    // The visit Cascais travels on: its page has the travel costs form.
    let costs_page = format!("/invitation/{token}/visits/{}", d.visit);
    city.push(costs_page.clone());
    let feedback_form = feedback.last().cloned().unwrap();
    // Pages of a kind already seen that differ in what they show: a cohort whose call is
    // open, the confirmation of a round's publish.
    console.extend([
        format!("/console/cohorts/{open}"),
        format!("/console/rounds/{}/publish", d.round),
    ]);

    let driver = start_driver();
    let home = base(&app);
    let mut found = Vec::new();
    for (width, city_token) in [("desktop", &twin), ("phone", &host)] {
        let client = if width == "phone" {
            phone(&driver, PHONE).await
        } else {
            browser(&driver).await
        };
        let mut here = Vec::new();
        let steps = async {
            for path in &city {
                visit(&client, &home, path, &axe, &mut here).await?;
            }
            city_forms(&client, &home, city_token, &axe, &mut here).await?;
            feedback_refused(&client, &home, &feedback_form, &axe, &mut here).await?;
            plan_steps(&client, &home, &plan_form, &axe, &mut here).await?;
            costs_refused(&client, &home, &costs_page, &axe, &mut here).await?;
            log_in(&client, &home, &axe, &mut here).await?;
            for path in &console {
                visit(&client, &home, path, &axe, &mut here).await?;
            }
            console_forms(&client, &app, c, &axe, &mut here).await?;
            Ok(())
        };
        run(&format!("axe_{width}"), &client, steps).await;
        found.extend(here.into_iter().map(|v| format!("[{width}] {v}")));
    }
    assert!(
        found.is_empty(),
        "{} violations:\n{}",
        found.len(),
        found.join("\n")
    );
}
