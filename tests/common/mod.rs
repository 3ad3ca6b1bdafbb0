//! The black-box test harness: the real app on a random port with a fresh database, on
//! SQLite (a temporary file) or on a real PostgreSQL server that the harness starts itself.

#![allow(dead_code, missing_docs)]

pub mod fixtures;
pub mod postgres;
pub mod smtp;
pub mod web;

use std::path::PathBuf;

use twinning::config::Settings;
use twinning::db::DbPool;
use twinning::startup::Application;

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A running app and what a test needs to talk to it.
pub struct TestApp {
    pub address: String,
    /// Sends the manager's API token with every request.
    pub client: reqwest::Client,
    /// Sends no credentials.
    pub anonymous: reqwest::Client,
    /// The manager's API token.
    pub token: String,
    pub pool: DbPool,
    pub database_url: String,
    _dir: tempfile::TempDir,
}

/// A port nobody listens on now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The Python with icalendar and aiosmtpd (`make test-deps` installs it).
pub fn python() -> String {
    std::env::var("TWINNING_TEST_PYTHON").unwrap_or_else(|_| {
        format!(
            "{}/python/bin/python",
            std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into())
        )
    })
}

/// The repository root, where `config/` is.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A database URL of a fresh, empty database on `backend`, and the folder that holds it.
pub fn fresh_database(backend: Backend) -> (String, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let url = match backend {
        Backend::Sqlite => dir.path().join("test.db").display().to_string(),
        Backend::Postgres => postgres::fresh_database(),
    };
    (url, dir)
}

/// The settings of the test environment, on the given database.
pub fn settings(database_url: &str, seed: bool) -> Settings {
    let mut settings = Settings::figment(&root().join("config"), "test")
        .extract::<Settings>()
        .expect("test settings");
    settings.database.url = database_url.to_owned();
    settings.database.seed_reference_data = seed;
    // Never into the checkout: the file transport writes here unless a test says where.
    settings.mail.outbox_dir = std::env::temp_dir()
        .join("twinning-test-outbox")
        .display()
        .to_string();
    settings
}

/// Who the test app's emails are from.
pub fn letterhead() -> twinning::mail::Letterhead {
    let s = settings("", false);
    twinning::mail::Letterhead::new(&s.mail, &s.security.public_url).unwrap()
}

/// Starts the app on a fresh database; `seed` loads the reference cities.
pub async fn spawn_app_with(backend: Backend, seed: bool) -> TestApp {
    spawn_app_tuned(backend, seed, |_| {}).await
}

/// Starts the app on a fresh database with settings changed by `tune` (the file
/// transport writes into the test's own folder unless `tune` says otherwise).
pub async fn spawn_app_tuned(
    backend: Backend,
    seed: bool,
    tune: impl FnOnce(&mut Settings),
) -> TestApp {
    let (database_url, dir) = fresh_database(backend);
    let mut settings = instance_settings(&database_url, seed, &dir);
    tune(&mut settings);
    let (address, pool) = start(&settings).await;
    let token = create_manager(&pool, MANAGER_EMAIL, MANAGER_PASSWORD);
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::AUTHORIZATION,
        format!("Bearer {token}").parse().unwrap(),
    );
    TestApp {
        address,
        client: reqwest::Client::builder()
            .default_headers(headers)
            .build()
            .unwrap(),
        anonymous: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
        token,
        pool,
        database_url,
        _dir: dir,
    }
}

impl TestApp {
    /// A browser session logged in as the manager.
    pub async fn manager(&self) -> web::Session {
        let mut session = web::Session::new(&self.address);
        session.login(MANAGER_EMAIL, MANAGER_PASSWORD).await;
        session
    }

    /// Where the file transport writes this app's emails.
    pub fn outbox_dir(&self) -> PathBuf {
        self._dir.path().join("outbox")
    }

    /// Starts a second instance of the app on this app's database; returns its address.
    pub async fn another_instance(&self) -> String {
        self.another_instance_tuned(|_| {}).await
    }

    /// Starts a second instance with settings changed by `tune`; returns its address.
    pub async fn another_instance_tuned(&self, tune: impl FnOnce(&mut Settings)) -> String {
        let mut settings = instance_settings(&self.database_url, false, &self._dir);
        tune(&mut settings);
        start(&settings).await.0
    }
}

/// The test settings on `database_url`, the file transport writing into `dir`.
fn instance_settings(database_url: &str, seed: bool, dir: &tempfile::TempDir) -> Settings {
    let mut settings = settings(database_url, seed);
    settings.mail.outbox_dir = dir.path().join("outbox").display().to_string();
    settings
}

/// Starts an instance of the app; its address and its pool.
async fn start(settings: &Settings) -> (String, DbPool) {
    let app = Application::build(settings).await.expect("the app starts");
    let address = format!("http://127.0.0.1:{}", app.port());
    let pool = app.pool();
    actix_web::rt::spawn(app.run_until_stopped());
    (address, pool)
}

/// The manager every test app has.
pub const MANAGER_EMAIL: &str = "ana.manager@example.org";
/// Its password.
pub const MANAGER_PASSWORD: &str = "correct horse battery staple";

/// Creates a manager with an API token in the app's database; returns the token.
pub fn create_manager(pool: &DbPool, email: &str, password: &str) -> String {
    let mut conn = pool.get().unwrap();
    let user = twinning::ops::users::add(&mut conn, email, "Ana Manager", password, "test")
        .expect("manager created");
    let token = twinning::auth::new_secret();
    twinning::db::models::user::add_token(
        &mut conn,
        &user.id,
        "tests",
        &twinning::auth::hash_secret(&token),
    )
    .unwrap();
    token
}

/// Starts the app on a fresh, empty database.
pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, false).await
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    pub async fn post_json(&self, path: &str, body: &serde_json::Value) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .json(body)
            .send()
            .await
            .expect("POST")
    }

    pub async fn put_json(&self, path: &str, body: &serde_json::Value) -> reqwest::Response {
        self.client
            .put(self.url(path))
            .json(body)
            .send()
            .await
            .expect("PUT")
    }

    pub async fn patch_json(&self, path: &str, body: &serde_json::Value) -> reqwest::Response {
        self.client
            .patch(self.url(path))
            .json(body)
            .send()
            .await
            .expect("PATCH")
    }

    pub async fn post_raw(&self, path: &str, content_type: &str, body: &str) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .header("Content-Type", content_type)
            .body(body.to_owned())
            .send()
            .await
            .expect("POST")
    }

    pub async fn delete(&self, path: &str) -> reqwest::Response {
        self.client
            .delete(self.url(path))
            .send()
            .await
            .expect("DELETE")
    }
}

/// Reads a problem+json answer, checking its status and media type.
pub async fn problem(response: reqwest::Response, status: u16) -> serde_json::Value {
    assert_eq!(response.status().as_u16(), status, "status");
    let media = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned());
    assert_eq!(media.as_deref(), Some("application/problem+json"));
    let body: serde_json::Value = response.json().await.expect("problem JSON");
    assert_eq!(body["status"], status);
    body
}

/// Runs one async test body on SQLite and on PostgreSQL, as two tests.
#[macro_export]
macro_rules! on_both_backends {
    ($name:ident, $body:expr) => {
        mod $name {
            use super::*;

            #[actix_web::test]
            async fn sqlite() {
                ($body)($crate::common::Backend::Sqlite).await
            }

            #[actix_web::test]
            async fn postgres() {
                ($body)($crate::common::Backend::Postgres).await
            }
        }
    };
}
