//! The service faced as a hostile client would face it: oversized and malformed input,
//! markup and formulas in free text, line breaks in names, forged addresses, redirects off
//! the site, methods nobody serves. Each test fails against a service without the defence
//! it names.

use crate::common;

use common::web::{Session, hidden};
use common::{Backend, MANAGER_EMAIL, MANAGER_PASSWORD, fixtures, problem, spawn_app};
use reqwest::Method;
use serde_json::{Value, json};

/// The headers every answer must carry.
fn assert_security_headers(headers: &reqwest::header::HeaderMap, what: &str) {
    let get = |name: &str| {
        headers
            .get(name)
            .unwrap_or_else(|| panic!("{what}: no {name}"))
            .to_str()
            .unwrap()
            .to_owned()
    };
    let csp = get("content-security-policy");
    assert!(csp.contains("frame-ancestors 'none'"), "{what}: {csp}");
    assert!(csp.contains("default-src 'none'"), "{what}: {csp}");
    assert!(
        !csp.contains("script-src"),
        "{what}: no script at all: {csp}"
    );
    assert_eq!(get("x-content-type-options"), "nosniff", "{what}");
    assert_eq!(get("x-frame-options"), "DENY", "{what}");
    assert_eq!(get("referrer-policy"), "no-referrer", "{what}");
}

#[actix_web::test]
async fn every_answer_carries_the_security_headers() {
    let app = spawn_app(Backend::Sqlite).await;
    for path in [
        "/",
        "/login",
        "/api/cities",
        "/api/nowhere",
        "/nowhere",
        "/health",
    ] {
        let response = app.anonymous.get(app.url(path)).send().await.unwrap();
        assert_security_headers(response.headers(), path);
    }
    let page = app.manager().await.get("/console").await;
    assert_security_headers(&page.headers, "/console");
}

