//! Who may do what: manager sessions and API tokens, CSRF on every form, login limits,
//! and invitation links that open one city's profile only.

use crate::common;

use common::fixtures::{self, as_city};
use common::web::Session;
use common::{MANAGER_EMAIL, MANAGER_PASSWORD, problem, spawn_app};
use reqwest::Method;
use serde_json::Value;

on_both_backends!(
    manager_pages_need_a_session_and_login_opens_them,
    |backend| async move {
        let app = spawn_app(backend).await;
        let mut browser = Session::new(&app.address);

        for path in ["/console", "/console/tokens", "/console/cohorts/new"] {
            let page = browser.get(path).await;
            assert_eq!(page.status, 303, "{path}");
            let expected = format!("/login?next={}", path.replace('/', "%2F"));
            assert_eq!(page.location.as_deref(), Some(expected.as_str()));
        }

        // A wrong password: refused, with the message next to the field, the email kept.
        let login = browser.get("/login").await;
        let csrf = login.csrf();
        let wrong = browser
            .post(
                "/login",
                &[
                    ("csrf", &csrf),
                    ("email", MANAGER_EMAIL),
                    ("password", "not the password"),
                    ("next", "/console"),
                ],
            )
            .await;
        assert_eq!(wrong.status, 401);
        assert!(wrong.shows("the email address or the password is not right"));
        assert!(wrong.body.contains(&format!("value=\"{MANAGER_EMAIL}\"")));
        assert!(!browser.cookies.contains_key("twinning_session"));

        browser.login(MANAGER_EMAIL, MANAGER_PASSWORD).await;
        let session_cookie = browser
            .set_cookies
            .iter()
            .find(|c| c.starts_with("twinning_session="))
            .expect("a session cookie")
            .clone();
        for flag in ["HttpOnly", "SameSite=Lax", "Secure", "Path=/"] {
            assert!(session_cookie.contains(flag), "{flag} in {session_cookie}");
        }
        let console = browser.get("/console").await;
        assert_eq!(console.status, 200);
        assert!(console.shows("Ana Manager"));

        // Logging out ends the session on the server: the old cookie no longer works.
        let old = browser.cookies.get("twinning_session").unwrap().clone();
        let csrf = console.csrf();
        let out = browser.post("/logout", &[("csrf", &csrf)]).await;
        assert_eq!(out.status, 303);
        browser.cookies.insert("twinning_session".to_owned(), old);
        assert_eq!(browser.get("/console").await.status, 303);
    }
);

on_both_backends!(
    a_forged_or_missing_csrf_token_is_refused_and_nothing_changes,
    |backend| async move {
        let app = spawn_app(backend).await;
        let mut browser = Session::new(&app.address);
        browser.login(MANAGER_EMAIL, MANAGER_PASSWORD).await;
        let real = browser.get("/console").await.csrf();

        let forged = browser
            .post(
                "/console/programmes",
                &[("csrf", "forged-token"), ("name", "Forged")],
            )
            .await;
        assert_eq!(forged.status, 403);
        assert!(forged.shows("Nothing was saved"));
        let missing = browser
            .post("/console/programmes", &[("name", "Forged")])
            .await;
        assert_eq!(missing.status, 403);
        // The right token from a browser without the CSRF cookie (another site's form).
        let mut other = Session::new(&app.address);
        other.cookies.insert(
            "twinning_session".to_owned(),
            browser.cookies["twinning_session"].clone(),
        );
        let cross = other
            .post(
                "/console/programmes",
                &[("csrf", &real), ("name", "Forged")],
            )
            .await;
        assert_eq!(cross.status, 403);

        let listed: Value = app.get("/api/programmes").await.json().await.unwrap();
        assert_eq!(listed["total"], 0, "nothing was stored");

        let ok = browser
            .post(
                "/console/programmes",
                &[("csrf", &real), ("name", "Twinning Learning Programme")],
            )
            .await;
        assert_eq!(ok.status, 303);
        let listed: Value = app.get("/api/programmes").await.json().await.unwrap();
        assert_eq!(listed["total"], 1);
    }
);

#[actix_web::test]
async fn login_is_rate_limited_per_email() {
    let app = spawn_app(common::Backend::Sqlite).await;
    let mut browser = Session::new(&app.address);
    let csrf = browser.get("/login").await.csrf();
    let mut statuses = Vec::new();
    for _ in 0..7 {
        let page = browser
            .post(
                "/login",
                &[
                    ("csrf", &csrf),
                    ("email", MANAGER_EMAIL),
                    ("password", "guess guess guess"),
                ],
            )
            .await;
        statuses.push(page.status);
        if page.status == 429 {
            assert!(page.headers.contains_key("retry-after"));
            assert!(page.shows("Too many login attempts"));
        }
    }
    assert_eq!(statuses, [401, 401, 401, 401, 401, 429, 429]);
    // Even the right password waits.
    let right = browser
        .post(
            "/login",
            &[
                ("csrf", &csrf),
                ("email", MANAGER_EMAIL),
                ("password", MANAGER_PASSWORD),
            ],
        )
        .await;
    assert_eq!(right.status, 429);
}

