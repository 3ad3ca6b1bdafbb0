//! The pages in a real browser: headless Chromium driven through chromedriver (Debian's
//! chromium and chromium-driver; `make test` installs them). The test starts chromedriver
//! itself. A failing step keeps a screenshot under the test's temporary target folder.

use crate::common;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::fixtures::{self, as_city};
use common::{MANAGER_EMAIL, MANAGER_PASSWORD, TestApp};
use fantoccini::{Client, ClientBuilder, Locator};
use reqwest::Method;
use serde_json::{Value, json};

pub(crate) type Step = Result<(), String>;

/// chromedriver on a free port, stopped when dropped.
pub(crate) struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) fn start_driver() -> Driver {
    let port = common::free_port();
    let child = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver is missing: run `make test` (it installs chromium and chromium-driver) or apt-get install chromium chromium-driver");
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "chromedriver did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    Driver { child, port }
}

pub(crate) async fn browser(driver: &Driver) -> Client {
    browser_sized(driver, (1200, 1600)).await
}

/// A Chromium session whose window is `width` x `height` CSS pixels.
async fn browser_sized(driver: &Driver, (width, height): (u32, u32)) -> Client {
    session(driver, json!({"args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", format!("--window-size={width},{height}")]})).await
}

/// A Chromium session as a phone `width` x `height` CSS pixels wide (390 x 844 is a common
/// one): a desktop window cannot be narrower than 500 px, so the device is emulated.
pub(crate) async fn phone(driver: &Driver, (width, height): (u32, u32)) -> Client {
    session(driver, json!({
        "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        "mobileEmulation": {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 2.0, "mobile": true, "touch": true}},
    }))
    .await
}

async fn session(driver: &Driver, options: Value) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert("goog:chromeOptions".to_owned(), options);
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("a Chromium session")
}

/// Runs the steps; on failure keeps a screenshot and fails the test with the step's reason.
pub(crate) async fn run(
    name: &str,
    client: &Client,
    steps: impl std::future::Future<Output = Step>,
) {
    let outcome = steps.await;
    if let Err(why) = outcome {
        let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join(format!("{name}.png"));
        if let Ok(png) = client.screenshot().await {
            std::fs::write(&file, png).unwrap();
        }
        let _ = client.clone().close().await;
        panic!("{name}: {why} (screenshot: {})", file.display());
    }
    let _ = client.clone().close().await;
}

pub(crate) fn ensure(ok: bool, what: impl Into<String>) -> Step {
    if ok { Ok(()) } else { Err(what.into()) }
}

