//! No password, token or session key is ever written to a log: the real binary serves a
//! whole session (a manager created from the command line logs in, creates an API token,
//! invites a city; the city opens its link and saves through the API) with every log
//! level on, and its log holds none of the secrets it saw, while it did log the requests.

use crate::common;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::root;
use common::web::Session;
use serde_json::{Value, json};

const PASSWORD: &str = "a long password nobody should ever read";

fn twinning(db: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_twinning"));
    command
        .args([
            "--config",
            root().join("config").to_str().unwrap(),
            "--env",
            "test",
        ])
        .env("TWINNING__DATABASE__URL", db)
        .env("TWINNING__LOG__FILTER", "trace")
        .env_remove("RUST_LOG");
    command
}

#[actix_web::test]
async fn no_secret_reaches_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("logs.db").display().to_string();

    let mut add = twinning(&db)
        .args([
            "user",
            "add",
            "boss@example.org",
            "--name",
            "Boss",
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(add.stdin.take().unwrap(), "{PASSWORD}").unwrap();
    let added = add.wait_with_output().unwrap();
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    let mut log = String::from_utf8_lossy(&added.stderr).into_owned();

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut server = twinning(&db)
        .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Drained as it comes: a trace log fills a pipe's buffer, and a server that cannot
    // write its log stops answering.
    let mut stderr = server.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut stderr, &mut text).unwrap();
        text
    });
    let base = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    while reqwest::get(format!("{base}/health")).await.is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the server did not start"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    let mut browser = Session::new(&base);
    let csrf = browser.get("/login").await.csrf();
    let wrong = browser
        .post(
            "/login",
            &[
                ("csrf", &csrf),
                ("email", "boss@example.org"),
                ("password", "wrong but secret-ish 123"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 401);
    browser.login("boss@example.org", PASSWORD).await;
    let page = browser.get("/console/tokens").await;
    let created = browser
        .post(
            "/console/tokens",
            &[("csrf", &page.csrf()), ("label", "script")],
        )
        .await;
    let token = created
        .body
        .split("<code id=\"token\">")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_owned();

    let api = reqwest::Client::new();
    let auth = format!("Bearer {token}");
    let post = |path: &str, body: Value| {
        api.post(format!("{base}{path}"))
            .header("Authorization", &auth)
            .json(&body)
            .send()
    };
    assert_eq!(post("/api/cities", json!({"name": "Cascais", "country": "PT", "lat": 38.69, "lon": -9.42, "population": 214124})).await.unwrap().status(), 201);
    let programme: Value = post("/api/programmes", json!({"name": "P"}))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let today = chrono::Utc::now().date_naive();
    let d = |n: i64| (today + chrono::Duration::days(n)).to_string();
    let cohort: Value = post("/api/cohorts", json!({
        "programme_id": programme["id"], "number": 1, "name": "C", "call_opens": d(-1), "call_closes": d(10),
        "starts_on": d(20), "ends_on": d(200), "modules": [{"name": "M", "starts_on": d(20), "ends_on": d(200)}],
        "visit_rules": {"twin_to_host": 1, "host_to_twin": 1, "days": 2, "min_gap_days": 10}
    })).await.unwrap().json().await.unwrap();
    let invited: Value = post(
        &format!(
            "/api/cohorts/{}/invitations",
            cohort["id"].as_str().unwrap()
        ),
        json!({"invitations": [{"city_id": "pt-cascais", "role": "twin"}]}),
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    let link = invited[0]["link"].as_str().unwrap();
    let invitation = link.rsplit('/').next().unwrap().to_owned();
    let mut city = Session::new(&base);
    assert_eq!(
        city.get(&format!("/invitation/{invitation}")).await.status,
        200
    );
    let saved = api
        .put(format!("{base}/api/city/profile"))
        .header("Authorization", format!("Bearer {invitation}"))
        .json(&json!({"profile": {"organisation": "Cascais"}}))
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 200);

    let session = browser.cookies["twinning_session"].clone();
    let csrf_cookie = browser.cookies["twinning_csrf"].clone();
    terminate(&server);
    server.wait().unwrap();
    log.push_str(&reader.join().unwrap());

    assert!(
        log.contains("/invitation/{token}"),
        "the requests were logged:\n{log}"
    );
    for (what, secret) in [
        ("password", PASSWORD.to_owned()),
        ("wrong password", "wrong but secret-ish 123".to_owned()),
        ("API token", token),
        ("invitation token", invitation),
        ("session cookie", session.clone()),
        // A signed cookie is the signature followed by the value: the token is its end.
        ("session token", session[session.len() - 43..].to_owned()),
        ("CSRF cookie", csrf_cookie),
        (
            "cookie key",
            "a test key, only for the black-box tests".to_owned(),
        ),
    ] {
        assert!(!log.contains(&secret), "the {what} is in the log:\n{log}");
    }
}

/// Stops the server the way a deployment does (SIGTERM via `kill`).
fn terminate(child: &std::process::Child) {
    let _ = Command::new("kill").arg(child.id().to_string()).status();
}