#[actix_web::test]
async fn head_is_answered_as_get_and_trace_is_refused() {
    let app = spawn_app(Backend::Sqlite).await;
    let head = app
        .anonymous
        .head(app.url("/api/cities"))
        .send()
        .await
        .unwrap();
    assert_eq!(head.status().as_u16(), 200);
    assert_eq!(head.headers()["content-type"], "application/json");
    // On one connection: the answer to HEAD carries no body, so the next answer is read
    // right (a body would be taken for the start of the next answer).
    let raw = {
        use std::io::{Read, Write};
        let address = app.address.trim_start_matches("http://").to_owned();
        actix_web::rt::task::spawn_blocking(move || {
            let mut s = std::net::TcpStream::connect(address).unwrap();
            s.write_all(
                b"HEAD /api/cities HTTP/1.1\r\nHost: x\r\n\r\nGET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            )
            .unwrap();
            let mut out = String::new();
            s.read_to_string(&mut out).unwrap();
            out
        })
        .await
        .unwrap()
    };
    let answers: Vec<&str> = raw.split("HTTP/1.1 ").skip(1).collect();
    assert_eq!(answers.len(), 2, "{raw}");
    assert!(
        answers[0].ends_with("\r\n\r\n"),
        "HEAD answered with a body: {raw}"
    );
    assert!(answers[1].starts_with("200"), "{raw}");

    let trace = Method::from_bytes(b"TRACE").unwrap();
    let api = app
        .anonymous
        .request(trace.clone(), app.url("/api/cities"))
        .send()
        .await
        .unwrap();
    assert!(api.headers()["allow"].to_str().unwrap().contains("GET"));
    problem(api, 405).await;
    let page = app
        .anonymous
        .request(trace, app.url("/"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status().as_u16(), 405);
    // A method a resource does not answer: 405 as problem+json, not a bare answer.
    let put = app
        .anonymous
        .put(app.url("/api/emails/resend-failed"))
        .send()
        .await
        .unwrap();
    assert_eq!(put.status().as_u16(), 405);
    assert_eq!(put.headers()["content-type"], "application/problem+json");
}

#[actix_web::test]
async fn credentials_are_checked_before_the_body() {
    let app = spawn_app(Backend::Sqlite).await;
    for token in [Some("not-a-token"), None] {
        let mut request = app
            .anonymous
            .post(app.url("/api/cities"))
            .header("Content-Type", "application/json")
            .body("{ this is not JSON");
        if let Some(t) = token {
            request = request.header("Authorization", format!("Bearer {t}"));
        }
        problem(request.send().await.unwrap(), 401).await;
    }
    // A public read does not care what token a client sends everywhere (a city's, say).
    let read = app
        .anonymous
        .get(app.url("/api/cities"))
        .header("Authorization", "Bearer not-a-managers-token")
        .send()
        .await
        .unwrap();
    assert_eq!(read.status().as_u16(), 200);
}

#[actix_web::test]
async fn a_body_over_its_limit_is_a_problem_and_stores_nothing() {
    let app = spawn_app(Backend::Sqlite).await;
    let huge = json!({"name": "x".repeat(300 * 1024), "description": ""});
    let body = problem(app.post_json("/api/programmes", &huge).await, 413).await;
    assert!(
        body["detail"].as_str().unwrap().contains("256 KB"),
        "{body}"
    );
    let cohort = {
        fixtures::cities(&app).await;
        fixtures::cohort(&app, true).await
    };
    let csv = format!("city_id,role\n{}", "dk-aarhus,host\n".repeat(200_000));
    let too_big = app
        .post_raw(
            &format!("/api/cohorts/{cohort}/invitations/csv"),
            "text/csv",
            &csv,
        )
        .await;
    problem(too_big, 413).await;
    let listed: Value = app.get("/api/programmes").await.json().await.unwrap();
    assert_eq!(listed["total"], 1, "only the fixture's programme");
    let invited: Value = app
        .get(&format!("/api/cohorts/{cohort}/invitations"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(invited.as_array().map(Vec::len), Some(0), "{invited}");
}

#[actix_web::test]
async fn a_nul_character_is_refused_by_its_field_and_its_spelling_is_just_text() {
    let app = spawn_app(Backend::Sqlite).await;
    let real = app
        .post_raw(
            "/api/programmes",
            "application/json",
            r#"{"name": "a\u0000b", "description": ""}"#,
        )
        .await;
    let body = problem(real, 422).await;
    assert_eq!(body["field"], "name", "{body}");
    // The six characters \u0000 typed out (an escaped backslash) are text like any other.
    let spelt = app
        .post_raw(
            "/api/programmes",
            "application/json",
            r#"{"name": "escape \\u0000 in C", "description": ""}"#,
        )
        .await;
    assert_eq!(spelt.status().as_u16(), 201);
    let created: Value = spelt.json().await.unwrap();
    assert_eq!(created["name"], "escape \\u0000 in C");
}

#[actix_web::test]
async fn a_login_form_of_any_size_costs_the_service_little() {
    let app = spawn_app(Backend::Sqlite).await;
    let mut browser = Session::new(&app.address);
    let csrf = browser.get("/login").await.csrf();
    let email = format!("{}@example.org", "x".repeat(200 * 1024));
    let page = browser
        .post(
            "/login",
            &[("csrf", &csrf), ("email", &email), ("password", "p")],
        )
        .await;
    assert_eq!(page.status, 413);
    assert!(page.body.contains("larger than 4 KB"), "{}", page.body);
    assert!(
        page.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    // An address longer than any address is refused by its field, and counted.
    let long = format!("{}@example.org", "x".repeat(300));
    let page = browser
        .post(
            "/login",
            &[("csrf", &csrf), ("email", &long), ("password", "p")],
        )
        .await;
    assert_eq!(page.status, 422);
    assert!(page.shows("an email address has at most 254 characters"));
}

#[actix_web::test]
async fn an_attacker_on_the_managers_email_does_not_lock_the_manager_out_of_their_browser() {
    let app = spawn_app(Backend::Sqlite).await;
    // The manager's own browser has logged in before, and logged out.
    let mut usual = Session::new(&app.address);
    usual.login(MANAGER_EMAIL, MANAGER_PASSWORD).await;
    assert!(usual.cookies.contains_key("twinning_device"));
    assert!(
        usual
            .set_cookies
            .iter()
            .any(|c| c.starts_with("twinning_device=") && c.contains("HttpOnly"))
    );
    let console = usual.get("/console").await;
    let logout = usual.post("/logout", &[("csrf", &console.csrf())]).await;
    assert_eq!(logout.status, 303);

    // Someone else guesses until the email is locked for every unknown browser.
    let mut attacker = Session::new(&app.address);
    let csrf = attacker.get("/login").await.csrf();
    let mut statuses = Vec::new();
    for password in [
        "guess one",
        "guess two",
        "guess 3",
        "guess 4",
        "guess 5",
        MANAGER_PASSWORD,
    ] {
        let page = attacker
            .post(
                "/login",
                &[
                    ("csrf", &csrf),
                    ("email", MANAGER_EMAIL),
                    ("password", password),
                ],
            )
            .await;
        statuses.push(page.status);
    }
    // (The manager's own first login counted for this client address too.)
    assert_eq!(statuses.first(), Some(&401));
    assert_eq!(statuses.last(), Some(&429), "{statuses:?}");

    // The manager, from the browser they use, still gets in.
    usual.login(MANAGER_EMAIL, MANAGER_PASSWORD).await;
}

/// Five failed logins with five different emails from `client`, then one more from
/// `other`; the status of the last.
async fn after_five_from(app: &common::TestApp, client: &str, other: &str) -> u16 {
    let mut browser = Session::new(&app.address);
    let csrf = browser.get("/login").await.csrf();
    let client_for = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let cookie = browser
        .cookies
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ");
    let mut last = 0;
    for (i, from) in std::iter::repeat_n(client, 5).chain([other]).enumerate() {
        last = client_for
            .post(app.url("/login"))
            .header("Cookie", &cookie)
            .header("X-Forwarded-For", from)
            .form(&[
                ("csrf", csrf.as_str()),
                ("email", &format!("nobody{i}@example.org")),
                ("password", "guess guess"),
            ])
            .send()
            .await
            .unwrap()
            .status()
            .as_u16();
    }
    last
}

#[actix_web::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_login_limit() {
    let direct = spawn_app(Backend::Sqlite).await;
    // Without a trusted proxy the header is a client's word: ignored, one limit for all.
    assert_eq!(
        after_five_from(&direct, "203.0.113.1", "203.0.113.2").await,
        429
    );
    let proxied = common::spawn_app_tuned(Backend::Sqlite, false, |s| {
        s.security.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
    })
    .await;
    assert_eq!(
        after_five_from(&proxied, "203.0.113.1", "203.0.113.2").await,
        401
    );
    // A client that writes its own X-Forwarded-For before the proxy's gains nothing: the
    // proxy's entry, the last, is the one read.
    assert_eq!(
        after_five_from(&proxied, "203.0.113.1", "203.0.113.2, 203.0.113.1").await,
        429
    );
}

#[actix_web::test]
async fn after_login_only_a_path_of_this_site_is_followed() {
    let app = spawn_app(Backend::Sqlite).await;
    let mut browser = Session::new(&app.address);
    let page = browser.get("/login?next=/%09/evil.example/p").await;
    assert_eq!(hidden(&page.body, "next").as_deref(), Some("/console"));
    let csrf = page.csrf();
    for next in [
        "/\t/evil.example/p",
        "//evil.example",
        "/console\r\nSet-Cookie: x=1",
    ] {
        let done = browser
            .post(
                "/login",
                &[
                    ("csrf", &csrf),
                    ("email", MANAGER_EMAIL),
                    ("password", MANAGER_PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(done.status, 303, "{next:?}: {}", done.body);
        assert_eq!(done.location.as_deref(), Some("/console"), "{next:?}");
        assert!(browser.cookies.contains_key("twinning_session"));
    }
}

#[actix_web::test]
async fn markup_in_a_calendar_event_is_shown_as_text_on_the_visits_calendar() {
    let app = common::spawn_app_with(Backend::Sqlite, true).await;
    let cohort = fixtures::demo(&app);
    let payload = "<script>alert(1)</script>\"><svg onload=alert(2)>";
    let created = app
        .post_json(
            "/api/events",
            &json!({"cohort_id": cohort, "kind": "blackout", "label": "Strike",
                    "location": payload, "starts_on": "2025-03-03", "ends_on": "2025-03-04"}),
        )
        .await;
    assert_eq!(
        created.status().as_u16(),
        201,
        "{}",
        created.text().await.unwrap()
    );
    let page = app
        .manager()
        .await
        .get(&format!("/console/cohorts/{cohort}/visits"))
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Strike"), "the event is on the calendar");
    assert!(
        !page.body.contains("<script>alert(1)"),
        "script in the page"
    );
    assert!(!page.body.contains("<svg onload"), "markup in the page");
    assert!(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[actix_web::test]
async fn a_line_break_in_a_name_is_refused_and_never_jams_the_email_worker() {
    let app = spawn_app(Backend::Sqlite).await;
    fixtures::cities(&app).await;
    let cohort = fixtures::cohort(&app, true).await;
    let aarhus = fixtures::invite(&app, &cohort, "dk-aarhus", "host").await;
    let mut profile = fixtures::aarhus_profile();
    profile["contacts"][0]["name"] = json!("Mette\r\nBcc: everyone@example.org");
    let saved = fixtures::as_city(
        &app,
        Method::PUT,
        "/api/city/profile",
        &aarhus.token,
        Some(&json!({"profile": profile, "submit": true})),
    )
    .await;
    let body = problem(saved, 422).await;
    let errors = body["errors"].as_array().unwrap();
    assert!(
        errors.iter().any(|e| e["field"] == "contacts[0].name"
            && e["message"].as_str().unwrap().contains("one line")),
        "{body}"
    );

    // A message already in the outbox with such a name (written before this check) is
    // sent with the name on one line; the worker goes on with the others.
    let draft =
        |name: &str, to: &str| fixtures::test_email(to, name, "Line\r\nBcc: everyone@example.org");
    {
        let mut conn = app.pool.get().unwrap();
        twinning::mail::enqueue(
            &mut conn,
            vec![
                draft("Mette\r\nBcc: everyone@example.org", "mette@aarhus.dk"),
                draft("Ana", "ana@cm-cascais.pt"),
            ],
            &common::letterhead(),
            "test",
        )
        .unwrap();
    }
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let listed: Value = app.get("/api/emails?kind=test").await.json().await.unwrap();
        let items = listed["items"].as_array().unwrap().clone();
        if items.len() == 2 && items.iter().all(|e| e["status"] == "sent") {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "both emails should be sent: {listed}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let outbox = app.outbox_dir();
    let mut to_mette = 0;
    for entry in std::fs::read_dir(outbox).unwrap() {
        let eml = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let head = eml.split("\r\n\r\n").next().unwrap();
        assert!(
            !head
                .lines()
                .any(|l| l.to_ascii_lowercase().starts_with("bcc:")),
            "a Bcc header was injected:\n{head}"
        );
        to_mette += usize::from(head.contains("<mette@aarhus.dk>"));
    }
    assert_eq!(to_mette, 1);
}

/// The cells of a CSV answer.
fn cells(csv: &str) -> Vec<Vec<String>> {
    csv::Reader::from_reader(csv.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[actix_web::test]
async fn a_formula_typed_by_a_city_is_text_in_every_csv_export() {
    let app = spawn_app(Backend::Sqlite).await;
    fixtures::cities(&app).await;
    let formula_city = app
        .post_json(
            "/api/cities",
            &json!({"name": "=HYPERLINK(\"http://evil.example\",\"Open\")", "country": "NL",
                    "lat": 52.1, "lon": 5.4, "population": 1000, "roles": [{"role": "twin", "source": "@SUM(1+1)"}]}),
        )
        .await;
    assert_eq!(formula_city.status().as_u16(), 201);
    let cohort = fixtures::cohort(&app, true).await;
    let aarhus = fixtures::invite(&app, &cohort, "dk-aarhus", "host").await;
    let mut profile = fixtures::aarhus_profile();
    profile["organisation"] = json!("=1+2");
    profile["contacts"][0]["name"] = json!("+cmd|' /C calc'!A0");
    profile["themes"][0]["description"] = json!("-2+3");
    let saved = fixtures::as_city(
        &app,
        Method::PUT,
        "/api/city/profile",
        &aarhus.token,
        Some(&json!({"profile": profile, "submit": true})),
    )
    .await;
    assert_eq!(
        saved.status().as_u16(),
        200,
        "{}",
        saved.text().await.unwrap()
    );

    let export = app
        .get(&format!("/api/cohorts/{cohort}/profiles.csv"))
        .await
        .text()
        .await
        .unwrap();
    let rows = cells(&export);
    let all: Vec<&String> = rows.iter().flatten().collect();
    assert!(all.iter().any(|c| c.as_str() == "'=1+2"), "{export}");
    assert!(all.iter().any(|c| c.starts_with("'+cmd")), "{export}");
    for cell in all {
        assert!(
            !cell.starts_with(['=', '+', '-', '@']),
            "a cell a spreadsheet would run: {cell:?}"
        );
    }

    // `twinning export cities`: the same, and an import reads back what was written.
    let mut conn = app.pool.get().unwrap();
    let mut out = Vec::new();
    twinning::transfer::cities::export(&mut conn, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let rows = cells(&text);
    let evil = rows.iter().find(|r| r[0].contains("HYPERLINK")).unwrap();
    assert!(evil[0].starts_with("'="), "{evil:?}");
    assert_eq!(evil[6], "'@SUM(1+1)");
    assert!(rows.iter().any(|r| r[4] == "-9.42"), "numbers stay numbers");
    let summary = twinning::transfer::cities::import(&mut conn, text.as_bytes(), "test").unwrap();
    assert_eq!(summary.cities_created, 0);
    let back: Value = app
        .get("/api/cities?country=NL")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        back["items"][0]["name"],
        "=HYPERLINK(\"http://evil.example\",\"Open\")"
    );
}

#[actix_web::test]
async fn a_profile_cannot_list_participants_without_bound() {
    let app = spawn_app(Backend::Sqlite).await;
    fixtures::cities(&app).await;
    let cohort = fixtures::cohort(&app, true).await;
    let aarhus = fixtures::invite(&app, &cohort, "dk-aarhus", "host").await;
    let mut profile = fixtures::aarhus_profile();
    profile["contacts"] = (0..21)
        .map(|i| json!({"name": format!("P {i}"), "email": format!("p{i}@aarhus.dk")}))
        .collect();
    let saved = fixtures::as_city(
        &app,
        Method::PUT,
        "/api/city/profile",
        &aarhus.token,
        Some(&json!({"profile": profile, "submit": true})),
    )
    .await;
    let body = problem(saved, 422).await;
    assert_eq!(body["field"], "contacts", "{body}");
    assert!(
        body["detail"].as_str().unwrap().contains("at most 20"),
        "{body}"
    );
    let state: Value =
        fixtures::as_city(&app, Method::GET, "/api/city/profile", &aarhus.token, None)
            .await
            .json()
            .await
            .unwrap();
    assert_eq!(state["status"], "invited", "nothing stored: {state}");
    assert!(state["latest"].is_null(), "nothing stored: {state}");
}

#[actix_web::test]
async fn a_csv_of_many_bad_rows_is_answered_with_a_short_report() {
    let app = spawn_app(Backend::Sqlite).await;
    fixtures::cities(&app).await;
    let cohort = fixtures::cohort(&app, true).await;
    let csv = format!("city_id,role\n{}", "dk-aarhus,mayor\n".repeat(20_000));
    let started = std::time::Instant::now();
    let answer = app
        .post_raw(
            &format!("/api/cohorts/{cohort}/invitations/csv"),
            "text/csv",
            &csv,
        )
        .await;
    let body = problem(answer, 422).await;
    let errors = body["errors"].as_array().unwrap();
    assert_eq!(
        errors.len(),
        51,
        "50 lines and a line that says the rest was not read"
    );
    assert!(
        errors[50]["message"]
            .as_str()
            .unwrap()
            .contains("were not read"),
        "{}",
        errors[50]
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
}

#[actix_web::test]
async fn a_refusal_on_a_page_is_shown_with_its_reason_not_as_a_failure() {
    // No worker: the email stays queued, and a queued email cannot be resent.
    let app = common::spawn_app_tuned(Backend::Sqlite, false, |s| s.mail.worker = false).await;
    {
        let mut conn = app.pool.get().unwrap();
        let draft = fixtures::test_email("ana@cm-cascais.pt", "Ana", "Queued");
        twinning::mail::enqueue(&mut conn, vec![draft], &common::letterhead(), "test").unwrap();
    };
    let listed: Value = app.get("/api/emails?kind=test").await.json().await.unwrap();
    let id = listed["items"][0]["id"].as_str().unwrap().to_owned();
    let mut browser = app.manager().await;
    let page = browser.get(&format!("/console/emails/{id}")).await;
    let refused = browser
        .post(
            &format!("/console/emails/{id}/resend"),
            &[("csrf", &page.csrf())],
        )
        .await;
    assert_eq!(refused.status, 409, "{}", refused.body);
    assert!(
        refused.shows("this email is still queued"),
        "{}",
        refused.body
    );
}

/// Every page route answering `method` (`get` or `post`), read from the route table
/// (`src/web/mod.rs`), with its parameters filled in: a route added there is covered
/// here without a word more.
fn page_routes(method: &str) -> Vec<String> {
    let table = std::fs::read_to_string(common::root().join("src/web/mod.rs")).unwrap();
    let console_from = table.find("web::scope(\"/console\")").unwrap();
    let mut out = Vec::new();
    for (at, _) in table.match_indices(".route(") {
        let call = &table[at..];
        let call = &call[..call.find(".to(").unwrap_or(call.len())];
        if !call.contains(&format!("web::{method}()")) {
            continue;
        }
        // `.route(web::post()…)` of a resource has its path elsewhere (`/login`, below).
        let Some(path) = call[".route(".len()..].trim_start().strip_prefix('"') else {
            continue;
        };
        let path = &path[..path.find('"').unwrap()];
        let mut filled = if at > console_from { "/console" } else { "" }.to_owned();
        for (i, piece) in path.split(['{', '}']).enumerate() {
            // Odd pieces are the parameters.
            filled.push_str(match i % 2 {
                0 => piece,
                _ if piece.starts_with("kind") => "cohorts",
                _ => "x",
            });
        }
        out.push(filled);
    }
    // `/login` is a resource, not a `.route(`.
    out.push("/login".to_owned());
    out
}

fn page_posts() -> Vec<String> {
    page_routes("post")
}

/// Every console page, read or form, asks for a manager's session before anything else:
/// without one, a browser is sent to the login page (and, for a read, back here after),
/// whatever the handler would have done.
#[actix_web::test]
async fn every_console_page_needs_a_managers_session() {
    let app = spawn_app(Backend::Sqlite).await;
    let mut stranger = Session::new(&app.address);
    let csrf = stranger.get("/login").await.csrf();
    let gets: Vec<String> = page_routes("get")
        .into_iter()
        .filter(|p| p.starts_with("/console"))
        .collect();
    let posts: Vec<String> = page_posts()
        .into_iter()
        .filter(|p| p.starts_with("/console"))
        .collect();
    assert!(gets.len() >= 20 && posts.len() >= 20, "{gets:?} {posts:?}");
    for path in &gets {
        let page = stranger.get(path).await;
        assert_eq!(page.status, 303, "GET {path}: {}", page.body);
        let to = page.location.unwrap_or_default();
        assert!(to.starts_with("/login?next="), "GET {path} goes to {to}");
    }
    for path in &posts {
        // With this browser's CSRF token: the session is what is missing.
        let page = stranger
            .post(path, &[("csrf", &csrf), ("name", "Forged programme")])
            .await;
        assert_eq!(page.status, 303, "POST {path}: {}", page.body);
        assert_eq!(
            page.location.as_deref(),
            Some("/login?next=%2Fconsole"),
            "POST {path}"
        );
    }
    let mut manager = app.manager().await;
    assert!(!manager.get("/console").await.shows("Forged programme"));
}

/// A form sent without this browser's CSRF token is refused before any handler runs,
/// on every page that takes one, for a logged-in manager and for a city alike: 403, and
/// nothing is done.
#[actix_web::test]
async fn every_form_without_its_csrf_token_is_refused() {
    let app = spawn_app(Backend::Sqlite).await;
    let mut manager = app.manager().await;
    let before = manager.get("/console").await;
    assert_eq!(before.status, 200);
    let posts = page_posts();
    assert!(posts.len() >= 25, "the route table was not read: {posts:?}");
    for path in &posts {
        for token in ["", "not-this-browsers-token"] {
            let page = manager
                .post(path, &[("csrf", token), ("name", "Forged programme")])
                .await;
            assert_eq!(
                page.status, 403,
                "{path} with token {token:?}: {}",
                page.body
            );
        }
        let page = manager
            .post_multipart(path, "forged", "name,country\nX,PT\n")
            .await;
        assert_eq!(page.status, 403, "{path} (multipart): {}", page.body);
    }
    // Nothing was created, and the session still works: the console is as it was.
    let after = manager.get("/console").await;
    assert!(!after.shows("Forged programme"));
    // With the token, the same form works.
    let made = manager
        .post(
            "/console/programmes",
            &[
                ("csrf", &after.csrf()),
                ("name", "Programme with a token"),
                ("description", ""),
            ],
        )
        .await;
    assert_eq!(made.status, 303, "{}", made.body);
}