/// Finds an element, waiting up to 15 s for it (a page may still be loading after a
/// click, more so on a loaded machine).
pub(crate) async fn find(
    client: &Client,
    locator: Locator<'_>,
) -> Result<fantoccini::elements::Element, String> {
    let started = Instant::now();
    loop {
        match client.find(locator).await {
            Ok(e) => return Ok(e),
            Err(e) if started.elapsed() > Duration::from_secs(15) => {
                return Err(format!("{locator:?}: {e}"));
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

async fn value(client: &Client, id: &str) -> Result<String, String> {
    let e = find(client, Locator::Id(id)).await?;
    e.prop("value")
        .await
        .map_err(|e| e.to_string())
        .map(Option::unwrap_or_default)
}

pub(crate) async fn text(client: &Client, css: &str) -> Result<String, String> {
    let e = find(client, Locator::Css(css)).await?;
    e.text().await.map_err(|e| e.to_string())
}

/// Waits up to 15 s for `css` to read `want` (the page after a click replaces this one).
pub(crate) async fn expect_text(client: &Client, css: &str, want: &str) -> Step {
    let started = Instant::now();
    loop {
        let got = match client.find(Locator::Css(css)).await {
            Ok(e) => e.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        };
        if got == want {
            return Ok(());
        }
        if started.elapsed() > Duration::from_secs(15) {
            return Err(format!("{css} reads \"{got}\", not \"{want}\""));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub(crate) async fn type_into(client: &Client, id: &str, text: &str) -> Step {
    let e = find(client, Locator::Id(id)).await?;
    e.clear().await.map_err(|e| e.to_string())?;
    e.send_keys(text)
        .await
        .map_err(|e| format!("typing into #{id}: {e}"))
}

async fn choose(client: &Client, id: &str, value: &str) -> Step {
    let e = find(client, Locator::Id(id)).await?;
    e.select_by_value(value)
        .await
        .map_err(|e| format!("choosing {value} in #{id}: {e}"))
}

pub(crate) async fn click(client: &Client, css: &str) -> Step {
    let e = find(client, Locator::Css(css)).await?;
    e.click().await.map_err(|e| format!("clicking {css}: {e}"))
}

/// The app's address as the browser uses it (localhost is a secure context, so the
/// `Secure` cookies of the test configuration are kept).
pub(crate) fn base(app: &TestApp) -> String {
    app.address.replace("127.0.0.1", "localhost")
}

#[actix_web::test]
async fn a_city_fills_its_profile_fixes_a_mistake_and_submits() {
    let app = common::spawn_app(common::Backend::Sqlite).await;
    fixtures::cities(&app).await;
    let cohort = fixtures::cohort(&app, true).await;
    let aarhus = fixtures::invite(&app, &cohort, "dk-aarhus", "host").await;
    let saved = as_city(
        &app,
        Method::PUT,
        "/api/city/profile",
        &aarhus.token,
        Some(&json!({"profile": fixtures::aarhus_profile(), "submit": true})),
    )
    .await;
    assert_eq!(saved.status().as_u16(), 200);
    let cascais = fixtures::invite(&app, &cohort, "pt-cascais", "twin").await;
    let host_id = as_city(&app, Method::GET, "/api/city/profile", &cascais.token, None)
        .await
        .json::<Value>()
        .await
        .unwrap()["hosts"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let driver = start_driver();
    let client = browser(&driver).await;
    let url = format!("{}/invitation/{}", base(&app), cascais.token);
    let steps = async {
        client.goto(&url).await.map_err(|e| e.to_string())?;
        expect_text(&client, "h1", "Cascais: your profile as Twin City").await?;
        type_into(&client, "organisation", "Câmara Municipal de Cascais").await?;
        type_into(&client, "population", "about 200k").await?;
        type_into(&client, "languages", "pt, en").await?;
        type_into(&client, "delegation-size", "5").await?;
        type_into(&client, "contacts-0-name", "Ana Silva").await?;
        type_into(&client, "contacts-0-email", "ana.silva@cm-cascais.pt").await?;
        choose(&client, "themes-0-domain", "nature").await?;
        choose(&client, "themes-0-lever", "governance").await?;
        choose(&client, "themes-0-priority", "1").await?;
        type_into(&client, "themes-0-description", "green spaces").await?;
        choose(&client, "interests-0", &host_id).await?;
        click(&client, "button[value=submit]").await?;

        // The mistake is named next to its field and in the summary; everything typed stays.
        let error = text(&client, "#population-error").await?;
        ensure(
            error.contains("\"about 200k\" is not a whole number"),
            format!("the error by the field: {error}"),
        )?;
        let summary = text(&client, "#error-summary").await?;
        ensure(
            summary.contains("Population"),
            format!("the summary: {summary}"),
        )?;
        ensure(
            value(&client, "population").await? == "about 200k",
            "the wrong value is kept",
        )?;
        ensure(
            value(&client, "contacts-0-email").await? == "ana.silva@cm-cascais.pt",
            "the other values are kept",
        )?;
        ensure(
            value(&client, "interests-0").await? == host_id,
            "the chosen host is kept",
        )?;

        // Fix it and submit with the keyboard alone: Enter on the focused button.
        type_into(&client, "population", "214124").await?;
        let submit = find(&client, Locator::Css("button[value=submit]")).await?;
        submit
            .send_keys("\u{E007}")
            .await
            .map_err(|e| e.to_string())?;
        // The answers come back to be checked; nothing is submitted until confirmed.
        let check = text(&client, "#check-answers").await?;
        ensure(
            check.contains("214124") && check.contains("ana.silva@cm-cascais.pt"),
            format!("the check page lists the answers: {check}"),
        )?;
        let confirm = find(&client, Locator::Css("button[value=confirm]")).await?;
        confirm
            .send_keys("\u{E007}")
            .await
            .map_err(|e| e.to_string())?;
        let done = text(&client, "#confirmation").await?;
        ensure(
            done.contains("Profile submitted") && done.contains("-V1"),
            format!("the confirmation: {done}"),
        )?;
        Ok(())
    };
    run("city_profile", &client, steps).await;

    let state: Value = as_city(&app, Method::GET, "/api/city/profile", &cascais.token, None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(state["latest"]["status"], "submitted");
    assert_eq!(state["latest"]["profile"]["population"], 214124);
    assert_eq!(state["latest"]["version"], 1, "the mistake stored nothing");
}

#[actix_web::test]
async fn a_manager_creates_a_cohort_invites_a_city_and_sees_its_submission() {
    let app = common::spawn_app(common::Backend::Sqlite).await;
    fixtures::cities(&app).await;
    let driver = start_driver();
    let client = browser(&driver).await;
    let home = base(&app);
    let mut link = String::new();
    let steps = async {
        client
            .goto(&format!("{home}/console"))
            .await
            .map_err(|e| e.to_string())?;
        // Not logged in: the login page, which comes back to the console.
        type_into(&client, "email", MANAGER_EMAIL).await?;
        type_into(&client, "password", MANAGER_PASSWORD).await?;
        click(&client, "main button[type=submit]").await?;
        expect_text(&client, "h1", "Programmes and cohorts").await?;

        type_into(&client, "name", "Twinning Learning Programme").await?;
        click(&client, "main form button[type=submit]").await?;
        click(&client, "a[href^='/console/cohorts/new']").await?;
        type_into(&client, "number", "2").await?;
        type_into(&client, "name", "Cohort 2").await?;
        let today = chrono::Utc::now().date_naive();
        let d = |days: i64| (today + chrono::Duration::days(days)).to_string();
        for (id, date) in [
            ("call-opens", d(-10)),
            ("call-closes", d(30)),
            ("starts-on", d(40)),
            ("ends-on", d(640)),
            ("modules-0-starts-on", d(40)),
            ("modules-0-ends-on", d(140)),
            ("modules-1-starts-on", d(141)),
            ("modules-1-ends-on", d(440)),
            ("modules-2-starts-on", d(441)),
            ("modules-2-ends-on", d(640)),
        ] {
            // Date inputs take their value as the date picker would set it.
            client
                .execute(
                    "document.getElementById(arguments[0]).value = arguments[1]",
                    vec![json!(id), json!(date)],
                )
                .await
                .map_err(|e| e.to_string())?;
        }
        type_into(
            &client,
            "blackouts",
            "2026-07-15 2026-08-31 Summer holidays",
        )
        .await?;
        click(&client, "main form button[type=submit]").await?;
        expect_text(&client, "h1", "Cohort 2").await?;

        choose(&client, "city-id", "pt-cascais").await?;
        choose(&client, "role", "twin").await?;
        type_into(&client, "email", "ana.silva@cm-cascais.pt").await?;
        click(&client, "form[action$='/invitations'] button").await?;
        link = text(&client, ".invitation-link").await?;
        ensure(
            link.contains("/invitation/"),
            format!("the link is shown: {link}"),
        )?;
        expect_text(
            &client,
            "#invitations tr[data-city=Cascais] .status",
            "invited",
        )
        .await?;
        // The link also went by email, in Portuguese: the Emails page lists it once the
        // worker has written it, and its HTML part renders in its sandboxed frame.
        let started = Instant::now();
        loop {
            client
                .goto(&format!("{home}/console/emails"))
                .await
                .map_err(|e| e.to_string())?;
            if client
                .find(Locator::Css("#emails tr[data-status=sent] a"))
                .await
                .is_ok()
            {
                break;
            }
            ensure(
                started.elapsed() < Duration::from_secs(15),
                "the invitation email was sent",
            )?;
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
        click(&client, "#emails tr[data-status=sent] a").await?;
        expect_text(
            &client,
            "h1",
            "Convite: Cohort 2 do Twinning Learning Programme",
        )
        .await?;
        let frame = find(&client, Locator::Css("iframe.email-html")).await?;
        frame.enter_frame().await.map_err(|e| e.to_string())?;
        expect_text(
            &client,
            "p strong",
            "Cascais é convidada a participar na Cohort 2 do Twinning Learning Programme como cidade gémea (Twin City).",
        )
        .await?;
        let shown = text(&client, "a").await?;
        ensure(
            shown == "[the invitation link]",
            format!("the stored email does not show the link: {shown}"),
        )?;
        client
            .enter_parent_frame()
            .await
            .map_err(|e| e.to_string())?;
        Ok(())
    };
    run("manager_invites", &client, steps).await;

    // The city submits through its link.
    let token = link.rsplit('/').next().unwrap().to_owned();
    let mut profile = fixtures::cascais_profile("");
    profile["interests"] = json!([]);
    let submitted = as_city(
        &app,
        Method::PUT,
        "/api/city/profile",
        &token,
        Some(&json!({"profile": profile, "submit": true})),
    )
    .await;
    assert_eq!(
        submitted.status().as_u16(),
        200,
        "{}",
        submitted.text().await.unwrap()
    );

    let client = browser(&driver).await;
    let steps = async {
        client
            .goto(&format!("{home}/login"))
            .await
            .map_err(|e| e.to_string())?;
        type_into(&client, "email", MANAGER_EMAIL).await?;
        type_into(&client, "password", MANAGER_PASSWORD).await?;
        click(&client, "main button[type=submit]").await?;
        click(&client, "a[href^='/console/cohorts/']").await?;
        expect_text(
            &client,
            "#invitations tr[data-city=Cascais] .status",
            "submitted",
        )
        .await?;
        click(&client, "#invitations tr[data-city=Cascais] a").await?;
        ensure(
            value(&client, "organisation").await? == "Câmara Municipal de Cascais",
            "the submission is shown",
        )?;
        ensure(
            value(&client, "themes-0-description").await? == "green spaces",
            "with its challenges",
        )?;
        Ok(())
    };
    run("manager_sees_submission", &client, steps).await;
}