on_both_backends!(the_manager_api_needs_a_live_token, |backend| async move {
    let app = spawn_app(backend).await;
    let anonymous = app
        .anonymous
        .get(app.url("/api/programmes"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        anonymous.headers()["www-authenticate"],
        "Bearer realm=\"twinning\""
    );
    let body = problem(anonymous, 401).await;
    assert!(
        body["detail"]
            .as_str()
            .unwrap()
            .contains("Authorization: Bearer")
    );
    let bogus = as_city(&app, Method::GET, "/api/cohorts", "not-a-token", None).await;
    problem(bogus, 401).await;
    let write = app
        .anonymous
        .post(app.url("/api/cities"))
        .json(&serde_json::json!({"name": "X"}))
        .send()
        .await
        .unwrap();
    problem(write, 401).await;
    // Reference data stays public.
    let cities = app
        .anonymous
        .get(app.url("/api/cities"))
        .send()
        .await
        .unwrap();
    assert_eq!(cities.status().as_u16(), 200);

    // A revoked token stops working.
    let mut browser = Session::new(&app.address);
    browser.login(MANAGER_EMAIL, MANAGER_PASSWORD).await;
    let page = browser.get("/console/tokens").await;
    let created = browser
        .post(
            "/console/tokens",
            &[("csrf", &page.csrf()), ("label", "reporting script")],
        )
        .await;
    assert_eq!(created.status, 200);
    let token = created
        .body
        .split("<code id=\"token\">")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_owned();
    assert_eq!(
        as_city(&app, Method::GET, "/api/programmes", &token, None)
            .await
            .status()
            .as_u16(),
        200
    );
    let id = created
        .body
        .split("/console/tokens/")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    let revoked = browser
        .post(
            &format!("/console/tokens/{id}/revoke"),
            &[("csrf", &page.csrf())],
        )
        .await;
    assert_eq!(revoked.status, 303);
    problem(
        as_city(&app, Method::GET, "/api/programmes", &token, None).await,
        401,
    )
    .await;
});

on_both_backends!(
    an_invitation_link_opens_its_own_profile_only,
    |backend| async move {
        let app = spawn_app(backend).await;
        fixtures::cities(&app).await;
        let cohort = fixtures::cohort(&app, true).await;
        let cascais = fixtures::invite(&app, &cohort, "pt-cascais", "twin").await;
        let aarhus = fixtures::invite(&app, &cohort, "dk-aarhus", "host").await;
        assert!(
            cascais
                .link
                .ends_with(&format!("/invitation/{}", cascais.token))
        );

        let mut city = Session::new(&app.address);
        let page = city.get(&format!("/invitation/{}", cascais.token)).await;
        assert_eq!(page.status, 200);
        assert!(page.shows("Cascais: your profile as Twin City"));
        assert!(!page.shows("Aarhus Kommune"));

        // The city token answers for its own city, and is no manager token.
        let own: Value = as_city(&app, Method::GET, "/api/city/profile", &cascais.token, None)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(own["city_id"], "pt-cascais");
        let other = as_city(
            &app,
            Method::GET,
            &format!("/api/invitations/{}/profile", aarhus.id),
            &cascais.token,
            None,
        )
        .await;
        problem(other, 401).await;
        let listing = as_city(
            &app,
            Method::GET,
            &format!("/api/cohorts/{cohort}/invitations"),
            &cascais.token,
            None,
        )
        .await;
        problem(listing, 401).await;

        // Wrong, revoked and replaced links all get the same 404 page.
        let wrong = city.get("/invitation/this-is-not-a-token").await;
        assert_eq!(wrong.status, 404);
        let revoke = app
            .client
            .post(app.url(&format!("/api/invitations/{}/revoke", aarhus.id)))
            .send()
            .await
            .unwrap();
        assert_eq!(revoke.status().as_u16(), 204);
        let revoked = city.get(&format!("/invitation/{}", aarhus.token)).await;
        assert_eq!((revoked.status, &revoked.body), (404, &wrong.body));
        let resent: Value = app
            .client
            .post(app.url(&format!("/api/invitations/{}/resend", cascais.id)))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(resent["sent_count"], 2);
        assert_eq!(resent["link_state"], "live");
        let replaced = city.get(&format!("/invitation/{}", cascais.token)).await;
        assert_eq!((replaced.status, &replaced.body), (404, &wrong.body));
        let new_link = resent["link"].as_str().unwrap();
        assert!(
            new_link.starts_with("http://127.0.0.1:8080/invitation/"),
            "{new_link}"
        );
        let fresh = city
            .get(&format!(
                "/invitation/{}",
                new_link.rsplit('/').next().unwrap()
            ))
            .await;
        assert_eq!(fresh.status, 200);
        problem(
            as_city(&app, Method::GET, "/api/city/profile", &cascais.token, None).await,
            401,
        )
        .await;
    }
);
